//! Generic operations on statically typed values: `repr`, `==`, rich
//! comparison and `hash`, driven by the `TypeDescriptor` codegen passes with
//! each 64-bit slot, plus tuple allocation.
//!
//! A slot's meaning depends entirely on its descriptor (see
//! `taipan_abi::TypeDescriptor`): ints, floats, bools and None are stored
//! unboxed, strs and containers as object pointers, and tuples as a collector
//! block of one slot per member. Descriptors are compared by structure, never
//! by address, because codegen and the runtime each have their own constants.
//! Containers keep their element descriptors in the object, so operations on
//! their members (dict keys, set elements) need no descriptor argument.
//!
//! Hashes follow CPython 3.11 exactly for the types whose hashes CPython does
//! not randomise (int, bool, float, tuple, frozenset), because a set's
//! iteration order, and so `print({3, 1, 2})`, depends on them.

use crate::dicts::DictObject;
use crate::exceptions::raise;
use crate::sets::SetObject;
use crate::strings::{as_bytes, as_str, new_str};
use taipan_abi::{compare_op, descriptor_kind, DescriptorRef, ExceptionKind, ListObject, StrRef, TypeDescriptor};

/// The descriptor of a str slot, for lists the runtime builds itself
/// (`str.split`, `str.splitlines`).
pub static STR_DESCRIPTOR: TypeDescriptor =
    TypeDescriptor { kind: descriptor_kind::STR, count: 0, children: std::ptr::null() };

/// The `index`th child of a descriptor: a tuple's member, a list's or set's
/// element, a dict's key (0) or value (1).
pub unsafe fn child(descriptor: DescriptorRef, index: usize) -> DescriptorRef {
    *(*descriptor).children.add(index)
}

/// Whether slots of this descriptor never hold pointers, so that buffers of
/// them can be allocated atomic (unscanned by the collector).
pub unsafe fn holds_no_pointers(descriptor: DescriptorRef) -> bool {
    matches!(
        (*descriptor).kind,
        descriptor_kind::INT | descriptor_kind::FLOAT | descriptor_kind::BOOL | descriptor_kind::NONE
    )
}

/// Structural equality of descriptors (two constants describing one type are
/// the same type wherever they were emitted).
pub unsafe fn same_descriptor(left: DescriptorRef, right: DescriptorRef) -> bool {
    if left == right {
        return true;
    }
    if (*left).kind != (*right).kind || (*left).count != (*right).count {
        return false;
    }
    if (*left).kind == descriptor_kind::BOUND_METHOD {
        return crate::ascii_words::bytes_equal(as_bytes(taipan_abi::bound_method_name(left)), as_bytes(taipan_abi::bound_method_name(right)));
    }
    (0..(*left).count as usize).all(|index| same_descriptor(child(left, index), child(right, index)))
}

/// The Python type name CPython prints in error messages.
pub unsafe fn type_name(descriptor: DescriptorRef) -> &'static str {
    match (*descriptor).kind {
        descriptor_kind::INT => "int",
        descriptor_kind::FLOAT => "float",
        descriptor_kind::BOOL => "bool",
        descriptor_kind::NONE => "NoneType",
        descriptor_kind::STR => "str",
        descriptor_kind::TUPLE | descriptor_kind::VARTUPLE => "tuple",
        descriptor_kind::LIST => "list",
        descriptor_kind::DICT => "dict",
        descriptor_kind::SET => "set",
        descriptor_kind::FROZENSET => "frozenset",
        descriptor_kind::CLASS => "type",
        descriptor_kind::GENERATOR => "generator",
        descriptor_kind::BOUND_METHOD => "method",
        _ => "object",
    }
}

/// `type(value).__name__` of a slot: for a CPython object, its class's.
pub unsafe fn slot_type_name(value: u64, descriptor: DescriptorRef) -> String {
    match (*descriptor).kind {
        descriptor_kind::FOREIGN => (crate::foreign::hooks().type_name)(value),
        descriptor_kind::DYNAMIC => {
            let boxed = value as taipan_abi::DynamicRef;
            slot_type_name((*boxed).slot, (*boxed).descriptor)
        }
        descriptor_kind::INSTANCE => crate::instances::instance_type_name(value as taipan_abi::InstanceRef).to_string(),
        _ => type_name(descriptor).to_string(),
    }
}

/// The members of a tuple slot, as many as its descriptor has children.
pub unsafe fn tuple_members<'a>(value: u64, descriptor: DescriptorRef) -> &'a [u64] {
    let count = (*descriptor).count as usize;
    if count == 0 {
        return &[];
    }
    std::slice::from_raw_parts(value as *const u64, count)
}

// ---------------------------------------------------------------------------
// repr

/// Appends CPython's `repr()` of the slot to `out`.
pub unsafe fn write_repr(out: &mut String, value: u64, descriptor: DescriptorRef) {
    match (*descriptor).kind {
        descriptor_kind::INT => {
            let mut digits = [0u8; 24];
            out.push_str(std::str::from_utf8_unchecked(crate::numbers::format_int(value as i64, &mut digits)));
        }
        descriptor_kind::FLOAT => out.push_str(&crate::float_repr::float_repr(f64::from_bits(value))),
        descriptor_kind::BOOL => out.push_str(if value != 0 { "True" } else { "False" }),
        descriptor_kind::NONE => out.push_str("None"),
        descriptor_kind::STR => out.push_str(&crate::strings::repr(as_str(value as StrRef))),
        descriptor_kind::TUPLE => {
            out.push('(');
            let members = tuple_members(value, descriptor);
            for (index, member) in members.iter().enumerate() {
                if index > 0 {
                    out.push_str(", ");
                }
                write_repr(out, *member, child(descriptor, index));
            }
            // A one-tuple needs its comma to read back as a tuple.
            if members.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        descriptor_kind::LIST => {
            out.push('[');
            write_items_repr(out, &crate::lists::items(value as *mut ListObject), child(descriptor, 0));
            out.push(']');
        }
        descriptor_kind::VARTUPLE => {
            let items = crate::lists::items(value as *mut ListObject);
            out.push('(');
            write_items_repr(out, &items, child(descriptor, 0));
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        descriptor_kind::DICT => crate::dicts::write_dict_repr(out, value as *mut DictObject),
        descriptor_kind::SET | descriptor_kind::FROZENSET => crate::sets::write_set_repr(out, value as *mut SetObject),
        // The runtime does not know the frame depth of its caller here; the
        // element's method runs as if called from module code.
        descriptor_kind::INSTANCE => out.push_str(as_str(crate::instances::taipan_instance_repr(value as taipan_abi::InstanceRef, 2))),
        descriptor_kind::CLASS => {
            let class = value as taipan_abi::ClassRef;
            // `EnumType.__repr__` shows the class's name only.
            if (*class).flags & taipan_abi::class_flags::ENUM != 0 {
                out.push_str("<enum '");
                out.push_str(as_str((*class).name));
            } else {
                out.push_str("<class '");
                out.push_str(as_str((*class).qualified_name));
            }
            out.push_str("'>");
        }
        descriptor_kind::GENERATOR => out.push_str(&crate::generators::generator_repr_text(value as *mut u8)),
        descriptor_kind::BOUND_METHOD => {
            // CPython names the class that defines the method; the runtime
            // knows the receiver's class only, which is that class unless
            // the method is inherited.
            let instance = value as taipan_abi::InstanceRef;
            out.push_str("<bound method ");
            out.push_str(as_str((*(*instance).class).name));
            out.push('.');
            out.push_str(as_str(taipan_abi::bound_method_name(descriptor)));
            out.push_str(" of ");
            out.push_str(as_str(crate::instances::taipan_instance_repr(instance, 2)));
            out.push('>');
        }
        descriptor_kind::DYNAMIC => {
            let boxed = value as taipan_abi::DynamicRef;
            write_repr(out, (*boxed).slot, (*boxed).descriptor)
        }
        descriptor_kind::FOREIGN => out.push_str(&(crate::foreign::hooks().repr)(value)),
        _ => out.push_str("<object>"),
    }
}

/// Appends the reprs of `items`, separated by ", ".
pub unsafe fn write_items_repr(out: &mut String, items: &[u64], element: DescriptorRef) {
    for (index, item) in items.iter().enumerate() {
        if index > 0 {
            out.push_str(", ");
        }
        write_repr(out, *item, element);
    }
}

pub unsafe fn repr_string(value: u64, descriptor: DescriptorRef) -> String {
    let mut out = String::new();
    write_repr(&mut out, value, descriptor);
    out
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_value_repr(value: u64, descriptor: DescriptorRef) -> StrRef {
    if (*descriptor).kind == descriptor_kind::STR {
        return crate::strings::taipan_str_repr(value as StrRef);
    }
    new_str(&repr_string(value, descriptor))
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_write_value(value: u64, descriptor: DescriptorRef) {
    crate::output::write_bytes(repr_string(value, descriptor).as_bytes());
}

// ---------------------------------------------------------------------------
// ==

/// CPython's `==` on two slots of one type. Containers compare deeply; an
/// object is equal to itself without looking inside, as CPython's
/// `PyObject_RichCompareBool` assumes (so a list holding NaN equals itself).
pub unsafe fn values_equal(left: u64, right: u64, descriptor: DescriptorRef) -> bool {
    match (*descriptor).kind {
        descriptor_kind::INT | descriptor_kind::BOOL => left == right,
        descriptor_kind::NONE => true,
        descriptor_kind::FLOAT => f64::from_bits(left) == f64::from_bits(right),
        descriptor_kind::STR => left == right || crate::ascii_words::bytes_equal(as_bytes(left as StrRef), as_bytes(right as StrRef)),
        descriptor_kind::TUPLE => {
            left == right
                || tuple_members(left, descriptor)
                    .iter()
                    .zip(tuple_members(right, descriptor))
                    .enumerate()
                    .all(|(index, (a, b))| values_equal(*a, *b, child(descriptor, index)))
        }
        descriptor_kind::LIST | descriptor_kind::VARTUPLE => {
            if left == right {
                return true;
            }
            let left_items = crate::lists::items(left as *mut ListObject);
            let right_items = crate::lists::items(right as *mut ListObject);
            let element = child(descriptor, 0);
            left_items.len() == right_items.len()
                && left_items.iter().zip(right_items.iter()).all(|(a, b)| values_equal(*a, *b, element))
        }
        descriptor_kind::DICT => {
            left == right || crate::dicts::dicts_equal(left as *mut DictObject, right as *mut DictObject)
        }
        descriptor_kind::SET | descriptor_kind::FROZENSET => {
            left == right || crate::sets::sets_compare(left as *mut SetObject, right as *mut SetObject, compare_op::EQ)
        }
        descriptor_kind::INSTANCE => left == right || crate::instances::instances_equal(left, right, false),
        descriptor_kind::DYNAMIC => left == right || crate::dynamic::slots_equal(left, descriptor, right, descriptor),
        descriptor_kind::FOREIGN => (crate::foreign::hooks().equal)(left, right),
        _ => left == right,
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_value_equal(left: u64, right: u64, descriptor: DescriptorRef) -> u8 {
    values_equal(left, right, descriptor) as u8
}

// ---------------------------------------------------------------------------
// Rich comparison

fn operator_symbol(op: i32) -> &'static str {
    match op {
        compare_op::LT => "<",
        compare_op::LE => "<=",
        compare_op::GT => ">",
        compare_op::GE => ">=",
        compare_op::EQ => "==",
        _ => "!=",
    }
}

/// CPython's TypeError for an ordering its types do not define.
pub fn unsupported_comparison(op: i32, left_type: &str, right_type: &str) -> ! {
    raise(
        ExceptionKind::TypeError,
        &format!("'{}' not supported between instances of '{}' and '{}'", operator_symbol(op), left_type, right_type),
    )
}

/// Whether `ordering` (left against right) satisfies `op`.
pub fn ordering_satisfies(ordering: std::cmp::Ordering, op: i32) -> bool {
    use std::cmp::Ordering::*;
    match op {
        compare_op::LT => ordering == Less,
        compare_op::LE => ordering != Greater,
        compare_op::GT => ordering == Greater,
        compare_op::GE => ordering != Less,
        compare_op::EQ => ordering == Equal,
        _ => ordering != Equal,
    }
}

/// Lexicographic comparison of two sequences as CPython's list and tuple
/// rich comparisons do: find the first index whose items differ by `==`,
/// then compare those items with `op`; with no difference, compare lengths.
unsafe fn sequences_compare(left: &[u64], right: &[u64], element_at: impl Fn(usize) -> DescriptorRef, op: i32) -> bool {
    // Sequences of different lengths are never equal; CPython answers ==
    // and != without looking at the items.
    if left.len() != right.len() && (op == compare_op::EQ || op == compare_op::NE) {
        return op == compare_op::NE;
    }
    for index in 0..left.len().min(right.len()) {
        let element = element_at(index);
        if !values_equal(left[index], right[index], element) {
            return match op {
                compare_op::EQ => false,
                compare_op::NE => true,
                _ => values_compare(left[index], right[index], element, op),
            };
        }
    }
    ordering_satisfies(left.len().cmp(&right.len()), op)
}

/// CPython's rich comparison `left op right` of two slots of one type.
pub unsafe fn values_compare(left: u64, right: u64, descriptor: DescriptorRef, op: i32) -> bool {
    match (*descriptor).kind {
        descriptor_kind::INT | descriptor_kind::BOOL => ordering_satisfies((left as i64).cmp(&(right as i64)), op),
        descriptor_kind::FLOAT => {
            let (a, b) = (f64::from_bits(left), f64::from_bits(right));
            // IEEE comparisons: every comparison with NaN is false but !=.
            match op {
                compare_op::LT => a < b,
                compare_op::LE => a <= b,
                compare_op::GT => a > b,
                compare_op::GE => a >= b,
                compare_op::EQ => a == b,
                _ => a != b,
            }
        }
        descriptor_kind::STR => {
            // UTF-8 byte order is code point order.
            ordering_satisfies(as_bytes(left as StrRef).cmp(as_bytes(right as StrRef)), op)
        }
        descriptor_kind::NONE => match op {
            compare_op::EQ => true,
            compare_op::NE => false,
            _ => unsupported_comparison(op, "NoneType", "NoneType"),
        },
        // Instances compare through their classes' special methods.
        descriptor_kind::INSTANCE => match op {
            compare_op::EQ => crate::instances::instances_equal(left, right, false),
            compare_op::NE => crate::instances::instances_equal(left, right, true),
            _ => crate::instances::instances_order(left, right, op),
        },
        descriptor_kind::TUPLE => sequences_compare(
            tuple_members(left, descriptor),
            tuple_members(right, descriptor),
            |index| child(descriptor, index),
            op,
        ),
        descriptor_kind::LIST | descriptor_kind::VARTUPLE => {
            let element = child(descriptor, 0);
            sequences_compare(
                &crate::lists::items(left as *mut ListObject),
                &crate::lists::items(right as *mut ListObject),
                |_| element,
                op,
            )
        }
        descriptor_kind::DICT => match op {
            compare_op::EQ => values_equal(left, right, descriptor),
            compare_op::NE => !values_equal(left, right, descriptor),
            _ => unsupported_comparison(op, "dict", "dict"),
        },
        descriptor_kind::SET | descriptor_kind::FROZENSET => {
            crate::sets::sets_compare(left as *mut SetObject, right as *mut SetObject, op)
        }
        descriptor_kind::DYNAMIC => crate::dynamic::slots_compare(left, descriptor, right, descriptor, op),
        descriptor_kind::FOREIGN => (crate::foreign::hooks().compare)(left, right, op),
        _ => unsupported_comparison(op, type_name(descriptor), type_name(descriptor)),
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_value_compare(left: u64, right: u64, descriptor: DescriptorRef, op: i32) -> u8 {
    values_compare(left, right, descriptor, op) as u8
}

// ---------------------------------------------------------------------------
// hash

/// CPython's `_PyHASH_BITS` and `_PyHASH_MODULUS` on 64-bit machines: numeric
/// hashes are values modulo the Mersenne prime 2**61 - 1, so that equal ints
/// and floats hash alike.
const HASH_BITS: u32 = 61;
const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
/// `hash(float('inf'))`.
const HASH_INFINITY: i64 = 314159;
/// `hash(None)` is the address of None in CPython, so any constant will do.
const HASH_NONE: i64 = 0x0FCA_8642_0ACE;

/// `hash(int)`: the value modulo 2**61 - 1 with the sign kept, -1 (CPython's
/// error code) replaced by -2.
pub fn hash_int(value: i64) -> i64 {
    let magnitude = (value.unsigned_abs() % HASH_MODULUS) as i64;
    let hash = if value < 0 { -magnitude } else { magnitude };
    if hash == -1 {
        -2
    } else {
        hash
    }
}

/// C's `frexp`: `value = mantissa * 2**exponent` with `0.5 <= |mantissa| < 1`.
fn frexp(value: f64) -> (f64, i32) {
    if value == 0.0 || !value.is_finite() {
        return (value, 0);
    }
    let bits = value.to_bits();
    let biased_exponent = ((bits >> 52) & 0x7ff) as i32;
    if biased_exponent == 0 {
        // Subnormal: scale into the normal range first.
        let (mantissa, exponent) = frexp(value * f64::from_bits((1023u64 + 64) << 52));
        return (mantissa, exponent - 64);
    }
    let mantissa = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (mantissa, biased_exponent - 1022)
}

/// `hash(float)`: CPython's `_Py_HashDouble`, the exact value reduced
/// modulo 2**61 - 1, so integral floats hash like the equal int. CPython 3.11
/// hashes a NaN by its object's address; unboxed NaNs have none, so 0.
pub fn hash_float(value: f64) -> i64 {
    if value.is_nan() {
        return 0;
    }
    if value.is_infinite() {
        return if value > 0.0 { HASH_INFINITY } else { -HASH_INFINITY };
    }
    let (mut mantissa, mut exponent) = frexp(value);
    let mut sign: i64 = 1;
    if mantissa < 0.0 {
        sign = -1;
        mantissa = -mantissa;
    }
    // Process 28 bits at a time, rotating within 61 bits as CPython does.
    let mut x: u64 = 0;
    while mantissa != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        mantissa *= 268435456.0;
        exponent -= 28;
        let integer_part = mantissa as u64;
        mantissa -= integer_part as f64;
        x += integer_part;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    // Multiplying by 2**exponent modulo 2**61 - 1 is a rotation.
    let bits = HASH_BITS as i32;
    let exponent = if exponent >= 0 { exponent % bits } else { bits - 1 - ((-1 - exponent) % bits) } as u32;
    x = ((x << exponent) & HASH_MODULUS) | (x >> (HASH_BITS - exponent));
    let hash = (x as i64).wrapping_mul(sign);
    if hash == -1 {
        -2
    } else {
        hash
    }
}

/// `hash(str)`: CPython randomises it per process, so any good deterministic
/// hash is faithful (see `taipan_abi::str_hash`).
pub fn hash_str(bytes: &[u8]) -> i64 {
    taipan_abi::str_hash_at_run_time(bytes)
}

/// A str's hash, computed once and cached in the object (static strs carry
/// theirs from compile time and are never written).
pub unsafe fn cached_str_hash(value: StrRef) -> i64 {
    let known = (*value).hash;
    if known != taipan_abi::STR_HASH_UNKNOWN {
        return known;
    }
    let hash = hash_str(as_bytes(value));
    (*(value as *mut taipan_abi::StrObject)).hash = hash;
    hash
}

/// `hash(tuple)`: CPython 3.11's xxHash-based `tuplehash`.
unsafe fn hash_tuple(value: u64, descriptor: DescriptorRef) -> i64 {
    let variable = (*descriptor).kind == descriptor_kind::VARTUPLE;
    let members = if variable { crate::lists::items(value as *mut ListObject) } else { std::borrow::Cow::Borrowed(tuple_members(value, descriptor)) };
    let lanes = members.iter().enumerate().map(|(index, member)| values_hash(*member, child(descriptor, if variable { 0 } else { index })));
    combine_tuple_hashes(lanes, members.len())
}

/// CPython's tuple hash (xxHash's mixing) of the members' hashes.
fn combine_tuple_hashes(lanes: impl Iterator<Item = i64>, length: usize) -> i64 {
    const PRIME_1: u64 = 11400714785074694791;
    const PRIME_2: u64 = 14029467366897019727;
    const PRIME_5: u64 = 2870177450012600261;
    let mut accumulator = PRIME_5;
    for lane in lanes {
        accumulator = accumulator.wrapping_add((lane as u64).wrapping_mul(PRIME_2));
        accumulator = accumulator.rotate_left(31);
        accumulator = accumulator.wrapping_mul(PRIME_1);
    }
    // The length, mangled to keep the historical value of hash(()).
    accumulator = accumulator.wrapping_add((length as u64) ^ (PRIME_5 ^ 3527539));
    if accumulator == u64::MAX {
        return 1546275796;
    }
    accumulator as i64
}

/// `hash(tuple)` from its members' hashes, which generated code computed
/// without boxing the tuple.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_hash_tuple_lanes(lanes: *const i64, count: i64) -> i64 {
    let lanes = std::slice::from_raw_parts(lanes, count.max(0) as usize);
    combine_tuple_hashes(lanes.iter().copied(), lanes.len())
}

fn unhashable(type_name: &str) -> ! {
    raise(ExceptionKind::TypeError, &format!("unhashable type: '{type_name}'"))
}

/// `hash(value)`; mutable containers raise CPython's TypeError.
pub unsafe fn values_hash(value: u64, descriptor: DescriptorRef) -> i64 {
    match (*descriptor).kind {
        descriptor_kind::INT => hash_int(value as i64),
        descriptor_kind::BOOL => value as i64,
        descriptor_kind::FLOAT => hash_float(f64::from_bits(value)),
        descriptor_kind::NONE => HASH_NONE,
        descriptor_kind::STR => cached_str_hash(value as StrRef),
        descriptor_kind::TUPLE | descriptor_kind::VARTUPLE => hash_tuple(value, descriptor),
        descriptor_kind::FROZENSET => crate::sets::frozenset_hash(value as *mut SetObject),
        // CPython's `object.__hash__`: the address rotated right by 4 bits
        // (None's hash for a null instance).
        // A class hashes by identity, as `type.__hash__` does.
        descriptor_kind::CLASS | descriptor_kind::GENERATOR | descriptor_kind::BOUND_METHOD => value.rotate_right(4) as i64,
        descriptor_kind::DYNAMIC => {
            let boxed = value as taipan_abi::DynamicRef;
            values_hash((*boxed).slot, (*boxed).descriptor)
        }
        descriptor_kind::INSTANCE if value == 0 => HASH_NONE,
        descriptor_kind::INSTANCE => crate::instances::instance_hash(value),
        descriptor_kind::FOREIGN => (crate::foreign::hooks().hash)(value),
        _ => unhashable(type_name(descriptor)),
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_value_hash(value: u64, descriptor: DescriptorRef) -> i64 {
    values_hash(value, descriptor)
}

/// A tuple of `count` zeroed slots; generated code fills the members. The
/// block is scanned, since members may be objects.
#[no_mangle]
pub extern "C-unwind" fn taipan_tuple_new(count: i64) -> *mut u64 {
    let count = count.max(1) as usize;
    let Some(size) = count.checked_mul(8) else { crate::exceptions::out_of_memory() };
    crate::gc::allocate(size) as *mut u64
}

#[cfg(test)]
pub mod test_descriptors {
    //! Descriptors built at test time. They are leaked on purpose: they must
    //! outlive every object that refers to them.
    use super::*;

    pub fn leaf(kind: u32) -> DescriptorRef {
        Box::leak(Box::new(TypeDescriptor { kind, count: 0, children: std::ptr::null() }))
    }

    pub fn with_children(kind: u32, children: &[DescriptorRef]) -> DescriptorRef {
        let children: &'static [DescriptorRef] = Box::leak(children.to_vec().into_boxed_slice());
        Box::leak(Box::new(TypeDescriptor { kind, count: children.len() as u32, children: children.as_ptr() }))
    }

    pub fn int() -> DescriptorRef {
        leaf(descriptor_kind::INT)
    }
    pub fn float() -> DescriptorRef {
        leaf(descriptor_kind::FLOAT)
    }
    pub fn str() -> DescriptorRef {
        leaf(descriptor_kind::STR)
    }
    pub fn none() -> DescriptorRef {
        leaf(descriptor_kind::NONE)
    }
    pub fn list_of(element: DescriptorRef) -> DescriptorRef {
        with_children(descriptor_kind::LIST, &[element])
    }
    pub fn tuple_of(members: &[DescriptorRef]) -> DescriptorRef {
        with_children(descriptor_kind::TUPLE, members)
    }

    pub fn tuple(members: &[u64]) -> u64 {
        crate::gc::init_for_tests();
        let block = taipan_tuple_new(members.len() as i64);
        for (index, member) in members.iter().enumerate() {
            unsafe { *block.add(index) = *member };
        }
        block as u64
    }

    pub fn text(value: &str) -> u64 {
        crate::gc::init_for_tests();
        crate::strings::new_str(value) as u64
    }
}

#[cfg(test)]
mod tests {
    use super::test_descriptors::*;
    use super::*;

    fn int_list(values: &[i64]) -> u64 {
        crate::gc::init_for_tests();
        let list = unsafe { crate::lists::taipan_list_new(0, int()) };
        for value in values {
            unsafe { crate::lists::taipan_list_append(list, *value as u64) };
        }
        list as u64
    }

    #[test]
    fn hashes_match_cpython() {
        // Expected values from CPython 3.11 on x86-64.
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_int(1 << 61), 1);
        assert_eq!(hash_int(-(1 << 62)), -2);
        assert_eq!(hash_int(i64::MIN), -4);
        assert_eq!(hash_int(i64::MAX), 3);
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(-2.0), -2);
        assert_eq!(hash_float(0.1), 230584300921369408);
        assert_eq!(hash_float(1e300), 1224995262755759164);
        assert_eq!(hash_float(-1e-300), -482449582752280463);
        assert_eq!(hash_float(5e-324), 16777216);
        assert_eq!(hash_float(2.2250738585072014e-308), 32768);
        assert_eq!(hash_float(1e-310), 615709907932414099);
        assert_eq!(hash_float(123456.789), 1819310134279660096);
        assert_eq!(hash_float(f64::INFINITY), 314159);
        assert_eq!(hash_float(-0.0), 0);
        let pair = tuple_of(&[int(), int()]);
        unsafe {
            assert_eq!(values_hash(tuple(&[]), tuple_of(&[])), 5740354900026072187);
            assert_eq!(values_hash(tuple(&[1, 2]), pair), -3550055125485641917);
            assert_eq!(values_hash(tuple(&[(-1i64) as u64, 7]), pair), 5130140236324056618);
            let nested = tuple_of(&[pair, float()]);
            assert_eq!(values_hash(tuple(&[tuple(&[1, 2]), 2.5f64.to_bits()]), nested), 1503799961323437586);
        }
    }

    #[test]
    fn reprs_match_cpython() {
        crate::gc::init_for_tests();
        unsafe {
            let members = tuple_of(&[int(), str(), float()]);
            let value = tuple(&[(-3i64) as u64, text("it's"), 0.5f64.to_bits()]);
            assert_eq!(repr_string(value, members), "(-3, \"it's\", 0.5)");
            assert_eq!(repr_string(tuple(&[7]), tuple_of(&[int()])), "(7,)");
            assert_eq!(repr_string(tuple(&[]), tuple_of(&[])), "()");
            assert_eq!(repr_string(int_list(&[1, 2, 3]), list_of(int())), "[1, 2, 3]");
            assert_eq!(repr_string(int_list(&[]), list_of(int())), "[]");
            assert_eq!(repr_string(0, none()), "None");
            assert_eq!(repr_string(1, leaf(descriptor_kind::BOOL)), "True");
            assert_eq!(repr_string(1e16f64.to_bits(), float()), "1e+16");
        }
    }

    #[test]
    fn sequences_compare_lexicographically() {
        unsafe {
            let list = list_of(int());
            let less = |a: &[i64], b: &[i64], op| values_compare(int_list(a), int_list(b), list, op);
            assert!(less(&[1, 2], &[1, 3], compare_op::LT));
            assert!(less(&[1, 2], &[1, 2, 0], compare_op::LT));
            assert!(!less(&[1, 2], &[1, 2], compare_op::LT));
            assert!(less(&[1, 2], &[1, 2], compare_op::LE));
            assert!(less(&[2], &[1, 9], compare_op::GT));
            assert!(less(&[1], &[1, 9], compare_op::NE));
            assert!(values_equal(int_list(&[1, 2]), int_list(&[1, 2]), list));
            let pair = tuple_of(&[str(), float()]);
            assert!(values_compare(
                tuple(&[text("a"), 2.0f64.to_bits()]),
                tuple(&[text("a"), 3.0f64.to_bits()]),
                pair,
                compare_op::LT
            ));
            assert!(values_compare(
                tuple(&[text("b"), 2.0f64.to_bits()]),
                tuple(&[text("a"), 3.0f64.to_bits()]),
                pair,
                compare_op::GE
            ));
            // Equal items are skipped without ordering them, so None inside
            // equal tuples is fine, as in CPython.
            let with_none = tuple_of(&[int(), none()]);
            assert!(values_compare(tuple(&[1, 0]), tuple(&[2, 0]), with_none, compare_op::LT));
            assert!(!values_compare(tuple(&[1, 0]), tuple(&[1, 0]), with_none, compare_op::LT));
            let nan = f64::NAN.to_bits();
            assert!(!values_equal(nan, nan, float()));
            assert!(values_compare(nan, nan, float(), compare_op::NE));
        }
    }
}
