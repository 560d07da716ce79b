//! The public API's promises that are not about text: auto traits, reuse.

use urdu::{Normalizer, Tokenizer};

fn assert_send_sync<T: Send + Sync + Clone + 'static>() {}

#[test]
fn configured_objects_are_send_sync_and_reusable() {
    assert_send_sync::<Normalizer>();
    assert_send_sync::<Tokenizer>();
    assert_send_sync::<urdu::Error>();
    assert_send_sync::<urdu::Analyzer>();
    assert_send_sync::<urdu::Gazetteer>();
    let tokenizer = Tokenizer::new();
    let a = tokenizer.tokenize("پہلا متن");
    let b = tokenizer.tokenize("دوسرا متن");
    assert_eq!(a.len(), 2);
    assert_eq!(b.len(), 2);
}

#[test]
fn word_lists_load() {
    // Forces the lazily parsed data so a malformed file fails here, not in a user's program.
    let tokens = urdu::tokenize("کہاکہ");
    assert_eq!(tokens.len(), 2);
}

#[test]
fn kinds_have_names_both_ways() {
    use std::str::FromStr;
    for kind in urdu::TokenKind::ALL {
        assert_eq!(urdu::TokenKind::from_str(kind.as_str()).unwrap(), *kind);
    }
    for kind in urdu::QuoteKind::ALL {
        assert_eq!(kind.to_string().parse::<urdu::QuoteKind>().unwrap(), *kind);
    }
    let err = "hamlet".parse::<urdu::PlaceKind>().unwrap_err();
    assert_eq!(err.kind(), urdu::ErrorKind::UnknownName);
    assert_eq!(
        "town".parse::<urdu::PlaceKind>().unwrap(),
        urdu::PlaceKind::Town
    );
}

#[test]
fn spans_index_text() {
    let text = "روس کے صدر";
    let span = urdu::Span::new(0, 6);
    assert_eq!(&text[span], "روس");
    assert_eq!(span.to_string(), "0..6");
    let reversed = urdu::Span { start: 5, end: 2 };
    assert_eq!(reversed.len(), 0);
    assert!(reversed.is_empty());
}

#[test]
fn normalizer_construction_is_cheap_and_shared() {
    // The default table is built once; `new` clones it.
    let a = Normalizer::new();
    let b = Normalizer::new();
    assert_eq!(a, b);
    assert!(a.is_default());
}
