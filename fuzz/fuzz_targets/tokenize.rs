//! Tokens and sentences, with punctuation spacing off and on: no panic, spans in order and
//! on char boundaries.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

/// The default tokenizer and one whose normalizer fixes punctuation spacing, built once (a
/// build computes the normalizer's tables, which takes longer than a short input).
fn tokenizer(spacing: bool) -> &'static urdu::Tokenizer {
    static BOTH: OnceLock<[urdu::Tokenizer; 2]> = OnceLock::new();
    let both = BOTH.get_or_init(|| {
        [false, true].map(|on| {
            let normalizer = urdu::Normalizer::builder()
                .punctuation_spacing(on)
                .build()
                .expect("a valid normalizer");
            urdu::Tokenizer::builder().normalizer(normalizer).build().unwrap()
        })
    });
    &both[usize::from(spacing)]
}

fuzz_target!(|input: (bool, &str)| {
    let (spacing, text) = input;
    let segmented = tokenizer(spacing).segment(text);
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
