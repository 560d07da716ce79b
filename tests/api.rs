//! The public API's promises that are not about text: auto traits, reuse.

use urdu::{Normalizer, Tokenizer};

fn assert_send_sync<T: Send + Sync + Clone + 'static>() {}

#[test]
fn configured_objects_are_send_sync_and_reusable() {
    assert_send_sync::<Normalizer>();
    assert_send_sync::<Tokenizer>();
    assert_send_sync::<urdu::Error>();
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
