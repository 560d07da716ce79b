//! The slow path: a cluster (a character and the marks and deleted characters that join it)
//! normalized as a whole, and the part that changed recorded.

use std::ops::Range;

use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

use super::chars::is_combining;
use super::spacing::SpaceRun;
use super::work::examined;
use super::writer::Writer;
use super::{fold, Normalizer, UnicodeForm};
use crate::script;

/// How many times a cluster is put in the Unicode form again after folding (once is all
/// that any text needs; the bound only makes the loop visibly finite).
const MAX_ROUNDS: usize = 4;

/// What the slow path keeps from one cluster to the next.
#[derive(Debug, Default)]
pub(super) struct Scratch {
    /// The rewritten cluster.
    cluster: String,
    /// The last run of spaces that punctuation spacing read.
    spaces: Option<SpaceRun>,
}

/// The lengths in bytes of the longest common prefix and suffix of `a` and `b`, on char
/// boundaries and not overlapping in either string.
fn common_affixes(a: &str, b: &str) -> (usize, usize) {
    let prefix: usize = a
        .chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum();
    let room = a.len().min(b.len()) - prefix;
    let suffix: usize = a
        .chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .scan(0, |total, n| {
            *total += n;
            (*total <= room).then_some(n)
        })
        .sum();
    (prefix, suffix)
}

impl Normalizer {
    /// The slow path: normalizes the cluster that starts at `start` (a character, and the
    /// combining marks and deleted characters after it) and returns where the next begins.
    pub(super) fn normalize_cluster_at(
        &self,
        text: &str,
        start: usize,
        w: &mut Writer<'_>,
        scratch: &mut Scratch,
    ) -> usize {
        let Some((c, end, marks)) = self.cluster_at(text, start) else {
            return text.len();
        };
        examined(end - start);
        if self.punctuation_spacing {
            if let Some(run_end) = self.removable_space_run(text, start, c, &mut scratch.spaces) {
                w.replace(start..run_end, "");
                return run_end;
            }
        }
        let cluster = text.get(start..end).unwrap_or("");
        let clean_marks = marks && self.has_clean_marks(cluster);
        // The last character of the normalized cluster that is no mark: what punctuation
        // spacing looks at (`！` is `!` under NFKC, `⁈` is `?!`).
        let mut last_base = Some(c);
        if (marks && !clean_marks) || !self.is_clean(c) {
            last_base = self.rewrite_cluster(cluster, start..end, w, &mut scratch.cluster);
        }
        if self.punctuation_spacing && self.space_goes_after(last_base, text, end) {
            w.replace(end..end, " ");
        }
        end
    }

    /// The cluster that starts at `start`: its first character, where it ends, and whether
    /// anything joins that character (`None` at the end of the text).
    fn cluster_at(&self, text: &str, start: usize) -> Option<(char, usize, bool)> {
        let mut chars = text
            .get(start..)
            .unwrap_or("")
            .char_indices()
            .map(|(j, c)| (start + j, c))
            .peekable();
        let (_, c) = chars.next()?;
        // A cluster: one character and the combining marks that follow it, with the
        // characters this normalizer deletes (tatweel, controls) seen through, so that
        // `ےـٔ` composes like `ۓ`.
        let mut end = start + c.len_utf8();
        let mut marks = false;
        // Marks after a space stand alone: nothing composes with a space, and the space
        // must stay out of the span of the marks.
        let is_base = !(c.is_whitespace() || script::is_odd_space(c));
        while let Some(&(j, m)) = chars.peek().filter(|_| is_base) {
            if !self.attaches(m) {
                break;
            }
            marks = true;
            end = j + m.len_utf8();
            chars.next();
        }
        Some((c, end, marks))
    }

    /// Whether the marks of `cluster` are already in order and no rule touches them (`باً`
    /// in `تقریباً`): the letter and its marks stay as they are, without the full cluster
    /// rewrite.
    fn has_clean_marks(&self, cluster: &str) -> bool {
        cluster.chars().all(|m| self.is_clean(m))
            && self.form != UnicodeForm::None
            && is_nfc_quick(cluster.chars()) == IsNormalized::Yes
            && (self.form == UnicodeForm::Nfc
                || is_nfkc_quick(cluster.chars()) == IsNormalized::Yes)
    }

    /// Rewrites `cluster`, the input bytes `at`, into `out` and records in `w` the part that
    /// changed. Returns the last character of the rewritten cluster that is no mark.
    fn rewrite_cluster(
        &self,
        cluster: &str,
        at: Range<usize>,
        w: &mut Writer<'_>,
        out: &mut String,
    ) -> Option<char> {
        out.clear();
        self.normalize_cluster(cluster, out);
        let last_base = out.chars().rev().find(|&m| !is_combining(m));
        if out != cluster {
            // Only the part that changed is recorded, so that a mark rewritten after a
            // space does not pull the space into the next token's span.
            let (prefix, suffix) = common_affixes(cluster, out);
            let changed = out.get(prefix..out.len() - suffix).unwrap_or("");
            w.replace(at.start + prefix..at.end - suffix, changed);
        }
        last_base
    }

    /// Normalizes one cluster (a character and its combining marks) into `out`: expand
    /// presentation forms, drop deleted characters and fold letters, digits and spaces; apply
    /// the Unicode form and fold again what it produced (NFKC of `ﷺ` gives Arabic yeh);
    /// compose hamza; drop diacritics if asked.
    pub(super) fn normalize_cluster(&self, cluster: &str, out: &mut String) {
        let mut expanded = String::with_capacity(cluster.len());
        for c in cluster.chars().filter(|&c| !self.removes(c)) {
            let spacing_haraka = self.expands_presentation_forms() && fold::is_spacing_haraka(c);
            if spacing_haraka || self.expands(c) {
                // The spacing forms of harakat (`ﹾ` = space + sukun, `ﹽ` = tatweel +
                // shadda) become the bare mark, under NFKC too: a space left by a removed
                // mark would stand before the next punctuation mark.
                let only_marks = core::iter::once(c)
                    .nfkc()
                    .all(|d| is_combining(d) || d == ' ' || d == '\u{0640}');
                let letters = core::iter::once(c).nfkc().filter(|&d| {
                    !self.removes(d) && !(only_marks && (d == ' ' || d == '\u{0640}'))
                });
                expanded.extend(letters.map(|d| self.fold_char(d)));
            } else {
                expanded.push(self.fold_char(c));
            }
        }
        let needs_form = expanded
            .chars()
            .any(|c| is_combining(c) || !self.is_in_form(c));
        let composed: String = match self.form {
            UnicodeForm::Nfc if needs_form => expanded.chars().nfc().collect(),
            UnicodeForm::Nfkc if needs_form => expanded.chars().nfkc().collect(),
            _ => expanded,
        };
        let start = out.len();
        self.fold_and_compose(&composed, out);
        // Folding, deleting and composing hamza after the Unicode form may leave what the
        // form composes or orders further: `𞸤` becomes `ہ` only in the fold, which composes
        // with a hamza beyond a mark; a removed madda kept `K` from its acute. The cluster is
        // put in the form again, as a second pass would, until it holds still.
        if self.form != UnicodeForm::None {
            for _ in 0..MAX_ROUNDS {
                let current = out.get(start..).unwrap_or("");
                if unicode_normalization::is_nfc(current) {
                    break;
                }
                let again: String = current.nfc().collect();
                out.truncate(start);
                self.fold_and_compose(&again, out);
            }
        }
    }

    /// Pushes `text` (in the Unicode form) to `out` without the characters this normalizer
    /// deletes, with letters, digits and spaces folded, hamza composed and diacritics
    /// removed if asked.
    fn fold_and_compose(&self, text: &str, out: &mut String) {
        let mut prev: Option<char> = None;
        for c in text
            .chars()
            .filter(|&c| !self.removes(c))
            .map(|c| self.fold_char(c))
        {
            if let Some(p) = prev {
                if let Some(joined) = self.compose(p, c) {
                    prev = Some(joined);
                    continue;
                }
                self.push_kept(p, out);
            }
            prev = Some(c);
        }
        if let Some(p) = prev {
            self.push_kept(p, out);
        }
    }

    /// Pushes `c` unless it is a diacritic that this normalizer removes.
    fn push_kept(&self, c: char, out: &mut String) {
        if !(self.remove_diacritics && script::is_diacritic(c)) {
            out.push(c);
        }
    }
}
