//! str objects: allocation, conversion, comparison and the str methods.
//!
//! A str is UTF-8 plus its length in code points (`taipan_abi::StrObject`).
//! Indices in Python's API count code points; for ASCII strings (flagged at
//! creation) code point and byte offsets are the same, which makes indexing an
//! ASCII string O(1). Character classes (`isdigit`, `isspace`, printable for
//! `repr`) come from tables generated from CPython itself.

use crate::ascii_words::{any_word, bytes_equal, lowercase_letters, map_words, uppercase_letters};
use crate::exceptions::raise;
use crate::unicode_tables::{in_ranges, ISDIGIT, ISSPACE, NONPRINTABLE};
use taipan_abi::{find_mode, justify_mode, str_flags, strip_mode, type_tag, ExceptionKind, ObjectHeader, ScratchStr, StrObject, StrRef, ABSENT_INT, SCRATCH_STR_CAPACITY};

pub unsafe fn as_bytes<'a>(value: StrRef) -> &'a [u8] {
    let object = &*value;
    std::slice::from_raw_parts(object.data, object.byte_length as usize)
}

pub unsafe fn as_str<'a>(value: StrRef) -> &'a str {
    std::str::from_utf8_unchecked(as_bytes(value))
}

pub(crate) unsafe fn is_ascii(value: StrRef) -> bool {
    (*value).header.flags & str_flags::ASCII != 0
}

unsafe fn char_length(value: StrRef) -> i64 {
    (*value).char_length
}

/// Copies `text` into a new collected str object.
pub fn new_str(text: &str) -> StrRef {
    let ascii = text.is_ascii();
    let char_length = if ascii { text.len() } else { text.chars().count() };
    unsafe {
        new_str_filled(text.len(), char_length, ascii, |bytes| bytes.copy_from_slice(text.as_bytes()))
    }
}

/// A new collected str of `byte_length` bytes written by `fill`, which must
/// write valid UTF-8 of `char_length` code points (ASCII when `ascii`).
/// Building results in place saves a temporary Rust `String` and a copy.
pub unsafe fn new_str_filled(byte_length: usize, char_length: usize, ascii: bool, fill: impl FnOnce(&mut [u8])) -> StrRef {
    let header_size = std::mem::size_of::<StrObject>();
    let block = crate::gc::allocate_atomic(header_size + byte_length.max(1));
    let data = block.add(header_size);
    fill(std::slice::from_raw_parts_mut(data, byte_length));
    let object = block as *mut StrObject;
    object.write(StrObject {
        header: ObjectHeader { type_tag: type_tag::STR, flags: if ascii { str_flags::ASCII } else { 0 } },
        byte_length: byte_length as i64,
        char_length: char_length as i64,
        data,
        hash: taipan_abi::STR_HASH_UNKNOWN,
    });
    object
}

/// A new ASCII str holding a copy of `bytes`, which must be ASCII. Short
/// texts (words, keys) are copied with a few overlapping word moves rather
/// than a call to `memcpy`, which costs more than the copy for them.
pub unsafe fn new_ascii_str(bytes: &[u8]) -> StrRef {
    new_str_filled(bytes.len(), bytes.len(), true, |out| copy_short(out, bytes))
}

/// A str of `bytes` (UTF-8 of `char_length` code points, ASCII when
/// `ascii`): built in `scratch` when there is one and the bytes fit, else a
/// new collected str. The caller guarantees that whatever `scratch` held
/// before is dead (see `taipan_abi::ScratchStr`).
#[inline]
pub unsafe fn str_in_scratch_or_new(bytes: &[u8], char_length: usize, ascii: bool, scratch: *mut ScratchStr) -> StrRef {
    if scratch.is_null() || bytes.len() > SCRATCH_STR_CAPACITY {
        return new_str_of(bytes, char_length, ascii);
    }
    let data = std::ptr::addr_of_mut!((*scratch).bytes) as *mut u8;
    copy_short(std::slice::from_raw_parts_mut(data, bytes.len()), bytes);
    let flags = str_flags::SCRATCH | if ascii { str_flags::ASCII } else { 0 };
    let object = std::ptr::addr_of_mut!((*scratch).object);
    object.write(StrObject {
        header: ObjectHeader { type_tag: type_tag::STR, flags },
        byte_length: bytes.len() as i64,
        char_length: char_length as i64,
        data,
        hash: taipan_abi::STR_HASH_UNKNOWN,
    });
    object
}

/// A new collected str of `bytes` (UTF-8 of `char_length` code points,
/// ASCII when `ascii`); kept out of line so that callers' fast paths stay
/// small.
#[inline(never)]
unsafe fn new_str_of(bytes: &[u8], char_length: usize, ascii: bool) -> StrRef {
    if ascii {
        new_ascii_str(bytes)
    } else {
        new_str_filled(bytes.len(), char_length, false, |out| out.copy_from_slice(bytes))
    }
}

/// Whether `value` is some local's `ScratchStr`.
#[inline]
pub unsafe fn is_scratch(value: StrRef) -> bool {
    (*value).header.flags & str_flags::SCRATCH != 0
}

/// `value` where it may be kept: a heap copy of a scratch str (with its
/// hash, if known), the str itself otherwise.
pub unsafe fn owned_str(value: StrRef) -> StrRef {
    if !is_scratch(value) {
        return value;
    }
    let bytes = as_bytes(value);
    let copy = new_str_filled(bytes.len(), (*value).char_length as usize, is_ascii(value), |out| copy_short(out, bytes));
    (*(copy as *mut StrObject)).hash = (*value).hash;
    copy
}

/// `out.copy_from_slice(bytes)`, fast for short slices.
#[inline]
pub fn copy_short(out: &mut [u8], bytes: &[u8]) {
    let length = bytes.len();
    assert_eq!(out.len(), length);
    let source = bytes.as_ptr();
    let target = out.as_mut_ptr();
    // SAFETY: every read and write below lies within the `length` bytes of
    // `bytes` and `out`; the pairs overlap in the middle when the length is
    // not a multiple of the word size.
    unsafe {
        match length {
            0 => {}
            1 => *target = *source,
            2..=3 => {
                std::ptr::write_unaligned(target as *mut u16, std::ptr::read_unaligned(source as *const u16));
                std::ptr::write_unaligned(target.add(length - 2) as *mut u16, std::ptr::read_unaligned(source.add(length - 2) as *const u16));
            }
            4..=7 => {
                std::ptr::write_unaligned(target as *mut u32, std::ptr::read_unaligned(source as *const u32));
                std::ptr::write_unaligned(target.add(length - 4) as *mut u32, std::ptr::read_unaligned(source.add(length - 4) as *const u32));
            }
            8..=16 => {
                std::ptr::write_unaligned(target as *mut u64, std::ptr::read_unaligned(source as *const u64));
                std::ptr::write_unaligned(target.add(length - 8) as *mut u64, std::ptr::read_unaligned(source.add(length - 8) as *const u64));
            }
            _ => out.copy_from_slice(bytes),
        }
    }
}

/// The 128 one-character ASCII strs, shared like CPython's cached
/// single-character strings, so indexing and iterating ASCII text allocates
/// nothing.
struct AsciiTable([StrObject; 128]);

// The table is immutable and its pointers point into a static.
unsafe impl Sync for AsciiTable {}

static ASCII_BYTES: [u8; 128] = {
    let mut bytes = [0u8; 128];
    let mut index = 0;
    while index < 128 {
        bytes[index] = index as u8;
        index += 1;
    }
    bytes
};

static ASCII_STRS: AsciiTable = AsciiTable({
    const EMPTY: StrObject = StrObject {
        header: ObjectHeader { type_tag: type_tag::STR, flags: str_flags::ASCII | str_flags::STATIC },
        byte_length: 1,
        char_length: 1,
        data: std::ptr::null(),
        hash: 0,
    };
    let mut table = [EMPTY; 128];
    let mut index = 0;
    while index < 128 {
        table[index].data = unsafe { ASCII_BYTES.as_ptr().add(index) };
        table[index].hash = taipan_abi::str_hash(&[index as u8]);
        index += 1;
    }
    table
});

/// A str holding the one character `c` (`text` is its UTF-8).
fn single_char(c: char, text: &str) -> StrRef {
    if c.is_ascii() {
        &ASCII_STRS.0[c as usize]
    } else {
        new_str(text)
    }
}

pub fn is_python_space(c: char) -> bool {
    in_ranges(ISSPACE, c)
}

/// `repr(s)`: CPython's quoting and escaping rules.
pub fn repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x7f => out.push(c),
            c if in_ranges(NONPRINTABLE, c) => {
                let code = c as u32;
                if code <= 0xff {
                    out.push_str(&format!("\\x{code:02x}"));
                } else if code <= 0xffff {
                    out.push_str(&format!("\\u{code:04x}"));
                } else {
                    out.push_str(&format!("\\U{code:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// Byte offset of code point `index` (0..=char_length) in `value`.
unsafe fn byte_offset(value: StrRef, index: i64) -> usize {
    if is_ascii(value) {
        return index as usize;
    }
    let text = as_str(value);
    text.char_indices().nth(index as usize).map(|(offset, _)| offset).unwrap_or(text.len())
}

/// Code point index of byte offset `offset`.
fn char_index(text: &str, ascii: bool, offset: usize) -> i64 {
    if ascii {
        offset as i64
    } else {
        text[..offset].chars().count() as i64
    }
}

/// CPython's `ADJUST_INDICES` for the `start`/`end` arguments of str methods:
/// negative values count from the end (and stop at 0); `end` is capped at the
/// length, but `start` is not, so a start past the end makes the range empty.
fn adjust_bounds(start: i64, end: i64, length: i64) -> (i64, i64) {
    let start = if start == ABSENT_INT {
        0
    } else if start < 0 {
        (start + length).max(0)
    } else {
        start
    };
    let end = if end == ABSENT_INT || end > length {
        length
    } else if end < 0 {
        (end + length).max(0)
    } else {
        end
    };
    (start, end)
}

#[no_mangle]
pub extern "C-unwind" fn taipan_str_from_int(value: i64) -> StrRef {
    let mut digits = [0u8; 24];
    let bytes = crate::numbers::format_int(value, &mut digits);
    unsafe { new_str_filled(bytes.len(), bytes.len(), true, |out| out.copy_from_slice(bytes)) }
}

#[no_mangle]
pub extern "C-unwind" fn taipan_str_from_float(value: f64) -> StrRef {
    new_str(&crate::float_repr::float_repr(value))
}


#[no_mangle]
pub extern "C-unwind" fn taipan_str_from_bool(value: u8) -> StrRef {
    new_str(if value != 0 { "True" } else { "False" })
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_repr(value: StrRef) -> StrRef {
    new_str(&repr(as_str(value)))
}

/// The header of a growable buffer, directly before its bytes. `used` bytes
/// hold data; the longest str over the buffer ends there. Appending to that
/// str writes past `used` and makes a new, longer str object over the same
/// bytes: every older str still sees exactly its own prefix, so strs stay
/// immutable without reference counts. This makes `s += t` in a loop
/// amortised O(len) as in CPython, instead of copying `s` every time.
#[repr(C)]
struct StrBuffer {
    used: usize,
    capacity: usize,
}

const MINIMUM_BUFFER: usize = 64;

unsafe fn buffer_of(value: StrRef) -> Option<*mut StrBuffer> {
    if (*value).header.flags & str_flags::GROWABLE == 0 {
        return None;
    }
    Some(((*value).data as *mut u8).sub(std::mem::size_of::<StrBuffer>()) as *mut StrBuffer)
}

/// A str object (scanned by the collector, since it points into the buffer)
/// viewing the first `byte_length` bytes at `data`.
fn growable_view(data: *const u8, byte_length: usize, char_length: i64, ascii: bool) -> StrRef {
    let object = crate::gc::allocate(std::mem::size_of::<StrObject>()) as *mut StrObject;
    let flags = str_flags::GROWABLE | if ascii { str_flags::ASCII } else { 0 };
    unsafe {
        object.write(StrObject {
            header: ObjectHeader { type_tag: type_tag::STR, flags },
            byte_length: byte_length as i64,
            char_length,
            data,
            hash: taipan_abi::STR_HASH_UNKNOWN,
        });
    }
    object
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_concat(left: StrRef, right: StrRef) -> StrRef {
    if (*left).byte_length == 0 {
        return right;
    }
    if (*right).byte_length == 0 {
        return left;
    }
    let left_length = (*left).byte_length as usize;
    let right_bytes = as_bytes(right);
    let total = left_length + right_bytes.len();
    let char_length = (*left).char_length + (*right).char_length;
    let ascii = is_ascii(left) && is_ascii(right);
    if let Some(buffer) = buffer_of(left) {
        let at_end = (*buffer).used == left_length;
        if at_end && (*buffer).capacity >= total {
            let data = (*left).data as *mut u8;
            std::ptr::copy_nonoverlapping(right_bytes.as_ptr(), data.add(left_length), right_bytes.len());
            (*buffer).used = total;
            return growable_view(data, total, char_length, ascii);
        }
    }
    let capacity = (total * 2).max(MINIMUM_BUFFER);
    let header_size = std::mem::size_of::<StrBuffer>();
    let block = crate::gc::allocate_atomic(header_size + capacity);
    let buffer = block as *mut StrBuffer;
    buffer.write(StrBuffer { used: total, capacity });
    let data = block.add(header_size);
    std::ptr::copy_nonoverlapping((*left).data, data, left_length);
    std::ptr::copy_nonoverlapping(right_bytes.as_ptr(), data.add(left_length), right_bytes.len());
    growable_view(data, total, char_length, ascii)
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_repeat(value: StrRef, count: i64) -> StrRef {
    if count <= 0 {
        return new_str("");
    }
    if count == 1 || (*value).byte_length == 0 {
        return value;
    }
    let length = (*value).byte_length;
    let Some(total) = length.checked_mul(count) else {
        raise(ExceptionKind::OverflowError, "repeated string is too long");
    };
    // Built in collector memory: a size the machine cannot hold is a
    // MemoryError, as in CPython, not an abort.
    let bytes = as_bytes(value);
    new_str_filled(total as usize, ((*value).char_length * count) as usize, is_ascii(value), |out| {
        for chunk in out.chunks_exact_mut(bytes.len()) {
            chunk.copy_from_slice(bytes);
        }
    })
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_compare(left: StrRef, right: StrRef) -> i32 {
    // UTF-8 byte order is code point order.
    match as_bytes(left).cmp(as_bytes(right)) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_equal(left: StrRef, right: StrRef) -> u8 {
    (left == right || bytes_equal(as_bytes(left), as_bytes(right))) as u8
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_contains(haystack: StrRef, needle: StrRef) -> u8 {
    as_str(haystack).contains(as_str(needle)) as u8
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_get_item(value: StrRef, index: i64) -> StrRef {
    let length = char_length(value);
    let position = if index < 0 { index + length } else { index };
    if position < 0 || position >= length {
        raise(ExceptionKind::IndexError, "string index out of range");
    }
    let start = byte_offset(value, position);
    let text = as_str(value);
    let c = text[start..].chars().next().expect("index is in range");
    single_char(c, &text[start..start + c.len_utf8()])
}

/// The code point starting at `*byte_offset`, advancing the offset; null at
/// the end. Drives `for c in s`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_next_char(value: StrRef, byte_offset: *mut i64) -> StrRef {
    let text = as_str(value);
    let offset = *byte_offset as usize;
    match text[offset..].chars().next() {
        Some(c) => {
            *byte_offset = (offset + c.len_utf8()) as i64;
            single_char(c, &text[offset..offset + c.len_utf8()])
        }
        None => std::ptr::null(),
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_upper(value: StrRef) -> StrRef {
    if is_ascii(value) {
        let bytes = as_bytes(value);
        if !any_word(bytes, |word| lowercase_letters(word) != 0) {
            return value;
        }
        return new_str_filled(bytes.len(), bytes.len(), true, |out| map_words(bytes, out, |word| word & !lowercase_letters(word)));
    }
    new_str(&as_str(value).to_uppercase())
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_lower(value: StrRef) -> StrRef {
    if is_ascii(value) {
        let bytes = as_bytes(value);
        // Already lower case: the same (immutable) str, as nothing can tell
        // a copy from the original (strs have no identity test here).
        if !any_word(bytes, |word| uppercase_letters(word) != 0) {
            return value;
        }
        return new_str_filled(bytes.len(), bytes.len(), true, |out| map_words(bytes, out, |word| word | uppercase_letters(word)));
    }
    new_str(&as_str(value).to_lowercase())
}

/// `value.upper()` (when `upper` is 1) or `value.lower()` bound to a scratch
/// local: built in the local's `buffer` when the str is ASCII and fits
/// (`value` may be that buffer itself), else as `taipan_str_upper` and
/// `taipan_str_lower` make it.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_case_into(value: StrRef, buffer: *mut ScratchStr, upper: u8) -> StrRef {
    let length = (*value).byte_length as usize;
    if !is_ascii(value) || length > SCRATCH_STR_CAPACITY {
        return if upper != 0 { taipan_str_upper(value) } else { taipan_str_lower(value) };
    }
    if upper != 0 {
        map_into_scratch(value, buffer, |word| word & !lowercase_letters(word))
    } else {
        map_into_scratch(value, buffer, |word| word | uppercase_letters(word))
    }
}

/// The ASCII `value` (of at most `SCRATCH_STR_CAPACITY` bytes), each word
/// mapped by `map` (which must keep zero bytes zero), as the scratch str in
/// `buffer`, with its hash. Whole words are written,
/// which the capacity (a multiple of eight) leaves room for; each word is
/// read before it is written, so `value` may be `buffer` itself.
#[inline(always)]
unsafe fn map_into_scratch(value: StrRef, buffer: *mut ScratchStr, map: impl Fn(u64) -> u64) -> StrRef {
    const _: () = assert!(SCRATCH_STR_CAPACITY % 8 == 0);
    let length = (*value).byte_length as usize;
    let hash = (*value).hash;
    let source = (*value).data;
    let target = std::ptr::addr_of_mut!((*buffer).bytes) as *mut u8;
    let mut changed = 0;
    let mut new_hash = taipan_abi::start_str_hash(length);
    let mut offset = 0;
    while offset < length {
        let rest = length - offset;
        let word = if rest >= 8 {
            u64::from_le(std::ptr::read_unaligned(source.add(offset) as *const u64))
        } else {
            taipan_abi::padded_word(std::slice::from_raw_parts(source.add(offset), rest))
        };
        let mapped = map(word);
        changed |= mapped ^ word;
        new_hash = taipan_abi::mix_str_hash_word(new_hash, mapped);
        std::ptr::write_unaligned(target.add(offset) as *mut u64, mapped.to_le());
        offset += 8;
    }
    let object = std::ptr::addr_of_mut!((*buffer).object);
    object.write(StrObject {
        header: ObjectHeader { type_tag: type_tag::STR, flags: str_flags::SCRATCH | str_flags::ASCII },
        byte_length: length as i64,
        char_length: length as i64,
        data: target,
        // The words mapped are the str's hash words (zero stays zero), so
        // the hash comes almost for free: the result is a dict key more
        // often than not.
        hash: if changed == 0 && hash != taipan_abi::STR_HASH_UNKNOWN { hash } else { taipan_abi::finish_str_hash(new_hash) },
    });
    object
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_strip(value: StrRef, chars: StrRef, which: i32) -> StrRef {
    let text = as_str(value);
    let strip_set: Option<&str> = if chars.is_null() { None } else { Some(as_str(chars)) };
    let matches = |c: char| match strip_set {
        None => is_python_space(c),
        Some(set) => set.contains(c),
    };
    let stripped = match which {
        strip_mode::LEFT => text.trim_start_matches(matches),
        strip_mode::RIGHT => text.trim_end_matches(matches),
        _ => text.trim_matches(matches),
    };
    if stripped.len() == text.len() {
        value
    } else {
        new_str(stripped)
    }
}

/// The bytes of `value[start:end]` (code point bounds, slice semantics), or
/// `None` when `start` lies past the end, where CPython's `startswith` and
/// `endswith` answer False even for an empty affix.
unsafe fn affix_window<'a>(value: StrRef, start: i64, end: i64) -> Option<&'a [u8]> {
    let length = char_length(value);
    let (start, end) = adjust_bounds(start, end, length);
    // CPython's tailmatch: an empty or inverted range matches nothing, not
    // even the empty affix.
    if start > length || end < start {
        return None;
    }
    let bytes = as_bytes(value);
    Some(&bytes[byte_offset(value, start)..byte_offset(value, end)])
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_startswith(value: StrRef, prefix: StrRef, start: i64, end: i64) -> u8 {
    affix_window(value, start, end).is_some_and(|window| window.starts_with(as_bytes(prefix))) as u8
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_endswith(value: StrRef, suffix: StrRef, start: i64, end: i64) -> u8 {
    affix_window(value, start, end).is_some_and(|window| window.ends_with(as_bytes(suffix))) as u8
}

/// `find`, `rfind`, `index`, `rindex` and `count`, with optional `start`/`end`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_find(value: StrRef, sub: StrRef, start: i64, end: i64, mode: i32) -> i64 {
    let length = char_length(value);
    let (start, end) = adjust_bounds(start, end, length);
    let not_found = || -> i64 {
        match mode {
            find_mode::INDEX | find_mode::RINDEX => raise(ExceptionKind::ValueError, "substring not found"),
            find_mode::COUNT => 0,
            _ => -1,
        }
    };
    // CPython: an empty range past the end never matches, even the empty string.
    if start > length || end < start {
        return not_found();
    }
    let text = as_str(value);
    let needle = as_str(sub);
    let ascii = is_ascii(value);
    let byte_start = byte_offset(value, start);
    let byte_end = byte_offset(value, end);
    let window = &text[byte_start..byte_end];
    let found = match mode {
        find_mode::COUNT => {
            if needle.is_empty() {
                return end - start + 1;
            }
            return window.matches(needle).count() as i64;
        }
        find_mode::RFIND | find_mode::RINDEX => window.rfind(needle),
        _ => window.find(needle),
    };
    match found {
        Some(offset) => char_index(text, ascii, byte_start + offset),
        None => not_found(),
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_replace(value: StrRef, old: StrRef, new: StrRef, count: i64) -> StrRef {
    let text = as_str(value);
    let old = as_str(old);
    let new = as_str(new);
    let limit = if count < 0 { usize::MAX } else { count as usize };
    if limit == 0 {
        return value;
    }
    let mut out = String::with_capacity(text.len());
    if old.is_empty() {
        // CPython inserts `new` before every code point and at the end.
        let mut inserted = 0;
        for c in text.chars() {
            if inserted < limit {
                out.push_str(new);
                inserted += 1;
            }
            out.push(c);
        }
        if inserted < limit {
            out.push_str(new);
        }
        return new_str(&out);
    }
    let mut rest = text;
    let mut replaced = 0;
    while replaced < limit {
        match rest.find(old) {
            Some(position) => {
                out.push_str(&rest[..position]);
                out.push_str(new);
                rest = &rest[position + old.len()..];
                replaced += 1;
            }
            None => break,
        }
    }
    if replaced == 0 {
        return value;
    }
    out.push_str(rest);
    new_str(&out)
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_justify(value: StrRef, width: i64, fill: StrRef, mode: i32) -> StrRef {
    let fill_char = if fill.is_null() {
        ' '
    } else {
        let fill_text = as_str(fill);
        let mut chars = fill_text.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => c,
            _ => raise(ExceptionKind::TypeError, "The fill character must be exactly one character long"),
        }
    };
    let length = char_length(value);
    if width <= length {
        return value;
    }
    let margin = width - length;
    let (left, right) = match mode {
        justify_mode::LEFT => (0, margin),
        justify_mode::RIGHT => (margin, 0),
        _ => {
            let left = margin / 2 + (margin & width & 1);
            (left, margin - left)
        }
    };
    let mut fill_bytes = [0u8; 4];
    let fill_text = fill_char.encode_utf8(&mut fill_bytes).as_bytes();
    let body = as_bytes(value);
    let total = body.len() + (left + right) as usize * fill_text.len();
    let ascii = is_ascii(value) && fill_char.is_ascii();
    let left = left as usize;
    new_str_filled(total, width as usize, ascii, |out| {
        let (head, rest) = out.split_at_mut(left * fill_text.len());
        let (middle, tail) = rest.split_at_mut(body.len());
        middle.copy_from_slice(body);
        for padding in [head, tail] {
            if let [byte] = fill_text {
                padding.fill(*byte);
            } else {
                for chunk in padding.chunks_exact_mut(fill_text.len()) {
                    chunk.copy_from_slice(fill_text);
                }
            }
        }
    })
}

/// `value.zfill(width)`: CPython pads with `'0'` on the left to `width` code
/// points and then, if the str began with a sign, moves the sign to the
/// front (`"-42".zfill(5)` is `"-0042"`). A str at least `width` long comes
/// back unchanged, sign and all.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_zfill(value: StrRef, width: i64) -> StrRef {
    let length = char_length(value);
    if width <= length {
        return value;
    }
    let fill = (width - length) as usize;
    let body = as_bytes(value);
    new_str_filled(fill + body.len(), width as usize, is_ascii(value), |out| {
        let (zeros, rest) = out.split_at_mut(fill);
        zeros.fill(b'0');
        rest.copy_from_slice(body);
        if let Some(&sign @ (b'+' | b'-')) = body.first() {
            out[0] = sign;
            out[fill] = b'0';
        }
    })
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_isdigit(value: StrRef) -> u8 {
    let text = as_str(value);
    (!text.is_empty() && text.chars().all(|c| in_ranges(ISDIGIT, c))) as u8
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_isspace(value: StrRef) -> u8 {
    let text = as_str(value);
    (!text.is_empty() && text.chars().all(is_python_space)) as u8
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_str_ord(value: StrRef) -> i64 {
    let length = char_length(value);
    if length != 1 {
        raise(
            ExceptionKind::TypeError,
            &format!("ord() expected a character, but string of length {length} found"),
        );
    }
    as_str(value).chars().next().expect("length is 1") as i64
}

#[no_mangle]
pub extern "C-unwind" fn taipan_str_chr(code_point: i64) -> StrRef {
    if i32::try_from(code_point).is_err() {
        raise(ExceptionKind::OverflowError, "Python int too large to convert to C int");
    }
    if !(0..0x110000).contains(&code_point) {
        raise(ExceptionKind::ValueError, "chr() arg not in range(0x110000)");
    }
    match char::from_u32(code_point as u32) {
        Some(c) => single_char(c, c.encode_utf8(&mut [0u8; 4])),
        // Lone surrogates are valid Python strs but not UTF-8.
        None => raise(
            ExceptionKind::ValueError,
            "chr() of a surrogate code point is not supported by Taipan (strs are UTF-8)",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appending_in_place_keeps_older_strs_unchanged() {
        crate::gc::init_for_tests();
        unsafe {
            let base = taipan_str_concat(new_str("ab"), new_str("c"));
            let longer = taipan_str_concat(base, new_str("d"));
            // `base` no longer ends at the buffer's end: this must copy.
            let other = taipan_str_concat(base, new_str("X"));
            let longest = taipan_str_concat(longer, new_str("é"));
            assert_eq!(as_str(base), "abc");
            assert_eq!(as_str(longer), "abcd");
            assert_eq!(as_str(other), "abcX");
            assert_eq!(as_str(longest), "abcdé");
            assert_eq!((*longest).char_length, 5);
            assert!(!is_ascii(longest) && is_ascii(longer));
            let mut built = new_str("");
            for index in 0..1000 {
                built = taipan_str_concat(built, taipan_str_chr(97 + index % 26));
            }
            assert_eq!((*built).byte_length, 1000);
            assert!(as_str(built).starts_with("abcdefghijklmnopqrstuvwxyzabc"));
        }
    }

    /// Scratch strs: case mapping into a buffer (also in place) gives the
    /// same bytes and hash as the heap methods; a dict keeps a heap copy
    /// of a scratch key.
    #[test]
    fn scratch_strs_map_in_place_and_dicts_copy_them() {
        crate::gc::init_for_tests();
        unsafe {
            let mut buffer = std::mem::MaybeUninit::<ScratchStr>::zeroed();
            let buffer = buffer.as_mut_ptr();
            for text in ["", "a", "Word", "already lower", "MIXED case Text of 48 bytes, exactly: 0123456789", "é"] {
                let value = new_str(text);
                for upper in [0u8, 1] {
                    let mapped = taipan_str_case_into(value, buffer, upper);
                    let expected = if upper != 0 { text.to_uppercase() } else { text.to_lowercase() };
                    assert_eq!(as_str(mapped), expected);
                    assert_eq!(crate::values::cached_str_hash(mapped), crate::values::hash_str(expected.as_bytes()), "{text:?}");
                    assert_eq!(is_scratch(mapped), text.is_ascii(), "{text:?}");
                    // In place: the buffer mapped onto itself.
                    let again = taipan_str_case_into(mapped, buffer, 1 - upper);
                    let expected = if upper != 0 { text.to_lowercase() } else { text.to_uppercase() };
                    assert_eq!(as_str(again), expected);
                    assert_eq!(crate::values::cached_str_hash(again), crate::values::hash_str(expected.as_bytes()));
                }
            }
            let key = taipan_str_case_into(new_str("Key"), buffer, 0);
            assert!(is_scratch(key));
            let dict = crate::dicts::taipan_dict_new(crate::values::test_descriptors::str(), crate::values::test_descriptors::int());
            crate::dicts::taipan_dict_set_item(dict, key as u64, 1);
            taipan_str_case_into(new_str("OTHER"), buffer, 0);
            let mut stored = 0;
            crate::dicts::taipan_dict_popitem(dict, &mut stored);
            assert_eq!(as_str(stored as StrRef), "key");
            assert!(!is_scratch(stored as StrRef));
        }
    }

    #[test]
    fn ascii_characters_are_shared_and_correct() {
        crate::gc::init_for_tests();
        unsafe {
            let a = taipan_str_chr('a' as i64);
            assert_eq!(as_str(a), "a");
            assert_eq!(a, taipan_str_chr('a' as i64));
            assert_eq!(as_str(taipan_str_chr(0)), "\0");
            assert_eq!(as_str(taipan_str_chr(127)), "\x7f");
        }
    }
}
