//! Tokens and sentences: no panic, spans in order and on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let segmented = urdu::Tokenizer::new().segment(text);
    let mut last = 0;
    for token in segmented.tokens() {
        assert!(token.span().start >= last);
        assert_eq!(text.get(token.span().range()), Some(token.text()));
        last = token.span().end;
    }
    for sentence in segmented.sentences() {
        assert_eq!(text.get(sentence.span().range()), Some(sentence.text()));
    }
});
