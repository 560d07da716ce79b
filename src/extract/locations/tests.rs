use super::*;

fn names(text: &str) -> Vec<String> {
    crate::locations(text)
        .iter()
        .map(|l| l.name().to_owned())
        .collect()
}

#[test]
fn seed_style_sentences() {
    let text = "روس کے صدر نے قزاقستان کے دفاع میں فتح کا دعویٰ کیا۔ ماسکو کے زیر قیادت اتحاد۔ الماتی میں حالات معمول پر آ گئے۔ وسط ایشیا میں سابق سوویت یونین کی سب سے مستحکم ریاست۔";
    assert_eq!(
        names(text),
        [
            "روس",
            "قزاقستان",
            "ماسکو",
            "الماتی",
            "وسط ایشیا",
            "سوویت یونین"
        ]
    );
}

#[test]
fn demonyms_and_longer_words_are_not_places() {
    assert!(names("روسی فوجی اور پاکستانی شہری").is_empty());
    assert_eq!(Gazetteer::new().demonym_country("قازق"), Some("KZ"));
    assert_eq!(Gazetteer::new().country_name("KZ"), Some("قزاقستان"));
}

#[test]
fn longer_names_win() {
    assert_eq!(names("اسلام آباد میں اجلاس"), ["اسلام آباد"]);
    assert_eq!(names("جنوبی ایشیا کے ممالک"), ["جنوبی ایشیا"]);
}

#[test]
fn spelling_variants_are_one_place() {
    let found = crate::locations("قزاقستان، قازقستان اور قزاخستان");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].mentions().len(), 3);
    assert_eq!(found[0].mentions()[1].text(), "قازقستان");
}

#[test]
fn ambiguous_names_need_evidence() {
    // چین is China, and peace in `سکون و چین`.
    assert_eq!(names("چین کے صدر نے کہا"), ["چین"]);
    assert!(names("دل کو سکون و چین ملا").is_empty());
    // شام is Syria, and evening.
    assert!(names("شام کو بارش ہوئی").is_empty());
    assert_eq!(names("ملک شام میں جنگ"), ["شام"]);
    // `ملک` ("country") shows a country's name only: `ملک ریاض` is Malik Riaz, a person.
    assert!(names("بحریہ ٹاؤن کے سربراہ ملک ریاض نے کہا").is_empty());
    assert_eq!(names("ترکی، شام اور عراق"), ["ترکی", "شام", "عراق"]);
    // A country's name that opens a sentence or a clause after `کہ` is its subject.
    assert_eq!(
        names("کوئی راستہ نہیں ہے۔ چین ہمیشہ قرضہ نہیں دے گا"),
        ["چین"]
    );
    assert_eq!(names("انہوں نے کہا کہ چین ہمارا دوست ہے"), ["چین"]);
    assert!(names("وہ بے چین ہیں۔ دل کو چین ملا").is_empty());
    // The evidence is the spelling's, not the place's: `چائنہ` is no common word.
    assert_eq!(names("اس معاہدے سے چائنہ فائدہ اٹھائے گا"), ["چین"]);
    // `پاک` is Pakistan in a pair of countries (`پاک چین اقتصادی راہداری`).
    assert_eq!(names("پاک چین اقتصادی راہداری"), ["چین"]);
    // `چلی` is Chile, and "went" (feminine): a postposition follows the country, an
    // auxiliary the verb.
    assert_eq!(names("گزشتہ ماہ چلی میں نمائش ہوئی"), ["چلی"]);
    assert!(names("گاڑی تیزی سے چلی گئی").is_empty());
}

#[test]
fn places_inside_organisation_names_are_reported() {
    assert_eq!(names("پنجاب حکومت نے فیصلہ کیا"), ["پنجاب"]);
}

#[test]
fn diacritics_and_zwnj_do_not_matter() {
    assert_eq!(names("مشرقِ وسطیٰ"), ["مشرق وسطیٰ"]);
    assert_eq!(names("اسلام\u{200C}آباد"), ["اسلام آباد"]);
}

#[test]
fn mentions_point_into_the_original() {
    let text = "\u{200F}پاكستان كے شہر لاہور میں";
    let found = crate::locations(text);
    assert_eq!(found.len(), 2);
    assert_eq!(&text[found[0].mentions()[0].span()], "پاكستان");
    assert_eq!(found[1].mentions()[0].text(), "لاہور");
}

#[test]
fn users_add_places_and_cues() {
    let g = Gazetteer::builder()
        .without_defaults()
        .place(
            Place::new("گلشن اقبال", PlaceKind::District)
                .in_country("PK")
                .variant("گلشنِ اقبال"),
        )
        .build()
        .unwrap();
    assert_eq!(g.len(), 1);
    let found = g.locations("وہ گلشنِ اقبال میں رہتے ہیں");
    assert_eq!(found[0].name(), "گلشن اقبال");
    assert_eq!(found[0].place().variants(), ["گلشنِ اقبال"]);
    for bad in ["  ", "123", "دو\tلفظ"] {
        let err = Gazetteer::builder()
            .place(Place::new(bad, PlaceKind::City))
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::InvalidWord, "{bad:?}");
    }
    let err = Gazetteer::builder()
        .place(Place::new("لاہور", PlaceKind::City).in_country("Pakistan"))
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::InvalidCountry);
    let with_cue = Gazetteer::builder()
        .place_word("قصبے", PlaceWord::Before)
        .build()
        .unwrap();
    assert_eq!(with_cue.locations("قصبے مری کی سڑکیں")[0].name(), "مری");
}

#[test]
fn users_take_names_away() {
    let g = Gazetteer::builder()
        .not_place("کترینہ کیف")
        .build()
        .unwrap();
    let text = "اداکارہ کترینہ کیف لاہور آئیں";
    let found = g.locations(text);
    let names: Vec<&str> = found.iter().map(|l| l.name()).collect();
    assert_eq!(names, ["لاہور"]);
    assert_eq!(g.locations("کیف میں دھماکہ")[0].name(), "کیف");
    let g = Gazetteer::builder().not_place("لاہور").build().unwrap();
    assert!(g.locations("لاہور میں بارش").is_empty());
}

#[test]
fn a_custom_normalizer_still_matches() {
    let normalizer = crate::Normalizer::builder()
        .urdu_letters(false)
        .build()
        .unwrap();
    let tokenizer = crate::Tokenizer::builder()
        .normalizer(normalizer)
        .build()
        .unwrap();
    let g = Gazetteer::builder().tokenizer(tokenizer).build().unwrap();
    let found = g.locations("پاكستان كے شہر لاہور میں");
    assert_eq!(found[0].name(), "پاکستان");
    assert_eq!(found[0].mentions()[0].text(), "پاكستان");
}

/// The shipped gazetteer loads, has no name twice, and finds every place by its own name in
/// a sentence built around it.
#[test]
fn every_shipped_place_is_found_by_its_name() {
    let places = crate::lexicon::places::parse_places(GAZETTEER_TSV).unwrap();
    let g = Gazetteer::new();
    assert_eq!(g.len(), places.len());
    let keyer = crate::extract::keys::Keyer::default();
    let mut keys = std::collections::HashSet::new();
    for p in &places {
        for name in std::iter::once(&p.name).chain(p.variants.iter().map(|(v, _)| v)) {
            assert!(keys.insert(keyer.key(name)), "{name} is listed twice");
        }
        if let Some(code) = p.country {
            assert!(place::is_country_code(code), "{}: {code}", p.name);
        }
    }
    for p in &places {
        let sentence = format!("ہم کل شہر {} میں تھے۔", p.name);
        let found = g.locations(&sentence);
        assert!(
            found.iter().any(|l| l.name() == p.name),
            "{} not found in {sentence:?}: {found:?}",
            p.name
        );
    }
}

#[test]
fn spellings_that_urdu_allows_find_the_place() {
    // Hamza seat, the s letters, final a, and spaces after a non-joining letter.
    assert_eq!(
        names("ملایشیا کے وزیر اعظم لاہور پہنچ گئے"),
        ["ملائیشیا", "لاہور"]
    );
    assert_eq!(names("امریکی ریاست ٹیکسس میں طوفان آیا"), ["ٹیکساس"]);
    assert_eq!(names("سومالیہ میں قحط ہے"), ["صومالیہ"]);
    assert_eq!(names("بولیویہ کی حکومت نے کہا"), ["بولیویا"]);
    assert_eq!(names("ٹیم آئر لینڈ کے خلاف کھیلے گی"), ["آئرلینڈ"]);
    assert_eq!(names("وزیر اعظم آزادکشمیر پہنچے"), ["آزاد کشمیر"]);
    // A spelling no rule makes is no place, and no rule splits a name into short parts.
    assert!(names("ایک مکا مارا").is_empty());
    assert!(names("پا کستان").is_empty());
}

#[test]
fn states_provinces_and_regions_of_other_countries() {
    assert_eq!(names("چین کے صوبے سیچوان میں زلزلہ آیا"), ["چین", "سیچوان"]);
    assert_eq!(
        names("کینیڈا کے صوبے البرٹا میں آگ لگی"),
        ["کینیڈا", "البرٹا"]
    );
    assert_eq!(
        names("افغانستان کے صوبے ہلمند میں جھڑپ ہوئی"),
        ["افغانستان", "ہلمند"]
    );
    assert_eq!(names("مشرقی افریقہ میں قحط ہے"), ["مشرقی افریقہ"]);
    assert_eq!(
        names("وہ آسٹریلیا کی ریاست کوئنزلینڈ گئے"),
        ["آسٹریلیا", "کوئنزلینڈ"]
    );
}

#[test]
fn places_inside_names_of_institutions() {
    assert_eq!(
        names("آکسفورڈ یونیورسٹی کے ماہرین نے تحقیق کی"),
        ["آکسفورڈ"]
    );
    assert_eq!(
        names("انہوں نے بوسٹن یونیورسٹی سے تعلیم حاصل کی"),
        ["بوسٹن"]
    );
}

#[test]
fn common_words_that_are_also_places_need_evidence() {
    // جرسی a shirt, گنی counted, سنبھل a verb stem, قطر a diameter, جوس juice.
    assert!(names("وہ ٹیم کی جرسی پہن کر آئے").is_empty());
    assert!(names("ٹیم کی جرسی سمیت دیگر سامان چوری ہو گیا").is_empty());
    assert!(names("یہ رفتار پیٹا فلاپ میں گنی جاتی ہے").is_empty());
    assert!(names("صورتحال ان سے سنبھل نہیں پا رہی").is_empty());
    assert!(names("راکٹ کا قطر نو میٹر ہے").is_empty());
    assert!(names("لیمو کا جوس پئیں").is_empty());
    // With a postposition or a place word they are places.
    assert_eq!(names("قطر میں ورلڈ کپ ہو گا"), ["قطر"]);
    assert_eq!(names("قطر نے اوپیک چھوڑنے کا فیصلہ کیا"), ["قطر"]);
    assert_eq!(names("چین اور ترکی سمیت کئی ملک"), ["چین", "ترکی"]);
    // A border crossing, an airport or a division after the name is a place word too.
    assert_eq!(names("چمن سرحد پر تجارت بحال ہو گئی"), ["چمن"]);
    assert!(names("گھر کا چمن اجڑ گیا").is_empty());
    // A direction and a kind of place is a phrase, though CLDR names a subdivision so.
    assert_eq!(
        names("پاکستان کے شمالی ضلع چترال میں برف باری ہوئی"),
        ["پاکستان", "چترال"]
    );
    // A name typed with a space inside is that place, not the shorter name in it.
    assert_eq!(names("نیو زی لینڈ کے خلاف سیریز"), ["نیوزی لینڈ"]);
    // Districts of Pakistan named by common words: `کیچ` is a catch, `زیارت` a pilgrimage.
    assert_eq!(names("ضلع کیچ میں فائرنگ ہوئی"), ["کیچ"]);
    assert!(names("اس نے ایک مشکل کیچ پکڑا").is_empty());
    assert!(names("وہ زیارت کے لیے گئے").is_empty());
}

#[test]
fn names_of_people_are_not_places() {
    // A surname after a given name, a given name before a surname.
    assert!(names("اداکارہ کترینہ کیف کی فلم ریلیز ہوئی").is_empty());
    assert!(names("فاسٹ بولر وہاب ریاض کے بجائے عباس کھیلے").is_empty());
    assert!(names("بیوٹیشن صوفیہ ہامانی نے الزام لگایا").is_empty());
    assert!(names("صوفیہ نے کہا کہ وہ عدالت جائیں گی").is_empty());
    assert!(names("ڈیگو کوسٹا نے گول کیا").is_empty());
    assert!(names("لیگ اسپنر جارجیا وئیرھیم نے وکٹ لی").is_empty());
    // The same names where a place word, a list or the start of a phrase shows a place.
    assert_eq!(
        names("یوکرین کے دارالحکومت کیف میں دھماکہ"),
        ["یوکرین", "کیف"]
    );
    assert_eq!(
        names("سعودی عرب کے دارالحکومت ریاض میں اجلاس"),
        ["سعودی عرب", "ریاض"]
    );
    assert_eq!(
        names("ملائیشیا اور جارجیا کے وفود آئے"),
        ["ملائیشیا", "جارجیا"]
    );
    assert_eq!(names("صوفیہ میں یورپی وزرا کا اجلاس ہوا"), ["صوفیہ"]);
}

#[test]
fn a_long_vowel_put_in_or_left_out_still_names_the_place() {
    let g = Gazetteer::new();
    let names = |text: &str| -> Vec<String> {
        g.locations(text)
            .iter()
            .map(|l| l.name().to_owned())
            .collect()
    };
    // A long vowel left out or put in, with a postposition after the name.
    assert_eq!(names("وہ مہارشٹر میں رہتا ہے۔"), ["مہاراشٹر"]);
    assert_eq!(names("وہ منیسوٹا سے آیا ہے۔"), ["مینیسوٹا"]);
    // A space after a non-joining letter, and the curated spellings.
    assert_eq!(names("وہ بر طانیہ گیا۔"), ["برطانیہ"]);
    // A person's name that differs from a place by one vowel is no place without evidence.
    assert!(names("برینڈون نے کہا کہ وہ خوش ہیں۔").is_empty());
    // Nor a vowel for another (`میکرون`, Macron, is not `مکران`).
    assert!(names("میکرون میں تقریر ہوئی۔").is_empty());
}

#[test]
fn unlisted_places_follow_the_word_for_their_kind() {
    // A name no word list knows after the word for a kind of place is a place of that kind,
    // and the same name again, bare, is the same place.
    let found = crate::locations("تحصیل سکرنڈ میں بارش ہوئی اور سکرنڈ کی سڑکیں ڈوب گئیں۔");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].name(), "سکرنڈ");
    assert_eq!(found[0].kind(), PlaceKind::District);
    assert_eq!(found[0].country(), None);
    assert_eq!(found[0].mentions().len(), 2);
    assert_eq!(
        names("میسی ارجنٹینا کے شہر روساریو میں پیدا ہوئے"),
        ["ارجنٹینا", "روساریو"]
    );
    // A word of the language may open a name that a word ending place names closes.
    assert_eq!(names("مریض علاقے لطیف آباد سے آئے"), ["لطیف آباد"]);
    assert_eq!(
        names("پولیس نے علاقہ داروغہ والا میں چھاپہ مارا"),
        ["داروغہ والا"]
    );
    // A word of the language, the noun of a conjunct verb, a person's name and a word glued
    // to `و` are no places.
    assert!(names("شہر بھر میں جلوس نکالے گئے").is_empty());
    assert!(names("فوج نے علاقے کلیئر کرا لیے").is_empty());
    assert!(names("اس شہر بانو نے کہا").is_empty());
    assert!(names("شہر ودیہات میں خوشی کی لہر").is_empty());
    // After a demonstrative, a quantifier or a number, the word for a kind heads a phrase of
    // its own.
    assert!(names("یہ علاقے سبزے سے خالی ہیں").is_empty());
    assert!(names("کئی صوبے سبزے سے خالی ہیں").is_empty());
}

#[test]
fn the_word_for_a_kind_names_a_list_and_may_follow_the_name() {
    // Before a list, the plural `اضلاع` names every place in it, past the ones the gazetteer
    // knows.
    assert_eq!(
        names("اضلاع پلنور، گنٹاپور اور تلمپلی میں بارش ہوئی۔"),
        ["پلنور", "گنٹاپور", "تلمپلی"]
    );
    assert_eq!(
        names("اضلاع پلنور، لاہور اور گنٹاپور میں بارش ہوئی۔"),
        ["پلنور", "لاہور", "گنٹاپور"]
    );
    // The word for a village, town, city or district after a name no list knows.
    assert_eq!(names("حادثہ چنکاپلی گاؤں کے قریب ہوا۔"), ["چنکاپلی"]);
    assert_eq!(names("جبکہ ویلاپور منڈل کا ایک شخص زخمی ہوا۔"), ["ویلاپور"]);
    // Not the word for a region after an adjective, nor a word for a kind before a name.
    assert!(names("کئی عمارتیں مضافاتی علاقے میں تباہ ہو گئیں۔").is_empty());
    assert_eq!(names("سیلابی ریلا ضلع ملتان میں داخل ہو گیا۔"), ["ملتان"]);
}

#[test]
fn the_hamza_on_waw_may_stand_on_its_own_seat() {
    assert_eq!(names("ٹیمیں لکھنئو اور کانپور گئیں۔"), ["لکھنؤ", "کانپور"]);
}

#[test]
fn a_users_word_for_a_kind_names_unlisted_places() {
    let gazetteer = Gazetteer::builder()
        .without_defaults()
        .kind_word("بستی", PlaceKind::Village)
        .place_word("تک", PlaceWord::Postposition)
        .build()
        .unwrap();
    let found = gazetteer.locations("سیلاب کا پانی بستی کھوکھراں تک پہنچ گیا");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].kind(), PlaceKind::Village);
    assert_eq!(found[0].mentions()[0].text(), "کھوکھراں");
}

#[test]
fn a_dateline_names_the_city_a_report_was_filed_from() {
    // A name no word list knows opens the report's first line before its agency's credit,
    // or the line after the headline, and the text names it again bare.
    let text = "سارنسک (اسپورٹس ڈیسک) فٹبال ورلڈ کپ کے میچ میں آج ایران نے مراکش کو ہرا دیا۔ سارنسک میں شائقین نے جشن منایا۔";
    let found = crate::locations(text);
    assert_eq!(names(text), ["سارنسک", "ایران", "مراکش"]);
    assert_eq!(found[0].kind(), PlaceKind::City);
    assert_eq!(found[0].country(), None);
    assert_eq!(found[0].mentions().len(), 2);
    let headed = "مراکش ہار گیا\n\nسارنسک ۔ فٹبال ورلڈ کپ کے میچ میں آج ایران نے مراکش کو ہرا دیا۔";
    assert_eq!(names(headed), ["مراکش", "سارنسک", "ایران"]);
    // A caption, a name glossed in brackets before the ergative, and a line further down
    // the text are no datelines.
    assert!(names("سارنسک (فائل فوٹو)").is_empty());
    assert!(
        names("مانیولے (فرانسیسی وزیر خزانہ) نے پیر کو کہا کہ حکومت نئی پالیسی لائے گی").is_empty()
    );
    let lower = "سرخی\n\nدوسری سطر\n\nتیسری سطر\n\nسارنسک (اسپورٹس ڈیسک) فٹبال ورلڈ کپ کے میچ میں آج ایران جیت گیا۔";
    assert_eq!(names(lower), ["ایران"]);
}

#[test]
fn the_two_byte_skeleton_is_the_skeleton_of_arabic_words_only() {
    // The fast reading of a word's vowel skeleton gives what the letter-by-letter one gives,
    // for words of Arabic letters alone, and nothing for any other word.
    for word in [
        "مہاراشٹر",
        "مہارشٹر",
        "پینسلوینیا",
        "ا",
        "او",
        "کیلیفورنیا",
        "آئیووا",
    ] {
        assert_eq!(
            arabic_vowel_skeleton(word),
            Some(vowel_skeleton(word)),
            "{word}"
        );
    }
    for word in ["Texas", "ٹیکساس1", "نیو یارک", "؟کیا", "ٹیکسas"] {
        assert_eq!(arabic_vowel_skeleton(word), None, "{word}");
    }
}
