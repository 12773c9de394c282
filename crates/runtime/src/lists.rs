//! list objects: allocation, growth and every list operation that may
//! reallocate or needs `==`/ordering on the elements.
//!
//! A list (`taipan_abi::ListObject`) is a header, a length, a capacity and a
//! collector buffer of items that generated code indexes directly: 64-bit
//! slots, except that a list of bools stores a byte per item (a sieve's flags
//! take an eighth of the memory and of the cache). Functions here read and
//! write items as 64-bit slot values whatever the width (`get`/`set`,
//! `move_items`). The buffer is allocated atomic (never scanned) when the
//! elements are ints, floats, bools or Nones, and scanned otherwise. Growth over-allocates as
//! CPython's `list_resize` does, so appending is amortised O(1). Slices follow
//! CPython's `PySlice_AdjustIndices` exactly, and errors carry CPython's
//! messages.

use crate::exceptions::{out_of_memory, raise};
use crate::values::{holds_no_pointers, repr_string, values_compare, values_equal};
use std::borrow::Cow;
use taipan_abi::{
    compare_op, descriptor_kind, list_flags, list_item_size, type_tag, DescriptorRef, ExceptionKind, ListObject, ListRef,
    ObjectHeader, ABSENT_INT,
};

/// The live items of a list as 64-bit slot values: borrowed from the buffer
/// of a slot list, widened into a copy for a byte list (bools, which hold no
/// pointers, so Rust memory may hold them).
pub unsafe fn items<'a>(list: ListRef) -> Cow<'a, [u64]> {
    let length = (*list).length as usize;
    if length == 0 {
        return Cow::Borrowed(&[]);
    }
    if item_size(list) == 1 {
        let bytes = std::slice::from_raw_parts((*list).items as *const u8, length);
        return Cow::Owned(bytes.iter().map(|byte| *byte as u64).collect());
    }
    Cow::Borrowed(std::slice::from_raw_parts((*list).items, length))
}

/// Bytes per item of `list`'s buffer (1 for bools, else 8).
#[inline]
pub unsafe fn item_size(list: ListRef) -> usize {
    if (*list).header.flags & list_flags::ITEMS_BYTES != 0 {
        1
    } else {
        8
    }
}

/// Item `index` as a 64-bit slot value.
#[inline]
unsafe fn get(list: ListRef, index: usize) -> u64 {
    if item_size(list) == 1 {
        *((*list).items as *const u8).add(index) as u64
    } else {
        *(*list).items.add(index)
    }
}

/// Stores a 64-bit slot value as item `index`.
#[inline]
unsafe fn set(list: ListRef, index: usize, value: u64) {
    if item_size(list) == 1 {
        *((*list).items as *mut u8).add(index) = value as u8;
    } else {
        *(*list).items.add(index) = value;
    }
}

/// Copies `count` items from `from[from_index..]` to `to[to_index..]`
/// (lists of one element type, so of one item size); the ranges may overlap.
#[inline]
unsafe fn move_items(from: ListRef, from_index: usize, to: ListRef, to_index: usize, count: usize) {
    let size = item_size(from);
    if size != item_size(to) {
        // Not reached by generated code (both sides of an extend or a slice
        // assignment have one type), but never wrong: two distinct lists.
        for offset in 0..count {
            set(to, to_index + offset, get(from, from_index + offset));
        }
        return;
    }
    std::ptr::copy(
        ((*from).items as *const u8).add(from_index * size),
        ((*to).items as *mut u8).add(to_index * size),
        count * size,
    );
}

/// Writes 64-bit slot values as the items from `index` on.
unsafe fn write_items(list: ListRef, index: usize, values: &[u64]) {
    if item_size(list) == 1 {
        let bytes = ((*list).items as *mut u8).add(index);
        for (offset, value) in values.iter().enumerate() {
            *bytes.add(offset) = *value as u8;
        }
    } else {
        std::ptr::copy_nonoverlapping(values.as_ptr(), (*list).items.add(index), values.len());
    }
}

unsafe fn is_atomic(list: ListRef) -> bool {
    (*list).header.flags & list_flags::ITEMS_ATOMIC != 0
}

/// The header flags of a list of `element`s.
unsafe fn list_flags_for(element: DescriptorRef) -> u32 {
    let mut flags = 0;
    if holds_no_pointers(element) {
        flags |= list_flags::ITEMS_ATOMIC;
    }
    if (*element).kind == descriptor_kind::BOOL {
        flags |= list_flags::ITEMS_BYTES;
    }
    flags
}

/// A zeroed item buffer of `capacity` items of `size` bytes (at least one
/// item, so `items` is never null).
fn allocate_items(capacity: usize, atomic: bool, size: usize) -> *mut u64 {
    crate::gc::allocate_zeroed(item_buffer_size(capacity, size), atomic) as *mut u64
}

/// An item buffer whose items the caller writes before anything reads them:
/// an atomic one is not zeroed (scanned memory always is, by the collector).
fn allocate_items_to_fill(capacity: usize, atomic: bool, size: usize) -> *mut u64 {
    let bytes = item_buffer_size(capacity, size);
    let buffer = if atomic { crate::gc::allocate_atomic(bytes) } else { crate::gc::allocate(bytes) };
    buffer as *mut u64
}

fn item_buffer_size(capacity: usize, size: usize) -> usize {
    let Some(bytes) = capacity.max(1).checked_mul(size) else { out_of_memory() };
    if bytes > isize::MAX as usize {
        out_of_memory();
    }
    bytes
}

/// A new list of `length` zeroed items with room for `capacity`.
pub unsafe fn new_list_with_capacity(length: usize, capacity: usize, element: DescriptorRef) -> ListRef {
    let flags = list_flags_for(element);
    let items = allocate_items(capacity.max(length), flags & list_flags::ITEMS_ATOMIC != 0, list_item_size(flags));
    new_list_around(items, length, capacity, element, flags)
}

/// A new list of `length` slots that the caller fills at once (slices,
/// copies, concatenations, repetitions): no zeroing pass over ints or floats
/// that are about to be overwritten.
unsafe fn new_list_to_fill(length: usize, element: DescriptorRef) -> ListRef {
    new_list_to_fill_with_flags(length, element, list_flags_for(element))
}

/// `new_list_to_fill` for a list of the same element type as `source`,
/// whose item flags are already worked out.
unsafe fn new_list_to_fill_like(source: ListRef, length: usize) -> ListRef {
    let flags = (*source).header.flags & (list_flags::ITEMS_ATOMIC | list_flags::ITEMS_BYTES);
    new_list_to_fill_with_flags(length, (*source).element, flags)
}

unsafe fn new_list_to_fill_with_flags(length: usize, element: DescriptorRef, flags: u32) -> ListRef {
    let size = list_item_size(flags);
    if length <= INLINE_ITEMS_LIMIT {
        // One collector block holds the object and its items: half the
        // allocations for the small copies programs make by the million
        // (`perm = perm1[:]`). Growing past the length moves the items to a
        // buffer of their own, as for any list.
        let header = std::mem::size_of::<ListObject>();
        let block = crate::gc::allocate(header + length.max(1) * size);
        let object = block as ListRef;
        object.write(ListObject {
            header: ObjectHeader { type_tag: type_tag::LIST, flags },
            length: length as i64,
            capacity: length as i64,
            items: block.add(header) as *mut u64,
            element,
        });
        return object;
    }
    new_list_around(allocate_items_to_fill(length, flags & list_flags::ITEMS_ATOMIC != 0, size), length, length, element, flags)
}

/// Lists filled at creation with at most this many items share one block
/// with their object.
const INLINE_ITEMS_LIMIT: usize = 16;

unsafe fn new_list_around(items: *mut u64, length: usize, capacity: usize, element: DescriptorRef, flags: u32) -> ListRef {
    let object = crate::gc::allocate(std::mem::size_of::<ListObject>()) as ListRef;
    object.write(ListObject {
        header: ObjectHeader { type_tag: type_tag::LIST, flags },
        length: length as i64,
        capacity: capacity.max(length) as i64,
        items,
        element,
    });
    object
}

/// A new list holding a copy of `values`.
pub unsafe fn new_list_from(values: &[u64], element: DescriptorRef) -> ListRef {
    let list = new_list_to_fill(values.len(), element);
    write_items(list, 0, values);
    list
}

/// Lists of at least this many items grow by half their length.
const LONG_LIST_ITEMS: usize = 4096;

/// Sets the list's length to `new_length`, reallocating as CPython's
/// `list_resize` does: keep the buffer while the new length fits and is at
/// least half the capacity, otherwise over-allocate by about an eighth (by
/// half for long lists). New
/// slots hold garbage until the caller writes them.
unsafe fn resize(list: ListRef, new_length: usize) {
    let capacity = (*list).capacity as usize;
    let old_length = (*list).length as usize;
    if capacity >= new_length && new_length >= capacity >> 1 {
        if new_length < old_length && !is_atomic(list) {
            // Vacated slots must not keep their objects alive. (Lists of
            // objects have 64-bit slots.)
            std::ptr::write_bytes((*list).items.add(new_length), 0, old_length - new_length);
        }
        (*list).length = new_length as i64;
        return;
    }
    // CPython over-allocates by an eighth, which its `realloc` usually
    // extends in place. A collected buffer is always moved: a fresh block,
    // zeroed by the collector, then a copy. So long lists grow by half
    // instead, which copies and touches about a third as much memory over a
    // run of appends (building a list of 400,000 items otherwise allocated
    // nine times its final size).
    let extra = if new_length < LONG_LIST_ITEMS { (new_length >> 3) + 6 } else { new_length >> 1 };
    let Some(mut new_capacity) = new_length.checked_add(extra).map(|total| total & !3) else {
        out_of_memory()
    };
    if new_length - old_length.min(new_length) > new_capacity - new_length {
        new_capacity = (new_length + 3) & !3;
    }
    if new_length == 0 {
        new_capacity = 0;
    }
    let size = item_size(list);
    let new_items = allocate_items(new_capacity, is_atomic(list), size);
    std::ptr::copy_nonoverlapping((*list).items as *const u8, new_items as *mut u8, old_length.min(new_length) * size);
    (*list).items = new_items;
    (*list).capacity = new_capacity as i64;
    (*list).length = new_length as i64;
}

/// Removes the items in `low..high`, closing the gap.
unsafe fn remove_range(list: ListRef, low: usize, high: usize) {
    let length = (*list).length as usize;
    if low >= high {
        return;
    }
    move_items(list, high, list, low, length - high);
    resize(list, length - (high - low));
}

/// Replaces the items in `low..high` by `values` (which must not live in the
/// list's own buffer), growing or shrinking the list.
unsafe fn replace_range(list: ListRef, low: usize, high: usize, values: &[u64]) {
    let length = (*list).length as usize;
    let removed = high - low;
    if values.len() == removed {
        // Same size (`perm[:k+1] = perm[k::-1]`): an overwrite in place.
        write_items(list, low, values);
        return;
    }
    let new_length = length - removed + values.len();
    if values.len() > removed {
        resize(list, new_length);
        move_items(list, high, list, low + values.len(), length - high);
    } else {
        move_items(list, high, list, low + values.len(), length - high);
        resize(list, new_length);
    }
    write_items(list, low, values);
}

/// `range(start, stop, step)[slice_start:slice_stop:slice_step]`, written to
/// `out` as the new range's start, stop and step (CPython's `compute_slice`:
/// the slice's indices over the range's length, mapped through the range).
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_range_slice(start: i64, stop: i64, step: i64, slice_start: i64, slice_stop: i64, slice_step: i64, out: *mut i64) {
    let length = if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as i64
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as i64
    } else {
        0
    };
    let (first, last, slice_step, _) = adjust_slice(length, slice_start, slice_stop, slice_step);
    let map = |index: i64| -> i64 {
        let value = start as i128 + index as i128 * step as i128;
        i64::try_from(value).unwrap_or_else(|_| crate::exceptions::integer_overflow())
    };
    let new_step = i64::try_from(step as i128 * slice_step as i128).unwrap_or_else(|_| crate::exceptions::integer_overflow());
    *out = map(first);
    *out.add(1) = map(last);
    *out.add(2) = new_step;
}

/// CPython's `PySlice_Unpack` plus `PySlice_AdjustIndices`: the clamped
/// start, stop and step of `sequence[start:stop:step]` over `length` items,
/// and the number of items the slice selects. `ABSENT_INT` marks an omitted
/// bound.
pub fn adjust_slice(length: i64, start: i64, stop: i64, step: i64) -> (i64, i64, i64, i64) {
    let step = if step == ABSENT_INT { 1 } else { step };
    if step == 0 {
        raise(ExceptionKind::ValueError, "slice step cannot be zero");
    }
    let mut start = if start == ABSENT_INT {
        if step < 0 {
            i64::MAX
        } else {
            0
        }
    } else {
        start
    };
    let mut stop = if stop == ABSENT_INT {
        if step < 0 {
            i64::MIN
        } else {
            i64::MAX
        }
    } else {
        stop
    };
    // A negative bound plus a non-negative length cannot overflow.
    if start < 0 {
        start += length;
        if start < 0 {
            start = if step < 0 { -1 } else { 0 };
        }
    } else if start >= length {
        start = if step < 0 { length - 1 } else { length };
    }
    if stop < 0 {
        stop += length;
        if stop < 0 {
            stop = if step < 0 { -1 } else { 0 };
        }
    } else if stop >= length {
        stop = if step < 0 { length - 1 } else { length };
    }
    // Steps of 1 and -1 (nearly every slice) need no division.
    let count = if step == 1 {
        (stop - start).max(0)
    } else if step == -1 {
        (start - stop).max(0)
    } else if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start, stop, step, count)
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_new(length: i64, element: DescriptorRef) -> ListRef {
    let length = length.max(0) as usize;
    new_list_with_capacity(length, length, element)
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_append(list: ListRef, value: u64) {
    let length = (*list).length as usize;
    if length < (*list).capacity as usize {
        // The common case: room left, nothing to reallocate.
        set(list, length, value);
        (*list).length = length as i64 + 1;
        return;
    }
    resize(list, length + 1);
    set(list, length, value);
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_extend(list: ListRef, other: ListRef) {
    let length = (*list).length as usize;
    let added = (*other).length as usize;
    if added == 0 {
        return;
    }
    resize(list, length + added);
    // Read `other`'s buffer only now: for `a.extend(a)` it was just moved,
    // and its first `added` slots are still the original items.
    move_items(other, 0, list, length, added);
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_insert(list: ListRef, index: i64, value: u64) {
    let length = (*list).length;
    // CPython's `ins1`: negative indices count from the end, and both ends clamp.
    let position = if index < 0 { (index + length).max(0) } else { index.min(length) } as usize;
    resize(list, length as usize + 1);
    move_items(list, position, list, position + 1, length as usize - position);
    set(list, position, value);
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_pop(list: ListRef, index: i64) -> u64 {
    let length = (*list).length;
    if length == 0 {
        raise(ExceptionKind::IndexError, "pop from empty list");
    }
    let index = if index == ABSENT_INT { -1 } else { index };
    let position = if index < 0 { index + length } else { index };
    if position < 0 || position >= length {
        raise(ExceptionKind::IndexError, "pop index out of range");
    }
    let value = get(list, position as usize);
    remove_range(list, position as usize, position as usize + 1);
    value
}

/// The index of the first item `== value` in `start..stop`, if any.
unsafe fn find_item(list: ListRef, value: u64, start: usize, stop: usize) -> Option<usize> {
    let element = (*list).element;
    let mut index = start;
    // The length is re-read on every step, as in CPython.
    while index < stop && index < (*list).length as usize {
        if values_equal(get(list, index), value, element) {
            return Some(index);
        }
        index += 1;
    }
    None
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_remove(list: ListRef, value: u64) {
    match find_item(list, value, 0, usize::MAX) {
        Some(index) => remove_range(list, index, index + 1),
        None => raise(ExceptionKind::ValueError, "list.remove(x): x not in list"),
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_index(list: ListRef, value: u64, start: i64, end: i64) -> i64 {
    let length = (*list).length;
    // CPython's list.index: negative bounds count from the end and stop at 0.
    let clamp = |bound: i64, absent: i64| -> usize {
        if bound == ABSENT_INT {
            absent as usize
        } else if bound < 0 {
            (bound + length).max(0) as usize
        } else {
            bound as usize
        }
    };
    match find_item(list, value, clamp(start, 0), clamp(end, length)) {
        Some(index) => index as i64,
        None => raise(ExceptionKind::ValueError, &format!("{} is not in list", repr_string(value, (*list).element))),
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_count(list: ListRef, value: u64) -> i64 {
    let element = (*list).element;
    items(list).iter().filter(|item| values_equal(**item, value, element)).count() as i64
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_contains(list: ListRef, value: u64) -> u8 {
    find_item(list, value, 0, usize::MAX).is_some() as u8
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_reverse(list: ListRef) {
    let length = (*list).length as usize;
    if item_size(list) == 1 {
        std::slice::from_raw_parts_mut((*list).items as *mut u8, length).reverse();
    } else {
        std::slice::from_raw_parts_mut((*list).items, length).reverse();
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_clear(list: ListRef) {
    // A fresh buffer, so the old one (and its objects) can be collected.
    (*list).items = allocate_items(0, is_atomic(list), item_size(list));
    (*list).capacity = 0;
    (*list).length = 0;
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_copy(list: ListRef) -> ListRef {
    let length = (*list).length as usize;
    let copy = new_list_to_fill_like(list, length);
    move_items(list, 0, copy, 0, length);
    copy
}

/// `v = source[:]` (or `source.copy()`) where the list `v` held before,
/// `old`, is owned by `v` alone (codegen proves it; null when `v` was
/// unbound): `old` becomes the copy, so a loop that copies a list per
/// iteration allocates nothing after the first.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_copy_into(old: ListRef, source: ListRef) -> ListRef {
    if old.is_null() {
        return taipan_list_copy(source);
    }
    if old != source {
        let length = (*source).length as usize;
        if length != (*old).length as usize {
            resize(old, length);
        }
        // Both lists have the local's type, so their items have one width.
        std::ptr::copy_nonoverlapping((*source).items as *const u8, (*old).items as *mut u8, length * item_size(old));
    }
    old
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_concat(left: ListRef, right: ListRef) -> ListRef {
    let left_length = (*left).length as usize;
    let right_length = (*right).length as usize;
    let result = new_list_to_fill_like(left, left_length + right_length);
    move_items(left, 0, result, 0, left_length);
    move_items(right, 0, result, left_length, right_length);
    result
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_repeat(list: ListRef, count: i64) -> ListRef {
    let source_length = (*list).length as usize;
    if count <= 0 || source_length == 0 {
        return new_list_with_capacity(0, 0, (*list).element);
    }
    // CPython: a size that cannot be represented is a MemoryError.
    let Some(total) = source_length.checked_mul(count as usize) else { out_of_memory() };
    let result = new_list_to_fill_like(list, total);
    if source_length == 1 {
        // `[x] * n`, the common case: a fill, not n one-item copies.
        let value = get(list, 0);
        if item_size(result) == 1 {
            std::ptr::write_bytes((*result).items as *mut u8, value as u8, total);
        } else {
            std::slice::from_raw_parts_mut((*result).items, total).fill(value);
        }
        return result;
    }
    // Copy the source once, then double the filled prefix.
    move_items(list, 0, result, 0, source_length);
    let mut filled = source_length;
    while filled < total {
        let chunk = filled.min(total - filled);
        move_items(result, 0, result, filled, chunk);
        filled += chunk;
    }
    result
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_slice(list: ListRef, start: i64, stop: i64, step: i64) -> ListRef {
    let (start, _, step, count) = adjust_slice((*list).length, start, stop, step);
    let count = count.max(0) as usize;
    let result = new_list_to_fill_like(list, count);
    if step == 1 {
        move_items(list, start as usize, result, 0, count);
    } else {
        for index in 0..count {
            set(result, index, get(list, (start + index as i64 * step) as usize));
        }
    }
    result
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_set_slice(list: ListRef, start: i64, stop: i64, step: i64, values: ListRef) {
    // Copy first: `a[1:2] = a` reads the list it writes.
    let values = if values == list { taipan_list_copy(values) } else { values };
    assign_slice(list, start, stop, step, &items(values));
}

/// `list[start:stop:step] = source[source_start:source_stop:source_step]`
/// without building the right-hand list: the selected slots are gathered
/// into a scratch buffer (the collector's, when they may be objects, so that
/// they stay alive should the assignment reallocate), then assigned.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_set_slice_from_slice(
    list: ListRef,
    start: i64,
    stop: i64,
    step: i64,
    source: ListRef,
    source_start: i64,
    source_stop: i64,
    source_step: i64,
) {
    let (first, _, source_step, count) = adjust_slice((*source).length, source_start, source_stop, source_step);
    let count = count.max(0) as usize;
    let mut small = [std::mem::MaybeUninit::<u64>::uninit(); 32];
    let scratch: &mut [u64] = if count <= small.len() && is_atomic(source) {
        // Every slot is written below before it is read.
        std::slice::from_raw_parts_mut(small.as_mut_ptr() as *mut u64, count)
    } else {
        let buffer = allocate_items(count, is_atomic(source), 8);
        std::slice::from_raw_parts_mut(buffer, count)
    };
    for (index, slot) in scratch.iter_mut().enumerate() {
        *slot = get(source, (first + index as i64 * source_step) as usize);
    }
    assign_slice(list, start, stop, step, scratch);
}

/// Slice assignment of `new_items`, which must not live in `list`'s buffer.
#[inline]
unsafe fn assign_slice(list: ListRef, start: i64, stop: i64, step: i64, new_items: &[u64]) {
    let length = (*list).length;
    let (start, stop, step, count) = adjust_slice(length, start, stop, step);
    if step == 1 {
        // CPython's `list_ass_slice`: an empty or inverted range inserts at
        // `start`.
        let low = start.clamp(0, length);
        let high = stop.clamp(low, length);
        replace_range(list, low as usize, high as usize, new_items);
        return;
    }
    if new_items.len() as i64 != count {
        raise(
            ExceptionKind::ValueError,
            &format!("attempt to assign sequence of size {} to extended slice of size {}", new_items.len(), count),
        );
    }
    for (index, value) in new_items.iter().enumerate() {
        set(list, (start + index as i64 * step) as usize, *value);
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_delete_slice(list: ListRef, start: i64, stop: i64, step: i64) {
    let length = (*list).length;
    let (start, stop, step, count) = adjust_slice(length, start, stop, step);
    if step == 1 {
        let low = start.clamp(0, length);
        let high = stop.clamp(low, length);
        remove_range(list, low as usize, high as usize);
        return;
    }
    if count <= 0 {
        return;
    }
    // Normalise to an ascending walk, then compact the survivors in place.
    let (first, step) = if step < 0 { (start + step * (count - 1), -step) } else { (start, step) };
    let mut write = first as usize;
    let mut next_deleted = first;
    let mut deleted = 0;
    for read in first as usize..length as usize {
        if read as i64 == next_deleted && deleted < count {
            deleted += 1;
            next_deleted += step;
            continue;
        }
        set(list, write, get(list, read));
        write += 1;
    }
    resize(list, write);
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_delete_item(list: ListRef, index: i64) {
    let length = (*list).length;
    let position = if index < 0 { index + length } else { index };
    if position < 0 || position >= length {
        raise(ExceptionKind::IndexError, "list assignment index out of range");
    }
    remove_range(list, position as usize, position as usize + 1);
}

/// A stable merge sort of `order` using only `less`, as CPython's sort uses
/// only `<`. Rust's own sorts may panic on a comparison that is not a total
/// order (NaN), which Python permits.
fn merge_sort(order: &mut [usize], scratch: &mut [usize], less: &mut impl FnMut(usize, usize) -> bool) {
    let length = order.len();
    if length <= 16 {
        for index in 1..length {
            let moving = order[index];
            let mut position = index;
            while position > 0 && less(moving, order[position - 1]) {
                order[position] = order[position - 1];
                position -= 1;
            }
            order[position] = moving;
        }
        return;
    }
    let middle = length / 2;
    merge_sort(&mut order[..middle], scratch, less);
    merge_sort(&mut order[middle..], scratch, less);
    if !less(order[middle], order[middle - 1]) {
        return;
    }
    scratch[..length].copy_from_slice(order);
    let (mut left, mut right, mut out) = (0, middle, 0);
    while left < middle && right < length {
        // Take from the right run only when strictly less: stability.
        if less(scratch[right], scratch[left]) {
            order[out] = scratch[right];
            right += 1;
        } else {
            order[out] = scratch[left];
            left += 1;
        }
        out += 1;
    }
    order[out..out + middle - left].copy_from_slice(&scratch[left..middle]);
    let out = out + middle - left;
    order[out..].copy_from_slice(&scratch[right..length]);
}

/// `list.sort()`, by the items or by `keys` (a list of the same length, the
/// items' precomputed keys). `reverse` sorts descending while equal items
/// keep their order, as CPython's reverse-sort-reverse does.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_list_sort(list: ListRef, keys: ListRef, reverse: u8) {
    let length = (*list).length as usize;
    if length < 2 {
        return;
    }
    let (key_items, key_descriptor) =
        if keys.is_null() { (items(list), (*list).element) } else { (items(keys), (*keys).element) };
    // `order` holds indices, not objects, so Rust memory is fine for it.
    let mut order: Vec<usize> = (0..length).collect();
    let mut scratch = vec![0usize; length];
    let mut less = |a: usize, b: usize| {
        let (a, b) = if reverse != 0 { (b, a) } else { (a, b) };
        values_compare(key_items[a], key_items[b], key_descriptor, compare_op::LT)
    };
    merge_sort(&mut order, &mut scratch, &mut less);
    // Permute through a collector buffer, which keeps the objects visible.
    let sorted = allocate_items(length, is_atomic(list), 8);
    let old_items = items(list);
    for (target, source) in order.iter().enumerate() {
        *sorted.add(target) = old_items[*source];
    }
    write_items(list, 0, std::slice::from_raw_parts(sorted, length));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::test_descriptors::*;

    fn list(values: &[i64]) -> ListRef {
        crate::gc::init_for_tests();
        unsafe { new_list_from(&values.iter().map(|value| *value as u64).collect::<Vec<_>>(), int()) }
    }

    fn contents(list: ListRef) -> Vec<i64> {
        unsafe { items(list).iter().map(|value| *value as i64).collect() }
    }

    const A: i64 = ABSENT_INT;

    #[test]
    fn slices_follow_cpython() {
        // Expected values from CPython 3.11 over list(range(10)).
        let cases: &[(i64, i64, i64, &[i64])] = &[
            (A, A, A, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
            (A, A, -1, &[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]),
            (2, 8, 3, &[2, 5]),
            (-3, A, A, &[7, 8, 9]),
            (8, 2, -2, &[8, 6, 4]),
            (-100, 100, A, &[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
            (100, -100, -3, &[9, 6, 3, 0]),
            (5, 5, A, &[]),
            (7, 3, A, &[]),
            (A, -11, -1, &[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]),
            (A, -10, -1, &[9, 8, 7, 6, 5, 4, 3, 2, 1]),
        ];
        let source = list(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
        for (start, stop, step, expected) in cases {
            let result = unsafe { taipan_list_slice(source, *start, *stop, *step) };
            assert_eq!(contents(result), *expected, "[{start}:{stop}:{step}]");
        }
    }

    #[test]
    fn slice_assignment_and_deletion_follow_cpython() {
        unsafe {
            let target = list(&[0, 1, 2, 3, 4, 5]);
            taipan_list_set_slice(target, 1, 3, A, list(&[7, 8, 9]));
            assert_eq!(contents(target), [0, 7, 8, 9, 3, 4, 5]);
            taipan_list_set_slice(target, 5, 2, A, list(&[1]));
            assert_eq!(contents(target), [0, 7, 8, 9, 3, 1, 4, 5]);
            taipan_list_set_slice(target, A, A, 2, list(&[-1, -2, -3, -4]));
            assert_eq!(contents(target), [-1, 7, -2, 9, -3, 1, -4, 5]);
            taipan_list_set_slice(target, A, A, -3, list(&[10, 20, 30]));
            assert_eq!(contents(target), [-1, 30, -2, 9, 20, 1, -4, 10]);
            taipan_list_set_slice(target, 2, A, A, target);
            assert_eq!(contents(target), [-1, 30, -1, 30, -2, 9, 20, 1, -4, 10]);
            taipan_list_set_slice(target, A, A, A, list(&[]));
            assert_eq!(contents(target), []);

            let target = list(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
            taipan_list_delete_slice(target, A, A, 3);
            assert_eq!(contents(target), [1, 2, 4, 5, 7, 8]);
            taipan_list_delete_slice(target, A, A, -2);
            assert_eq!(contents(target), [1, 4, 7]);
            taipan_list_delete_slice(target, 1, 100, A);
            assert_eq!(contents(target), [1]);
            let target = list(&[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
            taipan_list_delete_slice(target, 8, 1, -3);
            assert_eq!(contents(target), [0, 1, 3, 4, 6, 7, 9]);
        }
    }

    #[test]
    fn mutation_methods_follow_cpython() {
        unsafe {
            let target = list(&[]);
            for value in 0..100 {
                taipan_list_append(target, value);
            }
            assert_eq!(contents(target), (0..100).collect::<Vec<_>>());
            assert!((*target).capacity >= 100);
            let target = list(&[1, 2, 3]);
            taipan_list_insert(target, -1, 9);
            taipan_list_insert(target, -100, 8);
            taipan_list_insert(target, 100, 7);
            assert_eq!(contents(target), [8, 1, 2, 9, 3, 7]);
            assert_eq!(taipan_list_pop(target, A), 7);
            assert_eq!(taipan_list_pop(target, 0), 8);
            assert_eq!(taipan_list_pop(target, -2), 9);
            assert_eq!(contents(target), [1, 2, 3]);
            taipan_list_extend(target, target);
            assert_eq!(contents(target), [1, 2, 3, 1, 2, 3]);
            taipan_list_remove(target, 2);
            assert_eq!(contents(target), [1, 3, 1, 2, 3]);
            assert_eq!(taipan_list_index(target, 3, A, A), 1);
            assert_eq!(taipan_list_index(target, 3, 2, A), 4);
            assert_eq!(taipan_list_index(target, 1, -3, A), 2);
            assert_eq!(taipan_list_count(target, 3), 2);
            assert_eq!(taipan_list_contains(target, 4), 0);
            taipan_list_delete_item(target, -1);
            taipan_list_reverse(target);
            assert_eq!(contents(target), [2, 1, 3, 1]);
            assert_eq!(contents(taipan_list_repeat(target, 2)), [2, 1, 3, 1, 2, 1, 3, 1]);
            assert_eq!(contents(taipan_list_repeat(target, -1)), []);
            assert_eq!(contents(taipan_list_concat(target, list(&[5]))), [2, 1, 3, 1, 5]);
            taipan_list_clear(target);
            assert_eq!(contents(target), []);
            taipan_list_append(target, 4);
            assert_eq!(contents(target), [4]);
        }
    }

    #[test]
    fn sort_is_stable_in_both_directions() {
        unsafe {
            let target = list(&[5, 3, 9, 1, 3, 7, 2, 8, 0, 6, 4, 3, 5, 1, 9, 2, 7, 3, 8, 4, 6, 0, 5]);
            let mut expected = contents(target);
            expected.sort();
            taipan_list_sort(target, std::ptr::null_mut(), 0);
            assert_eq!(contents(target), expected);
            expected.reverse();
            taipan_list_sort(target, std::ptr::null_mut(), 1);
            assert_eq!(contents(target), expected);

            // Sort 0..40 by key i % 4: equal keys keep their order either way.
            let values: Vec<i64> = (0..40).collect();
            let target = list(&values);
            let keys = list(&values.iter().map(|value| value % 4).collect::<Vec<_>>());
            taipan_list_sort(target, keys, 0);
            let mut expected = values.clone();
            expected.sort_by_key(|value| value % 4);
            assert_eq!(contents(target), expected);
            let target = list(&values);
            taipan_list_sort(target, keys, 1);
            let mut expected = values.clone();
            expected.sort_by_key(|value| std::cmp::Reverse(value % 4));
            assert_eq!(contents(target), expected);

            let strings = new_list_from(&[text("pear"), text("apple"), text("fig")], str());
            taipan_list_sort(strings, std::ptr::null_mut(), 0);
            assert_eq!(repr_string(strings as u64, list_of(str())), "['apple', 'fig', 'pear']");
        }
    }

    /// Bool lists store a byte per item; every operation must read and write
    /// them as such, including buffers that move, grow and shrink.
    #[test]
    fn bool_lists_store_bytes_and_behave_like_slot_lists() {
        crate::gc::init_for_tests();
        let boolean = crate::values::test_descriptors::leaf(descriptor_kind::BOOL);
        let bools = |values: &[u64]| unsafe { new_list_from(values, boolean) };
        let shown = |list: ListRef| unsafe { repr_string(list as u64, list_of(boolean)) };
        unsafe {
            let flags = bools(&[1, 0, 1, 1, 0]);
            assert_eq!(item_size(flags), 1);
            assert_eq!(item_size(list(&[1, 2])), 8);
            assert_eq!(shown(flags), "[True, False, True, True, False]");
            assert_eq!(*((*flags).items as *const u8).add(2), 1);
            for _ in 0..20 {
                taipan_list_append(flags, 1);
            }
            assert_eq!(taipan_list_count(flags, 1), 23);
            taipan_list_insert(flags, 1, 0);
            assert_eq!(shown(taipan_list_slice(flags, 0, 4, 1)), "[True, False, False, True]");
            assert_eq!(shown(taipan_list_slice(flags, 5, ABSENT_INT, -2)), "[False, True, False]");
            taipan_list_delete_slice(flags, 3, ABSENT_INT, 1);
            assert_eq!(shown(flags), "[True, False, False]");
            taipan_list_set_slice_from_slice(flags, 0, 1, 1, flags, ABSENT_INT, ABSENT_INT, -1);
            assert_eq!(shown(flags), "[False, False, True, False, False]");
            taipan_list_delete_slice(flags, ABSENT_INT, ABSENT_INT, 2);
            assert_eq!(shown(flags), "[False, False]");
            let repeated = taipan_list_repeat(bools(&[1, 0]), 3);
            assert_eq!(shown(repeated), "[True, False, True, False, True, False]");
            let joined = taipan_list_concat(repeated, flags);
            taipan_list_reverse(joined);
            assert_eq!(shown(joined), "[False, False, False, True, False, True, False, True]");
            taipan_list_sort(joined, std::ptr::null_mut(), 1);
            assert_eq!(shown(joined), "[True, True, True, False, False, False, False, False]");
            assert_eq!(taipan_list_pop(joined, 0), 1);
            assert_eq!(taipan_list_index(joined, 0, ABSENT_INT, ABSENT_INT), 2);
            let copy = taipan_list_copy(joined);
            taipan_list_extend(copy, copy);
            assert_eq!((*copy).length, 14);
            assert_eq!(shown(taipan_list_slice(copy, 6, 9, 1)), "[False, True, True]");
        }
    }
}
