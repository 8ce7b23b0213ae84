//! `amparo`: the engines on the command line, JSON in and JSON out.
//!
//!   amparo survivors [FILE]     household JSON (file or stdin) → report JSON
//!   amparo niss-advice [FILE]   NISS answers JSON (file or stdin) → document pack JSON
//!   amparo check-niss NUMBER    → {"valid", "kind", "problem", "message_pt", "message_en"}
//!   amparo check-nif NUMBER     → the same shape for a NIF
//!
//! Exit codes: 0 answered; 2 unusable input (errors JSON on stdout); 1 internal fault.

use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: amparo <survivors|niss-advice> [FILE] | amparo <check-niss|check-nif> NUMBER\n\
  survivors [FILE]     evaluate a household (JSON from FILE, or stdin) and print the report JSON\n\
  niss-advice [FILE]   turn NISS answers (JSON from FILE, or stdin) into the document pack JSON\n\
  check-niss NUMBER    check a Social Security number (NISS)\n\
  check-nif NUMBER     check a tax number (NIF)\n";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (code, out) = match args.first().map(String::as_str) {
        Some("survivors") if args.len() <= 2 => match read_input(args.get(1)) {
            Ok(text) => amparo::cli::survivors(&text),
            Err(e) => (2, e),
        },
        Some("niss-advice") if args.len() <= 2 => match read_input(args.get(1)) {
            Ok(text) => amparo::niss::cli::niss_advice(&text),
            Err(e) => (2, e),
        },
        Some("check-niss") if args.len() == 2 => amparo::niss::cli::check_niss_arg(&args[1]),
        Some("check-nif") if args.len() == 2 => amparo::niss::cli::check_nif_arg(&args[1]),
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
fn read_input(path: Option<&String>) -> Result<String, String> {
    let mut text = String::new();
    let result = match path.map(String::as_str) {
        None | Some("-") => std::io::stdin().read_to_string(&mut text).map(|_| ()),
        Some(p) => std::fs::read_to_string(p).map(|t| text = t),
    };
    result.map(|_| text).map_err(|e| amparo::cli::read_error(&e.to_string()))
}
