//! The main job: analyzes a news article (by default the seed article shipped as
//! `examples/article.txt`, or the path given as argument) and prints a readable report: its
//! sentences, every quotation with its kind, speaker and cue, the speakers with their
//! mentions, and the locations.
//!
//! ```text
//! cargo run --release --example article [-- PATH]
//! ```

use std::process::ExitCode;

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
    let analysis = urdu::analyze(&text);
    println!(
        "{path}: {} bytes, {} sentences, {} tokens\n",
        text.len(),
        analysis.sentences().len(),
        analysis.tokens().len()
    );
    println!("Sentences:");
    for (n, sentence) in analysis.sentences().iter().enumerate() {
        println!("  [{}] {:?}  {}", n + 1, sentence.span(), sentence.text());
    }
    println!("\nQuotations:");
    for quote in analysis.quotes() {
        let speaker = analysis.speaker_of(quote).map_or("?", |s| s.name());
        let cue = quote.cue().map_or("-", |c| c.text());
        println!(
            "  {:8} {}  speaker: {speaker}  cue: {cue}\n           {}",
            quote.kind(),
            quote.span(),
            quote.text()
        );
    }
    println!("\nSpeakers:");
    for speaker in analysis.speakers() {
        let title = speaker.title().unwrap_or("-");
        let mentions: Vec<&str> = speaker.mentions().iter().map(|m| m.text()).collect();
        println!(
            "  {} ({}, title: {title}): {}",
            speaker.name(),
            speaker.kind(),
            mentions.join(" | ")
        );
    }
    println!("\nLocations:");
    for location in analysis.locations() {
        let spans: Vec<String> = location
            .mentions()
            .iter()
            .map(|m| format!("{} {}", m.text(), m.span()))
            .collect();
        let country = location.country().unwrap_or("-");
        println!(
            "  {} ({}, {country}): {}",
            location.name(),
            location.kind(),
            spans.join(", ")
        );
    }
    ExitCode::SUCCESS
}
