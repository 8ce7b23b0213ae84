//! `amparo`: the engines on the command line, JSON in and JSON out.
//!
//!   amparo survivors [FILE]     household JSON (file or stdin) → report JSON
//!   amparo niss-advice [FILE]   NISS answers JSON (file or stdin) → document pack JSON
//!   amparo check-niss NUMBER    → {"valid", "kind", "problem", "message_pt", "message_en"}
//!   amparo check-nif NUMBER     → the same shape for a NIF
//!   amparo questions [TOOL]     → the declared questions of survivors | niss (both without TOOL)
//!
//! Exit codes: 0 answered; 2 unusable input (errors JSON on stdout); 1 internal fault.
//! Arguments are read as `OsString`s: a file name need not be UTF-8, and a number that is not
//! is an error, never a panic. Input is read up to `amparo::limits::MAX_INPUT_BYTES`.

use std::ffi::OsString;
use std::process::ExitCode;

const USAGE: &str = "usage: amparo <survivors|niss-advice> [FILE] | amparo <check-niss|check-nif> NUMBER | amparo questions [survivors|niss]\n\
  survivors [FILE]     evaluate a household (JSON from FILE, or stdin) and print the report JSON\n\
  niss-advice [FILE]   turn NISS answers (JSON from FILE, or stdin) into the document pack JSON\n\
  check-niss NUMBER    check a Social Security number (NISS)\n\
  check-nif NUMBER     check a tax number (NIF)\n\
  questions [TOOL]     print the questions a tool asks (survivors or niss; both without TOOL) as JSON\n";

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let command = args.first().and_then(|a| a.to_str());
    let (code, out) = match command {
        Some("survivors") if args.len() <= 2 => match read_input(args.get(1)) {
            Ok(text) => amparo::cli::survivors(&text),
            Err(e) => (2, e),
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
    println!("{out}");
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
