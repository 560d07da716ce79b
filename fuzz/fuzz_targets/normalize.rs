//! Normalization under every option combination: no panic, idempotent, spans map back.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (u8, &str)| {
    let (flags, text) = input;
    let bit = |n: u8| flags & (1 << n) != 0;
    let normalizer = urdu::Normalizer::builder()
        .unicode_form(if bit(0) { urdu::UnicodeForm::Nfkc } else { urdu::UnicodeForm::Nfc })
        .remove_diacritics(bit(1))
        .punctuation_spacing(bit(2))
        .urdu_letters(!bit(3))
        .presentation_forms(!bit(4))
        .remove_controls(!bit(5))
        .digits(if bit(6) { urdu::Digits::Urdu } else { urdu::Digits::Keep })
        .build()
        .expect("every combination of options is valid");
    let once = normalizer.normalize(text);
    let twice = normalizer.normalize(once.as_str());
    assert_eq!(twice.as_str(), once.as_str());
    let all = once.to_original(urdu::Span::new(0, once.as_str().len()));
    assert!(text.get(all.range()).is_some());
});
