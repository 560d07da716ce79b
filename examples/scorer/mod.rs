//! The extraction scorer: an analysis against a gold annotation (`tests/data/*/NAME.json`,
//! the format of `ANNOTATION.md`), scored the way the project's evaluation scorer
//! (`score_extraction.py`) scores it, so that its figures can be reproduced from a clone:
//!
//! - quotations are compared as bags of words (quote marks and punctuation stripped); a
//!   predicted quotation matches a gold one when their word F1 is at least 0.6 (direct and
//!   partial, one class: "quoted") or 0.5 (indirect), one to one, best pairs first;
//! - a speaker matches when the two names share a word that is not a title, role or function
//!   word, compared by consonant skeleton (long vowels dropped inside words); a `null`
//!   speaker matches only `null`;
//! - locations match by normalized surface form (the canonical name or any mention);
//! - speakers: a gold speaker is found when some predicted speaker matches it, and the other
//!   way round.
//!
//! Used by `examples/score.rs` and by `tests/conformance.rs`.

#![allow(dead_code)]

use std::collections::HashSet;

use serde_json::Value;
use urdu::{Analysis, QuoteKind};

/// Arabic letters folded to the Urdu ones, as the scorer does.
fn unify(c: char) -> Option<char> {
    Some(match c {
        '\u{064A}' | '\u{0649}' => '\u{06CC}',
        '\u{0643}' => '\u{06A9}',
        '\u{0647}' | '\u{0629}' => '\u{06C1}',
        _ => return None,
    })
}

/// What the scorer ignores inside words: diacritics, tatweel, zero-width and bidi marks.
fn is_ignored(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}'..='\u{200F}')
}

/// What separates words: white space, quote marks, brackets and punctuation.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{2018}'
                | '\u{2019}'
                | '\u{201C}'
                | '\u{201D}'
                | '"'
                | '\''
                | '«'
                | '»'
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | ':'
                | ';'
                | ','
                | '.'
                | '!'
                | '?'
                | '،'
                | '؛'
                | '؟'
                | '۔'
                | '…'
                | '-'
                | '–'
                | '—'
        )
}

/// The text normalized as the scorer compares it.
pub fn norm(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for c in s.nfc() {
        if c == '\u{06C0}' {
            out.push('\u{06C1}');
            out.push('\u{0654}');
            continue;
        }
        let c = unify(c).unwrap_or(c);
        if !is_ignored(c) {
            out.push(c);
        }
    }
    out
}

/// The words of a text.
pub fn words(s: &str) -> Vec<String> {
    norm(s)
        .split(is_separator)
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn skeleton(w: &str) -> String {
    let chars: Vec<char> = w.chars().collect();
    if chars.len() <= 2 {
        return w.to_owned();
    }
    let mut s = String::new();
    s.extend(chars.first());
    s.extend(
        chars[1..chars.len() - 1]
            .iter()
            .filter(|c| !matches!(c, 'ا' | 'و' | 'ی' | 'ے' | 'ئ')),
    );
    s.extend(chars.last());
    s
}

fn word_f1(a: &str, b: &str) -> f64 {
    let (a, b) = (words(a), words(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut pool = b.clone();
    let mut common = 0usize;
    for w in &a {
        if let Some(i) = pool.iter().position(|p| p == w) {
            pool.remove(i);
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

/// Words two different speakers' names can share without being one speaker.
const NOT_NAME: &str =
    "کے کی کا کو نے سے میں پر اور یا ایک یہ وہ ان اس جو ہے ہیں تھا تھی تھے بھی تک لیے کہ \
صدر وزیراعظم وزیر اعظم اعلی وزیراعلی ترجمان جنرل ڈاکٹر سینیٹر مولانا چیف جسٹس گورنر سابق \
مشیر سیکرٹری چیئرمین رہنما قائد سربراہ افسر عہدیدار اہلکار پولیس حکام حکومت وزارت ادارے \
خبر رساں ایجنسی نمائندے رکن اسمبلی سینیٹ قومی صوبائی وفاقی امریکی پاکستانی بھارتی روسی \
مسٹر محترمہ جناب شری سید میاں حاجی پروفیسر انجینئر بیرسٹر ایڈووکیٹ کمشنر ڈپٹی ایس پی";

fn not_name() -> HashSet<String> {
    NOT_NAME.split_whitespace().map(norm).collect()
}

/// Whether two speakers (either may be `None`) are the same, as the scorer decides.
pub fn same_speaker(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return a.is_none() && b.is_none();
    };
    let stop = not_name();
    let names = |s: &str| -> HashSet<String> {
        words(s)
            .into_iter()
            .filter(|w| w.chars().count() >= 2 && !stop.contains(w))
            .map(|w| skeleton(&w))
            .collect()
    };
    let (sa, sb) = (names(a), names(b));
    if !sa.is_empty() && !sb.is_empty() {
        return !sa.is_disjoint(&sb);
    }
    let (wa, wb): (HashSet<String>, HashSet<String>) = (
        words(a).into_iter().collect(),
        words(b).into_iter().collect(),
    );
    norm(a).trim() == norm(b).trim() || wa.intersection(&wb).any(|w| !stop.contains(w))
}

/// Counts of one class of quotations.
#[derive(Clone, Copy, Debug, Default)]
pub struct QuoteCounts {
    pub gold: usize,
    pub pred: usize,
    pub matched: usize,
    pub attributed: usize,
}

/// Counts of speakers or locations.
#[derive(Clone, Copy, Debug, Default)]
pub struct SetCounts {
    pub gold: usize,
    pub pred: usize,
    pub match_gold: usize,
    pub match_pred: usize,
}

/// All the counts, summed over articles (micro-averaged).
#[derive(Clone, Copy, Debug, Default)]
pub struct Score {
    pub quoted: QuoteCounts,
    pub indirect: QuoteCounts,
    pub locations: SetCounts,
    pub speakers: SetCounts,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl QuoteCounts {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.pred)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    /// Of the quotations found, the share with the right speaker.
    pub fn attribution(&self) -> f64 {
        ratio(self.attributed, self.matched)
    }
    /// Found and attributed to the right speaker.
    pub fn end_to_end(&self) -> f64 {
        f1(
            ratio(self.attributed, self.pred),
            ratio(self.attributed, self.gold),
        )
    }
    fn add(&mut self, o: QuoteCounts) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.matched += o.matched;
        self.attributed += o.attributed;
    }
}

impl SetCounts {
    pub fn precision(&self) -> f64 {
        ratio(self.match_pred, self.pred)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.match_gold, self.gold)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    fn add(&mut self, o: SetCounts) {
        self.gold += o.gold;
        self.pred += o.pred;
        self.match_gold += o.match_gold;
        self.match_pred += o.match_pred;
    }
}

impl Score {
    /// Adds another article's counts.
    pub fn add(&mut self, o: &Score) {
        self.quoted.add(o.quoted);
        self.indirect.add(o.indirect);
        self.locations.add(o.locations);
        self.speakers.add(o.speakers);
    }

    /// The table the evaluation scorer prints.
    pub fn table(&self) -> String {
        let mut out = format!(
            "{:10} {:>5} {:>5} {:>6} {:>6} {:>6} {:>7} {:>7}\n",
            "class", "gold", "pred", "P", "R", "F1", "attrib", "e2e F1"
        );
        for (name, c) in [("quoted", self.quoted), ("indirect", self.indirect)] {
            out += &format!(
                "{name:10} {:5} {:5} {:6.3} {:6.3} {:6.3} {:7.3} {:7.3}\n",
                c.gold,
                c.pred,
                c.precision(),
                c.recall(),
                c.f1(),
                c.attribution(),
                c.end_to_end()
            );
        }
        for (name, c) in [("locations", self.locations), ("speakers", self.speakers)] {
            out += &format!(
                "{name:10} {:5} {:5} {:6.3} {:6.3} {:6.3}\n",
                c.gold,
                c.pred,
                c.precision(),
                c.recall(),
                c.f1()
            );
        }
        out
    }
}

/// A quotation as scored: its text and speaker.
struct Item {
    text: String,
    speaker: Option<String>,
}

fn match_items(gold: &[Item], pred: &[Item], threshold: f64) -> QuoteCounts {
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let f = word_f1(&g.text, &p.text);
            if f >= threshold {
                pairs.push((f, gi, pi));
            }
        }
    }
    // Best first; ties as Python's reverse sort of (f, gi, pi) tuples breaks them.
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
    let (mut used_g, mut used_p) = (HashSet::new(), HashSet::new());
    let mut c = QuoteCounts {
        gold: gold.len(),
        pred: pred.len(),
        ..QuoteCounts::default()
    };
    for (_, gi, pi) in pairs {
        if used_g.contains(&gi) || used_p.contains(&pi) {
            continue;
        }
        used_g.insert(gi);
        used_p.insert(pi);
        c.matched += 1;
        if same_speaker(gold[gi].speaker.as_deref(), pred[pi].speaker.as_deref()) {
            c.attributed += 1;
        }
    }
    c
}

/// Scores one article's analysis against its gold annotation.
pub fn score(analysis: &Analysis<'_>, gold: &Value) -> Score {
    let gold_items = |quoted: bool| -> Vec<Item> {
        gold["quotes"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|q| (q["kind"] != "indirect") == quoted)
            .map(|q| Item {
                text: q["text"].as_str().unwrap_or("").to_owned(),
                speaker: q["speaker"].as_str().map(str::to_owned),
            })
            .filter(|i| !words(&i.text).is_empty())
            .collect()
    };
    let pred_items = |quoted: bool| -> Vec<Item> {
        analysis
            .quotes()
            .iter()
            .filter(|q| (q.kind() != QuoteKind::Indirect) == quoted)
            .map(|q| Item {
                text: q.text().to_owned(),
                speaker: analysis.speaker_of(q).map(|s| s.name().to_owned()),
            })
            .filter(|i| !words(&i.text).is_empty())
            .collect()
    };
    let strings = |key: &str| -> Vec<String> {
        gold[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect()
    };
    let gold_places: HashSet<String> = strings("locations").iter().map(|p| norm(p)).collect();
    let pred_places: Vec<HashSet<String>> = analysis
        .locations()
        .iter()
        .map(|l| {
            std::iter::once(norm(l.name()))
                .chain(l.mentions().iter().map(|m| norm(m.text())))
                .collect()
        })
        .collect();
    let gold_speakers = strings("speakers");
    let pred_speakers: Vec<&str> = analysis.speakers().iter().map(|s| s.name()).collect();
    Score {
        quoted: match_items(&gold_items(true), &pred_items(true), 0.6),
        indirect: match_items(&gold_items(false), &pred_items(false), 0.5),
        locations: SetCounts {
            gold: gold_places.len(),
            pred: pred_places.len(),
            match_gold: gold_places
                .iter()
                .filter(|g| pred_places.iter().any(|f| f.contains(*g)))
                .count(),
            match_pred: pred_places
                .iter()
                .filter(|f| f.iter().any(|x| gold_places.contains(x)))
                .count(),
        },
        speakers: SetCounts {
            gold: gold_speakers.len(),
            pred: pred_speakers.len(),
            match_gold: gold_speakers
                .iter()
                .filter(|g| pred_speakers.iter().any(|p| same_speaker(Some(g), Some(p))))
                .count(),
            match_pred: pred_speakers
                .iter()
                .filter(|p| gold_speakers.iter().any(|g| same_speaker(Some(g), Some(p))))
                .count(),
        },
    }
}

/// Scores every `NAME.json` of a folder against the analysis of its `NAME.txt`, summed.
pub fn score_dir(
    analyzer: &urdu::Analyzer,
    dir: &std::path::Path,
) -> std::io::Result<(Score, usize)> {
    let mut names: Vec<String> = std::fs::read_dir(dir)?
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".json").map(str::to_owned)
        })
        .collect();
    names.sort();
    let mut total = Score::default();
    for name in &names {
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt")))?;
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{name}.json")))?)
                .map_err(|e| {
                    std::io::Error::new(
                        std::io::ErrorKind::InvalidData,
                        format!("{name}.json: {e}"),
                    )
                })?;
        let analysis = analyzer.analyze(&text);
        total.add(&score(&analysis, &gold));
    }
    Ok((total, names.len()))
}
