//! The survivors' report as an iCalendar file (RFC 5545), in one language: each event of
//! `survivors::calendar::events` as an all-day `VEVENT`. Used by the CLI (`--ics`) and the web
//! app (a file made in the browser). The events are the engine's; this only renders them.
//!
//! The text follows RFC 5545: CRLF line ends, lines folded at 75 octets (never inside a
//! character), `\`, `;`, `,` and line breaks escaped in text values.

use crate::i18n::{Lang, render};
use crate::survivors::calendar::{CalendarEvent, events};
use crate::survivors::{Household, Report};
use time::Date;

/// At most this many octets on a line, without its CRLF (RFC 5545 §3.1).
const MAX_LINE_OCTETS: usize = 75;

/// The calendar of a report made with today (`evaluate_on`); `None` without today, since what is
/// still ahead cannot be told.
pub fn survivors_ics(report: &Report, household: &Household, lang: Lang) -> Option<String> {
    let today = report.today.as_deref().and_then(crate::dates::parse_iso)?;
    let mut out = String::with_capacity(4096);
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, &format!("PRODID:-//Amparo//Survivors benefits {}//{}", env!("CARGO_PKG_VERSION"), lang.code().to_uppercase()));
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(&render(lang, &crate::msg!("cal-name")))));
    for e in events(report, household) {
        event(&mut out, &e, today, lang);
    }
    line(&mut out, "END:VCALENDAR");
    Some(out)
}

fn event(out: &mut String, e: &CalendarEvent, today: Date, lang: Lang) {
    let summary = render(lang, &e.summary);
    let description: Vec<String> = e.description.iter().map(|m| render(lang, m)).collect();
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{:x}@amparo", fnv1a(e.key.as_bytes())));
    line(out, &format!("DTSTAMP:{}T000000Z", ymd(today)));
    line(out, &format!("DTSTART;VALUE=DATE:{}", ymd(e.date)));
    // An all-day event ends (exclusively) on the next day.
    if let Some(next) = e.date.next_day() {
        line(out, &format!("DTEND;VALUE=DATE:{}", ymd(next)));
    }
    if let Some(until) = e.yearly_until {
        line(out, &format!("RRULE:FREQ=YEARLY;UNTIL={}", ymd(until)));
    }
    line(out, &format!("SUMMARY:{}", escape(&summary)));
    line(out, &format!("DESCRIPTION:{}", escape(&description.join("\n"))));
    line(out, "TRANSP:TRANSPARENT");
    if e.kind == crate::survivors::calendar::EventKind::ClaimDeadline {
        // A week's warning before a deadline.
        line(out, "BEGIN:VALARM");
        line(out, "ACTION:DISPLAY");
        line(out, "TRIGGER:-P7D");
        line(out, &format!("DESCRIPTION:{}", escape(&summary)));
        line(out, "END:VALARM");
    }
    line(out, "END:VEVENT");
}

fn ymd(d: Date) -> String {
    crate::dates::iso(d).replace('-', "")
}

/// A text value escaped (RFC 5545 §3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets: each continuation begins with one space, and a
/// character is never split.
fn line(out: &mut String, content: &str) {
    let mut used = 0;
    for c in content.chars() {
        if used + c.len_utf8() > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// A stable 64-bit hash of the event's content (FNV-1a), for its UID.
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let mut out = String::new();
        let text = format!("SUMMARY:{}", "ç".repeat(60));
        line(&mut out, &text);
        for l in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= MAX_LINE_OCTETS, "{} octets", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end_matches("\r\n"), text);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
