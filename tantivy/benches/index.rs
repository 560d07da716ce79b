//! Indexing throughput of the Urdu analyzer against tantivy's default tokenizer, measured in
//! the same run on the 500 Bend-the-Truth news articles.
//!
//! ```sh
//! cargo bench -p urdu-tantivy --bench index            # 21 rounds
//! BENCH_ROUNDS=5 cargo bench -p urdu-tantivy --bench index
//! ```
//!
//! Each round indexes every article into a fresh index in RAM (one text field with
//! positions, not stored; one indexing thread; one commit) with each analyzer in turn, the
//! order rotating from round to round so that none gains from another's warm caches or from
//! the machine's load at one moment. It also times the analyzers alone (every term of every
//! article, no index). The analyzers: `urdu` as [`urdu_tantivy::register`] adds it
//! ([`urdu_tantivy::UrduTokenizer`] and tantivy's `LowerCaser`), the tokenizer alone, and
//! tantivy's `default` (`SimpleTokenizer`, `RemoveLongFilter`, `LowerCaser`). Reported: the
//! median of the rounds, and its ratio to the default's median.

#[path = "../tests/common/corpus.rs"]
mod corpus;

use std::hint::black_box;
use std::time::{Duration, Instant};

use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{doc, Index};

/// The analyzers compared: the recommended one, the tokenizer without tantivy's
/// `LowerCaser`, and tantivy's default.
const NAMES: [&str; 3] = [
    urdu_tantivy::TOKENIZER_NAME,
    "urdu_tokenizer_alone",
    "default",
];

fn register(index: &Index) {
    urdu_tantivy::register(index);
    index
        .tokenizers()
        .register(NAMES[1], urdu_tantivy::UrduTokenizer::default());
}

/// Indexes `texts` with the analyzer registered as `tokenizer`; the time from the writer's
/// creation to the end of the commit.
fn index_once(texts: &[String], tokenizer: &str) -> tantivy::Result<Duration> {
    let mut schema = Schema::builder();
    let options = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let body = schema.add_text_field("body", options);
    let index = Index::create_in_ram(schema.build());
    register(&index);
    let start = Instant::now();
    let mut writer = index.writer_with_num_threads(1, 100_000_000)?;
    for text in texts {
        writer.add_document(doc!(body => text.as_str()))?;
    }
    writer.commit()?;
    let elapsed = start.elapsed();
    black_box(index);
    Ok(elapsed)
}

/// Runs `analyzer` over every text and counts the tokens.
fn analyze_once(texts: &[String], analyzer: &mut TextAnalyzer) -> (Duration, usize) {
    let start = Instant::now();
    let mut tokens = 0;
    for text in texts {
        let mut stream = analyzer.token_stream(text);
        while stream.advance() {
            tokens += 1;
            black_box(&stream.token().text);
        }
    }
    (start.elapsed(), tokens)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    match xs.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => xs[n / 2],
        n => (xs[n / 2 - 1] + xs[n / 2]) / 2.0,
    }
}

fn main() -> tantivy::Result<()> {
    // `cargo bench` passes `--bench`; nothing else is understood.
    let rounds: usize = std::env::var("BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(21);
    let dir = corpus::default_dir();
    let texts: Vec<String> = corpus::articles(&dir).into_iter().map(|(_, t)| t).collect();
    if texts.is_empty() {
        println!("skipped: no articles under {}", dir.display());
        return Ok(());
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "{} articles, {:.2} MB; {rounds} rounds, order rotating; medians.\n",
        texts.len(),
        mb
    );

    let mut analyzers: Vec<TextAnalyzer> = {
        let index = Index::create_in_ram(Schema::builder().build());
        register(&index);
        NAMES
            .iter()
            .filter_map(|n| index.tokenizers().get(n))
            .collect()
    };
    // Warm up each (lazy tables, allocator).
    for (name, analyzer) in NAMES.iter().zip(&mut analyzers) {
        index_once(&texts, name)?;
        analyze_once(&texts, analyzer);
    }

    let n = NAMES.len();
    let mut index_secs = vec![Vec::new(); n];
    let mut analyze_secs = vec![Vec::new(); n];
    let mut token_counts = vec![0; n];
    for round in 0..rounds {
        // Rotate the order, and reverse it every other round.
        let mut order: Vec<usize> = (0..n).map(|i| (i + round) % n).collect();
        if round % 2 == 1 {
            order.reverse();
        }
        for i in order {
            index_secs[i].push(index_once(&texts, NAMES[i])?.as_secs_f64());
            let (t, count) = analyze_once(&texts, &mut analyzers[i]);
            analyze_secs[i].push(t.as_secs_f64());
            token_counts[i] = count;
        }
    }

    let index_med: Vec<f64> = index_secs.into_iter().map(median).collect();
    let analyze_med: Vec<f64> = analyze_secs.into_iter().map(median).collect();
    let docs = texts.len() as f64;
    let default = n - 1;
    println!("| analyzer | terms | index: docs/s | index: MB/s | × default | analyze only: MB/s | × default |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for i in 0..n {
        println!(
            "| {} | {} | {:.0} | {:.2} | {:.2} | {:.1} | {:.2} |",
            NAMES[i],
            token_counts[i],
            docs / index_med[i],
            mb / index_med[i],
            index_med[default] / index_med[i],
            mb / analyze_med[i],
            analyze_med[default] / analyze_med[i],
        );
    }
    Ok(())
}
