//! Unicode and Arabic-script normalization for Urdu, with an alignment back to the original.
//!
//! The [`Normalizer`] walks the text once. Text that needs no change is never copied: the
//! result borrows the input ([`Cow::Borrowed`]) and its [`Alignment`] is the identity. When
//! something changes, the clean stretches are copied in bulk and every rewrite is recorded as
//! one sparse edit, so any position of the normalized text maps back to the original.

mod fold;
pub(crate) mod work;
mod writer;

use std::borrow::Cow;
use std::fmt;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

use crate::script;
use crate::span::{Alignment, Span};
use work::examined;
use writer::Writer;

/// Which Unicode normalization form the normalizer applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum UnicodeForm {
    /// Leave the Unicode form as it is (the Urdu-specific folds still apply).
    None,
    /// Canonical composition (NFC): the default, and what Urdu text on the web is meant to be.
    #[default]
    Nfc,
    /// Compatibility composition (NFKC): also folds full-width forms, ligatures such as `ﬁ`,
    /// superscripts and the like. Loses distinctions some texts mean to keep. The spacing
    /// forms of harakat (`ﹾ`) become the bare mark on the letter before, as with
    /// [`NormalizerBuilder::presentation_forms`].
    Nfkc,
}

/// What the normalizer does with decimal digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Digits {
    /// Keep every digit as written (the default: Urdu text uses both `2022` and `۲۰۲۲`).
    #[default]
    Keep,
    /// Convert Urdu `۰–۹` and Arabic-Indic `٠–٩` digits to ASCII `0–9`.
    Ascii,
    /// Convert ASCII and Arabic-Indic digits to Urdu (Extended Arabic-Indic) `۰–۹`.
    Urdu,
}

/// A configurable Urdu normalizer: immutable, cheap to clone, `Send + Sync`, reusable.
///
/// [`Normalizer::new`] gives the Urdu-safe defaults; [`Normalizer::builder`] changes them.
/// Every rule is an option; see the builder's methods for what each does and why.
///
/// ```
/// use urdu::{Digits, Normalizer};
///
/// // Arabic yeh and kaf become the Urdu letters; tatweel goes.
/// let n = Normalizer::new();
/// assert_eq!(n.normalize("پاكستـــاني").as_str(), "پاکستانی");
///
/// // Clean text is borrowed, not copied.
/// assert!(n.normalize("پاکستانی").is_borrowed());
///
/// // Options: remove diacritics, write digits in ASCII.
/// let n = Normalizer::builder().remove_diacritics(true).digits(Digits::Ascii).build()?;
/// assert_eq!(n.normalize("تقریباً ۳۰ سالہ").as_str(), "تقریبا 30 سالہ");
/// # Ok::<(), urdu::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Normalizer {
    form: UnicodeForm,
    presentation_forms: bool,
    word_ligatures: bool,
    urdu_letters: bool,
    compose_hamza: bool,
    remove_tatweel: bool,
    remove_controls: bool,
    unify_spaces: bool,
    zero_width_as_space: bool,
    remove_diacritics: bool,
    digits: Digits,
    punctuation_spacing: bool,
    /// Which ASCII and Arabic-block characters this configuration leaves alone: computed
    /// once per configuration and shared by the clones.
    clean: std::sync::Arc<CleanTable>,
}

impl Normalizer {
    /// The options, which say everything about a normalizer (the table follows from them).
    #[allow(clippy::type_complexity)]
    fn options(&self) -> (UnicodeForm, [bool; 10], Digits) {
        (
            self.form,
            [
                self.presentation_forms,
                self.word_ligatures,
                self.urdu_letters,
                self.compose_hamza,
                self.remove_tatweel,
                self.remove_controls,
                self.unify_spaces,
                self.zero_width_as_space,
                self.remove_diacritics,
                self.punctuation_spacing,
            ],
            self.digits,
        )
    }
}

impl PartialEq for Normalizer {
    /// Normalizers with the same options are equal.
    fn eq(&self, other: &Normalizer) -> bool {
        self.options() == other.options()
    }
}

impl Eq for Normalizer {}

impl std::hash::Hash for Normalizer {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.options().hash(state);
    }
}

/// The default normalizer, with its table computed once.
static DEFAULT: once_cell::sync::Lazy<Normalizer> =
    once_cell::sync::Lazy::new(|| Normalizer::with_options(Normalizer::default_options()));

/// For each ASCII character and each character of the Arabic block U+0600–U+06FF: whether
/// the normalizer leaves it alone when no combining mark follows. Lets clean text be
/// skipped a byte or two at a time without decoding characters.
#[derive(Clone, PartialEq, Eq, Hash)]
struct CleanTable {
    ascii: [bool; 128],
    arabic: [bool; 256],
    /// The same facts over byte pairs, for the fast path: bit `b0 << 8 | b1` is set when a
    /// character that starts with byte `b0` (followed by `b1`) is clean. A character
    /// starting with an ASCII byte is one byte long, an Arabic-block character two. Pairs
    /// that start with a continuation byte are set: no character starts there.
    pairs: std::sync::Arc<[u64; 1024]>,
    /// For each Arabic-block character that starts no cluster with what follows (no
    /// combining mark or deleted character after it): the one character it becomes, when
    /// it is not clean and its rewrite is one character (`ي` → `ی`, `ك` → `ک`, digits).
    substitutes: [Option<char>; 256],
    /// For each Arabic-block character: whether it joins the cluster before it.
    attaching: [bool; 256],
}

impl fmt::Debug for CleanTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CleanTable")
    }
}

impl CleanTable {
    /// A table that says nothing is clean (before it is computed).
    fn empty() -> CleanTable {
        CleanTable {
            ascii: [false; 128],
            arabic: [false; 256],
            pairs: std::sync::Arc::new([0; 1024]),
            substitutes: [None; 256],
            attaching: [false; 256],
        }
    }

    fn new(n: &Normalizer) -> CleanTable {
        let mut table = CleanTable::empty();
        for (b, slot) in (0u8..).zip(table.ascii.iter_mut()) {
            *slot = n.is_clean(char::from(b));
        }
        for (i, slot) in (0u32..).zip(table.arabic.iter_mut()) {
            *slot = char::from_u32(0x0600 + i).is_some_and(|c| n.is_clean(c) && !is_combining(c));
        }
        let mut pairs = [0u64; 1024];
        for b0 in 0..=255u8 {
            for b1 in 0..=255u8 {
                let clean = if b0 < 0x80 {
                    table.ascii.get(usize::from(b0)).copied()
                } else if b0 & 0xC0 == 0x80 {
                    // A continuation byte starts no character: the block test of the fast
                    // path reads pairs at every byte, and these say nothing.
                    Some(true)
                } else if let Some(index) = script::arabic_block_offset(b0, b1) {
                    table.arabic.get(index).copied()
                } else {
                    None
                };
                let index = (usize::from(b0) << 8) | usize::from(b1);
                if clean == Some(true) {
                    crate::bits::set_bit(&mut pairs, index);
                }
            }
        }
        table.pairs = std::sync::Arc::new(pairs);
        for (i, slot) in (0u32..).zip(table.substitutes.iter_mut()) {
            *slot = char::from_u32(0x0600 + i).and_then(|c| n.substitute(c));
        }
        for (i, slot) in (0u32..).zip(table.attaching.iter_mut()) {
            *slot = char::from_u32(0x0600 + i).is_some_and(|c| n.attaches(c));
        }
        table
    }
}

impl Default for Normalizer {
    fn default() -> Normalizer {
        DEFAULT.clone()
    }
}

impl Normalizer {
    /// The default options, with an empty table (see [`with_table`](Self::with_table)).
    fn default_options() -> Normalizer {
        Normalizer {
            form: UnicodeForm::Nfc,
            presentation_forms: true,
            word_ligatures: false,
            urdu_letters: true,
            compose_hamza: true,
            remove_tatweel: true,
            remove_controls: true,
            unify_spaces: true,
            zero_width_as_space: false,
            remove_diacritics: false,
            digits: Digits::Keep,
            punctuation_spacing: false,
            clean: std::sync::Arc::new(CleanTable::empty()),
        }
    }

    /// A normalizer with these options and its table: the default's table when the options
    /// are the default ones.
    fn with_options(options: Normalizer) -> Normalizer {
        match once_cell::sync::Lazy::get(&DEFAULT) {
            Some(default) if *default == options => default.clone(),
            _ => options.with_table(),
        }
    }
}

/// Builds a [`Normalizer`]; every method sets one rule and says what it does.
#[derive(Clone, Debug)]
pub struct NormalizerBuilder {
    normalizer: Normalizer,
}

impl Default for NormalizerBuilder {
    fn default() -> NormalizerBuilder {
        NormalizerBuilder {
            normalizer: Normalizer::default_options(),
        }
    }
}

impl NormalizerBuilder {
    /// The Unicode form to apply (default [`UnicodeForm::Nfc`]). Only stretches that are
    /// not already in that form are touched.
    #[must_use]
    pub fn unicode_form(mut self, form: UnicodeForm) -> Self {
        self.normalizer.form = form;
        self
    }

    /// Replace Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFE: the contextual glyph
    /// forms that PDF extraction and old fonts leave, such as `ﻻ` or `ﮐ`) by the base letters
    /// they show. Default on.
    #[must_use]
    pub fn presentation_forms(mut self, on: bool) -> Self {
        self.normalizer.presentation_forms = on;
        self
    }

    /// Fold Arabic letters that Urdu writes with its own letters: `ي ى` → `ی`, `ك` → `ک`,
    /// `ه` → `ہ`, `ۀ` → `ۂ`, `ة` → `ۃ`. Default on. Urdu-specific letters (`ھ`, `ئ`, `آ`,
    /// `ں`, `ے`) are never folded onto Arabic or Persian ones.
    #[must_use]
    pub fn urdu_letters(mut self, on: bool) -> Self {
        self.normalizer.urdu_letters = on;
        self
    }

    /// Compose a letter and a following hamza above (or alef and madda) into the
    /// precomposed Urdu letter: `ی`+`ٔ` → `ئ`, `ے`+`ٔ` → `ۓ`, `ہ`+`ٔ` → `ۂ`, `و`+`ٔ` → `ؤ`,
    /// `ا`+`ٓ` → `آ`, including the ones NFC does not make. Default on.
    #[must_use]
    pub fn compose_hamza(mut self, on: bool) -> Self {
        self.normalizer.compose_hamza = on;
        self
    }

    /// Expand the Arabic ligatures of whole words (U+FDF0–U+FDFD: `ﷺ`, `ﷲ`, `﷽`, the rial
    /// sign `﷼`) into the words they stand for, as the compatibility decomposition spells
    /// them. Default off: news text writes `ﷺ` after the Prophet's name as one sign, and
    /// expanding it puts four words into a sentence. Only applies with
    /// [`presentation_forms`](Self::presentation_forms) on (NFKC expands them anyway).
    #[must_use]
    pub fn expand_word_ligatures(mut self, on: bool) -> Self {
        self.normalizer.word_ligatures = on;
        self
    }

    /// Remove tatweel (kashida, U+0640), which only stretches a letter for display.
    /// Default on.
    #[must_use]
    pub fn remove_tatweel(mut self, on: bool) -> Self {
        self.normalizer.remove_tatweel = on;
        self
    }

    /// Remove invisible controls that carry no letter: bidi marks, embeddings, overrides and
    /// isolates (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), the byte order mark,
    /// the word joiner and the soft hyphen. Zero-width non-joiner and joiner are kept: they
    /// shape Urdu words. Default on.
    #[must_use]
    pub fn remove_controls(mut self, on: bool) -> Self {
        self.normalizer.remove_controls = on;
        self
    }

    /// Replace no-break and typographic spaces (U+00A0, U+2000–U+200A, U+202F, …) by a
    /// plain space. Default on.
    #[must_use]
    pub fn unify_spaces(mut self, on: bool) -> Self {
        self.normalizer.unify_spaces = on;
        self
    }

    /// Replace the zero-width non-joiner and joiner (U+200C, U+200D) by a space, so that
    /// the parts of a word they separate (`اسلام‌آباد`) become words. Default off: Urdu
    /// writes them inside words on purpose; a search index that wants `اسلام‌آباد` and
    /// `اسلام آباد` to meet turns it on.
    #[must_use]
    pub fn zero_width_as_space(mut self, on: bool) -> Self {
        self.normalizer.zero_width_as_space = on;
        self
    }

    /// Remove diacritics: harakat, tanwin, shadda, sukun and the other marks
    /// U+064B–U+065F, superscript alef U+0670 and Quranic signs. Default off: `تقریباً` and
    /// `دعویٰ` are spelled with them.
    #[must_use]
    pub fn remove_diacritics(mut self, on: bool) -> Self {
        self.normalizer.remove_diacritics = on;
        self
    }

    /// What to do with digits (default [`Digits::Keep`]).
    #[must_use]
    pub fn digits(mut self, digits: Digits) -> Self {
        self.normalizer.digits = digits;
        self
    }

    /// Fix the spacing around Urdu punctuation: remove spaces before `۔ ، ؛ ؟ !` (unless they
    /// start a line) and insert one after them when a letter follows directly. Default off:
    /// it rewrites abbreviations such as `ایم۔کیو۔ایم`.
    #[must_use]
    pub fn punctuation_spacing(mut self, on: bool) -> Self {
        self.normalizer.punctuation_spacing = on;
        self
    }

    /// The configured normalizer.
    ///
    /// # Errors
    /// None today: every combination of options is valid. The `Result` keeps the builders of
    /// the crate alike, and room for options that can be refused.
    pub fn build(self) -> Result<Normalizer, crate::Error> {
        Ok(Normalizer::with_options(self.normalizer))
    }
}

/// Normalized text and the alignment that maps its positions back to the original.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normalized<'a> {
    text: Cow<'a, str>,
    alignment: Alignment,
}

impl<'a> Normalized<'a> {
    /// The normalized text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether normalization changed nothing, so the text borrows the input.
    #[must_use]
    pub fn is_borrowed(&self) -> bool {
        matches!(self.text, Cow::Borrowed(_))
    }

    /// The alignment from normalized to original positions.
    #[must_use]
    pub fn alignment(&self) -> &Alignment {
        &self.alignment
    }

    /// Maps a span of the normalized text to the original text.
    #[must_use]
    pub fn to_original(&self, span: Span) -> Span {
        self.alignment.to_original(span)
    }

    /// The normalized text, borrowed from the input when nothing changed.
    #[must_use]
    pub fn into_text(self) -> Cow<'a, str> {
        self.text
    }

    /// The normalized text (as a `Cow`) and the alignment.
    #[must_use]
    pub fn into_parts(self) -> (Cow<'a, str>, Alignment) {
        (self.text, self.alignment)
    }
}

impl AsRef<str> for Normalized<'_> {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Normalized<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// How many times a cluster is put in the Unicode form again after folding (once is all
/// that any text needs; the bound only makes the loop visibly finite).
const MAX_ROUNDS: usize = 4;

/// Bytes per block in the fast path's block test.
const BLOCK: usize = 16;

/// Whether `c` combines with the character before it (canonical combining class not 0).
/// The Arabic block, where Urdu text spends its time, is answered by a range table.
fn is_combining(c: char) -> bool {
    if c < '\u{0300}' {
        false
    } else if ('\u{0600}'..='\u{06FF}').contains(&c) {
        script::is_arabic_mark(c)
    } else {
        canonical_combining_class(c) != 0
    }
}

/// Whether `c`, though not a combining mark, must be normalized together with the
/// character before it: its decomposition (its compatibility decomposition, if
/// `compatibility`) begins with a character that may compose with the one before it (NFC
/// quick check "maybe": Hangul vowels and final consonants, the length marks of Indic
/// scripts; under NFKC, `ㄻ` is a final consonant), or with a combining mark that canonical
/// ordering may move before the marks of the character before it (Tibetan U+0F73 is U+0F71
/// U+0F72; under NFKC, halfwidth `ﾞ` is U+3099). No Arabic-block character does either.
fn leans_back(c: char, compatibility: bool) -> bool {
    if c < '\u{0300}' || ('\u{0600}'..='\u{06FF}').contains(&c) || is_combining(c) {
        return false;
    }
    let mut first = None;
    let mut take_first = |d: char| {
        first.get_or_insert(d);
    };
    if compatibility {
        unicode_normalization::char::decompose_compatible(c, &mut take_first);
    } else {
        unicode_normalization::char::decompose_canonical(c, &mut take_first);
    }
    first.is_some_and(|f| {
        is_combining(f) || is_nfc_quick(core::iter::once(f)) == IsNormalized::Maybe
    })
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

/// What the slow path keeps from one cluster to the next.
#[derive(Debug, Default)]
struct Scratch {
    /// The rewritten cluster.
    cluster: String,
    /// The last run of spaces that punctuation spacing read.
    spaces: Option<SpaceRun>,
}

/// A run of horizontal spaces (and characters the normalizer deletes) read to its end, for
/// punctuation spacing: every space of the run asks whether the run stands before a mark that
/// takes no space before it, and the run is read for the first space only.
#[derive(Clone, Copy, Debug)]
struct SpaceRun {
    start: usize,
    end: usize,
    /// Whether a mark that takes no space before it (`۔`) follows the run.
    before_mark: bool,
}

/// The punctuation marks that take no space before them and one after them in Urdu.
fn is_spaced_after(c: char) -> bool {
    matches!(c, '۔' | '،' | '؛' | '؟' | '!')
}

impl Normalizer {
    /// A normalizer with the Urdu-safe defaults: NFC, presentation forms and Arabic letters
    /// folded to the Urdu letters, hamza composed, tatweel and invisible controls removed,
    /// odd spaces unified; diacritics, digits and punctuation spacing left as they are.
    #[must_use]
    pub fn new() -> Normalizer {
        Normalizer::default()
    }

    /// Whether this normalizer has the default options.
    #[must_use]
    pub fn is_default(&self) -> bool {
        *self == Normalizer::default()
    }

    /// A builder starting from the defaults of [`Normalizer::new`].
    #[must_use]
    pub fn builder() -> NormalizerBuilder {
        NormalizerBuilder::default()
    }

    /// Normalizes `text`. Borrows it when nothing changes.
    #[must_use]
    pub fn normalize<'a>(&self, text: &'a str) -> Normalized<'a> {
        self.normalize_into(text, Writer::new(text))
    }

    /// Normalizes `text` and also records in the alignment where letters were rewritten
    /// into letters of the same length, so that the tokenizer compares only the tokens
    /// there with the original.
    pub(crate) fn normalize_for_tokens<'a>(&self, text: &'a str) -> Normalized<'a> {
        self.normalize_into(text, Writer::new(text).tracking_letters())
    }

    fn normalize_into<'a>(&self, text: &'a str, mut w: Writer<'a>) -> Normalized<'a> {
        let mut scratch = Scratch::default();
        let mut pos = 0;
        while pos < text.len() {
            pos = self.skip_clean(text, pos);
            if pos >= text.len() {
                break;
            }
            pos = match self.substitute_at(text, pos, &mut w) {
                Some(next) => next,
                None => self.normalize_cluster_at(text, pos, &mut w, &mut scratch),
            };
        }
        let (text, alignment) = w.finish();
        Normalized { text, alignment }
    }

    /// What an Arabic-block character `c` standing alone becomes, when that is one other
    /// character and `c` starts no cluster of its own rules: not a mark, not deleted, not a
    /// punctuation mark whose spacing is fixed.
    fn substitute(&self, c: char) -> Option<char> {
        if self.is_clean(c) || self.attaches(c) || (self.punctuation_spacing && is_spaced_after(c))
        {
            return None;
        }
        let mut out = String::new();
        self.normalize_cluster(c.encode_utf8(&mut [0; 4]), &mut out);
        let mut chars = out.chars();
        match (chars.next(), chars.next()) {
            (Some(one), None) if one != c => Some(one),
            _ => None,
        }
    }

    /// The fast path for text that needs changes: rewrites the Arabic-block character at
    /// `pos` by table when nothing after it joins its cluster, and returns where the next
    /// character starts; `None` leaves it to the slow path.
    fn substitute_at(&self, text: &str, pos: usize, w: &mut Writer<'_>) -> Option<usize> {
        let bytes = text.as_bytes();
        let (&b0, &b1) = (bytes.get(pos)?, bytes.get(pos + 1)?);
        examined(2);
        let index = script::arabic_block_offset(b0, b1)?;
        let with = (*self.clean.substitutes.get(index)?)?;
        let end = pos + 2;
        if self.attaches_at(text, end) {
            return None;
        }
        w.replace_char(pos..end, with);
        Some(end)
    }

    /// The fast path: the first position at or after `pos` that needs a closer look. Skips
    /// clean ASCII and Arabic-block characters by table lookup; stops before a clean
    /// character that a combining mark follows, so the mark is seen with its base.
    fn skip_clean(&self, text: &str, pos: usize) -> usize {
        let bytes = text.as_bytes();
        let pairs = &*self.clean.pairs;
        let mut i = pos;
        // Blocks of 16 bytes first: the pair at every byte is tested, without a dependency
        // from one character's length to the next position, so the lookups of a block run
        // in parallel. Pairs at continuation bytes pass, so the first failing byte of a
        // block is the start of the first character that is not clean.
        let mut found = false;
        while let Some(block) = bytes
            .get(i..i + BLOCK + 1)
            .and_then(|b| <&[u8; BLOCK + 1]>::try_from(b).ok())
        {
            let mut dirty = 0u64;
            for (k, (&b0, &b1)) in block.iter().zip(block.iter().skip(1)).enumerate() {
                let index = (usize::from(b0) << 8) | usize::from(b1);
                let word = pairs.get((index >> 6) & 1023).copied().unwrap_or(0);
                dirty |= (!(word >> (index & 63)) & 1) << k;
            }
            if dirty != 0 {
                i += dirty.trailing_zeros() as usize;
                found = true;
                break;
            }
            i += BLOCK;
        }
        if !found && i > pos && bytes.get(i).is_some_and(|&b| b & 0xC0 == 0x80) {
            // Back to the start of the character the block boundary cut (clean characters
            // are at most two bytes long).
            i -= 1;
        }
        // The tail: one bit test per character, no branch between ASCII and Arabic letters: the
        // masked index needs no bounds check.
        while let Some(&b0) = bytes.get(i).filter(|_| !found) {
            let b1 = bytes.get(i + 1).copied().unwrap_or(0);
            let index = (usize::from(b0) << 8) | usize::from(b1);
            let clean = pairs
                .get((index >> 6) & 1023)
                .is_some_and(|word| word >> (index & 63) & 1 == 1);
            if !clean {
                break;
            }
            i += 1 + usize::from(b0 >= 0x80);
        }
        examined(i - pos + 1);
        if i > pos && self.attaches_at(text, i) {
            // The clean characters are one byte (ASCII) or two (Arabic block) long.
            let back = if bytes.get(i - 1).is_some_and(|&b| b < 0x80) {
                1
            } else {
                2
            };
            i - back
        } else {
            i
        }
    }

    /// Whether the character at `pos` joins the cluster of the character before it, by
    /// table for ASCII and the Arabic block.
    fn attaches_at(&self, text: &str, pos: usize) -> bool {
        let bytes = text.as_bytes();
        let Some(&b0) = bytes.get(pos).filter(|&&b| b >= 0x80) else {
            // The end, or ASCII: nothing there attaches.
            return false;
        };
        let b1 = bytes.get(pos + 1).copied().unwrap_or(0);
        match script::arabic_block_offset(b0, b1) {
            Some(index) => self.clean.attaching.get(index).is_some_and(|&a| a),
            None => text
                .get(pos..)
                .and_then(|r| r.chars().next())
                .is_some_and(|c| self.attaches(c)),
        }
    }

    /// Whether presentation forms become the letters and marks they show (by their own
    /// option, or by NFKC).
    fn expands_presentation_forms(&self) -> bool {
        self.presentation_forms || self.form == UnicodeForm::Nfkc
    }

    /// Whether `c` joins the cluster of the character before it.
    fn attaches(&self, c: char) -> bool {
        is_combining(c)
            || self.removes(c)
            || (self.expands_presentation_forms() && fold::is_spacing_haraka(c))
            || (self.form != UnicodeForm::None && leans_back(c, self.form == UnicodeForm::Nfkc))
    }

    /// The slow path: normalizes the cluster that starts at `start` (a character, and the
    /// combining marks and deleted characters after it) and returns where the next begins.
    fn normalize_cluster_at(
        &self,
        text: &str,
        start: usize,
        w: &mut Writer<'_>,
        scratch: &mut Scratch,
    ) -> usize {
        let mut chars = text
            .get(start..)
            .unwrap_or("")
            .char_indices()
            .map(|(j, c)| (start + j, c))
            .peekable();
        let Some((_, c)) = chars.next() else {
            return text.len();
        };
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
        examined(end - start);
        if self.punctuation_spacing {
            if let Some(run_end) = self.removable_space_run(text, start, c, &mut scratch.spaces) {
                w.replace(start..run_end, "");
                return run_end;
            }
        }
        let cluster = text.get(start..end).unwrap_or("");
        // A letter with marks that are already in order and that no rule touches (`باً` in
        // `تقریباً`) stays as it is, without the full cluster rewrite.
        let clean_marks = marks
            && cluster.chars().all(|m| self.is_clean(m))
            && self.form != UnicodeForm::None
            && is_nfc_quick(cluster.chars()) == IsNormalized::Yes
            && (self.form == UnicodeForm::Nfc
                || is_nfkc_quick(cluster.chars()) == IsNormalized::Yes);
        // The last character of the normalized cluster that is no mark: what punctuation
        // spacing looks at (`！` is `!` under NFKC, `⁈` is `?!`).
        let mut last_base = Some(c);
        if (marks && !clean_marks) || !self.is_clean(c) {
            let out = &mut scratch.cluster;
            out.clear();
            self.normalize_cluster(cluster, out);
            last_base = out.chars().rev().find(|&m| !is_combining(m));
            if out != cluster {
                // Only the part that changed is recorded, so that a mark rewritten after a
                // space does not pull the space into the next token's span.
                let (prefix, suffix) = common_affixes(cluster, out);
                let changed = out.get(prefix..out.len() - suffix).unwrap_or("");
                w.replace(start + prefix..end - suffix, changed);
            }
        }
        if self.punctuation_spacing
            && last_base.is_some_and(is_spaced_after)
            && self
                .next_kept_char(text, end)
                .is_some_and(|n| self.becomes_letter(n))
        {
            w.replace(end..end, " ");
        }
        end
    }

    /// The naive oracle for the fast path: every character goes through the slow path.
    #[cfg(test)]
    fn normalize_slowly<'a>(&self, text: &'a str) -> Normalized<'a> {
        let mut w = Writer::new(text).tracking_letters();
        let mut scratch = Scratch::default();
        let mut pos = 0;
        while pos < text.len() {
            pos = self.normalize_cluster_at(text, pos, &mut w, &mut scratch);
        }
        let (text, alignment) = w.finish();
        Normalized { text, alignment }
    }

    /// This normalizer with its table of clean characters computed.
    fn with_table(mut self) -> Normalizer {
        self.clean = std::sync::Arc::new(CleanTable::new(&self));
        self
    }

    /// Whether `c` is a presentation form that this normalizer expands.
    fn expands(&self, c: char) -> bool {
        self.presentation_forms
            && fold::is_presentation_form(c)
            && (self.word_ligatures || !fold::is_word_ligature(c))
    }

    /// Whether `c`, standing alone (no combining mark after it), stays as it is.
    fn is_clean(&self, c: char) -> bool {
        if c.is_ascii() {
            let spacing = self.punctuation_spacing && matches!(c, ' ' | '\t' | '!');
            return !(spacing || (self.digits == Digits::Urdu && c.is_ascii_digit()));
        }
        let changes = if ('\u{0600}'..='\u{06FF}').contains(&c) {
            (self.punctuation_spacing && is_spaced_after(c))
                || (self.urdu_letters && fold::urdu_letter(c).is_some())
                || self.vanishes(c)
                || fold::digit(c, self.digits).is_some()
                // The high-hamza letters ٵ ٶ ٷ ٸ have compatibility decompositions.
                || (self.form == UnicodeForm::Nfkc && ('\u{0675}'..='\u{0678}').contains(&c))
        } else {
            self.expands(c)
                || (self.punctuation_spacing && script::is_odd_space(c))
                || self.removes(c)
                || (self.unify_spaces && script::is_odd_space(c))
                || (self.zero_width_as_space && script::is_zero_width_joiner(c))
                || !self.is_in_form(c)
        };
        !changes
    }

    /// Whether `c` alone is certainly in the configured Unicode form.
    fn is_in_form(&self, c: char) -> bool {
        if c.is_ascii() {
            return true;
        }
        let once = core::iter::once(c);
        match self.form {
            UnicodeForm::None => true,
            UnicodeForm::Nfc => is_nfc_quick(once) == IsNormalized::Yes,
            UnicodeForm::Nfkc => is_nfkc_quick(once) == IsNormalized::Yes,
        }
    }

    /// If `c` at `start` begins a run of horizontal spaces that stands before a punctuation
    /// mark that takes no space before it, and the run does not begin a line, the run's end.
    /// The run is read once: the spaces after its first find it in `last`.
    fn removable_space_run(
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

    /// Whether this normalizer deletes `c` wherever it stands.
    fn removes(&self, c: char) -> bool {
        (self.remove_tatweel && c == '\u{0640}')
            || (self.remove_controls && script::is_removable_control(c))
    }

    /// Whether this normalizer deletes `c` where it stands: [`removes`](Self::removes) it,
    /// or it is a diacritic (or the spacing form of one, `ﹾ`) and diacritics are removed.
    fn vanishes(&self, c: char) -> bool {
        self.removes(c)
            || (self.remove_diacritics
                && (script::is_diacritic(c)
                    || (self.expands_presentation_forms() && fold::is_spacing_haraka(c))))
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

    /// Normalizes one cluster (a character and its combining marks) into `out`: expand
    /// presentation forms, drop deleted characters and fold letters, digits and spaces; apply
    /// the Unicode form and fold again what it produced (NFKC of `ﷺ` gives Arabic yeh);
    /// compose hamza; drop diacritics if asked.
    fn normalize_cluster(&self, cluster: &str, out: &mut String) {
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

    fn compose(&self, base: char, mark: char) -> Option<char> {
        if self.compose_hamza {
            fold::compose_hamza(base, mark)
        } else {
            None
        }
    }

    /// The character-level fold of one character: Urdu letters, digits, spaces.
    fn fold_char(&self, c: char) -> char {
        if self.urdu_letters {
            if let Some(folded) = fold::urdu_letter(c) {
                return folded;
            }
        }
        if let Some(folded) = fold::digit(c, self.digits) {
            return folded;
        }
        if (self.unify_spaces && script::is_odd_space(c))
            || (self.zero_width_as_space && script::is_zero_width_joiner(c))
        {
            return ' ';
        }
        c
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod combining_tests {
    /// The Arabic block's range table agrees with the Unicode data.
    #[test]
    fn arabic_marks_are_exactly_the_combining_characters() {
        for c in '\u{0600}'..='\u{06FF}' {
            let ccc = unicode_normalization::char::canonical_combining_class(c);
            assert_eq!(super::is_combining(c), ccc != 0, "{c:?}");
        }
    }
}
