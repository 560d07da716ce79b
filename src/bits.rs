//! Bit sets over `u64` words, for the tables the crate tests a bit per byte pair or token in.

/// Sets bit `i` (nothing past the end).
pub(crate) fn set_bit(bits: &mut [u64], i: usize) {
    if let Some(word) = bits.get_mut(i / 64) {
        *word |= 1 << (i % 64);
    }
}

/// Bit `i` (false past the end).
#[inline]
pub(crate) fn bit(bits: &[u64], i: usize) -> bool {
    bits.get(i / 64)
        .is_some_and(|word| word >> (i % 64) & 1 == 1)
}
