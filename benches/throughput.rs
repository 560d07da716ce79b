//! Throughput of normalization, tokenization, sentence splitting, locations and the full
//! analysis on real Urdu news,
//! beside two baselines measured in the same run (`split_whitespace().count()` and a copy
//! of the input into a preallocated buffer), so every figure can be read as a ratio.
//!
//! The corpus is built at bench time from the Bend-the-Truth news articles in
//! `../shared/data/` (Amjad et al. 2020) when they are there, else from the seed article.
//! Run with `cargo bench --bench throughput`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

mod common;
use common::{articles, corpus};

fn bench(c: &mut Criterion) {
    let text = corpus();
    // The same articles with Arabic yeh and kaf, so that normalization has work to do.
    let dirty: String = text
        .chars()
        .map(|c| match c {
            'ی' => 'ي',
            'ک' => 'ك',
            c => c,
        })
        .collect();
    let mut group = c.benchmark_group("urdu");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("baseline_split_whitespace", |b| {
        b.iter(|| black_box(&text).split_whitespace().count())
    });
    let mut buffer = String::with_capacity(text.len());
    group.bench_function("baseline_copy", |b| {
        b.iter(|| {
            buffer.clear();
            buffer.push_str(black_box(&text));
            buffer.len()
        })
    });
    let normalizer = urdu::Normalizer::new();
    group.bench_function("normalize_clean", |b| {
        b.iter(|| normalizer.normalize(black_box(&text)).as_str().len())
    });
    group.bench_function("normalize_dirty", |b| {
        b.iter(|| normalizer.normalize(black_box(&dirty)).as_str().len())
    });
    let tokenizer = urdu::Tokenizer::new();
    group.bench_function("tokenize", |b| {
        b.iter(|| tokenizer.tokenize(black_box(&text)).len())
    });
    group.bench_function("tokenize_and_sentences", |b| {
        b.iter(|| tokenizer.segment(black_box(&text)).sentences().len())
    });
    let no_joins = urdu::Tokenizer::builder()
        .split_joins(false)
        .build()
        .unwrap_or_default();
    group.bench_function("tokenize_without_join_repair", |b| {
        b.iter(|| no_joins.tokenize(black_box(&text)).len())
    });
    let gazetteer = urdu::Gazetteer::new();
    let tokens = tokenizer.tokenize(&text);
    group.bench_function("locations_on_tokens", |b| {
        b.iter(|| gazetteer.locations_in(black_box(&tokens)).len())
    });
    let analyzer = urdu::Analyzer::new();
    group.bench_function("analyze", |b| {
        b.iter(|| analyzer.analyze(black_box(&text)).quotes().len())
    });
    group.finish();
}

/// Many documents: one after another, and through `analyze_all` (parallel on all cores with
/// `--features parallel`).
fn batch(c: &mut Criterion) {
    let articles = articles();
    let texts: Vec<&str> = articles.iter().map(String::as_str).collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let analyzer = urdu::Analyzer::new();
    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("analyze_one_by_one", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| analyzer.analyze(t).quotes().len())
                .sum::<usize>()
        })
    });
    group.bench_function("analyze_all", |b| {
        b.iter(|| analyzer.analyze_all(black_box(&texts)).len())
    });
    group.finish();
}

/// The stage a hostile input goes through.
#[derive(Clone, Copy)]
enum Stage {
    /// The whole analysis.
    Analyze,
    /// The normalizer with punctuation spacing on.
    NormalizeSpacing,
}

/// Hostile input at 1 MB and 4 MB: time must grow linearly. Most inputs go through the
/// whole analysis; runs of spaces go through the normalizer with punctuation spacing on,
/// the only stage that reads them with care.
///
/// Both sizes are measured under the same memory conditions: at the start, glibc's allocator
/// is told to keep freed memory for reuse (`keep_freed_memory`). Under its default policy
/// most 1 MB runs reuse warm heap memory from one iteration to the next, while the large
/// arrays of the 4 MB runs pass the `mmap` and trim thresholds, so that each run maps them
/// afresh and faults every page in: the ratio would compare a warm run with a cold one.
/// The result is dropped outside the timing (`iter_with_large_drop`): freeing an analysis is
/// the allocator's work, not the analysis's. See benches/README.md, Hostile input.
fn hostile(c: &mut Criterion) {
    // This group runs last (see `criterion_group!` below), so the allocator settings do not
    // reach the `urdu` and `batch` groups, which run under glibc's default policy.
    keep_freed_memory();
    let analyzer = urdu::Analyzer::new();
    let spacing = urdu::Normalizer::builder()
        .punctuation_spacing(true)
        .build()
        .expect("a valid normalizer");
    let cases: [(&str, &str, Stage); 18] = [
        ("quote_marks", "’ ‘ “ ” « » \" ' ’’ ‘‘ ", Stage::Analyze),
        (
            "speech_cues",
            "نے کہا کہ کا کہنا تھا کہ کے مطابق کے بقول: ",
            Stage::Analyze,
        ),
        ("alternating_scripts", "کa1’ب۲b۔c", Stage::Analyze),
        (
            "hyphens_in_one_sentence",
            "صدر نے آج ہند۔ ماریشیس ",
            Stage::Analyze,
        ),
        // ASCII word characters broken by symbols: each token once read the rest of the
        // run again, looking for the `@` of an e-mail address.
        ("a_plus", "a+", Stage::Analyze),
        ("a_underscore", "a_", Stage::Analyze),
        ("digit_minus", "1-", Stage::Analyze),
        // Places the gazetteer does not list, after the word for their kind and again bare.
        (
            "unlisted_places",
            "شہر ابجدستان، ابجدستان میں ضلع ہوزستان۔ ",
            Stage::Analyze,
        ),
        // Slogans listed without end, the chanters before each list.
        (
            "slogan_lists",
            "لوگ ’’ا‘‘ اور ’’ب‘‘ اور ’’ج‘‘ کے نعرے ",
            Stage::Analyze,
        ),
        // Passive cues in one endless sentence after a body's speech act, each asking
        // whether the reporter's aside stands before it.
        (
            "passive_cues_after_an_act",
            "واضح رہے کہ کہا گیا کہ ادارے نے اپیل کی ہے۔ کہا گیا کہ ",
            Stage::Analyze,
        ),
        // Verb forms glued to pronouns: each is cut.
        ("verb_pronoun_joins", "گیاان کیاانہوں ", Stage::Analyze),
        // Reports each inside the one before: nesting is bounded, so each quotation is short.
        ("nested_reports", "صدر نے کہا کہ ", Stage::Analyze),
        // Present verbs after an adverbial, each asking where its clause's subject begins.
        (
            "present_verbs_after_adverbials",
            "ڈاکٹر احمد اس حوالے سے کہتے ہیں کہ ",
            Stage::Analyze,
        ),
        // A transcript without end (each line a speaker's words), its lines ending in an
        // ellipsis typed with spaces; continuative verbs of saying in one endless sentence.
        (
            "transcript_lines",
            "صحافی : کیا آپ آئیں گے ؟\nصدر : ہاں ۔ ۔ ۔ ۔ ضرور\n",
            Stage::Analyze,
        ),
        ("continuative_cues", "وہ کہتے آ رہے ہیں کہ ", Stage::Analyze),
        // Lists after the plural word for a kind and words for a kind after names; a noun's
        // content clause before every subject, with an honorific's long apposition.
        (
            "kind_words_lists",
            "اضلاع ابجد، لاہور کراچی پشاور، ہوز گاؤں، حطی منڈل ",
            Stage::Analyze,
        ),
        (
            "content_clauses",
            "انھوں نے اس دعویٰ کو کہ جناب رام لال سابق وزیر اعلی ریاست و رکن پارلیمنٹ شہر نے رپورٹ مسترد کی، رد کیا اور کہا کہ وزیر موصوف کے بموجب ",
            Stage::Analyze,
        ),
        ("spaces_normalize_spacing", " ", Stage::NormalizeSpacing),
    ];
    let mut group = c.benchmark_group("hostile");
    group.sample_size(10);
    for (name, unit, stage) in cases {
        for megabytes in [1, 4] {
            let text = unit.repeat((megabytes << 20) / unit.len() + 1);
            group.throughput(Throughput::Bytes(text.len() as u64));
            let id = format!("{name}_{megabytes}MB");
            match stage {
                Stage::Analyze => group.bench_function(id, |b| {
                    b.iter_with_large_drop(|| analyzer.analyze(black_box(&text)))
                }),
                Stage::NormalizeSpacing => group.bench_function(id, |b| {
                    b.iter_with_large_drop(|| spacing.normalize(black_box(&text)))
                }),
            };
        }
    }
    group.finish();
}

/// Tells glibc's allocator to keep every freed block for reuse: no allocation is served by
/// `mmap` (`M_MMAP_MAX` = 0), so no array is mapped afresh and unmapped on each run, and the
/// top of the heap is never returned to the system (`M_TRIM_THRESHOLD` = -1). After the first
/// iterations every run, at 1 MB and 4 MB alike, works in memory that is already mapped.
///
/// `URDU_BENCH_GLIBC_DEFAULT=1` leaves glibc's default policy in place, to measure the
/// uncontrolled figures.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn keep_freed_memory() {
    if std::env::var_os("URDU_BENCH_GLIBC_DEFAULT").is_some_and(|v| v == "1") {
        eprintln!("hostile: glibc's default allocator policy (URDU_BENCH_GLIBC_DEFAULT=1)");
        return;
    }
    let settings = [
        ("M_MMAP_MAX", libc::M_MMAP_MAX, 0),
        ("M_TRIM_THRESHOLD", libc::M_TRIM_THRESHOLD, -1),
    ];
    for (name, parameter, value) in settings {
        // SAFETY: `mallopt` takes two integers and has no other precondition; it takes the
        // allocator's lock itself, and blocks allocated before the call keep their own record
        // of how they were obtained, so they are freed correctly under the new settings.
        let accepted = unsafe { libc::mallopt(parameter, value) };
        if accepted == 0 {
            eprintln!(
                "hostile: glibc refused mallopt({name}, {value}); the 1 MB and 4 MB runs may be \
                 measured under different memory conditions"
            );
        }
    }
}

/// Elsewhere the allocator is left as it is.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn keep_freed_memory() {}

// `hostile` must stay last: it changes the allocator's policy for the rest of the process.
criterion_group!(benches, bench, batch, hostile);
criterion_main!(benches);
