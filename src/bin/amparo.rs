//! `amparo`: the engines on the command line, JSON in and JSON out.
//!
//!   amparo survivors [FILE] [--lang pt|en|uk] [--today YYYY-MM-DD] [--ics]
//!                               household JSON (file or stdin) → report JSON on today (the
//!                               system date, UTC, without `--today`), or its calendar (`--ics`)
//!   amparo niss-advice [FILE] [--lang pt|en|uk]   NISS answers JSON (file or stdin) → pack JSON
//!   amparo check-niss NUMBER [--lang …]  → {"valid", "kind", "problem", "message", …}
//!   amparo check-nif NUMBER [--lang …]   → the same shape for a NIF
//!   amparo questions [TOOL]     → the declared questions of survivors | niss (both without TOOL)
//!
//! Every message is `{"code", "args", "text"}`, the text in `--lang` (default Portuguese); an
//! unknown language is an error on field `lang` (exit 2). Errors keep `message_pt` and
//! `message_en` and add `message` in that language.
//!
//! Only this binary reads the clock: the library takes "today" as an argument.
//!
//! Exit codes: 0 answered; 2 unusable input (errors JSON on stdout); 1 internal fault.
//! Arguments are read as `OsString`s: a file name need not be UTF-8, and a number that is not
//! is an error, never a panic. Input is read up to `amparo::limits::MAX_INPUT_BYTES`.

use std::ffi::OsString;
use std::process::ExitCode;

const USAGE: &str = "usage: amparo survivors [FILE] [--lang L] [--today YYYY-MM-DD] [--ics] | amparo niss-advice [FILE] [--lang L] | amparo <check-niss|check-nif> NUMBER [--lang L] | amparo questions [survivors|niss]\n\
  survivors [FILE]     evaluate a household (JSON from FILE, or stdin) and print the report JSON:\n\
                       each deadline open or passed on today, and the plan (claims, documents)\n\
  --today YYYY-MM-DD   the day to compare deadlines with (survivors; default: the system date, UTC)\n\
  --ics                print the calendar (iCalendar, RFC 5545) of the open deadlines and the\n\
                       dates that follow, instead of the report (survivors)\n\
  niss-advice [FILE]   turn NISS answers (JSON from FILE, or stdin) into the document pack JSON\n\
  check-niss NUMBER    check a Social Security number (NISS)\n\
  check-nif NUMBER     check a tax number (NIF)\n\
  questions [TOOL]     print the questions a tool asks (survivors or niss; both without TOOL) as JSON\n\
  --lang L             the language of the texts: pt (default), en or uk; each message keeps\n\
                       its code and arguments; NISS letters stay in Portuguese, with a\n\
                       translation in L\n";

/// Takes `--lang CODE` (or `--lang=CODE`) out of the arguments; `--lang` at the end is an empty
/// code (a field error on `lang`). `Err` when the value is not text.
fn take_lang(args: &mut Vec<OsString>) -> Result<Option<String>, ()> {
    let Some(i) = args.iter().position(|a| a == "--lang" || a.to_str().is_some_and(|s| s.starts_with("--lang=")))
    else {
        return Ok(None);
    };
    let flag = args.remove(i);
    let value = match flag.to_str().and_then(|s| s.strip_prefix("--lang=")) {
        Some(v) => v.to_string(),
        None if i < args.len() => args.remove(i).into_string().map_err(|_| ())?,
        None => String::new(),
    };
    Ok(Some(value))
}

/// Takes `--today DATE` (or `--today=DATE`) out of the arguments; `Some("")` when the flag has
/// no value (then refused as an invalid date). `Err` when the value is not text.
fn take_today(args: &mut Vec<OsString>) -> Result<Option<String>, ()> {
    let Some(i) = args.iter().position(|a| a == "--today" || a.to_str().is_some_and(|s| s.starts_with("--today=")))
    else {
        return Ok(None);
    };
    let flag = args.remove(i);
    let value = match flag.to_str().and_then(|s| s.strip_prefix("--today=")) {
        Some(v) => v.to_string(),
        None if i < args.len() => args.remove(i).into_string().map_err(|_| ())?,
        None => String::new(),
    };
    Ok(Some(value))
}

/// Takes `--ics` out of the arguments; true when it was there.
fn take_flag(args: &mut Vec<OsString>, flag: &str) -> bool {
    let before = args.len();
    args.retain(|a| a != flag);
    args.len() != before
}

/// Today's date from the system clock (UTC: Portugal's civil date differs at most in the first
/// hour of a summer day). The only clock read in amparo.
fn system_today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

fn main() -> ExitCode {
    let mut args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let ics = take_flag(&mut args, "--ics");
    let Ok(today_arg) = take_today(&mut args) else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let lang = match take_lang(&mut args).map(|l| amparo::cli::parse_lang(l.as_deref())) {
        Ok(Ok(lang)) => lang,
        Ok(Err((code, out))) => {
            println!("{out}");
            return ExitCode::from(u8::try_from(code).unwrap_or(1));
        }
        Err(()) => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let command = args.first().and_then(|a| a.to_str());
    // `--today` and `--ics` belong to `survivors` only.
    if (ics || today_arg.is_some()) && command != Some("survivors") {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    }
    let today = match today_arg.as_deref().map(|t| amparo::cli::parse_today(t, lang)) {
        None => system_today(),
        Some(Ok(d)) => d,
        Some(Err((code, out))) => {
            println!("{out}");
            return ExitCode::from(u8::try_from(code).unwrap_or(1));
        }
    };
    let output = if ics { amparo::cli::SurvivorsOutput::Calendar } else { amparo::cli::SurvivorsOutput::Report };
    // Errors of reading the input carry their `message` in the chosen language too.
    let in_lang = |f: &dyn Fn() -> Result<String, String>| amparo::i18n::with_text_in(lang, f);
    let not_utf8 = || amparo::i18n::with_text_in(lang, || amparo::cli::argument_not_utf8("number"));
    let (code, out) = match command {
        Some("survivors") if args.len() <= 2 => match in_lang(&|| read_input(args.get(1))) {
            Ok(text) => amparo::cli::survivors_on(&text, lang, today, output),
            Err(e) => (2, e),
        },
        Some("niss-advice") if args.len() <= 2 => match in_lang(&|| read_input(args.get(1))) {
            Ok(text) => amparo::niss::cli::niss_advice(&text, lang),
            Err(e) => (2, e),
        },
        Some("check-niss") if args.len() == 2 => match args[1].to_str() {
            Some(n) => amparo::niss::cli::check_niss_arg(n, lang),
            None => (2, not_utf8()),
        },
        Some("check-nif") if args.len() == 2 => match args[1].to_str() {
            Some(n) => amparo::niss::cli::check_nif_arg(n, lang),
            None => (2, not_utf8()),
        },
        Some("questions") if args.len() <= 2 => {
            match args.get(1).map(|a| a.to_str()).map_or(amparo::cli::questions(None), |t| t.and_then(|t| amparo::cli::questions(Some(t)))) {
                Some(answer) => answer,
                None => {
                    eprint!("{USAGE}");
                    return ExitCode::from(2);
                }
            }
        }
        Some("-h") | Some("--help") => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    // A calendar ends with its own CRLF; nothing may follow it.
    if ics && code == amparo::cli::EXIT_OK {
        print!("{out}");
    } else {
        println!("{out}");
    }
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}

/// The input text, or the errors JSON to print when it cannot be read.
fn read_input(path: Option<&OsString>) -> Result<String, String> {
    match path {
        Some(p) if p.as_os_str() != "-" => match std::fs::File::open(p) {
            Ok(f) => amparo::cli::read_limited(f),
            Err(e) => Err(amparo::cli::read_error(&e.to_string())),
        },
        _ => amparo::cli::read_limited(std::io::stdin().lock()),
    }
}
