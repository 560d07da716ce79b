//! Quotations, speakers and their rules, on real Urdu sentences written for these tests.

use urdu::{Analysis, Analyzer, CueRule, QuoteKind, SpeakerKind};

fn analyze(text: &str) -> Analysis<'_> {
    Analyzer::new().analyze(text)
}

/// (kind, speaker name, text) of every quotation.
fn quotes<'a>(a: &'a Analysis<'_>) -> Vec<(QuoteKind, &'a str, &'a str)> {
    a.quotes
        .iter()
        .map(|q| {
            let speaker = q
                .speaker
                .and_then(|i| a.speakers.get(i))
                .map_or("?", |s| s.name.as_str());
            (q.kind, speaker, q.text)
        })
        .collect()
}

#[test]
fn ergative_subject_far_from_its_verb() {
    let text = "وزیر خارجہ شاہ محمود قریشی نے اسلام آباد میں ایک نیوز کانفرنس کے دوران صحافیوں کے سوالات کے جواب دیتے ہوئے کہا کہ مذاکرات جاری رہیں گے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(
            QuoteKind::Indirect,
            "شاہ محمود قریشی",
            "مذاکرات جاری رہیں گے"
        )]
    );
    assert_eq!(a.speakers[0].title.as_deref(), Some("وزیر خارجہ"));
    assert_eq!(a.speakers[0].kind, SpeakerKind::Person);
}

#[test]
fn possessive_and_source_cues() {
    let text = "ترجمان دفتر خارجہ زاہد حفیظ کا کہنا تھا کہ پاکستان امن چاہتا ہے۔ ان کے بقول: ’ہم نے ہمیشہ بات چیت کی حمایت کی ہے۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(
        q[0],
        (QuoteKind::Indirect, "زاہد حفیظ", "پاکستان امن چاہتا ہے")
    );
    assert_eq!(
        q[1],
        (
            QuoteKind::Direct,
            "زاہد حفیظ",
            "ہم نے ہمیشہ بات چیت کی حمایت کی ہے۔"
        )
    );
    assert_eq!(a.speakers.len(), 1, "the pronoun is the same speaker");
    assert_eq!(a.speakers[0].mentions[1].text, "ان کے");
}

#[test]
fn a_source_that_reports_another_speaker() {
    let text = "خبر رساں ادارے روئٹرز کے مطابق وزیراعظم نے پیر کو کہا کہ انتخابات وقت پر ہوں گے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(QuoteKind::Indirect, "وزیراعظم", "انتخابات وقت پر ہوں گے")]
    );
    let names: Vec<&str> = a.speakers.iter().map(|s| s.name.as_str()).collect();
    assert!(names.contains(&"روئٹرز"));
    let reuters = a.speakers.iter().find(|s| s.name == "روئٹرز").unwrap();
    assert_eq!(reuters.kind, SpeakerKind::Organization);
}

#[test]
fn spelling_variants_and_surnames_are_one_speaker() {
    let text = "روسی صدر ولادیمیر پوتن نے کہا کہ جنگ ختم ہو گی۔ پوتین کا کہنا تھا کہ فوج واپس آئے گی۔ ولادیمیر پوتن نے مزید کہا کہ معاہدہ ہو چکا ہے۔";
    let a = analyze(text);
    assert_eq!(a.speakers.len(), 1);
    assert_eq!(a.speakers[0].name, "ولادیمیر پوتن");
    assert_eq!(a.speakers[0].mentions.len(), 3);
}

#[test]
fn a_demonym_and_a_role_find_the_leader() {
    let text = "ایران کے صدر حسن روحانی نے کہا کہ پابندیاں غیر قانونی ہیں۔ ایرانی رہنما کا کہنا تھا کہ ملک جھکے گا نہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|(_, s, _)| *s == "حسن روحانی"), "{q:?}");
}

#[test]
fn reported_speech_inside_reported_speech_is_not_a_quotation() {
    let text = "مریم اورنگزیب کا کہنا تھا کہ عمران خان نے آئی ایم ایف کے پاس نہ جانے کا کہا تھا۔";
    let a = analyze(text);
    assert_eq!(quotes(&a).len(), 1);
    assert_eq!(a.speakers.len(), 1);
}

#[test]
fn a_paragraph_that_is_a_quotation_goes_on_with_its_speaker() {
    let text = "وزیر خزانہ اسد عمر نے کہا کہ معیشت بہتر ہو رہی ہے۔\n’ہم نے مشکل فیصلے کیے ہیں اور ان کے نتائج جلد سامنے آئیں گے۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q[1].0, QuoteKind::Direct);
    assert_eq!(q[1].1, "اسد عمر");
}

#[test]
fn titles_names_and_navigation_are_not_quotations() {
    let text = "ان کی نئی فلم ’منٹو‘ ریلیز ہو گئی۔ راکٹ ’بی ایف آر‘ تیار ہے۔\nمزید پڑھیں: ’حکومت نے ٹیکس بڑھا دیا‘";
    assert!(analyze(text).quotes.is_empty());
}

#[test]
fn unmatched_marks_never_swallow_the_document() {
    let text = "صدر نے کہا کہ ’ہم تیار ہیں۔\nدوسرے پیراگراف میں وزیر نے کہا کہ ’کام جاری ہے‘۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(
        q.iter()
            .any(|(k, _, t)| *k == QuoteKind::Direct && *t == "کام جاری ہے"),
        "{q:?}"
    );
    assert!(q.iter().all(|(_, _, t)| !t.contains('\n')));
}

#[test]
fn spans_point_into_the_original() {
    let text = "\u{200F}صدر نے کہاکہ’فوجیں واپس جائیں گی‘۔";
    let a = analyze(text);
    assert!(!a.quotes.is_empty());
    for q in &a.quotes {
        assert_eq!(&text[q.span.range()], q.text);
        if let Some(cue) = q.cue {
            assert_eq!(&text[cue.span.range()], cue.text);
        }
    }
    for m in a.speakers.iter().flat_map(|s| &s.mentions) {
        assert_eq!(&text[m.span.range()], m.text);
    }
}

#[test]
fn users_add_cues_and_titles() {
    let text =
        "کمشنر عامر علی نے واضح کیا کہ سڑکیں کھلی رہیں گی۔ ان کا ماننا ہے کہ مسئلہ حل ہو گا۔";
    let analyzer = Analyzer::builder()
        .cue("استدلال کیا", CueRule::Verb)
        .title("کمشنر")
        .build()
        .unwrap();
    let a = analyzer.analyze(text);
    assert_eq!(a.speakers[0].name, "عامر علی");
    assert_eq!(a.speakers[0].title.as_deref(), Some("کمشنر"));
    assert!(Analyzer::builder().cue(" ", CueRule::Verb).build().is_err());
}

#[test]
fn the_analyzer_is_send_sync_and_reusable() {
    fn assert_send_sync<T: Send + Sync + Clone>() {}
    assert_send_sync::<Analyzer>();
    assert_send_sync::<urdu::Gazetteer>();
    let analyzer = Analyzer::new();
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let analyzer = analyzer.clone();
            std::thread::spawn(move || {
                analyzer
                    .analyze("انہوں نے کہا کہ کام جاری ہے۔")
                    .quotes
                    .len()
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), 1);
    }
}
