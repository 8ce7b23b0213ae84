//! Legal numbers live only in the rules table. This scans the Rust sources under `src/` for
//! numeric literals equal to a value of the table (or its percentage form) and fails on any.
//!
//! Decimals and whole numbers of 10 or more that equal a table value are always flagged. Rates'
//! percentage forms (60 for 0.60) are flagged next to a `%` or in a money/period builder, and
//! integers from 2 to 9 only in such builders (`Decimal::from(3)`, `add_months(d, 6)`): they are
//! too common otherwise (indexes, "2 decimals"). Comments and `#[cfg(test)]` modules are skipped.

use amparo::rules::{Rules, SURVIVORS_JSON, Value};
use rust_decimal::Decimal;
use std::collections::BTreeSet;
use std::path::Path;
use std::str::FromStr;

struct Table {
    values: BTreeSet<Decimal>,
    /// Rates below 1 written as percentages (0.60 → 60).
    percents: BTreeSet<Decimal>,
}

fn table_numbers() -> Table {
    let rules = Rules::from_json(SURVIVORS_JSON).expect("table");
    let mut out = Table { values: BTreeSet::new(), percents: BTreeSet::new() };
    for p in rules.parameters.values() {
        for v in &p.values {
            let nums: Vec<Decimal> = match &v.value {
                Value::Number(d) => vec![*d],
                Value::Scale(s) => s.to_vec(),
                Value::Code(c) => c.split(|ch: char| !ch.is_ascii_digit()).filter_map(|t| Decimal::from_str(t).ok()).collect(),
            };
            for n in nums {
                out.values.insert(n.normalize());
                if n < Decimal::ONE {
                    out.percents.insert((n * Decimal::ONE_HUNDRED).normalize());
                }
            }
        }
    }
    out
}

/// Removes `//` comments, string contents are kept (a number in a message is hard-coded too).
fn strip_comments(src: &str) -> String {
    let mut out = String::new();
    let mut in_test_mod = false;
    let mut depth_at_test = 0i32;
    let mut depth = 0i32;
    for line in src.lines() {
        let code = match line.find("//") {
            Some(i) if !line[..i].contains('"') => &line[..i],
            _ => line,
        };
        if code.trim_start().starts_with("#[cfg(test)]") {
            in_test_mod = true;
            depth_at_test = depth;
        }
        depth += code.matches('{').count() as i32 - code.matches('}').count() as i32;
        if in_test_mod {
            if depth <= depth_at_test && code.contains('}') {
                in_test_mod = false;
            }
            continue;
        }
        out.push_str(code);
        out.push('\n');
    }
    out
}

/// A literal with the text just before and just after it.
struct Lit {
    value: Decimal,
    text: String,
    before: String,
    after: String,
}

fn literals(code: &str) -> Vec<Lit> {
    let bytes = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let prev_ident = i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_' || bytes[i - 1] == b'.');
        if c.is_ascii_digit() && !prev_ident {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'_' || (bytes[i] == b'.' && i + 1 < bytes.len() && bytes[i + 1].is_ascii_digit())) {
                i += 1;
            }
            let text: String = code[start..i].chars().filter(|&ch| ch != '_').collect();
            // Parts of an ISO date ("2025-03-14") or of a decimal-comma number ("1250,50").
            let prev = if start > 1 { &bytes[start - 2..start] } else { &[][..] };
            let in_date_or_comma_number = (prev.len() == 2 && (prev[1] == b'-' || prev[1] == b',') && prev[0].is_ascii_digit())
                || bytes.get(i) == Some(&b'-') && bytes.get(i + 1).is_some_and(|b| b.is_ascii_digit());
            if let Ok(value) = Decimal::from_str(&text)
                && !in_date_or_comma_number
            {
                let mut from = start.saturating_sub(24);
                while !code.is_char_boundary(from) {
                    from -= 1;
                }
                let mut to = (i + 3).min(code.len());
                while !code.is_char_boundary(to) {
                    to += 1;
                }
                out.push(Lit { value: value.normalize(), text, before: code[from..start].to_string(), after: code[i..to].to_string() });
            }
        } else {
            i += 1;
        }
    }
    out
}

const BUILDERS: [&str; 6] = ["Decimal::from(", "Decimal::new(", "dec!(", "Money::from(", "years(", "months("];

fn built(before: &str) -> bool {
    let b = before.trim_end();
    BUILDERS.iter().any(|x| b.ends_with(x))
        || ["add_months(", "add_years(", "add_days("].iter().any(|f| b.rfind(f).is_some_and(|at| !b[at..].contains(')') && b.ends_with(',')))
}

fn offences(code: &str, table: &Table) -> Vec<String> {
    let ten = Decimal::from(10u8);
    let one = Decimal::ONE;
    literals(code)
        .into_iter()
        .filter(|l| {
            let n = l.value;
            // Buffer sizes are not legal numbers.
            if l.before.trim_end().ends_with("with_capacity(") {
                return false;
            }
            let percent_sign = l.after.trim_start().starts_with('%');
            if !n.fract().is_zero() {
                table.values.contains(&n)
            } else if n >= ten {
                table.values.contains(&n) || (table.percents.contains(&n) && (percent_sign || built(&l.before)))
            } else {
                n > one && table.values.contains(&n) && built(&l.before)
            }
        })
        .map(|l| format!("…{}{}", l.before, l.text))
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn no_legal_number_is_hard_coded_in_src() {
    let table = table_numbers();
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    assert!(files.len() > 10);
    let mut found = Vec::new();
    for f in files {
        let src = std::fs::read_to_string(&f).expect("read");
        for o in offences(&strip_comments(&src), &table) {
            found.push(format!("{}: {o}", f.display()));
        }
    }
    assert!(found.is_empty(), "legal numbers hard-coded in Rust (move them to src/rules/*.json):\n{}", found.join("\n"));
}

#[test]
fn the_scan_catches_what_it_should() {
    let table = table_numbers();
    assert!(table.values.contains(&Decimal::from_str("480.43").unwrap()));
    assert!(table.percents.contains(&Decimal::from(60)));
    for bad in [
        "let ias = Decimal::from_str(\"480.43\");",
        "let rate = 0.6;",
        "if months >= 36 {",
        "let total = ias * Decimal::from(3);",
        "add_months(death, 6)",
        "format!(\"{} anos\", 18)",
        "let form = \"RP 5075\";",
        "format!(\"{} × 60 %\", x)",
    ] {
        assert!(!offences(bad, &table).is_empty(), "missed: {bad}");
    }
    for fine in [
        "let x = v[1];",
        "round_dp(2)",
        "for i in 0..n {",
        "// the 36-month rule",
        "let year_months = 12;",
        "\"por exemplo 2025-03-14\"",
        "\"por exemplo 1250,50\"",
        "const MAX_PEOPLE: usize = 50;",
        "add_months(d, 1)",
        "Decimal::from(size.max(1))",
        "String::with_capacity(18)",
    ] {
        assert!(offences(&strip_comments(fine), &table).is_empty(), "false alarm: {fine}");
    }
}
