//! Conformance: the analyzer on every annotated article in `tests/data/`, scored the way
//! `tools/score_extraction.py` scores it, summed over all articles. A regression case is a
//! data edit: add `NAME.txt` and `NAME.json`.

use std::collections::HashSet;
use std::path::Path;

use serde_json::Value;
use urdu::{Analysis, QuoteKind};

/// Words of a text for matching: normalized, without diacritics, split at spaces and
/// punctuation.
fn words(text: &str) -> Vec<String> {
    let normalized = urdu::Normalizer::builder().remove_diacritics(true).build();
    normalized
        .normalize(text)
        .as_str()
        .split(|c: char| {
            c.is_whitespace()
                || c.is_ascii_punctuation()
                || urdu::script::is_punctuation(c)
                || urdu::script::is_quote_mark(c)
        })
        .map(|w| w.trim_matches('\u{200C}').to_owned())
        .filter(|w| !w.is_empty())
        .collect()
}

fn word_f1(a: &str, b: &str) -> f64 {
    let (a, b) = (words(a), words(b));
    let mut pool = b.clone();
    let mut common = 0;
    for w in &a {
        if let Some(i) = pool.iter().position(|p| p == w) {
            pool.swap_remove(i);
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let (p, r) = (
        common as f64 / a.len() as f64,
        common as f64 / b.len() as f64,
    );
    2.0 * p * r / (p + r)
}

/// Titles, roles and function words that two speakers may share without being one.
const NOT_NAME: &[&str] = &[
    "کے",
    "کی",
    "کا",
    "کو",
    "نے",
    "سے",
    "میں",
    "پر",
    "اور",
    "صدر",
    "وزیراعظم",
    "وزیر",
    "ترجمان",
    "رہنما",
    "سابق",
    "خبر",
    "رساں",
    "ادارے",
    "حکام",
    "حکومت",
    "امریکی",
    "پاکستانی",
    "روسی",
];

fn skeleton(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() <= 2 {
        return word.to_owned();
    }
    let mut s = String::new();
    s.push(chars[0]);
    s.extend(
        chars[1..chars.len() - 1]
            .iter()
            .filter(|c| !matches!(c, 'ا' | 'و' | 'ی' | 'ے' | 'ئ')),
    );
    s.push(chars[chars.len() - 1]);
    s
}

fn same_speaker(a: &str, b: &str) -> bool {
    let names = |s: &str| -> HashSet<String> {
        words(s)
            .into_iter()
            .filter(|w| w.chars().count() >= 2 && !NOT_NAME.contains(&w.as_str()))
            .map(|w| skeleton(&w))
            .collect()
    };
    let (x, y) = (names(a), names(b));
    if x.is_empty() || y.is_empty() {
        return words(a) == words(b);
    }
    !x.is_disjoint(&y)
}

#[derive(Default, Debug)]
struct Counts {
    gold: usize,
    pred: usize,
    matched: usize,
    attributed: usize,
}

impl Counts {
    fn f1(&self) -> f64 {
        let p = self.matched as f64 / self.pred.max(1) as f64;
        let r = self.matched as f64 / self.gold.max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn attribution(&self) -> f64 {
        self.attributed as f64 / self.matched.max(1) as f64
    }
}

/// Adds one article's quotes of one class to `counts`: greedy one-to-one matching by word
/// F1, best pairs first, as the scorer does.
fn score(
    gold: &[(String, String)],
    pred: &[(String, Option<String>)],
    threshold: f64,
    counts: &mut Counts,
) {
    let mut pairs = Vec::new();
    for (gi, (gt, _)) in gold.iter().enumerate() {
        for (pi, (pt, _)) in pred.iter().enumerate() {
            let f = word_f1(gt, pt);
            if f >= threshold {
                pairs.push((f, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut used_g, mut used_p) = (HashSet::new(), HashSet::new());
    for (_, gi, pi) in pairs {
        if used_g.contains(&gi) || used_p.contains(&pi) {
            continue;
        }
        used_g.insert(gi);
        used_p.insert(pi);
        counts.matched += 1;
        if pred[pi]
            .1
            .as_deref()
            .is_some_and(|s| same_speaker(&gold[gi].1, s))
        {
            counts.attributed += 1;
        }
    }
    counts.gold += gold.len();
    counts.pred += pred.len();
}

fn predicted(analysis: &Analysis<'_>, quoted: bool) -> Vec<(String, Option<String>)> {
    analysis
        .quotes
        .iter()
        .filter(|q| (q.kind != QuoteKind::Indirect) == quoted)
        .map(|q| {
            let speaker = q
                .speaker
                .and_then(|i| analysis.speakers.get(i))
                .map(|s| s.name.clone());
            (q.text.to_owned(), speaker)
        })
        .collect()
}

#[test]
fn annotated_articles() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dev");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data/dev exists")
        .filter_map(|e| {
            e.ok()?
                .file_name()
                .into_string()
                .ok()?
                .strip_suffix(".json")
                .map(str::to_owned)
        })
        .collect();
    names.sort();
    assert!(names.len() >= 11, "the seed and ten other articles");
    let analyzer = urdu::Analyzer::new();
    let (mut quoted, mut indirect) = (Counts::default(), Counts::default());
    let (mut locations_found, mut locations_gold) = (0, 0);
    for name in &names {
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).expect("article text");
        let gold: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join(format!("{name}.json"))).expect("gold"),
        )
        .expect("gold is JSON");
        let analysis = analyzer.analyze(&text);
        // Every span points at its text.
        for q in &analysis.quotes {
            assert_eq!(text.get(q.span.range()), Some(q.text), "{name}");
        }
        let gold_quotes = |quoted: bool| -> Vec<(String, String)> {
            gold["quotes"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|q| (q["kind"] != "indirect") == quoted)
                .map(|q| {
                    (
                        q["text"].as_str().unwrap_or("").to_owned(),
                        q["speaker"].as_str().unwrap_or("").to_owned(),
                    )
                })
                .collect()
        };
        score(
            &gold_quotes(true),
            &predicted(&analysis, true),
            0.6,
            &mut quoted,
        );
        score(
            &gold_quotes(false),
            &predicted(&analysis, false),
            0.5,
            &mut indirect,
        );
        for place in gold["locations"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            locations_gold += 1;
            let found = analysis.locations.iter().any(|l| {
                words(&l.name) == words(place)
                    || l.mentions.iter().any(|m| words(m.text) == words(place))
            });
            locations_found += usize::from(found);
        }
    }
    eprintln!(
        "quoted {quoted:?} F1 {:.3} attribution {:.3}",
        quoted.f1(),
        quoted.attribution()
    );
    eprintln!(
        "indirect {indirect:?} F1 {:.3} attribution {:.3}",
        indirect.f1(),
        indirect.attribution()
    );
    eprintln!("locations found {locations_found} of {locations_gold}");
    assert!(quoted.f1() >= 0.85, "quoted F1 {:.3}", quoted.f1());
    assert!(indirect.f1() >= 0.85, "indirect F1 {:.3}", indirect.f1());
    assert!(
        quoted.attribution() >= 0.85,
        "quoted attribution {:.3}",
        quoted.attribution()
    );
    assert!(
        indirect.attribution() >= 0.85,
        "indirect attribution {:.3}",
        indirect.attribution()
    );
    assert!(
        locations_found * 10 >= locations_gold * 8,
        "locations {locations_found}/{locations_gold}"
    );
}
