//! A count of the bytes that the scanners of the normalizer and the tokenizer examine,
//! kept only in tests: a property test bounds the count on any input by a constant times
//! the input's length, which shows that no reader reads a run again from each of its
//! positions, without timing anything. Outside tests, [`examined`] is empty and costs
//! nothing.

#[cfg(test)]
use std::cell::Cell;

#[cfg(test)]
thread_local! {
    /// Bytes examined on this thread so far.
    static EXAMINED: Cell<usize> = const { Cell::new(0) };
}

/// Records that a scanner examined `bytes` bytes of its input (in tests only).
#[inline]
pub(crate) fn examined(bytes: usize) {
    #[cfg(test)]
    EXAMINED.with(|count| count.set(count.get().saturating_add(bytes)));
    #[cfg(not(test))]
    let _ = bytes;
}

/// Runs `f` and returns its result with the number of bytes examined while it ran.
#[cfg(test)]
pub(crate) fn count<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = EXAMINED.with(Cell::get);
    let out = f();
    (out, EXAMINED.with(Cell::get) - before)
}

/// Runs `f`, a stage reading `read` bytes, and fails if it examined more than
/// [`WORK_PER_BYTE`] bytes per byte read.
#[cfg(test)]
pub(crate) fn check_linear<T>(
    read: usize,
    f: impl FnOnce() -> T,
) -> Result<(), proptest::test_runner::TestCaseError> {
    let (_, work) = count(f);
    proptest::prop_assert!(
        work <= WORK_PER_BYTE * read,
        "{} bytes examined for {} bytes read",
        work,
        read
    );
    Ok(())
}

/// How many bytes a stage may examine per byte it reads: a reader that looks ahead may
/// read a few bytes that the next token reads again, but no run is read from each of its
/// positions. The normalizer reads its input; the tokenizer reads the input (normalizing
/// it) and the normalized text (which NFKC makes up to 18 times longer: `ﷺ`).
#[cfg(test)]
pub(crate) const WORK_PER_BYTE: usize = 8;

/// Inputs that made a reader quadratic before it read each run once: e-mail and number
/// runs broken by symbols, a run of spaces before `۔`, abbreviations after a long run of
/// spaces, characters whose expansion crosses tokens, `w` before two-byte letters.
#[cfg(test)]
pub(crate) fn hostile_inputs() -> Vec<String> {
    vec![
        "a+".repeat(2000),
        "a_".repeat(2000),
        "1-".repeat(2000),
        format!("{}1a", "1,".repeat(2000)),
        format!("{}@b", "a+".repeat(2000)),
        " ".repeat(4000),
        format!("ہے{}۔", " ".repeat(4000)),
        format!("{}{}", " ".repeat(4000), "ا۔ب۔".repeat(500)),
        "ﷺ".repeat(1000),
        "wبب ".repeat(700),
        "’ ‘ “ ” « » \" ' ’’ ‘‘ ".repeat(100),
        "۔ ".repeat(2000),
        "نےaکہا".repeat(1000),
    ]
}

/// The pieces of [`repeated_units`]: ASCII symbols, letters and digits, spaces, quote
/// marks, Urdu letters, words and marks.
#[cfg(test)]
const PIECES: &[&str] = &[
    "+", "_", "-", ".", ",", "@", "#", "%", "/", ":", "!", "?", "(", ")", "&", "*", "$", "a", "Z",
    "x", "www.", "http://", "1", "0", "9", " ", "\t", "\n", "\u{00A0}", "\u{200B}", "’", "‘", "“",
    "”", "«", "»", "'", "\"", "ب", "ک", "ا", "کہا", "نے", "ہے", "کہ", "۔", "،", "؟", "۲",
    "\u{064B}", "\u{0654}", "ـ", "\u{200C}", "\u{200F}", "ﷺ",
];

/// Inputs that make a reader that reads a run again from each of its positions quadratic:
/// one to three stretches, each a unit of one to four pieces repeated to between a few
/// hundred bytes and 3 KB.
#[cfg(test)]
pub(crate) fn repeated_units() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let unit = proptest::collection::vec(proptest::sample::select(PIECES), 1..=4)
        .prop_map(|pieces| pieces.concat());
    let stretch = (unit, 300usize..3000).prop_map(|(unit, len)| unit.repeat(len / unit.len() + 1));
    proptest::collection::vec(stretch, 1..=3).prop_map(|stretches| stretches.concat())
}
