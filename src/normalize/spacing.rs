//! Punctuation spacing: no space before `۔ ، ؛ ؟ !` (unless it starts a line), one after
//! them before a letter.

use unicode_normalization::UnicodeNormalization;

use super::work::examined;
use super::{Normalizer, UnicodeForm};
use crate::script;

/// A run of horizontal spaces (and characters the normalizer deletes) read to its end, for
/// punctuation spacing: every space of the run asks whether the run stands before a mark that
/// takes no space before it, and the run is read for the first space only.
#[derive(Clone, Copy, Debug)]
pub(super) struct SpaceRun {
    start: usize,
    end: usize,
    /// Whether a mark that takes no space before it (`۔`) follows the run.
    before_mark: bool,
}

/// The punctuation marks that take no space before them and one after them in Urdu.
pub(super) fn is_spaced_after(c: char) -> bool {
    matches!(c, '۔' | '،' | '؛' | '؟' | '!')
}

impl Normalizer {
    /// If `c` at `start` begins a run of horizontal spaces that stands before a punctuation
    /// mark that takes no space before it, and the run does not begin a line, the run's end.
    /// The run is read once: the spaces after its first find it in `last`.
    pub(super) fn removable_space_run(
        &self,
        text: &str,
        start: usize,
        c: char,
        last: &mut Option<SpaceRun>,
    ) -> Option<usize> {
        let is_hspace = |c: char| c == ' ' || c == '\t' || script::is_odd_space(c);
        if !is_hspace(c) {
            return None;
        }
        let before = text.get(..start)?.chars().next_back();
        if before.is_none_or(script::is_line_break) {
            return None;
        }
        let run = match last.filter(|r| r.start <= start && start < r.end) {
            Some(run) => run,
            None => {
                let rest = text.get(start..)?;
                let len = rest.find(|c: char| !is_hspace(c) && !self.vanishes(c));
                examined(len.unwrap_or(rest.len()) + 1);
                let next = len
                    .and_then(|n| rest.get(n..))
                    .and_then(|r| r.chars().next());
                let run = SpaceRun {
                    start,
                    end: start + len.unwrap_or(rest.len()),
                    before_mark: next.is_some_and(|n| self.becomes_spaced_after(n)),
                };
                *last = Some(run);
                run
            }
        };
        run.before_mark.then_some(run.end)
    }

    /// Whether `c` begins, once normalized, with a punctuation mark that takes no space
    /// before it (`！` is `!` under NFKC).
    fn becomes_spaced_after(&self, c: char) -> bool {
        is_spaced_after(c)
            || (self.form == UnicodeForm::Nfkc
                && !c.is_ascii()
                && core::iter::once(c)
                    .nfkc()
                    .next()
                    .is_some_and(is_spaced_after))
    }

    /// Whether `c` is a letter once normalized (NFKC makes letters of symbols like `𞸀`).
    fn becomes_letter(&self, c: char) -> bool {
        let compatibility = self.form == UnicodeForm::Nfkc || self.expands(c);
        c.is_alphabetic()
            || (compatibility
                && core::iter::once(c)
                    .nfkc()
                    .next()
                    .is_some_and(char::is_alphabetic))
    }

    /// The first character at or after `pos` that this normalizer keeps.
    fn next_kept_char(&self, text: &str, pos: usize) -> Option<char> {
        let rest = text.get(pos..)?;
        let kept = rest.char_indices().find(|&(_, c)| !self.vanishes(c));
        examined(kept.map_or(rest.len(), |(i, c)| i + c.len_utf8()));
        kept.map(|(_, c)| c)
    }

    /// Whether punctuation spacing puts a space at `end`, after a cluster whose last
    /// character that is no mark is `last_base`: that is a mark which takes a space after
    /// it, and a letter follows.
    pub(super) fn space_goes_after(&self, last_base: Option<char>, text: &str, end: usize) -> bool {
        last_base.is_some_and(is_spaced_after)
            && self
                .next_kept_char(text, end)
                .is_some_and(|n| self.becomes_letter(n))
    }
}
