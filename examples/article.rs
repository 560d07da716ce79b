//! The main job: runs the crate on a news article (by default the seed article shipped as
//! `examples/article.txt`, or the path given as argument) and prints its sentences with
//! their tokens, then the locations it names.
//!
//! ```text
//! cargo run --release --example article [-- PATH]
//! ```

use std::process::ExitCode;

use urdu::{TokenKind, Tokenizer};

const DEFAULT_ARTICLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/article.txt");

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| DEFAULT_ARTICLE.to_owned());
    let text = match std::fs::read(&path).map(String::from_utf8) {
        Ok(Ok(text)) => text,
        Ok(Err(_)) => {
            eprintln!("error: {path} is not valid UTF-8");
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!("error: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let segmented = Tokenizer::new().segment(&text);
    println!(
        "{path}: {} bytes, {} sentences, {} tokens\n",
        text.len(),
        segmented.sentences.len(),
        segmented.tokens.len()
    );
    for (n, sentence) in segmented.sentences.iter().enumerate() {
        println!("[{}] {:?}  {}", n + 1, sentence.span(), sentence.text());
        let tokens = segmented.tokens.get(sentence.tokens()).unwrap_or_default();
        let shown: Vec<String> = tokens
            .iter()
            .map(|t| match t.kind() {
                TokenKind::Word if t.is_from_join() => format!("{}⁺", t.text()),
                TokenKind::Word => t.text().to_owned(),
                kind => format!("{}/{kind}", t.text()),
            })
            .collect();
        println!("    {}\n", shown.join(" | "));
    }
    println!("Locations:");
    for location in urdu::Gazetteer::new().find(&text, &segmented.tokens) {
        let spans: Vec<String> = location
            .mentions
            .iter()
            .map(|m| format!("{} {:?}", m.text, m.span))
            .collect();
        let country = location.country.as_deref().unwrap_or("-");
        println!(
            "  {} ({}, {country}): {}",
            location.name,
            location.kind.as_str(),
            spans.join(", ")
        );
    }
    ExitCode::SUCCESS
}
