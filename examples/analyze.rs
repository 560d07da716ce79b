//! Prints the analysis of a UTF-8 file (or stdin for `-`) as one JSON object: sentences,
//! tokens, quotations, speakers and locations, every span as byte offsets `start` and `end`
//! into the file as read, and each quotation's speaker as an index into `speakers`. This is
//! the shape `Analysis` serializes to with the `serde` feature, and the contract the
//! project's scorers read.
//!
//! ```text
//! cargo run -q --release --all-features --example analyze -- examples/article.txt
//! ```

use std::io::Read;
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
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: analyze PATH   (PATH of a UTF-8 text file, or - for stdin)");
        return ExitCode::from(2);
    };
    match read_input(&path) {
        Ok(text) => {
            // `Analysis` serializes to the contract's shape (the `serde` feature).
            match serde_json::to_string(&urdu::analyze(&text)) {
                Ok(json) => {
                    println!("{json}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
