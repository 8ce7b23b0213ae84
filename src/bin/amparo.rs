//! `amparo`: the engines on the command line, JSON in and JSON out.
//!
//!   amparo survivors [FILE]     household JSON (file or stdin) → report JSON
//!
//! Exit codes: 0 answered; 2 unusable input (errors JSON on stdout); 1 internal fault.

use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: amparo survivors [FILE]\n\
  survivors [FILE]   evaluate a household (JSON from FILE, or stdin) and print the report JSON\n";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (code, out) = match args.first().map(String::as_str) {
        Some("survivors") if args.len() <= 2 => match read_input(args.get(1)) {
            Ok(text) => amparo::cli::survivors(&text),
            Err(e) => (2, e),
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

/// The input text, or the errors JSON to print when it cannot be read.
fn read_input(path: Option<&String>) -> Result<String, String> {
    let mut text = String::new();
    let result = match path.map(String::as_str) {
        None | Some("-") => std::io::stdin().read_to_string(&mut text).map(|_| ()),
        Some(p) => std::fs::read_to_string(p).map(|t| text = t),
    };
    result.map(|_| text).map_err(|e| amparo::cli::read_error(&e.to_string()))
}
