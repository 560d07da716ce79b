//! Prints the JSON of the "analyze contract" (DESIGN.md) for a UTF-8 file, or stdin for `-`:
//! sentences, tokens and locations with byte spans into the file as read; `quotes` and
//! `speakers` stay empty until quotation extraction lands.
//!
//! ```text
//! cargo run -q --release --all-features --example analyze -- examples/article.txt
//! ```

use std::io::Read;
use std::process::ExitCode;

use serde_json::{json, Value};

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

fn analyze(text: &str) -> Value {
    let segmented = urdu::Tokenizer::new().segment(text);
    let sentences: Vec<Value> = segmented
        .sentences
        .iter()
        .map(|s| json!({"start": s.span().start, "end": s.span().end}))
        .collect();
    let tokens: Vec<Value> = segmented
        .tokens
        .iter()
        .map(|t| {
            json!({
                "start": t.span().start,
                "end": t.span().end,
                "text": t.text(),
                "normalized": t.normalized(),
                "kind": t.kind().as_str(),
            })
        })
        .collect();
    let locations: Vec<Value> = urdu::Gazetteer::new()
        .find(text, &segmented.tokens)
        .iter()
        .map(|l| {
            let mentions: Vec<Value> = l
                .mentions
                .iter()
                .map(|m| json!({"start": m.span.start, "end": m.span.end, "text": m.text}))
                .collect();
            json!({"name": l.name, "kind": l.kind.as_str(), "country": l.country, "mentions": mentions})
        })
        .collect();
    json!({
        "sentences": sentences,
        "tokens": tokens,
        "quotes": [],
        "speakers": [],
        "locations": locations,
    })
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: analyze PATH   (PATH of a UTF-8 text file, or - for stdin)");
        return ExitCode::from(2);
    };
    match read_input(&path) {
        Ok(text) => {
            println!("{}", analyze(&text));
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
