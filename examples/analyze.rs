//! Prints the analysis of a UTF-8 file (or stdin for `-`) as one JSON object: sentences,
//! tokens, quotations, speakers and locations, every span as byte offsets `start` and `end`
//! into the file as read, and each quotation's speaker as an index into `speakers`. This is
//! the shape `Analysis` serializes to with the `serde` feature, and the contract the
//! project's scorers read.
//!
//! ```text
//! cargo run -q --release --all-features --example analyze -- examples/article.txt
//! cargo run -q --release --all-features --example analyze -- --why examples/article.txt > /dev/null
//! ```
//!
//! `--why` says on standard error what became of every speech cue: the quotations it gave,
//! or why it gave none, and why a quotation has no speaker.

use std::io::{Read, Write};
use std::process::ExitCode;

fn read_input(path: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    read.map_err(|e| format!("cannot read {path}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{path} is not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let why = args.iter().any(|a| a == "--why");
    let Some(path) = args.iter().find(|a| *a != "--why") else {
        eprintln!("usage: analyze [--why] PATH   (PATH of a UTF-8 text file, or - for stdin)");
        eprintln!("  --why   also say on standard error what became of every speech cue");
        return ExitCode::from(2);
    };
    let text = match read_input(path) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::FAILURE;
        }
    };
    let (analysis, diagnostics) = urdu::Analyzer::new().diagnose(&text);
    if why {
        for d in &diagnostics {
            eprintln!("{d}");
        }
    }
    // `Analysis` serializes to the contract's shape (the `serde` feature), written as it is
    // made: the JSON of a long text (its tokens) is many times the text's size.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = serde_json::to_writer(&mut out, &analysis)
        .map_err(|e| e.to_string())
        .and_then(|()| {
            writeln!(out)
                .and_then(|()| out.flush())
                .map_err(|e| e.to_string())
        });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
