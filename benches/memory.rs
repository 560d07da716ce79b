//! Peak memory of `analyze` on a 20 MB input, as a multiple of the input size.
//!
//! The input is the Bend-the-Truth corpus (or the seed article) repeated up to 20 MB:
//! memory, unlike speed, does not depend on the text being varied. The peak is the
//! process's peak resident set (`VmHWM` in `/proc/self/status`, Linux only), so it counts
//! the input, the analyzer's tables and everything `analyze` keeps or drops on the way.
//! Run with `cargo bench --bench memory`.

mod common;

/// The process's peak resident set in bytes, where the system reports it.
fn peak_resident() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

fn main() {
    // `cargo test --benches` runs bench targets with `--bench` absent; measure only when
    // benchmarking.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    const TARGET: usize = 20_000_000;
    let corpus = common::corpus();
    let mut text = String::with_capacity(TARGET + corpus.len());
    while text.len() < TARGET {
        text.push_str(&corpus);
        text.push_str("\n\n");
    }
    let analyzer = urdu::Analyzer::new();
    let before = peak_resident();
    let analysis = analyzer.analyze(&text);
    let after = peak_resident();
    let input = text.len() as f64;
    println!(
        "memory/analyze: input {:.1} MB, {} tokens",
        input / 1e6,
        analysis.tokens().len()
    );
    match (before, after) {
        (Some(before), Some(after)) => println!(
            "memory/analyze: peak resident {:.1} MB before, {:.1} MB after = {:.2} × the input",
            before as f64 / 1e6,
            after as f64 / 1e6,
            after as f64 / input
        ),
        _ => println!("memory/analyze: peak resident set not available on this system"),
    }
}
