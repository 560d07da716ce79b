//! Extraction: the facts a news reader wants from a text: who said what (quotations and
//! their speakers) and where (locations).

pub mod analysis;
pub mod locations;
mod quotes;
pub mod speakers;
mod speech;

use crate::script::is_diacritic;

/// Appends the match key of `word` (normalized text) to `out`: the form under which word
/// lists are matched. Diacritics are dropped (`مشرقِ وسطیٰ` matches `مشرق وسطی`), a
/// zero-width non-joiner or joiner counts as a space (`اسلام‌آباد` matches `اسلام آباد`), and
/// `ۂ` counts as `ہ` (the izafat hamza: `صوبۂ سرحد` matches `صوبہ سرحد`), and `ئے` as `ے`
/// (the hamza that many writers leave out: `دریاے` for `دریائے`).
pub(crate) fn match_key(word: &str, out: &mut String) {
    let mut chars = word.chars().filter(|&c| !is_diacritic(c)).peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{200C}' | '\u{200D}' => out.push(' '),
            'ۂ' => out.push('ہ'),
            'ئ' if chars.peek() == Some(&'ے') => {}
            c => out.push(c),
        }
    }
}
