//! Normalization under every option combination: no panic, idempotent, spans map back.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

/// The normalizer for the option set in the low seven bits of `flags`.
fn build(flags: u8) -> urdu::Normalizer {
    let bit = |n: u8| flags & (1 << n) != 0;
    urdu::Normalizer::builder()
        .unicode_form(if bit(0) { urdu::UnicodeForm::Nfkc } else { urdu::UnicodeForm::Nfc })
        .remove_diacritics(bit(1))
        .punctuation_spacing(bit(2))
        .urdu_letters(!bit(3))
        .presentation_forms(!bit(4))
        .remove_controls(!bit(5))
        .digits(if bit(6) { urdu::Digits::Urdu } else { urdu::Digits::Keep })
        .build()
        .expect("every combination of options is valid")
}

/// The 128 normalizers, built once: a build computes the normalizer's tables, which takes
/// longer than normalizing a short input.
fn normalizer(flags: u8) -> &'static urdu::Normalizer {
    static ALL: OnceLock<Vec<urdu::Normalizer>> = OnceLock::new();
    let all = ALL.get_or_init(|| (0..128).map(build).collect());
    &all[usize::from(flags & 127)]
}

fuzz_target!(|input: (u8, &str)| {
    let (flags, text) = input;
    let normalizer = normalizer(flags);
    let once = normalizer.normalize(text);
    let twice = normalizer.normalize(once.as_str());
    assert_eq!(twice.as_str(), once.as_str());
    let all = once.to_original(urdu::Span::new(0, once.as_str().len()));
    assert!(text.get(all.range()).is_some());
});
