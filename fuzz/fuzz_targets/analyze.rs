//! The whole analysis: no panic, every span points at its text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let analysis = urdu::analyze(text);
    for quote in analysis.quotes() {
        assert_eq!(text.get(quote.span().range()), Some(quote.text()));
        assert!(quote.speaker().map_or(true, |i| i < analysis.speakers().len()));
    }
    for mention in analysis
        .speakers()
        .iter()
        .flat_map(|s| s.mentions())
        .chain(analysis.locations().iter().flat_map(|l| l.mentions()))
    {
        assert_eq!(text.get(mention.span().range()), Some(mention.text()));
    }
});
