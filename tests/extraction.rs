//! Quotations, speakers and their rules, on real Urdu sentences written for these tests.

use urdu::{Analysis, Analyzer, QuoteKind, SpeakerKind, SpeechRule};

fn analyze(text: &str) -> Analysis<'_> {
    Analyzer::new().analyze(text)
}

/// (kind, speaker name, text) of every quotation.
fn quotes<'a>(a: &'a Analysis<'_>) -> Vec<(QuoteKind, &'a str, &'a str)> {
    a.quotes()
        .iter()
        .map(|q| {
            let speaker = a.speaker_of(q).map_or("?", |s| s.name());
            (q.kind(), speaker, q.text())
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
    assert_eq!(a.speakers()[0].title(), Some("وزیر خارجہ"));
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Person);
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
    assert_eq!(a.speakers().len(), 1, "the pronoun is the same speaker");
    assert_eq!(a.speakers()[0].mentions()[1].text(), "ان کے");
}

#[test]
fn a_source_that_reports_another_speaker() {
    let text = "خبر رساں ادارے روئٹرز کے مطابق وزیراعظم نے پیر کو کہا کہ انتخابات وقت پر ہوں گے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(QuoteKind::Indirect, "وزیراعظم", "انتخابات وقت پر ہوں گے")]
    );
    let names: Vec<&str> = a.speakers().iter().map(|s| s.name()).collect();
    assert!(names.contains(&"روئٹرز"));
    let reuters = a.speakers().iter().find(|s| s.name() == "روئٹرز").unwrap();
    assert_eq!(reuters.kind(), SpeakerKind::Organization);
}

#[test]
fn spelling_variants_and_surnames_are_one_speaker() {
    let text = "روسی صدر ولادیمیر پوتن نے کہا کہ جنگ ختم ہو گی۔ پوتین کا کہنا تھا کہ فوج واپس آئے گی۔ ولادیمیر پوتن نے مزید کہا کہ معاہدہ ہو چکا ہے۔";
    let a = analyze(text);
    assert_eq!(a.speakers().len(), 1);
    assert_eq!(a.speakers()[0].name(), "ولادیمیر پوتن");
    assert_eq!(a.speakers()[0].mentions().len(), 3);
    // A name written with a space inside, or a hamza left out, is the same name.
    let text = "امریکی نمائندہ خصوصی ڈینیئل ایف فلڈمین نے کہا کہ مذاکرات ضروری ہیں۔ ڈینیل ایف فلڈ مین نے مزید کہا کہ تجارت بڑھے گی۔";
    let a = analyze(text);
    assert_eq!(a.speakers().len(), 1, "{:?}", quotes(&a));
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
    assert_eq!(a.speakers().len(), 1);
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
    assert!(analyze(text).quotes().is_empty());
}

#[test]
fn link_titles_under_a_related_heading_are_not_quotations() {
    // Titles may ask a question; the list ends at a line that states something.
    let text = "اسی بارے میں\nڈالر کا فائدہ کس کو ہوا؟\n’مسلم دنیا میں لڑائیاں ہم سب کو کمزور کر رہی ہیں‘\nوزیر نے کہا کہ ’معیشت بہتر ہو رہی ہے۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "معیشت بہتر ہو رہی ہے۔");
}

#[test]
fn a_quoted_statement_speaks_for_its_possessor() {
    // `X کا ایک پرانا بیان ’…‘ ٹویٹ کیا گیا`: the statement is X's, not the account's.
    let text = "پارٹی کے ٹوئٹر اکاؤنٹ سے عمران خان کا ایک پرانا بیان ’قرض لے کر ملک چلانا غلط ہے‘ ٹویٹ کیا گیا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "عمران خان");
}

#[test]
fn a_ministry_is_not_its_minister() {
    let text = "وزیر خزانہ اسد عمر نے کہا کہ پاکستان قرض لے گا۔\nوزارت خزانہ کی جانب سے جاری کردہ ایک بیان میں بتایا گیا ہے کہ حکومتیں دس بار قرض لے چکی ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "اسد عمر");
    assert_eq!(q[1].1, "وزارت خزانہ");
}

#[test]
fn subjects_set_apart_from_their_case_marker() {
    // A participle clause between the possessor and کہنا.
    let a = analyze("لاری نصر کا عدالت میں متاثرین کو مخاطب کرتے ہوئے کہنا تھا کہ ’میں شرمندہ ہوں اور معافی چاہتا ہوں‘۔");
    assert_eq!(quotes(&a)[0].1, "لاری نصر");
    // A relative clause set off by a comma.
    let a = analyze(
        "ارجن رامپال جو پہلی بار کشمیر آئے ہیں، کا کہنا تھا ’میں بہت سالوں سے یہاں آنا چاہتا تھا‘۔",
    );
    assert_eq!(quotes(&a)[0].1, "ارجن رامپال");
    // A nickname in quotation marks, which is no quotation itself.
    let a =
        analyze("ان کے ٹیچر ’’کربے‘‘نے کہا کہ ’’وہ کمزور نظر آ رہا تھا لیکن میدان میں بدل گیا۔‘‘");
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "کربے");
}

#[test]
fn acknowledging_is_saying() {
    let a = analyze("وزیر نے تسلیم کیا کہ معیشت مشکل میں ہے۔");
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "معیشت مشکل میں ہے");
}

#[test]
fn a_speech_goes_on_past_an_image_caption() {
    let text = "وزیر خزانہ اسد عمر نے بتایا کہ معیشت بہتر ہو رہی ہے۔\nImage caption پاکستان میں مہنگائی بڑھی ہے\n’ہم نے مشکل فیصلے کیے ہیں اور ان کے نتائج جلد سامنے آئیں گے۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "اسد عمر");
}

#[test]
fn a_time_adverb_stands_between_subject_and_verb() {
    let text = "وزیر خزانہ اسد عمر اس سے قبل کہہ چکے ہیں کہ ملک کو آٹھ ارب ڈالر درکار ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "اسد عمر");
}

#[test]
fn documents_without_an_author_are_no_sources() {
    // Bare stories, releases and statistics report nobody's words; a named body's do.
    for text in [
        "اندرونی کہانی کے مطابق ارکان نے اجلاس میں شرکت کی۔",
        "جاری پریس ریلیز کے مطابق اجلاس کل ہو گا۔",
        "اعدادوشمار کے مطابق برآمدات بڑھ گئیں۔",
    ] {
        assert!(analyze(text).quotes().is_empty(), "{text}");
    }
    let a = analyze("وزارت تجارت کے اعدادوشمار کے مطابق برآمدات بڑھ گئیں۔");
    assert_eq!(quotes(&a)[0].1, "وزارت تجارت");
}

#[test]
fn experts_are_not_the_person_just_quoted() {
    let text = "کرنسی ڈیلر ظفر پراچہ نے کہا کہ ڈالر کا ریٹ کم نہیں رکھا جا سکتا۔\nدوسری جانب اقتصادی ماہرین کا کہنا ہے کہ رقم کافی نہیں ہو گی۔\nماہرین کے مطابق روپے کی قدر کم ہو گی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q[0].1, "ظفر پراچہ");
    assert_eq!(q[1].1, "اقتصادی ماہرین");
    assert_eq!(q[2].1, "اقتصادی ماہرین");
}

#[test]
fn an_indefinite_description_is_someone_new() {
    let text = "صحافیوں نے کہا کہ تنخواہیں نہیں ملیں۔\nروزنامہ جنگ سے وابستہ ایک سینئر صحافی نے بتایا کہ اخبار بند ہو گیا۔\nمائیکرو سافٹ کے ایک ترجمان نے کہا کہ ایپ ہٹا دی گئی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q[0].1, "صحافیوں");
    assert_eq!(q[1].1, "روزنامہ جنگ سے وابستہ ایک سینئر صحافی");
    assert_eq!(q[2].1, "مائیکرو سافٹ کے ایک ترجمان");
}

#[test]
fn a_body_before_a_qualified_title_is_part_of_the_description() {
    // An adjective of rank between the genitive and the title keeps the body in the
    // description (and the role at a body is not the last person quoted); a noun does not
    // (`ان خیالات کا اظہار`: the phrase is the president's alone).
    let text = "تجزیہ کار احمد علی نے کہا کہ فون مہنگا ہے۔\nکمپنی کے سینئر نائب صدر نے کہا کہ فون اچھا ہے۔\nان خیالات کا اظہار صدر ممنون حسین نے تقریب سے خطاب کرتے ہوئے کیا۔ انہوں نے کہا کہ معیشت بہتر ہو رہی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q[0].1, "احمد علی");
    assert_eq!(q[1].1, "کمپنی کے سینئر نائب صدر");
    assert_eq!(q[2].1, "ممنون حسین");
}

#[test]
fn bodies_named_after_a_place_or_a_portfolio() {
    // A paper named after its city, a department before its portfolio, a court after its
    // city: names, not a title and a name. The company is not the paper that reports on it.
    let text = "فیس بک نے کہا کہ ڈیٹا محفوظ ہے۔\nامریکی اخبار نیویارک ٹائمز نے خبر دی کہ کمپنی نے ناقدین پر وار کیے۔ کمپنی کا اصرار ہے کہ اس کے صارفین زیادہ ہیں۔\nمحکمہ انصاف کے مطابق ملزم نے جرم قبول کر لیا۔\nلاہور ہائیکورٹ نے کہا کہ درخواست قابل سماعت ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q[1].1, "نیویارک ٹائمز");
    assert_eq!(q[2].1, "فیس بک");
    assert_eq!(q[3].1, "محکمہ انصاف");
    assert_eq!(q[4].1, "لاہور ہائیکورٹ");
    let court = a.speakers().iter().find(|s| s.name() == "لاہور ہائیکورٹ");
    assert_eq!(court.map(|s| s.kind()), Some(SpeakerKind::Organization));
    // A well-known court's name keeps the city before it.
    let a = analyze("اسلام آباد ہائی کورٹ نے کہا کہ کنٹینر ہٹائے جائیں۔");
    assert_eq!(quotes(&a)[0].1, "اسلام آباد ہائی کورٹ");
    // A place that opens a name with no title in it names a body (an airline, a team, a
    // company), set off by commas in apposition or not; its generic name points back to it.
    // The people of a place are not a body.
    let text = "جاپان کی آخری پیجر کمپنی، اوساکا ٹیلی سروس، نے اعلان کیا ہے کہ سروس بند ہو گی۔ کمپنی کا کہنا ہے کہ صارفین کم ہیں۔\n\nقطر ایئرویز نے کہا کہ پروازیں بحال ہوں گی۔\n\nلندن سائنسدانوں کا خیال ہے کہ دوا مفید ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    let speakers: Vec<&str> = q.iter().map(|q| q.1).collect();
    assert_eq!(
        speakers,
        [
            "اوساکا ٹیلی سروس",
            "اوساکا ٹیلی سروس",
            "قطر ایئرویز",
            "سائنسدانوں"
        ],
        "{q:?}"
    );
    let kinds: Vec<SpeakerKind> = a.speakers().iter().map(|s| s.kind()).collect();
    assert_eq!(
        kinds[..2],
        [SpeakerKind::Organization, SpeakerKind::Organization]
    );
}

#[test]
fn a_view_speaks_for_its_holder() {
    // `X کی رائے کے مطابق`, "in X's view": X speaks; a view no one holds is no source.
    let a = analyze("ماہرین کی رائے کے مطابق معیشت بہتر ہو گی۔\nوزیر خزانہ اسد عمر کے خیال کے مطابق مہنگائی کم ہو گی۔");
    let q = quotes(&a);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].1, "ماہرین");
    assert_eq!(q[1].1, "اسد عمر");
    assert!(analyze("عام خیال کے مطابق معیشت بہتر ہو گی۔")
        .quotes()
        .is_empty());
}

#[test]
fn a_subject_in_the_speakers_own_words_is_not_the_topic() {
    // A sentence in the first person, outside any quotation, is the speaker's own words run
    // on: the director named in it is not whom `انہوں` points to. A first person inside a
    // report (`نے کہا کہ میرا ماننا ہے`) leaves its frame's subject the topic.
    let text = "اداکارہ سری دیوی نے کہا کہ یہ ان کا بہترین کردار ہے۔ مجھ سے گوری شندے نے بہت اہم کردار کروایا۔ انہوں نے کہا کہ تعریف سب کو اچھی لگتی ہے۔\nوزیر تجارت احمد علی نے کہا کہ میرا ماننا ہے کہ تجارت بڑھے گی۔ انہوں نے کہا کہ سرحد کھلنی چاہیے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q[1].1, "سری دیوی");
    assert_eq!(q.last().map(|q| q.1), Some("احمد علی"));
}

#[test]
fn a_verb_ends_a_titled_name() {
    // `جنرل انتخابات ہونا ہیں` ("general elections are to be held") names no General: an
    // infinitive is a verb, never a name's word; so the attorney general is not that General.
    let text = "پرانے فیصلے کے بعد بلدیاتی اور جنرل انتخابات ہونا ہیں۔ اٹارنی جنرل نے کہا کہ ہمیں عدالت پر اعتماد ہے۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[0].1, "اٹارنی جنرل");
    assert!(a.speakers().iter().all(|s| !s.name().contains("انتخابات")));
    // Nor does a postposition (`سے متعلق`, "about") belong to the name after it.
    let text = "اپنے کیریئر سے متعلق لائنل میسی نے کہا کہ یہ ان کا خواب تھا۔";
    assert_eq!(quotes(&analyze(text))[0].1, "لائنل میسی");
}

#[test]
fn a_headline_repeated_in_the_body_shares_its_speaker() {
    // The headline's quotation has no frame of its own; the body repeats it with one.
    let text = "’میں کپتانی نہیں چھوڑوں گا، ٹیم کے ساتھ ہوں‘ قومی ٹیم کے کپتان کا اعلان\nلاہور: قومی ٹیم کے کپتان سرفراز احمد نے کہا ’میں کپتانی نہیں چھوڑوں گا، ٹیم کے ساتھ ہوں‘۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|q| q.1 == "سرفراز احمد"), "{q:?}");
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
    assert!(!a.quotes().is_empty());
    for q in a.quotes() {
        assert_eq!(&text[q.span()], q.text());
        if let Some(cue) = q.cue() {
            assert_eq!(&text[cue.span()], cue.text());
        }
    }
    for m in a.speakers().iter().flat_map(|s| s.mentions()) {
        assert_eq!(&text[m.span()], m.text());
    }
}

#[test]
fn users_add_cues_and_titles() {
    let text =
        "کمشنر عامر علی نے واضح کیا کہ سڑکیں کھلی رہیں گی۔ ان کا ماننا ہے کہ مسئلہ حل ہو گا۔";
    let analyzer = Analyzer::builder()
        .speech_cue("استدلال کیا", SpeechRule::Verb)
        .title("کمشنر")
        .build()
        .unwrap();
    let a = analyzer.analyze(text);
    assert_eq!(a.speakers()[0].name(), "عامر علی");
    assert_eq!(a.speakers()[0].title(), Some("کمشنر"));
    for bad in [" ", "کہا\tکہ", "123"] {
        assert!(Analyzer::builder()
            .speech_cue(bad, SpeechRule::Verb)
            .build()
            .is_err());
    }
    assert!(Analyzer::builder().title("ڈپٹی کمشنر").build().is_err());
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
                    .quotes()
                    .len()
            })
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), 1);
    }
}

#[test]
fn present_forms_of_every_verb_cue() {
    let a = analyze("ماہرین بتاتے ہیں کہ نیند ضروری ہے۔");
    assert_eq!(
        quotes(&a),
        [(QuoteKind::Indirect, "ماہرین", "نیند ضروری ہے")]
    );
    // A user's verb comes with its present forms.
    let analyzer = Analyzer::builder()
        .speech_cue("شکوہ کیا", SpeechRule::Verb)
        .build()
        .unwrap();
    for text in [
        "تاجروں نے شکوہ کیا کہ بجلی مہنگی ہے۔",
        "تاجر شکوہ کرتے ہیں کہ بجلی مہنگی ہے۔",
        "تاجر شکوہ کر رہے ہیں کہ بجلی مہنگی ہے۔",
    ] {
        let a = analyzer.analyze(text);
        assert_eq!(a.quotes().len(), 1, "{text}");
        assert_eq!(a.quotes()[0].text(), "بجلی مہنگی ہے");
    }
}

#[test]
fn shipped_cues_can_be_removed_one_by_one() {
    let text = "صحافی نے پوچھا کہ اجلاس کب ہو گا۔ وزیر نے کہا کہ کل ہو گا۔";
    assert_eq!(analyze(text).quotes().len(), 2);
    let analyzer = Analyzer::builder()
        .without_speech_cue("پوچھا")
        .build()
        .unwrap();
    let a = analyzer.analyze(text);
    assert_eq!(a.quotes().len(), 1);
    assert_eq!(a.quotes()[0].text(), "کل ہو گا");
}

#[test]
fn users_name_what_is_never_a_speaker() {
    let text = "تفصیلات کے مطابق اجلاس کل ہو گا۔";
    let analyzer = Analyzer::builder().not_speaker("تفصیلات").build().unwrap();
    assert!(analyzer.analyze(text).quotes().is_empty());
}

#[test]
fn a_custom_normalizer_still_finds_cues_and_places() {
    let normalizer = urdu::Normalizer::builder()
        .urdu_letters(false)
        .build()
        .unwrap();
    let tokenizer = urdu::Tokenizer::builder()
        .normalizer(normalizer)
        .build()
        .unwrap();
    let analyzer = Analyzer::builder().tokenizer(tokenizer).build().unwrap();
    let text = "پاكستان كے صدر نے كہا كہ مذاكرات جاری رہیں گے۔";
    let a = analyzer.analyze(text);
    assert_eq!(a.locations()[0].name(), "پاکستان");
    assert_eq!(a.quotes().len(), 1);
    assert_eq!(a.quotes()[0].text(), "مذاكرات جاری رہیں گے");
    // The tokens keep the letters the user asked for.
    assert_eq!(a.tokens().get(0).unwrap().normalized(), "پاكستان");
}

#[test]
fn quotations_nest_and_name_their_parent() {
    let text = "وزیر اعظم نے کہا کہ اپوزیشن ’جھوٹا پروپیگنڈا‘ کر رہی ہے۔";
    let a = analyze(text);
    let q = a.quotes();
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].kind(), QuoteKind::Indirect);
    assert_eq!(q[1].kind(), QuoteKind::Partial);
    assert_eq!(q[1].parent(), Some(0));
    assert!(q[0].span().contains(q[1].span()));
}

#[test]
fn analyze_all_is_analyze_on_each() {
    let texts = ["انہوں نے کہا کہ کام جاری ہے۔", "لاہور میں بارش ہوئی۔", ""];
    let analyzer = Analyzer::new();
    let all = analyzer.analyze_all(&texts);
    let two = analyzer.analyze_all_with_threads(&texts, 2);
    for ((a, b), t) in all.iter().zip(&two).zip(texts) {
        assert_eq!(*a, analyzer.analyze(t));
        assert_eq!(a, b);
    }
}

#[test]
fn two_reports_in_one_sentence_are_two_quotations() {
    let text =
        "وزیر خزانہ نے کہا کہ بجٹ متوازن ہے تاہم اپوزیشن لیڈر کا کہنا تھا کہ بجٹ عوام دشمن ہے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [
            (QuoteKind::Indirect, "وزیر خزانہ", "بجٹ متوازن ہے"),
            (QuoteKind::Indirect, "اپوزیشن لیڈر", "بجٹ عوام دشمن ہے"),
        ]
    );
    // Unpunctuated court reporting: each frame starts a report of its own.
    let text =
        "وکیل نے کہا کہ تقاریر سخت ہیں جس پر جسٹس ثاقب نثار نے کہا کہ ہم کسی کو نہیں روک سکتے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].2, "تقاریر سخت ہیں");
    assert_eq!(q[1].1, "ثاقب نثار");
}

#[test]
fn speech_reported_inside_speech_is_nested() {
    let text = "مریم اورنگزیب کا کہنا تھا کہ فواد چوہدری کہتے ہیں کہ اجلاس جلد بلایا جائے گا۔";
    let a = analyze(text);
    let q = a.quotes();
    assert_eq!(q.len(), 2, "{:?}", quotes(&a));
    assert_eq!(a.speaker_of(&q[0]).map(|s| s.name()), Some("مریم اورنگزیب"));
    assert_eq!(a.speaker_of(&q[1]).map(|s| s.name()), Some("فواد چوہدری"));
    assert_eq!(q[1].parent(), Some(0));
    // The speaker's own first-person frame is not a second quotation.
    let text = "صدر نے کہا کہ ہم نے پہلے بھی کہا تھا کہ مذاکرات ہوں گے۔";
    assert_eq!(analyze(text).quotes().len(), 1);
}

#[test]
fn a_speech_verb_takes_its_clause_without_ke() {
    let text =
        "مشیر خارجہ سرتاج عزیز نے کہا پاکستان مسئلہ کشمیر کو حل کیے بغیر چین سے نہیں بیٹھے گا۔";
    assert_eq!(
        quotes(&analyze(text)),
        [(
            QuoteKind::Indirect,
            "سرتاج عزیز",
            "پاکستان مسئلہ کشمیر کو حل کیے بغیر چین سے نہیں بیٹھے گا"
        )]
    );
    // Not after a connective or a passive `جانا`.
    assert!(analyze("انہوں نے یہ بات کہی اور چلے گئے۔")
        .quotes()
        .is_empty());
    assert!(analyze("یہ کہا جاتا ہے دنیا گول ہے۔").quotes().is_empty());
    // A clause may open with a demonstrative, a pronoun or an adverb of time, which no
    // speaker's phrase holds; an agency that reports it is credited.
    let text = "این این آئی کے مطابق سرتاج عزیز نے قرارداد پیش کرتے ہوئے کہا یہ ایوان بھارت کی مذمت کرتا ہے۔";
    assert_eq!(
        quotes(&analyze(text)),
        [(
            QuoteKind::Indirect,
            "سرتاج عزیز",
            "یہ ایوان بھارت کی مذمت کرتا ہے"
        )]
    );
    // A relative after the verb qualifies its object.
    assert!(
        analyze("کمپنی ہر سال اپنے پروسیسر کا اعلان کرتی ہے جو اگلے برس فونز میں آتے ہیں۔")
            .quotes()
            .iter()
            .all(|q| !q.text().starts_with("جو"))
    );
}

#[test]
fn quotations_with_no_named_speaker_are_reported() {
    let text = "’تجارتی جنگ تو اچھی ہوتی ہے اور آسانی سے جیتی جاتی ہے‘\nیہ رپورٹ کل شائع ہوئی۔ کوئی کہتا ہے کہ ہم پر اعتماد ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(
        q.contains(&(QuoteKind::Indirect, "?", "ہم پر اعتماد ہے")),
        "{q:?}"
    );
    assert!(q
        .iter()
        .any(|(k, s, t)| *k == QuoteKind::Direct && *s == "?" && t.starts_with("تجارتی")));
    assert!(a.speakers().iter().all(|s| s.name() != "کوئی"));
}

#[test]
fn writing_and_posting_cues() {
    for text in [
        "اداکار شاہ رخ خان نے ٹویٹ کیا کہ فلم کامیاب رہی۔",
        "اداکار شاہ رخ خان نے انسٹاگرام پر لکھا کہ فلم کامیاب رہی۔",
        "ماہرین بتاتے ہیں کہ فلم کامیاب رہی۔",
        "وزیر نے بیان میں دعویٰ کیا کہ فلم کامیاب رہی۔",
    ] {
        let a = analyze(text);
        let q = quotes(&a);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].2, "فلم کامیاب رہی");
    }
}

#[test]
fn pronouns_and_titles_point_to_people_the_text_introduced() {
    // The subject of a clause with no cue is who the pronoun means.
    let text = "وزیر اعظم عمران خان نے پریس کانفرنس کی۔ انہوں نے کہا کہ معیشت بہتر ہو رہی ہے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(QuoteKind::Indirect, "عمران خان", "معیشت بہتر ہو رہی ہے")]
    );
    // A title names the person the text gave it to.
    let text = "وزیر اعلیٰ سندھ مراد علی شاہ کو بریفنگ دی گئی۔ اس موقع پر وزیر اعلیٰ سندھ نے کہا کہ مہم جاری رہے گی۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[0].1, "مراد علی شاہ");
    // A pronoun nothing resolves is no speaker, never one named `انہوں`.
    let a = analyze("انہوں نے کہا کہ مہم جاری رہے گی۔");
    assert_eq!(quotes(&a), [(QuoteKind::Indirect, "?", "مہم جاری رہے گی")]);
    assert!(a.speakers().is_empty());
}

#[test]
fn a_statement_that_goes_on_keeps_its_issuer() {
    let text = "مسلم لیگ (ن) کی جانب سے جاری بیان میں کہا گیا کہ گرفتاری غیر قانونی ہے۔\nبیان میں مزید کہا گیا کہ جماعت احتجاج کرے گی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|(_, s, _)| *s == "مسلم لیگ (ن)"), "{q:?}");
}

#[test]
fn speaker_phrases_hold_no_connective_or_word_before_a_pronoun() {
    let text = "اس کی وجہ ان کے مطابق بارش ہے۔ اجلاس ہوا تو انہوں نے کہا کہ سب ٹھیک ہے۔";
    let a = analyze(text);
    for s in a.speakers() {
        assert!(
            !s.name().contains("وجہ") && !s.name().starts_with("تو"),
            "{}",
            s.name()
        );
    }
}

#[test]
fn diagnostics_say_why_a_cue_gave_nothing() {
    use urdu::Reason;
    let text = "صحافی نے کہا کہ اجلاس ہو گا۔ وزیر بھی کہا کہ وہ خوش ہیں۔ قانون کے مطابق ایسا نہیں ہو سکتا۔ \
                انہوں نے کہا کہ ’ہم نے پہلے کہا تھا کہ کام ہو گا‘۔ کوئی کہتا ہے کہ سب ٹھیک ہے۔";
    let (analysis, diagnostics) = Analyzer::new().diagnose(text);
    assert_eq!(analysis, Analyzer::new().analyze(text));
    let reasons: Vec<(&str, Option<Reason>, usize)> = diagnostics
        .iter()
        .map(|d| (d.cue().text(), d.reason(), d.quotes().len()))
        .collect();
    assert!(reasons.contains(&("کہا کہ", None, 1)), "{reasons:?}");
    assert!(reasons
        .iter()
        .any(|(_, r, n)| *r == Some(Reason::NoErgativeSubject) && *n == 0));
    assert!(reasons
        .iter()
        .any(|(_, r, _)| *r == Some(Reason::NotASpeechSource)));
    assert!(reasons
        .iter()
        .any(|(_, r, _)| *r == Some(Reason::InsideQuotation)));
    assert!(reasons
        .iter()
        .any(|(_, r, n)| *r == Some(Reason::IndefiniteSpeaker) && *n == 1));
    for d in &diagnostics {
        assert_eq!(&text[d.cue().span()], d.cue().text());
        assert!(!d.to_string().is_empty());
    }
}

#[test]
fn bodies_groups_and_titles_with_a_field() {
    // A company later called `کمپنی` is the company.
    let text = "مائیکروسافٹ نے کہا کہ ایپ بحال ہو گی۔ کمپنی کا کہنا تھا کہ کام جاری ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(q.iter().all(|(_, s, _)| *s == "مائیکروسافٹ"), "{q:?}");
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Organization);
    // A title with its field (`ماہر نفسیات`, `وزیرِ معیشت`) is one title.
    let a = analyze("ماہر نفسیات رچرڈ وائزمین کہتے ہیں کہ قسمت بنائی جاتی ہے۔");
    assert_eq!(a.speakers()[0].name(), "رچرڈ وائزمین");
    assert_eq!(a.speakers()[0].title(), Some("ماہر نفسیات"));
    let a = analyze("فرانس کے وزیرِ معیشت نے کہا کہ ٹیکس کم ہوں گے۔");
    assert_ne!(a.speakers()[0].name(), "معیشت");
    // Sources and groups are no named person.
    let a = analyze("ذرائع نے بتایا کہ اجلاس ملتوی ہو گیا۔");
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Unknown);
    // `کے مطابق` in its other sense, "in accordance with", reports no one.
    for text in [
        "تفصیلات کے مطابق اجلاس کل ہو گا۔",
        "شادی مسیحی رسم و رواج کے مطابق ہوئی۔",
        "اس وعدے کے مطابق فوجی دستے واپس آئیں گے۔",
        "مندرجہ بالا طریقوں کے مطابق پکایا گیا گوشت مفید ہے۔",
        // Documents, lists and claims that name no issuer.
        "عدالتی دستاویزات کے مطابق ادارے نے یہ مطالبہ کیا تھا۔",
        "وہ اپنی حکمت عملی اور دعوے کے مطابق لوگوں کو نکالنے میں ناکام رہے۔",
    ] {
        assert!(analyze(text).quotes().is_empty(), "{text}");
    }
    // A list's issuer is its source (`X کی فراہم کردہ لسٹ کے مطابق`), not the list.
    let a = analyze("انہیں ملا فضل اللہ کی فراہم کردہ لسٹ کے مطابق مزید افراد کو نشانہ بنانا تھا۔");
    assert_eq!(quotes(&a)[0].1, "ملا فضل اللہ");
}

#[test]
fn single_marks_of_one_shape_are_commas() {
    // A text whose single curly marks are all drawn one way uses them as commas.
    let text = "انہوں نے کہا کہ قرضوں کی فراہمی مدد گار ہو گی ’ صدر نے بینک کی طرف سے تعلیم’ صحت ’ پانی کے وسائل کی تعریف کی۔";
    let a = analyze(text);
    assert!(
        a.quotes().iter().all(|q| q.kind() == QuoteKind::Indirect),
        "{:?}",
        quotes(&a)
    );
    // Drawn both ways, they quote.
    let a = analyze("انہوں نے کہا کہ ’ہم یہ میچ جیتیں گے‘۔");
    assert_eq!(a.quotes()[0].kind(), QuoteKind::Direct, "{:?}", quotes(&a));
}

#[test]
fn names_in_quote_marks_are_no_quotations() {
    for text in [
        "انہوں نے کہا کہ ان کی کمپنی ’جیو فلمز‘ نامی ادارہ چلاتی ہے۔",
        "وزیر نے کہا کہ ’ڈان‘ اخبار نے غلط خبر دی۔",
        // Quoted names listed share the case marker after the last.
        "وزیر اعظم نے کہا کہ کمی کا اطلاق\"کے الیکٹرک\"اور\"لائف صارفین\" کے سوا ملک بھر میں ہو گا۔",
        // An occasion is observed, not said.
        "وزیر اعظم نے کہا کہ مذاکرات جاری رہیں گے۔ پاکستان سمیت دنیا بھر میں آج \" خواتین پر تشدد کے خاتمے کا عالمی دن \" منایا جا رہا ہے۔",
    ] {
        let a = analyze(text);
        assert!(
            a.quotes().iter().all(|q| q.kind() == QuoteKind::Indirect),
            "{text}: {:?}",
            quotes(&a)
        );
    }
}

#[test]
fn a_sentence_that_points_back_names_the_speaker() {
    let text = "’’مجھے لگتا ہے کہ میں اپنے کام کا چوتھا حصہ کر رہا ہوں‘‘۔ یہ بات اداکار وِل اسمتھ نے ایک انٹرویو میں کہی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "وِل اسمتھ");
}

#[test]
fn a_quotation_after_ke_is_the_clause_subjects_whatever_the_verb() {
    let text = "لیکن آئن سٹائن نے یہ جواب دے کر انکار کر دیا کہ ’میں لوگوں کو برتنے کا تجربہ نہیں رکھتا ہوں۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, QuoteKind::Direct);
    assert_eq!(q[0].1, "آئن سٹائن");
}

#[test]
fn subjects_the_writer_left_unmarked_or_unsaid() {
    // `انھوں` without its `نے` still marks the subject.
    let text = "ایما ہورگن نے کہا کہ کام اچھا ہے۔ انھوں بتایا کہ ’میں بچپن میں والدہ کے ساتھ بیٹھا کرتی تھی۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|(_, s, _)| *s == "ایما ہورگن"), "{q:?}");
    // A present verb with no subject before it speaks for the person the text is about.
    let text = "اس خط میں آئن سٹائن نے مذہب پر بات کی ہے۔ وہ ایک دوست کے نام اس خط میں لکھتے ہیں: ’لفظ خدا میرے لیے انسانی کمزوری کا اظہار ہے۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(
        q.iter()
            .any(|(k, s, _)| *k == QuoteKind::Direct && *s == "آئن سٹائن"),
        "{q:?}"
    );
}

#[test]
fn a_speaker_heading_names_the_quoted_paragraphs_under_it() {
    let text = "اس سوال پر ہم نے دو ماہرین سے بات کی۔\n\nمجید شیخ، اقتصادی امور کے ماہر\n\n’قرضہ مہنگا ہے۔ اس کی شرح سود زیادہ ہے۔‘\n\n’ہمیں برآمدات بڑھانی ہوں گی۔\n\nسعید احمد، سابق صدر نیشنل بینک\n\n’مسئلہ قرضوں کا نہیں، انہیں ادا کرنے کا ہے۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    let speakers: Vec<&str> = q.iter().map(|(_, s, _)| *s).collect();
    assert_eq!(speakers, ["مجید شیخ", "مجید شیخ", "سعید احمد"], "{q:?}");
    assert!(q.iter().all(|(k, _, _)| *k == QuoteKind::Direct));
    // A heading above narrative (no quotation under it) names no one.
    let plain = analyze("مجید شیخ، اقتصادی امور کے ماہر\n\nانہوں نے کتاب لکھی۔");
    assert!(plain.quotes().is_empty());
}

#[test]
fn a_speech_quoted_over_several_paragraphs_keeps_its_speaker() {
    let text = "وزیر خزانہ اسد عمر نے کہا:\n’معیشت بہتر ہو رہی ہے۔‘\n’برآمدات بڑھ رہی ہیں۔‘\n’مہنگائی کم ہو گی۔‘\nاس کے بعد اپوزیشن لیڈر شہباز شریف نے اجلاس کا بائیکاٹ کیا۔\n’نئی پالیسی جلد آئے گی اور سب کو فائدہ ہو گا۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    let speakers: Vec<&str> = q.iter().map(|(_, s, _)| *s).collect();
    // A paragraph of narrative that makes someone else its subject ends the speech: the last
    // quotation has no speaker.
    assert_eq!(speakers, ["اسد عمر", "اسد عمر", "اسد عمر", "?"], "{q:?}");
}

#[test]
fn a_bodys_generic_name_is_the_body_named_before() {
    let text = "فیس بک پر صارفین کا ڈیٹا چوری ہونے کی خبریں آئیں۔ کمپنی نے کہا کہ صارفین کی معلومات محفوظ ہیں۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(QuoteKind::Indirect, "فیس بک", "صارفین کی معلومات محفوظ ہیں")]
    );
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Organization);
}

#[test]
fn a_name_written_as_one_word_is_the_full_name() {
    let text = "وزیراعظم میاں محمد نواز شریف نے کہا کہ ملک ترقی کرے گا۔ بعد میں نوازشریف نے کہا کہ مسائل حل ہوں گے۔";
    let a = analyze(text);
    assert_eq!(a.speakers().len(), 1, "{:?}", quotes(&a));
    assert_eq!(a.speakers()[0].name(), "محمد نواز شریف");
}

#[test]
fn an_allegation_is_not_speech() {
    let text =
        "اپوزیشن نے الزام عائد کیا کہ انتخابات میں دھاندلی ہوئی۔ ان کا الزام ہے کہ نتائج بدلے گئے۔";
    assert!(analyze(text).quotes().is_empty());
}

#[test]
fn words_between_a_subject_and_its_present_verb() {
    let text = "سینئر صحافی راجیش جوشی یہ بھی کہتے ہیں کہ تعلقات بہتر ہوں گے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(QuoteKind::Indirect, "راجیش جوشی", "تعلقات بہتر ہوں گے")]
    );
}

#[test]
fn a_role_after_a_named_speaker_describes_that_speaker() {
    let text = "ٹوئٹر پر اپنے بیان میں سمون بائلز نے کہا کہ وہ خاموش نہیں رہیں گی۔\n20 سالہ موجودہ اولمپک چیمپیئن نے کہا کہ انہیں انصاف چاہیے۔\nامریکی جمناسٹک اسٹار نے کہا کہ وہ مقابلے جاری رکھیں گی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert!(q.iter().all(|(_, s, _)| *s == "سمون بائلز"), "{q:?}");
}

#[test]
fn a_reports_passive_words_are_the_body_last_quoted() {
    let text = "عالمی توانائی ایجنسی نے اپنی رپورٹ میں خبردار کیا کہ تیل کی طلب بڑھے گی۔ رپورٹ میں بتایا گیا کہ امریکا کی پیداوار ریکارڈ سطح پر ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, q[0].1, "{q:?}");
    // With no body quoted before, the report's words have no speaker.
    let alone = analyze("رپورٹ میں بتایا گیا کہ امریکا کی پیداوار ریکارڈ سطح پر ہے۔");
    assert!(alone.quotes().iter().all(|q| q.speaker().is_none()));
}

#[test]
fn a_bodys_name_in_a_persons_title_names_a_person() {
    let text =
        "ایپل کے چیف ایگزیکٹو ٹم کک نے کہا کہ نیا فون جلد آئے گا۔ کمپنی نے کہا کہ قیمت کم ہو گی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q[0].1, "ٹم کک", "{q:?}");
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Person);
    assert_eq!(
        q[1].1, "ایپل",
        "the company is the body, not its chief: {q:?}"
    );
}

#[test]
fn a_frame_after_the_quotation_names_its_speaker() {
    let text = "وزیر خزانہ اسد عمر نے کہا کہ معیشت بہتر ہو رہی ہے۔\n’ہم استعفیٰ نہیں دیں گے اور آخری دم تک لڑیں گے۔‘ وزیر اعظم عمران خان نے صحافیوں سے گفتگو میں کہا۔\n’یہ فیصلہ عوام کے مفاد میں ہے اور اس سے مہنگائی کم ہو گی‘، وزیر اطلاعات فواد چوہدری کا کہنا تھا۔\nوزیراعظم نے مزید کہا ’ہم کسی کو این آر او نہیں دیں گے‘۔";
    let a = analyze(text);
    let speakers: Vec<&str> = quotes(&a).iter().map(|(_, s, _)| *s).collect();
    // `وزیراعظم` written as one word is the title `وزیر اعظم` given before.
    assert_eq!(
        speakers,
        ["اسد عمر", "عمران خان", "فواد چوہدری", "عمران خان"],
        "{:?}",
        quotes(&a)
    );
}

#[test]
fn a_demonym_after_a_name_is_a_surname() {
    let a = analyze("معاشی ماہر ڈاکٹر قیصر بنگالی نے کہا کہ حکومت ناکام ہے۔");
    assert_eq!(a.speakers()[0].name(), "قیصر بنگالی");
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Person);
}

#[test]
fn a_question_put_to_someone_is_no_quotation() {
    let a = analyze("جب ان سے پوچھا گیا کہ کیا وہ استعفیٰ دیں گے تو انہوں نے انکار کر دیا۔");
    assert!(a.quotes().is_empty(), "{:?}", quotes(&a));
    // Asking is still speech of the one who asks.
    let b = analyze("صحافی حامد میر نے پوچھا کہ انتخابات کب ہوں گے۔");
    assert_eq!(quotes(&b)[0].1, "حامد میر");
}

#[test]
fn bakaul_before_its_source() {
    let a = analyze(
        "بقول وزیراعظم عمران خان، ’ہم کرپٹ لوگوں کو نہیں چھوڑیں گے اور سب کا احتساب ہو گا۔‘",
    );
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "عمران خان");
    assert_eq!(q[0].0, QuoteKind::Direct);
}

#[test]
fn portfolio_words_end_a_title() {
    let a = analyze("وزیراعظم کے مشیر خارجہ امور سرتاج عزیز نے کہا کہ مذاکرات ہوں گے۔");
    assert_eq!(a.speakers()[0].name(), "سرتاج عزیز");
    let b = analyze("وفاقی وزیر مملکت برائے ریونیو حماد اظہر نے کہا کہ ٹیکس کم ہو گا۔");
    assert_eq!(b.speakers()[0].name(), "حماد اظہر");
}

#[test]
fn a_quantified_group_speaks_in_passing() {
    let text = "مشیر خارجہ سرتاج عزیز نے کہا کہ بھارت نے ملاقات منسوخ کی تو نیویارک میں تمام وزرائے خارجہ نے کہا کہ یہ غلط ہوا ہے۔ انہوں نے کہا کہ ہماری افواج تیار ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(
        q.iter()
            .any(|(_, s, t)| *s == "تمام وزرائے خارجہ" && *t == "یہ غلط ہوا ہے"),
        "{q:?}"
    );
    assert_eq!(q.last().map(|(_, s, _)| *s), Some("سرتاج عزیز"), "{q:?}");
}

#[test]
fn a_list_of_link_titles_without_its_heading_is_page_furniture() {
    let text = "بل گیٹس نے کہا کہ 'کرپٹو کرنسی خطرناک ہے۔'\n\nکرپٹو کرنسیاں: ’کالے دھن کو سفید کیا جا رہا ہے‘\n\nبٹ کوائن کی قیمت میں زبردست اضافہ\n\nشکاگو میں بٹ کوائن کی تجارت کا آغاز\n\n'حکومتوں کی نگرانی کی صلاحیت معاشرے کے لیے اچھی بات ہے۔'";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "the link title quotes no one: {q:?}");
    assert!(q.iter().all(|(_, s, _)| *s == "بل گیٹس"), "{q:?}");
    // One subheading alone is the article's own.
    let sub = analyze("پس منظر\n\n’ہم تیار ہیں اور مقابلہ کریں گے۔‘");
    assert_eq!(sub.quotes().len(), 1);
}

#[test]
fn a_mark_glued_after_ke_opens_the_quotation() {
    let text = "نریندر مودی نے کہا تھا کہ'روپیہ آج ہسپتال میں کھڑا ہے۔۔۔ کبھی کبھی تو لگتا ہے کہ مقابلہ چل رہا ہے۔۔۔'\n\nاگلا پیراگراف۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, QuoteKind::Direct);
    assert!(q[0].2.ends_with("مقابلہ چل رہا ہے۔۔۔"), "{q:?}");
}

#[test]
fn a_titled_name_in_the_direct_case_is_what_a_pronoun_points_to() {
    let text = "دوسری جانب صدر ٹرمپ نے ٹویٹ کی کہ تیل سستا ہونا چاہیے۔\nتحقیقی ادارے کی نائب صدر این لوئز ہٹل اس بات سے اتفاق کرتی ہیں کہ طلب کم ہو گی۔\nان کا کہنا ہے کہ ’ہم اس اجلاس سے معاہدے کی امید کرتے ہیں۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.last().map(|(_, s, _)| *s), Some("این لوئز ہٹل"), "{q:?}");
}

#[test]
fn a_date_that_opens_a_reported_clause_does_not_end_it() {
    // `2 نومبر 2007 کو` opens what the chief justice said: the frame after it is nested in
    // his words, not a new report that cuts them short.
    let text = "چیف جسٹس ناصر الملک نے کہا کہ 2 نومبر 2007 کو اعتزاز احسن نے عدالت میں کہا تھا کہ ماورائے آئین اقدام ہونے جا رہا ہے۔";
    let a = analyze(text);
    let q = a.quotes();
    assert_eq!(q.len(), 2, "{:?}", quotes(&a));
    assert!(
        q[0].text().starts_with("2 نومبر 2007 کو اعتزاز احسن"),
        "{:?}",
        quotes(&a)
    );
    assert_eq!(q[1].parent(), Some(0));
    assert_eq!(a.speaker_of(&q[1]).map(|s| s.name()), Some("اعتزاز احسن"));
}

#[test]
fn a_modal_ends_a_clause_before_a_new_report() {
    // `لکھ سکے` closes the accused's clause as an auxiliary would: the police's report after
    // it, in the same unpunctuated sentence, is a new one.
    let text =
        "ملزم نے کہا کہ اس نے قتل کیا تاکہ اچھے شعر لکھ سکے پولیس کے مطابق ملزم ذہنی مریض ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(
        q.first().map(|(_, _, t)| *t),
        Some("اس نے قتل کیا تاکہ اچھے شعر لکھ سکے"),
        "{q:?}"
    );
    assert_eq!(
        q.last().map(|(_, s, t)| (*s, *t)),
        Some(("پولیس", "ملزم ذہنی مریض ہے")),
        "{q:?}"
    );
}

#[test]
fn a_generic_name_is_the_body_the_text_is_now_about() {
    // `کمپنی` after `گوگل نے …` is Google, not the police quoted before: the police, known by
    // their kind alone, are no company.
    let text = "پولیس کا کہنا ہے کہ ملزم فرار ہو گیا۔\n\nگوگل نے ایک نئی ایپ متعارف کرائی ہے۔ کمپنی کا کہنا ہے کہ یہ ایپ مفت ہوگی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.last().map(|(_, s, _)| *s), Some("گوگل"), "{q:?}");
}

#[test]
fn a_short_clause_in_marks_is_a_quotation() {
    // Words in marks that end with a finite verb, or the negation that stands for the copula,
    // are a clause however short: reported with no speaker when none is named, and with the
    // speaker of a frame after them.
    let text = "میچ کل ہوگا۔\n\n’ہماری ٹیم بہت مضبوط ہے‘\n\nمیچ کل ہوگا۔";
    assert_eq!(
        quotes(&analyze(text)),
        [(QuoteKind::Direct, "?", "ہماری ٹیم بہت مضبوط ہے")]
    );
    let text = "”ہمیں کوئی خوف نہیں“ وزیر داخلہ رحمان ملک نے صحافیوں سے گفتگو میں کہا۔";
    assert_eq!(
        quotes(&analyze(text)),
        [(QuoteKind::Direct, "رحمان ملک", "ہمیں کوئی خوف نہیں")]
    );
    // A short term in marks stays a term.
    assert!(quotes(&analyze("یہ ایک ’اہم پیش رفت‘ تھی۔")).is_empty());
}

#[test]
fn short_words_in_marks_before_their_speaker_are_said_when_they_end_a_clause() {
    // The modal `چاہیے` ends a clause as an auxiliary does, and a comma inside the closing
    // mark breaks off a sentence the attribution goes on with: neither is a name qualifying
    // the speaker's phrase after it (as `"ناسا" حکام کے مطابق` is).
    for text in [
        "’ہمیں انصاف چاہیے‘ مقتول کی والدہ نے کہا۔",
        "’ہمیں انصاف دو،‘ مقتول کی والدہ نے کہا۔",
    ] {
        let a = analyze(text);
        let q = quotes(&a);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(
            (q[0].0, q[0].1),
            (QuoteKind::Direct, "مقتول کی والدہ"),
            "{q:?}"
        );
    }
    let a = analyze("\"ناسا\" حکام کے مطابق مشن کامیاب رہا۔");
    assert!(
        a.quotes().iter().all(|q| q.kind() == QuoteKind::Indirect),
        "{:?}",
        quotes(&a)
    );
}

#[test]
fn a_judge_and_a_party_to_a_hearing_are_never_each_other() {
    // The bench and the parties speak in turn: a party's role after the judge is someone
    // else, and so is a judge's title after a party.
    let text = "جسٹس دوست محمد نے کہا کہ عوام پر بوجھ ڈالا گیا۔ سرکاری وکیل نے کہا کہ حکومت سبسڈی سے انکاری نہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.first().map(|(_, s, _)| *s), Some("دوست محمد"), "{q:?}");
    assert_eq!(q.last().map(|(_, s, _)| *s), Some("سرکاری وکیل"), "{q:?}");
    let text = "اٹارنی جنرل سلمان بٹ نے کہا کہ حکومت جواب داخل کرے گی۔ فاضل جج نے کہا کہ عدالت مہلت نہیں دے گی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.first().map(|(_, s, _)| *s), Some("سلمان بٹ"), "{q:?}");
    assert_ne!(q.last().map(|(_, s, _)| *s), Some("سلمان بٹ"), "{q:?}");
    // A judge's title after the judge is the judge.
    let text =
        "جسٹس جواد ایس خواجہ نے کہا کہ عدالت فیصلہ کرے گی۔ فاضل جج نے کہا کہ سماعت کل ہو گی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(
        q.last().map(|(_, s, _)| *s),
        Some("جواد ایس خواجہ"),
        "{q:?}"
    );
}

#[test]
fn a_place_after_a_titled_name_is_not_part_of_the_name() {
    // `مظفرگڑھ` is where the prime minister went: the description after it is his, and his
    // name holds neither the place nor the verb. A place before the case marker is a
    // surname (`منصور ترکی نے`).
    let text = "وزیراعظم میاں نواز شریف مظفرگڑھ پہنچ گئے جہاں متاثرین سے ملاقات کی۔ اس موقع پر وزیراعظم کا کہنا تھا کہ متاثرین کے نقصان کا ازالہ کیا جائے گا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.last().map(|(_, s, _)| *s), Some("نواز شریف"), "{q:?}");
    let text =
        "وزارت داخلہ کے ترجمان میجر جنرل منصور ترکی نے کہا کہ مشتبہ افراد گرفتار کر لیے گئے ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(
        q.last().is_some_and(|(_, s, _)| s.ends_with("منصور ترکی")),
        "{q:?}"
    );
}

#[test]
fn a_titled_name_that_opens_a_sentence_before_a_name_in_marks_is_its_subject() {
    // The name ends at the indefinite article or at the marks of a name in the clause, and
    // `شارکی` is a name, not `شار` + `کی`.
    for intro in [
        "پروفیسر نوئل شارکی ’قاتل روبوٹوں پر پابندی کی مہم‘ نامی تنظیم کے سربراہ ہیں۔",
        "پروفیسر نوئل شارکی ایک تنظیم کے سربراہ ہیں۔",
    ] {
        let text = format!("رپورٹ کی مصنف ایلسا کانیا نے لکھا ہے کہ چین آگے ہے۔\n{intro} انھوں نے بی بی سی کو بتایا کہ چینی حکام کا کوئی ارادہ نہیں ہے۔");
        let a = analyze(&text);
        let q = quotes(&a);
        assert_eq!(q.first().map(|(_, s, _)| *s), Some("ایلسا کانیا"), "{q:?}");
        assert_eq!(q.last().map(|(_, s, _)| *s), Some("نوئل شارکی"), "{q:?}");
    }
}

#[test]
fn a_pronoun_in_a_relative_clause_on_a_statement_is_its_author() {
    let text = "عالمی تجارتی تنظیم کے سربراہ رابرتو آسویدو نے کہا کہ خطرہ بڑھ گیا ہے۔\nاس تنازعے کو صدر ٹرمپ کی اس ٹویٹ نے مزید ہوا دی جس میں انھوں نے کہا 'تجارتی جنگیں اچھی ہوتی ہیں۔'";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.last().map(|(_, s, _)| *s), Some("ٹرمپ"), "{q:?}");
}

#[test]
fn the_police_named_by_their_kind_are_themselves() {
    // Not the agency quoted last; and a clause ending in a modal (`لکھ سکے`) is no part of
    // the next speaker's phrase in text typed without `۔`.
    let text = "غیر ملکی میڈیا کے مطابق ایک روسی نوجوان کو گرفتار کر لیا گیا ہے۔\nپولیس نے عدالت کو بتایا کہ ملزم نے قتل کیا تاکہ اچھے شعر لکھ سکے پولیس کے مطابق ملزم ایک ویب سائٹ کا ممبر بھی تھا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.get(1).map(|(_, s, _)| *s), Some("پولیس"), "{q:?}");
    assert_eq!(q.last().map(|(_, s, _)| *s), Some("پولیس"), "{q:?}");
}

#[test]
fn a_name_called_so_is_the_name_before_nami() {
    let text = "ٹیلی کام کمپنی سپارک فائیو جی نیٹ ورک بنا رہی تھی۔\nسپارک نامی اس کمپنی کا کہنا ہے کہ ’معاہدے سے خطرات لاحق ہو سکتے ہیں۔‘\nڈیپ سی لائنس نامی ایک ٹوئٹر ہینڈل نے لکھا: ’میرے وزیر اعظم کبھی چھٹی نہیں لیتے۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    let speakers: Vec<&str> = q.iter().map(|(_, s, _)| *s).collect();
    assert_eq!(speakers, ["سپارک", "ڈیپ سی لائنس"], "{q:?}");
}

#[test]
fn a_speech_marked_only_where_it_begins_and_ends_is_one_quotation_per_paragraph() {
    // The opening mark stands alone after `کہ`, drawn the English way round; the middle
    // paragraph has no mark; the last closes.
    let text = "شین وارن نے اپنی کتاب میں لکھا ہے کہ وہ انگلینڈ گئے تھے۔\n\nوہ لکھتے ہیں کہ ” میں نے اسے جوابی میسج میں لکھا۔ میں جلد پہنچ گیا۔\n\nپھر ہم نے کئی گھنٹے اکٹھے گزارے۔ میں واپس آیا۔\n\nرات کے وقت میرے ساتھ رابطہ کیا گیا۔ مجھے اس بات کا ہمیشہ دکھ رہے گا۔“";
    let a = analyze(text);
    let direct: Vec<(&str, &str)> = quotes(&a)
        .into_iter()
        .filter(|(k, _, _)| *k == QuoteKind::Direct)
        .map(|(_, s, t)| (s, t))
        .collect();
    assert_eq!(direct.len(), 3, "{direct:?}");
    assert!(direct.iter().all(|(s, _)| *s == "شین وارن"), "{direct:?}");
    assert!(direct[1].1.starts_with("پھر ہم نے"), "{direct:?}");
}

#[test]
fn a_role_at_a_named_body_is_not_the_person_just_quoted() {
    let text = "ارجنٹائن کے اسٹرائیکر گونزالو ہنگوئین نے کہا ہے کہ ’ہم نے ٹھیک فیصلہ کیا ہے۔‘\nپی ایف اے کے چیئرمین کی جانب سے جاری کردہ اس اعلامیے میں کہا گیا ہے کہ ’پی ایف اے کھلاڑیوں کا بے حد مشکور ہے۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_ne!(q[0].1, q[1].1, "{q:?}");
}

#[test]
fn a_body_known_by_its_kind_takes_the_fuller_name_the_text_gives_it() {
    let text = "پولیس کے مطابق ان افراد کو گرفتار کر لیا گیا ہے۔\nبرطانوی پولیس کی جانب سے جاری کیے گئے بیان میں کہا گیا ہے کہ گرفتار افراد کو عدالت میں پیش کیا جائے گا۔";
    let a = analyze(text);
    let names: Vec<&str> = a.speakers().iter().map(|s| s.name()).collect();
    assert_eq!(names, ["برطانوی پولیس"], "{:?}", quotes(&a));
}

#[test]
fn a_title_with_a_body_of_a_country_before_a_name_is_a_person() {
    let text = "چیف جسٹس سپریم کورٹ آف پاکستان میاں ثاقب نثار نے کہا کہ قومی پرچم کی جگہ تصویر لگائی جا رہی ہے۔ ایم ڈی پی آئی اے نے جواب دیا کہ مارخور قومی جانور ہے۔ جس پر چیف جسٹس نے ریمارکس دیئے کہ لاگت 34 لاکھ ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    let speakers: Vec<&str> = q.iter().map(|(_, s, _)| *s).collect();
    assert_eq!(
        speakers,
        ["ثاقب نثار", "ایم ڈی پی آئی اے", "ثاقب نثار"],
        "{q:?}"
    );
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Person);
}

#[test]
fn the_name_a_relative_clause_stands_for_is_what_a_pronoun_points_to() {
    let text = "جج نے کہا کہ لاری نصر کو سزا ملے گی۔\nعدالت میں بیان قلمبند کرانے والی آخری خاتون راچیل ڈینولینڈر تھیں جنہوں نے پہلی مرتبہ الزام لگایا تھا۔\nانہوں نے مزید کہا کہ ان کے ساتھ زیادتی 15 سال کی عمر میں کی گئی تھی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(
        q.last().map(|(_, s, _)| *s),
        Some("راچیل ڈینولینڈر"),
        "{q:?}"
    );
}

#[test]
fn what_can_be_said_is_no_one_s_words() {
    for text in [
        "کچھ فلموں نے اوسط درجے کا بزنس بھی کیا جس کی بنیاد پر انہیں فلاپ نہیں کہا جاسکتا۔",
        "ان کی خودکشی کی وجہ کے بارے میں کچھ نہیں کہا جا سکتا۔",
    ] {
        let a = analyze(text);
        assert!(a.quotes().is_empty(), "{:?}", quotes(&a));
    }
}

#[test]
fn a_body_known_by_an_acronym_the_text_spells_out_has_its_full_name() {
    let text = "قومی احتساب بیورو (نیب) نے سابق وزیر اعلیٰ کو گرفتار کر لیا۔\nنیب کے مطابق انہیں آشیانہ ہاؤسنگ کیس میں گرفتار کیا گیا ہے۔";
    let a = analyze(text);
    let names: Vec<&str> = a.speakers().iter().map(|s| s.name()).collect();
    assert_eq!(names, ["قومی احتساب بیورو"], "{:?}", quotes(&a));
}

#[test]
fn a_passive_in_a_relative_clause_on_a_body_s_report_is_the_body_s() {
    let text = "سنہ 2016 میں ریسٹاڈ انرجی کی ایک رپورٹ آئی تھی، جس میں بتایا گیا تھا کہ امریکہ کے پاس 264 ارب بیرل تیل کے ذخائر ہیں۔\nسرتاج عزیز نے اقوام متحدہ کے سیکرٹری جنرل بان کی مون کے نام خط ارسال کیا ہے جس میں کہا گیا ہے کہ وہ کشیدگی کو دور کرے۔";
    let a = analyze(text);
    let q = quotes(&a);
    let speakers: Vec<&str> = q.iter().map(|(_, s, _)| *s).collect();
    assert_eq!(speakers, ["ریسٹاڈ انرجی", "سرتاج عزیز"], "{q:?}");
}

#[test]
fn a_quoted_body_someone_belongs_to_is_a_name() {
    let text =
        "’سینٹر فار نیو امریکن سکیورٹی‘ سے وابستہ تجزیہ کار ریچل زیمبا نے کہا کہ کمی ہو سکتی ہے۔";
    let a = analyze(text);
    assert!(
        a.quotes().iter().all(|q| q.kind() == QuoteKind::Indirect),
        "{:?}",
        quotes(&a)
    );
}

#[test]
fn a_passive_in_a_relative_clause_speaks_for_the_documents_sender() {
    let text = "مشیر خارجہ سرتاج عزیز نے بھارت کی جانب سے فائرنگ پر سیکرٹری جنرل کو خط ارسال کیا ہے جس میں کہا گیا ہے کہ اقوام متحدہ اپنا کردار ادا کرے۔ خط میں کہا گیا ہے کہ مسئلہ کشمیر حل کیا جائے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|(_, s, _)| *s == "سرتاج عزیز"), "{q:?}");
}

#[test]
fn a_generic_name_is_the_body_mentioned_last() {
    let text = "ایپل نے کہا کہ نیا فون آئے گا۔ مائیکرو سافٹ نے کہا کہ ونڈوز بہتر ہو گی۔ منگل کو ایپل نے انکشاف کیا کہ ایپس ہٹائی گئیں۔ کمپنی کا کہنا تھا کہ حکم دیا گیا تھا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.last().map(|(_, s, _)| *s), Some("ایپل"), "{q:?}");
}

#[test]
fn a_body_that_opens_a_sentence_is_what_a_pronoun_points_to() {
    let text = "صدر ٹرمپ نے ٹویٹ کی کہ تیل سستا ہونا چاہیے۔\nاوپیک پیداوار میں کمی چاہتا ہے کیونکہ طلب کم ہو گی۔\nاس نے گذشتہ ماہ کہا تھا کہ مانگ میں اضافہ ہو گا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.last().map(|(_, s, _)| *s), Some("اوپیک"), "{q:?}");
    // A body's name that is not the subject (a genitive after it) is not pointed to.
    let text = "صدر ٹرمپ نے ٹویٹ کی کہ تیل سستا ہونا چاہیے۔\nاوپیک کا اجلاس ویانا میں ہوا۔\nانہوں نے کہا کہ قیمت کم ہونی چاہیے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.last().map(|(_, s, _)| *s), Some("ٹرمپ"), "{q:?}");
}

#[test]
fn an_age_before_a_name_is_no_part_of_it() {
    let text = "28 سالہ عثمان احسن نے بی بی سی سے بات کرتے ہوئے کہا کہ قیمت بہت زیادہ ہے۔";
    let a = analyze(text);
    assert_eq!(a.speakers()[0].name(), "عثمان احسن");
}

#[test]
fn the_reporters_next_sentence_ends_a_report_where_no_full_stop_does() {
    // Typed without `۔`: a verb-final auxiliary, then `انہوں نے` opening the reporter's
    // next sentence.
    let text = "ملیحہ لودھی نے کہا کہ فلم فیسٹیول سے پاکستان کا تاثر بہتر ہوگا انہوں نے امید ظاہر کی کہ یہ فیسٹیول کامیاب رہے گا";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q[0].2, "فلم فیسٹیول سے پاکستان کا تاثر بہتر ہوگا", "{q:?}");
    // Inside quotation marks the speaker's own words go on.
    let text = "ملیحہ لودھی نے کہا کہ ’تاثر بہتر ہوگا انہوں نے بہت محنت کی ہے‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(q[0].2.ends_with("محنت کی ہے"), "{q:?}");
}

#[test]
fn an_opinion_is_a_source_and_an_analyst_a_title() {
    let text = "تیل کی صنعت کی تجزیہ کار ریچل زیمبا کے خیال میں 'پانچ لاکھ بیرل یومیہ تک' کمی ہو سکتی ہے۔ وہ کہتی ہیں کہ معیشت مضبوط ہو سکتی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(
        q.iter().any(|(k, s, t)| *k == QuoteKind::Partial
            && *s == "ریچل زیمبا"
            && *t == "پانچ لاکھ بیرل یومیہ تک"),
        "{q:?}"
    );
    assert_eq!(q.last().map(|(_, s, _)| *s), Some("ریچل زیمبا"), "{q:?}");
    // The title goes back to the genitive before it (`صنعت کی تجزیہ کار`, "an industry
    // analyst"): a title of two words is no organization's name that would open the phrase.
    assert_eq!(a.speakers()[0].title(), Some("صنعت کی تجزیہ کار"));
    // `میرے خیال میں` ("in my view") inside someone's words names no one else.
    let text = "انہوں نے کہا کہ میرے خیال میں یہ درست ہے۔";
    assert_eq!(analyze(text).quotes().len(), 1);
}

#[test]
fn a_speaker_named_again_is_who_the_next_pronoun_points_to() {
    let text = "عثمان احسن نے کہا کہ پیٹرول کی قیمت بہت زیادہ ہے۔\nریسرچ فیلو جِم کرین کہتے ہیں کہ پیداوار میں کمی متوقع ہے۔\nاسلام آباد میں مسٹر احسن کے لیے یہ اچھی خبر نہیں ہوگی۔ وہ کہتے ہیں، ’زندگی مشکل ہے۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.last().map(|(_, s, _)| *s), Some("عثمان احسن"), "{q:?}");
    // Someone not quoted before is no one the pronoun returns to.
    let text = "ریسرچ فیلو جِم کرین کہتے ہیں کہ پیداوار میں کمی متوقع ہے۔\nاسلام آباد میں مسٹر احسن کے لیے یہ اچھی خبر نہیں ہوگی۔ وہ کہتے ہیں، ’زندگی مشکل ہے۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(
        q.last().is_some_and(|(_, s, _)| s.ends_with("جِم کرین")),
        "{q:?}"
    );
}

#[test]
fn a_relative_clause_that_names_a_title_stands_between_subject_and_marker() {
    let text = "ارجن رامپال جو ویب سیریز \"دی فائنل کال\" کی شوٹنگ کے سلسلے میں وادی کشمیر آئے ہوئے تھے، نے بدھ کے روز نامہ نگاروں کو بتایا کہ انہیں روغن جوش پسند آیا ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.last().map(|(_, s, _)| *s), Some("ارجن رامپال"), "{q:?}");
    // A comma may stand before the relative pronoun too, and the clause may hold numbers.
    let text = "وزیراعظم نواز شریف، جنہوں نے جنرل اسمبلی کے 69 ویں اجلاس میں شرکت کے بعد لندن میں دو راتیں قیام کیا، نے کہا کہ وہ منفی سیاست پر بات نہیں کریں گے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.last().map(|(_, s, _)| *s), Some("نواز شریف"), "{q:?}");
}

#[test]
fn a_subject_known_by_a_leaders_role_is_what_a_pronoun_points_to() {
    let text = "چینی صدر شی جن پنگ نے کہا ہے کہ ان کا ملک بالادستی کا متلاشی نہیں۔\nناقدین کا کہنا ہے کہ کریک ڈاؤن جاری ہے۔\nاپنی تقریر میں چین کے صدر نے ترقی کی مثالیں پیش کیں۔\nان کا کہنا تھا کہ چین عالمی امن کا داعی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(
        q.last().is_some_and(|(_, s, _)| s.starts_with("شی")),
        "{q:?}"
    );
}

#[test]
fn a_second_verb_after_a_connective_shares_the_subject() {
    let text = "مسلم لیگ (ن) کی رہنما عظمیٰ قادری کا کہنا تھا کہ شہباز شریف کو گرفتار کر لیا گیا اور ساتھ ہی دعویٰ کیا کہ رانا مشہود کا بیان غیر اہم تھا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].2, "شہباز شریف کو گرفتار کر لیا گیا", "{q:?}");
    assert_eq!(
        q[1],
        (
            QuoteKind::Indirect,
            "عظمیٰ قادری",
            "رانا مشہود کا بیان غیر اہم تھا"
        )
    );
    // With no connective before it, a past verb with no `نے` subject reports no one.
    let text = "شہباز شریف کو گرفتار کر لیا گیا۔ دعویٰ کیا کہ بیان غیر اہم تھا۔";
    assert!(analyze(text).quotes().is_empty());
}

#[test]
fn a_speech_goes_on_in_the_voice_of_its_speaker_not_of_one_it_reports() {
    let text = "ایپل نے اپنے ایک بیان میں کہا ہے: 'ہمیں عوامی تحفظ کی وزارت نے مطلع کیا ہے کہ یہ ایپس مقامی قانون کے مطابق نہیں ہیں۔'\n\n'اس لیے یہ ایپس چین کے ایپ سٹور سے ہٹا دی گئی ہیں۔'";
    let a = analyze(text);
    let q = quotes(&a);
    // The object pronoun `ہمیں` ("to us") is no part of the ministry's name.
    assert!(
        q.iter()
            .any(|(k, s, _)| *k == QuoteKind::Indirect && *s == "عوامی تحفظ کی وزارت"),
        "{q:?}"
    );
    assert_eq!(q.last().map(|(_, s, _)| *s), Some("ایپل"), "{q:?}");
}

#[test]
fn a_quoted_term_with_a_case_marker_after_it_is_a_name() {
    let text = "اور 'جیو فلمز' کے محمد ناصر کے بقول یہ فیسٹیول بہت اہم ہے۔";
    let a = analyze(text);
    assert!(
        a.quotes().iter().all(|q| q.kind() != QuoteKind::Partial),
        "{:?}",
        quotes(&a)
    );
    // The speaker's own words that the cue introduces, or the words of a claim, stay.
    let text = "توکاییف نے ویڈیو کانفرنس میں کہا کہ ’مسلح عسکریت پسندوں‘ نے اقتدار پر قبضہ کرنے کی کوشش کی۔ پوتن نے ’فتح‘ کا دعویٰ کیا ہے۔";
    let a = analyze(text);
    let partial: Vec<_> = a
        .quotes()
        .iter()
        .filter(|q| q.kind() == QuoteKind::Partial)
        .map(|q| q.text())
        .collect();
    assert_eq!(partial, ["مسلح عسکریت پسندوں", "فتح"]);
}

#[test]
fn the_reporters_ergative_pronoun_starts_a_new_report_in_a_run_on_sentence() {
    let text =
        "میراڈونا نے کہا کہ صرف میسی پر ہی بھروسہ نہیں کرو انہوں نے کہا کہ ان سے قیادت واپس لے لیں";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].2, "صرف میسی پر ہی بھروسہ نہیں کرو");
    assert_eq!(q[1].1, "میراڈونا");
}

#[test]
fn in_line_with_ones_own_plan_is_no_source() {
    let text = "حکومت اپنے روڈ میپ کے مطابق قرضوں سے نجات حاصل کرے گی۔ تازہ اطلاع کے مطابق مریضوں کو پانی دیا گیا۔";
    assert!(
        analyze(text).quotes().is_empty(),
        "{:?}",
        quotes(&analyze(text))
    );
}

#[test]
fn a_pronoun_points_past_an_image_caption() {
    let text = "اترا کھنڈ کے کاشت کار بلجیت سنگھ نے کہا کہ قرضے معاف کیے جائیں۔\n\nImage caption بیس برس میں تین لاکھ سے زیادہ کسانوں نے خود کشی کی ہے\n\nان کا کہنا ہے کہ کسانوں کے دو اہم مطالبات ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, q[0].1, "{q:?}");
}

#[test]
fn who_is_asked_a_question_answers_it() {
    // `X سے جب پوچھا گیا … تو انھوں نے`: the pronoun after `تو` is the one asked, not the
    // speaker before; and the question put to them is nobody's reported words.
    let text = "وزیر اعلیٰ عثمان بزدار نے کہا کہ صوبے میں ترقی ہو رہی ہے۔ کپتان سرفراز احمد سے جب پوچھا گیا کہ کیا ٹیم دباؤ میں ہے تو انھوں نے کہا کہ ہم کسی دباؤ میں نہیں ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(
        q[1],
        (
            QuoteKind::Indirect,
            "سرفراز احمد",
            "ہم کسی دباؤ میں نہیں ہیں"
        )
    );
    let text = "وزیر اعلیٰ عثمان بزدار نے کہا کہ صوبے میں ترقی ہو رہی ہے۔ کرکٹ بورڈ کے چیئرمین احسان مانی سے جب صحافیوں نے سوال کیا تو ان کا کہنا تھا کہ کوچ کا فیصلہ جلد ہوگا۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[1].1, "احسان مانی", "{:?}", quotes(&a));
    // Told something, not asked: the speaker before goes on.
    let text = "وزیر اعلیٰ عثمان بزدار نے کہا کہ صوبے میں ترقی ہو رہی ہے۔ انہوں نے احسان مانی سے کہا کہ کوچ کا فیصلہ جلد کیا جائے۔";
    assert_eq!(quotes(&analyze(text))[1].1, "عثمان بزدار");
}

#[test]
fn a_connective_before_the_subject_is_not_its_name() {
    let text = "چنانچہ رونالڈو نے کہا کہ ہماری کوشش رہے گی کہ ہم اپنا مقام برقرار رکھیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "رونالڈو");
}

#[test]
fn reports_suspicions_and_notices() {
    let text = "اخبار گارڈین نے رپورٹ کیا کہ کمپنی نے ملازمین کو نکال دیا ہے۔ پولیس حکام نے شبہ ظاہر کیا کہ ان کی موت خود کشی تھی۔ انسٹاگرام کے نوٹس میں کہا گیا کہ صارفین اپنا پاس ورڈ تبدیل کریں۔";
    let a = analyze(text);
    let q = quotes(&a);
    let speakers: Vec<&str> = q.iter().map(|q| q.1).collect();
    assert_eq!(
        speakers,
        ["اخبار گارڈین", "پولیس حکام", "انسٹاگرام"],
        "{q:?}"
    );
}

#[test]
fn a_documents_issuer_is_its_source() {
    let text = "سٹیٹ بینک کی جانب سے گذشتہ ہفتے جاری کردہ اعداد و شمار کے مطابق پاکستان کے پاس صرف 20 ارب ڈالر کے ذخائر رہ گئے ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "سٹیٹ بینک");
    // A news item is the outlet's that published it.
    let text = "روزنامہ ڈان میں شائع ہونے والی ایک خبر کے مطابق شہر میں پانی کی قلت بڑھ گئی ہے۔";
    let q = quotes(&analyze(text))
        .iter()
        .map(|q| q.1.to_owned())
        .collect::<Vec<_>>();
    assert_eq!(q, ["روزنامہ ڈان"]);
    // What a notice orders (`طلب کرنے کا نوٹس`, "the notice summoning …") is its content, not
    // its issuer: the issuer is named by `کی جانب سے`.
    let text = "اسمبلی سیکرٹریٹ کی جانب سے ارکان کو طلب کرنے کا نوٹس جاری کیا گیا ہے جس میں کہا گیا ہے کہ ارکان پیر کو پیش ہوں۔";
    let q = quotes(&analyze(text))
        .iter()
        .map(|q| q.1.to_owned())
        .collect::<Vec<_>>();
    assert_eq!(q, ["اسمبلی سیکرٹریٹ"]);
}

#[test]
fn a_body_named_in_quotation_marks_is_later_described_by_its_kind() {
    let text = "مالیاتی درجہ بندی دینے والے اداروں میں سے ایک ’فچ ریٹنگز‘ نے پاکستان کی درجہ بندی کم کر دی۔\n\nریٹنگ ایجنسی کا کہنا تھا کہ زرِ مبادلہ کے ذخائر کم ہیں۔\n\nمالیاتی ایجنسی کا کہنا تھا کہ قرض کی ادائیگی کرنا ہوگی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|q| q.1 == "فچ ریٹنگز"), "{q:?}");
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Organization);
    // A film's title, or a name in someone's own words, is no one the text turns to.
    let text = "پریانکا چوپڑا نے کہا کہ نیا برس کامیابیاں لائے گا۔ ’’میری کوم‘‘نے میری شہرت میں اضافہ کیا ہے۔ انہوں نے کہا کہ یہ بہت مشکل میدان ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(q.iter().all(|q| q.1 == "پریانکا چوپڑا"), "{q:?}");
    // Nor is a name the text gave a person's title: the club's management is known by its
    // kind.
    let text = "فٹ بال کے نام ور کھلاڑی لائنل میسی ارجنٹائن میں پیدا ہوئے۔ 2017 میں لائنل میسی نے شادی کی۔ کلب انتظامیہ نے کہا کہ معاہدہ بڑھا دیا گیا ہے۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[0].1, "کلب انتظامیہ");
    // Nor is a common noun in the oblique plural, which no body's name takes: the
    // administration is known by its kind.
    let text = "موسلا دھار بارشوں نے میدانوں کو تالاب بنا دیا۔ انتظامیہ کا کہنا ہے کہ میدان جلد کھل جائیں گے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q[0].1, "انتظامیہ", "{q:?}");
}

#[test]
fn a_verb_or_an_adverb_of_time_is_no_part_of_a_speaker() {
    // Text typed without `۔`: the verb ends the sentence before the speaker's.
    let text = "امریکی صدر نے معاہدے پر دستخط کر دئیے غیرملکی خبررساں ادارے کے مطابق یہ تجارتی ڈیل نافٹا کی جگہ طے پائی ہے";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "غیرملکی خبررساں ادارے");
    let text = "ادھر فرانس کے وزیرِ معیشت نے کہا کہ تجارتی جنگ میں کوئی فاتح نہیں ہو گا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(!q[0].1.starts_with("ادھر"), "{q:?}");
    // `آئی` with no letter of an acronym beside it is the verb "came"; beside one, a letter.
    let text = "اجلاس میں خطے کی صورت حال بھی زیربحث آئی وزیرخزانہ اسد عمر نے کہا کہ دورے اہم ہیں۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[0].1, "اسد عمر");
    let a = analyze("بی سی سی آئی نے کہا کہ سیریز ہو گی۔");
    assert_eq!(quotes(&a)[0].1, "بی سی سی آئی");
}

#[test]
fn a_party_between_a_title_and_a_name_is_where_the_person_works() {
    let text = "سابق وزیر اطلاعات اور ترجمان پاکستان مسلم لیگ (ن) مریم اورنگزیب کا کہنا ہے کہ عمران خان قوم سے معافی مانگیں۔ ن لیگی رہنما نے کہا کہ قیمتیں کیوں بڑھائی گئیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|q| q.1 == "مریم اورنگزیب"), "{q:?}");
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Person);
    // A party named in passing is not what a body's generic name points back to.
    let text = "ریٹنگ ایجنسی نے تحریک انصاف کی حکومت کے وعدوں کو مثبت انداز میں دیکھا۔ ایجنسی کے مطابق سب سے بڑا خطرہ بڑھتا ہوا قرضہ ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_ne!(q[0].1, "تحریک انصاف");
    // So is an acronym of three letters or more; two letters may be a name's initials.
    let text = "چیئرمین پی ٹی اے محمد نوید نے کہا کہ جعلی موبائل فون بند ہوں گے۔ پی ٹی اے کے بیان کے مطابق نظام نافذ ہو گیا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!((q[0].1, q[1].1), ("محمد نوید", "پی ٹی اے"), "{q:?}");
    assert_eq!(a.speakers()[0].title(), Some("چیئرمین پی ٹی اے"));
    let a = analyze("ڈاکٹر اے کیو خان نے کہا کہ پروگرام جاری رہے گا۔");
    assert_eq!(a.speakers()[0].name(), "اے کیو خان");
    // A house of parliament or a division after a title is where the person works.
    // The person is a person, not the body.
    let a = analyze("برطانوی رکن پارلیمنٹ ڈیوڈ وارڈ نے کہا ہے کہ مسئلہ کشمیر حل ہونا چاہیے۔");
    assert_eq!(a.speakers()[0].name(), "ڈیوڈ وارڈ");
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Person);
    let a = analyze("سپیکر قومی اسمبلی سردار ایاز صادق نے کہا کہ اجلاس کل ہو گا۔");
    assert_eq!(a.speakers()[0].name(), "سردار ایاز صادق");
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Person);
    // An Arabic name's second part begins no name: the title-like word before it is the
    // name's first part (`صدر الدین`; `صدر` is "president").
    let a = analyze("سندھ کے صدر پیر صدر الدین شاہ راشدی نے کہا کہ اتحاد جاری رہے گا۔");
    assert_eq!(a.speakers()[0].name(), "صدر الدین شاہ راشدی");
}

#[test]
fn a_subject_inside_a_speakers_own_words_is_not_who_a_pronoun_points_to() {
    // The father goes on in the first person: the people he speaks of are not the subject
    // the reporter turns to.
    let text = "ملالہ کے والد ضیاء الدین یوسفزئی نے کہا کہ ملالہ کو جو کچھ ملا ہے وہ پاکستان کی وجہ سے ملا ہے۔ پاکستانی عوام نے ملالہ کو حوصلہ دیا۔ فرط جذبات سے ہماری آنکھوں سے آنسو جاری ہوگئے۔ انہوں نے کہا کہ پاکستان ہماری دھرتی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    // A kinship is a title: the name is the person's own.
    assert_eq!(q[0].1, "ضیاء الدین یوسفزئی");
    assert_eq!(q[1].1, "ضیاء الدین یوسفزئی");
}

#[test]
fn speech_in_a_relative_clause_on_the_report_is_nested_in_it() {
    let text = "ترجمان لو کھانگ نے کہا ہے کہ چین امریکہ کے اس الزام کو یکسر مسترد کرتا ہے جس میں مائیک پینس نے کہا تھا کہ سی پیک کے قرضوں سے معیشت خراب ہے۔ انہوں نے کہا کہ سی پیک کا شرح نمو میں حصہ رہا ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert!(q[0].2.ends_with("معیشت خراب ہے"), "{q:?}");
    assert_eq!(a.quotes()[1].parent(), Some(0));
    assert_eq!(q[1].1, "مائیک پینس");
    assert_eq!(q[2].1, "لو کھانگ");
}

#[test]
fn a_noun_of_saying_goes_on_with_what_was_said_in_text_without_full_stops() {
    let text = "رپورٹ کے مصنف سنجے کتھوریا کا کہنا تھا دونوں ممالک کو ابتدائی مراحل میں مخصوص مصنوعات کی تجارت کو بڑھانا ہوگا";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].2.starts_with("دونوں ممالک"), "{q:?}");
}

#[test]
fn a_question_put_to_someone_reports_no_ones_words() {
    let text = "شو کے دوران صنم بلوچ نے عامر لیاقت سے سوال کیا کہ اسلام میں کتنی شادیاں جائز ہیں۔ چیف جسٹس نے ایم ڈی سے استفسار کرتے ہوئے کہا کہ اس پر کتنی لاگت آئے گی۔";
    let (a, diagnostics) = Analyzer::new().diagnose(text);
    assert!(a.quotes().is_empty(), "{:?}", quotes(&a));
    let questions = diagnostics
        .iter()
        .filter(|d| d.reason() == Some(urdu::Reason::QuestionPutToSomeone))
        .count();
    assert_eq!(questions, 2, "{diagnostics:?}");
    // A question asked of no one in particular is what the asker said.
    let text = "صحافی نیشا سوسن نے سوال کیا کہ یہ مضمون نشے میں کی گئی اشاعت تھی۔";
    assert_eq!(quotes(&analyze(text)).len(), 1);
}

#[test]
fn a_quoted_sentence_after_a_works_word_is_no_title() {
    let text = "کمپنی کے مطابق یہ مہم ’ان عام لوگوں کے لیے ایک اہم پیش رفت ہے جن کے لیے خلا تک رسائی ایک خواب ہے۔‘";
    let a = analyze(text);
    assert!(
        a.quotes().iter().any(|q| q.kind() == QuoteKind::Direct),
        "{:?}",
        quotes(&a)
    );
}

#[test]
fn a_newspaper_named_in_quotation_marks_is_what_the_newspaper_points_to() {
    let text = "لندن۔ برطانوی اخبار ”فنانشل ٹائمز“ لکھتا ہے کہ پاکستان میں حکومت سخت دباؤ میں ہے۔ اخبار کے مطابق بجلی کی لوڈشیڈنگ بڑا مسئلہ ہے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [
            (
                QuoteKind::Indirect,
                "فنانشل ٹائمز",
                "پاکستان میں حکومت سخت دباؤ میں ہے"
            ),
            (
                QuoteKind::Indirect,
                "فنانشل ٹائمز",
                "بجلی کی لوڈشیڈنگ بڑا مسئلہ ہے"
            ),
        ]
    );
    assert_eq!(a.speakers().len(), 1);
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Organization);
}

#[test]
fn a_short_quotation_before_a_present_verb_is_no_name() {
    let text = "لوگ اس فیصلے کو ’بہت خوب‘ کہتے ہیں کہ اب سڑکیں کھل جائیں گی۔";
    let a = analyze(text);
    assert!(
        a.speakers().iter().all(|s| s.name() != "بہت خوب"),
        "{:?}",
        quotes(&a)
    );
}

#[test]
fn a_plural_role_is_never_a_named_person() {
    // `ماہرین` (experts) names a group: not the words after it in an earlier sentence, and
    // not a person named with a plural title.
    let text = "ناسا کے ماہرین سیٹلائٹ ڈیٹا اور سونار کی مدد سے برف کا جائزہ لے رہے تھے۔ ماہرین کے مطابق اب یہاں کی برف بہت تیزی سے پگھل رہی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "ماہرین");
}

#[test]
fn an_adverb_before_a_speech_verb_is_no_speaker() {
    let text = "میراڈونا نے کہا کہ میسی بہترین کھلاڑی ہیں۔ وہ کوچ ہوتے تو ہمیشہ کہتے کہ صرف میسی پر بھروسہ نہ کرو۔";
    let a = analyze(text);
    assert!(
        a.speakers().iter().all(|s| s.name() != "ہمیشہ"),
        "{:?}",
        quotes(&a)
    );
}

#[test]
fn the_other_one_is_no_one_the_text_names() {
    let text = "ایک شخص نے لکھا: ’دوپٹہ ہمارے مستقبل سے بڑا تھا‘ تو دوسرے نے کہا کہ ’یہ ہماری رہائش سے بڑا ہے۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(q.iter().all(|(_, s, _)| *s != "دوسرے"), "{q:?}");
    assert!(
        q.iter().any(|(_, _, t)| t.starts_with("یہ ہماری رہائش")),
        "{q:?}"
    );
}

#[test]
fn a_participial_clause_may_stand_between_a_connective_and_a_second_verb() {
    let text = "عامر لیاقت نے کہا کہ چار شادیاں جائز ہیں، جبکہ صنم بلوچ کا حوالہ دیتے ہوئے کہا کہ تیسری شادی بھی کی جا سکتی ہے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [
            (QuoteKind::Indirect, "عامر لیاقت", "چار شادیاں جائز ہیں"),
            (
                QuoteKind::Indirect,
                "عامر لیاقت",
                "تیسری شادی بھی کی جا سکتی ہے"
            ),
        ]
    );
}

#[test]
fn the_outlet_that_published_a_document_is_its_source() {
    let text = "نجی ویب سائٹ میں شائع رپورٹ کے مطابق کمپنی نے نیا فیچر متعارف کرایا ہے۔ ڈاکٹر ژاؤ نے تحقیق کی جو جریدے میں شائع ہوئی تحقیق کے مطابق خشک میوے دل کے لیے مفید ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(
        q[0],
        (
            QuoteKind::Indirect,
            "ویب سائٹ",
            "کمپنی نے نیا فیچر متعارف کرایا ہے"
        )
    );
    // `شائع ہوئی` ends a clause of its own: the research that follows is no outlet's.
    assert!(q.iter().all(|(_, s, _)| *s != "جریدے"), "{q:?}");
}

#[test]
fn a_names_other_name_in_brackets_is_not_the_speaker() {
    let text = "وزیرِ اعظم کے معاون خصوصی سید ذوالفقار عباس بخاری (زلفی بخاری) نے کہا کہ بیرون ملک مقیم پاکستانی ہمیشہ مدد کرتے ہیں۔ ایک کمپنی اور جی ای (NYSE: GE) نے اعلان کیا ہے کہ ٹربائن کا کام مکمل ہو گیا ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "سید ذوالفقار عباس بخاری");
    // (Joined by `اور`, the company speaks with GE.)
    assert_eq!(q[1].1, "ایک کمپنی اور جی ای");
}

#[test]
fn a_study_reports_its_findings_and_a_documents_possessor_comes_before_its_two_part_name() {
    let text = "نیویارک کے ایل آئی جے ہیلتھ سسٹم کی تحقیق میں بتایا گیا ہے کہ انگلیاں ہر وقت ٹھنڈی رہ سکتی ہیں۔\n\nورلڈ بینک کی مائگریشن اور ڈیویلپمنٹ بریف کے مطابق کم آمدنی والے ملکوں کو رقوم میں اضافہ متوقع ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "ایل آئی جے ہیلتھ سسٹم");
    assert_eq!(q[1].1, "ورلڈ بینک");
}

#[test]
fn a_body_for_something_is_named_whole() {
    let text = "اسلام آباد: ادارہ برائے شماریات (پی بی ایس) کے اعداد و شمار کے مطابق بڑے پیمانے پر مینوفیکچرنگ میں کمی واقع ہوئی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "ادارہ برائے شماریات");
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Organization);
}

#[test]
fn a_role_at_a_body_is_the_one_who_holds_it() {
    let text = "فیس بک کے بانی مارک زکربرگ نے کہا ہے کہ صارفین کا ڈیٹا محفوظ ہے۔ کمپنی کے حصص گر گئے۔ بانی فیس بک نے کہا کہ ہم بہتری لائیں گے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|(_, s, _)| *s == "مارک زکربرگ"), "{q:?}");
}

#[test]
fn a_pronoun_typed_with_noon_for_its_nasal_is_a_pronoun() {
    let text = "اداکارہ کونکونا سین شرما نے کہا کہ انہیں بنگالی فلمیں پسند ہیں۔ انہون نے کہا کہ انہیں زیورات کا شوق نہیں ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|(_, s, _)| *s == "کونکونا سین شرما"), "{q:?}");
}

#[test]
fn a_quantified_group_is_not_who_a_pronoun_points_to() {
    let text = "عمران خان نے کہا کہ جمعہ کو بجلی کا بل جلاؤں گا۔ میرے تمام اثاثے پاکستان میں ہیں۔ اسمبلی میں تمام جماعتوں نے کہا کہ الیکشن میں دھاندلی ہوئی۔ جمعہ کو یوم نجات منائیں گے۔ انہوں نے کہا کہ میرے اثاثے غلط ثابت ہوں تو سیاست چھوڑ دوں گا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[1].1, "تمام جماعتوں");
    assert_eq!(q[2].1, "عمران خان");
}

#[test]
fn a_leaders_role_at_a_party_is_its_leader() {
    let text = "پاکستان تحریک انصاف کے چیئرمین عمران خان نے کہا کہ دھرنا جاری رہے گا۔ چیئرمین پی ٹی آئی نے کہا کہ چیف جسٹس خونیں انقلاب کو روک سکتے ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|(_, s, _)| *s == "عمران خان"), "{q:?}");
}

#[test]
fn a_bodys_generic_name_points_to_the_body_called_so_before() {
    let text = "اس مرر کو لیکسس نامی کمپنی نے تیار کیا ہے۔ ماہرین کے مطابق یہ ڈسپلے ٹیبلٹ کی مانند ہے۔ کمپنی کا خیال ہے کہ اس سے لوگوں کو سڑک کا بہتر اندازہ ہوسکے گا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "لیکسس");
}

#[test]
fn on_this_opens_a_new_report_of_a_reply() {
    let text = "جسٹس جواد ایس خواجہ نے درخواست گزاروں سے کہا کہ آپ تقاریر کا ریکارڈ عدالت میں جمع کروائیں اس پر وکیل نے کہا کہ ریکارڈ جلد جمع کرا دیا جائے گا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].2, "آپ تقاریر کا ریکارڈ عدالت میں جمع کروائیں");
    assert_eq!(q[1].2, "ریکارڈ جلد جمع کرا دیا جائے گا");
}

#[test]
fn a_surname_alone_as_subject_is_who_a_pronoun_points_to() {
    let text = "مسعود اوزل نے جرمنی کے لیے ورلڈ کپ جیتا۔ ایک گمنام مداح نے کہا کہ وہ بہترین کھلاڑی ہیں۔ اوزل نے گزشتہ دنوں ٹیم چھوڑ دی۔ انہوں نے کہا کہ ان کا کوئی سیاسی ایجنڈا نہیں تھا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "مسعود اوزل", "{q:?}");
}

#[test]
fn a_possessor_may_stand_before_where_the_words_were_said() {
    let text = "مارک زکربرگ کا اپنی لمبی چوڑی پوسٹ میں کہنا تھا کہ فیس بک صارفین سے سوالات کرے گا۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(
            QuoteKind::Indirect,
            "مارک زکربرگ",
            "فیس بک صارفین سے سوالات کرے گا"
        )]
    );
}

#[test]
fn a_statement_filed_on_someones_behalf_is_theirs() {
    let text = "عوامی تحریک کے سربراہ طاہر القادری کی جانب سے جواب ان کے وکیل علی ظفر نے جمع کرایا جس میں موقف اختیار کیا گیا کہ یہ ایک سیاسی مسئلہ ہے۔ تحریک انصاف کے چیئرمین عمران خان کی جانب سے ان کے وکیل نے جواب جمع کرایا جس میں کہا گیا کہ وہ آئین کی بالادستی پر یقین رکھتے ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "طاہر القادری");
    assert_eq!(q[1].1, "عمران خان");
}

#[test]
fn words_after_a_colon_with_no_marks_are_what_was_said() {
    let text = "ایک ٹوئٹر صارف نے لکھا: مبارک ہو پرینکا، آپ کو اس دنیا کی تمام خوشیاں حاصل ہوں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, QuoteKind::Indirect);
    assert_eq!(
        q[0].2,
        "مبارک ہو پرینکا، آپ کو اس دنیا کی تمام خوشیاں حاصل ہوں"
    );
}

#[test]
fn a_news_agency_is_not_a_body_its_kind_describes() {
    let text = "پشاور۔ آئی این پی کے مطابق دھماکے میں دس افراد زخمی ہوئے۔ ہسپتال انتظامیہ کے مطابق زخمیوں کو طبی امداد دی جا رہی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "ہسپتال انتظامیہ");
    // Nor what a pronoun points back to: the person the text named is.
    let text = "بالی وڈ کی اداکارہ پریانکا چوپڑا کو جلدی اٹھنا پسند نہیں ہے۔ سانتا بانتا نیوز کے مطابق وہ رات کو شوٹنگ کراتی ہیں۔ انہوں نے انٹرویو میں کہا کہ مجھے صبح اٹھنا مشکل لگتا ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "پریانکا چوپڑا", "{q:?}");
}

#[test]
fn two_bodies_of_one_kind_are_two_speakers() {
    let text = "بلوچستان انوائرنمنٹ پروٹیکشن ایجنسی کا کہنا تھا کہ تیل جہاز سے نہیں نکلا۔ میری ٹائم سکیورٹی ایجنسی کا کہنا ہے کہ آلودہ ریت کو دوسرے مقام پر ٹھکانے لگایا جائے گا۔ ایجنسی کا کہنا ہے کہ صفائی جاری ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_ne!(q[0].1, q[1].1, "{q:?}");
    assert_eq!(q[2].1, q[1].1, "{q:?}");
}

#[test]
fn a_connective_that_opens_what_was_said_ends_no_clause() {
    let text =
        "پرینکا نے کہا کہ جب گلوکار نک جوناس نے کہا کہ وہ شادی کرنا چاہتے ہیں تو میں حیران رہ گئی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "پرینکا");
    assert!(q[0].2.ends_with("میں حیران رہ گئی"), "{q:?}");
    assert_eq!(q[1].1, "نک جوناس");
}

#[test]
fn a_relative_clause_ending_with_its_auxiliary_stands_between_subject_and_marker() {
    let text = "بورس کونڈراشین کی بہن جو خود بھی ایک ڈاکٹر ہیں نے کہا کہ انہیں کچھ معلوم نہیں تھا۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(
            QuoteKind::Indirect,
            "بورس کونڈراشین کی بہن",
            "انہیں کچھ معلوم نہیں تھا"
        )]
    );
}

#[test]
fn a_report_with_no_issuer_is_the_body_last_quoted_though_people_spoke_since() {
    let text = "عالمی بینک کی رپورٹ کے مطابق ترسیلات زر میں اضافہ ہوا ہے۔ ماہر معاشیات دلیپ رتھا نے کہا کہ فیس کم ہونی چاہیے۔ رپورٹ میں کہا گیا ہے کہ مزدوروں کی بھرتی پر بہت خرچہ آتا ہے۔ اس میں مزید کہا گیا ہے کہ فیس پانچ فیصد ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 4, "{q:?}");
    assert_eq!(q[1].1, "دلیپ رتھا");
    assert_eq!(q[2].1, "عالمی بینک");
    assert_eq!(q[3].1, "عالمی بینک");
}

#[test]
fn a_passive_report_names_no_one_when_no_body_spoke_nearby() {
    // The last speaker is a person and no body was quoted before: no issuer to give.
    let text = "وزیر خزانہ نے کہا کہ بجٹ متوازن ہے۔ رپورٹ میں کہا گیا ہے کہ خسارہ بڑھ گیا ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "?");
}

#[test]
fn before_anyone_spoke_a_pronoun_is_the_person_named_in_its_paragraph() {
    let text = "الرجی سوسائٹی کے رکن ڈاکٹر مجدی بدران کی تحقیق سے یہ بات ثابت ہوئی ہے کہ مونگ پھلی مفید ہے۔ یہ ریشہ وزن کم کرنے میں مدد دیتا ہے۔ ان کا کہنا ہے کہ قدرت کا یہ تحفہ انمول ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.last().map(|q| q.1), Some("مجدی بدران"), "{q:?}");
    // Not across a paragraph.
    let text = "ڈاکٹر مجدی بدران کی تحقیق مکمل ہو گئی۔\n\nان کا کہنا ہے کہ یہ تحفہ انمول ہے۔";
    assert_eq!(quotes(&analyze(text))[0].1, "?");
    // A name after a title that runs on into the sentence is its first two words.
    let text = "پاکستانی فاسٹ بولر وہاب ریاض ورلڈ کپ میں فتح کے خواہاں ہیں۔ انہوں نے کہا کہ ٹیم منصوبہ بنائے۔";
    assert_eq!(quotes(&analyze(text))[0].1, "وہاب ریاض");
}

#[test]
fn research_reports_its_findings_for_its_possessor() {
    let text = "نیچرل سائنس پروگرام کی ریسرچ کے مطابق مچھلی کا تیل مفید ہے۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[0].1, "نیچرل سائنس پروگرام");
}

#[test]
fn an_outlet_named_in_marks_before_its_kind_is_a_name_and_the_speaker() {
    let text = "’الجزیرہ‘ ٹی وی نے اسپاٹ فکسنگ کی نشاندہی کی تھی۔ ٹی وی کا کہنا ہے کہ بکی میچ کا نتیجہ بتا سکتا ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(
        q,
        [(
            QuoteKind::Indirect,
            "الجزیرہ",
            "بکی میچ کا نتیجہ بتا سکتا ہے"
        )]
    );
}

#[test]
fn a_name_after_a_bodys_title_is_a_person_and_another_bodys_spokesman_is_someone_else() {
    let text = "وزارت خارجہ کے ترجمان محمد فیصل نے کہا کہ مذاکرات جاری ہیں۔\n\nپولیس کے ترجمان نے کہا کہ تحقیقات جاری ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "محمد فیصل");
    assert_eq!(q[1].1, "پولیس کے ترجمان");
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Person);
}

#[test]
fn words_of_membership_and_joined_postpositions_are_not_part_of_a_name() {
    let text = "رپورٹ مرتب کرنے والے ماہرین میں شامل دلیپ رتھا کا کہنا ہے کہ فیس کم ہونی چاہیے۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[0].1, "دلیپ رتھا");
}

#[test]
fn a_quoted_crosshead_is_nobodys_continued_speech() {
    // A line that is one quotation with no end of sentence heads what follows; a line that
    // ends its sentence goes on with the speaker before it.
    let text = "فرانس کے وزیر معیشت نے کہا کہ تجارتی جنگ میں کوئی فاتح نہیں ہو گا۔\n’تجارتی جنگ تو اچھی ہوتی ہے‘\nامریکی صدر نے کہا تھا کہ تجارتی جنگیں اچھی چیز ہیں۔\n’ہم ڈیوٹی لگا دیں گے۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 4, "{q:?}");
    assert_eq!((q[1].0, q[1].1), (QuoteKind::Direct, "?"));
    assert_eq!(q[3].1, q[2].1);
}

#[test]
fn a_relative_possessor_stands_for_the_noun_before_it() {
    let text = "ایک ہی ملک ہواوے کے ساتھ کھڑا ہے اور وہ ہے پاپوا نیو گینی، جس کا کہنا ہے کہ وہ ہواوے کے ساتھ معاہدہ کرے گا۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[0].1, "پاپوا نیو گینی");
}

#[test]
fn a_documents_possessor_before_a_participle_or_a_year_and_its_issuing_office() {
    for (text, speaker) in [
        (
            "فچ ریٹنگز کے لگائے گئے معاشی اندازوں کے مطابق معیشت سست رہے گی۔",
            "فچ ریٹنگز",
        ),
        (
            "جاپانی کیبنٹ آفس کی 2015 کی ایک رپورٹ کے مطابق سکول کے آغاز پر خودکشیاں بڑھ جاتی ہیں۔",
            "جاپانی کیبنٹ آفس",
        ),
        (
            "پیر کو وزیراعظم آفس سے جاری ایک بیان کے مطابق وزارت نے تفصیلات جمع کرائیں۔",
            "وزیراعظم آفس",
        ),
    ] {
        let a = analyze(text);
        assert_eq!(quotes(&a)[0].1, speaker, "{text}");
    }
    // A statement issued from a place names no source.
    let a = analyze("اسلام آباد سے جاری ایک بیان کے مطابق اجلاس کل ہو گا۔");
    assert!(a.quotes().is_empty(), "{:?}", quotes(&a));
}

#[test]
fn a_leader_is_not_the_office_named_after_the_role() {
    let text = "وزیراعظم آفس سے جاری بیان کے مطابق اجلاس ہوا۔ وزیراعظم محمد نواز شریف نے کہا کہ نتائج سامنے آ رہے ہیں۔ وزیراعظم نے کہا کہ ریلیف دیا جائے گا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[0].1, "وزیراعظم آفس");
    assert_eq!(q[2].1, "محمد نواز شریف");
}

#[test]
fn requests_orders_and_advice_report_what_was_asked() {
    for (text, speaker) in [
        (
            "عائشہ احمد نے میسی کو خط لکھ کر درخواست کی تھی کہ وہ میچ میں شرکت نہ کریں۔",
            "عائشہ احمد",
        ),
        (
            "فیس بک کے بانی مارک زکربرگ نے اپنی ٹیم کو حکم دیا کہ وہ اینڈرائیڈ فون استعمال کریں۔",
            "مارک زکربرگ",
        ),
        (
            "ڈاکٹر احمد نے لوگوں کو نصیحت کی کہ چائے کا استعمال اعتدال میں کریں۔",
            "احمد",
        ),
        (
            "فلسطینی بچوں پر مشتمل گروپ نے میسی سے درخواست کی کہ وہ میچ نہ کھیلیں۔",
            "بچوں پر مشتمل گروپ",
        ),
    ] {
        let a = analyze(text);
        let q = quotes(&a);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, speaker, "{text}");
    }
}

#[test]
fn a_frame_that_opens_what_was_said_is_part_of_it() {
    let text = "ادارے کے ترجمان نسیم الرحمٰن کا مزید کہنا تھا کہ انہوں نے وزارت خارجہ سے درخواست کی ہے کہ وہ انڈین حکومت سے بات کرے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q[0].1, "نسیم الرحمٰن");
    assert_eq!(
        q[0].2,
        "انہوں نے وزارت خارجہ سے درخواست کی ہے کہ وہ انڈین حکومت سے بات کرے"
    );
}

#[test]
fn where_a_body_is_based_is_not_part_of_its_name() {
    let text = "برسلز میں قائم سوفٹ کے صدر دفتر سے جاری ایک بیان میں کہا گیا ہے کہ کمپنی کو افسوس ہے۔\n\nلندن میں مقیم صحافی احمد علی نے کہا کہ حالات خراب ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "سوفٹ کے صدر دفتر");
    assert_eq!(q[1].1, "احمد علی");
}

#[test]
fn in_someones_view_is_a_source_and_near_a_place_is_not() {
    let a = analyze("ماہرین کے نزدیک بیریز بہترین اینٹی آکسیڈنٹ ہیں۔");
    assert_eq!(quotes(&a)[0].1, "ماہرین");
    let a = analyze("وہ سیاٹل کے نزدیک واقع ایک علاقے میں رہتے ہیں۔");
    assert!(a.quotes().is_empty(), "{:?}", quotes(&a));
}

#[test]
fn a_light_verb_or_a_modal_ends_the_clause_before_a_source() {
    for (text, speaker) in [
        (
            "چینی حکومت نے امریکا سے تیل کی خریداری مکمل طور پر بند کر دی غیرملکی خبر رساں ادارے کے مطابق چین کی درآمدات کم ہو گئیں۔",
            "غیرملکی خبر رساں ادارے",
        ),
        (
            "سورج کی کشش بھی ان پر اثر نہیں ڈال سکتی کمپیوٹر ماڈلوں کے مطابق یہ بادل جامد رہیں گے۔",
            "کمپیوٹر ماڈلوں",
        ),
    ] {
        let a = analyze(text);
        assert_eq!(quotes(&a)[0].1, speaker, "{text}");
    }
    // `دی` that begins a name is no verb.
    let a = analyze("دی نیوز کے مطابق حکومت نے ٹیکس بڑھا دیا۔");
    assert_eq!(quotes(&a)[0].1, "دی نیوز");
}

#[test]
fn an_acronym_spelled_in_letters_is_one_name() {
    // `آئی` is also "came", and `ایس پی` a police title: inside a longer run of letters they
    // are letters of the acronym.
    let a = analyze("پاک فوج کے شعبہ تعلقات عامہ آئی ایس پی آر کے مطابق دہشت گردوں کی کمین گاہیں تباہ کر دی گئیں۔");
    assert_eq!(quotes(&a)[0].1, "آئی ایس پی آر");
    let a = analyze("حملہ آور فرار ہو گئے۔ اے پی اے کے مطابق زخمیوں میں خواتین شامل ہیں۔");
    assert_eq!(quotes(&a)[0].1, "اے پی اے");
    // A title before an acronym is a role at that body, not the person just quoted.
    let text = "میاں ثاقب نثار نے کہا کہ پرچم کی جگہ جانور کی تصویر لگائی جا رہی ہے، اس پر ایم ڈی پی آئی اے نے جواب دیا کہ مارخور قومی جانور ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "ایم ڈی پی آئی اے");
    // A title in letters before one more letter is part of an acronym (MDA, not the MD of A).
    let a = analyze("ایم ڈی اے کے مطابق کوئی بھی بلڈر سرمایہ کاری کے لیے تیار نہ تھا۔");
    assert_eq!(quotes(&a)[0].1, "ایم ڈی اے");
    // A police title before a name stays a title.
    let a = analyze("ایس پی عمر خان نے کہا کہ تحقیقات جاری ہیں۔");
    assert_eq!(quotes(&a)[0].1, "عمر خان");
}

#[test]
fn a_first_person_present_frame_inside_someones_words_is_their_own() {
    let text = "عمران خان نے کہا کہ ہم نے سٹے آرڈر لیا تھا، ہم مطالبہ کرتے ہیں کہ شاہراہ دستور خالی کر دی جائے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "عمران خان");
}

#[test]
fn a_slogan_is_words_said_however_short() {
    let text = "جب دھرنا ختم ہو گا مزدور وی آئی پی بن چکا ہوگا۔ ’’گو نواز گو‘‘ کے نعرے لگ رہے ہیں۔";
    let a = analyze(text);
    assert_eq!(quotes(&a), [(QuoteKind::Direct, "?", "گو نواز گو")]);
    // Its chanters, when the text names them just before it: a group of people as the
    // subject (every slogan of a list is theirs), the subject with `نے`, the issuer.
    let text =
        "اس دوران لوگ ’’جیوے جیوے پاکستان‘‘ اور ’’ہم کیا چاہتے آزادی‘‘ کے فلک شگاف نعرے لگاتے رہے۔";
    assert_eq!(
        quotes(&analyze(text)),
        [
            (QuoteKind::Direct, "لوگ", "جیوے جیوے پاکستان"),
            (QuoteKind::Direct, "لوگ", "ہم کیا چاہتے آزادی")
        ]
    );
    let text = "مظاہرین نے ’’گو نواز گو‘‘ کے نعرے لگائے۔";
    assert_eq!(
        quotes(&analyze(text)),
        [(QuoteKind::Direct, "مظاہرین", "گو نواز گو")]
    );
    let text = "متاثرین کی جانب سے ’’پاکستان زندہ باد‘‘ کے نعروں کی گونج میں وزیراعظم نے کہا کہ مدد جاری رہے گی۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [
            (QuoteKind::Direct, "متاثرین", "پاکستان زندہ باد"),
            (QuoteKind::Indirect, "وزیراعظم", "مدد جاری رہے گی")
        ]
    );
    // A news service that reports the chanting is no credit: its report is its own words.
    let text = "کشمیر میڈیا سروس کے مطابق لوگ ’’جیوے جیوے پاکستان‘‘ کے نعرے لگاتے رہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, QuoteKind::Indirect);
    // A service named after its place is named so (`سروس` is a body's word).
    assert_eq!(q[0].1, "کشمیر میڈیا سروس");
    // The chanters are not who the text goes on about.
    let text = "وزیر اعظم نواز شریف نے خطاب کیا۔ لوگ ’’زندہ باد‘‘ کے نعرے لگاتے رہے۔ انہوں نے کہا کہ ملک ترقی کرے گا۔";
    assert_eq!(quotes(&analyze(text))[1].1, "نواز شریف");
    // A short name in marks before a genitive is still a name (`’بی ایف آر‘ کے`).
    assert!(analyze("کمپنی ’اسپارک‘ کے مالک نے دفتر کھولا۔")
        .quotes()
        .is_empty());
}

#[test]
fn a_court_by_its_generic_name_is_the_court_named_not_another_body() {
    let text = "برطانوی نشریاتی ادارے ’بی بی سی‘ نے بتایا کہ برٹش کولمبیا کی سپریم کورٹ نے طویل سماعت کی۔\n\nعدالت نے بتایا کہ مینگ وانژو نے پابندیوں کی خلاف ورزی کی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "سپریم کورٹ");
    // With no court named, the court is a speaker of its own.
    let text = "ایف آئی اے کے مطابق ملزم گرفتار کر لیا گیا۔ عدالت نے کہا کہ ملزم کو پیش کیا جائے۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[1].1, "عدالت");
}

#[test]
fn a_verb_after_a_participial_clause_has_the_subject_the_text_is_about() {
    // The subject is dropped after a participial clause: the person the text is about.
    let text = "امریکی نمائندے ڈینیئل فیلڈمین نے کہا کہ امریکہ کو تشویش ہے۔ کشمیر کے بارے میں ایک سوال کا جواب دیتے ہوئے کہا کہ ہم نے ہمیشہ کہا ہے کہ مسئلہ مذاکرات سے حل ہو۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "ڈینیئل فیلڈمین");
    assert!(q[1].2.starts_with("ہم نے ہمیشہ کہا ہے"), "{q:?}");
    assert!(a.speakers().iter().all(|s| s.name() != "ہم"));
    // The main clause's subject stands before a clause the participial clause holds.
    let text = "چین نے امریکہ کے اس الزام کہ سی پیک سے معیشت بحران زدہ ہو گئی ہے مسترد کرتے ہوئے کہا ہے کہ سی پیک سے ترقی ہوئی۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(QuoteKind::Indirect, "چین", "سی پیک سے ترقی ہوئی")]
    );
    // Not across a report: the verb after `X نے کہا کہ … کرتے ہوئے` starts a new one.
    let text = "نگہت مرزا نے کہا کہ فیصلہ غلط ہے، حکومت کو مخاطب کرتے ہوئے کہا کہ کیس کی دوبارہ تفتیش کرائی جائے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].2, "کیس کی دوبارہ تفتیش کرائی جائے");
}

#[test]
fn a_sentence_adverb_or_where_is_no_part_of_a_speaker() {
    let text = "قبل ازیں پاکستانی فوجی حکام نے کہا تھا کہ سرحدی چوکی پر حملہ ہوا۔ واقعہ کلیولینڈ میں پیش آیا جہاں پولیس کے مطابق لڑکا بندوق لہرا رہا تھا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q[0].1, "پاکستانی فوجی حکام");
    assert_eq!(q[1].1, "پولیس");
}

#[test]
fn what_things_happen_in_accordance_with_is_no_source() {
    for text in [
        "سری لنکن بورڈ نے کہا کہ مالنگا زیر علاج ہیں اور سب کچھ پلان کے مطابق ٹھیک چل رہا ہے۔",
        "مسئلہ کشمیر کو وہاں کے لوگوں کی امنگوں کے مطابق حل کیا جانا چاہیے۔",
        "میں خود کو حالات کے مطابق ڈھال لیتی ہوں۔",
        "قومی اسمبلی کے قواعد و ضوابط اور طریقہ کار 2007ء کے مطابق سپیکر کی تصدیق لازم ہے۔",
    ] {
        let a = analyze(text);
        let sources: Vec<&str> = a.speakers().iter().map(|s| s.name()).collect();
        assert!(
            sources.iter().all(|s| !s.contains("پلان")
                && !s.contains("امنگوں")
                && !s.contains("حالات")
                && *s != "ء"),
            "{text}: {sources:?}"
        );
    }
}

#[test]
fn calling_someone_something_reports_no_words() {
    let text =
        "ملالہ کی والدہ نے کہا کہ ہم ملالہ کو پیار سے خوبانی کہتے ہیں، ملالہ پر حملے کا بہت دکھ ہوا۔";
    let a = analyze(text);
    assert!(a.speakers().iter().all(|s| s.name() != "خوبانی"));
    assert_eq!(quotes(&a).len(), 1);
}

#[test]
fn portfolios_joined_by_and_belong_to_the_title() {
    let text = "وفاقی وزیر اطلاعات و نشریات پرویز رشید نے کہا کہ حکومت ریلی کی حمایت کرے گی۔ وزیراعظم کے مشیر برائے امور خارجہ و قومی سلامتی سرتاج عزیز نے کہا کہ منصوبہ ختم نہیں ہوا۔";
    let a = analyze(text);
    let names: Vec<&str> = a.speakers().iter().map(|s| s.name()).collect();
    assert_eq!(names, ["پرویز رشید", "سرتاج عزیز"]);
}

#[test]
fn plural_descriptions_and_fields_of_expertise_are_not_names() {
    let text = "تجزیہ کاروں کے مطابق فائیو جی اہم ہے۔ ماہرین غذائیات کے مطابق ایسی غذائیں موجود ہیں۔ وزیراعظم ہاؤس کا کہنا ہے کہ سعودی عرب نے مدد کی۔";
    let a = analyze(text);
    let q = quotes(&a);
    let speakers: Vec<&str> = q.iter().map(|q| q.1).collect();
    assert_eq!(speakers, ["تجزیہ کاروں", "ماہرین غذائیات", "وزیراعظم ہاؤس"]);
}

#[test]
fn a_reports_words_in_quotation_marks_are_the_body_last_quoted() {
    let text = "امریکی ادارے سینٹر آف نیو امیریکن سکیورٹی کا کہنا ہے کہ چین آگے بڑھ سکتا ہے۔\n\nرپورٹ کے مطابق ’چینی فوج مصنوعی ذہانت سے متعلق منصوبوں میں سرمایہ کاری کر رہی ہے۔‘\n\nرپورٹ کے مطابق چینی فوج تحقیق کر رہی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    // The bare report's unmarked words are no quotation (no source is named).
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].0, QuoteKind::Direct);
    assert_eq!(q[1].1, "سینٹر آف نیو امیریکن سکیورٹی");
}

#[test]
fn a_story_told_in_quotation_marks_is_the_tellers() {
    let text = "’وہ دونوں لڑکیاں مجھے اس فلیٹ میں ملیں‘ سپنر شین وارن نے اپنی زندگی کا سب سے شرمناک واقعہ سنادیا۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(
            QuoteKind::Direct,
            "شین وارن",
            "وہ دونوں لڑکیاں مجھے اس فلیٹ میں ملیں"
        )]
    );
    // The story is the verb's object: the words after it are no quotation, and after
    // `ایسی` ("such") the `کہ` opens a clause of result, not what was said.
    for text in [
        "اس نے اپنی ماضی کی ایسی دلخراش کہانی دنیا کو سنادی ہے کہ ہر سننے والا افسردہ ہو جائے۔",
        "عدالت نے ملزم کو سزا سنادی پولیس نے اسے جیل بھیج دیا۔",
    ] {
        assert!(quotes(&analyze(text)).is_empty(), "{text}");
    }
}

#[test]
fn what_the_words_were_about_may_stand_before_the_noun_of_saying() {
    let text =
        "اداکارہ تاپسی پنو کا فلم انڈسٹری میں انٹری کے حوالے سے کہنا تھا کہ یہ ایک اتفاق تھا۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(QuoteKind::Indirect, "تاپسی پنو", "یہ ایک اتفاق تھا")]
    );
}

#[test]
fn a_documents_possessor_or_where_a_study_was_done_issues_it() {
    let text = "پینٹاگون کی ایک دستاویز میں خبردار کیا گیا ہے کہ چینی کمپنیاں حصص خرید رہی ہیں۔\n\nکنگز کالج لندن میں کی جانے والی لیب سٹڈی میں بتایا گیا کہ بچوں کو الرجی کم ہوئی۔";
    let a = analyze(text);
    let speakers: Vec<&str> = quotes(&a).iter().map(|q| q.1).collect();
    assert_eq!(speakers, ["پینٹاگون", "کنگز کالج لندن"]);
    // A study done in a place names no issuer.
    let text = "لاہور میں ہونے والی تحقیق میں بتایا گیا کہ پانی آلودہ ہے۔";
    let a = analyze(text);
    assert!(a.quotes().iter().all(|q| q.speaker().is_none()));
}

#[test]
fn a_party_named_in_a_title_belongs_to_the_title() {
    let text = "امیر جماعت اسلامی سراج الحق نے کہا ہے کہ سیاسی جماعتیں اختلافات بھلا دیں۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[0].1, "سراج الحق");
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Person);
}

#[test]
fn the_first_person_and_doers_are_no_antecedents() {
    let text = "امیر جماعت اسلامی سراج الحق نے کہا کہ عوام تبدیلی چاہتے ہیں۔ کراچی والوں نے بیس سال ووٹ دیے مگر انہیں حقوق نہیں ملے۔ انہوں نے کہا کہ ڈاکٹر ناکام ہو تو دوسرے کے پاس جایا جاتا ہے۔";
    let q = {
        let a = analyze(text);
        quotes(&a)
            .iter()
            .map(|q| q.1.to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(q, ["سراج الحق", "سراج الحق"]);
    let text = "کوچ روسل ڈومینگو نے کہا کہ ٹیم تیار ہے۔ ہماری پارلیمنٹ نے قانون منظور کیا۔ انہوں نے کہا کہ جیک کیلس اہم ہیں۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[1].1, "روسل ڈومینگو");
}

#[test]
fn emphatics_time_adverbs_and_verbs_are_no_part_of_a_speaker() {
    let text = "خود پرینکا چوپڑا نے کہا کہ وہ بہت خوش ہیں۔ گزشتہ دنوں مسعود اوزل نے کہا کہ وہ ٹیم چھوڑ رہے ہیں۔";
    let a = analyze(text);
    let speakers: Vec<&str> = quotes(&a).iter().map(|q| q.1).collect();
    assert_eq!(speakers, ["پرینکا چوپڑا", "مسعود اوزل"]);
    // A notification or a list with no body named is no source.
    let text = "جاری کردہ نوٹیفکیشن کے مطابق ایل پی جی کا استعمال غیر قانونی ہے۔";
    assert!(analyze(text).quotes().is_empty());
    // A well-known body's name right before the document is its possessor.
    let text = "اوگرا نوٹیفکیشن کے مطابق ایل پی جی کا استعمال غیر قانونی ہے۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[0].1, "اوگرا");
}

#[test]
fn a_name_given_in_marks_and_an_english_apostrophe_are_no_quotations() {
    let text = "سونالی بیندرے ایک کامیاب مصنفہ بھی ہیں۔ کتاب کا نام ’The Modern Gurukul: My Experiments with Parenting‘ ہے۔\n\nایک صارف نے لکھا: Im disappointed in Sanam Baloch for talking about Aamir Liaquat’s first wife.";
    let a = analyze(text);
    assert!(
        a.quotes().iter().all(|q| q.kind() != QuoteKind::Direct),
        "{:?}",
        quotes(&a)
    );
}

#[test]
fn words_given_as_a_title_or_a_theme_are_no_quotation() {
    let text = "فافین نے ’’نیشنل اسمبلی الیکشن 2013، نتائج و تجزیہ‘‘ کے عنوان سے اپنی حتمی رپورٹ جاری کی۔ وزیراعظم ’’امن و خوشحالی کیلئے گہری ہم آہنگی‘‘ کے موضوع پر منعقد اجلاس میں شریک ہوئے۔";
    assert!(analyze(text).quotes().is_empty());
}

#[test]
fn who_puts_a_question_is_not_who_answers_it() {
    let text = "ہیکر شہمیر عامر نے بتایا کہ بینک محفوظ نہیں ہیں۔ بی بی سی نے جب ان سے ڈیٹا چوری ہونے کے حوالے سے سوال کیا تو ان کا کہنا تھا کہ دونوں میں سے کوئی جھوٹ بول رہا ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q[1].1, q[0].1, "{q:?}");
}

#[test]
fn countries_in_their_other_news_spellings_are_places() {
    let text = "جنوبی کوریا، نائیجیریا، فیجی اور کروئیشیا میں بھی یہ منصوبے جاری ہیں۔";
    let a = analyze(text);
    let names: Vec<&str> = a.locations().iter().map(|l| l.name()).collect();
    for country in ["جنوبی کوریا", "نائجیریا", "فجی", "کروشیا"] {
        assert!(names.contains(&country), "{country}: {names:?}");
    }
}

#[test]
fn objects_and_postpositions_are_no_part_of_a_speaker() {
    // `یہ` and its noun are the verb's object: a subject of `نے` is oblique (`اس`).
    let a = analyze(
        "یہ اپیل برطانیہ کے وزیراعظم ڈیوڈ کیمرون نے کی۔ انہوں نے کہا کہ برطانیہ ایک خصوصی ملک ہے۔",
    );
    assert_eq!(a.speakers()[0].name(), "ڈیوڈ کیمرون");
    // `بارے`, "about", is a postposition.
    let a = analyze("آپریشن بارے طارق فاطمی نے کہا کہ پوری دنیا کو اس کا پتہ چلتا ہے۔");
    assert_eq!(a.speakers()[0].name(), "طارق فاطمی");
    // Rates and rankings are read off a table.
    assert!(
        analyze("تازہ ترین رینکنگ کے مطابق سرینا ولیمز پہلی پوزیشن پر برقرار ہیں۔")
            .quotes()
            .is_empty()
    );
}

#[test]
fn ascii_marks_alternate_and_titles_listed_before_such_as_are_names() {
    // The ASCII `"` cannot nest in itself: however it is spaced, each closes the one open.
    let text = "انہوں نے کہا کہ ریتک روشن\"زندگی نہ ملے گی دوبارہ\" اور \"کرش3 \"جیسی سپر ہٹ کے بعد اب \"بینگ بینگ\"میں نظر آئیں گے۔";
    let a = analyze(text);
    let kinds: Vec<QuoteKind> = a.quotes().iter().map(|q| q.kind()).collect();
    assert_eq!(kinds, [QuoteKind::Indirect]);
    // Titles listed before `جیسی` and the kind of work are names; and a bare report's
    // words are only those it is quoted for in marks.
    let text = "رپورٹ کے مطابق ’کچھ کچھ ہوتا ہے‘ اور ’کل ہو نہ ہو‘ جیسی مقبول فلمیں دینے والے کرن جوہر نے کہا کہ وہ خوش ہیں۔";
    assert_eq!(
        quotes(&analyze(text)),
        [(QuoteKind::Indirect, "کرن جوہر", "وہ خوش ہیں")]
    );
}

#[test]
fn a_first_person_frame_outside_any_report_is_the_last_speakers() {
    // A reporter does not write in the first person: `ہم نے … کہا تھا` is the speaker's own
    // words run on unmarked.
    let text = "وزیر اطلاعات پرویز رشید نے کہا کہ فیصلہ ہو جائے گا۔ ہم نے دونوں جماعتوں سے کہا تھا کہ ہم پرامن احتجاج کا حق تسلیم کرتے ہیں۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [
            (QuoteKind::Indirect, "پرویز رشید", "فیصلہ ہو جائے گا"),
            (
                QuoteKind::Indirect,
                "پرویز رشید",
                "ہم پرامن احتجاج کا حق تسلیم کرتے ہیں"
            )
        ]
    );
    assert_eq!(a.speakers().len(), 1);
}

#[test]
fn a_quoted_name_before_the_speakers_phrase_qualifies_it() {
    let text = "\"ناسا\" حکام کے مطابق روبوٹ کی حالت اچھی ہے۔";
    assert_eq!(
        quotes(&analyze(text)),
        [(QuoteKind::Indirect, "حکام", "روبوٹ کی حالت اچھی ہے")]
    );
}

#[test]
fn a_passive_cue_right_after_a_bodys_words_goes_on_reporting_it() {
    let text = "فیس بک نے صارفین کو بتایا کہ نیوز فیڈ میں خبریں کم ہوں گی۔ اس کے بعد یہ بتایا گیا کہ مقامی خبروں کو ترجیح دی جائے گی۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a)[1],
        (
            QuoteKind::Indirect,
            "فیس بک",
            "مقامی خبروں کو ترجیح دی جائے گی"
        )
    );
    // Someone told (`اسے بتایا گیا`) is not the teller: the words stay unattributed.
    let text = "ایپل نے کہا کہ ایپس ہٹا دی گئی ہیں۔ اسے بتایا گیا تھا کہ ایپس قانون کے خلاف ہیں۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a)[1],
        (QuoteKind::Indirect, "?", "ایپس قانون کے خلاف ہیں")
    );
}

#[test]
fn a_person_s_title_after_a_body_s_word_makes_a_person() {
    let text = "پولیس آفیسر فیصل شہزاد کا کہنا ہے کہ حملہ آور فرار ہو گیا۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(QuoteKind::Indirect, "فیصل شہزاد", "حملہ آور فرار ہو گیا")]
    );
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Person);
    assert_eq!(a.speakers()[0].title(), Some("پولیس آفیسر"));
}

#[test]
fn a_well_known_body_s_other_name_is_the_same_speaker() {
    let text = "عالمی ادارہ صحت کے مطابق دس لاکھ افراد متاثر ہیں۔ ڈبلیو ایچ او نے کہا کہ مزید امداد کی ضرورت ہے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [
            (
                QuoteKind::Indirect,
                "عالمی ادارہ صحت",
                "دس لاکھ افراد متاثر ہیں"
            ),
            (
                QuoteKind::Indirect,
                "عالمی ادارہ صحت",
                "مزید امداد کی ضرورت ہے"
            )
        ]
    );
    assert_eq!(a.speakers().len(), 1);
    // The acronym first, then a name that holds the fullest one.
    let text =
        "پاکستان تحریک انصاف نے کہا کہ احتجاج جاری رہے گا۔ پی ٹی آئی کے مطابق دھرنا پرامن ہوگا۔";
    let a = analyze(text);
    assert_eq!(a.speakers().len(), 1);
    assert_eq!(a.speakers()[0].mentions()[1].text(), "پی ٹی آئی");
}

#[test]
fn a_pronoun_typed_with_a_space_inside_is_a_pronoun() {
    let text =
        "وزیر خزانہ اسحاق ڈار نے کہا کہ معیشت بہتر ہو رہی ہے۔ ا نھوں نے کہا کہ مہنگائی کم ہوگی۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a)[1],
        (QuoteKind::Indirect, "اسحاق ڈار", "مہنگائی کم ہوگی")
    );
    assert_eq!(a.speakers().len(), 1);
}

#[test]
fn a_leader_s_role_before_a_name_and_a_surname_that_names_a_place() {
    // `سربراہ` (head) before a name makes a person, and `ریاض`, a city, is the surname of a
    // titled name, not a title's place.
    let text = "بحریہ ٹاؤن کے سربراہ ملک ریاض نے کہا کہ منصوبہ جاری رہے گا۔";
    let a = analyze(text);
    assert_eq!(a.speakers()[0].name(), "ملک ریاض");
    assert_eq!(a.speakers()[0].title(), Some("بحریہ ٹاؤن کے سربراہ"));
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Person);
    // A place after a title alone is the title's (`وزیر اعلیٰ پنجاب`): no name.
    let text = "وزیر اعلیٰ پنجاب نے کہا کہ منصوبہ جاری رہے گا۔";
    assert_eq!(analyze(text).speakers()[0].name(), "وزیر اعلیٰ پنجاب");
}

#[test]
fn the_government_is_never_a_generic_name_for_another_body() {
    let text = "تحریک انصاف نے کہا کہ دھاندلی ہوئی۔ اب تک حکومت کہتی رہی ہے کہ کوئی شواہد نہیں۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a)[1],
        (QuoteKind::Indirect, "حکومت", "کوئی شواہد نہیں")
    );
}

#[test]
fn a_well_known_name_or_an_acronym_alone_in_marks_is_no_quotation() {
    let text = "محکمہ صحت کے افسران نے ’’اے پی پی‘‘ کو بتایا کہ دو مریض جاں بحق ہو گئے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(QuoteKind::Indirect, "افسران", "دو مریض جاں بحق ہو گئے")]
    );
}

#[test]
fn a_pronoun_after_a_group_of_people_as_subject_is_that_group() {
    let text = "وزیر داخلہ نے کہا کہ فوج کو بلایا جائے گا۔ دوسری طرف نواز شریف کے مخالفین نے اس فیصلے کی مذمت کی ہے۔ان کا کہنا ہے کہ یہ فیصلہ احتجاج روکنے کی سازش ہے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a)[1],
        (
            QuoteKind::Indirect,
            "نواز شریف کے مخالفین",
            "یہ فیصلہ احتجاج روکنے کی سازش ہے"
        )
    );
    // A body's generic name never stands for such a group (`محققین نے …۔ ٹیم کے مطابق`).
    let text = "محققین نے ایک تحقیق کی۔ تحقیقاتی ٹیم کے مطابق دکھ صحت پر اثر ڈالتا ہے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(
            QuoteKind::Indirect,
            "تحقیقاتی ٹیم",
            "دکھ صحت پر اثر ڈالتا ہے"
        )]
    );
}

#[test]
fn an_official_described_by_whom_they_belong_to() {
    let text = "وزارت خزانہ سے تعلق رکھنے والے ایک افسر نے بتایا کہ بجٹ تیار ہے۔";
    assert_eq!(
        quotes(&analyze(text)),
        [(
            QuoteKind::Indirect,
            "وزارت خزانہ سے تعلق رکھنے والے ایک افسر",
            "بجٹ تیار ہے"
        )]
    );
    let text = "کراچی سے تعلق رکھنے والے تاجر احمد علی نے کہا کہ کاروبار بند ہے۔";
    let a = analyze(text);
    assert_eq!(a.speakers()[0].name(), "احمد علی");
    assert_eq!(
        a.speakers()[0].title(),
        Some("کراچی سے تعلق رکھنے والے تاجر")
    );
}

#[test]
fn an_office_is_not_the_person_whose_title_it_bears() {
    // `صدر کے دفتر` ("the president's office") is a body; it names no president quoted
    // before. A demonym's other spelling (`برازیلین`) names the same country.
    for office in ["صدر کے دفتر", "برازیلین صدر کے دفتر"] {
        let text = format!(
            "اسرائیلی صدر نے کہا کہ یہ ریمارکس عوام کی نمائندگی نہیں کرتے۔ اس سے پہلے {office} کی طرف سے کہا گیا تھا کہ محتاط رہنا چاہئے۔"
        );
        let a = analyze(&text);
        assert_eq!(
            quotes(&a)[1],
            (QuoteKind::Indirect, office, "محتاط رہنا چاہئے"),
            "{office}"
        );
    }
}

#[test]
fn a_passive_statement_after_a_bodys_speech_act_is_that_bodys() {
    let text = "انٹرنیشنل کرکٹ کونسل نے عوام سے معلومات دینے کی اپیل کی ہے۔ اس کے بارے میں دعویٰ کیا گیا ہے کہ وہ فکسر ہے۔";
    assert_eq!(
        quotes(&analyze(text)),
        [(QuoteKind::Indirect, "انٹرنیشنل کرکٹ کونسل", "وہ فکسر ہے")]
    );
    // So is a letter's, after its writer is said to have written it.
    let text = "مشیر خارجہ سرتاج عزیز نے سیکرٹری جنرل کو خط لکھا ہے۔ خط میں کہا گیا ہے کہ فائرنگ بند کی جائے۔";
    assert_eq!(
        quotes(&analyze(text)),
        [(QuoteKind::Indirect, "سرتاج عزیز", "فائرنگ بند کی جائے")]
    );
    // So is a document's that a relative clause describes, though a full stop was typed
    // before the relative pronoun.
    let text =
        "پنجاب حکومت نے تحریری جواب جمع کروا دیا۔ جس میں کہا گیا ہے کہ پابندی برقرار رہے گی۔";
    assert_eq!(
        quotes(&analyze(text)),
        [(QuoteKind::Indirect, "پنجاب حکومت", "پابندی برقرار رہے گی")]
    );
    // Not after a body's other acts, nor in the reporter's aside, which turns to background,
    // nor when the cue names whom it tells: the one told is not the teller.
    for text in [
        "صدر ممنون حسین نے ترقی پر زور دیا۔ اجلاس کو بتایا گیا کہ سکولوں کی تعمیر جاری ہے۔",
        "کمپنی آئی بی ایم نے کمپیوٹر تیار کیے ہیں۔ فہرست میں کہا گیا ہے کہ یہ تیز ہے۔",
        "اسٹیٹ بینک آف پاکستان نے قسط ملنے کی تصدیق کی تھی۔ واضح رہے کہ دورے کے موقع پر اعلان کیا گیا تھا کہ پیکج ملے گا۔",
    ] {
        let a = analyze(text);
        let q = quotes(&a);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "?", "{text}");
    }
}

#[test]
fn roles_of_sport_and_show_business_are_titles() {
    let text = "آسٹریلوی آل راؤنڈر شین واٹسن نے کہا ہے کہ وہ جلد صحت یاب ہو جائیں گے۔";
    let a = analyze(text);
    assert_eq!(a.speakers()[0].name(), "شین واٹسن");
    // A titled name ends before the kind of a work (`فلم تخت`, the film "Takht"), and one
    // word of it names the person again.
    let text = "فلم ساز کرن جوہر فلم تخت بنانے جارہے ہیں۔ گزشتہ دنوں کرن نے خود اس بات کی تصدیق کی تھی۔ انہوں نے بتایا کہ فلم تاریخی کہانی پر مبنی ہے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(
            QuoteKind::Indirect,
            "کرن جوہر",
            "فلم تاریخی کہانی پر مبنی ہے"
        )]
    );
}

#[test]
fn new_is_not_the_ergative() {
    // `نئے` ("new") written with its hamza is not `نے`: the subject of a verb joined by `اور`
    // is the one before `نے`.
    let text = "وزیر احسن اقبال نے اجلاس کی صدارت کی۔ انہوں نے لاہور کے نئے ایئرپورٹ کی تعمیر کا نوٹس لیا اور کہا کہ غلطیاں نہ دہرائی جائیں۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(QuoteKind::Indirect, "احسن اقبال", "غلطیاں نہ دہرائی جائیں")]
    );
}

#[test]
fn a_relative_before_a_word_no_dictionary_lists_is_a_syllable_of_a_name() {
    // `جن` before `پنگ` is part of Xi Jinping's name, not the relative "whom"; his surname
    // alone names him again.
    let text =
        "چینی صدر شی جن پنگ نے کہا کہ تعاون جاری رہے گا۔ صدر شی نے کہا کہ سرمایہ کاری بڑھے گی۔";
    let a = analyze(text);
    let names: Vec<&str> = a.speakers().iter().map(|s| s.name()).collect();
    assert_eq!(names, ["شی جن پنگ"]);
    // Before a noun of the language it is the relative.
    let text = "وہ ممالک جن لوگوں نے ووٹ دیا، ان کا کہنا تھا کہ انتخابات شفاف تھے۔";
    let a = analyze(text);
    assert!(
        a.speakers().iter().all(|s| !s.name().contains("جن")),
        "{:?}",
        quotes(&a)
    );
}

#[test]
fn a_verb_by_its_form_ends_the_clause_before_a_speaker() {
    // Text typed without `۔`: an imperfect participle (`دکھاتیں`) or a stem with its light
    // verb written on (`بجادی`) ends the clause before; neither is part of the speaker.
    let text = "ٹیم نے خطرے کی گھنٹی بجادی مکی آرتھر نے کہا کہ کھلاڑی محنت کریں گے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(QuoteKind::Indirect, "مکی آرتھر", "کھلاڑی محنت کریں گے")]
    );
    let text = "دوائیں اپنا اثر نہیں دکھاتیں احمد علی کا کہنا ہے کہ پانی زیادہ پیا جائے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(QuoteKind::Indirect, "احمد علی", "پانی زیادہ پیا جائے")]
    );
    // A name that ends like a light verb stays whole (`بیدی`: `بی` is no verb's stem).
    let text = "سابق کرکٹر بشن سنگھ بیدی نے کہا کہ ٹیم مضبوط ہے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(QuoteKind::Indirect, "بشن سنگھ بیدی", "ٹیم مضبوط ہے")]
    );
}

#[test]
fn a_quoted_name_the_speaker_talks_about_is_no_quotation() {
    // A short quoted term with a case marker after it, between the speaker and the verb, is
    // the speech act's words only where the marker leads to the verb's noun.
    let text =
        "کپتان مصباح الحق نے \"اے ٹیم\" کی کارکردگی کو سراہتے ہوئے کہا کہ کھلاڑی باصلاحیت ہیں۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(QuoteKind::Indirect, "مصباح الحق", "کھلاڑی باصلاحیت ہیں")]
    );
    let text = "صدر پوتن نے ’فتح‘ کا دعویٰ کیا ہے۔";
    let a = analyze(text);
    assert_eq!(quotes(&a), [(QuoteKind::Partial, "پوتن", "فتح")]);
}

#[test]
fn what_people_do_is_a_title_and_an_embassy_is_a_body() {
    let text = "کاروباری شخصیت شلپا شیٹھی نے کہا کہ زیورات انہیں پسند ہیں۔ چیف سلیکٹر معین خان نے بتایا کہ ٹیم کا اعلان جلد ہوگا۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [
            (QuoteKind::Indirect, "شلپا شیٹھی", "زیورات انہیں پسند ہیں"),
            (QuoteKind::Indirect, "معین خان", "ٹیم کا اعلان جلد ہوگا")
        ]
    );
    // A statement issued from an embassy is the embassy's.
    let text = "پاکستان میں امریکی سفارتخانے سے جاری بیان میں کہا گیا ہے کہ سفارتخانہ صورتحال کا جائزہ لے رہا ہے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(
            QuoteKind::Indirect,
            "امریکی سفارتخانے",
            "سفارتخانہ صورتحال کا جائزہ لے رہا ہے"
        )]
    );
}

#[test]
fn a_letter_written_apart_ends_the_title_not_begins_the_name() {
    let text = "ہالی وڈ کی اداکار ہ نکول کڈمین کا کہنا ہے کہ منفی کردار محنت طلب ہوتا ہے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(
            QuoteKind::Indirect,
            "نکول کڈمین",
            "منفی کردار محنت طلب ہوتا ہے"
        )]
    );
}

#[test]
fn an_acronym_names_a_body_and_a_ministry_is_no_company() {
    // A name spelled in three letters or more is a body's.
    let text = "پی پی ایل کا موقف تھا کہ گیس کی فوری ضرورت نہیں۔ متعلقہ وزارت کے مطابق سردیوں میں گیس کی ضرورت ہوگی۔";
    let a = analyze(text);
    let ppl = &a.speakers()[0];
    assert_eq!(
        (ppl.name(), ppl.kind()),
        ("پی پی ایل", SpeakerKind::Organization)
    );
    // The ministry concerned is not the company just quoted.
    assert_eq!(
        quotes(&a),
        [
            (QuoteKind::Indirect, "پی پی ایل", "گیس کی فوری ضرورت نہیں"),
            (
                QuoteKind::Indirect,
                "متعلقہ وزارت",
                "سردیوں میں گیس کی ضرورت ہوگی"
            )
        ]
    );
}

#[test]
fn a_comma_before_the_complementizer_and_a_clause_opened_by_an_adverb() {
    // A comma typed between the verb and `کہ` leaves the clause after `کہ` what was said.
    let text = "خصوصی معاون طارق فاطمی نے کہا ہے ، کہ پاکستان امن چاہتا ہے۔";
    assert_eq!(
        quotes(&analyze(text)),
        [(QuoteKind::Indirect, "طارق فاطمی", "پاکستان امن چاہتا ہے")]
    );
    // With no `کہ`, an adverb of time opens what was said.
    let text = "امیر جماعت اسلامی سراج الحق نے کہا پہلے چار صوبے چلا کر دکھائیں۔";
    assert_eq!(
        quotes(&analyze(text)),
        [(
            QuoteKind::Indirect,
            "سراج الحق",
            "پہلے چار صوبے چلا کر دکھائیں"
        )]
    );
}

#[test]
fn a_name_written_with_a_space_left_out_is_the_same_name() {
    let text = "اداکار عامر خان نے کہا کہ فلم اچھی ہے۔ عامرخان نے مزید کہا کہ وہ خوش ہیں۔";
    let a = analyze(text);
    let names: Vec<&str> = a.speakers().iter().map(|s| s.name()).collect();
    assert_eq!(names, ["عامر خان"]);
}

#[test]
fn a_negation_that_ends_a_clause_ends_what_was_said_before_a_new_frame() {
    // Text typed without `۔`: the copula left out after `نہیں`, a new source frame follows.
    let text = "پی پی ایل کا موقف تھا کہ گیس کی فوری ضرورت نہیں متعلقہ وزارت کے مطابق سردیوں میں گیس کی ضرورت ہوگی۔";
    assert_eq!(
        quotes(&analyze(text)),
        [
            (QuoteKind::Indirect, "پی پی ایل", "گیس کی فوری ضرورت نہیں"),
            (
                QuoteKind::Indirect,
                "متعلقہ وزارت",
                "سردیوں میں گیس کی ضرورت ہوگی"
            )
        ]
    );
}

#[test]
fn a_role_at_a_named_body_is_not_the_witness_just_quoted() {
    // Eyewitnesses are a group of people; a body's spokesman is someone else.
    let text = "عینی شاہدین نے بتایا کہ دھماکہ زوردار تھا۔ نیٹو ترجمان نے حملے کی تصدیق کرتے ہوئے بتایا کہ کوئی اہلکار ہلاک نہیں ہوا۔";
    assert_eq!(
        quotes(&analyze(text)),
        [
            (QuoteKind::Indirect, "عینی شاہدین", "دھماکہ زوردار تھا"),
            (
                QuoteKind::Indirect,
                "نیٹو ترجمان",
                "کوئی اہلکار ہلاک نہیں ہوا"
            )
        ]
    );
}

#[test]
fn a_title_in_the_oblique_case_is_the_same_title() {
    // `نمائندے` (oblique) and `نمائندہ` (direct) are one noun: the description names the
    // envoy again, not the adviser quoted just before.
    let text = "امریکہ کے خصوصی نمائندے ڈینئل فیلڈمین نے کہا کہ مذاکرات ضروری ہیں۔ مشیر خارجہ سرتاج عزیز نے کہا کہ پاکستان امن چاہتا ہے۔ امریکی نمائندہ خصوصی کا کہنا تھا کہ کوششیں قابل تعریف ہیں۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a).last(),
        Some(&(
            QuoteKind::Indirect,
            "ڈینئل فیلڈمین",
            "کوششیں قابل تعریف ہیں"
        ))
    );
}

#[test]
fn a_news_agency_described_by_its_kind_is_a_channel_of_the_news() {
    // `خبر رساں ادارہ`, named or not, credits the report; the pronoun inside is the person
    // the text is about.
    let text = "خصوصی معاون طارق فاطمی نے کہا کہ پاکستان امن چاہتا ہے۔ برطانوی خبر رساں ادارے کے مطابق واشنگٹن میں صحافیوں سے بات کرتے ہوئے انہوں نے کہا کہ کارروائی جاری رہے گی۔";
    assert_eq!(
        quotes(&analyze(text)),
        [
            (QuoteKind::Indirect, "طارق فاطمی", "پاکستان امن چاہتا ہے"),
            (QuoteKind::Indirect, "طارق فاطمی", "کارروائی جاری رہے گی")
        ]
    );
}

#[test]
fn a_pronoun_written_together_with_the_genitive_is_the_speaker() {
    // `انکا` for `ان کا`: the possessive's pronoun points back like `ان`.
    let text =
        "عبد الرحمان کھیتران نے کہا کہ فیصلہ غلط ہے۔ انکا کہنا تھا کہ حکومت ناکام ہو چکی ہے۔";
    assert_eq!(
        quotes(&analyze(text)),
        [
            (QuoteKind::Indirect, "عبد الرحمان کھیتران", "فیصلہ غلط ہے"),
            (
                QuoteKind::Indirect,
                "عبد الرحمان کھیتران",
                "حکومت ناکام ہو چکی ہے"
            )
        ]
    );
}

#[test]
fn a_speaker_is_called_by_the_fullest_name_the_text_gives() {
    // The reporter names the prime minister in full as the subject of a clause and quotes him
    // by a short form; a glued name is the same letters.
    let text = "وزیراعظم میاں محمد نواز شریف نے اجلاس کی صدارت کی۔ بعد میں نواز شریف نے کہا کہ معیشت بہتر ہو گئی ہے۔ اداکار عامر خان نے فلم کی شوٹنگ مکمل کر لی۔ عامرخان نے کہا کہ فلم اگلے سال ریلیز ہو گی۔";
    let a = analyze(text);
    let names: Vec<&str> = quotes(&a).iter().map(|q| q.1).collect();
    assert_eq!(names, ["محمد نواز شریف", "عامر خان"]);
}

#[test]
fn a_short_form_two_people_share_is_not_called_by_either_name() {
    let text = "کپتان عمران خان نے میچ جیت لیا۔ اداکار عامر خان نے فلم مکمل کر لی۔ خان نے کہا کہ وہ خوش ہیں۔";
    assert_eq!(quotes(&analyze(text))[0].1, "خان");
}

#[test]
fn a_quoted_question_on_a_line_of_its_own_is_a_crosshead() {
    let text = "ماہر شہمیر عامر نے کہا کہ ہیکر آسان ہدف ڈھونڈتے ہیں۔\n’کیا آپ اپنا پاس ورڈ تبدیل نہیں کرتے؟‘\nایسے صارف ہیکرز کے لیے آسان ہدف ہوتے ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(
        q[1],
        (
            QuoteKind::Direct,
            "?",
            "کیا آپ اپنا پاس ورڈ تبدیل نہیں کرتے؟"
        )
    );
}

#[test]
fn a_quoted_paragraph_goes_on_quoting_its_source_past_the_reporters_narration() {
    // A report built on one interview: the source's words stand in paragraphs of their own
    // between the reporter's explanations, which bring in no one else.
    let text = "ماہر شہمیر عامر کے مطابق ہیکر پہلے معلومات اکٹھی کرتا ہے۔\nپہلے کسی بھی شخص کا آئی پی ایڈریس معلوم کیا جاتا ہے۔\nاگر وہ اس پر کلک کرے گا تو فائل کھلے گی۔\n’اس سے بچنے کے لیے ضروری ہے کہ آپ کسی بھی لنک کو کلک مت کریں۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(
        q.last().map(|q| (q.0, q.1)),
        Some((QuoteKind::Direct, "شہمیر عامر"))
    );
    // Another person the narration makes the subject of a clause breaks the speech.
    let text = "ماہر شہمیر عامر کے مطابق ہیکر پہلے معلومات اکٹھی کرتا ہے۔\nپولیس افسر احمد علی نے ملزم کو گرفتار کر لیا۔\n’اس سے بچنے کے لیے ضروری ہے کہ آپ کسی بھی لنک کو کلک مت کریں۔‘";
    let a = analyze(text);
    assert_eq!(quotes(&a).last().map(|q| q.1), Some("?"));
}

#[test]
fn a_relative_clause_set_off_before_the_marker_may_hold_commas_and_another_clause() {
    // The clause begins at its first relative pronoun; the subject is the name before it.
    let text = "اداکار سدھارت ملہوترا جن کی فلم ’’اک ویلن‘‘ جو حال ہی میں ریلیز ہوئی ہے، فلم نے کئی ریکارڈ قائم کئے، نے اپنے انٹرویو میں کہا کہ وہ نئی فلم کے لیے پرعزم ہیں۔";
    assert_eq!(quotes(&analyze(text))[0].1, "سدھارت ملہوترا");
}

#[test]
fn an_office_named_before_its_holder_is_the_person_named_later_with_that_title() {
    let text = "مشیر خارجہ نے ملاقات کے دوران واضح کیا کہ پاکستان امن چاہتا ہے۔ بعد میں مشیر خارجہ سرتاج عزیز کا کہنا تھا کہ مذاکرات جاری رہیں گے۔";
    let a = analyze(text);
    let names: Vec<&str> = quotes(&a).iter().map(|q| q.1).collect();
    assert_eq!(names, ["سرتاج عزیز", "سرتاج عزیز"]);
    assert_eq!(a.speakers().len(), 1);
    // A role alone may be another holder's: it is not resolved forward.
    let text =
        "ترجمان نے کہا کہ تحقیقات جاری ہیں۔ پولیس ترجمان احمد علی نے بتایا کہ ملزم گرفتار ہو گیا۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[0].1, "ترجمان");
}

#[test]
fn a_term_the_article_uses_as_a_noun_is_a_name_inside_reported_words_too() {
    let text = "طبی اسٹارٹ اپ ’شفا‘ نے عالمی مقابلے میں ایوارڈ جیت لیا۔ بانی احمد علی نے کہا کہ ٹیم بہت محنتی ہے اور ’شفا‘ ملک کا واحد اسٹارٹ اپ ہے جسے دعوت ملی۔";
    let a = analyze(text);
    assert!(
        a.quotes().iter().all(|q| q.kind() != QuoteKind::Partial),
        "{:?}",
        quotes(&a)
    );
    // Between the speaker and the verb the term is the speech act's words all the same.
    let text = "یہ ’’میاں‘‘ کی پارٹی بن گئی ہے۔ اسی لئے وسان نے پیپلز پارٹی کو ایم کیو ایم کا ’’میاں‘‘ کہا۔";
    let a = analyze(text);
    assert_eq!(quotes(&a), [(QuoteKind::Partial, "وسان", "میاں")]);
}

#[test]
fn a_term_the_reporter_uses_unquoted_as_a_noun_is_no_ones_words_in_marks() {
    let text = "ماہر احمد علی نے بتایا کہ ادائیگی کے لیے بینکوں کے درمیان 'گیٹ وے' استعمال ہوتے ہیں۔ اگر کسی گیٹ وے کے حفاظتی نظام میں خامی ہو تو ڈیٹا چوری ہو سکتا ہے۔";
    let a = analyze(text);
    assert!(
        a.quotes().iter().all(|q| q.kind() != QuoteKind::Partial),
        "{:?}",
        quotes(&a)
    );
}

#[test]
fn words_in_marks_that_end_with_a_postposition_are_a_phrase_not_a_clause() {
    // A headline's scare quote with no speaker is no one's quotation.
    let text = "پاکستان میں ڈالر ’تاریخ کی سب سے بلند سطح پر‘ پہنچ گیا۔";
    assert!(quotes(&analyze(text)).is_empty());
}

#[test]
fn a_name_written_as_one_word_is_called_by_its_two_words_written_elsewhere() {
    // After `ر`, which does not join the next letter, the space is invisible.
    let text = "اداکار عامر خان بھی اپنے بیٹے کو فلموں میں لانا چاہتے ہیں۔ عامرخان نے کہا کہ ان کا بیٹا تھیٹر کر رہا ہے۔";
    assert_eq!(quotes(&analyze(text))[0].1, "عامر خان");
}

#[test]
fn a_name_in_marks_or_joined_by_ya_to_its_acronym_is_a_source() {
    // A name in quotation marks before `کے مطابق` is the source, as before any case marker;
    // `یا` ("or") joins a name to its acronym in brackets, and is no part of the name.
    let text = "امریکی ’نیشنل انسٹیٹیوٹس آف ہیلتھ‘ یا (این آئی ایچ) کے مطابق ویکسین کی آزمائش کامیاب رہی۔ \
                عالمی ادارہ صحت یا (ڈبلیو ایچ او) کے مطابق وبا پھیل رہی ہے۔ \
                ’پاکستان بزنس کونسل‘ کے مطابق برآمدات بڑھ گئی ہیں۔";
    let a = analyze(text);
    let speakers: Vec<&str> = quotes(&a).iter().map(|q| q.1).collect();
    assert_eq!(
        speakers,
        [
            "نیشنل انسٹیٹیوٹس آف ہیلتھ",
            "عالمی ادارہ صحت",
            "پاکستان بزنس کونسل"
        ]
    );
}

#[test]
fn an_acronym_is_the_body_whose_name_its_letters_spell() {
    // Spelled after the full name, in brackets or later in the text, an acronym is that
    // body, called by its full name; `ایوی ایشن` is one English word written as two, and
    // `بین الاقوامی` one Urdu word.
    let text = "پاکستان پٹرولیم لمیٹڈ نے اعلان کیا کہ گیس کی قیمت بڑھے گی۔ \
                حکومت نے اجلاس بلایا۔ پی پی ایل کا موقف تھا کہ سپلائی جاری رہے گی۔\n\
                سول ایوی ایشن اتھارٹی (سی اے اے) نے بتایا کہ پروازیں معطل رہیں گی۔ \
                بعد میں سی اے اے کا کہنا تھا کہ پروازیں بحال ہو گئی ہیں۔\n\
                بین الاقوامی مالیاتی فنڈ کی ٹیم اسلام آباد پہنچی۔ آئی ایم ایف نے کہا کہ قرض کی قسط جاری ہو گی۔";
    let a = analyze(text);
    let names: Vec<&str> = a.speakers().iter().map(|s| s.name()).collect();
    assert_eq!(
        names,
        [
            "پاکستان پٹرولیم لمیٹڈ",
            "سول ایوی ایشن اتھارٹی",
            "بین الاقوامی مالیاتی فنڈ"
        ]
    );
    assert_eq!(a.quotes().len(), 5);
    assert!(a
        .speakers()
        .iter()
        .all(|s| s.kind() == SpeakerKind::Organization));
}

#[test]
fn a_translated_name_in_brackets_is_no_acronym_s_long_form() {
    // `عالمی مالیاتی ادارے` ("the global financial institution") describes the IMF: its
    // initials are not the letters', and the acronym keeps its own name.
    let text = "عالمی مالیاتی ادارے (آئی ایم ایف) نے تنقید کی ہے۔ آئی ایم ایف نے کہا کہ اس اقدام سے نقصان ہو گا۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[0].1, "آئی ایم ایف");
}

#[test]
fn an_epithet_alone_is_the_person_the_text_is_about() {
    // `ملزم` ("the accused") alone refers to the person the text turned to, and again to
    // whomever it called so, even after a witness spoke; an office alone (`ترجمان`) does not.
    let text = "ماسکو میں دمتری لوچین نے اپنی دوست کو قتل کر دیا۔ \
                ملزم نے دوران تفتیش پولیس کو بتایا کہ اس نے شاعری کے لیے قتل کیا۔ \
                پڑوسی ایلگزینڈرا دوڈوا نے بتایا کہ وہ دروازے پر کھڑی تھی۔ \
                ملزم نے کہا کہ وہ آدم خوری کی طرف راغب ہو گیا تھا۔";
    let a = analyze(text);
    let speakers: Vec<&str> = quotes(&a).iter().map(|q| q.1).collect();
    assert_eq!(speakers, ["دمتری لوچین", "ایلگزینڈرا دوڈوا", "دمتری لوچین"]);
    let text = "وزیر اعظم نے اجلاس کی صدارت کی۔ ترجمان نے بتایا کہ اجلاس کامیاب رہا۔";
    assert_eq!(quotes(&analyze(text))[0].1, "ترجمان");
}

#[test]
fn a_name_after_the_noun_name_leaves_the_noun_out() {
    // `X کا نام Y ہے، جس نے …` ("X's name is Y, who …"): `نام` is the noun "name".
    let text =
        "ماسکو میں ایک قتل ہوا۔ اس نوجوان کا نام دمتری لوچین ہے جس نے اپنی دوست کو قتل کیا۔ \
                اس نے پولیس کو بتایا کہ اس نے شاعری کے لیے قتل کیا۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[0].1, "دمتری لوچین");
}

#[test]
fn occupations_and_portfolios_are_titles() {
    // A person introduced by what they do or where they live (`طالبہ`, `رہائشی`, `ہدایت کار`),
    // or a minister by a portfolio after `برائے` ("for"): the name is what follows.
    let text = "طالبہ ملالہ یوسفزئی نے کہا کہ تعلیم سب کا حق ہے۔ \
                گاؤں کی رہائشی شہر بانو نے بتایا کہ یہاں کوئی دائی نہیں۔ \
                ہدایت کار وکاس بھل نے کہا کہ فلم مکمل ہو گئی ہے۔ \
                مشیر برائے سرمایہ کاری عبدالرزاق داؤد نے کہا کہ سرمایہ کاری بڑھے گی۔";
    let a = analyze(text);
    let speakers: Vec<&str> = quotes(&a).iter().map(|q| q.1).collect();
    assert_eq!(
        speakers,
        ["ملالہ یوسفزئی", "شہر بانو", "وکاس بھل", "عبدالرزاق داؤد"]
    );
    // Retired, after a rank, is the title's, brackets and all; `یعنی` ("that is") sets
    // another name for the same body after the first.
    let text = "لیفٹیننٹ جنرل (ر) امجد شعیب نے کہا کہ حالات خراب ہیں۔ \
                میجر ریٹائرڈ احمد علی نے کہا کہ فوج تیار ہے۔";
    let a = analyze(text);
    let speakers: Vec<&str> = quotes(&a).iter().map(|q| q.1).collect();
    assert_eq!(speakers, ["امجد شعیب", "احمد علی"]);
    assert_eq!(a.speakers()[0].title(), Some("لیفٹیننٹ جنرل (ر)"));
    let text = "امریکی ادارے انرجی انفارمیشن ایڈمنسٹریشن یعنی ای آئی اے کے مطابق تیل کی \
                پیداوار بڑھ گئی ہے۔";
    assert_eq!(quotes(&analyze(text))[0].1, "انرجی انفارمیشن ایڈمنسٹریشن");
    // A title goes on with `آف` and its field; the film industry is a star's title.
    let text = "کمپنی کے ہیڈ آف مارکیٹنگ حسن جمیل نے کہا کہ فروخت بڑھ گئی ہے۔ \
                بالی وڈ سدھارتھ ملہوترا نے کہا کہ فلم جلد ریلیز ہو گی۔";
    let a = analyze(text);
    let speakers: Vec<&str> = quotes(&a).iter().map(|q| q.1).collect();
    assert_eq!(speakers, ["حسن جمیل", "سدھارتھ ملہوترا"]);
    // A head written in two words, a police rank in letters, the leader of the opposition.
    let text = "ادارے کے سر براہ ایرک طاہر نے کہا کہ کام جاری ہے۔ \
                سی سی پی او اعجاز خان نے بتایا کہ ملزم گرفتار ہو گیا ہے۔ \
                قائد حزب اختلاف خورشید شاہ نے کہا کہ اجلاس بلایا جائے۔";
    let a = analyze(text);
    let speakers: Vec<&str> = quotes(&a).iter().map(|q| q.1).collect();
    assert_eq!(speakers, ["ایرک طاہر", "اعجاز خان", "خورشید شاہ"]);
    // An association is a body, and `آف` after a body's word goes on with its name.
    let text = "آسٹریلین کرکٹرز ایسوسی ایشن نے کہا کہ کھلاڑی تیار ہیں۔ \
                ایسوسی ایشن آف ڈیموکریٹک ریفارمز کے مطابق انتخابات شفاف نہیں تھے۔";
    let a = analyze(text);
    let speakers: Vec<(&str, SpeakerKind)> =
        a.speakers().iter().map(|s| (s.name(), s.kind())).collect();
    assert_eq!(
        speakers,
        [
            ("آسٹریلین کرکٹرز ایسوسی ایشن", SpeakerKind::Organization),
            (
                "ایسوسی ایشن آف ڈیموکریٹک ریفارمز",
                SpeakerKind::Organization
            )
        ]
    );
    // People are not named with "the": `دی مرر` ("The Mirror") is a paper.
    let a = analyze("دی مرر نے لکھا کہ شہزادہ جلد واپس آئیں گے۔");
    assert_eq!(a.speakers()[0].name(), "دی مرر");
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Organization);
}

#[test]
fn intensive_compounds_report_speech() {
    // `واضح کر دیا` ("made clear"), `بتا دیا` ("told"), written with or without the space
    // after a stem whose last letter does not join (`اعلان کردیا`): the past with its
    // ergative subject, like `واضح کیا`.
    let text = "وزیر اعظم نے واضح کر دیا کہ حکومت قائم رہے گی۔ \
                وزیر خزانہ نے اعلان کردیا کہ بجٹ پیش ہو گا۔ \
                کوچ نے بتا دیا کہ ٹیم تیار ہے۔";
    let a = analyze(text);
    let said: Vec<(&str, &str)> = quotes(&a).iter().map(|q| (q.1, q.2)).collect();
    assert_eq!(
        said,
        [
            ("وزیر اعظم", "حکومت قائم رہے گی"),
            ("وزیر خزانہ", "بجٹ پیش ہو گا"),
            ("کوچ", "ٹیم تیار ہے")
        ]
    );
    // A rally's name in marks is a name, not words said.
    let text = "جماعت اسلامی نے ’لبیک یا قبلہ اول‘ ریلی منعقد کرنے کا اعلان کر دیا ہے۔";
    assert!(quotes(&analyze(text)).is_empty());
}

#[test]
fn a_name_in_marks_that_ends_with_its_kind_is_no_quotation() {
    // An event's name ends with the kind of event inside the marks (a tournament, a march).
    let text = "دہلی میں ’’پہلے مرچنٹس کپ سائیکل پولو ٹورنامنٹ‘‘ کا انعقاد ہوا۔ \
                کانگریس کے لیڈر نے 'رام پتھ یاترا' نکالنے کا اعلان کیا ہے۔";
    assert!(quotes(&analyze(text)).is_empty());
    // Words said that end with such a word are still a quotation.
    let text = "وزیر نے کہا: ’ہم یہ منصوبہ مکمل کریں گے، یہ ہمارا آپریشن ہے‘۔";
    assert_eq!(quotes(&analyze(text)).len(), 1);
}

#[test]
fn a_headline_quotation_with_no_named_speaker_is_the_first_person_the_body_quotes() {
    // The headline describes the speaker; the body names her.
    let text = "”میں بڑی ہو کر ان جیسی باؤلر بنوں گی“ آسٹریلوی خاتون کرکٹر بھی نوجوان باؤلر کی مداح نکلیں\n\
                سڈنی (ویب ڈیسک) قومی ٹیم کے باؤلر کی کارکردگی کی ہر طرف تعریف ہو رہی ہے۔\n\
                آسٹریلوی کھلاڑی رینے فیرل نے ٹوئٹر پر لکھا ”وہ کتنا زبردست باؤلر ہے۔“";
    let a = analyze(text);
    let said = quotes(&a);
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(said.iter().all(|q| q.1 == "رینے فیرل"), "{said:?}");
    // A first line that is the article's first paragraph (long) is no headline.
    let long = "”ہم جیتیں گے“ ".to_owned()
        + &"کھلاڑیوں نے میدان میں سخت محنت کی ".repeat(12)
        + "\n\
                کپتان احمد علی نے کہا ”ٹیم تیار ہے۔“";
    let a = analyze(&long);
    let said = quotes(&a);
    assert!(
        said.iter().any(|q| q.2 == "ہم جیتیں گے" && q.1 == "?"),
        "{said:?}"
    );
}

#[test]
fn i_before_the_ergative_is_the_speaker_whose_words_run_on() {
    // `میں` is "in" and "I"; before `نے` it is "I": the last speaker's own words run on
    // unmarked, even a speaker a paper's report holds.
    let text = "گارجین کے مطابق افغان صدر اشرف غنی نے کہا کہ یہ بڑا دھچکا ہے۔ کھلاڑیوں سے برا \
                سلوک ناقابل برداشت ہے لہٰذا میں نے اٹارنی جنرل سے کہا ہے کہ وہ معاملے کی تحقیقات کریں۔";
    let a = analyze(text);
    let said = quotes(&a);
    let inquiry = said.iter().find(|q| q.2.starts_with("وہ معاملے"));
    assert_eq!(inquiry.map(|q| q.1), Some("اشرف غنی"), "{said:?}");
    let text = "امریکی نمائندے ڈینئل فیلڈمین نے کہا کہ امریکہ کو تشویش ہے۔ میں نے گزشتہ ہفتے \
                کہا تھا کہ مذاکرات دونوں ممالک کے مفاد میں ہیں۔";
    let a = analyze(text);
    let said = quotes(&a);
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(said.iter().all(|q| q.1 == "ڈینئل فیلڈمین"), "{said:?}");
}

#[test]
fn a_title_after_the_name_is_not_the_name() {
    // `ایڈووکیٹ` after a name: two advocates are two people, named without it.
    let text = "بیرسٹر علی ظفر ایڈووکیٹ نے کہا کہ کنٹینرز ہٹائے جائیں۔ جسٹس جواد ایس خواجہ نے کہا \
                کہ یہ انتظامیہ کا کام ہے۔ اس پر احسن الدین ایڈووکیٹ نے کہا کہ سخت تقاریر کی جا رہی ہیں۔";
    let a = analyze(text);
    let names: Vec<&str> = a.speakers().iter().map(|s| s.name()).collect();
    assert_eq!(names, ["علی ظفر", "جواد ایس خواجہ", "احسن الدین"]);
}

#[test]
fn a_group_word_bound_to_the_words_after_it_names_no_person() {
    // `ذرائع ابلاغ` ("the media") is no one person, as `ذرائع` alone is not.
    let a = analyze("ذرائع ابلاغ کے مطابق شہر میں بارش ہوئی۔");
    let kinds: Vec<SpeakerKind> = a.speakers().iter().map(|s| s.kind()).collect();
    assert_eq!(kinds, [SpeakerKind::Unknown]);
    // Nor are the parents who spoke: a spokesman after them is someone else.
    let text = "یرغمال کے والدین نے اپیل کی ہے کہ ان کے بیٹے کو رہا کیا جائے۔ امریکی ترجمان کے \
                مطابق انہیں پچھلے سال یرغمال بنایا گیا تھا۔";
    let a = analyze(text);
    let said = quotes(&a);
    assert_eq!(said.len(), 2, "{said:?}");
    assert_eq!(said[1].1, "امریکی ترجمان", "{said:?}");
}

#[test]
fn a_compound_postposition_ends_the_phrase_before_the_speaker() {
    // `کے اندر` ("inside"): the speaker is who is inside, not "inside" itself.
    let a = analyze("مگر فیس بک کے اندر عہدیداران کا کہنا تھا کہ اس نقصان کی بھرپائی ممکن ہے۔");
    let names: Vec<&str> = a.speakers().iter().map(|s| s.name()).collect();
    assert_eq!(names, ["عہدیداران"]);
}

#[test]
fn a_conjunctive_participle_ends_the_clause_before_the_speakers_verb() {
    // `دیکھ کر` ("seeing") is a verb: no speaker. The feminine inceptive `کہنے لگیں` is a cue.
    let text =
        "نسرین بیگم بچوں سے ملیں۔ وہ انھیں سکول جاتے دیکھ کر کہنے لگیں کہ یہ بچے بڑے ہو رہے ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "یہ بچے بڑے ہو رہے ہیں");
    assert!(a.speakers().iter().all(|s| !s.name().contains("کر")));
    // After a word that is no verb stem, `کر` is a syllable of a name typed apart.
    let text = "انٹرنیشنل کر کٹ کونسل کے سابق صدر احسان مانی نے کہا کہ میچ ہوگا۔";
    let a = analyze(text);
    assert_eq!(a.speakers()[0].name(), "احسان مانی");
    assert!(a.speakers()[0]
        .title()
        .is_some_and(|t| t.starts_with("انٹرنیشنل")));
}

#[test]
fn a_studys_words_with_no_issuer_are_those_the_text_quoted_from_it() {
    let text = "اس تحقیق میں تحقیق دانوں کا کہنا ہے کہ سیارچہ خلائی جہاز تھا۔\nیہ تحقیق امریکہ میں کی گئی ہے۔\nتحقیق میں کہا گیا ہے کہ سیارچہ اب فعال نہیں ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|(_, s, _)| *s == "تحقیق دانوں"), "{q:?}");
}

#[test]
fn a_website_with_no_possessor_is_the_outlet_the_text_named_with_that_word() {
    let text = "سماجی رابطوں کی ویب سائٹ ٹمبلر نے پابندی کا اعلان کیا ہے۔\n\nتاہم ویب سائٹ کے مطابق ایسی پوسٹس جو ’فنکارانہ یا سیاسی‘ ہوں وہ قابل قبول ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|(_, s, _)| *s == "ٹمبلر"), "{q:?}");
    // With no outlet named so, the website itself reports, as `اخبار کے مطابق` does.
    let a = analyze("ویب سائٹ کے مطابق وزیراعظم سے وفد کی ملاقات ہوئی۔");
    assert_eq!(
        quotes(&a),
        [(
            QuoteKind::Indirect,
            "ویب سائٹ",
            "وزیراعظم سے وفد کی ملاقات ہوئی"
        )]
    );
    // A report is still no source without its possessor.
    assert!(analyze("رپورٹ کے مطابق وفد کی ملاقات ہوئی۔")
        .quotes()
        .is_empty());
}

#[test]
fn azam_after_a_name_is_the_name_not_the_prime_ministers_title() {
    let text = "وزیر اعظم عمران خان نے کہا ہے کہ ملک ترقی کرے گا۔\n\nکپتان بابر اعظم نے کہا کہ ٹیم متحد ہے۔";
    let a = analyze(text);
    let names: Vec<&str> = quotes(&a).iter().map(|q| q.1).collect();
    assert_eq!(names, ["عمران خان", "بابر اعظم"]);
    assert_eq!(a.speakers()[0].title(), Some("وزیر اعظم"));
    // A typist's `ے` for a medial `ی` still spells the title (`وزےر اعظم`).
    let a = analyze("وزےر اعظم محمد نواز شرےف نے کہا کہ حلقہ عزیز ہے۔");
    assert_eq!(a.speakers()[0].title(), Some("وزےر اعظم"));
}

#[test]
fn a_bodys_kind_word_is_the_body_the_text_made_a_subject_under_a_name_ending_with_it() {
    let text = "پاکستان کرکٹ بورڈ نے قومی ٹیم کے نئے کوچ کا اعلان کر دیا ہے۔\n\nبورڈ کے مطابق مصباح الحق تین سال کے لیے کوچ ہوں گے۔";
    let a = analyze(text);
    assert_eq!(
        quotes(&a),
        [(
            QuoteKind::Indirect,
            "پاکستان کرکٹ بورڈ",
            "مصباح الحق تین سال کے لیے کوچ ہوں گے"
        )]
    );
    assert_eq!(a.speakers()[0].kind(), SpeakerKind::Organization);
}

#[test]
fn speech_quoted_inside_a_quotation_ends_before_its_closing_mark() {
    let text = "اداکارہ ماہرہ خان نے انسٹاگرام پر لکھا: ’میری والدہ کہتی تھیں کہ ”محنت کبھی ضائع نہیں جاتی“۔‘";
    let a = analyze(text);
    let texts: Vec<&str> = quotes(&a).iter().map(|q| q.2).collect();
    assert!(texts.contains(&"محنت کبھی ضائع نہیں جاتی"), "{texts:?}");
}

#[test]
fn a_relative_of_the_person_just_quoted_is_someone_else() {
    let text =
        "اداکارہ ماہرہ خان نے کہا کہ وہ خوش ہیں۔ اداکارہ کی والدہ نے کہا کہ انہیں بیٹی پر فخر ہے۔";
    let a = analyze(text);
    let names: Vec<&str> = quotes(&a).iter().map(|q| q.1).collect();
    assert_eq!(names, ["ماہرہ خان", "اداکارہ کی والدہ"]);
    let text = "اداکارہ ماہرہ خان نے لکھا: ’میری والدہ کہتی تھیں کہ محنت کبھی ضائع نہیں جاتی۔‘";
    let a = analyze(text);
    let names: Vec<&str> = quotes(&a).iter().map(|q| q.1).collect();
    assert_eq!(names, ["ماہرہ خان", "میری والدہ"]);
    // The kinship alone, given to a person before, still names them.
    let text =
        "ملالہ کے والد ضیاء الدین یوسفزئی نے کہا کہ ملالہ بہادر ہے۔ والد نے مزید کہا کہ وہ خوش ہیں۔";
    let a = analyze(text);
    let names: Vec<&str> = quotes(&a).iter().map(|q| q.1).collect();
    assert_eq!(names, ["ضیاء الدین یوسفزئی", "ضیاء الدین یوسفزئی"]);
}

#[test]
fn envoys_and_eyewitnesses_are_titles_before_a_name() {
    let a = analyze(
        "اقوام متحدہ میں پاکستان کی مستقل مندوب ملیحہ لودھی نے کہا کہ کشمیر متنازع علاقہ ہے۔",
    );
    assert_eq!(a.speakers()[0].name(), "ملیحہ لودھی");
    let a = analyze("عینی شاہد محمد علی نے بتایا کہ دھماکہ زوردار تھا۔");
    assert_eq!(a.speakers()[0].name(), "محمد علی");
    // `شاہد` alone is a given name.
    let a = analyze("شاہد آفریدی نے کہا کہ ٹیم جیتے گی۔");
    assert_eq!(a.speakers()[0].name(), "شاہد آفریدی");
    // So is an award a player won.
    let a = analyze("مین آف دی میچ فخر زمان کا کہنا تھا کہ وہ خوش ہیں۔");
    assert_eq!(a.speakers()[0].name(), "فخر زمان");
}

#[test]
fn a_group_of_people_after_a_genitive_is_described_whole() {
    for (text, speaker) in [
        (
            "وزارت پٹرولیم کے ذرائع کا کہنا ہے کہ قیمتیں بڑھیں گی۔",
            "وزارت پٹرولیم کے ذرائع",
        ),
        (
            "دوسری طرف نواز شریف کے مخالفین کا کہنا ہے کہ وہ ناکام ہیں۔",
            "نواز شریف کے مخالفین",
        ),
    ] {
        let a = analyze(text);
        assert_eq!(quotes(&a)[0].1, speaker);
    }
}

#[test]
fn a_pronoun_possessor_opens_the_speakers_phrase_and_trades_are_titles() {
    // `ان کی بہن`: the participle before the pronoun belongs to another phrase.
    let text = "گرپریت کور نے کہا کہ ہم سردی میں بیٹھے ہیں۔ ان کے ساتھ بیٹھی ان کی بہن نے کہا کہ وہ بھی یہاں رہیں گی۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[1].1, "ان کی بہن", "{:?}", quotes(&a));
    // A trade or a post of the press before a name is a title, not part of the name.
    let text = "پنجاب سے آنے والی ایک خاتون کسان گرپریت کور نے کہا کہ ہم سردی میں بیٹھے ہیں۔ دی ورج کے مدیر نیلے پٹیل نے لکھا کہ اس فون میں کوئی نئی بات نہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!((q[0].1, q[1].1), ("گرپریت کور", "نیلے پٹیل"), "{q:?}");
}

#[test]
fn the_papers_own_correspondent_is_a_credit_not_a_speaker() {
    // `X سے نامہ نگار کے مطابق` credits who filed the report, as a byline does; the speech it
    // reports is the speaker's own, and a correspondent with a name or an outlet still speaks.
    let text = "سیالکوٹ سے نامہ نگار کے مطابق وزیراعظم نواز شریف نے کہا ہے کہ سیلاب زدگان کی مدد کی جائے گی۔ ہمارے نامہ نگار کے مطابق پولیس نے دس افراد گرفتار کیے۔ بی بی سی کے نامہ نگار کا کہنا ہے کہ صورتحال کشیدہ ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "نواز شریف", "{q:?}");
    assert_eq!(q[1].1, "بی بی سی کے نامہ نگار", "{q:?}");
    let why = Analyzer::new().diagnose(text).1;
    assert!(why
        .iter()
        .any(|d| d.reason() == Some(urdu::Reason::ReporterCredit)));
}

#[test]
fn details_issued_by_a_body_are_its_statement() {
    // `X کی جانب سے جاری کردہ تفصیلات کے مطابق`: the issuer speaks; `تفصیلات کے مطابق` alone
    // ("in detail") reports no one, nor do details issued from a place.
    let text = "دفتر خارجہ کی جانب سے جاری کی گئی تفصیلات کے مطابق وزیر اعظم کل چین جائیں گے۔ پولیس کی طرف سے جاری کردہ تفصیلات کے مطابق دس افراد گرفتار ہوئے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!((q[0].1, q[1].1), ("دفتر خارجہ", "پولیس"), "{q:?}");
    let text = "تفصیلات کے مطابق پولیس نے دس افراد گرفتار کر لیے۔ اسلام آباد سے جاری تفصیلات کے مطابق امدادی کام جاری ہے۔";
    let a = analyze(text);
    assert!(
        a.quotes()
            .iter()
            .all(|q| q.cue().map(|c| c.text()) != Some("کے مطابق")),
        "{:?}",
        quotes(&a)
    );
}

#[test]
fn after_a_channels_report_a_pronoun_points_to_who_spoke_before_it() {
    // A broadcaster is named, never a pronoun's antecedent: `انہوں` after its report is the
    // person quoted before it.
    let text = "ایلسٹیئر کیمپبل نے کہا کہ وہ مستعفی ہو رہے ہیں۔\n\nبی بی سی کی ایک رپورٹ میں کہا گیا تھا کہ حکومت نے رپورٹ کو بڑھا چڑھا کر پیش کیا۔\n\nانہوں نے کہا کہ وہ اب کتابیں لکھیں گے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.last().map(|q| q.1), Some("ایلسٹیئر کیمپبل"), "{q:?}");
}

#[test]
fn a_report_alone_speaks_for_the_body_that_issued_it() {
    // The possessor of a document may be a name in marks; the document alone (`رپورٹ کا کہنا
    // ہے`) is then that body's; correspondents in the plural are a source like any other.
    let text = "انسانی حقوق کی تنظیم ' ہیومن رائٹس واچ ' کی ایک نئی رپورٹ کے مطابق جنگ میں شہریوں کی موت سے بچا جا سکتا تھا ۔\n\nرپورٹ کا کہنا ہے کہ ہلاکتیں کم ہو سکتی تھیں ۔\n\nنامہ نگاروں کے مطابق اس بات کا امکان نہیں تھا ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(
        (q[0].1, q[1].1),
        ("ہیومن رائٹس واچ", "ہیومن رائٹس واچ"),
        "{q:?}"
    );
    assert_eq!(q[2].1, "نامہ نگاروں", "{q:?}");
}

#[test]
fn a_speech_verb_that_closes_a_relative_clause_reports_nothing_of_its_own() {
    // `X نے جو … بتاتے ہیں کہا کہ`: the verb right after `بتاتے ہیں` is the main clause's.
    let text =
        "اس گاؤں کے ایک شخص نادر خان نے جو اپنی عمر ستر برس بتاتے ہیں کہا کہ وہ سکول نہیں گئے ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(
        q,
        [(QuoteKind::Indirect, "نادر خان", "وہ سکول نہیں گئے")],
        "{q:?}"
    );
}

#[test]
fn a_relative_pronoun_with_ke_opens_a_relative_clause_not_speech() {
    // `جو کہ` is "who": the subject before it still speaks through the verb after the clause.
    let text = "سابق امریکی وزیرِ خارجہ میڈلین البرائٹ نے ، جو کہ اس عہدے پر پہنچنے والی پہلی خاتون ہیں ، کہا ہے کہ عورتوں کی شمولیت ضروری ہے ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(
        q,
        [(
            QuoteKind::Indirect,
            "میڈلین البرائٹ",
            "عورتوں کی شمولیت ضروری ہے"
        )],
        "{q:?}"
    );
}

#[test]
fn an_opinion_is_a_noun_of_saying() {
    // `X کی رائے تھی کہ` ("X's view was that") and `X کی رائے میں` ("in X's view").
    let text = "چودھری شجاعت حسین کی رائے تھی کہ ان کی جماعت تعاون جاری رکھے گی ۔ ماہرین کی رائے میں معیشت بہتر ہو رہی ہے ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!((q[0].1, q[1].1), ("چودھری شجاعت حسین", "ماہرین"), "{q:?}");
}

#[test]
fn a_verb_right_after_according_to_makes_it_in_accordance_with() {
    // `X کے مطابق چلتی ہے`: the verb is the reporter's clause's, which runs "by" X.
    let text = "ہماری سٹاک ایکسچینج چند لوگوں کے خیالات کے مطابق چلتی ہے ۔ ماہرین کے مطابق معیشت بہتر ہو رہی ہے ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(
        q,
        [(QuoteKind::Indirect, "ماہرین", "معیشت بہتر ہو رہی ہے")],
        "{q:?}"
    );
}

#[test]
fn who_is_asked_answers_though_the_question_names_someone() {
    // The question's own subject (`جنرل مشرف نے`) is whom it asks about, not who answers:
    // the pronoun after `تو` goes back past it, even when the `سے` marking the one asked is
    // mistyped (`شے`).
    let text = "اپوزیشن رہنما حافظ حسین احمد نے کہا کہ اثاثوں کا اعلان ہونا چاہیے۔ حافظ حسین احمد شے جب پوچھا گیا کہ جنرل مشرف نے تو اپنے اثاثوں کا اعلان کیا تھا تو انہوں نے کہا کہ صدر کو ہر سال گوشوارے جمع کرانا ہوتے ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "حافظ حسین احمد", "{q:?}");
}

#[test]
fn a_speaker_quoted_in_the_next_paragraph_keeps_the_voice() {
    // A quotation paragraph after a speaker's report goes on in their voice; a cue inside
    // its marks is their report of someone else, and a question that argues (`جب … تو …
    // کیوں نہیں؟`) is theirs, not a crosshead.
    let text = "برطانوی وزیر اعظم ٹونی بلیئر نے لندن کا دورہ کیا۔ کیمپبل نے کہا کہ وہ عہدہ چھوڑ رہے ہیں۔\n\n' میں پہلے ہی جانا چاہتا تھا لیکن وزیر اعظم نے مجھ سے کہا کہ میں کام جاری رکھوں ، اور میں نے خوشی سے یہ کام کیا ۔ '\n\nحافظ حسین احمد نے کہا کہ جرنیلوں کے اثاثوں کا اعلان ہونا چاہیے۔\n\n' جب بے نظیر کے اثاثوں کی بات ہو سکتی ہے تو جرنیلوں کی کیوں نہیں ؟ '";
    let a = analyze(text);
    let q = quotes(&a);
    let direct: Vec<_> = q.iter().filter(|q| q.0 == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 2, "{q:?}");
    assert_eq!(direct[0].1, "کیمپبل", "{q:?}");
    assert_eq!(direct[1].1, "حافظ حسین احمد", "{q:?}");
    // The minister's words inside the marks are still his, nested.
    assert!(
        q.iter()
            .any(|q| q.0 == QuoteKind::Indirect && q.1 == "ٹونی بلیئر"),
        "{q:?}"
    );
}

#[test]
fn a_publication_issues_what_is_said_in_it() {
    // `جریدے X میں کہا گیا ہے کہ`: the journal named after the word for one is the issuer;
    // its editorial (`جریدے کے اداریے میں`) speaks for it too.
    let text = "برطانوی جریدے دی لینسٹ میں کہا گیا ہے کہ سگریٹ نوشی پر پابندی ہونی چاہئے ۔ جریدے کے اداریے میں دعویٰ کیا گیا ہے کہ سگریٹ کا دھواں مضر ہے ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|q| q.1 == "دی لینسٹ"), "{q:?}");
}

#[test]
fn a_common_noun_after_a_title_word_is_no_name() {
    // `ریگن کی خارجہ پالیسی` is Reagan's foreign policy: `خارجہ` is a title's word (`وزیر
    // خارجہ`), but `پالیسی` no one's name, and no pronoun points to it.
    let text = "سابق صدر ریگن کی خارجہ پالیسی کی تعریف کرتے ہوئے انہوں نے کہا کہ اس کی وجہ سے یورپ کو جمہوریت نصیب ہوئی ہے ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_ne!(q[0].1, "پالیسی", "{q:?}");
    assert!(a.speakers().iter().all(|s| s.name() != "پالیسی"));
}

#[test]
fn a_verb_of_perception_is_part_of_the_speech_verb() {
    // `کہتے نظر آتے ہیں` ("are seen saying") says nothing more; in `کہتے سنائی دیے کہ` ("were
    // heard saying that") what was said follows `کہ`, past the perception.
    let text = "کئی کمپنیاں خشکی کے خاتمے کا دعویٰ کرتے نظر آتے ہیں۔ وزیر اعظم عمران خان کہتے سنائی دیے کہ حالات ٹھیک ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "حالات ٹھیک ہیں", "{q:?}");
}

#[test]
fn who_asks_is_not_the_person_just_quoted() {
    // `میزبان نے سوال کیا` ("the host asked"): a role with nothing to tie it to would describe
    // the person just quoted, but questions go to that person, not from them.
    let text = "اداکارہ ماہرہ خان نے کہا کہ وہ سیاست میں نہیں آئیں گی۔ میزبان نے سوال کیا کہ کیا وہ بالی وڈ واپس جائیں گی؟ جس پر ماہرہ خان نے جواب دیا ’اگر اچھا اسکرپٹ ملا تو ضرور‘۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[1].1, "میزبان", "{q:?}");
    assert_eq!(q[2].1, "ماہرہ خان", "{q:?}");
}

#[test]
fn words_in_marks_with_an_agent_are_a_clause() {
    // `نے` inside the marks makes them a clause with its verb (`کی` is "did" here), so a
    // crosshead of five words is a quotation, with no speaker given.
    let text = "عراق میں ایک اور یرغمالی ہلاک کر دیا گیا ہے۔\n\n' گردن زنی الزرقوی نے ہی کی '\n\nامریکی حکام نے کہا کہ ویڈیو اصلی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(
        q.iter()
            .any(|q| q.0 == QuoteKind::Direct && q.2 == "گردن زنی الزرقوی نے ہی کی"),
        "{q:?}"
    );
}

#[test]
fn a_passive_statement_cites_its_source() {
    // `ان کے حوالے سے کہا گیا ہے کہ` ("it is said, citing him, that"): the source cited is
    // the speaker; `X کے حوالے سے` with a topic only says what the words are about.
    let text = "عراق کے صدر صدام حسین نے انٹرویو دیا ہے۔ ویب سائٹ پر شائع اقتباسات میں ان کے حوالے سے کہا گیا ہے کہ ' جو بھی اپنی قوم کو چھوڑتا ہے وہ اصول پسند نہیں ہو سکتا ۔ ' نئی ڈیل کے حوالے سے کہا گیا ہے کہ معاہدہ جلد ہوگا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "صدام حسین", "{q:?}");
    assert_eq!(q[1].1, "?", "{q:?}");
}

#[test]
fn a_news_agency_is_not_the_paper_quoted_before() {
    // `خبر رساں ایجنسی` named by its kind alone is not the journal named before it.
    let text = "انگریزی جریدے ایکسپریس ٹربیون نے بتایا کہ نئی دریافت ہوئی ہے۔ خبر رساں ایجنسی نے کہا ہے کہ ٹیم دبئی میں کھیلے گی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_ne!(q[1].1, q[0].1, "{q:?}");
}

#[test]
fn a_statement_pointed_back_to_is_the_one_just_quoted() {
    // `اس پیغام میں مزید کہا گیا تھا کہ` ("this message further said"): the message just
    // quoted, whoever sent it, person or body.
    let text = "سیکریٹری جنرل کوفی عنان نے سکولوں کو ایک ای میل بھیجی جس میں کہا گیا کہ ویب سب کے لیے ہے۔\n\nاس پیغام میں مزید کہا گیا تھا کہ ' آپ اپنے اساتذہ سے زیادہ تیز ہوں گے ۔ '";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "کوفی عنان", "{q:?}");
}

#[test]
fn an_adverb_between_subject_and_present_verb() {
    // `X پہلے ہی کہہ چکے ہیں کہ` ("X have already said that"): the subject stands before the
    // adverb, not the speaker quoted before.
    let text = "فرانسیسی وزیر خارجہ ڈومینک دویلپاں نے کہا ہے کہ سب کو نظرثانی کرنی چاہیے۔ جرمنی پہلے ہی کہہ چکا ہے کہ دوسرے ممالک کو اختیارات دینا ہوں گے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "جرمنی", "{q:?}");
}

#[test]
fn an_investigation_speaks_for_its_investigators() {
    // `پولیس کی ابتدائی تفتیش کے مطابق` is the police's finding; an investigation with no one
    // named (`ابتدائی تفتیش کے مطابق`) reports no one, as a report does not.
    let text = "پولیس کی ابتدائی تفتیش کے مطابق ملزم فرار ہو گیا۔ ابتدائی تفتیش کے مطابق واقعہ رات کو پیش آیا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "پولیس", "{q:?}");
}

#[test]
fn a_mission_speaks_as_one_body() {
    let text =
        "یورپی یونین کے انتخابی مبصر مشن نے اپنی حتمی رپورٹ میں کہا ہے کہ انتخابات شفاف تھے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].1.ends_with("مبصر مشن"), "{q:?}");
}

#[test]
fn mian_before_a_name_is_an_honorific() {
    // `میاں` before a name is an honorific, as `جناب` is: the name is the words after it,
    // spelled apart where the text writes them so anywhere.
    let text = "وزیراعظم میاں نوازشریف نے کہا کہ متاثرین گھروں کو لوٹیں گے۔ نواز شریف نے مزید کہا کہ میران شاہ کو جدید شہر بنایا جائے گا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|q| q.1 == "نواز شریف"), "{q:?}");
}

#[test]
fn a_portfolio_written_into_the_title_is_still_the_title() {
    // `وزیرخزانہ` is `وزیر خزانہ` written as one word: a title, which names the minister the
    // text gave it to.
    let text = "یہ موقف امریکی وزیر خزانہ اسٹیفن منوچین کے بیان کے بعد سامنے آیا ہے۔ امریکی وزیرخزانہ نے کہا تھا کہ پابندیاں بحال کی جا رہی ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "اسٹیفن منوچین", "{q:?}");
}

#[test]
fn a_negated_speech_verb_reports_nothing() {
    // `انہوں نے یہ نہیں بتایا کہ` ("he did not say whether"): nothing said, no quotation; it
    // still ends the report before it, and introduces no words in marks after it.
    let text = "ترک وزیر اعظم احمد داؤد اوگلو نے کہا کہ رہا ہونے والے شہریوں کی حالت اچھی ہے تاہم انہوں نے یہ نہیں بتایا کہ یرغمالیوں کو کن حالات میں رہا کیا گیا۔ تحقیق دان یہ نہیں کہہ رہے کہ ’اومواموا‘ یقیناً خلائی جہاز ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "رہا ہونے والے شہریوں کی حالت اچھی ہے", "{q:?}");
}

#[test]
fn a_report_named_with_its_issuer_before_speaks_for_it() {
    // `X کی جانب سے جاری کردہ … رپورٹ`, then `رپورٹ میں کہا گیا ہے کہ`: the report is X's, not
    // the news outlet quoted before it; the issuer goes on speaking for it.
    let text = "سانتا بانتا نیوز کے مطابق اداکارہ صبح جلدی نہیں اٹھتیں۔ وزیر خزانہ اسحاق ڈار نے نیلسن ہولڈنگز کی جانب سے جاری کردہ صارفین کے اعتماد کے بارے میں تازہ رپورٹ کا خیر مقدم کیا۔ رپورٹ میں کہا گیا ہے کہ صارفین کا اعتماد بڑھ گیا ہے۔ رپورٹ میں مزید کہا گیا ہے کہ سیاسی استحکام لازمی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[1].1, "نیلسن ہولڈنگز", "{q:?}");
    assert_eq!(q[2].1, "نیلسن ہولڈنگز", "{q:?}");
}

#[test]
fn a_shorter_description_with_the_same_country_names_the_official_again() {
    // `چینی سفارت خانہ کے ایک سینئر عہدیدار`, then `چینی عہدیدار`: the same official. A group
    // of people by its role is another group unless described the same way.
    let text = "چینی سفارت خانہ کے ایک سینئر عہدیدار نے کہا ہے کہ معاہدوں پر عمل ہوگا۔ انہوں نے کہا کہ تعلقات مضبوط ہیں۔ چینی عہدیدار نے یقین دلایا کہ کام جاری ہے۔";
    let a = analyze(text);
    assert_eq!(a.speakers().len(), 1, "{:?}", quotes(&a));
    let text = "امریکی ماہرین کا کہنا ہے کہ پھل مفید ہیں۔ کیلی فورنیا یونیورسٹی کے ماہرین کے نزدیک چکوترا مفید ہے۔";
    let a = analyze(text);
    assert_eq!(a.speakers().len(), 2, "{:?}", quotes(&a));
}

#[test]
fn the_plural_pronoun_points_past_a_body_known_by_its_kind() {
    // `فوج کہتی ہے` takes the singular: `انہوں نے` after it is the person quoted before.
    let text = "آئی ایس پی آر کے ڈائریکٹر جنرل عاصم سلیم باجوہ نے کہا ہے کہ فوج کا بحران سے تعلق نہیں۔ فوج کہتی ہے کہ سیاسی مسائل سیاسی طور پر حل کیے جائیں۔ انہوں نے خبر کو مسترد کرتے ہوئے کہا کہ کسی کی رائے الگ ہو سکتی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[2].1, "عاصم سلیم باجوہ", "{q:?}");
}

#[test]
fn who_is_contacted_answers() {
    // `ڈان نے جب X سے رابطہ کیا تو انہوں نے بتایا`: contacting someone for comment asks them;
    // the pronoun after `تو` is the one contacted.
    let text = "ذرائع نے بتایا کہ افسر کو برطرف کر دیا گیا ہے۔ ڈان نے جب پی آئی اے کے ترجمان مشہود تجوار سے رابطہ کیا تو انہوں نے تصدیق کرتے ہوئے بتایا کہ ان کا کانٹریکٹ ختم کردیا گیا ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "مشہود تجوار", "{q:?}");
}

#[test]
fn a_document_a_subject_issued_speaks_for_them() {
    // `X نے … نوٹیفکیشن جاری کیا۔ برطرفی نوٹیفکیشن میں … کو کہا گیا کہ`: the notification is X's.
    let text = "پی آئی اے کی چیف ہیومن ریسورس افسر اسما باجوہ نے سی او او کی برطرفی کا نوٹیفکیشن جاری کیا۔ برطرفی نوٹیفکیشن میں ضیاء قریشی کو کہا گیا کہ ان کی تقرری کارکردگی سے مشروط تھی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "اسما باجوہ", "{q:?}");
}

#[test]
fn who_answers_a_question_is_the_person_quoted() {
    // `ایک سوال کے جواب میں انہوں نے …`: the one answering is whom the text has been quoting,
    // not the leader it has mentioned since; a pronoun right after goes on with them.
    let text = "چینی سفارت خانہ کے ایک سینئر عہدیدار نے کہا ہے کہ معاہدے شفاف ہیں۔ دورہ کے دوران وزیراعظم نواز شریف نے اجلاس میں شرکت کی۔ ایک سوال کے جواب میں انہوں نے پاکستان کے کردار کو سراہا۔ انہوں نے کہا کہ قربانیاں قابل تحسین ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "چینی سفارت خانہ کے ایک سینئر عہدیدار", "{q:?}");
}

#[test]
fn the_reader_is_no_speaker() {
    // `آپ کی رائے :` and `آپ کے خیال میں … ؟` are the page's prompts to its readers: no one's
    // words, and `آپ` is never reported as a speaker.
    let text = "وزیر خارجہ نے کہا کہ رکنیت بحال ہونی چاہیے ۔\n\nآپ کے خیال میں کیا پاکستان کی رکنیت بحال کرنے کا فیصلہ درست ہے ؟\n\nآپ کی رائے : خلافت کا خاتمہ اور ترک جمہوریہ";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "وزیر خارجہ", "{q:?}");
    assert!(a.speakers().iter().all(|s| s.name() != "آپ"));
}

#[test]
fn another_is_someone_new() {
    // `ایک اور صارف` is "another user": a new speaker, with the article and `اور` in the
    // description (`پارٹی کے ایک اور سینئر رہنما`).
    let text = "سوشل میڈیا پر ایک صارف نے لکھا ’یہ ٹیم کبھی نہیں جیتے گی۔‘ جبکہ ایک اور صارف کا کہنا تھا ’ہمیں اپنی ٹیم پر فخر ہے۔‘ بی جے پی کے سینئر رہنما نے کہا کہ پارٹی جیتے گی۔ پارٹی کے ایک اور سینئر رہنما کا کہنا تھا کہ نئے چہرے لائے جائیں گے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 4, "{q:?}");
    assert_eq!(q[1].1, "ایک اور صارف", "{q:?}");
    assert_eq!(q[3].1, "پارٹی کے ایک اور سینئر رہنما", "{q:?}");
}

#[test]
fn a_letter_speaks_for_who_wrote_it() {
    // `X نے میسی کو خط لکھ کر درخواست کی`, then `خط کے متن میں مزید کہا گیا تھا کہ ’…‘`: the
    // letter is X's, even after someone else has spoken.
    let text = "فلسطینی بچوں پر مشتمل گروپ نے لیونل میسی کو خط لکھ کر درخواست کی تھی کہ وہ میچ نہ کھیلیں۔\n\nپی ایف اے کے چیئرمین جبرائیل رجب نے کہا کہ ہم شکر گزار ہیں۔\n\nخط کے متن میں مزید کہا گیا تھا کہ ’ہمیں بتایا گیا ہے کہ آپ میچ کھیلنا چاہتے ہیں۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[2].1, q[0].1, "{q:?}");
}

#[test]
fn a_quoted_headline_that_demands_is_a_quotation() {
    // A paragraph that is only words in marks ending with a subjunctive or an imperative (`'
    // اسرائیل جوہری ہتھیار ترک کرے '`) is a quoted headline: a direct quotation whose speaker
    // the text does not give. A quoted name alone in its paragraph stays a name.
    let text = "وزیر خارجہ نے کہا کہ مذاکرات جاری رہیں گے ۔\n\n' اسرائیل جوہری ہتھیار ترک کرے '\n\nجوہری توانائی کی بین الاقوامی تنظیم نے اسرائیل پر زور دیا ہے کہ وہ اپنے جوہری ہتھیار ترک کردے ۔\n\n’تحقیق کو رد مت کریں‘\n\n’بین الاقوامی جوہری توانائی ایجنسی‘";
    let a = analyze(text);
    let q = quotes(&a);
    let headlines: Vec<_> = q.iter().filter(|q| q.0 == QuoteKind::Direct).collect();
    assert_eq!(headlines.len(), 2, "{q:?}");
    assert!(headlines.iter().all(|h| h.1 == "?"), "{q:?}");
}

#[test]
fn a_quoted_headline_ending_with_the_plural_modal_is_a_quotation() {
    // `چاہئیں` is the plural of the modal `چاہیے` ("ought"): a line in marks that ends with it
    // (`' بجلی کی قیمتیں فوری کم ہونی چاہئیں '`, "electricity prices should come down at
    // once") is a clause, a quoted headline, as one ending with `چاہیے` is.
    let text = "وفاقی کابینہ کا اجلاس آج ہوا ۔\n\n' بجلی کی قیمتیں فوری کم ہونی چاہئیں '\n\nتاجر تنظیموں کے صدر نے حکومت پر زور دیا ہے کہ بجلی کی قیمتیں فوری کم کی جائیں ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, QuoteKind::Direct, "{q:?}");
    assert_eq!(q[0].2, "بجلی کی قیمتیں فوری کم ہونی چاہئیں", "{q:?}");
}

#[test]
fn a_person_introduced_with_the_honorific_copula_is_whom_the_pronoun_means() {
    // `نسرین ایک سکول ٹیچر ہیں۔` ("Nasreen is a school teacher"): a name, `ایک` and a
    // description, with the copula in the plural of respect, introduces a person; `انھوں نے
    // بتایا` next is hers, not the group's before. A country described so takes the singular
    // copula and introduces no one.
    let text = "لاہور کی کئی خواتین نے گھر سے کاروبار شروع کیا ہے۔\n\nنسرین ایک سکول ٹیچر ہیں۔ انھوں نے بتایا کہ وہ شام کو کیک بناتی ہیں۔\n\nپاکستان ایک زرعی ملک ہے۔ انھوں نے کہا کہ کاروبار بڑھ رہا ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "نسرین", "{q:?}");
    assert_eq!(q[1].1, "نسرین", "{q:?}");
}

#[test]
fn a_mark_left_open_after_a_verb_of_saying_opens_a_direct_quotation() {
    // `نے کہا ’’ میں …` with the closing mark lost: the words after the verb are the
    // speaker's own, a direct quotation up to the end of their sentence, not nothing said.
    let text = "گلوکار علی ظفر نے لاہور میں ایک تقریب کے دوران کہا ’’ میں اپنے مداحوں کا بے حد شکر گزار ہوں۔ انہوں نے بتایا کہ نیا گانا جلد ریلیز ہوگا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(
        q[0],
        (
            QuoteKind::Direct,
            "علی ظفر",
            "میں اپنے مداحوں کا بے حد شکر گزار ہوں"
        ),
        "{q:?}"
    );
    assert_eq!(q[1].0, QuoteKind::Indirect, "{q:?}");
}

#[test]
fn a_title_someone_plays_a_part_in_is_no_partial_quotation() {
    // `’نیلی آنکھیں‘ میں میرا کردار`, "my role in 'Neeli Aankhen'": marks before `میں` and
    // `کردار` ("role") set off a film's or a drama's title, even at the start of what was said.
    let text = "اداکارہ صبا قمر نے کہا کہ ’نیلی آنکھیں‘ میں میرا کردار ایک ڈاکٹر کا تھا جو گاؤں میں کام کرتی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, QuoteKind::Indirect, "{q:?}");
}

#[test]
fn a_denial_reports_words_and_a_refusal_does_not() {
    // `اس بات سے انکار کیا کہ …` ("denied that …") reports what the speaker said was not so;
    // `تبصرہ کرنے سے انکار کر دیا کہ …` ("declined to comment on …") refuses an act, and what
    // follows `کہ` is what the act was about.
    let text = "وزیر داخلہ احسن اقبال نے اس بات سے انکار کیا کہ حکومت نے مظاہرین پر طاقت استعمال کی ہے۔\n\nپولیس کے ترجمان نے اس بارے میں تبصرہ کرنے سے انکار کر دیا کہ گرفتار افراد کو کہاں رکھا گیا ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(
        q,
        [(
            QuoteKind::Indirect,
            "احسن اقبال",
            "حکومت نے مظاہرین پر طاقت استعمال کی ہے"
        )]
    );
    let why = Analyzer::new().diagnose(text).1;
    assert!(
        why.iter()
            .any(|d| d.reason() == Some(urdu::Reason::Refusal)),
        "{why:?}"
    );
}

#[test]
fn the_subject_of_an_aside_is_not_whom_a_pronoun_means() {
    // `واضح رہے کہ اقوامِ متحدہ نے …` ("be it noted that the UN had …") gives background;
    // `انہوں نے` after it still means the official the report quotes.
    let text = "اقوامِ متحدہ کے مشن کے سربراہ راس ماؤنٹین نے بتایا ہے کہ ان کی ٹیم عراق واپس جانے کی تیاری کر رہی ہے۔\n\nواضح رہے کہ اقوامِ متحدہ نے اگست میں اپنا عملہ واپس بلا لیا تھا۔\n\nانہوں نے کہا کہ امدادی کارکنوں کی حفاظت ضروری ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "راس ماؤنٹین", "{q:?}");
}

#[test]
fn a_statement_described_by_a_word_is_still_its_issuers() {
    // `وزارت صحت کے تازہ بیان میں کہا گیا` ("the health ministry's latest statement said"): a
    // word describing the statement stands between its issuer and it. Later, `رپورٹ کیا`
    // ("reported") is a verb of saying, not a report: a passive after it in the same run-on
    // sentence is the channel's, not the ministry's statement again.
    let text = "وزارت صحت کے تازہ بیان میں کہا گیا ہے کہ ڈینگی کے کیسز کم ہو رہے ہیں۔\n\nدوسری جانب نجی ٹی وی چینل جیو نیوز نے رپورٹ کیا کہ ہسپتالوں میں مریضوں کا رش ہے اس حوالے سے کہا گیا کہ بستر کم پڑ گئے ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[0].1, "وزارت صحت", "{q:?}");
    assert_eq!(q[1].1, q[2].1, "{q:?}");
}

#[test]
fn a_caption_line_between_a_speaker_and_his_quotation_is_passed_over() {
    // A short line with no full stop (a photo's caption, `نمائش میں رکھا گیا ننھا ہیلی
    // کاپٹر`) set between the paragraph that quotes someone and a paragraph of quoted words
    // is the page's, not the article's: the quoted words go on with that speaker.
    let text = "کمپنی کے مینیجر احمد علی کہتے ہیں کہ وہ ایک دوسری کمپنی سے بات کر رہے ہیں ۔\n\nنمائش میں رکھا گیا ننھا ہیلی کاپٹر\n\n’ہم چاہتے ہیں کہ کوئی کمپنی ہمارے لیے ہلکی بیٹری بنا دے ۔‘ تاہم انہوں نے کہا کہ ابھی کوئی تاریخ طے نہیں ہوئی ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[1].0, QuoteKind::Direct, "{q:?}");
    assert_eq!(q[1].1, q[0].1, "{q:?}");
}

#[test]
fn an_organization_quoted_unnamed_takes_the_name_its_report_is_given_next() {
    // `ایک ادارے نے اپنی رپورٹ میں کہا ہے …` ("an organization said in its report"), then
    // `ہیومن رائٹس واچ کی اس رپورٹ میں کہا گیا ہے` ("this report of Human Rights Watch says"):
    // `اس` points back to the report just quoted, so the organization is Human Rights Watch,
    // one speaker for both quotations.
    let text = "امریکہ میں قائم انسانی حقوق کے لیے کام کرنے والے ایک ادارے نے اپنی تازہ ترین رپورٹ میں کہا ہے کہ صحافیوں کے خلاف تشدد میں اضافہ ہوا ہے ۔\n\nہیومن رائٹس واچ کی اس رپورٹ میں کہا گیا ہے کہ ذرائع ابلاغ کی آزادی میں کمی واقع ہوئی ہے ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "ہیومن رائٹس واچ", "{q:?}");
    assert_eq!(q[1].1, "ہیومن رائٹس واچ", "{q:?}");
    assert_eq!(a.speakers().len(), 1);
}

#[test]
fn a_pronoun_typed_with_a_space_is_no_ones_name() {
    // `انھو ں نے` is the pronoun `انھوں` typed with a space: never a name a later pronoun
    // points to, nor a speaker.
    let text = "امریکی جنرل جوزف ڈنفورڈ نے کہا ہے کہ القاعدہ پھر سے پھیل جائے گی۔ وائٹ ہاؤس کو فوج نے نہیں کہا ہے، انھو ں نے یہ بات سینیٹ کی کمیٹی کو بتائی۔ انھو ں نے کہا کہ افغان فورسز کو مشکلات کا سامنا ہوگا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "جوزف ڈنفورڈ", "{q:?}");
}

#[test]
fn a_body_known_by_its_kind_is_the_one_named_after_that_kind() {
    // `عالمی مالیاتی کریڈٹ ریٹنگ ایجنسی موڈیز انویسٹرز سروس نے …`, then `ریٹنگ ایجنسی نے`
    // and `ایجنسی کے مطابق`: the agency is Moody's. A kind someone owns (`ان کی کمپنی`) names
    // no body.
    let text = "اسلام آباد: عالمی مالیاتی کریڈٹ ریٹنگ ایجنسی موڈیز انویسٹرز سروس نے پاکستان کے قرضوں پر خدشات کا اظہار کردیا۔\n\nریٹنگ ایجنسی نے سالانہ تجزیے میں اصلاحات کو مثبت انداز میں دیکھا۔\n\nایجنسی کے مطابق سب سے بڑا خطرہ بڑھتا ہوا قرضہ ہے۔\n\nٹم کک نے کہا کہ ان کی کمپنی صارفین کے ڈیٹا کو استعمال نہیں کرتی۔ کمپنی کا اصرار ہے کہ صارفین محفوظ ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[0].1, "موڈیز انویسٹرز سروس", "{q:?}");
    assert_ne!(q[2].1, "صارفین", "{q:?}");
}

#[test]
fn i_right_after_a_speech_verb_opens_what_was_said() {
    // `X نے کہا میں …`: `میں` after the verb is "I", never the postposition "in", so it
    // opens the clause said without `کہ`.
    let text = "اداکارہ نے تقریب میں کہا میں اپنے مداحوں کی شکر گزار ہوں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "میں اپنے مداحوں کی شکر گزار ہوں", "{q:?}");
}

#[test]
fn a_grammar_word_inside_an_agencys_name_is_part_of_it() {
    // `شن ہوا نیوز ایجنسی کے مطابق`: `ہوا` ("happened") is the second syllable of Xinhua,
    // not a verb that ends the clause before the source.
    let text = "چین کی وزارت تجارت کا کہنا ہے کہ چین جواب میں محصولات عائد کرے گا۔ شن ہوا نیوز ایجنسی کے مطابق چین 659 اشیا پر 25 فیصد ڈیوٹی عائد کرے گا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "شن ہوا نیوز ایجنسی", "{q:?}");
}

#[test]
fn regions_in_their_other_spellings_and_tribal_agencies_are_places() {
    // `مغربی ایشیاء` is `مغربی ایشیا` with the Arabic final hamza; `خیبر ایجنسی` is the
    // district of Khyber by its old name, the surface form a reader sees.
    let text =
        "وسطی ایشیاء اور مغربی ایشیاء میں امن ہے۔ خیبر ایجنسی اور باجوڑ ایجنسی میں آپریشن جاری ہے۔";
    let a = analyze(text);
    let seen: Vec<&str> = a
        .locations()
        .iter()
        .flat_map(|l| l.mentions().iter().map(|m| m.text()))
        .collect();
    for place in ["وسطی ایشیاء", "مغربی ایشیاء", "خیبر ایجنسی", "باجوڑ ایجنسی"]
    {
        assert!(seen.contains(&place), "{place}: {seen:?}");
    }
}

#[test]
fn kee_right_after_a_speech_verb_is_ke_mistyped() {
    // `انہوں نے کہا کی …`: a genitive never follows a verb; `کی` there is `کہ` mistyped.
    let text = "وزیراعظم نواز شریف نے کہا کہ پاکستان سارک کو اہمیت دیتا ہے۔ انہوں نے کہا کی اس خطے میں دنیا کی ایک چوتھائی آبادی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].2, "اس خطے میں دنیا کی ایک چوتھائی آبادی ہے", "{q:?}");
}

#[test]
fn a_countrys_leader_unnamed_is_described_as_written() {
    // `جاپان کے وزیر اعظم نے کہا`: a leader's title of two words is no organization that
    // would open the phrase; the speaker is the description as written. `تنبیہ جاری کی ہے
    // کہ` ("has warned that") reports speech.
    let text = "جاپان کے وزیر اعظم نے کہا کہ جاپان امریکہ کا ساتھ دے گا ۔ برطانوی پولیس نے تنبیہ جاری کی ہے کہ جرائم بڑھ رہے ہیں ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "جاپان کے وزیر اعظم", "{q:?}");
    assert_eq!(q[1].1, "برطانوی پولیس", "{q:?}");
}

#[test]
fn a_ministers_portfolio_is_part_of_the_title() {
    // `وزیرِ انصاف` is the minister of justice: `انصاف` is no name, and `اسرائیلی وزیر`
    // after Tommy Lapid spoke is him. Alone, `انصاف` stays a word of names (`تحریک انصاف`).
    let text = "اسرائیل کے وزیرِ انصاف کی نکتہ چینی سے ہلچل مچ گئی ہے ۔ ٹومی لیپڈ نے کہا کہ فوج نے ظلم کیا ہے ۔ اسرائیلی وزیر کا کہنا تھا کہ انہیں دکھ ہوا ۔ تحریک انصاف کے رہنما نے کہا کہ فوج نے ظلم کیا ہے ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[1].1, "ٹومی لیپڈ", "{q:?}");
    assert_eq!(q[2].1, "تحریک انصاف کے رہنما", "{q:?}");
}

#[test]
fn giving_a_name_and_an_estimate_report_no_one() {
    // `جو اپنا نام شیطان بتاتا ہے` ("who calls himself Satan") tells who someone is, not what
    // they said; `کائنات کی عمر ایک اندازے کے مطابق` ("the universe's age, by one estimate")
    // has no possessor of the estimate: the genitive before it is the age's.
    let text = "انٹرنیٹ چرچ پر ایک سائبر بھوت نے جو اپنا نام شیطان بتاتا ہے حملہ کر دیا ہے ۔ اس تحقیق سے کائنات کی عمر ایک اندازے کے مطابق چودہ بلین سال بتائی جاتی ہے ۔ عالمی بینک کی ایک رپورٹ کے مطابق غربت بڑھ رہی ہے ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "عالمی بینک", "{q:?}");
}

#[test]
fn the_one_letter_hamza_yeh_barree_is_the_two() {
    // `ہوۓ` (with `ۓ`) is `ہوئے`: `سناتے ہوۓ` is a participle ("while announcing"), no
    // speech verb with a clause after it.
    let text =
        "بہاولپور میں ایک خصوصی عدالت نے ایک مقدمہ کا فیصلہ سناتے ہوۓ ایک ملزم کو سزا سنائی ہے ۔";
    let a = analyze(text);
    assert!(quotes(&a).is_empty(), "{:?}", quotes(&a));
}

#[test]
fn the_organization_is_the_body_named_after_its_kind() {
    // `موبائل فون کمپنی شایام ٹیلی کام نے …`, then `ادارے کے مطابق` ("according to the
    // organization"): the company.
    let text = "راجستھان کی موبائل فون کمپنی شایام ٹیلی کام نے دو ہزار افراد کو رکشے فراہم کیے ہیں ۔ ادارے کے مطابق یہ لاگت تقریباً پچھتر ہزار روپے ہے ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "شایام ٹیلی کام", "{q:?}");
}

#[test]
fn archives_issue_documents() {
    // `نیشنل آرکائیوز سے جاری ہونے والے دستاویز کے مطابق`: the archives are a body, the
    // issuer of what the documents say.
    let text = "نیشنل آرکائیوز سے جاری ہونے والے دستاویز کے مطابق وار آفس نے کبوتروں پر تحقیق کی تجویز دی تھی ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "نیشنل آرکائیوز", "{q:?}");
}

#[test]
fn a_pronoun_after_a_spokesman_known_by_role_is_the_spokesman() {
    // `وزارت خزانہ کے ترجمان نے … مسترد کر دیا۔ ’…‘ انھوں نے کہا`: the spokesman, a role at a
    // ministry the economist quoted before does not hold, is whom the pronoun points to. An
    // indefinite subject (`ایک مداح نے`) is someone in passing, and the pronoun passes it by.
    let text = "ماہرِ معاشیات ڈاکٹر حفیظ پاشا کا کہنا تھا کہ حکومت کو فوری اقدامات کرنے چاہییں۔\n\nوزارت خزانہ کے ترجمان نے ان خدشات کو مسترد کر دیا۔ ’معیشت درست سمت میں جا رہی ہے،‘ انھوں نے کہا۔\n\nاداکار علی ظفر نے کہا کہ فلم اچھی ہے۔ ایک مداح نے انہیں پھول دیے۔ انہوں نے کہا کہ وہ خوش ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 4, "{q:?}");
    assert_eq!(q[1].1, "وزارت خزانہ کے ترجمان", "{q:?}");
    assert_eq!(q[3].1, "علی ظفر", "{q:?}");
}

#[test]
fn a_phrase_ending_in_a_postposition_stands_between_possessor_and_noun_of_saying() {
    // `ان کا اس شہر کے بارے میں اپنی زبان میں کہنا تھا کہ`: where and what about the words
    // were said, a phrase ending in a postposition, between `کا` and `کہنا`.
    let text = "سفیر پیٹر جانسن نے لاہور کا دورہ کیا ۔ ان کا اس شہر کے بارے میں اپنی زبان میں کہنا تھا کہ یہاں کے لوگ بہت مہمان نواز ہیں ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "پیٹر جانسن", "{q:?}");
    assert_eq!(q[0].2, "یہاں کے لوگ بہت مہمان نواز ہیں", "{q:?}");
}

#[test]
fn a_titled_name_before_bhi_is_a_subject() {
    // `ضلعی افسر احمد علی بھی کرتے ہیں`: `بھی` right after a name comes only in the direct
    // case, so the person is the clause's subject, whom the pronoun after points to (not
    // the body quoted before).
    let text = "محکمہ سیاحت نے کہا کہ سیاحوں کی تعداد بڑھ گئی ہے ۔ اس بات کا اعتراف ضلعی افسر احمد علی بھی کرتے ہیں ۔ ان کا کہنا تھا کہ وادی میں امن ہے ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "احمد علی", "{q:?}");
    // `کچھ بھی` ("anything") is no name in the direct case.
    let text = "کوچ جاوید میانداد نے کہا کہ ٹیم تیار ہے ۔ ملک کے مقابلے میں کھیل کچھ بھی نہیں ۔ ان کا کہنا تھا کہ کھلاڑی محنت کر رہے ہیں ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "جاوید میانداد", "{q:?}");
}

#[test]
fn a_description_in_apposition_describes_the_name_before_its_comma() {
    // `کوچ X، سابق ارجنٹینا کے مڈ فیلڈر نے کہا`: the description set off by a comma after a
    // name is that person, though a word of the name is common (`دن`).
    let text = "میڈرڈ کے کوچ ڈیکو ساتم دن، سابق ارجنٹینا کے میڈ فیلڈر نے کہا کہ ٹیم جیتے گی ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "ڈیکو ساتم دن", "{q:?}");
    // Without the comma the description is someone of its own.
    let text = "سابق ارجنٹینا کے میڈ فیلڈر نے کہا کہ ٹیم جیتے گی ۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[0].1, "سابق ارجنٹینا کے میڈ فیلڈر");
}

#[test]
fn names_of_dailies_and_craft_in_marks_are_no_quotations() {
    // `روزنامے ’…‘ کو بتایا` names a daily; `’…‘ خلائی جہاز` a craft, its kind after an
    // adjective.
    let text = "وزیر نے روزنامے ’ڈیلی ٹائمز‘ کو بتایا کہ مذاکرات جاری ہیں ۔ کمپنی اپنا ’ڈریگن‘ خلائی جہاز استعمال کرے گی ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(q.iter().all(|(k, _, _)| *k == QuoteKind::Indirect), "{q:?}");
    // A word in marks before a particle is still someone's word.
    let text = "وزیر نے اپوزیشن کو ’غیر ذمہ دار‘ قرار دیا ۔";
    let a = analyze(text);
    assert_eq!(quotes(&a)[0].0, QuoteKind::Partial);
}

#[test]
fn a_pronoun_after_a_relative_clause_takes_up_the_name_before_it() {
    // `X جو … تھے، ان کا کہنا ہے کہ`: after a relative clause set off by a comma, the
    // pronoun opening the main clause is the name the clause describes, not the experts
    // quoted before.
    let text = "بعض ماہرین کا کہنا ہے کہ منصوبہ مہنگا ہے ۔ جان سمتھ جو اس رپورٹ کے مصنف بھی تھے، ان کا کہنا ہے کہ حکومت کو جلد فیصلہ کرنا ہوگا ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "جان سمتھ", "{q:?}");
}

#[test]
fn a_place_with_a_genitive_and_a_title_after_a_name_begins_another_phrase() {
    // `صدر بش امریکہ کے ادارے … سے خطاب کر رہے تھے`: "America's institution" is whom the
    // president addressed, not part of his name; the pronoun after is the president.
    let text = "وزیر خارجہ نے کہا کہ مذاکرات ہوں گے ۔\n\nصدر بش امریکہ کے ادارے نیشنل اینڈومنٹ فار ڈیموکریسی سے خطاب کر رہے تھے ۔\n\nانہوں نے کہا کہ مسائل پیدا ہو گئے ہیں ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "بش", "{q:?}");
}

#[test]
fn a_sentence_opening_with_the_last_speakers_name_returns_to_them() {
    // The president is the subject named since the chairman spoke, but the next sentence
    // opens with the chairman's name (no title, no case marker): the pronoun after it is the
    // chairman. A name that opens a sentence of someone else's is no speaker of its own.
    let text = "توقیر احمد کا کہنا تھا کہ وہ استعفیٰ دے رہے ہیں ۔\n\nصدر پرویز مشرف نے ان کا استعفیٰ منظور کر لیا ہے ۔\n\nتوقیر احمد گزشتہ چار برس سے بورڈ کے سربراہ ہیں ۔ انہوں نے کہا ہے کہ وہ اس ماہ تک عہدے پر رہیں گے ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "توقیر احمد", "{q:?}");
}

#[test]
fn a_frame_after_a_closing_mark_set_between_spaces_is_the_quotations_cue() {
    // Pages that set every mark between spaces put the closing mark after the end mark
    // (`… ہے ۔ ' X نے پوچھا ۔`); the sentence splitter starts a sentence at it, and the frame
    // after it still gives the quotation its speaker.
    let text = "صدر مشرف نے ہمارا خیر مقدم کیا ۔\n\n' کیا آپ پہلے آ گئے ہیں یا ہمیں تاخیر ہوئی ہے ۔ ' جنرل مشرف نے پوچھا ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "مشرف", "{q:?}");
}

#[test]
fn a_term_in_marks_inside_what_a_speaker_said_is_their_word() {
    // Inside the clause a speaker is reported to have said, marks set off the speaker's own
    // words, even before a case marker.
    let text = "وزیر دفاع جان سمتھ نے کہا ہے کہ یہ پالیسی ملک کے ’اہم سکیورٹی مفادات‘ کے دفاع کے لیے ضروری ہے ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(
        q.iter().any(|(k, s, t)| *k == QuoteKind::Partial
            && *s == "جان سمتھ"
            && *t == "اہم سکیورٹی مفادات"),
        "{q:?}"
    );
    // A source's report is the reporter's wording, and a term that opens with a place is a
    // name: neither is a partial quotation.
    for text in [
        "خلائی ادارے کے مطابق خرابی کو ’ریموٹ کنٹرول‘ کے ذریعے ٹھیک کرنے کی کوشش کی جا رہی تھی ۔",
        "اداکار نے کہا کہ ان کی ٹیم ’لاہور قلندرز‘ کی کارکردگی اچھی رہی ہے ۔",
        "کمپنی کے سربراہ نے کہا کہ صارفین ’فیس بک میں آزادی‘ کی مہم میں شامل ہیں ۔",
    ] {
        let a = analyze(text);
        let q = quotes(&a);
        assert!(q.iter().all(|(k, _, _)| *k != QuoteKind::Partial), "{q:?}");
    }
}

#[test]
fn the_writer_of_a_first_person_account_is_no_speaker() {
    // `میں نے کہا ’…‘` outside anyone's report, framing words in marks, is the writer
    // speaking: the quotation has no speaker, not the last one quoted.
    let text = "صدر مشرف نے کہا ’اچھا تو ہم کرکٹ دیکھ لیتے ہیں ۔‘\n\n’اسی لئے جنرل صاحب بہت خوش لگ رہے ہیں ۔‘ میں نے جواباً کہا ۔";
    let (a, diagnostics) = Analyzer::new().diagnose(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "مشرف", "{q:?}");
    assert_eq!(q[1].1, "?", "{q:?}");
    assert!(diagnostics
        .iter()
        .any(|d| d.reason() == Some(urdu::Reason::Writer)));
    // Unmarked, the first person after a report is the speaker's own words run on.
    let text = "صدر مشرف نے کہا کہ مذاکرات ہوں گے ۔ میں نے پہلے بھی کہا تھا کہ ہم امن چاہتے ہیں ۔";
    let a = analyze(text);
    assert!(
        quotes(&a).iter().all(|(_, s, _)| *s == "مشرف"),
        "{:?}",
        quotes(&a)
    );
}

#[test]
fn a_subject_described_by_a_relative_clause_speaks_without_its_marker() {
    // News drops the main clause's `نے` after a relative clause that ends on its own verb:
    // the speaker is the noun phrase before the relative pronoun.
    let text = "پرتگال کے کھلاڑی پے پے جو ریئل میڈرڈ میں رونالڈو کے ساتھ رہے ہیں کہا کہ وہ فخر محسوس کرتے ہیں ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "پے پے", "{q:?}");
    // A phrase with a postposition before the clause is whom someone spoke to.
    let a =
        analyze("وزیر اعظم عمران خان پہنچے ۔ ان لوگوں سے جو وہاں موجود تھے کہا کہ امن ضروری ہے ۔");
    assert!(
        quotes(&a).iter().all(|(_, s, _)| *s != "لوگوں"),
        "{:?}",
        quotes(&a)
    );
}

#[test]
fn a_reversed_english_mark_after_a_sentence_opens_a_quotation_its_frame_follows() {
    let text = "وزیر خارجہ شاہ محمود قریشی نے تقریب سے خطاب کیا ۔ ”ہم اپنے ملک کے مفادات کا دفاع کریں گے“ انہوں نے کہا ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "شاہ محمود قریشی", "{q:?}");
}

#[test]
fn a_present_verb_takes_the_subject_that_opens_its_clause_past_an_adverbial() {
    // `X اس معاملے پر کہتے ہیں کہ`, `X بی بی سی سے بات کرتے ہوئے کہتے ہیں کہ`: the words before
    // the verb end with a postposition or a participle; the subject opens the clause.
    for (text, speaker) in [
        (
            "پاکستان کے وزیر خارجہ اس معاملے پر کہتے ہیں کہ حکومت کو فوری اقدامات کرنے چاہییں۔",
            "پاکستان کے وزیر خارجہ",
        ),
        (
            "ڈاکٹر احمد بی بی سی سے بات کرتے ہوئے کہتے ہیں کہ حکومت کو اقدامات کرنے چاہییں۔",
            "احمد",
        ),
    ] {
        let a = analyze(text);
        let q = quotes(&a);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, speaker, "{q:?}");
    }
    // A place with a postposition opens no subject: the speaker stays unnamed.
    let a = analyze("لاہور میں اس معاملے پر کہتے ہیں کہ حکومت ناکام ہے۔");
    assert!(
        quotes(&a).iter().all(|(_, s, _)| *s != "لاہور"),
        "{:?}",
        quotes(&a)
    );
}

#[test]
fn names_joined_by_and_before_the_marker_are_one_speaker() {
    // `X اور Y نے کہا`: both speak. A clause before `اور` ends with a verb and is not joined.
    let a = analyze("رہائی کے بعد شفیق رسول اور آصف اقبال نے کہا کہ انہیں قید میں رکھا گیا۔");
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "شفیق رسول اور آصف اقبال", "{q:?}");
    let a = analyze("صدر نے تقریب سے خطاب کیا اور وزیر اعظم عمران خان نے کہا کہ ملک ترقی کرے گا۔");
    assert_eq!(quotes(&a)[0].1, "عمران خان", "{:?}", quotes(&a));
    // Descriptions join as written.
    let a = analyze("بہت سے تجزیہ کاروں اور تاجروں نے کہا کہ بحران آئے گا۔");
    assert_eq!(
        quotes(&a)[0].1,
        "تجزیہ کاروں اور تاجروں",
        "{:?}",
        quotes(&a)
    );
    // `پہ`, the spoken form of `پر` ("on"), is no name's word.
    let a = analyze("گفتگو ہو رہی تھی لیگز کے اثرات پہ اور ساتھی کمنٹیٹر نے کہا کہ لیگز اچھی ہیں۔");
    assert_eq!(quotes(&a)[0].1, "ساتھی کمنٹیٹر", "{:?}", quotes(&a));
}

#[test]
fn what_a_speaker_calls_something_is_their_word_though_it_ends_with_a_kind() {
    // `ڈرامہ` ends the name of a play, but right before `قرار دیا` or `کہا` the words in
    // marks are what the speaker called something.
    for text in [
        "وزیر اعظم عمران خان نے اپوزیشن کے احتجاج کو ’سیاسی ڈرامہ‘ قرار دیا۔",
        "وزیر اعظم عمران خان نے اسے ’سیاسی ڈرامہ‘ کہا۔",
    ] {
        let a = analyze(text);
        let q = quotes(&a);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            q[0],
            (QuoteKind::Partial, "عمران خان", "سیاسی ڈرامہ"),
            "{q:?}"
        );
    }
    // So are the words in marks before the copula in what a speaker said: what something is.
    let a = analyze("وزیر اعظم عمران خان کا کہنا تھا کہ یہ ’سیاسی ڈرامہ‘ ہے۔");
    assert!(
        quotes(&a).contains(&(QuoteKind::Partial, "عمران خان", "سیاسی ڈرامہ")),
        "{:?}",
        quotes(&a)
    );
    // A procession's name before another verb stays a name.
    let a = analyze("کانگریس نے ریاست میں ’رام پتھ یاترا‘ نکالنے کا اعلان کیا ہے۔");
    assert!(quotes(&a).is_empty(), "{:?}", quotes(&a));
}

#[test]
fn a_past_verb_after_a_participle_takes_the_subject_whose_marker_was_dropped() {
    // `X اپنی تقریر میں … دہراتے ہوئے کہا ہے کہ`: the sentence opens with a name in the
    // direct case and its `نے` is left out; that name speaks, not the person before.
    let text = "وزیر اعلیٰ نے جلسے سے خطاب کیا۔ عطا اللہ مینگل اپنی تقریر میں حقوق کے مطالبے کو \
                دہراتے ہوئے کہا ہے کہ لوگوں کو اقلیت میں تبدیل کیا جا رہا ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "عطا اللہ مینگل", "{q:?}");
    // What was done is no subject: `پریس کانفرنس کرتے ہوئے کہا` drops a subject named before.
    let text = "وزیر اعظم عمران خان نے لاہور کا دورہ کیا۔ پریس کانفرنس کرتے ہوئے کہا کہ ملک ترقی \
                کرے گا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "عمران خان", "{q:?}");
}

#[test]
fn taking_a_position_in_court_reports_what_was_argued() {
    // `X نے موقف اپنایا کہ`: "X took the position that", the court reporter's verb for what a
    // lawyer or petitioner argued.
    let a = analyze("وکیل عرفان قادر نے موقف اپنایا کہ ان کی درخواستیں انتہائی اہم نوعیت کی ہیں۔");
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "عرفان قادر", "{q:?}");
}

#[test]
fn a_genitive_right_after_a_speech_verb_is_the_complementizer_mistyped() {
    // `نے بتایا کے …`: `کے` for `کہ`; no genitive follows a verb. After a noun of saying with
    // no auxiliary (`اتفاق رائے کے بغیر`) it is a genitive.
    let a = analyze("استغاثہ کے وکلاء نے بتایا کے ملزم کی عمر اکتالیس سال ہے۔");
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "استغاثہ کے وکلاء", "{q:?}");
    let a = analyze("اوپیک کا اجلاس تیل کی پیداوار بڑھانے پر اتفاق رائے کے بغیر ختم ہو گیا۔");
    assert!(quotes(&a).is_empty(), "{:?}", quotes(&a));
}

#[test]
fn a_weekday_before_a_title_is_the_other_word_spelled_the_same() {
    // `بدھ ترجمان` is "a Buddhist spokesman", not "Wednesday, the spokesman"; `جمعہ کو`
    // ("on Friday") is a time adverb, no one's name.
    let a = analyze("بدھ ترجمان کے مطابق ان نغموں کی ریکارڈنگ خانقاہ میں کی گئی تھی۔");
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "بدھ ترجمان", "{q:?}");
    let a = analyze(
        "وزیراعظم نواز شریف نے کہا کہ ملک ترقی کرے گا۔ وزیراعظم جمعہ کو ایک اجلاس کی صدارت کر \
         رہے تھے۔ انہوں نے کہا کہ نظام کو بہتر بنایا جائے گا۔",
    );
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q.iter().all(|(_, s, _)| *s == "نواز شریف"), "{q:?}");
}

#[test]
fn a_demonstrative_may_stand_between_a_report_and_its_possessor() {
    // `X کی اس رپورٹ میں کہا گیا ہے کہ`: "in this report of X it is said that"; X issues it.
    let a = analyze(
        "ہیومن رائٹس واچ کی اس رپورٹ میں کہا گیا ہے کہ ذرائع ابلاغ کی آزادی میں کمی واقع ہوئی ہے۔",
    );
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "ہیومن رائٹس واچ", "{q:?}");
}

#[test]
fn bodies_in_the_plural_speak_as_a_group() {
    // `انسانی حقوق کی تنظیموں کے بقول`: "according to human rights groups", a group, whom a
    // lawyer quoted next is not.
    let a = analyze(
        "انسانی حقوق کی تنظیموں کے بقول قیدیوں کو ناقابل قبول حالات میں رکھا جاتا ہے۔ سرکاری وکیل \
         نے عدالت میں کہا کہ حکومت ملاقات کرانے کو تیار ہے۔",
    );
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "انسانی حقوق کی تنظیموں", "{q:?}");
    assert_eq!(q[1].1, "سرکاری وکیل", "{q:?}");
}

#[test]
fn words_after_an_object_marked_ko_are_no_subject_of_a_present_verb() {
    // `طبی سائنس … پھلوں کو بھی … مریضوں کے لئے مفید قرار دیتی ہے`: `مفید` ("useful") is what
    // the fruits are declared; no one of that name speaks after it.
    let a = analyze(
        "ماہرین نے کہا کہ پھل مفید ہیں۔ طبی سائنس ترش پھلوں کو بھی ذیابطیس کے مریضوں کے لئے مفید \
         قرار دیتی ہے ان کے نزدیک ذیابطیس کے مریضوں میں وٹامن سی کی کمی آجاتی ہے۔",
    );
    let q = quotes(&a);
    assert!(q.iter().all(|(_, s, _)| *s != "مفید"), "{q:?}");
    assert!(!a.speakers().iter().any(|s| s.name() == "مفید"));
}

#[test]
fn a_surname_no_dictionary_lists_is_whom_a_pronoun_after_it_points_to() {
    // `رابرٹس نے … اور ان کا کہنا ہے`: a subject of one word that no dictionary lists is a
    // name; a plural noun (`پرستاروں نے`, "fans") is not.
    let a = analyze(
        "وزیر خارجہ میڈلین البرائٹ نے کہا کہ جمہوریت کو مشکلات کا سامنا ہے۔ رابرٹس نے اپنی زندگی \
         کے تجربات کو کتاب کی شکل دی ہے اور ان کا کہنا ہے کہ ان کی روداد چار جلدوں کے لئے کافی ہے۔",
    );
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "رابرٹس", "{q:?}");
    let a = analyze(
        "فٹبالر کرسٹیانو رونالڈو نے کہا کہ وہ عربی نہیں جانتے۔ پرستاروں نے ان کا استقبال کیا۔ \
         انہوں نے کہا کہ وہ تھوڑی سی عربی بولیں گے۔",
    );
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "کرسٹیانو رونالڈو", "{q:?}");
}

#[test]
fn many_of_them_is_no_one_a_pronoun_points_to() {
    // `بہت سوں نے` ("many [writers]") is a group the text does not name: a pronoun after it
    // points to the person it was about.
    let a = analyze(
        "وزیر خارجہ میڈلین البرائٹ نے کہا کہ جمہوریت کو مشکلات کا سامنا ہے۔ بڑے مصنفوں میں سے بہت \
         سوں نے پرسکون زندگی بسر کی۔ انہوں نے کہا کہ طالبان واپس آنے کی کوشش کر رہے ہیں۔",
    );
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "میڈلین البرائٹ", "{q:?}");
}

#[test]
fn a_present_verb_after_a_short_adverbial_takes_the_subject_before_it() {
    // `ماہرین اس پر کہتے ہیں کہ`: the adverbial `اس پر` ("on this") stands between the
    // subject and the verb.
    let a = analyze("معاشی ماہرین اس پر کہتے ہیں کہ حکومت کو فوری اقدامات کرنے چاہییں۔");
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "معاشی ماہرین", "{q:?}");
}

#[test]
fn a_name_run_on_into_an_adverbial_is_the_subject_of_a_present_verb() {
    // `سنیل گواسکر پوری بات سننے کے بعد گویا ہوئے، ’…‘`: a given name and a family name no
    // dictionary lists, then the common words of an adverbial; the name speaks, not the
    // commentator quoted before.
    let a = analyze(
        "ساتھی کمنٹیٹر کا کہنا تھا کہ آئی پی ایل نے اچھے کھلاڑی دیے ہیں۔\n\nسنیل گواسکر پوری بات \
         سننے کے بعد گویا ہوئے، ’ٹی ٹوئنٹی کا بہترین کھلاڑی ٹیسٹ کا کھلاڑی نہیں بن سکتا۔‘",
    );
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "سنیل گواسکر", "{q:?}");
}

#[test]
fn what_a_present_verb_calls_something_in_marks_is_its_subjects_word() {
    // `ماہرین اس حالت کو ’ڈارک میٹر‘ کہتے ہیں`: the term is what the experts call it; they
    // stand before the object. A paper's name after its kind is the subject
    // (`اخبار ”فنانشل ٹائمز“ لکھتا ہے کہ`).
    for text in [
        "طبیعات کے ماہرین اس حالت کو ’ڈارک میٹر‘ کہتے ہیں۔",
        "طبیعات کے ماہرین اسے ’ڈارک میٹر‘ کہتے ہیں۔",
    ] {
        let a = analyze(text);
        let q = quotes(&a);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, QuoteKind::Partial, "{q:?}");
        assert_eq!(q[0].1, "طبیعات کے ماہرین", "{q:?}");
    }
    let a = analyze("برطانوی اخبار ”فنانشل ٹائمز“ لکھتا ہے کہ پاکستان میں حکومت دباؤ میں ہے۔");
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "فنانشل ٹائمز", "{q:?}");
}

#[test]
fn a_short_clause_in_marks_before_a_case_marker_is_a_title() {
    // `’کل ہو نہ ہو‘ کے کئی مناظر`: a film's title, though it ends with a verb; a clause
    // itself takes no case marker after it.
    let a = analyze("اسی تازگی کا احساس ’کل ہو نہ ہو‘ کے کئی مناظر دیکھ کر قوی تر ہو جاتا ہے۔");
    assert!(quotes(&a).is_empty(), "{:?}", quotes(&a));
    // Said words before the verb of saying stay the speaker's (`’…‘ کا نعرہ لگایا` aside).
    let a = analyze("وزیر اعظم نے کہا کہ ’ہم ہار نہیں مانیں گے‘۔");
    assert_eq!(quotes(&a).len(), 1, "{:?}", quotes(&a));
}

#[test]
fn a_number_after_an_acronym_is_part_of_the_speakers_name() {
    // `ایم آئی 14 نے متنبہ کیا تھا کہ`: MI14 warned; the number ends the acronym's name.
    let a = analyze("انٹیلی جینس سیکشن ایم آئی 14 نے متنبہ کیا تھا کہ ’تحقیق نہیں رکے گی۔‘");
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].1.ends_with("ایم آئی 14"), "{q:?}");
}

#[test]
fn a_name_and_a_colon_before_a_quotation_label_its_speaker() {
    // `پرینکا: ’…‘`: a line of dialogue, as headlines and captions write it; the name is one
    // the text quotes elsewhere, and an imperative alone after it is said.
    let text =
        "اداکارہ پرینکا چوپڑا نے کہا کہ وہ بہت خوش ہیں۔\n\nپرینکا: ’میرے کان کی بالیاں تھامو‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].0, QuoteKind::Direct, "{q:?}");
    assert_eq!(q[1].1, "پرینکا چوپڑا", "{q:?}");
    // A topic before the colon (`کرپٹو کرنسیاں: ’…‘`, a headline's) names no one who speaks.
    let text = "وزیر خزانہ نے کہا کہ معیشت بہتر ہو رہی ہے۔\n\nکرپٹو کرنسیاں: ’کالے دھن کو سفید کیا جا رہا ہے‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(q.iter().all(|x| x.1 != "کرپٹو کرنسیاں"), "{q:?}");
}

#[test]
fn the_lines_of_a_transcript_are_their_speakers_words() {
    // An interview printed as lines under its speakers' names, with no marks and no verb of
    // saying: each line is its speaker's words, up to its first sentence's end.
    let text = "یہ وزیر اعلیٰ کا پہلا انٹرویو ہے۔\n\nصحافی : کیا آپ اگلا الیکشن لڑیں گے ؟\n\nوزیر اعلیٰ : میں نے ابھی فیصلہ نہیں کیا ۔ پارٹی فیصلہ کرے گی\n\nصحافی : آپ کی حکومت نے کتنے اسکول بنائے ؟\n\nوزیر اعلیٰ : ہم نے دو سو نئے اسکول بنائے ہیں";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 4, "{q:?}");
    assert!(q.iter().all(|x| x.0 == QuoteKind::Indirect), "{q:?}");
    assert_eq!(q[0].1, "صحافی", "{q:?}");
    assert_eq!(q[1].1, "وزیر اعلیٰ", "{q:?}");
    assert_eq!(q[1].2, "میں نے ابھی فیصلہ نہیں کیا");
    assert_eq!(q[3].2, "ہم نے دو سو نئے اسکول بنائے ہیں");
    // An interview printed as questions and answers: the lines are said, by no one the
    // labels name.
    let text = "سوال : کیا آپ اگلا الیکشن لڑیں گے ؟\n\nجواب : میں نے ابھی فیصلہ نہیں کیا\n\nسوال : آپ کی جماعت کا کیا موقف ہے ؟\n\nجواب : ہم انتخابات میں حصہ لیں گے";
    let a = analyze(text);
    assert_eq!(a.quotes().len(), 4, "{:?}", quotes(&a));
    assert!(a.speakers().is_empty(), "{:?}", quotes(&a));
    // A fact box labels its lines too, each label once: no one speaks there; nor does a
    // headline that puts its topic before a colon.
    let text = "گیارہ ستمبر : آخری باتیں\n\nنام : احمد علی\n\nعمر : پینتیس سال\n\nپیشہ : استاد\n\nوہ لاہور میں رہتے ہیں۔";
    assert!(analyze(text).quotes().is_empty());
}

#[test]
fn a_head_of_government_alone_is_not_someone_quoted_without_a_title() {
    // `وزیراعظم کا کہنا تھا`: the office names its holder, not the two women quoted just
    // before with no title at all (a report on another story).
    for office in ["وزیراعظم", "وزیر اعظم"] {
        let text = format!(
            "ماسیا اور تانیا نے شادی کے بعد کہا کہ یہ دن بہت اہم ہے۔\n\nاسلام آباد میں مسلم لیگ کا اجلاس ہوا۔\n\n{office} کا کہنا تھا کہ مسلم لیگ اب ایک جماعت ہے۔"
        );
        let a = analyze(&text);
        let q = quotes(&a);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].1, office, "{q:?}");
    }
    // Given a title, the person just quoted may well be the one the office names.
    let text = "وزیراعظم عمران خان نے کہا کہ معیشت بہتر ہو رہی ہے۔ وزیراعظم کا کہنا تھا کہ مہنگائی کم ہو گی۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "عمران خان", "{q:?}");
}

#[test]
fn a_person_quoted_by_name_who_opens_a_sentence_is_whom_it_is_about() {
    // `محمد اشرف آج کل … رہتے ہیں۔ ان کا دعویٰ ہے کہ`: the subject comes first in Urdu, with
    // no marker in the direct case, so the pronoun after it is Ashraf, whom the text quotes
    // by name later, not the headmaster quoted before.
    let text = "سکول کے ہیڈ ماسٹر احمد علی نے بتایا کہ من موہن سنگھ یہاں پڑھتے تھے۔\n\nمحمد اشرف آج کل گاؤں سے تھوڑے فاصلے پر رہتے ہیں۔ ان کا دعویٰ ہے کہ وہ ان کے ہم جماعت تھے۔\n\nمحمد اشرف نے کہا کہ وہ انہیں دیکھنا چاہتے ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(q[1].1, "محمد اشرف", "{q:?}");
    // A name in the genitive opens no subject (`محمد اشرف کا گھر …`).
    let text = "سکول کے ہیڈ ماسٹر احمد علی نے بتایا کہ من موہن سنگھ یہاں پڑھتے تھے۔\n\nمحمد اشرف کا گھر گاؤں سے تھوڑے فاصلے پر ہے۔ ان کا دعویٰ ہے کہ وہ ان کے استاد تھے۔\n\nمحمد اشرف نے کہا کہ وہ انہیں دیکھنا چاہتے ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_ne!(q[1].1, "محمد اشرف", "{q:?}");
}

#[test]
fn the_continuative_is_one_verb_of_saying() {
    // `مطالبہ کرتی آ رہی ہیں کہ`, "have been demanding that": `آنا` after the participle is
    // part of the verb, and what was said follows its `کہ`.
    let text = "اپوزیشن جماعتوں نے کہا کہ وہ احتجاج کریں گی۔ اپوزیشن جماعتیں کئی ماہ سے مطالبہ کرتی آ رہی ہیں کہ وزیر اعظم استعفیٰ دیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].2, "وزیر اعظم استعفیٰ دیں", "{q:?}");
    let a = analyze("وزیر خارجہ کہتے آئے ہیں کہ مذاکرات ہی واحد راستہ ہے۔");
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "مذاکرات ہی واحد راستہ ہے", "{q:?}");
    // Not what was said: the rest of a clause whose verb is continuative.
    let text = "حکومت اس منصوبے پر تحفظات کا اظہار کرتی آ رہی تھی اور اجازت مانگ رہی تھی۔";
    assert!(
        analyze(text).quotes().is_empty(),
        "{:?}",
        quotes(&analyze(text))
    );
}

#[test]
fn a_stray_word_on_its_own_line_is_no_link_title() {
    // Three title-like lines in a row are a list of links whose heading was lost; a line of
    // one word (a section's name, a stray word) is none, so a quoted headline under a
    // headline stays a quotation.
    let text = "اٹھاس\n\nہتھیاروں پر نئی دستاویز\n\n’ پہلی دستاویز کا تنازعہ ڈاکٹر کیلی کی موت کا باعث بنا ‘\n\nبرطانیہ کا خفیہ ادارہ نئی دستاویز تیار کر رہا ہے ۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].2,
        "پہلی دستاویز کا تنازعہ ڈاکٹر کیلی کی موت کا باعث بنا"
    );
}

#[test]
fn one_asked_by_a_role_or_as_a_group_is_who_answers() {
    // `X سے جب پوچھا گیا … تو انھوں نے کہا`: the one asked answers, named or not.
    for (asked, speaker) in [
        ("کمپنی کے ترجمان", "کمپنی کے ترجمان"),
        ("طبی ماہرین", "طبی ماہرین"),
    ] {
        let text = format!(
            "حکومت نے نئی پالیسی کا اعلان کیا ہے۔ {asked} سے جب پوچھا گیا کہ کیا وہ پریشان ہیں تو انھوں نے کہا ’ہم اپنے ملک کے مفادات کا ہر قیمت پر دفاع کریں گے۔‘"
        );
        let a = analyze(&text);
        let q = quotes(&a);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, speaker, "{q:?}");
    }
}

#[test]
fn a_latin_comma_is_the_urdu_comma() {
    // `کا کہنا ہے ,’’…‘‘`: writers type the Latin comma for `،`; the noun of saying still has
    // its quotation after the comma.
    for comma in ["،", ","] {
        let text = format!(
            "ڈاکٹر روہندا رند کہتے ہیں، ’’انجلینا کی والدہ بھی خوبصورت تھیں۔‘‘\n\nسادگی بھی حسین ہے\n\nخود انجلیناکا کہنا ہے {comma}’’میں بہت سادہ ہوں اور زیادہ جتن نہیں کرتی۔‘‘"
        );
        let a = analyze(&text);
        let q = quotes(&a);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].1, "انجلینا", "{q:?}");
    }
}

#[test]
fn a_latin_full_stop_ends_quoted_sentences_as_the_urdu_one_does() {
    // A quotation of whole sentences in a paragraph of its own goes on quoting the speaker
    // before it, whether the sentences end with `۔` or with the Latin `.` typed for it.
    for stop in ["۔", "."] {
        let text = format!(
            "شہمیر عامر کا ماننا ہے کہ حکومت کو صارفین کو آگاہ کرنا چاہیے تھا{stop}\n\n'ہیکر اس لیے کامیاب نہیں ہوتا کہ وہ چالاک ہے بلکہ اس لیے کہ صارف بےوقوف ہوتا ہے{stop}'"
        );
        let a = analyze(&text);
        let q = quotes(&a);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].0, QuoteKind::Direct, "{q:?}");
        assert_eq!(q[1].1, "شہمیر عامر", "{q:?}");
    }
}

#[test]
fn in_a_text_without_full_stops_a_long_quoted_paragraph_is_speech_not_a_crosshead() {
    // Typed without `۔`, a paragraph of quoted speech has no end mark to tell it from a
    // crosshead; its length does. The speaker of the paragraph before goes on speaking.
    let text = "شہمیر عامر کا ماننا ہے کہ حکومت کو صارفین کو حقائق سے آگاہ کرنا چاہیے تھا\n\n'ہیکر یا چور اس لیے کامیاب نہیں ہوتا کہ وہ بہت چالاک ہے بلکہ وہ اس لیے کامیاب ہوتا ہے کہ اس کا شکار بننے والا صارف بےوقوف ہوتا ہے'";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "شہمیر عامر", "{q:?}");
    // A short quoted line there is still a crosshead, which quotes no one who spoke before.
    let text = "شہمیر عامر کا ماننا ہے کہ حکومت کو صارفین کو حقائق سے آگاہ کرنا چاہیے تھا\n\n'تجارتی جنگ تو اچھی ہوتی ہے'\n\nامریکہ نے چین پر نئے محصولات عائد کر دیے ہیں";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(
        q.iter()
            .all(|x| x.1 != "شہمیر عامر" || x.0 == QuoteKind::Indirect),
        "{q:?}"
    );
    // Its sentences end with their verbs: it goes on past the reporter's narration that brings
    // in no one, as a quotation of whole sentences does.
    let text = "وزیر خزانہ اسد عمر کا کہنا ہے کہ معیشت بہتر ہو رہی ہے\n\nیہ معاملہ کئی برسوں سے زیر بحث ہے\n\n’ہم اس مسئلے کا حل تلاش کر رہے ہیں اور بہت جلد عوام کو اچھی خبر دیں گے‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "اسد عمر", "{q:?}");
}

#[test]
fn a_negated_clause_ends_at_its_modal_participle() {
    // `نہیں کہا جا سکتا` ("cannot be said") ends its clause with the copula left out: a frame
    // after it in text typed without `۔` is a new report, not one the source reports.
    let text = "ماہرین کے مطابق اس بارے میں اب بھی کچھ نہیں کہا جا سکتا وہ کہتی ہیں کہ امریکہ اور چین اب بظاہر اپنے تجارتی تنازعات حل کر رہے ہیں";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].2, "اس بارے میں اب بھی کچھ نہیں کہا جا سکتا", "{q:?}");
}

#[test]
fn in_accordance_with_as_a_predicate_or_with_a_norm_is_no_source() {
    // `X کے مطابق ہو`, "be in accordance with X": a copula right after the postposition makes
    // it the predicate, not a source whose words follow.
    let text = "وزیر نے کہا کہ یہ کاروبار جائز ہے بشرطیکہ وہ احکام اسلام کے مطابق ہو۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "وزیر", "{q:?}");
    // A norm joined by `اور` to the head (`قانون اور انصاف کے مطابق`) makes the whole one.
    let text = "ملک میں قانون اور انصاف کے مطابق تمام شہریوں کو برابر حقوق حاصل ہیں۔";
    let a = analyze(text);
    assert!(a.quotes().is_empty(), "{:?}", quotes(&a));
    // The figures of a year name no source (`2010ء کے اعداد و شمار کے مطابق`).
    let text = "2010ء کے اعداد و شمار کے مطابق ملک کی آبادی سترہ کروڑ تھی۔";
    let a = analyze(text);
    assert!(a.quotes().is_empty(), "{:?}", quotes(&a));
}

#[test]
fn a_light_verb_whose_object_is_in_the_genitive_takes_no_clause_after_it() {
    // `اپنی پسند کا اظہار کرتی ہے`, "expresses her liking": what is expressed is the genitive
    // object; the words after are the reporter's next clause.
    let text =
        "بعض اوقات کوئی لڑکی اپنی پسند کا اظہار کرتی ہے والدین اسے انا کا مسئلہ بنا لیتے ہیں۔";
    let a = analyze(text);
    assert!(a.quotes().is_empty(), "{:?}", quotes(&a));
    // With no genitive object the clause after is what is demanded.
    let text = "یہ ایوان حکومت سے مطالبہ کرتا ہے تمام سیاسی قیدیوں کو فوری طور پر رہا کیا جائے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].2, "تمام سیاسی قیدیوں کو فوری طور پر رہا کیا جائے",
        "{q:?}"
    );
}

#[test]
fn a_full_name_before_a_place_in_the_genitive_keeps_the_place_out() {
    // `… سیکرٹری جنرل حامد رضا قریشی ملتان کی معروف شخصیت … کی رہائشگاہ آئے`: a name of two
    // words or more is whole, and the place begins the genitive of another phrase; the
    // titled name is the subject, whom the pronoun after points to.
    let text = "ضلعی صدر جاوید اقبال نے کہا کہ کارکنوں کے حوصلے بلند ہیں۔\n\nگزشتہ روز پارٹی کے مرکزی سیکرٹری جنرل حامد رضا قریشی ملتان کی معروف سماجی شخصیت میاں عمران کی رہائشگاہ آئے۔\n\nانہوں نے کہا کہ ملک شدید معاشی بحران سے گزر رہا ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "حامد رضا قریشی", "{q:?}");
}

#[test]
fn those_also_present_are_not_whom_the_text_is_about() {
    // `ان کے ہمراہ … X بھی موجود تھے`, "with him X too was present": the people listed came
    // with the one the text is about, and a pronoun after them points to that one.
    let text = "ضلعی صدر جاوید اقبال نے کہا کہ کارکنوں کے حوصلے بلند ہیں۔\n\nپارٹی کے نائب صدر لیاقت حسین لاہور میں ایک تقریب میں شرکت کے لئے تشریف لائے۔\n\nان کے ہمراہ پارٹی کے صوبائی رہنما ڈاکٹر وسیم احمد اور ضلعی رہنما ظفر علی بھی موجود تھے۔\n\nتقریب کے بعد انہوں نے کہا کہ ملکی حالات سنگین ہوتے جا رہے ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "لیاقت حسین", "{q:?}");
}

#[test]
fn a_description_means_the_holder_whose_title_it_repeats() {
    // Of the people titled `صدر`, `پارٹی کے ضلعی صدر` ("the party's district president") is
    // the one whose title names the party and the district (`ضلعی` is the adjective of
    // `ضلع`), not the city president named last.
    let text = "پیپلز پارٹی ضلع ملتان کے صدر چودھری اکرم نے پارٹی اجلاس کی صدارت کی۔\n\nاجلاس میں تحصیل صدر امجد علی اور سٹی صدر ملک نوید شریک ہوئے۔\n\nپارٹی کے ضلعی صدر نے اپنی گفتگو میں کہا کہ آئندہ انتخابات میں متفقہ امیدوار سامنے لائیں گے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "چودھری اکرم", "{q:?}");
}

#[test]
fn local_titles_and_a_concessive_stay_out_of_a_speakers_name() {
    for (text, speaker) in [
        (
            "ضلعی ناظم راشد خان نے کہا کہ ضلع میں چار زون ہیں۔",
            "راشد خان",
        ),
        (
            "ایم این اے جعفر لغاری نے کہا کہ وہ اس شہر کو اپنا گھر سمجھتے ہیں۔",
            "جعفر لغاری",
        ),
        (
            "حالانکہ مغربی ماہرین کا کہنا ہے کہ یہ منصوبہ کامیاب نہیں ہو گا۔",
            "مغربی ماہرین",
        ),
    ] {
        let a = analyze(text);
        let q = quotes(&a);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, speaker, "{q:?}");
    }
}

#[test]
fn according_to_is_also_written_bamujib() {
    // Indian Urdu papers write "according to" `کے بموجب` as well as `کے مطابق`.
    let text = "پولیس ذرائع کے بموجب حملہ آور فرار ہو گئے ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "پولیس ذرائع", "{q:?}");
    assert_eq!(q[0].2, "حملہ آور فرار ہو گئے ہیں", "{q:?}");
}

#[test]
fn a_portfolio_named_again_with_its_title_is_its_minister() {
    // `ریاستی وزیر زراعت و آبپاشی مسٹر کے راجو`, then `وزیر زراعت و آبپاشی نے کہا`: the words
    // after `وزیر` are the portfolio of the minister named before, not someone's name; and
    // `وزیر موصوف`, "the said minister", is that minister too.
    let text = "ریاستی وزیر دیہی ترقیات مسٹر کے راجو نے بتایا کہ نئی سڑکیں بنائی جائیں گی۔\n\nوزیر دیہی ترقیات نے کہا کہ اس منصوبے پر کام جلد شروع ہو گا۔\n\nوزیر موصوف نے کہا کہ دیہاتوں کو پانی بھی فراہم کیا جائے گا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert!(q.iter().all(|x| x.1 == "کے راجو"), "{q:?}");
}

#[test]
fn a_title_after_an_honorific_and_a_name_is_in_apposition() {
    // `جناب X سابق وزیر اعلی … و رکن پارلیمنٹ …`, "Mr X, former chief minister … and MP for
    // …": the honorific opens the name, and the long title after it is no part of it.
    let text = "جناب موہن لال سابق وزیر اعلی راجستھان و رکن پارلیمنٹ جودھپور نے بتایا کہ پارٹی نے اقلیتوں کو نظرانداز کیا ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "موہن لال", "{q:?}");
}

#[test]
fn ones_information_is_ones_statement() {
    // `X کی اطلاع کے بموجب`, "according to X's information", is X speaking; reports in the
    // plural with no one's name are no one's (`اطلاعات کے مطابق`).
    let text = "ڈپٹی ڈائرکٹر تعلیمات جناب رحیم خان کی اطلاع کے بموجب اضافی اساتذہ کی فہرست دفاتر میں لگا دی گئی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "رحیم خان", "{q:?}");
    let a = analyze("اطلاعات کے مطابق اضافی اساتذہ کی فہرست دفاتر میں لگا دی گئی ہے۔");
    assert!(a.quotes().is_empty(), "{:?}", quotes(&a));
}

#[test]
fn a_subject_inside_a_nouns_content_clause_is_not_the_main_clauses() {
    // `انھوں نے … اس دعویٰ کو کہ … ارکان نے رپورٹ مسترد کر دی ہے، غیر آئینی قرار دیا اور کہا
    // کہ`: the claim's subject is inside the clause after `اس دعویٰ کو کہ`; the verbs after it
    // are the main clause's, whose subject is the pronoun, the chairman.
    let text = "کمیٹی کے صدر نشین رام پرساد نے کہا کہ رپورٹ مکمل ہے۔\n\nانھوں نے صحافیوں سے بات کرتے ہوئے اس دعویٰ کو کہ کمیٹی کے گیارہ ارکان نے رپورٹ مسترد کر دی ہے، غیر آئینی قرار دیا اور کہا کہ وہ اسپیکر کے فیصلے کا انتظار کریں گے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "رام پرساد", "{q:?}");
    // Nor is the claim's subject whom a pronoun in the next sentence points to.
    let text = "کمیٹی کے صدر نشین رام پرساد نے کہا کہ رپورٹ مکمل ہے۔\n\nانھوں نے اس دعویٰ کو کہ کمیٹی کے گیارہ ارکان نے رپورٹ مسترد کر دی ہے، غیر آئینی قرار دیا۔\n\nانھوں نے کہا کہ وہ اسپیکر کے فیصلے کا انتظار کریں گے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "رام پرساد", "{q:?}");
    // After a verb of saying (`یہ کہا کہ`) the clause is what was said, and a subject after
    // it is a new speaker's.
    let text = "سابق وزیر اعلی مایا دیوی نے جب یہ کہا کہ وہ اتحاد میں شامل نہیں ہوں گی، تو جواب میں پارٹی کے رہنما اکھل یادو نے کہا کہ وہ پیچھے ہٹنے کے لیے تیار ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "اکھل یادو", "{q:?}");
}

#[test]
fn an_office_after_a_name_with_its_jurisdiction_is_no_part_of_the_name() {
    // Indian Urdu papers write the office after the name, in apposition: `سریش کمار کلکٹر
    // ضلع میدک`, "Suresh Kumar, collector of Medak district". The name is the words before
    // the office, whose complement ends with a place.
    let text = "سریش کمار کلکٹر ضلع میدک نے کہا کہ سڑکوں کی مرمت جلد ہوگی۔\n\nمحمود علی وزیر داخلہ تلنگانہ نے کہا کہ امن برقرار رکھا جائے گا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "سریش کمار", "{q:?}");
    assert_eq!(q[1].1, "محمود علی", "{q:?}");
    // A title that ends the phrase has adjectives before it as often as a name: the whole is
    // a description, which points back to the spokeswoman named before.
    let text = "ترجمان مریم اورنگزیب نے کہا کہ حکومت ناکام ہو گئی ہے۔\n\nن لیگی ترجمان نے مزید کہا کہ مہنگائی بڑھ گئی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].1, "مریم اورنگزیب", "{q:?}");
}

#[test]
fn offices_as_indian_urdu_papers_name_them_are_titles() {
    // `کارپوریٹر` (a city's councillor), `ایم ایل اے` (a member of a state's assembly),
    // `سرپنچ` (a village head), `جہدکار` (an activist): titles, no part of the name.
    let text = "کارپوریٹر محمد سلیم نے بتایا کہ پانی کی سربراہی بحال کر دی گئی ہے۔\n\nایم ایل اے اکبر الدین اویسی نے کہا کہ حکومت ناکام ہو گئی ہے۔\n\nسرپنچ رام ریڈی نے بتایا کہ گاؤں میں بجلی نہیں ہے۔\n\nجہدکار میدھا پاٹکر نے کہا کہ کسانوں کو معاوضہ دیا جائے۔";
    let a = analyze(text);
    let q = quotes(&a);
    let names: Vec<&str> = q.iter().map(|q| q.1).collect();
    assert_eq!(
        names,
        ["محمد سلیم", "اکبر الدین اویسی", "رام ریڈی", "میدھا پاٹکر"],
        "{q:?}"
    );
}

#[test]
fn the_districts_of_indian_states_are_places() {
    // The gazetteer lists every district of the states whose news Urdu papers report; a
    // district's name that is also a surname needs evidence (`میک کولم`, McCullum, is not
    // Kollam).
    let text = "ضلع نظام آباد، کریم نگر اور ورنگل میں بارش ہوئی۔ کھمم میں اسکول بند رہے۔\n\nکیوی کپتان برینڈن میک کولم کی نصف سنچری نمایاں رہی۔";
    let a = analyze(text);
    let names: Vec<&str> = a.locations().iter().map(|l| l.name()).collect();
    for place in ["نظام آباد", "کریم نگر", "ورنگل", "کھمم"] {
        assert!(names.contains(&place), "{place}: {names:?}");
    }
    assert!(!names.contains(&"کولم"), "{names:?}");
}

#[test]
fn hind_is_india_after_izafat_and_in_pairs() {
    // `ہند` is India's name in set phrases: after izafat (`تقسیم ہند`, "the Partition of
    // India"; `حکومت ہند`) and paired with Pakistan (`پاک و ہند`).
    let text = "تقسیم ہند کے بعد لاکھوں افراد نے ہجرت کی۔ حکومت ہند نے نئی پالیسی کا اعلان کیا۔ پاک و ہند میں چاول کی کاشت ہوتی ہے۔";
    let a = analyze(text);
    let india: Vec<&str> = a
        .locations()
        .iter()
        .filter(|l| l.name() == "بھارت")
        .flat_map(|l| l.mentions().iter().map(|m| m.text()))
        .collect();
    assert_eq!(india, ["ہند", "ہند", "ہند"], "{:?}", a.locations());
}

#[test]
fn wanting_to_say_is_saying() {
    // `میں … بتانا چاہتا ہوں کہ` ("I want to tell … that"): the speaker quoted last, saying it
    // now in the first person; so is `کہنا چاہتی ہوں کہ`.
    let text = "وزیر تعلیم رانا احمد نے کہا کہ امتحانات وقت پر ہوں گے۔ میں والدین کو بتانا چاہتا ہوں کہ نصاب میں کوئی تبدیلی نہیں کی گئی۔\n\nڈاکٹر نسرین بانو نے کہا کہ اسپتال میں دوائیں نہیں ہیں۔ میں یہ کہنا چاہتی ہوں کہ حکومت فوری قدم اٹھائے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 4, "{q:?}");
    assert_eq!(q[1].1, "رانا احمد", "{q:?}");
    assert_eq!(q[1].2, "نصاب میں کوئی تبدیلی نہیں کی گئی", "{q:?}");
    assert_eq!(q[3].1, "نسرین بانو", "{q:?}");
}

#[test]
fn a_plural_pronoun_with_a_quantifier_is_a_pronoun() {
    // `ان دونوں نے` ("the two of them"), `دونوں نے`: no one's name; they point back to those
    // the text has been quoting.
    let text = "اداکارہ نور فاطمہ نے کہا کہ فلم اگلے ماہ ریلیز ہوگی۔ ہدایت کار سلیم احمد نے کہا کہ شوٹنگ مکمل ہو چکی ہے۔ ان دونوں نے کہا کہ فلم کا گانا جلد جاری کیا جائے گا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 3, "{q:?}");
    assert!(["نور فاطمہ", "سلیم احمد"].contains(&q[2].1), "{q:?}");
    assert!(
        a.speakers().iter().all(|s| !s.name().contains("دونوں")),
        "{q:?}"
    );
}

#[test]
fn more_agencies_are_channels_of_the_words_they_report() {
    // `اے این این کے مطابق X نے کہا کہ`: ANN credited with X's words, as AFP is; so are the
    // United News of India and IANS in Indian Urdu papers.
    let text = "اے این این کے مطابق وزیر اعلی شہباز شریف نے کہا ہے کہ متاثرین کو نئے گھر دیے جائیں گے۔\n\nیو این آئی کے مطابق وزیر داخلہ راج ناتھ سنگھ نے کہا کہ سرحد پر چوکسی بڑھا دی گئی ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "شہباز شریف", "{q:?}");
    assert_eq!(q[1].1, "راج ناتھ سنگھ", "{q:?}");
}

#[test]
fn two_apostrophes_are_one_double_mark_however_spaced() {
    // `''` typed for `"` (as Indian Urdu papers type it), with the space on the wrong side of
    // the opening mark: the two marks still pair, as `"` does.
    let text = "حکومت نے اس فیصلے کو'' تاریخی قدم'' قرار دیا ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        (q[0].0, q[0].1, q[0].2),
        (QuoteKind::Partial, "حکومت", "تاریخی قدم")
    );
}

#[test]
fn a_conjunctive_participle_of_saying_shares_the_ergative_subject() {
    // `X نے … ’…‘ قرار دیتے ہوئے …`: the participle ("calling it …") has the main clause's
    // subject, here in the ergative, and the term it uses is X's.
    let text = "ایک دن پہلے وزیر اعلی سلیم خان نے ایک اجلاس کی صدارت کی۔\n\nپولیس نے واقعے کو ’دہشت گردی‘ قرار دیتے ہوئے تحقیقات شروع کر دی ہیں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        (q[0].0, q[0].1, q[0].2),
        (QuoteKind::Partial, "پولیس", "دہشت گردی")
    );
}

#[test]
fn a_belief_is_no_source() {
    // `قدیم عقیدے کے مطابق` is "in accordance with an old belief": no one's words.
    let text = "یہودیوں کے قدیم عقیدے کے مطابق یہ ان کی سرزمین ہے۔";
    let a = analyze(text);
    assert!(a.quotes().is_empty(), "{:?}", quotes(&a));
}

#[test]
fn a_straight_mark_after_a_sources_comma_opens_new_speech() {
    // The first `"` lost its closing mark: the one after `کے بقول،` closes it and opens the
    // second speaker's words, which are not swallowed by the first quotation.
    let text = "کوچ احمد علی نے کہا، \"ٹیم نے بہت محنت کی ہے اور ہم اگلا میچ بھی جیتیں گے کپتان سلمان بٹ کے بقول، \"ہمارے بولرز نے آج کمال کر دکھایا اور ہمیں ان پر فخر ہے۔\"";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!((q[1].0, q[1].1), (QuoteKind::Direct, "سلمان بٹ"), "{q:?}");
    assert!(q[1].2.starts_with("ہمارے بولرز"), "{q:?}");
}

#[test]
fn the_formula_that_closes_a_report_ends_what_was_said() {
    // Typed without `۔`: `ان خیالات کا اظہار انہوں نے … کیا` ("these views she expressed at
    // …") is the reporter's next sentence, not part of what was said.
    let text = "کالج کی پرنسپل نسیم اختر نے کہا ہے کہ لڑکیاں کھیلوں میں کسی سے پیچھے نہیں ہیں ان خیالات کا اظہار انہوں نے سالانہ کھیلوں کی تقریب سے خطاب کرتے ہوئے کیا";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "لڑکیاں کھیلوں میں کسی سے پیچھے نہیں ہیں", "{q:?}");
}

#[test]
fn speech_a_speaker_reports_of_themself_is_one_quotation() {
    // `… نے کہا کہ وہ … ہوتے تو ہمیشہ کہتے کہ …`: the second frame has no subject of its own;
    // it is the speaker's, and their words are one quotation, not two.
    let text = "سابق کپتان شاہد علی نے کہا کہ وہ اگر ٹیم کے کوچ ہوتے تو ہمیشہ کہتے کہ صرف ایک کھلاڑی پر بھروسہ نہ کرو۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].2.ends_with("بھروسہ نہ کرو"), "{q:?}");
    // Those a relative pronoun points back to speak for themselves, and a second report
    // joined by `اور` is quoted on its own.
    let text = "رپورٹ میں کہا گیا کہ فلم میں ایسے افراد کو بھی دکھایا گیا ہے جو یہ دعویٰ کرتے ہیں کہ اگلا میچ فکس ہوگا۔ وزیر کھیل ندیم خان نے کہا کہ تحقیقات ہوں گی اور کہا کہ کسی کو معاف نہیں کیا جائے گا۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(q.iter().any(|q| q.2 == "اگلا میچ فکس ہوگا"), "{q:?}");
    assert!(
        q.iter().any(|q| q.2 == "کسی کو معاف نہیں کیا جائے گا"),
        "{q:?}"
    );
    // So is one after a participial clause (`… کو مخاطب کرتے ہوئے کہا کہ`): the reporter's
    // next sentence.
    let text =
        "کوچ ندیم خان نے کہا کہ ٹیم اچھا کھیلے گی کھلاڑیوں کو مخاطب کرتے ہوئے کہا کہ سب محنت کریں۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(q.iter().any(|q| q.2 == "سب محنت کریں"), "{q:?}");
}

#[test]
fn a_manner_adverb_stands_between_subject_and_verb() {
    // `کئی شہری اس طرح بیان کرتے ہیں کہ` ("many citizens put it this way, that"): the subject
    // stands before `اس طرح`.
    let text = "اخبار کے مطابق حکومت کی مقبولیت کم ہو رہی ہے جسے کئی شہری اس طرح بیان کرتے ہیں کہ مہنگائی نے سب کو پریشان کر دیا ہے۔";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(
        q.iter()
            .any(|q| q.1 == "کئی شہری" && q.2 == "مہنگائی نے سب کو پریشان کر دیا ہے"),
        "{q:?}"
    );
}

#[test]
fn the_kah_of_a_comparison_reports_nothing() {
    // `اتنی ہی … جتنی کہ …` ("as much … as …"): the `کہ` after the correlative compares; what
    // was said goes on past it.
    let text = "اداکارہ سارہ خان نے تقریب میں کہا ہے لوگوں نے مجھے کہا کہ میں یہاں کی نہیں ہوں لیکن میں آدھی پاکستانی ہوں سارہ خان نے کہا میں اتنی ہی پاکستانی ہوں جتنی کہ برطانوی ہوں حالانکہ میں لندن میں رہتی ہوں";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(
        q.iter()
            .any(|q| q.2.starts_with("میں اتنی") && q.2.ends_with("لندن میں رہتی ہوں")),
        "{q:?}"
    );
}

#[test]
fn a_new_report_ends_every_report_it_stands_inside() {
    // Typed without `۔`: the reporter's `سارہ خان نے کہا` after a clause's end ends the people's
    // words and also the report of the actress that holds them.
    let text = "اداکارہ سارہ خان نے تقریب میں کہا ہے لوگوں نے مجھے کہا کہ میں یہاں کی نہیں ہوں لیکن میں آدھی پاکستانی ہوں سارہ خان نے کہا میں اتنی ہی پاکستانی ہوں";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(q.len() >= 2, "{q:?}");
    assert!(q.iter().all(|q| !q.2.contains("سارہ خان نے کہا")), "{q:?}");
}

#[test]
fn a_name_opening_a_sentence_in_the_plural_of_respect_is_whom_a_pronoun_means() {
    // `کیتھرین ڈیوس … پہلی نجی مسافر ہوں گی۔ انھوں نے … کہا`: the sentence introduces a person
    // (a name in the direct case, the plural of respect), and the pronoun after it points to
    // her, not to the company that spoke before.
    let text = "خلائی کمپنی سپیس ایکس نے چاند کے سفر کے مسافر کا اعلان کر دیا ہے۔\n\nکیتھرین ڈیوس سپیس ایکس کے راکٹ کے ذریعے چاند تک سفر کرنے والی پہلی نجی مسافر ہوں گی۔ انھوں نے اعلان میں کہا: ’میں نے چاند تک جانے کا ارادہ کر لیا ہے۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "کیتھرین ڈیوس", "{q:?}");
    // Words before a plural noun in the direct case modify it: no one's name.
    let text = "خلائی کمپنی سپیس ایکس نے چاند کے سفر کا اعلان کیا ہے۔\n\nبگ باؤنٹی ہنٹنگ کمپنیاں از خود ایسے پروگرام چلاتی ہیں۔ انھوں نے کہا: ’یہ سفر تاریخی ہوگا۔‘";
    let a = analyze(text);
    let q = quotes(&a);
    assert!(q.iter().all(|q| !q.1.contains("باؤنٹی")), "{q:?}");
}

#[test]
fn a_sentence_of_a_copula_alone_is_no_ones_name() {
    // A sentence that is its verb alone (`ہیں۔`, `ہوں گے۔`), or its end mark alone after a
    // line that ends with one, opens with no name: nothing to introduce, and nothing to
    // panic on.
    let a = analyze("ہیں۔\n\nہوں گے۔ تھے۔ وہ یہاں ہیں\n۔\nانہوں نے کہا کہ کام جاری ہے۔");
    let q = quotes(&a);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "کام جاری ہے", "{q:?}");
}
