//! The str operations that produce or consume lists of strs (`join`,
//! `split`/`rsplit`, `splitlines`) and str slicing, with CPython's exact
//! splitting rules.
//!
//! Lists made here have the runtime's own str descriptor
//! (`values::STR_DESCRIPTOR`); descriptors are compared by structure, so
//! generated code treats them like its own `list[str]`.

use crate::exceptions::{out_of_memory, raise};
use crate::lists::{adjust_slice, items, new_list_from, taipan_list_append, taipan_list_new};
use crate::strings::{as_bytes, as_str, is_python_space, new_str, new_str_filled};
use crate::values::STR_DESCRIPTOR;
use taipan_abi::{str_flags, ExceptionKind, ListRef, SplitCursor, StrRef, SPLIT_FINISHED};

unsafe fn is_ascii(value: StrRef) -> bool {
    (*value).header.flags & str_flags::ASCII != 0
}

/// A new, empty `list[str]`.
unsafe fn new_str_list() -> ListRef {
    taipan_list_new(0, &STR_DESCRIPTOR)
}

/// A new, empty `list[str]` with room for `capacity` fields (CPython's
/// `split` preallocates twelve), so short splits never regrow the buffer.
unsafe fn new_str_list_with_room(capacity: usize) -> ListRef {
    crate::lists::new_list_with_capacity(0, capacity, &STR_DESCRIPTOR)
}

/// `text.split(separator)` for a one-byte separator with no limit: the
/// fields are counted first (a vectorised byte count), so the list is
/// allocated once at its final size, and fields of ASCII text are known to
/// be ASCII.
unsafe fn split_on_byte(text: &str, separator: u8, ascii: bool) -> ListRef {
    let fields = text.as_bytes().iter().filter(|byte| **byte == separator).count() + 1;
    let list = new_str_list_with_room(fields);
    // Splitting on a char pattern finds each separator with memchr.
    for field in text.split(separator as char) {
        taipan_list_append(list, field_str(field, ascii) as u64);
    }
    list
}

unsafe fn push(list: ListRef, text: &str) {
    taipan_list_append(list, new_str(text) as u64);
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_join(separator: StrRef, items_list: ListRef) -> StrRef {
    let parts = items(items_list);
    match parts.len() {
        0 => return new_str(""),
        // CPython returns the only item itself.
        1 => return parts[0] as StrRef,
        _ => {}
    }
    let separator_bytes = as_bytes(separator);
    let mut byte_length = separator_bytes.len() * (parts.len() - 1);
    let mut char_length = (*separator).char_length as usize * (parts.len() - 1);
    let mut ascii = is_ascii(separator);
    for part in parts.iter() {
        let part = *part as StrRef;
        byte_length = byte_length.checked_add((*part).byte_length as usize).unwrap_or_else(|| out_of_memory());
        char_length += (*part).char_length as usize;
        ascii &= is_ascii(part);
    }
    new_str_filled(byte_length, char_length, ascii, |out| {
        let mut offset = 0;
        for (index, part) in parts.iter().enumerate() {
            if index > 0 {
                out[offset..offset + separator_bytes.len()].copy_from_slice(separator_bytes);
                offset += separator_bytes.len();
            }
            let bytes = as_bytes(*part as StrRef);
            out[offset..offset + bytes.len()].copy_from_slice(bytes);
            offset += bytes.len();
        }
    })
}

/// Python's whitespace among ASCII bytes (`str.isspace`): `\t \n \v \f \r`,
/// the separators `\x1c`-`\x1f` and the space.
fn is_ascii_python_space(byte: u8) -> bool {
    ASCII_PYTHON_SPACE[byte as usize]
}

/// `is_ascii_python_space` as a table: one load per byte in the split loops.
static ASCII_PYTHON_SPACE: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = matches!(byte as u8, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | 0x1c..=0x1f | b' ');
        byte += 1;
    }
    table
};


/// The next field of a left-to-right `split`, with CPython's rules: with no
/// separator, runs of whitespace separate fields and produce no empty ones,
/// and after the last allowed split the rest, less its leading whitespace,
/// is the last field; with a separator, every occurrence separates two
/// fields, which may be empty.
fn next_field<'t>(text: &'t str, ascii: bool, separator: Option<&str>, cursor: &mut SplitCursor) -> Option<&'t str> {
    if cursor.position == SPLIT_FINISHED {
        return None;
    }
    let rest = &text[cursor.position as usize..];
    let Some(separator) = separator else {
        // Whitespace: ASCII text by the byte, other text by the char.
        let skipped = if ascii {
            rest.bytes().position(|byte| !is_ascii_python_space(byte)).unwrap_or(rest.len())
        } else {
            rest.len() - rest.trim_start_matches(crate::strings::is_python_space).len()
        };
        let rest = &rest[skipped..];
        if rest.is_empty() {
            cursor.position = SPLIT_FINISHED;
            return None;
        }
        if cursor.splits_left == 0 {
            cursor.position = SPLIT_FINISHED;
            return Some(rest);
        }
        let length = if ascii {
            rest.bytes().position(is_ascii_python_space).unwrap_or(rest.len())
        } else {
            rest.find(crate::strings::is_python_space).unwrap_or(rest.len())
        };
        cursor.position += (skipped + length) as i64;
        cursor.splits_left -= (cursor.splits_left > 0) as i64;
        return Some(&rest[..length]);
    };
    let found = match (cursor.splits_left, separator.as_bytes()) {
        (0, _) => None,
        // A one-byte separator is ASCII: a char pattern, found with memchr
        // (a str pattern sets up a two-way searcher on every call).
        (_, [byte]) => rest.find(*byte as char),
        _ => rest.find(separator),
    };
    match found {
        Some(length) => {
            cursor.position += (length + separator.len()) as i64;
            cursor.splits_left -= (cursor.splits_left > 0) as i64;
            Some(&rest[..length])
        }
        None => {
            cursor.position = SPLIT_FINISHED;
            Some(rest)
        }
    }
}

/// A new str holding `field` of a str whose ASCII flag is `ascii`.
unsafe fn field_str(field: &str, ascii: bool) -> StrRef {
    if ascii {
        crate::strings::new_ascii_str(field.as_bytes())
    } else {
        new_str(field)
    }
}

/// The next field of `for field in value.split(separator, ...)`, or null
/// when there is none. A null separator splits on whitespace.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_split_next(value: StrRef, separator: StrRef, cursor: *mut SplitCursor) -> StrRef {
    if separator.is_null() && is_ascii(value) && (*cursor).splits_left < 0 && (*cursor).position != SPLIT_FINISHED {
        // The usual `for word in line.split()`: ASCII text, no limit. The
        // same rules as `next_field`, without its general bookkeeping.
        let bytes = as_bytes(value);
        let mut position = (*cursor).position as usize;
        while position < bytes.len() && is_ascii_python_space(bytes[position]) {
            position += 1;
        }
        if position == bytes.len() {
            (*cursor).position = SPLIT_FINISHED;
            return std::ptr::null_mut();
        }
        let start = position;
        let position = crate::ascii_words::ascii_word_end(bytes, position, is_ascii_python_space);
        (*cursor).position = position as i64;
        let field = &bytes[start..position];
        return crate::strings::str_in_scratch_or_new(field, field.len(), true, (*cursor).scratch);
    }
    let separator = if separator.is_null() { None } else { Some(as_str(separator)) };
    if separator == Some("") {
        raise(ExceptionKind::ValueError, "empty separator");
    }
    match next_field(as_str(value), is_ascii(value), separator, &mut *cursor) {
        Some(field) if is_ascii(value) => crate::strings::str_in_scratch_or_new(field.as_bytes(), field.len(), true, (*cursor).scratch),
        Some(field) => crate::strings::str_in_scratch_or_new(field.as_bytes(), field.chars().count(), false, (*cursor).scratch),
        None => std::ptr::null_mut(),
    }
}

/// CPython's `rsplit_whitespace`, the mirror image of `split_whitespace`;
/// fields are pushed right to left.
unsafe fn rsplit_whitespace(list: ListRef, text: &str, mut max_split: usize) {
    let mut rest = text;
    while max_split > 0 {
        rest = rest.trim_end_matches(is_python_space);
        if rest.is_empty() {
            return;
        }
        let start = rest.rfind(is_python_space).map(|index| index + rest[index..].chars().next().unwrap().len_utf8());
        let start = start.unwrap_or(0);
        push(list, &rest[start..]);
        rest = &rest[..start];
        max_split -= 1;
    }
    let rest = rest.trim_end_matches(is_python_space);
    if !rest.is_empty() {
        push(list, rest);
    }
}

/// `str.split(sep, maxsplit)` (`from_right` false) or `str.rsplit`. A null
/// separator splits on whitespace runs; a negative `max_split` means no limit.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_split(value: StrRef, separator: StrRef, max_split: i64, from_right: u8) -> ListRef {
    let text = as_str(value);
    let max_split = if max_split < 0 { usize::MAX } else { max_split as usize };
    if !separator.is_null() && (*separator).byte_length == 1 && max_split == usize::MAX {
        return split_on_byte(as_str(value), as_bytes(separator)[0], is_ascii(value));
    }
    if separator.is_null() && from_right != 0 {
        let list = new_str_list_with_room(12);
        rsplit_whitespace(list, text, max_split);
        crate::lists::taipan_list_reverse(list);
        return list;
    }
    let separator_text = if separator.is_null() { None } else { Some(as_str(separator)) };
    if separator_text == Some("") {
        raise(ExceptionKind::ValueError, "empty separator");
    }
    // CPython's `split` preallocates twelve slots, so short splits never
    // regrow the buffer.
    let list = new_str_list_with_room(12);
    if let (Some(separator_text), true) = (separator_text, from_right != 0) {
        let mut fields: Vec<&str> = text.rsplitn(max_split.saturating_add(1), separator_text).collect();
        fields.reverse();
        for field in fields {
            push(list, field);
        }
        return list;
    }
    let ascii = is_ascii(value);
    let splits_left = if max_split == usize::MAX { -1 } else { max_split as i64 };
    let mut cursor = SplitCursor { position: 0, splits_left, scratch: std::ptr::null_mut() };
    while let Some(field) = next_field(text, ascii, separator_text, &mut cursor) {
        taipan_list_append(list, field_str(field, ascii) as u64);
    }
    list
}

/// CPython's line boundaries for `str.splitlines`.
fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_splitlines(value: StrRef, keep_ends: u8) -> ListRef {
    let text = as_str(value);
    let list = new_str_list();
    let mut line_start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut after = offset + c.len_utf8();
        // "\r\n" is one line break.
        if c == '\r' && matches!(chars.peek(), Some((_, '\n'))) {
            chars.next();
            after += 1;
        }
        let line_end = if keep_ends != 0 { after } else { offset };
        push(list, &text[line_start..line_end]);
        line_start = after;
    }
    if line_start < text.len() {
        push(list, &text[line_start..]);
    }
    list
}

/// `value[start:stop:step]` on code points; `ABSENT_INT` marks an omitted
/// bound.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_slice(value: StrRef, start: i64, stop: i64, step: i64) -> StrRef {
    let length = (*value).char_length;
    let (start, _, step, count) = adjust_slice(length, start, stop, step);
    if count <= 0 {
        return new_str("");
    }
    if step == 1 && count == length {
        return value;
    }
    let count = count as usize;
    if is_ascii(value) {
        let bytes = as_bytes(value);
        return new_str_filled(count, count, true, |out| {
            if step == 1 {
                out.copy_from_slice(&bytes[start as usize..start as usize + count]);
            } else {
                for (index, byte) in out.iter_mut().enumerate() {
                    *byte = bytes[(start + index as i64 * step) as usize];
                }
            }
        });
    }
    let text = as_str(value);
    if step == 1 {
        let mut offsets = text.char_indices().map(|(offset, _)| offset).chain(std::iter::once(text.len()));
        let begin = offsets.nth(start as usize).expect("start is within the string");
        let end = offsets.nth(count - 1).expect("stop is within the string");
        return new_str(&text[begin..end]);
    }
    // A code point buffer holds no object pointers, so Rust memory is fine.
    let chars: Vec<char> = text.chars().collect();
    let selected: String = (0..count).map(|index| chars[(start + index as i64 * step) as usize]).collect();
    new_str(&selected)
}

/// A `list[str]` of the given texts, for tests and callers that build lists.
pub unsafe fn str_list_from(texts: &[&str]) -> ListRef {
    let slots: Vec<u64> = texts.iter().map(|text| new_str(text) as u64).collect();
    new_list_from(&slots, &STR_DESCRIPTOR)
}

#[cfg(test)]
mod tests {
    use super::*;
    use taipan_abi::ABSENT_INT as A;

    fn texts(list: ListRef) -> Vec<String> {
        unsafe { items(list).iter().map(|item| as_str(*item as StrRef).to_string()).collect() }
    }

    fn split(text: &str, separator: Option<&str>, max_split: i64, from_right: bool) -> Vec<String> {
        crate::gc::init_for_tests();
        unsafe {
            let separator = separator.map(new_str).unwrap_or(std::ptr::null());
            texts(taipan_str_split(new_str(text), separator, max_split, from_right as u8))
        }
    }

    #[test]
    fn split_follows_cpython() {
        // Expected values from CPython 3.11.
        assert_eq!(split("  a b\u{3000}c  ", None, -1, false), ["a", "b", "c"]);
        assert_eq!(split("  a b c  ", None, 1, false), ["a", "b c  "]);
        assert_eq!(split("  a b c  ", None, 1, true), ["  a b", "c"]);
        assert_eq!(split("  a b c  ", None, 0, false), ["a b c  "]);
        assert_eq!(split("  a b c  ", None, 0, true), ["  a b c"]);
        assert_eq!(split("   ", None, -1, false), Vec::<String>::new());
        assert_eq!(split("", None, -1, true), Vec::<String>::new());
        assert_eq!(split("a,,b,", Some(","), -1, false), ["a", "", "b", ""]);
        assert_eq!(split("a,,b,", Some(","), 1, false), ["a", ",b,"]);
        assert_eq!(split("a,,b,", Some(","), 1, true), ["a,,b", ""]);
        assert_eq!(split("", Some(","), -1, false), [""]);
        assert_eq!(split("aaa", Some("aa"), -1, false), ["", "a"]);
        assert_eq!(split("aaa", Some("aa"), -1, true), ["a", ""]);
        assert_eq!(split("x\u{e9}y\u{e9}z", Some("\u{e9}"), -1, true), ["x", "y", "z"]);
    }

    #[test]
    fn splitlines_follows_cpython() {
        crate::gc::init_for_tests();
        unsafe {
            let text = new_str("a\nb\r\nc\rd\u{2028}e\x0c\n\nf");
            assert_eq!(texts(taipan_str_splitlines(text, 0)), ["a", "b", "c", "d", "e", "", "", "f"]);
            assert_eq!(
                texts(taipan_str_splitlines(text, 1)),
                ["a\n", "b\r\n", "c\r", "d\u{2028}", "e\x0c", "\n", "\n", "f"]
            );
            assert_eq!(texts(taipan_str_splitlines(new_str("x\n"), 0)), ["x"]);
            assert_eq!(texts(taipan_str_splitlines(new_str(""), 0)), Vec::<String>::new());
        }
    }

    #[test]
    fn join_and_slice_follow_cpython() {
        crate::gc::init_for_tests();
        unsafe {
            let joined = taipan_str_join(new_str(", "), str_list_from(&["a", "\u{e9}", "c"]));
            assert_eq!(as_str(joined), "a, \u{e9}, c");
            assert_eq!((*joined).char_length, 7);
            assert!(!is_ascii(joined));
            let joined = taipan_str_join(new_str("-"), str_list_from(&["ab", "cd"]));
            assert_eq!(as_str(joined), "ab-cd");
            assert!(is_ascii(joined));
            assert_eq!(as_str(taipan_str_join(new_str("-"), str_list_from(&[]))), "");

            let ascii = new_str("0123456789");
            let slice = |value, start, stop, step| as_str(taipan_str_slice(value, start, stop, step)).to_string();
            assert_eq!(slice(ascii, 2, 5, A), "234");
            assert_eq!(slice(ascii, A, A, -2), "97531");
            assert_eq!(slice(ascii, -3, A, A), "789");
            assert_eq!(slice(ascii, 8, 2, -3), "85");
            assert_eq!(slice(ascii, 5, 2, A), "");
            let wide = new_str("h\u{e9}llo w\u{f6}rld");
            assert_eq!(slice(wide, 1, 4, A), "\u{e9}ll");
            assert_eq!(slice(wide, A, A, -1), "dlr\u{f6}w oll\u{e9}h");
            assert_eq!(slice(wide, 1, A, 3), "\u{e9}o\u{f6}d");
            assert_eq!((*taipan_str_slice(wide, 1, 4, A)).char_length, 3);
        }
    }
}
