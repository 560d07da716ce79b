//! The tokenizer's terms, offsets and positions; the analyzer in an index, with queries,
//! phrases and snippets; the builder; no panic on any input.

use proptest::prelude::*;
use tantivy::collector::{Count, DocSetCollector};
use tantivy::query::QueryParser;
use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};
use tantivy::{doc, Index, Searcher};
use urdu_tantivy::{UrduTokenizer, TOKENIZER_NAME};

/// The tokens `tokenizer` gives for `text`.
fn tokens<T: Tokenizer>(tokenizer: &mut T, text: &str) -> Vec<Token> {
    let mut stream = tokenizer.token_stream(text);
    let mut out = Vec::new();
    while stream.advance() {
        out.push(stream.token().clone());
    }
    out
}

fn terms(text: &str) -> Vec<String> {
    tokens(&mut UrduTokenizer::default(), text)
        .into_iter()
        .map(|t| t.text)
        .collect()
}

#[test]
fn the_spellings_a_searcher_does_not_tell_apart_are_one_term() {
    let cases = [
        // Arabic yeh, kaf, heh and alef maksura.
        ("پاكستان", "پاکستان"),
        ("علي", "علی"),
        ("دعوى", "دعوی"),
        ("كه", "کہ"),
        // Diacritics, tanwin, superscript alef.
        ("جِیت", "جیت"),
        ("تقریباً", "تقریبا"),
        ("دعویٰ", "دعوی"),
        // Tatweel.
        ("پاکـــستان", "پاکستان"),
        // Hamza decomposed, and alef with a separate madda.
        ("جای\u{0654}یں", "جائیں"),
        ("ا\u{0653}پ", "آپ"),
        ("ہوے\u{0654}", "ہوۓ"),
        // Digits of every script.
        ("۲۰۲۲", "2022"),
        ("٢٠٢٢", "2022"),
        // Presentation forms and invisible controls.
        ("ﻻہور", "لاہور"),
        ("پاک\u{200F}ستان", "پاکستان"),
    ];
    for (typed, indexed) in cases {
        assert_eq!(terms(typed), [indexed], "{typed:?}");
    }
}

#[test]
fn words_run_together_and_words_parted_by_zwnj_are_indexed_apart() {
    assert_eq!(terms("کہاکہ"), ["کہا", "کہ"]);
    assert_eq!(terms("گیاہے"), ["گیا", "ہے"]);
    assert_eq!(terms("اسلام\u{200C}آباد"), ["اسلام", "آباد"]);
    assert_eq!(terms("امریکی\u{200C} ڈرائیور"), ["امریکی", "ڈرائیور"]);
    // Real words stay whole.
    assert_eq!(terms("تاکہ"), ["تاکہ"]);
}

#[test]
fn offsets_point_into_the_original_and_positions_count_words() {
    let text = "انہوں نے کہاکہ’پاكستان‘ ۲۰۲۲ میں جِیتے گا۔ #پاکستان @BBCUrdu";
    let got = tokens(&mut UrduTokenizer::default(), text);
    let view: Vec<(&str, &str, usize)> = got
        .iter()
        .map(|t| {
            (
                t.text.as_str(),
                &text[t.offset_from..t.offset_to],
                t.position,
            )
        })
        .collect();
    assert_eq!(
        view,
        [
            ("انہوں", "انہوں", 0),
            ("نے", "نے", 1),
            ("کہا", "کہا", 2),
            ("کہ", "کہ", 3),
            ("پاکستان", "پاكستان", 4),
            ("2022", "۲۰۲۲", 5),
            ("میں", "میں", 6),
            ("جیتے", "جِیتے", 7),
            ("گا", "گا", 8),
            ("پاکستان", "پاکستان", 9),
            ("BBCUrdu", "BBCUrdu", 10),
        ]
    );
    assert!(got.iter().all(|t| t.position_length == 1));
}

#[test]
fn a_second_text_starts_again_at_position_zero() {
    let mut tokenizer = UrduTokenizer::default();
    let first = tokens(&mut tokenizer, "ایک دو تین");
    let second = tokens(&mut tokenizer, "چار");
    assert_eq!(first.last().map(|t| t.position), Some(2));
    assert_eq!(second.len(), 1);
    assert_eq!((second[0].position, second[0].offset_from), (0, 0));
    assert!(tokens(&mut tokenizer, "").is_empty());
    assert!(tokens(&mut tokenizer, " ۔، ’‘ ").is_empty());
}

#[test]
fn stop_words_are_left_out_but_keep_their_positions() {
    let mut tokenizer = UrduTokenizer::builder().stop_words(true).build().unwrap();
    assert!(tokenizer.removes_stop_words());
    let got = tokens(&mut tokenizer, "پاکستان كے صدر نے کہاکہ");
    let view: Vec<(&str, usize)> = got.iter().map(|t| (t.text.as_str(), t.position)).collect();
    // `كے` typed with Arabic kaf is a stop word too; `کہاکہ` is split and `کہ` dropped.
    assert_eq!(view, [("پاکستان", 0), ("صدر", 2), ("کہا", 4)]);
}

#[test]
fn every_stop_word_is_still_one_as_a_term_so_the_filter_sees_it() {
    // The filter looks at terms, folded by the search normalizer (`اُس` becomes `اس`).
    let mut tokenizer = UrduTokenizer::default();
    let mut count = 0;
    for w in urdu::stop_words() {
        let got = tokens(&mut tokenizer, w);
        assert_eq!(got.len(), 1, "{w}");
        assert!(urdu::is_stop_word(&got[0].text), "{w} as {}", got[0].text);
        count += 1;
    }
    assert!(count > 100);
}

#[test]
fn builder_options_change_the_terms() {
    let keep_diacritics = urdu_tantivy::search_normalizer()
        .remove_diacritics(false)
        .build()
        .unwrap();
    let mut t = UrduTokenizer::builder()
        .normalizer(keep_diacritics)
        .build()
        .unwrap();
    assert_eq!(tokens(&mut t, "مُلک")[0].text, "مُلک");

    let mut t = UrduTokenizer::builder().split_joins(false).build().unwrap();
    assert_eq!(tokens(&mut t, "کہاکہ").len(), 1);

    let mut t = UrduTokenizer::builder()
        .keep_whole(["گیاہے"])
        .build()
        .unwrap();
    assert_eq!(tokens(&mut t, "گیاہے").len(), 1);

    let err = UrduTokenizer::builder()
        .keep_whole([""])
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), urdu::ErrorKind::InvalidWord);

    // A tokenizer from the library's, as configured.
    let mut t = UrduTokenizer::from_tokenizer(urdu::Tokenizer::new());
    assert_eq!(tokens(&mut t, "جِیت")[0].text, "جِیت");
    assert!(t.tokenizer().normalizer().is_default());
}

#[test]
fn the_analyzer_lowercases_latin_words() {
    let mut analyzer = urdu_tantivy::analyzer();
    let mut stream = analyzer.token_stream("BBC اردو");
    let mut got = Vec::new();
    while let Some(t) = stream.next() {
        got.push(t.text.clone());
    }
    assert_eq!(got, ["bbc", "اردو"]);
}

#[test]
fn tokenizer_and_analyzer_are_send_sync_clone() {
    fn check<T: Send + Sync + Clone + 'static>() {}
    check::<UrduTokenizer>();
    check::<urdu_tantivy::UrduTokenizerBuilder>();
    check::<TextAnalyzer>();
}

/// An index of `texts` in one field analyzed by "urdu".
fn index_of(texts: &[&str]) -> (Index, Field, Searcher) {
    let mut schema = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(TOKENIZER_NAME)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let body = schema.add_text_field(
        "body",
        TextOptions::default().set_indexing_options(indexing),
    );
    let index = Index::create_in_ram(schema.build());
    urdu_tantivy::register(&index);
    let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
    for text in texts {
        writer.add_document(doc!(body => *text)).unwrap();
    }
    writer.commit().unwrap();
    let searcher = index.reader().unwrap().searcher();
    (index, body, searcher)
}

#[test]
fn queries_meet_documents_whatever_letters_each_was_typed_with() {
    let (index, body, searcher) = index_of(&[
        "وزیر اعظم نے کہا کہ پاکستان کی ٹیم جیت گئی ہے۔",
        "پاكستان كى ٹيم نے ميچ جيت ليا۔",
        "اسلام آباد میں بارش ہوئی۔",
        "بھارت کی ٹیم ہار گئی۔",
    ]);
    let parser = QueryParser::for_index(&index, vec![body]);
    let count = |q: &str| {
        searcher
            .search(&parser.parse_query(q).unwrap(), &Count)
            .unwrap()
    };
    assert_eq!(count("پاکستان"), 2);
    assert_eq!(count("پاكستان"), 2);
    assert_eq!(count("جِیت"), 2);
    assert_eq!(count("ٹـیم"), 3);
    // A phrase written together, and a phrase written apart.
    assert_eq!(count("کہاکہ"), 1);
    assert_eq!(count("\"کہا کہ\""), 1);
    assert_eq!(count("\"گئی ہے\""), 1);
    // ZWNJ in place of a space.
    assert_eq!(count("اسلام\u{200C}آباد"), 1);
    // Decomposed hamza.
    assert_eq!(count("ہوی\u{0654}ی"), 1);
    // Phrases keep word order and adjacency.
    assert_eq!(count("\"ٹیم پاکستان\""), 0);
    assert_eq!(count("\"پاکستان کی ٹیم\""), 2);
}

#[test]
fn stop_words_in_a_phrase_keep_its_gaps() {
    let mut schema = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_tokenizer("urdu_stop")
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let body = schema.add_text_field(
        "body",
        TextOptions::default().set_indexing_options(indexing),
    );
    let index = Index::create_in_ram(schema.build());
    let stop = UrduTokenizer::builder().stop_words(true).build().unwrap();
    index.tokenizers().register("urdu_stop", stop);
    let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
    writer.add_document(doc!(body => "پاکستان کی ٹیم")).unwrap();
    writer.add_document(doc!(body => "پاکستان ٹیم")).unwrap();
    writer.commit().unwrap();
    let searcher = index.reader().unwrap().searcher();
    let parser = QueryParser::for_index(&index, vec![body]);
    let found = |q: &str| {
        searcher
            .search(&parser.parse_query(q).unwrap(), &DocSetCollector)
            .unwrap()
            .len()
    };
    assert_eq!(found("\"پاکستان کی ٹیم\""), 1);
    assert_eq!(found("\"پاکستان کے ٹیم\""), 1); // any one word in the gap
    assert_eq!(found("\"پاکستان ٹیم\""), 1);
}

#[test]
fn snippets_highlight_the_words_as_the_document_writes_them() {
    let text = "خبر: پاكستان کی ٹیم نے کہاکہ وہ جِیتے گی۔";
    let (index, body, searcher) = index_of(&[text]);
    let parser = QueryParser::for_index(&index, vec![body]);
    let query = parser.parse_query("پاکستان جیتے").unwrap();
    let generator = SnippetGenerator::create(&searcher, &*query, body).unwrap();
    let snippet = generator.snippet(text);
    let fragment = snippet.fragment();
    let highlighted: Vec<&str> = snippet
        .highlighted()
        .iter()
        .map(|r| &fragment[r.clone()])
        .collect();
    assert_eq!(highlighted, ["پاكستان", "جِیتے"]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// On any input: no panic, offsets on char boundaries of the original in order, positions
    /// rising, no empty term, and nothing but words becomes a term.
    #[test]
    fn any_text_gives_sound_tokens(text in prop_oneof![
        any::<String>(),
        "[\u{0600}-\u{06FF}\u{0640}\u{064B}-\u{0655}\u{200C}\u{200D}\u{200F} #@،۔’‘a-zA-Z0-9۰-۹]{0,60}",
    ]) {
        for mut tokenizer in [
            UrduTokenizer::default(),
            UrduTokenizer::builder().stop_words(true).build().unwrap(),
        ] {
            let got = tokens(&mut tokenizer, &text);
            let mut last: Option<(usize, usize)> = None;
            for t in &got {
                prop_assert!(t.offset_from <= t.offset_to && t.offset_to <= text.len());
                prop_assert!(text.is_char_boundary(t.offset_from) && text.is_char_boundary(t.offset_to));
                prop_assert!(!t.text.is_empty());
                if let Some((from, position)) = last {
                    prop_assert!(t.offset_from >= from);
                    prop_assert!(t.position > position);
                }
                last = Some((t.offset_from, t.position));
            }
        }
    }
}
