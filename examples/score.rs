//! Scores the analyzer on a folder of annotated articles (`NAME.txt` with its gold
//! `NAME.json`, in the format of the annotation guide), as the project's evaluation scorer
//! does: quotations (direct and partial as "quoted", and indirect) with their speakers,
//! speakers, and locations.
//!
//! ```text
//! cargo run --release --all-features --example score -- tests/data/dev tests/data/test
//! ```

#[path = "scorer/mod.rs"]
mod scorer;

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dirs: Vec<String> = std::env::args().skip(1).collect();
    if dirs.is_empty() {
        eprintln!("usage: score DIR [DIR ...]   (folders of NAME.txt and NAME.json)");
        return ExitCode::from(2);
    }
    let analyzer = urdu::Analyzer::new();
    let mut out = std::io::stdout().lock();
    for dir in &dirs {
        match scorer::score_dir(&analyzer, std::path::Path::new(dir)) {
            Ok((score, articles)) => {
                // A reader that stops early (`| head`) is no error.
                if writeln!(out, "{dir}: {articles} articles\n{}", score.table()).is_err() {
                    return ExitCode::SUCCESS;
                }
            }
            Err(e) => {
                eprintln!("error: {dir}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
