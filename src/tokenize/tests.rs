use super::*;
use crate::normalize::work::{check_linear, count, hostile_inputs, repeated_units, WORK_PER_BYTE};

fn texts<'t>(tokens: &'t Tokens<'_>) -> Vec<&'t str> {
    tokens.iter().map(|t| t.text()).collect()
}

fn sentence_texts(text: &str) -> Vec<&str> {
    Tokenizer::new()
        .sentences(text)
        .iter()
        .map(Sentence::text)
        .collect()
}

#[test]
fn every_kind_in_real_text() {
    let text = "وزیراعظم نے #پاکستان پر 3.5 فیصد ٹیکس کا اعلان کیا، تفصیل www.bbc.com/urdu پر ہے؛ رابطہ urdu@bbc.co.uk یا @BBCUrdu 👍🏽 $";
    let tokens = Tokenizer::new().tokenize(text);
    let kinds: Vec<(&str, TokenKind)> = tokens.iter().map(|t| (t.text(), t.kind())).collect();
    use TokenKind::*;
    assert_eq!(
        kinds,
        [
            ("وزیراعظم", Word),
            ("نے", Word),
            ("#پاکستان", Hashtag),
            ("پر", Word),
            ("3.5", Number),
            ("فیصد", Word),
            ("ٹیکس", Word),
            ("کا", Word),
            ("اعلان", Word),
            ("کیا", Word),
            ("،", Punctuation),
            ("تفصیل", Word),
            ("www.bbc.com/urdu", Url),
            ("پر", Word),
            ("ہے", Word),
            ("؛", Punctuation),
            ("رابطہ", Word),
            ("urdu@bbc.co.uk", Email),
            ("یا", Word),
            ("@BBCUrdu", Mention),
            ("👍🏽", Emoji),
            ("$", Symbol),
        ]
    );
}

#[test]
fn quote_marks_glued_to_words_are_split_off() {
    let tokens = Tokenizer::new().tokenize("فوجی دستے’جلد ہی‘ملک سے چلے جائیں گے۔");
    assert_eq!(
        texts(&tokens),
        [
            "فوجی",
            "دستے",
            "’",
            "جلد",
            "ہی",
            "‘",
            "ملک",
            "سے",
            "چلے",
            "جائیں",
            "گے",
            "۔"
        ]
    );
    let doubled = Tokenizer::new().tokenize("’’ہم جیتیں گے‘‘");
    assert_eq!(texts(&doubled), ["’’", "ہم", "جیتیں", "گے", "‘‘"]);
}

#[test]
fn numbers_keep_their_separators() {
    let tokens = Tokenizer::new().tokenize("1,000 روپے، ۲۰۲۲ میں 10:30 بجے، ٣٫٥ فیصد");
    let numbers: Vec<&str> = tokens
        .iter()
        .filter(|t| t.kind() == TokenKind::Number)
        .map(|t| t.text())
        .collect();
    assert_eq!(numbers, ["1,000", "۲۰۲۲", "10:30", "٣٫٥"]);
}

#[test]
fn latin_runs() {
    let tokens = Tokenizer::new().tokenize("کووڈ COVID-19 اور 5G کا U.S. میں");
    let latin: Vec<&str> = tokens
        .iter()
        .filter(|t| t.kind() == TokenKind::Latin)
        .map(|t| t.text())
        .collect();
    assert_eq!(latin, ["COVID-19", "5G", "U.S"]);
}

#[test]
fn joins_are_split_with_their_own_spans() {
    let text = "انہوں نے کہاکہ یہ کیاگیاہے جبکہ ہےجبکہ";
    let tokens = Tokenizer::new().tokenize(text);
    let list: Vec<Token<'_>> = tokens.iter().collect();
    assert_eq!(
        texts(&tokens),
        [
            "انہوں",
            "نے",
            "کہا",
            "کہ",
            "یہ",
            "کیا",
            "گیا",
            "ہے",
            "جبکہ",
            "ہے",
            "جبکہ"
        ]
    );
    assert!(list[2].is_from_join() && list[3].is_from_join());
    assert!(!list[0].is_from_join());
    for t in &tokens {
        assert_eq!(&text[t.span().range()], t.text());
    }
}

#[test]
fn real_words_are_not_split() {
    let text = "کہکشاں پرانی ایسے جیسے کیسے انکار دوسرے شکریہ کرنے ہونے";
    let tokens = Tokenizer::new().tokenize(text);
    assert_eq!(tokens.len(), 10);
    assert!(tokens.iter().all(|t| !t.is_from_join()));
}

#[test]
fn the_copula_is_not_cut_off_a_word_before_a_case_marker() {
    // A clause's last verb is no noun phrase: `نارتھی نے` is a name and the ergative, not `نار
    // تھی نے`. Before a content word the copula is cut as before.
    let tokenizer = Tokenizer::new();
    assert_eq!(
        texts(&tokenizer.tokenize("ڈاکٹر نارتھی نے کہا")),
        ["ڈاکٹر", "نارتھی", "نے", "کہا"]
    );
    assert_eq!(
        texts(&tokenizer.tokenize("وہ بیمار تھی اور گھر گئی")),
        ["وہ", "بیمار", "تھی", "اور", "گھر", "گئی"]
    );
    assert_eq!(
        texts(&tokenizer.tokenize("وہ بیمارتھی اور گھر گئی")),
        ["وہ", "بیمار", "تھی", "اور", "گھر", "گئی"]
    );
}

#[test]
fn a_genitive_is_not_cut_off_a_word_before_a_case_marker() {
    // `کا` + word before `نے` would be an oblique head with a direct genitive: a name.
    let tokenizer = Tokenizer::new();
    assert_eq!(
        texts(&tokenizer.tokenize("مصنف ایلسا کانیا نے لکھا")),
        ["مصنف", "ایلسا", "کانیا", "نے", "لکھا"]
    );
    // A short word the lexicon does not know is the start of a longer one, not a word
    // before a glued `کی`.
    assert_eq!(
        texts(&tokenizer.tokenize("پروفیسر نوئل شارکی")),
        ["پروفیسر", "نوئل", "شارکی"]
    );
    // Before a verb the genitive and its head are two words written together.
    assert_eq!(
        texts(&tokenizer.tokenize("حکومت نے اس کااعلان کیا")),
        ["حکومت", "نے", "اس", "کا", "اعلان", "کیا"]
    );
    // No genitive, `نے` or `کو` cut from a word's end stands before a case marker: `اجئیوکا
    // کا کہنا` is a name and its genitive. A postposition after a glued one still splits.
    assert_eq!(
        texts(&tokenizer.tokenize("تاہم اجئیوکا کا کہنا تھا")),
        ["تاہم", "اجئیوکا", "کا", "کہنا", "تھا"]
    );
    assert_eq!(
        texts(&tokenizer.tokenize("پاکستان کےشہروں میں")),
        ["پاکستان", "کے", "شہروں", "میں"]
    );
    // Nor before a finite verb of saying, which no genitive qualifies: `ماتسوکا کہتے ہیں` is
    // a name and its verb, where the verbal noun `کہنا` does follow a genitive.
    assert_eq!(
        texts(&tokenizer.tokenize("سائنسدان کینجی ماتسوکا کہتے ہیں")),
        ["سائنسدان", "کینجی", "ماتسوکا", "کہتے", "ہیں"]
    );
}

#[test]
fn join_repair_can_be_switched_off_or_told_to_keep_words() {
    let off = Tokenizer::builder().split_joins(false).build().unwrap();
    assert_eq!(texts(&off.tokenize("کہاکہ")), ["کہاکہ"]);
    let keep = Tokenizer::builder().keep_whole(["کیاکہ"]).build().unwrap();
    assert_eq!(texts(&keep.tokenize("کیاکہ کہاکہ")), ["کیاکہ", "کہا", "کہ"]);
    let err = Tokenizer::builder()
        .keep_whole(["دو لفظ"])
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::InvalidWord);
}

#[test]
fn tokens_point_into_the_original_and_carry_the_normalized_form() {
    let text = "\u{200F}پاكستان كے صدر";
    let tokens = Tokenizer::new().tokenize(text);
    assert_eq!(texts(&tokens), ["پاكستان", "كے", "صدر"]);
    let list: Vec<Token<'_>> = tokens.iter().collect();
    assert_eq!(list[0].normalized(), "پاکستان");
    assert_eq!(list[1].normalized(), "کے");
    assert_eq!(list[2].normalized(), "صدر");
}

#[test]
fn characters_that_expand_across_tokens_make_one_token() {
    // NFKC of `ﷺ` is four words: run together, the words cross every character.
    let text = "ﷺ".repeat(1000);
    let tokens = Tokenizer::new().tokenize(&text);
    assert_eq!(texts(&tokens), [text.as_str()]);
    assert_eq!(
        tokens.get(0).map(|t| t.normalized()),
        Some(Normalizer::new().normalize(&text).as_str())
    );
}

#[test]
fn sentences_end_at_terminators_and_keep_closing_quotes() {
    let text = "انہوں نے کہا کہ ’ہم کامیاب رہے۔‘ کیا یہ سچ ہے؟ ہاں! جی ہاں";
    assert_eq!(
        sentence_texts(text),
        [
            "انہوں نے کہا کہ ’ہم کامیاب رہے۔‘",
            "کیا یہ سچ ہے؟",
            "ہاں!",
            "جی ہاں"
        ]
    );
}

#[test]
fn a_reversed_mark_glued_to_the_next_word_opens_the_next_sentence() {
    // `”` closes in Urdu typography, but drawn the other way round after a space and glued to
    // the word after it, it opens the next sentence's quotation.
    let text = "انہوں نے خطاب کیا ۔ ”ہم دفاع کریں گے“ انہوں نے کہا ۔ یہ سچ ہے۔ ”";
    assert_eq!(
        sentence_texts(text),
        [
            "انہوں نے خطاب کیا ۔",
            "”ہم دفاع کریں گے“ انہوں نے کہا ۔",
            "یہ سچ ہے۔ ”"
        ]
    );
}

#[test]
fn line_breaks_end_sentences() {
    let text = "روس کی فوجیں واپس\nمزید پڑھیں\n\nدوسری خبر یہ ہے۔";
    assert_eq!(
        sentence_texts(text),
        ["روس کی فوجیں واپس", "مزید پڑھیں", "دوسری خبر یہ ہے۔"]
    );
}

#[test]
fn decimals_urls_abbreviations_do_not_split() {
    let text = "شرح 3.5 فیصد رہی اور تفصیل www.bbc.com/urdu پر ہے۔ ایم۔کیو۔ایم نے احتجاج کیا۔";
    assert_eq!(
        sentence_texts(text),
        [
            "شرح 3.5 فیصد رہی اور تفصیل www.bbc.com/urdu پر ہے۔",
            "ایم۔کیو۔ایم نے احتجاج کیا۔"
        ]
    );
}

#[test]
fn an_ellipsis_typed_with_spaces_ends_no_sentence() {
    // Text that sets a space around every mark types `۔۔۔` as `۔ ۔ ۔`; two stops in a row are
    // still two sentence ends.
    let text =
        "مرے : پانچ ۔ ۔ ۔ ۔ ورلڈ ٹریڈ سینٹر ، وہ باہر نہیں نکل سکتے ۔ ہم یہاں ہیں ۔ ۔ وہ گئے ۔";
    assert_eq!(
        sentence_texts(text),
        [
            "مرے : پانچ ۔ ۔ ۔ ۔ ورلڈ ٹریڈ سینٹر ، وہ باہر نہیں نکل سکتے ۔",
            "ہم یہاں ہیں ۔",
            "۔",
            "وہ گئے ۔"
        ]
    );
}

#[test]
fn a_bullet_star_between_words_ends_a_sentence() {
    // News digests run their items on with `*`; after a number it means "not out".
    let text = "ٹیم نے فتح حاصل کی*سندھ کی ٹیم ہار گئی۔ انہوں نے 43* رنز بنائے۔";
    assert_eq!(
        sentence_texts(text),
        [
            "ٹیم نے فتح حاصل کی*",
            "سندھ کی ٹیم ہار گئی۔",
            "انہوں نے 43* رنز بنائے۔"
        ]
    );
}

#[test]
fn a_full_stop_glued_after_a_short_verb_ends_a_sentence() {
    // `کیا`, `لیں` and `کی` ("did") end clauses; `پاک۔چین` and the letters of `ایم۔کیو۔ایم`
    // do not, and stay one sentence.
    let text =
        "اجلاس طلب کیا۔اس میں بات کی۔وہ سن لیں۔ان سے پاک۔چین دوستی اور ایم۔کیو۔ایم پر بات ہوئی۔";
    assert_eq!(
        sentence_texts(text),
        [
            "اجلاس طلب کیا۔",
            "اس میں بات کی۔",
            "وہ سن لیں۔",
            "ان سے پاک۔چین دوستی اور ایم۔کیو۔ایم پر بات ہوئی۔"
        ]
    );
}

#[test]
fn a_latin_full_stop_between_urdu_words_is_the_urdu_one() {
    // Typed on a Latin keyboard, `.` glued between Urdu words ends a sentence as `۔` would
    // (`ہے.امریکہ`); between letters' names it stays an abbreviation's, and glued to Latin
    // text or inside a number it is theirs.
    let text =
        "یہ غیر آئینی ہے.امریکہ کے جج نے حکم دیا. ایم.کیو.ایم نے U.S. کے 3.5 فیصد پر بات کی.";
    assert_eq!(
        sentence_texts(text),
        [
            "یہ غیر آئینی ہے.",
            "امریکہ کے جج نے حکم دیا.",
            "ایم.کیو.ایم نے U.S. کے 3.5 فیصد پر بات کی."
        ]
    );
}

#[test]
fn a_full_stop_glued_after_an_auxiliary_ends_a_sentence() {
    // `ہے` and `ہو` end clauses and name no letter: the space after `۔` is only missing.
    let text = "جماعت ہے۔وہ نکلی ہے۔پی ٹی آئی کا اجلاس ہو۔ پی۔ٹی۔آئی نے کہا۔";
    assert_eq!(
        sentence_texts(text),
        [
            "جماعت ہے۔",
            "وہ نکلی ہے۔",
            "پی ٹی آئی کا اجلاس ہو۔",
            "پی۔ٹی۔آئی نے کہا۔"
        ]
    );
}

#[test]
fn a_dash_after_an_auxiliary_ends_a_sentence() {
    let text = "تلاش جاری ہے - فوج بھی شامل ہے۔ بھارت - پاکستان مذاکرات";
    assert_eq!(
        sentence_texts(text),
        [
            "تلاش جاری ہے -",
            "فوج بھی شامل ہے۔",
            "بھارت - پاکستان مذاکرات"
        ]
    );
}

#[test]
fn datelines_and_hyphens_do_not_split() {
    let text =
        "حیدرآباد۔ ریاستی حکومت نے نئی ٹرین کا اعلان کیا۔\nصدر نے آج ہند۔ ماریشیس تعاون پر زور دیا۔";
    assert_eq!(
        sentence_texts(text),
        [
            "حیدرآباد۔ ریاستی حکومت نے نئی ٹرین کا اعلان کیا۔",
            "صدر نے آج ہند۔ ماریشیس تعاون پر زور دیا۔"
        ]
    );
}

#[test]
fn sentence_token_ranges_index_the_tokens() {
    let text = "پہلا جملہ یہاں ختم ہوا۔ دوسرا جملہ؟";
    let seg = Tokenizer::new().segment(text);
    let sentences = seg.sentences();
    assert_eq!(sentences.len(), 2);
    assert_eq!(sentences[0].tokens(), 0..6);
    assert_eq!(sentences[1].tokens(), 6..9);
    let first = seg.tokens().get(sentences[1].tokens().start).unwrap();
    assert_eq!(first.text(), "دوسرا");
}

/// Segments `text` with punctuation spacing on or off, and fails if the tokenizer and the
/// sentence splitter examined more than [`WORK_PER_BYTE`] bytes per byte they read (the
/// input, and the normalized text).
fn check_work(text: &str, spacing: bool) -> Result<(), proptest::test_runner::TestCaseError> {
    let normalizer = Normalizer::builder()
        .punctuation_spacing(spacing)
        .build()
        .expect("a valid normalizer");
    let normalized = normalizer.normalize(text).as_str().len();
    let tokenizer = Tokenizer::builder()
        .normalizer(normalizer)
        .build()
        .map_err(|e| proptest::test_runner::TestCaseError::fail(e.to_string()))?;
    check_linear(text.len() + normalized, || {
        tokenizer.segment(text).sentences().len()
    })
}

#[test]
fn hostile_inputs_take_linear_work() -> Result<(), proptest::test_runner::TestCaseError> {
    for text in hostile_inputs() {
        check_work(&text, false)?;
        check_work(&text, true)?;
    }
    Ok(())
}

/// On the inputs of the `hostile` benchmark (`a+`, `a_`, `1-` and a space repeated, with
/// punctuation spacing on), the bytes examined per byte of input do not grow with the
/// input: at 4 MB they are what they are at 1 MB (within 5%), where a reader that read a
/// run again from each of its positions would examine four times as many per byte. (What
/// grows a little is the search for the line feed that ends the first piece, which reads
/// all but the first [`PIECE`] bytes of a text without one: 0.94 bytes per byte at 1 MB,
/// 0.98 at 4 MB.) The figures are printed (`cargo test work_per_byte -- --nocapture`).
#[test]
fn work_per_byte_does_not_grow_with_the_input() {
    let spacing = Normalizer::builder()
        .punctuation_spacing(true)
        .build()
        .expect("a valid normalizer");
    let tokenizer = Tokenizer::builder()
        .normalizer(spacing)
        .build()
        .unwrap_or_default();
    for unit in ["a+", "a_", "1-", " "] {
        let per_byte = |kilobytes: usize| {
            let text = unit.repeat((kilobytes << 10) / unit.len());
            let (_, work) = count(|| tokenizer.segment(&text).sentences.len());
            work as f64 / text.len() as f64
        };
        let (small, large) = (per_byte(1 << 10), per_byte(4 << 10));
        eprintln!(
            "{unit:?} repeated: {small:.4} bytes examined per byte at 1 MB, {large:.4} at 4 MB"
        );
        assert!(large <= small * 1.05, "{unit:?}: {small} then {large}");
        assert!(large <= WORK_PER_BYTE as f64, "{unit:?}: {large}");
    }
}

proptest::proptest! {
    /// No reader of the tokenizer or the sentence splitter reads a run again from each of
    /// its positions: the bytes they examine are at most [`WORK_PER_BYTE`] per byte read,
    /// on inputs made of short units repeated (where such a reader is quadratic).
    #[test]
    fn segmenting_takes_linear_work(
        text in repeated_units(),
        spacing in proptest::prelude::any::<bool>(),
    ) {
        check_work(&text, spacing)?;
    }

    /// Tokenizing a piece at a time gives the tokens and sentences of the whole text,
    /// whatever the piece size, under the normalizer options that look at neighbouring
    /// characters.
    #[test]
    fn pieces_tokenize_like_the_whole(
        text in "[\\u{0600}-\\u{06FF} \\n\\r\\t\\u{00A0}\\u{200C}\\u{200F}\\u{2019}a-z0-9.!،۔]{0,120}",
        piece in 0usize..40,
        spacing in proptest::prelude::any::<bool>(),
    ) {
        let normalizer = crate::Normalizer::builder().punctuation_spacing(spacing).build().unwrap();
        let tokenizer = Tokenizer::builder().normalizer(normalizer).build().unwrap();
        let mut whole_sentences = Vec::new();
        let whole = tokenizer.segment_in_pieces(&text, usize::MAX, Some(&mut whole_sentences));
        let mut piece_sentences = Vec::new();
        let pieces = tokenizer.segment_in_pieces(&text, piece, Some(&mut piece_sentences));
        proptest::prop_assert_eq!(whole, pieces);
        proptest::prop_assert_eq!(whole_sentences, piece_sentences);
    }
}

#[test]
fn pieces_end_after_line_feeds() {
    let text = "پہلی سطر\nدوسری\n\nتیسری";
    let cut: Vec<(usize, &str)> = pieces(text, 1).collect();
    assert_eq!(cut, [(0, "پہلی سطر\n"), (16, "دوسری\n"), (27, "\nتیسری")]);
    assert_eq!(pieces(text, usize::MAX).count(), 1);
    assert_eq!(pieces("", 4).count(), 0);
}

#[test]
fn datelines_and_hyphens_where_they_must_not_fire() {
    // A short first sentence with a verb is no dateline.
    assert_eq!(
        sentence_texts("یہ درست ہے۔ حکومت نے اعلان کیا۔"),
        ["یہ درست ہے۔", "حکومت نے اعلان کیا۔"]
    );
    // A verbless news clause ends at its predicate, ergative subject or not.
    assert_eq!(
        sentence_texts(
            "پولیس نے بتایا کہ دھماکے میں دس افراد ہلاک۔ زخمیوں کو ہسپتال منتقل کر دیا گیا۔"
        ),
        [
            "پولیس نے بتایا کہ دھماکے میں دس افراد ہلاک۔",
            "زخمیوں کو ہسپتال منتقل کر دیا گیا۔"
        ]
    );
}

#[test]
fn a_line_typed_without_end_marks_ends_at_clause_ends() {
    let text = "ماہرین کا کہنا تھا کہ سموگ کا موسم گزر جانے کے بعد بھی صرف ان بھٹوں کو چلانے کی اجازت دی جائے گی جو نئی ٹیکنالوجی استعمال کریں گے حکومت دیگر آپشنز پر بھی غور کر رہی ہے ان میں کسانوں کو مشینیں دینا شامل ہے";
    let sentences = sentence_texts(text);
    assert!(sentences.len() >= 2, "{sentences:?}");
    assert!(sentences[0].ends_with("کریں گے"), "{sentences:?}");
    // Nor before the correlative of a relative clause, `وہ` or a pronoun `ان` with its case
    // marker (`جو … آتے ہیں ان کا`, "those who come …, their …"); `ان` before a noun is
    // "these", and may open the next sentence.
    let text = "ماہر امراض جوڑ ڈاکٹر احمد علی نے لاہور میں ایک سیمینار سے خطاب میں کہا کہ وہ تمام مریض جو جوڑوں کے درد کی شکایت لے کر آتے ہیں ان کا یورک ایسڈ ضرور چیک کیا جانا چاہیے";
    assert_eq!(sentence_texts(text).len(), 1);
    let text = "تحقیق کاروں کی ایک ٹیم نے برسوں کی محنت کے بعد ایسے چھوٹے اور لچکدار روبوٹس بنانے میں کامیابی حاصل کر لی ہے جو پانی کی طرح اپنی شکل بدل لیتے ہیں ان روبوٹس کو مچھلی کی شکل میں بنایا گیا ہے";
    assert_eq!(sentence_texts(text).len(), 2);
    // The modal `چاہیے` ("ought") ends its clause as an auxiliary does; `چاہیے تھا` goes on.
    let text = "ارجنٹائن کے سابق کپتان نے ہفتے کے روز بیونس آئرس میں ایک ٹی وی چینل کو دیے گئے انٹرویو میں کہا کہ مجھے نہیں لگتا کہ میسی کو بھگوان بنانا چاہیے میسی بارسلونا کے لیے دل سے کھیلتے ہیں";
    assert!(sentence_texts(text)[0].ends_with("چاہیے"));
    let text = "ارجنٹائن کے سابق کپتان نے ہفتے کے روز بیونس آئرس میں ایک ٹی وی چینل کو دیے گئے انٹرویو میں کہا کہ ٹیم کو اس میچ میں بہتر کھیل پیش کرنا چاہیے تھا مگر ایسا نہ ہو سکا";
    assert_eq!(sentence_texts(text).len(), 1);
    // An auxiliary after an auxiliary goes on with the verb phrase (`جاری رہے گا`).
    let text = "اسلام آباد میں صحافیوں سے گفتگو کرتے ہوئے وفاقی وزیر داخلہ چوہدری نثار علی خان نے کہا ہے کہ دہشت گردوں کے خلاف آپریشن آخری دہشت گرد کے خاتمے تک جاری رہے گا ملک میں امن قائم کرنا حکومت کی اولین ترجیح ہے";
    let sentences = sentence_texts(text);
    assert!(sentences[0].ends_with("جاری رہے گا"), "{sentences:?}");
    // A passive participle before its noun and a postposition qualifies the noun (`دیے گئے
    // اپنے ایک انٹرویو میں`, "in an interview he gave"): no clause ends there; before a
    // verbless clause's predicate (`گرفتار`), one does.
    let text = "کمپنی کے مطابق آئندہ برس شہر کی سڑکوں پر چلنے والی نئی ٹیکسیاں مکمل طور پر ڈرائیور کے بغیر ہوں گی اور مخصوص نقشے کے تحت چلیں گی اوبر کے ریجنل منیجر انتھونی لاروکس نے اپنے ایکسپریس ٹربیون کو دیے گئے اپنے ایک انٹرویو میں کہا کہ ان کی کمپنی تیار ہے";
    let sentences = sentence_texts(text);
    assert!(
        sentences.last().is_some_and(|s| s.starts_with("اوبر")),
        "{sentences:?}"
    );
    let text = "پولیس کا کہنا تھا کہ واقعے کے بعد گرفتار کیے جانے والے تمام افراد کے خلاف قتل بالسبب اور شواہد مٹانے کی دفعات کے تحت مقدمہ درج کیا گیا گرفتار ملزمان کو عدالت میں پیش کیا جائے گا";
    assert!(sentence_texts(text)[0].ends_with("درج کیا گیا"));
    // The perfective `ہوا` after a noun closes its clause (`اضافہ ہوا`, "an increase
    // happened"); after a participle it makes an adjective of the noun after it (`بچی ہوئی
    // برف`, "the snow left over").
    let text = "وزارت خزانہ کی رپورٹ میں بتایا گیا کہ گزشتہ مالی سال کے دوران چین کے ساتھ تجارت میں پاکستان کو چار ارب ڈالر کا اضافہ ہوا برآمدات میں بھی بہتری دیکھی گئی ہے";
    let sentences = sentence_texts(text);
    assert!(sentences[0].ends_with("اضافہ ہوا"), "{sentences:?}");
    let text = "امریکی خلائی ادارے کے سائنسدانوں نے اپنی تازہ رپورٹ میں بتایا کہ گزشتہ تیس برسوں کے دوران قطب شمالی کی مستقل برف کا بڑا حصہ پگھل چکا ہے اور اب بچی ہوئی برف بھی تیزی سے کم ہو رہی ہے";
    assert_eq!(sentence_texts(text).len(), 1);
    // A polite imperative (`لیجیے`, `بتائیے`) closes its clause; its polite future (`کیجیے
    // گا`) goes on.
    let text = "ارجنٹینا کی قومی ٹیم کے سابق کوچ نے ایک ٹی وی چینل کو دیے گئے انٹرویو میں کہا کہ اگر آپ ٹیم کو جیتتے دیکھنا چاہتے ہیں تو کپتان سے قیادت واپس لے لیجیے اگلے ماہ ہونے والی سیریز میں ٹیم نئے کپتان کے ساتھ کھیلے گی";
    let sentences = sentence_texts(text);
    assert!(sentences[0].ends_with("واپس لے لیجیے"), "{sentences:?}");
    let text = "ارجنٹینا کی قومی ٹیم کے سابق کوچ نے ایک ٹی وی چینل کو دیے گئے انٹرویو میں کہا کہ اگر آپ ٹیم کو جیتتے دیکھنا چاہتے ہیں تو کپتان پر بھروسہ کیجیے گا اور کھلاڑیوں کو بھی موقع دیجیے گا";
    assert_eq!(sentence_texts(text).len(), 1);
    // Not after an auxiliary that a connective, a relative or `کہ` follows, nor in a short run.
    assert_eq!(
        sentence_texts("وہ کہتا ہے کہ کام جاری ہے اور ہم خوش ہیں"),
        ["وہ کہتا ہے کہ کام جاری ہے اور ہم خوش ہیں"]
    );
}

#[test]
fn a_name_in_alif_glued_to_the_ergative_splits_before_a_noun_or_a_speech_verb() {
    // `Xانے` unknown to the lexicon is an oblique infinitive before a postposition, a light
    // verb or a verb of motion, and a name with its `نے` before a noun or `کہا`.
    let split = |text: &str| {
        let tokens = Tokenizer::new().tokenize(text);
        texts(&tokens)
            .iter()
            .map(|t| t.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(split("پرینکانے کہا"), ["پرینکا", "نے", "کہا"]);
    assert_eq!(
        split("صدر بارک اوبامانے عراق میں"),
        ["صدر", "بارک", "اوباما", "نے", "عراق", "میں"]
    );
    for (text, infinitive) in [
        ("راحت پہونچانے کے نام پر", "پہونچانے"),
        ("سہولت پہونچانے کےمقصد سے", "پہونچانے"),
        ("دواخانہ جانے گھبرانے لگیں گے", "گھبرانے"),
        ("وہ ہمیں ملانے آئے", "ملانے"),
    ] {
        assert!(split(text).iter().any(|t| t == infinitive), "{text}");
    }
}
