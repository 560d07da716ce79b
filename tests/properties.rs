//! Property tests: on arbitrary text mixing Urdu, Latin, digits, quote marks, punctuation
//! and invisible controls, nothing panics, spans are sound, segmentation is lossless, and
//! normalization is idempotent. `PROPTEST_CASES=100000 cargo test --release --test
//! properties` runs a longer search.

use proptest::prelude::*;
use urdu::{Digits, Normalizer, Tokenizer, UnicodeForm};

/// What may lie between tokens: what normalization turns into white space or removes.
fn is_gap(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2060}'
                | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' | 'ـ'
        )
}

/// Pieces real Urdu pages are made of, including the awkward ones.
const PIECES: &[&str] = &[
    "روس",
    "کے",
    "صدر",
    "پوتن",
    "نے",
    "کہاکہ",
    "کیاگیاہے",
    "قزاقستان",
    "دستے",
    "تقریباً",
    "دعویٰ",
    "كه",
    "پاكستاني",
    "نقطۀ",
    "کی\u{0654}ی",
    "ہ\u{0654}",
    "\u{0654}",
    "ﻻ",
    "\u{FDFA}",
    "ـ",
    "’",
    "‘",
    "’’",
    "“",
    "”",
    "«",
    "»",
    "\"",
    "'",
    "۔",
    "،",
    "؟",
    "!",
    "?",
    ".",
    "-",
    ":",
    "(",
    ")",
    " ",
    "  ",
    "\n",
    "\r\n",
    "\u{00A0}",
    "\u{200C}",
    "\u{200D}",
    "\u{200B}",
    "\u{200F}",
    "\u{202B}",
    "\u{2066}",
    "\u{FEFF}",
    "\u{00AD}",
    "1,000",
    "3.5",
    "۲۰۲۲",
    "٣",
    "BBC",
    "COVID-19",
    "U.S.",
    "https://www.bbc.com/urdu",
    "a@b.co",
    "#پاکستان",
    "@BBCUrdu",
    "😀",
    "👍🏽",
    "$",
    "e\u{0301}",
    "¼",
    "ＢＢＣ",
    "\u{0651}\u{064E}",
];

fn urdu_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

/// Text with place names, ambiguous names, cue words and the awkward pieces.
fn urdu_places() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        2 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        2 => proptest::sample::select(&[
            "روس", "قزاقستان", "قازقستان", "اسلام آباد", "اسلام", "چین", "شام", "ترکی", "میں",
            "کے", "ملک", "اور", "،", "جنوبی", "ایشیا", "روسی", "(", "\n", " ", " ", "مشرقِ وسطیٰ",
            "نے", "کہا", "کہ", "کا", "کہنا", "تھا", "مطابق", "بقول", "انہوں", "ان", "صدر", "پوتن",
            "پوتین", "’", "‘", ":", "۔", "قازق", "رہنما", "’’", "‘‘", "\"", "مزید", "پڑھیں",
        ][..]).prop_map(str::to_owned),
    ];
    proptest::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

fn normalizer() -> impl Strategy<Value = Normalizer> {
    (
        proptest::sample::select(vec![UnicodeForm::None, UnicodeForm::Nfc, UnicodeForm::Nfkc]),
        proptest::sample::select(vec![Digits::Keep, Digits::Ascii, Digits::Urdu]),
        any::<[bool; 8]>(),
    )
        .prop_map(|(form, digits, b)| {
            Normalizer::builder()
                .unicode_form(form)
                .digits(digits)
                .presentation_forms(b[0])
                .urdu_letters(b[1])
                .compose_hamza(b[2])
                .remove_tatweel(b[3])
                .remove_controls(b[4])
                .unify_spaces(b[5])
                .remove_diacritics(b[6])
                .punctuation_spacing(b[7])
                .build()
                .expect("every combination of options is valid")
        })
}

proptest! {
    #[test]
    fn normalization_is_idempotent_and_maps_back(text in urdu_text(), n in normalizer()) {
        let once = n.normalize(&text);
        let twice = n.normalize(once.as_str());
        prop_assert_eq!(twice.as_str(), once.as_str());
        prop_assert!(twice.is_borrowed(), "normalizing normalized text must borrow");
        // Every character of the normalized text maps to a span on char boundaries.
        for (i, c) in once.as_str().char_indices() {
            let span = once.to_original(urdu::Span::new(i, i + c.len_utf8()));
            prop_assert!(span.end <= text.len());
            prop_assert!(text.get(span.range()).is_some(), "span {:?} not on char boundaries", span);
        }
        let all = once.to_original(urdu::Span::new(0, once.as_str().len()));
        prop_assert!(all.end <= text.len());
    }

    #[test]
    fn tokens_are_sound_and_lossless(text in urdu_text(), n in normalizer(), joins in any::<bool>()) {
        let tokenizer = Tokenizer::builder().normalizer(n.clone()).split_joins(joins).build().unwrap();
        let seg = tokenizer.segment(&text);
        let mut end = 0;
        let mut rebuilt = String::new();
        let tokens = seg.tokens();
        for t in tokens {
            let span = t.span();
            prop_assert!(span.start >= end, "tokens overlap or are out of order");
            prop_assert!(!span.is_empty());
            let gap = text.get(end..span.start).expect("gap on char boundaries");
            // What lies between tokens is only what normalization turns into white space
            // or removes.
            let gap_normalized = n.normalize(gap);
            prop_assert!(
                gap_normalized.as_str().chars().all(is_gap),
                "gap {:?} holds text", gap
            );
            prop_assert_eq!(text.get(span.range()), Some(t.text()));
            rebuilt.push_str(gap);
            rebuilt.push_str(t.text());
            end = span.end;
        }
        rebuilt.push_str(&text[end..]);
        prop_assert_eq!(&rebuilt, &text);

        // The tokens' normalized forms are the normalized text, less what lies between them.
        let strip = |s: &str| s.chars().filter(|&c| !is_gap(c)).collect::<String>();
        let from_tokens: String = tokens.iter().map(|t| strip(t.normalized())).collect();
        prop_assert_eq!(from_tokens, strip(n.normalize(&text).as_str()));

        // Sentences tile the token list in order.
        let mut next = 0;
        for s in seg.sentences() {
            let r = s.tokens();
            prop_assert_eq!(r.start, next);
            prop_assert!(r.end > r.start);
            prop_assert_eq!(Some(s.span()), tokens.span_of(r.clone()));
            prop_assert_eq!(text.get(s.span().range()), Some(s.text()));
            next = r.end;
        }
        prop_assert_eq!(next, tokens.len());
    }

    #[test]
    fn default_entry_points_never_panic(text in urdu_text()) {
        let normalized = urdu::normalize(&text);
        prop_assert!(matches!(urdu::normalize(&normalized), std::borrow::Cow::Borrowed(_)));
        let tokens = urdu::tokenize(&text);
        let sentences = urdu::sentences(&text);
        prop_assert!(sentences.len() <= tokens.len());
        for t in &tokens {
            if !t.is_from_join() {
                let alone = urdu::normalize(t.text());
                prop_assert_eq!(alone.as_ref(), t.normalized());
            }
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC*") {
        let seg = Tokenizer::new().segment(&text);
        for t in seg.tokens() {
            prop_assert_eq!(text.get(t.span().range()), Some(t.text()));
        }
    }

    #[test]
    fn analysis_spans_are_sound(text in urdu_places()) {
        let a = urdu::analyze(&text);
        let quotes = a.quotes();
        for (i, q) in quotes.iter().enumerate() {
            prop_assert_eq!(text.get(q.span().range()), Some(q.text()));
            if let Some(cue) = q.cue() {
                prop_assert_eq!(text.get(cue.span().range()), Some(cue.text()));
            }
            prop_assert!(q.speaker().is_none_or(|i| i < a.speakers().len()));
            // Quotations nest or stand apart, never cross; a parent holds its child.
            for r in &quotes[i + 1..] {
                let (x, y) = (q.span(), r.span());
                prop_assert!(y.start >= x.end || y.end <= x.end, "{:?} and {:?} cross", x, y);
            }
            if let Some(p) = q.parent() {
                prop_assert!(p < i && quotes[p].span().contains(q.span()));
            }
            prop_assert!(!q.text().starts_with(['’', '‘', '“', '”', '"']));
        }
        for m in a.speakers().iter().flat_map(|s| s.mentions()) {
            prop_assert_eq!(text.get(m.span().range()), Some(m.text()));
        }
    }

    #[test]
    fn location_mentions_are_sound(text in urdu_places()) {
        let mut last_end = 0;
        let locations = urdu::locations(&text);
        let mut mentions: Vec<urdu::Mention<'_>> =
            locations.iter().flat_map(|l| l.mentions().iter().copied()).collect();
        mentions.sort_by_key(|m| m.span().start);
        for m in mentions {
            prop_assert!(m.span().start >= last_end, "mentions overlap");
            prop_assert_eq!(text.get(m.span().range()), Some(m.text()));
            last_end = m.span().end;
        }
    }
}
