//! One stage at a time: normalization, tokens and sentences of a short text given as
//! argument (or a sample).
//!
//! ```text
//! cargo run --example tokens -- "صدر نے کہاکہ فوجی دستے’جلد‘ واپس جائیں گے۔"
//! ```

fn main() {
    let text = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "صدر نے کہاکہ فوجی دستے’جلد‘ واپس جائیں گے۔ مزید پڑھیں".to_owned());
    let normalizer = urdu::Normalizer::new();
    let normalized = normalizer.normalize(&text);
    println!(
        "normalized ({}): {}",
        if normalized.is_borrowed() {
            "unchanged"
        } else {
            "changed"
        },
        normalized
    );
    let tokenizer = urdu::Tokenizer::new();
    let segmented = tokenizer.segment(&text);
    for sentence in segmented.sentences() {
        println!("sentence {}: {}", sentence.span(), sentence.text());
        for token in segmented.tokens().iter_range(sentence.tokens()) {
            let join = if token.is_from_join() {
                " (repaired join)"
            } else {
                ""
            };
            println!(
                "  {} {:12} {}{join}",
                token.span(),
                token.kind().as_str(),
                token.text()
            );
        }
    }
}
