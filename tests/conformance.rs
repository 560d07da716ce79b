//! Conformance: the analyzer on every annotated article of `tests/data/dev` and
//! `tests/data/test`, scored the way the project's evaluation scorer scores it
//! (`tests/scorer`), each split against floors just below the figures it reached. A
//! regression case is a data edit: add `NAME.txt` and `NAME.json` to `dev/`.
//!
//! `test/` is the blind split: its articles were annotated before the extractor was run on
//! them, and no rule is written while looking at them (see `tests/data/README.md`).

#[path = "../examples/scorer/mod.rs"]
mod scorer;

use std::path::Path;

use scorer::Score;

/// The lowest figures a split may fall to: quoted F1, indirect F1, attribution of each,
/// end-to-end F1 of each, speakers F1, locations F1.
struct Floors {
    quoted: f64,
    indirect: f64,
    quoted_attribution: f64,
    indirect_attribution: f64,
    quoted_e2e: f64,
    indirect_e2e: f64,
    speakers: f64,
    locations: f64,
}

fn check(split: &str, floors: &Floors) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(split);
    let (score, articles): (Score, usize) =
        scorer::score_dir(&urdu::Analyzer::new(), &dir).expect("the split's files read");
    eprintln!("{split}: {articles} articles\n{}", score.table());
    let figures = [
        ("quoted F1", score.quoted.f1(), floors.quoted),
        ("indirect F1", score.indirect.f1(), floors.indirect),
        (
            "quoted attribution",
            score.quoted.attribution(),
            floors.quoted_attribution,
        ),
        (
            "indirect attribution",
            score.indirect.attribution(),
            floors.indirect_attribution,
        ),
        (
            "quoted end to end",
            score.quoted.end_to_end(),
            floors.quoted_e2e,
        ),
        (
            "indirect end to end",
            score.indirect.end_to_end(),
            floors.indirect_e2e,
        ),
        ("speakers F1", score.speakers.f1(), floors.speakers),
        ("locations F1", score.locations.f1(), floors.locations),
    ];
    let low: Vec<String> = figures
        .iter()
        .filter(|(_, got, floor)| got < floor)
        .map(|(name, got, floor)| format!("{name} {got:.3} < {floor:.3}"))
        .collect();
    assert!(low.is_empty(), "{split}: {}", low.join(", "));
}

#[test]
fn dev_split() {
    check(
        "dev",
        &Floors {
            quoted: 0.95,
            indirect: 0.935,
            quoted_attribution: 0.91,
            indirect_attribution: 0.95,
            quoted_e2e: 0.87,
            indirect_e2e: 0.895,
            speakers: 0.93,
            locations: 0.93,
        },
    );
}

#[test]
fn test_split() {
    check(
        "test",
        &Floors {
            quoted: 0.92,
            indirect: 0.93,
            quoted_attribution: 0.92,
            indirect_attribution: 0.91,
            quoted_e2e: 0.85,
            indirect_e2e: 0.855,
            speakers: 0.895,
            locations: 0.895,
        },
    );
}

/// The seed article stays perfect on every line.
#[test]
fn seed_article() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dev");
    let text = std::fs::read_to_string(dir.join("seed.txt")).expect("seed text");
    let gold =
        serde_json::from_str(&std::fs::read_to_string(dir.join("seed.json")).expect("seed gold"))
            .expect("seed gold is JSON");
    let score = scorer::score(&urdu::analyze(&text), &gold);
    eprintln!("{}", score.table());
    for (name, got) in [
        ("quoted F1", score.quoted.f1()),
        ("indirect F1", score.indirect.f1()),
        ("quoted attribution", score.quoted.attribution()),
        ("indirect attribution", score.indirect.attribution()),
        ("speakers F1", score.speakers.f1()),
        ("locations F1", score.locations.f1()),
    ] {
        assert!(got > 0.999, "seed {name} {got:.3}");
    }
}
