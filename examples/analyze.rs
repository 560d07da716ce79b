//! Prints the JSON of the "analyze contract" (DESIGN.md) for a UTF-8 file, or stdin for `-`:
//! sentences, tokens, quotations, speakers and locations, with byte spans into the file as
//! read.
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

fn mentions(mentions: &[urdu::Mention<'_>]) -> Vec<Value> {
    mentions
        .iter()
        .map(|m| json!({"start": m.span.start, "end": m.span.end, "text": m.text}))
        .collect()
}

fn analyze(text: &str) -> Value {
    let analysis = urdu::analyze(text);
    let sentences: Vec<Value> = analysis
        .sentences
        .iter()
        .map(|s| json!({"start": s.span().start, "end": s.span().end}))
        .collect();
    let tokens: Vec<Value> = analysis
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
    let quotes: Vec<Value> = analysis
        .quotes
        .iter()
        .map(|q| {
            json!({
                "start": q.span.start,
                "end": q.span.end,
                "text": q.text,
                "kind": q.kind.as_str(),
                "speaker": q.speaker,
                "cue": q.cue.map(|c| json!({"start": c.span.start, "end": c.span.end, "text": c.text})),
            })
        })
        .collect();
    let speakers: Vec<Value> = analysis
        .speakers
        .iter()
        .map(|s| {
            json!({
                "name": s.name,
                "kind": s.kind.as_str(),
                "title": s.title,
                "mentions": mentions(&s.mentions),
            })
        })
        .collect();
    let locations: Vec<Value> = analysis
        .locations
        .iter()
        .map(|l| {
            json!({
                "name": l.name,
                "kind": l.kind.as_str(),
                "country": l.country,
                "mentions": mentions(&l.mentions),
            })
        })
        .collect();
    json!({
        "sentences": sentences,
        "tokens": tokens,
        "quotes": quotes,
        "speakers": speakers,
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
