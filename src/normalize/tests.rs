use super::*;
use crate::span::Span;
use work::{check_linear, hostile_inputs, repeated_units};

fn norm(text: &str) -> String {
    Normalizer::new().normalize(text).as_str().to_owned()
}

fn with(builder: NormalizerBuilder, text: &str) -> String {
    builder.build().unwrap().normalize(text).as_str().to_owned()
}

/// Every span of the normalized text maps back to the original text it came from.
fn assert_maps_back(text: &str, normalized_word: &str, original_word: &str) {
    let n = Normalizer::new().normalize(text);
    let start = n
        .as_str()
        .find(normalized_word)
        .expect("word in normalized text");
    let back = n.to_original(Span::new(start, start + normalized_word.len()));
    assert_eq!(&text[back.range()], original_word);
}

#[test]
fn clean_urdu_is_borrowed() {
    let text = "روس کے صدر ولادی میر پوتن نے پیر کو قزاقستان کے دفاع میں ’فتح‘ کا دعویٰ کیا ہے۔";
    let n = Normalizer::new().normalize(text);
    assert!(n.is_borrowed());
    assert!(n.alignment().is_identity());
    assert_eq!(n.as_str(), text);
}

#[test]
fn arabic_yeh_and_alef_maksura_become_urdu_yeh() {
    assert_eq!(norm("پاكستاني فوجي"), "پاکستانی فوجی");
    assert_eq!(norm("دعوىٰ"), "دعویٰ");
}

#[test]
fn arabic_kaf_becomes_keheh() {
    assert_eq!(norm("كراچي"), "کراچی");
}

#[test]
fn arabic_heh_becomes_heh_goal_and_do_chashmi_stays() {
    assert_eq!(norm("كه"), "کہ");
    assert_eq!(norm("بھارت"), "بھارت");
}

#[test]
fn heh_with_hamza_is_composed() {
    // ۀ (Persian) and ہ + hamza above both become ۂ.
    assert_eq!(norm("نقطۀ نظر"), "نقطۂ نظر");
    assert_eq!(norm("نقطہ\u{0654} نظر"), "نقطۂ نظر");
    assert_eq!(norm("نقطه\u{0654} نظر"), "نقطۂ نظر");
}

#[test]
fn hamza_compositions_nfc_does_not_make() {
    assert_eq!(norm("کی\u{0654}ی"), "کئی");
    assert_eq!(norm("آئے"), "آئے");
    assert_eq!(norm("جاے\u{0654}"), "جاۓ");
    assert_eq!(norm("مو\u{0654}قف"), "مؤقف");
    assert_eq!(norm("ا\u{0653}زادی"), "آزادی");
    let off = Normalizer::builder()
        .compose_hamza(false)
        .unicode_form(UnicodeForm::None);
    assert_eq!(with(off, "کی\u{0654}ی"), "کی\u{0654}ی");
}

#[test]
fn teh_marbuta_becomes_urdu_teh_marbuta() {
    assert_eq!(norm("زكوة"), "زکوۃ");
}

#[test]
fn presentation_forms_become_letters() {
    // ﭘﺎﮐﺴﺘﺎﻥ: "پاکستان" in contextual glyph forms, as PDF extraction leaves it.
    assert_eq!(
        norm("\u{FB58}\u{FE8E}\u{FB90}\u{FEB4}\u{FE98}\u{FE8E}\u{FEE5}"),
        "پاکستان"
    );
    assert_eq!(norm("\u{FEFB}"), "لا");
    let off = Normalizer::builder()
        .presentation_forms(false)
        .unicode_form(UnicodeForm::None);
    assert_eq!(with(off, "\u{FEFB}"), "\u{FEFB}");
}

#[test]
fn tatweel_is_removed() {
    assert_eq!(norm("پاکستـــان"), "پاکستان");
    assert_eq!(
        with(Normalizer::builder().remove_tatweel(false), "پاکستـان"),
        "پاکستـان"
    );
}

#[test]
fn bidi_controls_and_bom_are_removed_zwnj_is_kept() {
    assert_eq!(
        norm("\u{FEFF}\u{202B}لاہور\u{202C} \u{200F}کراچی\u{2066}"),
        "لاہور کراچی"
    );
    assert_eq!(norm("بے\u{200C}گھر"), "بے\u{200C}گھر");
    let off = Normalizer::builder().remove_controls(false);
    assert_eq!(with(off, "\u{200F}لاہور"), "\u{200F}لاہور");
}

#[test]
fn odd_spaces_become_plain_spaces() {
    assert_eq!(norm("وزیر\u{00A0}اعظم\u{2009}نے"), "وزیر اعظم نے");
    assert_eq!(
        with(
            Normalizer::builder().unify_spaces(false),
            "وزیر\u{00A0}اعظم"
        ),
        "وزیر\u{00A0}اعظم"
    );
}

#[test]
fn diacritics_are_kept_by_default_and_removable() {
    assert_eq!(norm("تقریباً مُسلّح"), "تقریباً مُسلّح");
    let remove = Normalizer::builder().remove_diacritics(true);
    assert_eq!(with(remove.clone(), "تقریباً مُسلّح دعویٰ"), "تقریبا مسلح دعوی");
    // Hamza that forms a letter is not a diacritic.
    assert_eq!(with(remove, "کئی مؤقف"), "کئی مؤقف");
}

#[test]
fn characters_that_compose_or_reorder_with_the_one_before_are_normalized_with_it() {
    // U+0F73 decomposes into two marks that go before the ring above.
    assert_eq!(norm("(\u{030A}\u{0F73}"), "(\u{0F71}\u{0F72}\u{030A}");
    // An Oriya length mark and a Hangul vowel compose with the letter before them.
    assert_eq!(norm("\u{0B47}\u{0B3E}"), "\u{0B4B}");
    assert_eq!(norm("\u{1100}\u{1161}"), "\u{AC00}");
    for text in ["(\u{030A}\u{0F73}", "\u{0B47}\u{0B3E}", "\u{1100}\u{1161}"] {
        assert!(
            Normalizer::new().normalize(&norm(text)).is_borrowed(),
            "{text:?}"
        );
    }
    // Under NFKC, halfwidth `ﾞ` is U+3099, a mark that goes before a small damma.
    let nfkc = Normalizer::builder().unicode_form(UnicodeForm::Nfkc);
    assert_eq!(with(nfkc.clone(), "O\u{0619}\u{FF9E}"), "O\u{3099}\u{0619}");
    // Under NFKC, `㉻ㄻ` is `하` and a final consonant, which compose.
    assert_eq!(with(nfkc, "\u{327B}\u{313B}"), "\u{D562}");
}

#[test]
fn medial_shadda_ligatures_are_marks_of_the_letter_before() {
    // U+FCF3 is tatweel, damma, shadda: the marks go before the marks of the letter before.
    let text = "\u{07C2}\u{0300}\u{07F3}\u{FCF3}";
    assert_eq!(norm(text), "\u{07C2}\u{064F}\u{0651}\u{0300}\u{07F3}");
    let forms_off = Normalizer::builder()
        .presentation_forms(false)
        .unicode_form(UnicodeForm::Nfkc);
    assert_eq!(with(forms_off, text), norm(text));
}

#[test]
fn a_letter_folded_after_nfkc_composes_with_its_hamza() {
    // Mathematical `𞸤` is `ہ` after NFKC and the fold; with a mark between, NFC composes
    // it with the hamza (canonical order puts the hamza after the mark below).
    let nfkc = Normalizer::builder().unicode_form(UnicodeForm::Nfkc);
    assert_eq!(
        with(nfkc, "\u{1EE24}\u{0640}\u{0345}\u{0316}\u{0654}"),
        "\u{06C2}\u{0316}\u{0345}"
    );
}

#[test]
fn marks_that_a_removed_diacritic_kept_apart_compose() {
    // Madda (a diacritic) stands between `K` and the acute: once it goes, the two compose,
    // as a second pass would make them.
    let remove = || Normalizer::builder().remove_diacritics(true);
    assert_eq!(with(remove(), "K\u{0653}\u{0301}C"), "\u{1E30}C");
    let nfkc = remove().unicode_form(UnicodeForm::Nfkc);
    assert_eq!(
        with(nfkc, "@\u{032F}K\u{0653}\u{0341}C."),
        "@\u{032F}\u{1E30}C."
    );
    let none = remove().unicode_form(UnicodeForm::None);
    assert_eq!(with(none, "K\u{0653}\u{0301}"), "K\u{0301}");
}

#[test]
fn digits_are_kept_by_default_and_convertible() {
    assert_eq!(norm("۲۰۲۲ اور 2022 اور ٢٠٢٢"), "۲۰۲۲ اور 2022 اور ٢٠٢٢");
    let ascii = Normalizer::builder().digits(Digits::Ascii);
    assert_eq!(with(ascii, "۲۰۲۲ اور ٢٠٢٢"), "2022 اور 2022");
    let urdu = Normalizer::builder().digits(Digits::Urdu);
    assert_eq!(with(urdu, "سال 2022 اور ٢٠٢٢"), "سال ۲۰۲۲ اور ۲۰۲۲");
}

#[test]
fn nfc_and_nfkc() {
    // Shadda (ccc 33) before fatha (ccc 30) is reordered by NFC.
    assert_eq!(norm("م\u{0651}\u{064E}"), "م\u{064E}\u{0651}");
    let nfkc = Normalizer::builder().unicode_form(UnicodeForm::Nfkc);
    assert_eq!(with(nfkc, "ＢＢＣ اردو"), "BBC اردو");
    assert_eq!(norm("ＢＢＣ"), "ＢＢＣ");
}

#[test]
fn punctuation_spacing_is_optional() {
    let text = "انہوں نے کہا ، ہم تیار ہیں ۔یہ درست ہے";
    assert_eq!(norm(text), text);
    let fix = Normalizer::builder().punctuation_spacing(true);
    assert_eq!(with(fix, text), "انہوں نے کہا، ہم تیار ہیں۔ یہ درست ہے");
}

#[test]
fn spacing_reads_a_run_of_spaces_once_and_keeps_a_line_start_space() {
    let fix = || Normalizer::builder().punctuation_spacing(true);
    let long = format!("ہے{}۔ اور{}ہے", " ".repeat(10_000), " \t".repeat(5_000));
    assert_eq!(
        with(fix(), &long),
        format!("ہے۔ اور{}ہے", " \t".repeat(5_000))
    );
    // The first space of a line stays; the rest of its run is read as a run before `۔`.
    assert_eq!(with(fix(), "ہے\n   ۔ب"), "ہے\n ۔ ب");
}

#[test]
fn spacing_looks_at_the_marks_that_nfkc_makes() {
    let fix = || {
        Normalizer::builder()
            .punctuation_spacing(true)
            .unicode_form(UnicodeForm::Nfkc)
    };
    assert_eq!(with(fix(), "Ź！π"), "Ź! π");
    assert_eq!(with(fix(), "ہے ！"), "ہے!");
    assert_eq!(with(fix(), "ہے⁈ہاں"), "ہے?! ہاں");
    // NFKC makes a spacing fathatan a space and a mark; the mark, removed, left the space.
    let all = fix().presentation_forms(false).remove_diacritics(true);
    assert_eq!(with(all, "!!\u{FE70}!!ب"), "!!!! ب");
    // A spacing haraka, removed, does not end the run of spaces before a `!`.
    let all = fix().remove_diacritics(true);
    assert_eq!(with(all, "〗\t\u{FCF3} !"), "〗!");
}

#[test]
fn positions_map_back_to_the_original() {
    assert_maps_back("\u{200F}پاكستان\u{200F} كا", "پاکستان", "پاكستان");
    assert_maps_back("قزاقستـــان کے صدر", "قزاقستان", "قزاقستـــان");
    assert_maps_back("نقطه\u{0654} نظر", "نقطۂ", "نقطه\u{0654}");
    assert_maps_back("\u{FEFF}روس", "روس", "روس");
    let text = "کہا ، ہم";
    let n = Normalizer::builder()
        .punctuation_spacing(true)
        .build()
        .unwrap()
        .normalize(text);
    assert_eq!(n.as_str(), "کہا، ہم");
    let comma = n.as_str().find('،').unwrap();
    assert_eq!(
        &text[n.to_original(Span::new(comma, comma + 2)).range()],
        "،"
    );
}

#[test]
fn word_ligatures_stay_unless_asked() {
    assert_eq!(norm("محمد ﷺ نے"), "محمد ﷺ نے");
    let expanded = with(Normalizer::builder().expand_word_ligatures(true), "محمد ﷺ");
    assert!(expanded.starts_with("محمد صلی"), "{expanded}");
    // Letter ligatures are still expanded.
    assert_eq!(norm("ﻻ"), "لا");
}

#[test]
fn zero_width_joiners_become_spaces_when_asked() {
    assert_eq!(norm("اسلام\u{200C}آباد"), "اسلام\u{200C}آباد");
    let n = Normalizer::builder().zero_width_as_space(true);
    assert_eq!(with(n, "اسلام\u{200C}آباد"), "اسلام آباد");
}

#[test]
fn the_default_table_is_shared() {
    let a = Normalizer::new();
    let b = Normalizer::builder().build().unwrap();
    assert!(std::sync::Arc::ptr_eq(&a.clean, &b.clean));
    assert!(b.is_default());
    let c = Normalizer::builder()
        .remove_diacritics(true)
        .build()
        .unwrap();
    assert!(!c.is_default() && c != a);
}

#[test]
fn normalizing_twice_changes_nothing() {
    let once = norm("\u{FEFF}پاكستاني   فوجـي\u{00A0}نقطۀ کی\u{0654}ی ﻻ ٢٠٢٢");
    let twice = Normalizer::new().normalize(&once);
    assert!(twice.is_borrowed());
}

/// Normalizes `text` with punctuation spacing on or off, and fails if the normalizer
/// examined more than `WORK_PER_BYTE` bytes per byte of `text`.
fn check_work(text: &str, spacing: bool) -> Result<(), proptest::test_runner::TestCaseError> {
    let n = Normalizer::builder()
        .punctuation_spacing(spacing)
        .build()
        .expect("a valid normalizer");
    check_linear(text.len(), || n.normalize(text).as_str().len())
}

#[test]
fn hostile_inputs_take_linear_work() -> Result<(), proptest::test_runner::TestCaseError> {
    for text in hostile_inputs() {
        check_work(&text, false)?;
        check_work(&text, true)?;
    }
    Ok(())
}

proptest::proptest! {
    /// No reader of the normalizer reads a run again from each of its positions: the bytes
    /// it examines are at most [`WORK_PER_BYTE`] per byte of input, on inputs made of
    /// short units repeated (where such a reader is quadratic).
    #[test]
    fn normalizing_takes_linear_work(
        text in repeated_units(),
        spacing in proptest::prelude::any::<bool>(),
    ) {
        check_work(&text, spacing)?;
    }

    /// The table-driven fast path gives exactly what the character-by-character slow path
    /// gives, text and alignment, under every option that the tables depend on.
    #[test]
    fn fast_path_matches_the_slow_path(
        text in "[\\u{0600}-\\u{06FF} a-z0-9!\\t\\u{00A0}\\u{200C}\\u{200F}\\u{2019}\\u{0301}\\u{FE70}-\\u{FEFF}]{0,80}",
        flags in proptest::prelude::any::<[bool; 4]>(),
        digits in proptest::sample::select(vec![Digits::Keep, Digits::Ascii, Digits::Urdu]),
    ) {
        let n = Normalizer::builder()
            .punctuation_spacing(flags[0])
            .remove_diacritics(flags[1])
            .urdu_letters(flags[2])
            .unicode_form(if flags[3] { UnicodeForm::Nfkc } else { UnicodeForm::Nfc })
            .digits(digits)
            .build()
            .unwrap();
        let fast = n.normalize_for_tokens(&text);
        let slow = n.normalize_slowly(&text);
        let public = n.normalize(&text);
        proptest::prop_assert_eq!(public.as_str(), slow.as_str());
        proptest::prop_assert_eq!(fast.as_str(), slow.as_str());
        proptest::prop_assert_eq!(fast.alignment(), slow.alignment());
    }

    /// Every space of a run gets the answer that reading the run from that space gives.
    #[test]
    fn a_space_run_read_once_answers_every_space(
        text in "[ \t\u{00A0}\u{0640}\u{200F}\u{06D4}\u{060C}\n!ب]{0,30}",
    ) {
        let n = Normalizer::builder().punctuation_spacing(true).build()
        .expect("a valid normalizer");
        let mut last = None;
        for (i, c) in text.char_indices() {
            proptest::prop_assert_eq!(
                n.removable_space_run(&text, i, c, &mut last),
                n.removable_space_run(&text, i, c, &mut None),
                "at {}", i
            );
        }
    }
}
