//! Hostile input: a megabyte of text built to hurt (unmatched quote marks, one endless word,
//! speech cues with no speaker, scripts alternating at every character, every Arabic-block
//! and presentation-form character, random bytes, runs of ASCII word characters broken by
//! symbols, runs of spaces, characters whose expansion crosses tokens). Every public entry point must finish
//! without a panic and give sound spans. Time is measured by the `hostile` benchmark, not
//! here: these tests only show that nothing blows up.

use urdu::{Analyzer, Normalizer, Tokenizer};

const SIZE: usize = 1 << 20;

/// `unit` repeated up to about one megabyte.
fn repeat(unit: &str) -> String {
    unit.repeat(SIZE / unit.len().max(1) + 1)
}

/// The hostile inputs, by name.
fn inputs() -> Vec<(&'static str, String)> {
    let arabic: String = ('\u{0600}'..='\u{06FF}')
        .chain('\u{FB50}'..='\u{FEFF}')
        .collect();
    // Bytes from a fixed linear congruential generator, made valid UTF-8 lossily.
    let mut state: u32 = 0x2545_F491;
    let bytes: Vec<u8> = (0..SIZE)
        .map(|_| {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (state >> 16) as u8
        })
        .collect();
    vec![
        (
            "unmatched quote marks",
            repeat("’ ‘ “ ” « » \" ' ’’ ‘‘ ‹ › "),
        ),
        ("one word", "ب".repeat(SIZE / 2)),
        (
            "speech cues without speakers",
            repeat("نے کہا کہ کا کہنا تھا کہ کے مطابق کے بقول: "),
        ),
        ("pronoun cues", repeat("انہوں نے کہا کہ ان کا کہنا تھا کہ ")),
        ("alternating scripts", repeat("کa1’ب۲b۔c")),
        ("every Arabic character", repeat(&arabic)),
        ("random bytes", String::from_utf8_lossy(&bytes).into_owned()),
        ("white space only", repeat(" \n\t\u{00A0}\u{200B}")),
        ("punctuation only", repeat("۔،؟!?.,;:()[]-–—…")),
        ("one sentence of hyphens", repeat("صدر نے آج ہند۔ ماریشیس ")),
        // Each token of these once read the rest of the run again, looking for an `@`.
        ("a+ repeated", repeat("a+")),
        ("a_ repeated", repeat("a_")),
        ("1- repeated", repeat("1-")),
        // A number that gives way to a Latin token at its end, from each of its digits.
        ("one number before a letter", format!("{}1a", repeat("1,"))),
        // Punctuation spacing read the run again from each space; a dateline test read it
        // back from each `۔` of the sentence after it.
        ("spaces only", repeat(" ")),
        ("spaces before a full stop", format!("{}۔", repeat(" "))),
        (
            "abbreviations after spaces",
            format!("{}{}", repeat(" "), repeat("ا۔ب۔")),
        ),
        // Expands into words across characters: one token as long as the run. An eighth of
        // the size: NFKC makes each three bytes 33, so this is still megabytes to tokenize.
        ("ﷺ repeated", "ﷺ".repeat(SIZE / 24)),
        // Places the gazetteer does not list, each after the word for its kind and named
        // again bare: every mention of the one is looked up, never the list of the others.
        (
            "unlisted places",
            repeat("شہر ابجدستان، ابجدستان میں ضلع ہوزستان۔ "),
        ),
        // Lists after the plural word for a kind, with known places in them, and the word
        // for a kind after a name: each list is walked once, a bounded step at a time.
        (
            "kind words before lists and after names",
            repeat("اضلاع ابجد، لاہور کراچی پشاور، ہوز گاؤں، حطی منڈل "),
        ),
        // A noun's content clause before every subject, an honorific's long apposition, the
        // said minister and `کے بموجب`: each looks a bounded way back.
        (
            "content clauses and appositions",
            repeat("انھوں نے اس دعویٰ کو کہ جناب رام لال سابق وزیر اعلی ریاست و رکن پارلیمنٹ شہر نے رپورٹ مسترد کی، رد کیا اور کہا کہ وزیر موصوف کے بموجب "),
        ),
        // `w` before two-byte letters once copied the rest of the text to test for a URL.
        ("w before letters", repeat("wبب ")),
        // Slogans listed without end, and passive cues after a body's speech act in one
        // endless sentence, each asking whether the reporter's aside stands before it.
        (
            "slogan lists",
            repeat("لوگ ’’ا‘‘ اور ’’ب‘‘ اور ’’ج‘‘ کے نعرے "),
        ),
        (
            "passive cues after an act",
            format!("ادارے نے اپیل کی ہے۔ {}", repeat("واضح رہے کہ کہا گیا کہ ")),
        ),
        ("verb and pronoun joins", repeat("گیاان کیاانہوں ")),
        // An endless list of names before one subject marker, which endless cues share; and
        // present verbs after an adverbial, each asking where its clause's subject begins.
        (
            "names joined before one marker",
            format!(
                "{}اور ج د نے {}",
                "الف ب، ".repeat(SIZE / 20),
                "کہا، ".repeat(SIZE / 20)
            ),
        ),
        (
            "present verbs after adverbials",
            repeat("ڈاکٹر احمد اس حوالے سے کہتے ہیں کہ "),
        ),
        // Each report inside the one before it, in one endless sentence.
        ("nested reports", repeat(NESTED_REPORTS)),
        // A transcript without end, its lines under two names, each ending in an ellipsis
        // typed with spaces; and continuative verbs of saying in one endless sentence.
        ("transcript lines", repeat(TRANSCRIPT)),
        ("continuative cues", repeat("وہ کہتے آ رہے ہیں کہ ")),
    ]
}

/// Two lines of a transcript (see the `transcript_lines` benchmark).
const TRANSCRIPT: &str = "صحافی : کیا آپ آئیں گے ؟\nصدر : ہاں ۔ ۔ ۔ ۔ ضرور\n";

/// A report of a report (`the president said that …`): repeated, every report nests in the
/// one before it.
const NESTED_REPORTS: &str = "صدر نے کہا کہ ";

/// The quotations of reports nested without end hold a bounded share of the text each: their
/// texts add up to a few times the input, not to the square of it (which, written out as
/// JSON, once took gigabytes for a megabyte).
#[test]
fn nested_reports_give_output_linear_in_the_input() {
    let analyzer = Analyzer::new();
    for size in [SIZE / 16, SIZE / 4] {
        let text = NESTED_REPORTS.repeat(size / NESTED_REPORTS.len());
        let analysis = analyzer.analyze(&text);
        let quoted: usize = analysis.quotes().iter().map(|q| q.text().len()).sum();
        assert!(
            analysis.quotes().len() > 1000,
            "{size}: every frame reports"
        );
        assert!(
            quoted <= 4 * text.len(),
            "{size}: quotations hold {quoted} bytes of a {}-byte text",
            text.len()
        );
    }
}

#[test]
fn every_entry_point_survives_hostile_input() {
    let normalizers = [
        Normalizer::new(),
        Normalizer::builder()
            .unicode_form(urdu::UnicodeForm::Nfkc)
            .remove_diacritics(true)
            .digits(urdu::Digits::Urdu)
            .punctuation_spacing(true)
            .build()
            .unwrap(),
    ];
    let tokenizers = normalizers.clone().map(|n| {
        Tokenizer::builder()
            .normalizer(n)
            .build()
            .unwrap_or_default()
    });
    let analyzer = Analyzer::new();
    for (name, text) in inputs() {
        for n in &normalizers {
            let normalized = n.normalize(&text);
            let all = normalized.to_original(urdu::Span::new(0, normalized.as_str().len()));
            assert!(all.end <= text.len(), "{name}");
        }
        for tokenizer in &tokenizers {
            let segmented = tokenizer.segment(&text);
            let mut last = 0;
            for t in segmented.tokens() {
                assert!(t.span().start >= last, "{name}: tokens out of order");
                assert_eq!(text.get(t.span().range()), Some(t.text()), "{name}");
                last = t.span().end;
            }
        }
        let analysis = analyzer.analyze(&text);
        for q in analysis.quotes() {
            assert_eq!(text.get(q.span().range()), Some(q.text()), "{name}");
        }
        for m in analysis
            .speakers()
            .iter()
            .flat_map(|s| s.mentions())
            .chain(analysis.locations().iter().flat_map(|l| l.mentions()))
        {
            assert_eq!(text.get(m.span().range()), Some(m.text()), "{name}");
        }
    }
}
