//! Word-at-a-time routines for the short byte strings programs are made of
//! (words, keys, identifiers): equality and ASCII case mapping eight bytes at
//! a time, with short strs read by overlapping loads
//! (`taipan_abi::padded_word`) instead of a call to `memcmp` or a byte loop,
//! either of which costs more than the work for a five-letter word.
//!
//! This module knows bytes only; what a str is lives in `strings`.

use taipan_abi::padded_word;

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// `left == right`, comparing up to sixteen bytes with two pairs of loads.
#[inline]
pub fn bytes_equal(left: &[u8], right: &[u8]) -> bool {
    let length = left.len();
    if length != right.len() {
        return false;
    }
    if length <= 8 {
        return padded_word(left) == padded_word(right);
    }
    if length <= 16 {
        // The first and the last eight bytes, overlapping in the middle.
        return read_word(left, 0) == read_word(right, 0) && read_word(left, length - 8) == read_word(right, length - 8);
    }
    left == right
}

/// The eight bytes of `bytes` from `offset`, which must all be inside it.
#[inline]
fn read_word(bytes: &[u8], offset: usize) -> u64 {
    assert!(offset + 8 <= bytes.len());
    // SAFETY: checked just above.
    unsafe { u64::from_le(std::ptr::read_unaligned(bytes.as_ptr().add(offset) as *const u64)) }
}

/// 0x20 in each byte of `word` that is an ASCII letter between `first` and
/// `last`, 0 elsewhere. Every byte of `word` must be ASCII (below 0x80): then
/// adding `0x80 - first` sets a byte's high bit exactly when the byte is at
/// least `first`, and no addition carries into the next byte.
#[inline]
const fn letters_between(word: u64, first: u8, last: u8) -> u64 {
    let at_least_first = word.wrapping_add(ONES.wrapping_mul((0x80 - first) as u64));
    let above_last = word.wrapping_add(ONES.wrapping_mul((0x80 - last - 1) as u64));
    ((at_least_first & !above_last) & HIGH_BITS) >> 2
}

/// 0x20 in each byte of the ASCII `word` that is an upper case letter.
#[inline]
pub const fn uppercase_letters(word: u64) -> u64 {
    letters_between(word, b'A', b'Z')
}

/// 0x20 in each byte of the ASCII `word` that is a lower case letter.
#[inline]
pub const fn lowercase_letters(word: u64) -> u64 {
    letters_between(word, b'a', b'z')
}

/// Whether `test` holds for some word of the ASCII `bytes` (the last word
/// zero-padded; `test` must be false for zero bytes).
#[inline]
pub fn any_word(bytes: &[u8], test: impl Fn(u64) -> bool) -> bool {
    let mut offset = 0;
    while offset + 8 <= bytes.len() {
        if test(read_word(bytes, offset)) {
            return true;
        }
        offset += 8;
    }
    offset < bytes.len() && test(padded_word(&bytes[offset..]))
}

/// Writes `map` of each word of `bytes` to `out` (of the same length); `map`
/// must turn each byte into one byte, independently of the others.
#[inline]
pub fn map_words(bytes: &[u8], out: &mut [u8], map: impl Fn(u64) -> u64) {
    assert_eq!(bytes.len(), out.len());
    let mut offset = 0;
    while offset + 8 <= bytes.len() {
        let word = map(read_word(bytes, offset));
        out[offset..offset + 8].copy_from_slice(&word.to_le_bytes());
        offset += 8;
    }
    let rest = bytes.len() - offset;
    if rest > 0 {
        let word = map(padded_word(&bytes[offset..])).to_le_bytes();
        crate::strings::copy_short(&mut out[offset..], &word[..rest]);
    }
}

/// The offset of the first byte at or after `position` in the ASCII `bytes`
/// for which `is_space` holds, or `bytes.len()`. Every byte `is_space`
/// accepts must be at most 0x20 (true of Python's ASCII whitespace): eight
/// bytes at a time, the lowest byte below 0x21 is found exactly (a borrow
/// only reaches bytes above it), then checked with `is_space`.
#[inline]
pub fn ascii_word_end(bytes: &[u8], mut position: usize, is_space: impl Fn(u8) -> bool) -> usize {
    let length = bytes.len();
    while position < length {
        let word = if position + 8 <= length { read_word(bytes, position) } else { padded_word(&bytes[position..]) };
        let below_0x21 = word.wrapping_sub(ONES.wrapping_mul(0x21)) & HIGH_BITS;
        if below_0x21 == 0 {
            position += 8;
            continue;
        }
        let candidate = position + (below_0x21.trailing_zeros() / 8) as usize;
        if candidate >= length {
            return length;
        }
        if is_space(bytes[candidate]) {
            return candidate;
        }
        position = candidate + 1;
    }
    length
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every ASCII byte, in every position of a word, against the byte-wise
    /// definitions.
    #[test]
    fn case_masks_match_the_byte_definitions() {
        for byte in 0u8..0x80 {
            for position in 0..8 {
                let word = (byte as u64) << (8 * position) | 0x4161_7a5a_205b_6040u64 & !(0xffu64 << (8 * position));
                let bytes = word.to_le_bytes();
                let expected_upper: u64 = (0..8).map(|i| if bytes[i].is_ascii_uppercase() { 0x20u64 << (8 * i) } else { 0 }).sum();
                let expected_lower: u64 = (0..8).map(|i| if bytes[i].is_ascii_lowercase() { 0x20u64 << (8 * i) } else { 0 }).sum();
                assert_eq!(uppercase_letters(word), expected_upper, "{bytes:?}");
                assert_eq!(lowercase_letters(word), expected_lower, "{bytes:?}");
            }
        }
    }

    #[test]
    fn equality_and_mapping_agree_with_slices_for_every_short_length() {
        let text = b"The Quick brown FOX jumps over the lazy dog, 0123456789!";
        for start in 0..8 {
            for length in 0..(text.len() - start) {
                let left = &text[start..start + length];
                let same = left.to_vec();
                assert!(bytes_equal(left, &same));
                for flip in 0..length {
                    let mut other = same.clone();
                    other[flip] ^= 1;
                    assert!(!bytes_equal(left, &other), "{left:?} at {flip}");
                }
                assert!(!bytes_equal(left, &text[start..start + length + 1]));
                let mut lowered = vec![0u8; length];
                map_words(left, &mut lowered, |word| word | uppercase_letters(word));
                assert_eq!(lowered, left.to_ascii_lowercase());
                let mut raised = vec![0u8; length];
                map_words(left, &mut raised, |word| word & !lowercase_letters(word));
                assert_eq!(raised, left.to_ascii_uppercase());
                assert_eq!(any_word(left, |word| uppercase_letters(word) != 0), left.iter().any(u8::is_ascii_uppercase));
            }
        }
    }

    #[test]
    fn word_ends_agree_with_a_byte_scan() {
        let is_space = |byte: u8| matches!(byte, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | 0x1c..=0x1f);
        let text = b"ab\x01c d\te  fghijklmnop\x1f\x00q\x0erstu vwxyz0123456789\r\n  \x08x";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let bytes = &text[..end];
                let expected = (start..end).find(|index| is_space(bytes[*index])).unwrap_or(end);
                assert_eq!(ascii_word_end(bytes, start, is_space), expected, "{start} {end}");
            }
        }
    }
}
