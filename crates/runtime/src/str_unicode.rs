//! The str methods defined by Unicode character properties: the predicates
//! `isalpha`, `isalnum`, `isdecimal`, `isnumeric`, `isupper`, `islower`,
//! `istitle`, `isidentifier`, `isprintable` and `isascii`
//! (`taipan_str_predicate`), and the case transforms `capitalize`, `title`,
//! `swapcase` and `casefold` (`taipan_str_transform`).
//!
//! Each follows its loop in CPython 3.11's `Objects/unicodeobject.c` step for
//! step, including the one-character shortcuts of `isupper`, `islower` and
//! `istitle` and the final-sigma rule CPython applies wherever it lowercases
//! (`lower_ucs4`: U+03A3 becomes U+03C2 after a cased character and not
//! before one, skipping case-ignorable characters both ways). Character
//! classes and the full case mappings (`'ß'` titlecases to `"Ss"`, `'İ'`
//! lowercases to `"i̇"`) come from `unicode_property_tables`, generated from
//! CPython itself, and never from Rust's `char` methods, whose Unicode
//! version is newer than CPython 3.11's 14.0.0. ASCII characters are
//! classified without a table lookup, and ASCII strs are transformed byte
//! by byte.

use crate::strings::{as_bytes, as_str, is_ascii, new_str, new_str_filled};
use crate::unicode_property_tables::*;
use crate::unicode_tables::{decimal_value, in_ranges, NONPRINTABLE};
use taipan_abi::{str_predicate, str_transform, StrRef};

/// Whether `c` is one of the code points of a table of `(first, last, step)`
/// runs.
fn in_stepped_ranges(table: &[(u32, u32, u32)], c: char) -> bool {
    let c = c as u32;
    let index = table.partition_point(|&(first, _, _)| first <= c);
    if index == 0 {
        return false;
    }
    let (first, last, step) = table[index - 1];
    c <= last && (c - first).is_multiple_of(step)
}

/// Appends CPython's full mapping of `c` (one of `LOWER`, `UPPER`, `TITLE`
/// or `FOLD`, as its pair of run and multi-character tables) to `out`.
fn push_mapped(out: &mut String, runs: &[(u32, u32, u32, i32)], special: &[(u32, &str)], c: char) {
    let code = c as u32;
    if let Ok(index) = special.binary_search_by_key(&code, |&(from, _)| from) {
        out.push_str(special[index].1);
        return;
    }
    let index = runs.partition_point(|&(first, _, _, _)| first <= code);
    if index > 0 {
        let (first, last, step, delta) = runs[index - 1];
        if code <= last && (code - first).is_multiple_of(step) {
            let mapped = code.wrapping_add_signed(delta);
            out.push(char::from_u32(mapped).expect("case mappings map to code points"));
            return;
        }
    }
    out.push(c);
}

/// `Py_UNICODE_ISALPHA`: categories Lm, Lt, Lu, Ll and Lo.
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(ALPHA, c)
    }
}

/// `Py_UNICODE_ISNUMERIC`, which holds for every digit and decimal too.
fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_ranges(NUMERIC, c)
    }
}

/// `Py_UNICODE_ISDECIMAL`: category Nd, the characters `int()` reads.
fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        decimal_value(c).is_some()
    }
}

/// `Py_UNICODE_ISUPPER`: the Uppercase property (wider than category Lu).
fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        in_stepped_ranges(UPPERCASE, c)
    }
}

/// `Py_UNICODE_ISLOWER`: the Lowercase property (wider than category Ll).
fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        in_stepped_ranges(LOWERCASE, c)
    }
}

/// `Py_UNICODE_ISTITLE`: category Lt, such as the digraph `'ǅ'`.
fn is_title(c: char) -> bool {
    !c.is_ascii() && in_ranges(TITLECASE, c)
}

/// `_PyUnicode_IsCased`, which decides what `str.title()` lowercases.
fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_ranges(CASED, c)
    }
}

fn is_case_ignorable(c: char) -> bool {
    in_ranges(CASE_IGNORABLE, c)
}

fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' '..='~')
    } else {
        !in_ranges(NONPRINTABLE, c)
    }
}

/// A non-empty `text` of which every character satisfies `class`.
fn all_nonempty(text: &str, class: impl Fn(char) -> bool) -> bool {
    !text.is_empty() && text.chars().all(class)
}

/// CPython's `unicode_isupper_impl` (and, with the cases exchanged,
/// `unicode_islower_impl`): no character of the other case or titlecase,
/// and at least one of this case. A single character answers by its own
/// class alone.
fn is_all_one_case(text: &str, this_case: fn(char) -> bool, other_case: fn(char) -> bool) -> bool {
    let mut chars = text.chars();
    if let (Some(only), None) = (chars.next(), chars.next()) {
        return this_case(only);
    }
    let mut cased = false;
    for c in text.chars() {
        if other_case(c) || is_title(c) {
            return false;
        }
        cased = cased || this_case(c);
    }
    cased
}

/// CPython's `unicode_istitle_impl`: uppercase and titlecase characters
/// only after uncased ones, lowercase ones only after cased ones, and at
/// least one cased character. "Cased" here means upper, lower or title, not
/// the Cased property `title()` uses.
fn is_titled(text: &str) -> bool {
    let mut chars = text.chars();
    if let (Some(only), None) = (chars.next(), chars.next()) {
        return is_title(only) || is_upper(only);
    }
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in text.chars() {
        if is_upper(c) || is_title(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

/// CPython's `PyUnicode_IsIdentifier` (without NFKC normalisation, like
/// `str.isidentifier()`): XID_Start or `_`, then XID_Continue.
fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else { return false };
    let starts = if first.is_ascii() {
        first.is_ascii_alphabetic() || first == '_'
    } else {
        in_ranges(IDENTIFIER_START, first)
    };
    starts
        && chars.all(|c| {
            if c.is_ascii() {
                c.is_ascii_alphanumeric() || c == '_'
            } else {
                in_ranges(IDENTIFIER_CONTINUE, c)
            }
        })
}

/// The str predicate `predicate` (one of `taipan_abi::str_predicate`) of
/// `text`, except `isascii`, which the caller answers from the str's flag.
pub fn text_predicate(text: &str, predicate: i32) -> bool {
    match predicate {
        str_predicate::ISALPHA => all_nonempty(text, is_alpha),
        // `Py_UNICODE_ISALNUM` is alpha, decimal, digit or numeric; the
        // last includes the other two.
        str_predicate::ISALNUM => all_nonempty(text, |c| is_alpha(c) || is_numeric(c)),
        str_predicate::ISDECIMAL => all_nonempty(text, is_decimal),
        str_predicate::ISNUMERIC => all_nonempty(text, is_numeric),
        str_predicate::ISUPPER => is_all_one_case(text, is_upper, is_lower),
        str_predicate::ISLOWER => is_all_one_case(text, is_lower, is_upper),
        str_predicate::ISTITLE => is_titled(text),
        str_predicate::ISIDENTIFIER => is_identifier(text),
        // The empty str is printable.
        str_predicate::ISPRINTABLE => text.chars().all(is_printable),
        str_predicate::ISASCII => text.is_ascii(),
        _ => panic!("unknown str predicate {predicate}"),
    }
}

/// `value.isalpha()` and the other predicates of `taipan_abi::str_predicate`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_predicate(value: StrRef, predicate: i32) -> u8 {
    if predicate == str_predicate::ISASCII {
        return (is_ascii(value) || as_bytes(value).is_ascii()) as u8;
    }
    text_predicate(as_str(value), predicate) as u8
}

/// CPython's `handle_capital_sigma`: whether the U+03A3 at byte `offset`
/// ends a word, that is follows a cased character and precedes none, with
/// case-ignorable characters skipped on both sides.
fn is_final_sigma(text: &str, offset: usize) -> bool {
    let before = text[..offset].chars().rev().find(|&c| !is_case_ignorable(c));
    if !before.is_some_and(is_cased) {
        return false;
    }
    let after = text[offset + 'Σ'.len_utf8()..].chars().find(|&c| !is_case_ignorable(c));
    !after.is_some_and(is_cased)
}

/// CPython's `lower_ucs4`: the full lowercase mapping of the `c` at byte
/// `offset` of `text`, with the final-sigma rule.
fn push_lower(out: &mut String, text: &str, offset: usize, c: char) {
    if c == 'Σ' {
        out.push(if is_final_sigma(text, offset) { 'ς' } else { 'σ' });
    } else if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(out, LOWER_RUNS, LOWER_SPECIAL, c);
    }
}

fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, UPPER_RUNS, UPPER_SPECIAL, c);
    }
}

fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, TITLE_RUNS, TITLE_SPECIAL, c);
    }
}

/// The case transform `transform` (one of `taipan_abi::str_transform`) of
/// `text`, as CPython's `do_capitalize`, `do_title`, `do_swapcase` and
/// `do_casefold` compute it.
pub fn transform_text(text: &str, transform: i32) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    match transform {
        // 3.8 and later: the first character titlecased, the rest lowercased.
        str_transform::CAPITALIZE => {
            for (offset, c) in text.char_indices() {
                if offset == 0 {
                    push_title(&mut out, c);
                } else {
                    push_lower(&mut out, text, offset, c);
                }
            }
        }
        // Titlecase after an uncased character, lowercase after a cased one.
        str_transform::TITLE => {
            let mut previous_is_cased = false;
            for (offset, c) in text.char_indices() {
                if previous_is_cased {
                    push_lower(&mut out, text, offset, c);
                } else {
                    push_title(&mut out, c);
                }
                previous_is_cased = is_cased(c);
            }
        }
        str_transform::SWAPCASE => {
            for (offset, c) in text.char_indices() {
                if is_upper(c) {
                    push_lower(&mut out, text, offset, c);
                } else if is_lower(c) {
                    push_upper(&mut out, c);
                } else {
                    out.push(c);
                }
            }
        }
        str_transform::CASEFOLD => {
            for c in text.chars() {
                if c.is_ascii() {
                    out.push(c.to_ascii_lowercase());
                } else {
                    push_mapped(&mut out, FOLD_RUNS, FOLD_SPECIAL, c);
                }
            }
        }
        _ => panic!("unknown str transform {transform}"),
    }
    out
}

/// The transforms of an ASCII str, byte by byte into `out` (of the same
/// length): ASCII letters map to ASCII letters one for one.
fn transform_ascii(bytes: &[u8], out: &mut [u8], transform: i32) {
    match transform {
        str_transform::CAPITALIZE => {
            for (index, (target, source)) in out.iter_mut().zip(bytes).enumerate() {
                *target = if index == 0 { source.to_ascii_uppercase() } else { source.to_ascii_lowercase() };
            }
        }
        str_transform::TITLE => {
            let mut previous_is_cased = false;
            for (target, source) in out.iter_mut().zip(bytes) {
                *target = if previous_is_cased { source.to_ascii_lowercase() } else { source.to_ascii_uppercase() };
                previous_is_cased = source.is_ascii_alphabetic();
            }
        }
        str_transform::SWAPCASE => {
            for (target, source) in out.iter_mut().zip(bytes) {
                *target = if source.is_ascii_uppercase() {
                    source.to_ascii_lowercase()
                } else {
                    source.to_ascii_uppercase()
                };
            }
        }
        str_transform::CASEFOLD => {
            for (target, source) in out.iter_mut().zip(bytes) {
                *target = source.to_ascii_lowercase();
            }
        }
        _ => panic!("unknown str transform {transform}"),
    }
}

/// `value.capitalize()` and the other transforms of
/// `taipan_abi::str_transform`, always as a new str.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_transform(value: StrRef, transform: i32) -> StrRef {
    if is_ascii(value) {
        let bytes = as_bytes(value);
        return new_str_filled(bytes.len(), bytes.len(), true, |out| transform_ascii(bytes, out, transform));
    }
    // `new_str` recomputes the flag: `'K'.lower()` (the Kelvin sign) is ASCII.
    new_str(&transform_text(as_str(value), transform))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strings::taipan_str_zfill;

    const PREDICATES: [i32; 10] = [
        str_predicate::ISALPHA,
        str_predicate::ISALNUM,
        str_predicate::ISDECIMAL,
        str_predicate::ISNUMERIC,
        str_predicate::ISUPPER,
        str_predicate::ISLOWER,
        str_predicate::ISTITLE,
        str_predicate::ISIDENTIFIER,
        str_predicate::ISPRINTABLE,
        str_predicate::ISASCII,
    ];
    const TRANSFORMS: [i32; 4] =
        [str_transform::CAPITALIZE, str_transform::TITLE, str_transform::SWAPCASE, str_transform::CASEFOLD];

    /// Each input with its ten predicates (in `str_predicate` order, as
    /// 0s and 1s) and its `capitalize()`, `title()`, `swapcase()` and
    /// `casefold()`, printed by CPython 3.11.7 with this script, whose
    /// `INPUTS` are the inputs below:
    ///
    /// ```python
    /// FLAGS = ["isalpha", "isalnum", "isdecimal", "isnumeric", "isupper", "islower",
    ///          "istitle", "isidentifier", "isprintable", "isascii"]
    /// for text in INPUTS:
    ///     bits = "".join("1" if getattr(text, f)() else "0" for f in FLAGS)
    ///     print(text, bits, text.capitalize(), text.title(), text.swapcase(), text.casefold())
    /// ```
    const EXPECTED: &[(&str, &str, [&str; 4])] = &[
        ("", "0000000011", ["", "", "", ""]),
        ("a", "1100010111", ["A", "A", "A", "a"]),
        ("A", "1100101111", ["A", "A", "a", "a"]),
        ("_", "0000000111", ["_", "_", "_", "_"]),
        ("1", "0111000011", ["1", "1", "1", "1"]),
        (" ", "0000000011", [" ", " ", " ", " "]),
        ("hello world", "0000010011", ["Hello world", "Hello World", "HELLO WORLD", "hello world"]),
        ("Hello World", "0000001011", ["Hello world", "Hello World", "hELLO wORLD", "hello world"]),
        ("HELLO WORLD", "0000100011", ["Hello world", "Hello World", "hello world", "hello world"]),
        ("hELLO wORLD", "0000000011", ["Hello world", "Hello World", "Hello World", "hello world"]),
        ("hello", "1100010111", ["Hello", "Hello", "HELLO", "hello"]),
        ("HELLO", "1100100111", ["Hello", "Hello", "hello", "hello"]),
        ("Hello", "1100001111", ["Hello", "Hello", "hELLO", "hello"]),
        ("123", "0111000011", ["123", "123", "123", "123"]),
        ("abc123", "0100010111", ["Abc123", "Abc123", "ABC123", "abc123"]),
        ("ABC123", "0100100111", ["Abc123", "Abc123", "abc123", "abc123"]),
        ("abc 123", "0000010011", ["Abc 123", "Abc 123", "ABC 123", "abc 123"]),
        ("a1B2 c3D4", "0000000011", ["A1b2 c3d4", "A1B2 C3D4", "A1b2 C3d4", "a1b2 c3d4"]),
        ("they're bill's", "0000010011", ["They're bill's", "They'Re Bill'S", "THEY'RE BILL'S", "they're bill's"]),
        ("1st place", "0000010011", ["1st place", "1St Place", "1ST PLACE", "1st place"]),
        ("x_y1", "0000010111", ["X_y1", "X_Y1", "X_Y1", "x_y1"]),
        ("_private", "0000010111", ["_private", "_Private", "_PRIVATE", "_private"]),
        ("2fast", "0100010011", ["2fast", "2Fast", "2FAST", "2fast"]),
        ("with-dash", "0000010011", ["With-dash", "With-Dash", "WITH-DASH", "with-dash"]),
        ("tab\u{9}here", "0000010001", ["Tab\u{9}here", "Tab\u{9}Here", "TAB\u{9}HERE", "tab\u{9}here"]),
        ("\u{7f}", "0000000001", ["\u{7f}", "\u{7f}", "\u{7f}", "\u{7f}"]),
        ("~!@#", "0000000011", ["~!@#", "~!@#", "~!@#", "~!@#"]),
        ("ǆ", "1100010110", ["ǅ", "ǅ", "Ǆ", "ǆ"]),
        ("ǅ", "1100001110", ["ǅ", "ǅ", "ǅ", "ǆ"]),
        ("Ǆ", "1100101110", ["ǅ", "ǅ", "ǆ", "ǆ"]),
        ("ǆemal ǅemal Ǆemal", "0000000010", ["ǅemal ǆemal ǆemal", "ǅemal ǅemal ǅemal", "ǄEMAL ǅEMAL ǆEMAL", "ǆemal ǆemal ǆemal"]),
        ("ǅa", "1100001110", ["ǅa", "ǅa", "ǅA", "ǆa"]),
        ("aǅ", "1100000110", ["Aǆ", "Aǆ", "Aǅ", "aǆ"]),
        ("ǈubljana", "1100001110", ["ǈubljana", "ǈubljana", "ǈUBLJANA", "ǉubljana"]),
        ("Ǉ", "1100101110", ["ǈ", "ǈ", "ǉ", "ǉ"]),
        ("ß", "1100010110", ["Ss", "Ss", "SS", "ss"]),
        ("straße", "1100010110", ["Straße", "Straße", "STRASSE", "strasse"]),
        ("STRASSE", "1100100111", ["Strasse", "Strasse", "strasse", "strasse"]),
        ("Straße", "1100001110", ["Straße", "Straße", "sTRASSE", "strasse"]),
        ("ẞ", "1100101110", ["ẞ", "ẞ", "ß", "ss"]),
        ("ßa ßb", "0000010010", ["Ssa ßb", "Ssa Ssb", "SSA SSB", "ssa ssb"]),
        ("İstanbul", "1100001110", ["İstanbul", "İstanbul", "i\u{307}STANBUL", "i\u{307}stanbul"]),
        ("ı", "1100010110", ["I", "I", "I", "ı"]),
        ("i\u{307}", "0000010110", ["I\u{307}", "I\u{307}", "I\u{307}", "i\u{307}"]),
        ("İ", "1100101110", ["İ", "İ", "i\u{307}", "i\u{307}"]),
        ("ıi", "1100010110", ["Ii", "Ii", "II", "ıi"]),
        ("DİYARBAKIR", "1100100110", ["Di\u{307}yarbakir", "Di\u{307}yarbakir", "di\u{307}yarbakir", "di\u{307}yarbakir"]),
        ("ΣΑΣ", "1100100110", ["Σας", "Σας", "σας", "σασ"]),
        ("σας", "1100010110", ["Σας", "Σας", "ΣΑΣ", "σασ"]),
        ("ΌΣΟΣ ΣΑΣ.", "0000100010", ["Όσος σας.", "Όσος Σας.", "όσος σας.", "όσοσ σασ."]),
        ("Σ", "1100101110", ["Σ", "Σ", "σ", "σ"]),
        ("aΣ", "1100000110", ["Aς", "Aς", "Aς", "aσ"]),
        ("aΣb", "1100000110", ["Aσb", "Aσb", "AσB", "aσb"]),
        ("a.Σ", "0000000010", ["A.ς", "A.Σ", "A.ς", "a.σ"]),
        ("A'Σ'", "0000101010", ["A'ς'", "A'Σ'", "a'ς'", "a'σ'"]),
        ("ΑΣ'Β", "0000100010", ["Ασ'β", "Ασ'Β", "ασ'β", "ασ'β"]),
        ("ΑΣ\u{301}", "0000100110", ["Ας\u{301}", "Ας\u{301}", "ας\u{301}", "ασ\u{301}"]),
        ("Σa", "1100001110", ["Σa", "Σa", "σA", "σa"]),
        ("ΣΣ", "1100100110", ["Σς", "Σς", "σς", "σσ"]),
        ("ΑΣΣ", "1100100110", ["Ασς", "Ασς", "ασς", "ασσ"]),
        ("Ωμέγα", "1100001110", ["Ωμέγα", "Ωμέγα", "ωΜΈΓΑ", "ωμέγα"]),
        ("ΐ", "1100010110", ["Ι\u{308}\u{301}", "Ι\u{308}\u{301}", "Ι\u{308}\u{301}", "ι\u{308}\u{301}"]),
        ("ᾳ", "1100010110", ["ᾼ", "ᾼ", "ΑΙ", "αι"]),
        ("ᾼ", "1100001110", ["ᾼ", "ᾼ", "ᾼ", "αι"]),
        ("Ᾰ", "1100101110", ["Ᾰ", "Ᾰ", "ᾰ", "ᾰ"]),
        ("٣", "0111000010", ["٣", "٣", "٣", "٣"]),
        ("١٢٣", "0111000010", ["١٢٣", "١٢٣", "١٢٣", "١٢٣"]),
        ("²", "0101000010", ["²", "²", "²", "²"]),
        ("x²", "0100010010", ["X²", "X²", "X²", "x²"]),
        ("½", "0101000010", ["½", "½", "½", "½"]),
        ("Ⅻ", "0101101110", ["Ⅻ", "Ⅻ", "ⅻ", "ⅻ"]),
        ("Ⅷ", "0101101110", ["Ⅷ", "Ⅷ", "ⅷ", "ⅷ"]),
        ("ⅷ", "0101010110", ["Ⅷ", "Ⅷ", "Ⅷ", "ⅷ"]),
        ("𝟘𝟙", "0111000010", ["𝟘𝟙", "𝟘𝟙", "𝟘𝟙", "𝟘𝟙"]),
        ("①", "0101000010", ["①", "①", "①", "①"]),
        ("三", "1101000110", ["三", "三", "三", "三"]),
        ("٣a", "0100010010", ["٣a", "٣A", "٣A", "٣a"]),
        ("١٢٣٤٥٦٧٨٩٠", "0111000010", ["١٢٣٤٥٦٧٨٩٠", "١٢٣٤٥٦٧٨٩٠", "١٢٣٤٥٦٧٨٩٠", "١٢٣٤٥٦٧٨٩٠"]),
        ("ﬁ", "1100010110", ["Fi", "Fi", "FI", "fi"]),
        ("ﬃ", "1100010110", ["Ffi", "Ffi", "FFI", "ffi"]),
        ("ŉ", "1100010110", ["ʼN", "ʼN", "ʼN", "ʼn"]),
        ("ǰ", "1100010110", ["J\u{30c}", "J\u{30c}", "J\u{30c}", "j\u{30c}"]),
        ("ǲ", "1100001110", ["ǲ", "ǲ", "ǲ", "ǳ"]),
        ("ʰ", "1100010110", ["ʰ", "ʰ", "ʰ", "ʰ"]),
        ("aʰ", "1100010110", ["Aʰ", "Aʰ", "Aʰ", "aʰ"]),
        ("\u{345}", "0000010010", ["Ι", "Ι", "Ι", "ι"]),
        ("a\u{345}", "0000010110", ["A\u{345}", "A\u{345}", "AΙ", "aι"]),
        ("a\u{308}", "0000010110", ["A\u{308}", "A\u{308}", "A\u{308}", "a\u{308}"]),
        ("e\u{301}", "0000010110", ["E\u{301}", "E\u{301}", "E\u{301}", "e\u{301}"]),
        ("Ꭰ", "1100101110", ["Ꭰ", "Ꭰ", "ꭰ", "Ꭰ"]),
        ("ꭰ", "1100010110", ["Ꭰ", "Ꭰ", "Ꭰ", "Ꭰ"]),
        ("ᏸ", "1100010110", ["Ᏸ", "Ᏸ", "Ᏸ", "Ᏸ"]),
        ("été", "1100010110", ["Été", "Été", "ÉTÉ", "été"]),
        ("ÉTÉ", "1100100110", ["Été", "Été", "été", "été"]),
        ("Été", "1100001110", ["Été", "Été", "éTÉ", "été"]),
        ("crème brûlée", "0000010010", ["Crème brûlée", "Crème Brûlée", "CRÈME BRÛLÉE", "crème brûlée"]),
        ("Ⓐⓑ", "0000001010", ["Ⓐⓑ", "Ⓐⓑ", "ⓐⒷ", "ⓐⓑ"]),
        ("ⓐ", "0000010010", ["Ⓐ", "Ⓐ", "Ⓐ", "ⓐ"]),
        ("K", "1100101111", ["K", "K", "k", "k"]),
        ("Å", "1100101110", ["Å", "Å", "å", "å"]),
        ("µ", "1100010110", ["Μ", "Μ", "Μ", "μ"]),
        ("ÿ", "1100010110", ["Ÿ", "Ÿ", "Ÿ", "ÿ"]),
        ("Ÿ", "1100101110", ["Ÿ", "Ÿ", "ÿ", "ÿ"]),
        ("𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "1100001110", ["𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"]),
        ("🐍", "0000000010", ["🐍", "🐍", "🐍", "🐍"]),
        ("𞤀𞤢", "1100001110", ["𞤀𞤢", "𞤀𞤢", "𞤢𞤀", "𞤢𞤢"]),
        ("𐐀", "1100101110", ["𐐀", "𐐀", "𐐨", "𐐨"]),
        ("𐐨", "1100010110", ["𐐀", "𐐀", "𐐀", "𐐨"]),
        ("\u{a0}", "0000000000", ["\u{a0}", "\u{a0}", "\u{a0}", "\u{a0}"]),
        ("\u{200b}", "0000000000", ["\u{200b}", "\u{200b}", "\u{200b}", "\u{200b}"]),
        ("\u{2028}", "0000000000", ["\u{2028}", "\u{2028}", "\u{2028}", "\u{2028}"]),
        ("\u{ad}", "0000000000", ["\u{ad}", "\u{ad}", "\u{ad}", "\u{ad}"]),
        ("\u{feff}", "0000000000", ["\u{feff}", "\u{feff}", "\u{feff}", "\u{feff}"]),
        ("\u{e0041}", "0000000000", ["\u{e0041}", "\u{e0041}", "\u{e0041}", "\u{e0041}"]),
        ("Ꟁꟁ", "1100001110", ["Ꟁꟁ", "Ꟁꟁ", "ꟁꟀ", "ꟁꟁ"]),
        ("\u{a7cb}", "0000000000", ["\u{a7cb}", "\u{a7cb}", "\u{a7cb}", "\u{a7cb}"]),
        ("\u{1c89}", "0000000000", ["\u{1c89}", "\u{1c89}", "\u{1c89}", "\u{1c89}"]),
        ("\u{1e030}", "0000000000", ["\u{1e030}", "\u{1e030}", "\u{1e030}", "\u{1e030}"]),
        ("ՠ", "1100010110", ["ՠ", "ՠ", "ՠ", "ՠ"]),
        ("ა", "1100010110", ["ა", "ა", "Ა", "ა"]),
        ("Ა", "1100101110", ["Ა", "Ა", "ა", "ა"]),
        ("переменная", "1100010110", ["Переменная", "Переменная", "ПЕРЕМЕННАЯ", "переменная"]),
        ("Переменная", "1100001110", ["Переменная", "Переменная", "пЕРЕМЕННАЯ", "переменная"]),
        ("ПЕРЕМЕННАЯ", "1100100110", ["Переменная", "Переменная", "переменная", "переменная"]),
        ("日本語", "1100000110", ["日本語", "日本語", "日本語", "日本語"]),
        ("名前", "1100000110", ["名前", "名前", "名前", "名前"]),
        ("x℘", "0000010110", ["X℘", "X℘", "X℘", "x℘"]),
        ("℘", "0000000110", ["℘", "℘", "℘", "℘"]),
        ("℮", "0000000110", ["℮", "℮", "℮", "℮"]),
        ("ª", "1100010110", ["ª", "ª", "ª", "ª"]),
        ("º", "1100010110", ["º", "º", "º", "º"]),
        ("Ⅰⅰ", "0101001110", ["Ⅰⅰ", "Ⅰⅰ", "ⅰⅠ", "ⅰⅰ"]),
        ("ⅰⅰ", "0101010110", ["Ⅰⅰ", "Ⅰⅰ", "ⅠⅠ", "ⅰⅰ"]),
        ("ǅǅ", "1100000110", ["ǅǆ", "ǅǆ", "ǅǅ", "ǆǆ"]),
        ("Aǅ", "1100000110", ["Aǆ", "Aǆ", "aǅ", "aǆ"]),
        ("A b", "0000000011", ["A b", "A B", "a B", "a b"]),
        ("a B", "0000000011", ["A b", "A B", "A b", "a b"]),
        ("A1b", "0100000111", ["A1b", "A1B", "a1B", "a1b"]),
        ("1A", "0100101011", ["1a", "1A", "1a", "1a"]),
        ("A 1", "0000101011", ["A 1", "A 1", "a 1", "a 1"]),
        ("ΣΣ Σ", "0000100010", ["Σς σ", "Σς Σ", "σς σ", "σσ σ"]),
        ("Σ.Σ", "0000101010", ["Σ.ς", "Σ.Σ", "σ.ς", "σ.σ"]),
    ];

    #[test]
    fn predicates_and_transforms_match_cpython() {
        crate::gc::init_for_tests();
        for (text, bits, transformed) in EXPECTED {
            let value = new_str(text);
            for (predicate, bit) in PREDICATES.iter().zip(bits.chars()) {
                let answer = unsafe { taipan_str_predicate(value, *predicate) };
                assert_eq!(answer, (bit == '1') as u8, "predicate {predicate} of {text:?}");
            }
            for (transform, expected) in TRANSFORMS.iter().zip(transformed) {
                let result = unsafe { taipan_str_transform(value, *transform) };
                unsafe {
                    assert_eq!(as_str(result), *expected, "transform {transform} of {text:?}");
                    assert_eq!((*result).char_length, expected.chars().count() as i64);
                    assert_eq!(is_ascii(result), expected.is_ascii());
                }
            }
        }
    }

    #[test]
    fn ascii_fast_paths_agree_with_the_general_code() {
        crate::gc::init_for_tests();
        let mut texts = vec![String::new()];
        for first in 0..128u8 {
            texts.push((first as char).to_string());
            for second in 0..128u8 {
                texts.push(format!("{}{}", first as char, second as char));
            }
        }
        texts.extend(["Hello wORLD 42", "they're", "_a1 b2_", "x.y-Z", "ABC def GHI"].map(String::from));
        for text in &texts {
            let value = new_str(text);
            for transform in TRANSFORMS {
                let result = unsafe { as_str(taipan_str_transform(value, transform)) };
                assert_eq!(result, transform_text(text, transform), "transform {transform} of {text:?}");
            }
            for predicate in PREDICATES {
                let answer = unsafe { taipan_str_predicate(value, predicate) };
                assert_eq!(answer, text_predicate(text, predicate) as u8, "predicate {predicate} of {text:?}");
            }
        }
    }

    /// For every code point `c` (but the surrogates) and `s = chr(c)`, a
    /// line of the predicates of `s` and of `s` next to letters, and of case
    /// transforms that show `c`'s mappings and whether CPython counts it as
    /// cased and case-ignorable. The expected digest is what this script
    /// prints under CPython 3.11.7 (its argument, if any, names a file to
    /// write the transcript to):
    ///
    /// ```python
    /// import sys
    /// MASK = (1 << 64) - 1
    /// FLAGS = ['isalpha', 'isalnum', 'isdecimal', 'isnumeric', 'isupper', 'islower',
    ///          'istitle', 'isidentifier', 'isprintable', 'isascii']
    /// def bits(text, flags):
    ///     return ''.join('1' if getattr(text, flag)() else '0' for flag in flags)
    /// def line(c):
    ///     s = chr(c)
    ///     pairs = ''.join(bits(t, ['isupper', 'islower', 'istitle', 'isidentifier'])
    ///                     for t in ('A' + s, s + 'a', 'a' + s))
    ///     cased = [s.capitalize(), (s + 'A' + s).title(), s.swapcase(), s.casefold(),
    ///              ('A' + s + '\u03a3').title(), ('A' + s + '\u03a3').swapcase(),
    ///              (' ' + s + '\u03a3').title(), ('A\u03a3' + s).swapcase()]
    ///     return '%x:%s%s:%s\n' % (c, bits(s, FLAGS), pairs, '|'.join(cased))
    /// text = ''.join(line(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    /// if len(sys.argv) > 1:
    ///     open(sys.argv[1], 'w').write(text)
    /// h = 0xcbf29ce484222325
    /// for b in text.encode():
    ///     h ^= b; h = (h * 0x100000001b3) & MASK
    /// print(hex(h))
    /// ```
    #[test]
    fn every_code_point_classifies_and_maps_as_in_cpython() {
        let bits = |text: &str, predicates: &[i32]| -> String {
            predicates.iter().map(|predicate| if text_predicate(text, *predicate) { '1' } else { '0' }).collect()
        };
        let pair_predicates =
            [str_predicate::ISUPPER, str_predicate::ISLOWER, str_predicate::ISTITLE, str_predicate::ISIDENTIFIER];
        let mut hash: u64 = 0xcbf29ce484222325;
        let mut transcript = std::env::var("TAIPAN_STR_TRANSCRIPT").ok().map(|path| (path, String::new()));
        for c in (0..0x110000u32).filter_map(char::from_u32) {
            let s = c.to_string();
            let mut line = format!("{:x}:{}", c as u32, bits(&s, &PREDICATES));
            for text in [format!("A{s}"), format!("{s}a"), format!("a{s}")] {
                line.push_str(&bits(&text, &pair_predicates));
            }
            let cased = [
                transform_text(&s, str_transform::CAPITALIZE),
                transform_text(&format!("{s}A{s}"), str_transform::TITLE),
                transform_text(&s, str_transform::SWAPCASE),
                transform_text(&s, str_transform::CASEFOLD),
                transform_text(&format!("A{s}Σ"), str_transform::TITLE),
                transform_text(&format!("A{s}Σ"), str_transform::SWAPCASE),
                transform_text(&format!(" {s}Σ"), str_transform::TITLE),
                transform_text(&format!("AΣ{s}"), str_transform::SWAPCASE),
            ];
            line.push(':');
            line.push_str(&cased.join("|"));
            line.push('\n');
            for byte in line.bytes() {
                hash ^= byte as u64;
                hash = hash.wrapping_mul(0x100000001b3);
            }
            if let Some((_, text)) = transcript.as_mut() {
                text.push_str(&line);
            }
        }
        if let Some((path, text)) = transcript {
            std::fs::write(path, text).unwrap();
        }
        assert_eq!(hash, 0x107c41d1ff7ba141, "set TAIPAN_STR_TRANSCRIPT to a file name to compare with CPython's");
    }

    #[test]
    fn zfill_matches_cpython() {
        crate::gc::init_for_tests();
        // Expected values from CPython 3.11: `text.zfill(width)` for each width.
        let widths = [-1, 0, 1, 2, 3, 5, 8];
        let expected: &[(&str, [&str; 7])] = &[
            ("42", ["42", "42", "42", "42", "042", "00042", "00000042"]),
            ("-42", ["-42", "-42", "-42", "-42", "-42", "-0042", "-0000042"]),
            ("+42", ["+42", "+42", "+42", "+42", "+42", "+0042", "+0000042"]),
            ("", ["", "", "0", "00", "000", "00000", "00000000"]),
            ("-", ["-", "-", "-", "-0", "-00", "-0000", "-0000000"]),
            ("+", ["+", "+", "+", "+0", "+00", "+0000", "+0000000"]),
            ("abc", ["abc", "abc", "abc", "abc", "abc", "00abc", "00000abc"]),
            ("--5", ["--5", "--5", "--5", "--5", "--5", "-00-5", "-00000-5"]),
            ("+-5", ["+-5", "+-5", "+-5", "+-5", "+-5", "+00-5", "+00000-5"]),
            ("a-5", ["a-5", "a-5", "a-5", "a-5", "a-5", "00a-5", "00000a-5"]),
            (" -5", [" -5", " -5", " -5", " -5", " -5", "00 -5", "00000 -5"]),
            ("-é", ["-é", "-é", "-é", "-é", "-0é", "-000é", "-000000é"]),
            ("é", ["é", "é", "é", "0é", "00é", "0000é", "0000000é"]),
            ("٣", ["٣", "٣", "٣", "0٣", "00٣", "0000٣", "0000000٣"]),
            ("-٣", ["-٣", "-٣", "-٣", "-٣", "-0٣", "-000٣", "-000000٣"]),
            ("ß", ["ß", "ß", "ß", "0ß", "00ß", "0000ß", "0000000ß"]),
            ("3.14", ["3.14", "3.14", "3.14", "3.14", "3.14", "03.14", "00003.14"]),
            ("-0", ["-0", "-0", "-0", "-0", "-00", "-0000", "-0000000"]),
        ];
        for (text, results) in expected {
            let value = new_str(text);
            for (width, result) in widths.iter().zip(results) {
                let padded = unsafe { taipan_str_zfill(value, *width) };
                unsafe {
                    assert_eq!(as_str(padded), *result, "{text:?}.zfill({width})");
                    assert_eq!((*padded).char_length, result.chars().count() as i64);
                    assert_eq!(is_ascii(padded), result.is_ascii());
                }
            }
        }
    }
}
