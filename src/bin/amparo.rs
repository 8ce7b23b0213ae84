//! `amparo`: the engines on the command line, JSON in and JSON out.
//!
//!   amparo survivors [--lang pt|en|uk] [FILE]
//!                               household JSON (file or stdin) → report JSON, every message
//!                               with its code, arguments and text in the language (default pt)
//!   amparo niss-advice [FILE]   NISS answers JSON (file or stdin) → document pack JSON
//!   amparo check-niss NUMBER    → {"valid", "kind", "problem", "message_pt", "message_en"}
//!   amparo check-nif NUMBER     → the same shape for a NIF
//!
//! Exit codes: 0 answered; 2 unusable input (errors JSON on stdout); 1 internal fault.
//! Arguments are read as `OsString`s: a file name need not be UTF-8, and a number that is not
//! is an error, never a panic. Input is read up to `amparo::limits::MAX_INPUT_BYTES`.

use std::ffi::OsString;
use std::process::ExitCode;

const USAGE: &str = "usage: amparo survivors [--lang pt|en|uk] [FILE] | amparo niss-advice [FILE] | amparo <check-niss|check-nif> NUMBER\n\
  survivors [--lang L] [FILE]\n\
                       evaluate a household (JSON from FILE, or stdin) and print the report JSON;\n\
                       each message has its code, arguments and text in language L (default pt)\n\
  niss-advice [FILE]   turn NISS answers (JSON from FILE, or stdin) into the document pack JSON\n\
  check-niss NUMBER    check a Social Security number (NISS)\n\
  check-nif NUMBER     check a tax number (NIF)\n";

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let command = args.first().and_then(|a| a.to_str());
    let (code, out) = match command {
        Some("survivors") => match survivors_args(&args[1..]) {
            Some(Ok((lang, file))) => match read_input(file) {
                Ok(text) => amparo::cli::survivors(&text, lang),
                Err(e) => (2, e),
            },
            Some(Err(e)) => (2, e),
            None => {
                eprint!("{USAGE}");
                return ExitCode::from(2);
            }
        },
        Some("niss-advice") if args.len() <= 2 => match read_input(args.get(1)) {
            Ok(text) => amparo::niss::cli::niss_advice(&text),
            Err(e) => (2, e),
        },
        Some("check-niss") if args.len() == 2 => match args[1].to_str() {
            Some(n) => amparo::niss::cli::check_niss_arg(n),
            None => (2, amparo::cli::argument_not_utf8("number")),
        },
        Some("check-nif") if args.len() == 2 => match args[1].to_str() {
            Some(n) => amparo::niss::cli::check_nif_arg(n),
            None => (2, amparo::cli::argument_not_utf8("number")),
        },
        Some("-h") | Some("--help") => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    println!("{out}");
    ExitCode::from(u8::try_from(code).unwrap_or(1))
}

/// `[--lang CODE | --lang=CODE] [FILE]`: the language (Portuguese unless given) and the file;
/// `Some(Err(json))` for a language that is not registered (or not UTF-8), `None` for arguments
/// that do not fit the usage.
fn survivors_args(rest: &[OsString]) -> Option<Result<(amparo::i18n::Lang, Option<&OsString>), String>> {
    let mut lang = None;
    let mut file = None;
    let mut i = 0;
    while let Some(a) = rest.get(i) {
        let value = if a.as_os_str() == "--lang" {
            i += 1;
            Some(rest.get(i).map(|v| v.to_str()))
        } else {
            a.to_str().and_then(|s| s.strip_prefix("--lang=")).map(|v| Some(Some(v)))
        };
        match value {
            Some(v) if lang.is_none() => {
                lang = Some(match v {
                    Some(Some(code)) => amparo::cli::parse_lang(Some(code)),
                    Some(None) => Err(amparo::cli::argument_not_utf8("lang")),
                    None => amparo::cli::parse_lang(None),
                });
            }
            Some(_) => return None,
            None if file.is_none() => file = Some(a),
            None => return None,
        }
        i += 1;
    }
    Some(match lang {
        Some(Err(e)) => Err(e),
        Some(Ok(l)) => Ok((l, file)),
        None => Ok((amparo::i18n::Lang::Pt, file)),
    })
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
