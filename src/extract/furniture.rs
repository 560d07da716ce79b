//! A news page's furniture: the sentences that are links and captions, not the article
//! (`data/page_furniture.tsv`). They yield no quotation and no speech cue.

use crate::extract::document::Document;
use crate::extract::keys::Keyer;
use crate::lexicon::rows;
use once_cell::sync::Lazy;

const FURNITURE_TSV: &str = include_str!("../../data/page_furniture.tsv");

/// The phrases that open a furniture sentence, as keys split into words.
static PHRASES: Lazy<Vec<Vec<String>>> = Lazy::new(|| {
    let keyer = Keyer::default();
    rows(FURNITURE_TSV)
        .map(|row| keyer.key(row.key).split(' ').map(str::to_owned).collect())
        .collect()
});

/// The indices of the sentences that open with a furniture phrase: "read more" and "read
/// also" links (`مزید پڑھیں`, `یہ بھی پڑھیں`), which carry another article's title, often in
/// quotation marks, and image captions (`تصویر کے کاپی رائٹ`).
pub(crate) fn furniture_sentences(k: &Document<'_, '_>) -> Vec<usize> {
    k.sentences
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            PHRASES.iter().any(|words| {
                words
                    .iter()
                    .enumerate()
                    .all(|(n, w)| s.start + n < s.end && k.key(s.start + n) == w)
            })
        })
        .map(|(n, _)| n)
        .collect()
}
