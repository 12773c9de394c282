//! dict objects: an insertion-ordered hash table in the style of CPython's
//! compact dict, with CPython's semantics and error messages.
//!
//! Entries (hash, key, value) are appended to an array in insertion order;
//! a separate power-of-two index array maps hash probes to entry numbers.
//! Deleting a key leaves a hole in the entries and a tombstone in the index,
//! so re-inserting it appends it at the end, while updating a value keeps its
//! place, exactly the order CPython's dict shows. Both arrays come from the
//! collector: the entries are scanned (keys and values may be objects), the
//! index holds only numbers and is atomic. The object begins with
//! `SizedObjectHead`, whose `length` generated code reads for `len()`.

use crate::exceptions::raise;
use crate::values::{repr_string, values_equal, values_hash, write_repr};
use taipan_abi::{descriptor_kind, type_tag, DescriptorRef, ExceptionKind, ObjectHeader, ObjectRef, SizedObjectHead, StrRef};

#[repr(C)]
pub struct DictObject {
    pub head: SizedObjectHead,
    pub key_descriptor: DescriptorRef,
    pub value_descriptor: DescriptorRef,
    /// `index_mask + 1` slots: `EMPTY`, `DELETED` or an entry number.
    indices: *mut i64,
    index_mask: i64,
    /// Index slots that are not `EMPTY`; at least a third must stay empty so
    /// that every probe sequence ends.
    index_filled: i64,
    entries: *mut DictEntry,
    /// Entries appended since the last rebuild, live or deleted.
    entry_count: i64,
    entry_capacity: i64,
}

#[repr(C)]
#[derive(Clone, Copy)]
struct DictEntry {
    hash: i64,
    key: u64,
    value: u64,
    live: u64,
}

const EMPTY: i64 = -1;
const DELETED: i64 = -2;
const MINIMUM_INDEX_SIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;

/// The entry slots a table with `index_size` index slots may use: two thirds,
/// CPython's `USABLE_FRACTION`.
fn usable(index_size: usize) -> usize {
    (index_size << 1) / 3
}

unsafe fn entries<'a>(dict: *mut DictObject) -> &'a mut [DictEntry] {
    std::slice::from_raw_parts_mut((*dict).entries, (*dict).entry_count as usize)
}

fn allocate_indices(size: usize) -> *mut i64 {
    let Some(bytes) = size.checked_mul(8) else { crate::exceptions::out_of_memory() };
    let indices = crate::gc::allocate_atomic(bytes) as *mut i64;
    unsafe { std::slice::from_raw_parts_mut(indices, size).fill(EMPTY) };
    indices
}

fn allocate_entries(capacity: usize) -> *mut DictEntry {
    let Some(bytes) = capacity.max(1).checked_mul(std::mem::size_of::<DictEntry>()) else {
        crate::exceptions::out_of_memory()
    };
    crate::gc::allocate(bytes) as *mut DictEntry
}

pub unsafe fn new_dict(key: DescriptorRef, value: DescriptorRef) -> *mut DictObject {
    let dict = crate::gc::allocate(std::mem::size_of::<DictObject>()) as *mut DictObject;
    dict.write(DictObject {
        head: SizedObjectHead { header: ObjectHeader { type_tag: type_tag::DICT, flags: 0 }, length: 0 },
        key_descriptor: key,
        value_descriptor: value,
        indices: allocate_indices(MINIMUM_INDEX_SIZE),
        index_mask: MINIMUM_INDEX_SIZE as i64 - 1,
        index_filled: 0,
        entries: allocate_entries(usable(MINIMUM_INDEX_SIZE)),
        entry_count: 0,
        entry_capacity: usable(MINIMUM_INDEX_SIZE) as i64,
    });
    dict
}

/// Where a key is, or where it would go.
enum Probe {
    /// The index slot and the entry number holding the key.
    Found(usize, usize),
    /// The index slot a new entry for the key should take.
    Missing(usize),
}

/// CPython's probe sequence: start at `hash & mask`, then
/// `i = 5*i + 1 + perturb` with `perturb` shifting in the hash's high bits.
/// A key's hash: str keys (the common case) without the general dispatch.
#[inline]
unsafe fn key_hash(key: u64, descriptor: DescriptorRef) -> i64 {
    if (*descriptor).kind == descriptor_kind::STR {
        return crate::values::cached_str_hash(key as StrRef);
    }
    values_hash(key, descriptor)
}

/// Key equality after equal hashes: the same object, or for strs the same
/// bytes, without the general dispatch.
#[inline]
unsafe fn keys_equal(stored: u64, key: u64, descriptor: DescriptorRef) -> bool {
    if stored == key {
        // Only a NaN differs from itself, and NaN keys are never found.
        return (*descriptor).kind != descriptor_kind::FLOAT || !f64::from_bits(key).is_nan();
    }
    if (*descriptor).kind == descriptor_kind::STR {
        return crate::ascii_words::bytes_equal(crate::strings::as_bytes(stored as StrRef), crate::strings::as_bytes(key as StrRef));
    }
    values_equal(stored, key, descriptor)
}

unsafe fn probe(dict: *mut DictObject, key: u64, hash: i64) -> Probe {
    let mask = (*dict).index_mask as u64;
    let mut slot = hash as u64 & mask;
    let mut perturb = hash as u64;
    let mut first_deleted: Option<usize> = None;
    loop {
        let entry_number = *(*dict).indices.add(slot as usize);
        if entry_number == EMPTY {
            return Probe::Missing(first_deleted.unwrap_or(slot as usize));
        }
        if entry_number == DELETED {
            first_deleted.get_or_insert(slot as usize);
        } else {
            let entry = &*(*dict).entries.add(entry_number as usize);
            if entry.hash == hash && keys_equal(entry.key, key, (*dict).key_descriptor) {
                return Probe::Found(slot as usize, entry_number as usize);
            }
        }
        perturb >>= PERTURB_SHIFT;
        slot = (slot.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
    }
}

/// Rebuilds the table with room for about three times the live entries
/// (CPython's growth rate), dropping deleted entries and tombstones. Entry
/// order is kept.
unsafe fn rebuild(dict: *mut DictObject) {
    let live = (*dict).head.length as usize;
    let wanted = (live * 3).max(usable(MINIMUM_INDEX_SIZE));
    let mut index_size = MINIMUM_INDEX_SIZE;
    while usable(index_size) < wanted {
        index_size <<= 1;
    }
    let capacity = usable(index_size);
    let new_entries = allocate_entries(capacity);
    let new_indices = allocate_indices(index_size);
    let mask = index_size as u64 - 1;
    let mut count = 0;
    for entry in entries(dict).iter().filter(|entry| entry.live != 0) {
        *new_entries.add(count) = *entry;
        let mut slot = entry.hash as u64 & mask;
        let mut perturb = entry.hash as u64;
        while *new_indices.add(slot as usize) != EMPTY {
            perturb >>= PERTURB_SHIFT;
            slot = (slot.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
        }
        *new_indices.add(slot as usize) = count as i64;
        count += 1;
    }
    (*dict).entries = new_entries;
    (*dict).entry_capacity = capacity as i64;
    (*dict).entry_count = count as i64;
    (*dict).indices = new_indices;
    (*dict).index_mask = mask as i64;
    (*dict).index_filled = count as i64;
}

/// `find` in a dict whose keys are strs (word counts, symbol tables): the
/// hash and the probe loop in one place, lengths compared before bytes.
#[inline]
unsafe fn find_str(dict: *mut DictObject, key: StrRef) -> Option<usize> {
    let hash = crate::values::cached_str_hash(key);
    let mask = (*dict).index_mask as u64;
    let indices = (*dict).indices;
    let entries = (*dict).entries;
    let mut slot = hash as u64 & mask;
    let mut perturb = hash as u64;
    loop {
        let entry_number = *indices.add(slot as usize);
        if entry_number == EMPTY {
            return None;
        }
        if entry_number != DELETED {
            let entry = &*entries.add(entry_number as usize);
            if entry.hash == hash {
                let stored = entry.key as StrRef;
                if stored == key || crate::ascii_words::bytes_equal(crate::strings::as_bytes(stored), crate::strings::as_bytes(key))
                {
                    return Some(entry_number as usize);
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        slot = (slot.wrapping_mul(5).wrapping_add(perturb).wrapping_add(1)) & mask;
    }
}

/// The entry number of `key`, if present.
pub unsafe fn find(dict: *mut DictObject, key: u64) -> Option<usize> {
    if (*(*dict).key_descriptor).kind == descriptor_kind::STR {
        return find_str(dict, key as StrRef);
    }
    let hash = key_hash(key, (*dict).key_descriptor);
    match probe(dict, key, hash) {
        Probe::Found(_, entry_number) => Some(entry_number),
        Probe::Missing(_) => None,
    }
}

/// `dict[key] = value`; returns the entry number.
pub unsafe fn insert(dict: *mut DictObject, key: u64, value: u64) -> usize {
    let hash = key_hash(key, (*dict).key_descriptor);
    let slot = match probe(dict, key, hash) {
        Probe::Found(_, entry_number) => {
            (*(*dict).entries.add(entry_number)).value = value;
            return entry_number;
        }
        Probe::Missing(slot) => slot,
    };
    let reuses_tombstone = *(*dict).indices.add(slot) == DELETED;
    let slot = if (*dict).entry_count == (*dict).entry_capacity
        || (!reuses_tombstone && (*dict).index_filled + 1 > (*dict).entry_capacity)
    {
        rebuild(dict);
        match probe(dict, key, hash) {
            Probe::Missing(slot) => slot,
            Probe::Found(..) => unreachable!("the key was missing before the rebuild"),
        }
    } else {
        slot
    };
    if *(*dict).indices.add(slot) == EMPTY {
        (*dict).index_filled += 1;
    }
    // A scratch str key (see `taipan_abi::ScratchStr`) is only ever looked
    // up with; the dict keeps a copy.
    let key = if (*(*dict).key_descriptor).kind == descriptor_kind::STR { crate::strings::owned_str(key as StrRef) as u64 } else { key };
    let entry_number = (*dict).entry_count as usize;
    *(*dict).entries.add(entry_number) = DictEntry { hash, key, value, live: 1 };
    *(*dict).indices.add(slot) = entry_number as i64;
    (*dict).entry_count += 1;
    (*dict).head.length += 1;
    entry_number
}

/// Removes the key at index slot `slot`, entry `entry_number`; returns its
/// entry as it was.
unsafe fn remove_at(dict: *mut DictObject, slot: usize, entry_number: usize) -> DictEntry {
    let entry = *(*dict).entries.add(entry_number);
    *(*dict).indices.add(slot) = DELETED;
    // Clearing the slots lets the collector free the key and value.
    *(*dict).entries.add(entry_number) = DictEntry { hash: 0, key: 0, value: 0, live: 0 };
    (*dict).head.length -= 1;
    entry
}

/// Removes `key`; returns its value, or `None` when it was missing.
pub(crate) unsafe fn remove(dict: *mut DictObject, key: u64) -> Option<u64> {
    let hash = key_hash(key, (*dict).key_descriptor);
    match probe(dict, key, hash) {
        Probe::Found(slot, entry_number) => Some(remove_at(dict, slot, entry_number).value),
        Probe::Missing(_) => None,
    }
}

unsafe fn key_error(dict: *mut DictObject, key: u64) -> ! {
    raise(ExceptionKind::KeyError, &repr_string(key, (*dict).key_descriptor))
}

/// The live entries in insertion order.
unsafe fn live_entries<'a>(dict: *mut DictObject) -> impl Iterator<Item = &'a DictEntry> {
    entries(dict).iter().filter(|entry| entry.live != 0)
}

/// CPython's dict `==`: the same keys, each with an equal value.
pub unsafe fn dicts_equal(left: *mut DictObject, right: *mut DictObject) -> bool {
    if (*left).head.length != (*right).head.length {
        return false;
    }
    let value_descriptor = (*left).value_descriptor;
    for entry in live_entries(left) {
        match find(right, entry.key) {
            Some(entry_number) => {
                let other = &*(*right).entries.add(entry_number);
                if !values_equal(entry.value, other.value, value_descriptor) {
                    return false;
                }
            }
            None => return false,
        }
    }
    true
}

/// The dict's (key, value) slots in insertion order.
pub unsafe fn items(dict: *mut DictObject) -> Vec<(u64, u64)> {
    live_entries(dict).map(|entry| (entry.key, entry.value)).collect()
}

pub unsafe fn write_dict_repr(out: &mut String, dict: *mut DictObject) {
    out.push('{');
    for (index, entry) in live_entries(dict).enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        write_repr(out, entry.key, (*dict).key_descriptor);
        out.push_str(": ");
        write_repr(out, entry.value, (*dict).value_descriptor);
    }
    out.push('}');
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dict_new(key: DescriptorRef, value: DescriptorRef) -> ObjectRef {
    new_dict(key, value) as ObjectRef
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dict_get_item(dict: ObjectRef, key: u64) -> u64 {
    let dict = dict as *mut DictObject;
    match find(dict, key) {
        Some(entry_number) => (*(*dict).entries.add(entry_number)).value,
        None => key_error(dict, key),
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dict_lookup(dict: ObjectRef, key: u64, found: *mut u8) -> u64 {
    let dict = dict as *mut DictObject;
    match find(dict, key) {
        Some(entry_number) => {
            *found = 1;
            (*(*dict).entries.add(entry_number)).value
        }
        None => {
            *found = 0;
            0
        }
    }
}

/// The address of `key`'s value slot, or null when the key is absent: one
/// lookup for `d[k] += v` and `d[k] = d.get(k, 0) + v`, whose generated code
/// reads and writes the slot directly. The address is valid until the dict
/// is next changed, so generated code uses it only across operations that
/// cannot touch the dict.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dict_value_address(dict: ObjectRef, key: u64) -> *mut u64 {
    let dict = dict as *mut DictObject;
    match find(dict, key) {
        Some(entry_number) => &mut (*(*dict).entries.add(entry_number)).value,
        None => std::ptr::null_mut(),
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dict_set_item(dict: ObjectRef, key: u64, value: u64) {
    insert(dict as *mut DictObject, key, value);
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dict_delete_item(dict: ObjectRef, key: u64) {
    let dict = dict as *mut DictObject;
    if remove(dict, key).is_none() {
        key_error(dict, key);
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dict_pop(dict: ObjectRef, key: u64, default: u64, has_default: u8) -> u64 {
    let dict = dict as *mut DictObject;
    match remove(dict, key) {
        Some(value) => value,
        None if has_default != 0 => default,
        None => key_error(dict, key),
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dict_popitem(dict: ObjectRef, key_out: *mut u64) -> u64 {
    let dict = dict as *mut DictObject;
    if (*dict).head.length == 0 {
        raise(ExceptionKind::KeyError, "'popitem(): dictionary is empty'");
    }
    // The last live entry is the most recently inserted key.
    let mut entry_number = (*dict).entry_count as usize;
    loop {
        entry_number -= 1;
        if (*(*dict).entries.add(entry_number)).live != 0 {
            break;
        }
    }
    let entry = *(*dict).entries.add(entry_number);
    let slot = match probe(dict, entry.key, entry.hash) {
        Probe::Found(slot, found) if found == entry_number => slot,
        _ => unreachable!("a live entry is reachable from the index"),
    };
    remove_at(dict, slot, entry_number);
    // As CPython does, forget the trailing holes so repeated popitem() calls
    // stay O(1); the tombstone stays counted in `index_filled`.
    (*dict).entry_count = entry_number as i64;
    *key_out = entry.key;
    entry.value
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dict_setdefault(dict: ObjectRef, key: u64, default: u64) -> u64 {
    let dict = dict as *mut DictObject;
    match find(dict, key) {
        Some(entry_number) => (*(*dict).entries.add(entry_number)).value,
        None => {
            insert(dict, key, default);
            default
        }
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dict_update(dict: ObjectRef, other: ObjectRef) {
    let dict = dict as *mut DictObject;
    let other = other as *mut DictObject;
    if dict == other {
        return;
    }
    for entry_number in 0..(*other).entry_count as usize {
        let entry = *(*other).entries.add(entry_number);
        if entry.live != 0 {
            insert(dict, entry.key, entry.value);
        }
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dict_copy(dict: ObjectRef) -> ObjectRef {
    let source = dict as *mut DictObject;
    let copy = new_dict((*source).key_descriptor, (*source).value_descriptor);
    taipan_dict_update(copy as ObjectRef, dict);
    copy as ObjectRef
}

/// The keys of a `**mapping` argument, checked as CPython binds them
/// (names are one per line): a key also given as a keyword argument, then
/// a key naming no parameter (`allowed` is null when the function has
/// `**kwargs`), then one naming a parameter given positionally, is
/// CPython's `TypeError`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_check_keyword_names(dict: ObjectRef, allowed: StrRef, by_position: StrRef, by_keyword: StrRef, function: StrRef) {
    let lines = |names: StrRef| -> Vec<&str> { crate::strings::as_str(names).split('\n').filter(|name| !name.is_empty()).collect() };
    let (by_position, by_keyword) = (lines(by_position), lines(by_keyword));
    let allowed = (!allowed.is_null()).then(|| lines(allowed));
    // `function` is the name binding errors use, then the module-qualified
    // one of the duplicate-keyword error.
    let (function, module_qualified) = crate::strings::as_str(function).split_once('\n').unwrap_or(("", ""));
    let keys: Vec<&str> = live_entries(dict as *mut DictObject).map(|entry| crate::strings::as_str(entry.key as StrRef)).collect();
    if let Some(key) = keys.iter().find(|key| by_keyword.contains(key)) {
        raise(ExceptionKind::TypeError, &format!("{module_qualified}() got multiple values for keyword argument '{key}'"));
    }
    for key in keys {
        if allowed.as_ref().is_some_and(|allowed| !allowed.contains(&key)) {
            raise(ExceptionKind::TypeError, &format!("{function}() got an unexpected keyword argument '{key}'"));
        }
        if by_position.contains(&key) {
            raise(ExceptionKind::TypeError, &format!("{function}() got multiple values for argument '{key}'"));
        }
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dict_clear(dict: ObjectRef) {
    let dict = dict as *mut DictObject;
    (*dict).head.length = 0;
    (*dict).entry_count = 0;
    rebuild(dict);
}

/// One step of iterating a dict: the next live entry at or after
/// `*position` (which starts at 0). Raises CPython's RuntimeError when the
/// dict's size differs from the one the loop started with.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dict_next(
    dict: ObjectRef,
    position: *mut i64,
    expected_length: i64,
    key_out: *mut u64,
    value_out: *mut u64,
) -> u8 {
    let dict = dict as *mut DictObject;
    if (*dict).head.length != expected_length {
        raise(ExceptionKind::RuntimeError, "dictionary changed size during iteration");
    }
    let mut entry_number = *position;
    while entry_number < (*dict).entry_count {
        let entry = &*(*dict).entries.add(entry_number as usize);
        if entry.live != 0 {
            if !key_out.is_null() {
                *key_out = entry.key;
            }
            if !value_out.is_null() {
                *value_out = entry.value;
            }
            *position = entry_number + 1;
            return 1;
        }
        entry_number += 1;
    }
    *position = entry_number;
    0
}

/// `repr(d.keys())` (0), `repr(d.values())` (1) or `repr(d.items())` (2).
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dict_view_repr(dict: ObjectRef, which: i32) -> StrRef {
    let dict = dict as *mut DictObject;
    let mut out = String::from(match which {
        0 => "dict_keys([",
        1 => "dict_values([",
        _ => "dict_items([",
    });
    for (index, entry) in live_entries(dict).enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        match which {
            0 => write_repr(&mut out, entry.key, (*dict).key_descriptor),
            1 => write_repr(&mut out, entry.value, (*dict).value_descriptor),
            _ => {
                out.push('(');
                write_repr(&mut out, entry.key, (*dict).key_descriptor);
                out.push_str(", ");
                write_repr(&mut out, entry.value, (*dict).value_descriptor);
                out.push(')');
            }
        }
    }
    out.push_str("])");
    crate::strings::new_str(&out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::test_descriptors::*;
    use taipan_abi::descriptor_kind;

    fn dict_repr(dict: ObjectRef) -> String {
        unsafe { repr_string(dict as u64, with_children(descriptor_kind::DICT, &[str(), int()])) }
    }

    #[test]
    fn order_follows_cpython() {
        crate::gc::init_for_tests();
        unsafe {
            let dict = taipan_dict_new(str(), int());
            assert_eq!(dict_repr(dict), "{}");
            for (index, name) in ["a", "b", "c", "d"].iter().enumerate() {
                taipan_dict_set_item(dict, text(name), index as u64);
            }
            taipan_dict_set_item(dict, text("b"), 10);
            taipan_dict_delete_item(dict, text("a"));
            taipan_dict_set_item(dict, text("a"), 11);
            assert_eq!(dict_repr(dict), "{'b': 10, 'c': 2, 'd': 3, 'a': 11}");
            assert_eq!((*dict).length, 4);
            let mut key = 0;
            assert_eq!(taipan_dict_popitem(dict, &mut key), 11);
            assert_eq!(crate::strings::as_str(key as StrRef), "a");
            assert_eq!(taipan_dict_pop(dict, text("zz"), 5, 1), 5);
            assert_eq!(taipan_dict_pop(dict, text("c"), 5, 1), 2);
            assert_eq!(taipan_dict_setdefault(dict, text("b"), 99), 10);
            assert_eq!(taipan_dict_setdefault(dict, text("e"), 99), 99);
            let mut found = 7;
            assert_eq!(taipan_dict_lookup(dict, text("d"), &mut found), 3);
            assert_eq!(found, 1);
            taipan_dict_lookup(dict, text("q"), &mut found);
            assert_eq!(found, 0);
            let copy = taipan_dict_copy(dict);
            assert_eq!(dict_repr(copy), "{'b': 10, 'd': 3, 'e': 99}");
            assert_eq!(
                crate::strings::as_str(taipan_dict_view_repr(copy, 2)),
                "dict_items([('b', 10), ('d', 3), ('e', 99)])"
            );
            assert_eq!(crate::strings::as_str(taipan_dict_view_repr(copy, 0)), "dict_keys(['b', 'd', 'e'])");
            assert_eq!(crate::strings::as_str(taipan_dict_view_repr(copy, 1)), "dict_values([10, 3, 99])");
            assert!(dicts_equal(copy as *mut DictObject, dict as *mut DictObject));
            taipan_dict_set_item(copy, text("b"), 1);
            assert!(!dicts_equal(copy as *mut DictObject, dict as *mut DictObject));
            taipan_dict_clear(copy);
            assert_eq!(dict_repr(copy), "{}");
        }
    }

    #[test]
    fn survives_heavy_churn() {
        crate::gc::init_for_tests();
        unsafe {
            let dict = taipan_dict_new(int(), int());
            let mut model: Vec<(i64, i64)> = Vec::new();
            let mut state: u64 = 12345;
            for step in 0..20000i64 {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let key = ((state >> 33) % 200) as i64 - 100;
                match (state >> 20) % 4 {
                    0 | 1 => {
                        taipan_dict_set_item(dict, key as u64, step as u64);
                        match model.iter_mut().find(|(k, _)| *k == key) {
                            Some(entry) => entry.1 = step,
                            None => model.push((key, step)),
                        }
                    }
                    2 => {
                        let mut found = 0;
                        taipan_dict_lookup(dict, key as u64, &mut found);
                        if found != 0 {
                            taipan_dict_delete_item(dict, key as u64);
                        }
                        model.retain(|(k, _)| *k != key);
                    }
                    _ => {
                        if (*dict).length > 0 && step % 7 == 0 {
                            let mut popped = 0;
                            let value = taipan_dict_popitem(dict, &mut popped);
                            assert_eq!(model.pop(), Some((popped as i64, value as i64)));
                        }
                    }
                }
            }
            let mut position = 0;
            let (mut key, mut value) = (0u64, 0u64);
            let mut seen = Vec::new();
            while taipan_dict_next(dict, &mut position, (*dict).length, &mut key, &mut value) != 0 {
                seen.push((key as i64, value as i64));
            }
            assert_eq!(seen, model);
        }
    }
}
