//! The dynamic tier's values: boxes (`taipan_abi::DynamicBox`) pairing a
//! slot with the descriptor of its static type, and CPython's operations on
//! them, dispatched on the descriptors at run time.
//!
//! Codegen boxes a value where it flows into a place of union type and
//! unboxes it (checked) where a boxed value flows into typed code. What is
//! here is the run-time half of an operation whose operands inference could
//! not pin to one type: arithmetic with CPython's numeric tower and its
//! `TypeError` messages, comparisons across types (`1 == 1.0`, `True < 2`,
//! and the `TypeError` for `"a" < 1`), truth, `str`, `repr`, `len`, `hash`
//! and `type(x).__name__`. This module does not know how values are laid
//! out beyond the descriptors; the generic per-type operations live in
//! `values`.

use crate::exceptions::raise;
use crate::strings::{as_str, new_str};
use crate::values::{self, type_name};
use taipan_abi::{compare_op, descriptor_kind, dynamic_op, DescriptorRef, DynamicBox, DynamicRef, ExceptionKind, InstanceRef, ListRef, StrRef, TypeDescriptor};

/// The descriptors of the scalar types, for boxes the runtime makes itself.
pub static INT_DESCRIPTOR: TypeDescriptor = TypeDescriptor { kind: descriptor_kind::INT, count: 0, children: std::ptr::null() };
pub static FLOAT_DESCRIPTOR: TypeDescriptor = TypeDescriptor { kind: descriptor_kind::FLOAT, count: 0, children: std::ptr::null() };
pub static BOOL_DESCRIPTOR: TypeDescriptor = TypeDescriptor { kind: descriptor_kind::BOOL, count: 0, children: std::ptr::null() };
pub static NONE_DESCRIPTOR: TypeDescriptor = TypeDescriptor { kind: descriptor_kind::NONE, count: 0, children: std::ptr::null() };

/// A box that is never written: None, True and False need no allocation.
struct StaticBox(DynamicBox);

// Safety: the static boxes are immutable and point only at immutable statics.
unsafe impl Sync for StaticBox {}

static NONE_BOX: StaticBox = StaticBox(DynamicBox { descriptor: &NONE_DESCRIPTOR, slot: 0 });
static FALSE_BOX: StaticBox = StaticBox(DynamicBox { descriptor: &BOOL_DESCRIPTOR, slot: 0 });
static TRUE_BOX: StaticBox = StaticBox(DynamicBox { descriptor: &BOOL_DESCRIPTOR, slot: 1 });

const OVERFLOW_MESSAGE: &str = "integer result does not fit in 64 bits (arbitrary-precision int is not supported yet)";

/// Boxes `slot`, a value of the type `descriptor` describes. A box passed
/// in again (a descriptor of kind DYNAMIC) is returned as it is.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_box(descriptor: DescriptorRef, slot: u64) -> DynamicRef {
    match (*descriptor).kind {
        descriptor_kind::DYNAMIC => slot as DynamicRef,
        descriptor_kind::NONE => &NONE_BOX.0 as *const DynamicBox as DynamicRef,
        descriptor_kind::BOOL if slot == 0 => &FALSE_BOX.0 as *const DynamicBox as DynamicRef,
        descriptor_kind::BOOL => &TRUE_BOX.0 as *const DynamicBox as DynamicRef,
        // An instance slot of null is None (an instance that may be None).
        descriptor_kind::INSTANCE if slot == 0 => &NONE_BOX.0 as *const DynamicBox as DynamicRef,
        kind => {
            let scalar = matches!(kind, descriptor_kind::INT | descriptor_kind::FLOAT);
            let size = std::mem::size_of::<DynamicBox>();
            // The descriptor is a constant; only a slot that may be an
            // object pointer needs scanning, and then the whole box is.
            let memory = if scalar { crate::gc::allocate_atomic(size) } else { crate::gc::allocate(size) } as DynamicRef;
            memory.write(DynamicBox { descriptor, slot });
            memory
        }
    }
}

/// The box of a value of codegen's optional representation (`T | None`
/// held as a present flag beside `T`'s slot): the None box when absent,
/// else the box `taipan_dynamic_box` makes of the slot.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_box_optional(present: u8, descriptor: DescriptorRef, slot: u64) -> DynamicRef {
    if present == 0 {
        return &NONE_BOX.0 as *const DynamicBox as DynamicRef;
    }
    taipan_dynamic_box(descriptor, slot)
}

/// The slot of `T` that a box of a `T | None` value holds, 0 for None
/// (codegen reads the presence from the box's descriptor itself); a box of
/// anything else raises as `taipan_dynamic_unbox` does.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_optional_slot(value: DynamicRef, payload: DescriptorRef) -> u64 {
    if kind(value) == descriptor_kind::NONE {
        return 0;
    }
    taipan_dynamic_unbox(value, payload, std::ptr::null())
}

fn boxed_int(value: i64) -> DynamicRef {
    unsafe { taipan_dynamic_box(&INT_DESCRIPTOR, value as u64) }
}

fn boxed_float(value: f64) -> DynamicRef {
    unsafe { taipan_dynamic_box(&FLOAT_DESCRIPTOR, value.to_bits()) }
}

unsafe fn kind(value: DynamicRef) -> u32 {
    (*(*value).descriptor).kind
}

/// The name `type(value).__name__` gives.
unsafe fn dynamic_type_name(value: DynamicRef) -> String {
    if kind(value) == descriptor_kind::INSTANCE {
        return slot_type_name((*value).slot, (*value).descriptor);
    }
    type_name((*value).descriptor).to_string()
}

/// The slot of `value` as the type `expected` describes, or CPython's error
/// when it holds something else: an AttributeError naming `attribute` when
/// the value was narrowed for an attribute (a method only one of its types
/// has), "object is not subscriptable" or "is not iterable" when narrowed
/// for indexing or iteration (`attribute` is `__getitem__` or `__iter__`),
/// CPython's TypeError for an item assignment, an unpacking, `in`, an index
/// or an operand of a binary operator (`__setitem__`, `__unpack__`,
/// `__contains__`, `__index__`, `__operand__ <symbol> <side> <other type>`),
/// a TypeError otherwise. An int is accepted for a bool only as a
/// bool's own slot, and a bool for an int (bool is a subclass of int).
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_unbox(value: DynamicRef, expected: DescriptorRef, attribute: StrRef) -> u64 {
    let actual = kind(value);
    let wanted = (*expected).kind;
    let fits = actual == wanted || (wanted == descriptor_kind::INT && actual == descriptor_kind::BOOL) || wanted == descriptor_kind::DYNAMIC;
    if fits {
        if wanted == descriptor_kind::DYNAMIC {
            return value as u64;
        }
        if !same_representation((*value).descriptor, expected) {
            // Two containers of one kind with different element types: the
            // slots would be read as the wrong type. Inference should never
            // let this happen; if it does, an error, never a wrong value.
            raise(
                ExceptionKind::SystemError,
                &format!("internal error: a value of the dynamic tier held a {} where another {} was expected", type_name((*value).descriptor), type_name(expected)),
            );
        }
        return (*value).slot;
    }
    if wanted == descriptor_kind::INSTANCE && actual == descriptor_kind::NONE {
        return 0;
    }
    let name = dynamic_type_name(value);
    if !attribute.is_null() && as_str(attribute) == "__getitem__" {
        raise(ExceptionKind::TypeError, &format!("'{name}' object is not subscriptable"));
    }
    if !attribute.is_null() && as_str(attribute) == "__iter__" {
        raise(ExceptionKind::TypeError, &format!("'{name}' object is not iterable"));
    }
    if let Some(operand) = (!attribute.is_null()).then(|| as_str(attribute)).and_then(|text| text.strip_prefix("__operand__ ")) {
        // An operand of a binary operator narrowed from `T | None`:
        // "<symbol> <left|right> <other operand's type name>".
        let parts: Vec<&str> = operand.splitn(3, ' ').collect();
        if let [symbol, side, other] = parts.as_slice() {
            let sequence = matches!(*other, "list" | "tuple" | "str");
            let message = match (*side, *symbol) {
                // A sequence on the left asks the right operand first.
                ("right", "+=") if *other == "list" => format!("'{name}' object is not iterable"),
                ("right", "+" | "+=") if sequence => format!("can only concatenate {other} (not \"{name}\") to {other}"),
                ("right", "*" | "*=") if sequence => format!("can't multiply sequence by non-int of type '{name}'"),
                ("left", _) => format!("unsupported operand type(s) for {symbol}: '{name}' and '{other}'"),
                _ => format!("unsupported operand type(s) for {symbol}: '{other}' and '{name}'"),
            };
            raise(ExceptionKind::TypeError, &message);
        }
    }
    if !attribute.is_null() && as_str(attribute) == "__setitem__" {
        raise(ExceptionKind::TypeError, &format!("'{name}' object does not support item assignment"));
    }
    if !attribute.is_null() && as_str(attribute) == "__unpack__" {
        raise(ExceptionKind::TypeError, &format!("cannot unpack non-iterable {name} object"));
    }
    if !attribute.is_null() && as_str(attribute) == "__contains__" {
        raise(ExceptionKind::TypeError, &format!("argument of type '{name}' is not iterable"));
    }
    if !attribute.is_null() && as_str(attribute) == "__index__" {
        raise(ExceptionKind::TypeError, &format!("'{name}' object cannot be interpreted as an integer"));
    }
    if !attribute.is_null() {
        raise(ExceptionKind::AttributeError, &format!("'{name}' object has no attribute '{}'", as_str(attribute)));
    }
    raise(ExceptionKind::TypeError, &format!("expected {}, got {name}", type_name(expected)))
}

/// The instance a box holds, for a method call or attribute read that
/// several classes of the program answer (duck typing): any other value,
/// None included, raises CPython's AttributeError naming `attribute`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_instance(value: DynamicRef, attribute: StrRef) -> InstanceRef {
    if kind(value) == descriptor_kind::INSTANCE && (*value).slot != 0 {
        return (*value).slot as InstanceRef;
    }
    let name = dynamic_type_name(value);
    raise(ExceptionKind::AttributeError, &format!("'{name}' object has no attribute '{}'", as_str(attribute)))
}

/// Calling a box that holds no method the call site knows: CPython's
/// TypeError for a value that is not callable.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_not_callable(value: DynamicRef) -> ! {
    let name = dynamic_type_name(value);
    raise(ExceptionKind::TypeError, &format!("'{name}' object is not callable"))
}

/// The position of `name` among the `count` names at `names`, or -1: how
/// `getattr(obj, name)` with a name known only at run time finds which of
/// a class's attributes it reads.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_name_index(name: StrRef, names: *const StrRef, count: i64) -> i64 {
    let wanted = crate::strings::as_bytes(name);
    (0..count as usize)
        .find(|index| crate::ascii_words::bytes_equal(crate::strings::as_bytes(*names.add(*index)), wanted))
        .map_or(-1, |index| index as i64)
}

/// `getattr(obj, "__special__")` of an attribute every object has
/// (`__class__`, `__dict__`, `__init__`...), which native instances do not
/// provide as values: a Python exception that says so, never a wrong value.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_raise_special_attribute(name: StrRef) -> ! {
    raise(
        ExceptionKind::SystemError,
        &format!("reading the special attribute '{}' by a computed name is not supported by Taipan's native code", as_str(name)),
    )
}

/// `setattr(obj, name, value)` with a computed name that no code of the
/// program ever assigns on such an instance: native instances have room
/// only for the attributes the program assigns, so a Python exception says
/// so rather than drop the value.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_raise_untracked_attribute_store(instance: InstanceRef, name: StrRef) -> ! {
    let class = crate::instances::instance_type_name(instance);
    raise(
        ExceptionKind::SystemError,
        &format!("setattr of '{}', an attribute no code of the program assigns on '{class}' instances, is not supported by Taipan's native code", as_str(name)),
    )
}

/// Whether slots described by `actual` can be read as `expected` describes
/// them: the same kinds all the way down, where an element type that never
/// holds a value (an empty display's, kind NONE) fits any, and an element
/// of the dynamic tier fits only another.
unsafe fn same_representation(actual: DescriptorRef, expected: DescriptorRef) -> bool {
    if actual == expected {
        return true;
    }
    let (actual_kind, expected_kind) = ((*actual).kind, (*expected).kind);
    if actual_kind != expected_kind {
        return false;
    }
    if (*actual).count != (*expected).count || (*actual).children.is_null() || (*expected).children.is_null() {
        return (*actual).count == (*expected).count;
    }
    (0..(*actual).count as usize).all(|index| {
        let (left, right) = (crate::values::child(actual, index), crate::values::child(expected, index));
        let either_never = (*left).kind == descriptor_kind::NONE || (*right).kind == descriptor_kind::NONE;
        let numeric_pair = matches!(((*left).kind, (*right).kind), (descriptor_kind::INT, descriptor_kind::BOOL) | (descriptor_kind::BOOL, descriptor_kind::INT));
        either_never && !numeric_pair || same_representation(left, right)
    })
}

/// A numeric box as an int (bools included), if it is one.
unsafe fn as_int(value: DynamicRef) -> Option<i64> {
    match kind(value) {
        descriptor_kind::INT | descriptor_kind::BOOL => Some((*value).slot as i64),
        _ => None,
    }
}

/// A numeric box as a float, if it is a number at all.
unsafe fn as_float(value: DynamicRef) -> Option<f64> {
    match kind(value) {
        descriptor_kind::INT | descriptor_kind::BOOL => Some((*value).slot as i64 as f64),
        descriptor_kind::FLOAT => Some(f64::from_bits((*value).slot)),
        _ => None,
    }
}

/// The operator as CPython's messages name it (`+=` for an augmented
/// assignment's, `in_place`).
fn operator_symbol(op: i32, in_place: bool) -> String {
    let symbol = match op {
        dynamic_op::ADD => "+",
        dynamic_op::SUBTRACT => "-",
        dynamic_op::MULTIPLY => "*",
        dynamic_op::TRUE_DIVIDE => "/",
        dynamic_op::FLOOR_DIVIDE => "//",
        dynamic_op::MODULO => "%",
        dynamic_op::BIT_AND => "&",
        dynamic_op::BIT_OR => "|",
        dynamic_op::BIT_XOR => "^",
        dynamic_op::LEFT_SHIFT => "<<",
        dynamic_op::RIGHT_SHIFT => ">>",
        _ => "**",
    };
    if in_place {
        format!("{symbol}=")
    } else {
        symbol.to_string()
    }
}

/// Whether a value of this descriptor kind can be iterated.
fn is_iterable_kind(kind: u32) -> bool {
    matches!(
        kind,
        descriptor_kind::STR
            | descriptor_kind::LIST
            | descriptor_kind::TUPLE
            | descriptor_kind::VARTUPLE
            | descriptor_kind::DICT
            | descriptor_kind::SET
            | descriptor_kind::FROZENSET
            | descriptor_kind::GENERATOR
            | descriptor_kind::RANGE
            | descriptor_kind::FOREIGN
            | descriptor_kind::INSTANCE
    )
}

fn checked(result: Option<i64>) -> DynamicRef {
    match result {
        Some(value) => boxed_int(value),
        None => raise(ExceptionKind::OverflowError, OVERFLOW_MESSAGE),
    }
}

fn is_bitwise(op: i32) -> bool {
    matches!(op, dynamic_op::BIT_AND | dynamic_op::BIT_OR | dynamic_op::BIT_XOR | dynamic_op::LEFT_SHIFT | dynamic_op::RIGHT_SHIFT)
}

/// `&`, `|`, `^`, `<<` and `>>` of ints (and bools: two bools give a bool
/// for `&`, `|` and `^`, as CPython's `bool` does).
fn int_bitwise(op: i32, left: i64, right: i64, both_bools: bool) -> DynamicRef {
    let result = match op {
        dynamic_op::BIT_AND => left & right,
        dynamic_op::BIT_OR => left | right,
        dynamic_op::BIT_XOR => left ^ right,
        _ if right < 0 => raise(ExceptionKind::ValueError, "negative shift count"),
        dynamic_op::LEFT_SHIFT => {
            if left == 0 {
                0
            } else if right >= 64 || (left << right) >> right != left {
                raise(ExceptionKind::OverflowError, OVERFLOW_MESSAGE)
            } else {
                left << right
            }
        }
        _ => left >> right.min(63),
    };
    if both_bools && matches!(op, dynamic_op::BIT_AND | dynamic_op::BIT_OR | dynamic_op::BIT_XOR) {
        return if result != 0 { &TRUE_BOX.0 as *const DynamicBox as DynamicRef } else { &FALSE_BOX.0 as *const DynamicBox as DynamicRef };
    }
    boxed_int(result)
}

fn int_binary(op: i32, left: i64, right: i64) -> DynamicRef {
    match op {
        dynamic_op::ADD => checked(left.checked_add(right)),
        dynamic_op::SUBTRACT => checked(left.checked_sub(right)),
        dynamic_op::MULTIPLY => checked(left.checked_mul(right)),
        dynamic_op::TRUE_DIVIDE => boxed_float(crate::numbers::taipan_int_true_divide(left, right)),
        dynamic_op::FLOOR_DIVIDE | dynamic_op::MODULO => {
            if right == 0 {
                let message = if op == dynamic_op::MODULO { "integer modulo by zero" } else { "integer division or modulo by zero" };
                raise(ExceptionKind::ZeroDivisionError, message);
            }
            let Some(quotient) = left.checked_div(right) else { raise(ExceptionKind::OverflowError, OVERFLOW_MESSAGE) };
            let remainder = left - quotient * right;
            // Python rounds the quotient towards negative infinity, so the
            // remainder takes the divisor's sign.
            let (quotient, remainder) =
                if remainder != 0 && ((remainder < 0) != (right < 0)) { (quotient - 1, remainder + right) } else { (quotient, remainder) };
            boxed_int(if op == dynamic_op::MODULO { remainder } else { quotient })
        }
        _ => {
            if right < 0 {
                if left == 0 {
                    raise(ExceptionKind::ZeroDivisionError, "0.0 cannot be raised to a negative power");
                }
                boxed_float(crate::numbers::taipan_float_pow(left as f64, right as f64))
            } else {
                boxed_int(crate::numbers::taipan_int_pow(left, right))
            }
        }
    }
}

fn float_binary(op: i32, left: f64, right: f64) -> DynamicRef {
    let result = match op {
        dynamic_op::ADD => left + right,
        dynamic_op::SUBTRACT => left - right,
        dynamic_op::MULTIPLY => left * right,
        dynamic_op::TRUE_DIVIDE => {
            if right == 0.0 {
                raise(ExceptionKind::ZeroDivisionError, "float division by zero");
            }
            left / right
        }
        dynamic_op::FLOOR_DIVIDE => {
            if right == 0.0 {
                raise(ExceptionKind::ZeroDivisionError, "float floor division by zero");
            }
            crate::numbers::taipan_float_floor_divide(left, right)
        }
        dynamic_op::MODULO => {
            if right == 0.0 {
                raise(ExceptionKind::ZeroDivisionError, "float modulo");
            }
            crate::numbers::taipan_float_modulo(left, right)
        }
        _ => crate::numbers::taipan_float_pow(left, right),
    };
    boxed_float(result)
}

/// `left op right` for two boxes, with CPython's result types and errors.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_binary(op: i32, left: DynamicRef, right: DynamicRef) -> DynamicRef {
    let in_place = op & dynamic_op::IN_PLACE != 0;
    let op = op & !dynamic_op::IN_PLACE;
    if in_place && kind(left) == descriptor_kind::LIST && op == dynamic_op::ADD && !is_iterable_kind(kind(right)) {
        // `list += x` extends the list with x's items.
        raise(ExceptionKind::TypeError, &format!("'{}' object is not iterable", dynamic_type_name(right)));
    }
    if is_bitwise(op) {
        if let (Some(a), Some(b)) = (as_int(left), as_int(right)) {
            let both_bools = kind(left) == descriptor_kind::BOOL && kind(right) == descriptor_kind::BOOL;
            return int_bitwise(op, a, b, both_bools);
        }
    } else {
        if let (Some(a), Some(b)) = (as_int(left), as_int(right)) {
            return int_binary(op, a, b);
        }
        if let (Some(a), Some(b)) = (as_float(left), as_float(right)) {
            return float_binary(op, a, b);
        }
    }
    let (left_kind, right_kind) = (kind(left), kind(right));
    match (op, left_kind, right_kind) {
        (dynamic_op::ADD, descriptor_kind::STR, descriptor_kind::STR) => {
            let joined = crate::strings::taipan_str_concat((*left).slot as StrRef, (*right).slot as StrRef);
            return taipan_dynamic_box(&values::STR_DESCRIPTOR, joined as u64);
        }
        (dynamic_op::ADD, descriptor_kind::STR, _) => raise(
            ExceptionKind::TypeError,
            &format!("can only concatenate str (not \"{}\") to str", dynamic_type_name(right)),
        ),
        // (`list += iterable` extends the list: carried out by CPython.)
        (dynamic_op::ADD, descriptor_kind::LIST, _) if right_kind != descriptor_kind::LIST && !in_place => raise(
            ExceptionKind::TypeError,
            &format!("can only concatenate list (not \"{}\") to list", dynamic_type_name(right)),
        ),
        (dynamic_op::MULTIPLY, descriptor_kind::LIST | descriptor_kind::TUPLE | descriptor_kind::VARTUPLE, descriptor_kind::STR) => {
            // The left sequence repeats first, by a str.
            raise(ExceptionKind::TypeError, "can't multiply sequence by non-int of type 'str'")
        }
        (dynamic_op::MULTIPLY, descriptor_kind::STR, _) | (dynamic_op::MULTIPLY, _, descriptor_kind::STR) => {
            let (text, count) = if left_kind == descriptor_kind::STR { (left, right) } else { (right, left) };
            match as_int(count) {
                Some(times) => {
                    let repeated = crate::strings::taipan_str_repeat((*text).slot as StrRef, times);
                    return taipan_dynamic_box(&values::STR_DESCRIPTOR, repeated as u64);
                }
                None => raise(
                    ExceptionKind::TypeError,
                    &format!("can't multiply sequence by non-int of type '{}'", dynamic_type_name(count)),
                ),
            }
        }
        _ => {}
    }
    // Lists and dicts of one representation (inference accepts no other
    // pair): concatenation, repetition and dict union, in place for the
    // augmented forms, as CPython's list and dict do.
    let same_representation = values::same_descriptor((*left).descriptor, (*right).descriptor);
    match (op, left_kind, right_kind) {
        (dynamic_op::ADD, descriptor_kind::LIST, descriptor_kind::LIST) if same_representation => {
            let (left_list, right_list) = ((*left).slot as ListRef, (*right).slot as ListRef);
            if in_place {
                crate::lists::taipan_list_extend(left_list, right_list);
                return left;
            }
            return taipan_dynamic_box((*left).descriptor, crate::lists::taipan_list_concat(left_list, right_list) as u64);
        }
        (dynamic_op::MULTIPLY, descriptor_kind::LIST, descriptor_kind::INT | descriptor_kind::BOOL)
        | (dynamic_op::MULTIPLY, descriptor_kind::INT | descriptor_kind::BOOL, descriptor_kind::LIST) => {
            let (list, count) = if left_kind == descriptor_kind::LIST { (left, right) } else { (right, left) };
            let times = as_int(count).unwrap_or(0);
            let repeated = crate::lists::taipan_list_repeat((*list).slot as ListRef, times);
            if in_place && left_kind == descriptor_kind::LIST {
                // `l *= n` changes l itself.
                crate::lists::taipan_list_clear((*left).slot as ListRef);
                crate::lists::taipan_list_extend((*left).slot as ListRef, repeated);
                return left;
            }
            return taipan_dynamic_box((*list).descriptor, repeated as u64);
        }
        (dynamic_op::ADD, descriptor_kind::VARTUPLE, descriptor_kind::VARTUPLE) if same_representation => {
            let joined = crate::lists::taipan_list_concat((*left).slot as ListRef, (*right).slot as ListRef);
            return taipan_dynamic_box((*left).descriptor, joined as u64);
        }
        (dynamic_op::ADD, descriptor_kind::TUPLE, descriptor_kind::TUPLE) => {
            // A tuple of run-time length, as inference types it, when every
            // member of both is of one type whose descriptor tells it.
            let children: Vec<DescriptorRef> = (0..(*(*left).descriptor).count as usize)
                .map(|index| values::child((*left).descriptor, index))
                .chain((0..(*(*right).descriptor).count as usize).map(|index| values::child((*right).descriptor, index)))
                .collect();
            if let Some(first) = children.first().copied() {
                let telling = !matches!((*first).kind, descriptor_kind::INSTANCE | descriptor_kind::DYNAMIC | descriptor_kind::CLASS);
                if telling && children.iter().all(|child| values::same_descriptor(*child, first)) {
                    let members: Vec<u64> = values::tuple_members((*left).slot, (*left).descriptor)
                        .iter()
                        .chain(values::tuple_members((*right).slot, (*right).descriptor))
                        .copied()
                        .collect();
                    let joined = crate::lists::new_list_from(&members, first);
                    return taipan_dynamic_box(variable_tuple_descriptor(first), joined as u64);
                }
            }
            // Members of several types: a fixed-length tuple, up to the
            // bound inference types (`MAX_DYNAMIC_TUPLE_CONCATENATION`).
            if !children.is_empty() && children.len() <= MAX_DYNAMIC_TUPLE_CONCATENATION {
                let members: Vec<u64> = values::tuple_members((*left).slot, (*left).descriptor)
                    .iter()
                    .chain(values::tuple_members((*right).slot, (*right).descriptor))
                    .copied()
                    .collect();
                let descriptor = concatenated_tuple_descriptor((*left).descriptor, (*right).descriptor);
                let block = crate::gc::allocate(members.len() * 8) as *mut u64;
                for (index, member) in members.iter().enumerate() {
                    block.add(index).write(*member);
                }
                return taipan_dynamic_box(descriptor, block as u64);
            }
        }
        (dynamic_op::MULTIPLY, descriptor_kind::VARTUPLE, descriptor_kind::INT | descriptor_kind::BOOL)
        | (dynamic_op::MULTIPLY, descriptor_kind::INT | descriptor_kind::BOOL, descriptor_kind::VARTUPLE) => {
            let (tuple, count) = if left_kind == descriptor_kind::VARTUPLE { (left, right) } else { (right, left) };
            let repeated = crate::lists::taipan_list_repeat((*tuple).slot as ListRef, as_int(count).unwrap_or(0));
            return taipan_dynamic_box((*tuple).descriptor, repeated as u64);
        }
        (dynamic_op::MULTIPLY, descriptor_kind::TUPLE, descriptor_kind::INT | descriptor_kind::BOOL)
        | (dynamic_op::MULTIPLY, descriptor_kind::INT | descriptor_kind::BOOL, descriptor_kind::TUPLE) => {
            // A tuple of run-time length (inference accepts only tuples
            // whose members are of one type).
            let (tuple, count) = if left_kind == descriptor_kind::TUPLE { (left, right) } else { (right, left) };
            let descriptor = (*tuple).descriptor;
            let count_of_members = (*descriptor).count as usize;
            // Instances of different classes, and boxes, share descriptors:
            // only members whose descriptor tells their type are taken.
            let first_kind = if count_of_members > 0 { (*values::child(descriptor, 0)).kind } else { descriptor_kind::NONE };
            let one_element_type = !matches!(first_kind, descriptor_kind::INSTANCE | descriptor_kind::DYNAMIC | descriptor_kind::CLASS)
                && (1..count_of_members).all(|index| values::same_descriptor(values::child(descriptor, index), values::child(descriptor, 0)));
            if count_of_members > 0 && one_element_type {
                let element = values::child(descriptor, 0);
                let members = values::tuple_members((*tuple).slot, descriptor);
                let once = crate::lists::new_list_from(members, element);
                let repeated = crate::lists::taipan_list_repeat(once, as_int(count).unwrap_or(0));
                return taipan_dynamic_box(variable_tuple_descriptor(element), repeated as u64);
            }
        }
        (dynamic_op::BIT_OR, descriptor_kind::DICT, descriptor_kind::DICT) if same_representation => {
            let (left_dict, right_dict) = ((*left).slot as taipan_abi::ObjectRef, (*right).slot as taipan_abi::ObjectRef);
            let target = if in_place { left_dict } else { crate::dicts::taipan_dict_copy(left_dict) };
            crate::dicts::taipan_dict_update(target, right_dict);
            return if in_place { left } else { taipan_dynamic_box((*left).descriptor, target as u64) };
        }
        _ => {}
    }
    // Sets of one type: the set runtime, keeping the left operand's kind
    // (`set | frozenset` is a set); `s |= t` changes a set itself.
    let set_kinds = matches!(left_kind, descriptor_kind::SET | descriptor_kind::FROZENSET) && matches!(right_kind, descriptor_kind::SET | descriptor_kind::FROZENSET);
    let same_elements = set_kinds && values::same_descriptor(values::child((*left).descriptor, 0), values::child((*right).descriptor, 0));
    let set_operation = match op {
        dynamic_op::BIT_OR => Some(taipan_abi::set_op::UNION),
        dynamic_op::BIT_AND => Some(taipan_abi::set_op::INTERSECTION),
        dynamic_op::SUBTRACT => Some(taipan_abi::set_op::DIFFERENCE),
        dynamic_op::BIT_XOR => Some(taipan_abi::set_op::SYMMETRIC_DIFFERENCE),
        _ => None,
    };
    if let (true, Some(set_operation)) = (same_elements, set_operation) {
        let (left_set, right_set) = ((*left).slot as taipan_abi::ObjectRef, (*right).slot as taipan_abi::ObjectRef);
        if in_place && left_kind == descriptor_kind::SET {
            crate::sets::taipan_set_inplace(left_set, right_set, set_operation);
            return left;
        }
        let frozen = (left_kind == descriptor_kind::FROZENSET) as u8;
        let result = crate::sets::taipan_set_binary(left_set, right_set, set_operation, frozen);
        return taipan_dynamic_box((*left).descriptor, result as u64);
    }
    // What CPython carries out with these operand kinds (sequence
    // concatenation and repetition, set difference, `%` formatting, an
    // instance's special methods): typed statically, not here.
    let sequence = |kind: u32| matches!(kind, descriptor_kind::LIST | descriptor_kind::TUPLE | descriptor_kind::VARTUPLE);
    let tuple_like = |kind: u32| matches!(kind, descriptor_kind::TUPLE | descriptor_kind::VARTUPLE);
    let set_like = |kind: u32| matches!(kind, descriptor_kind::SET | descriptor_kind::FROZENSET);
    let integer = |kind: u32| matches!(kind, descriptor_kind::INT | descriptor_kind::BOOL);
    let instance = |kind: u32| kind == descriptor_kind::INSTANCE;
    let cpython_carries_out = match op {
        dynamic_op::ADD => {
            (left_kind == descriptor_kind::LIST && right_kind == descriptor_kind::LIST)
                || (tuple_like(left_kind) && tuple_like(right_kind))
                || (in_place && left_kind == descriptor_kind::LIST && is_iterable_kind(right_kind))
        }
        dynamic_op::MULTIPLY => (sequence(left_kind) && integer(right_kind)) || (integer(left_kind) && sequence(right_kind)),
        dynamic_op::SUBTRACT | dynamic_op::BIT_AND | dynamic_op::BIT_XOR => set_like(left_kind) && set_like(right_kind),
        dynamic_op::BIT_OR => (set_like(left_kind) && set_like(right_kind)) || (left_kind == descriptor_kind::DICT && right_kind == descriptor_kind::DICT),
        dynamic_op::MODULO => left_kind == descriptor_kind::STR,
        _ => false,
    };
    if !cpython_carries_out && !instance(left_kind) && !instance(right_kind) {
        // CPython's own messages for sequences.
        if op == dynamic_op::ADD && tuple_like(left_kind) {
            raise(ExceptionKind::TypeError, &format!("can only concatenate tuple (not \"{}\") to tuple", dynamic_type_name(right)));
        }
        if op == dynamic_op::MULTIPLY && (sequence(left_kind) || sequence(right_kind)) {
            let other = if sequence(left_kind) { right } else { left };
            raise(ExceptionKind::TypeError, &format!("can't multiply sequence by non-int of type '{}'", dynamic_type_name(other)));
        }
    }
    if cpython_carries_out || instance(left_kind) || instance(right_kind) {
        // Container operations CPython has (list + list, tuple * int, ...),
        // `%` formatting and special methods of instances are typed
        // statically; a box holding one here is not supported, and saying
        // so is better than a wrong TypeError.
        raise(
            ExceptionKind::SystemError,
            &format!(
                "'{}' {} '{}' on values of several possible types is not supported yet",
                dynamic_type_name(left),
                operator_symbol(op, false),
                dynamic_type_name(right)
            ),
        );
    }
    raise(
        ExceptionKind::TypeError,
        &format!("unsupported operand type(s) for {}: '{}' and '{}'", operator_symbol(op, in_place), dynamic_type_name(left), dynamic_type_name(right)),
    )
}

/// The longest tuple of members of several types `+` makes of two boxed
/// tuples (typeinfer's `operators::MAX_DYNAMIC_TUPLE_CONCATENATION`).
const MAX_DYNAMIC_TUPLE_CONCATENATION: usize = 8;

/// The descriptor of the tuple `left + right` gives (the left's members,
/// then the right's), made once per pair of operand descriptors and kept
/// for the program's life, as codegen's constant descriptors are.
unsafe fn concatenated_tuple_descriptor(left: DescriptorRef, right: DescriptorRef) -> DescriptorRef {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static MADE: Mutex<Option<HashMap<(usize, usize), usize>>> = Mutex::new(None);
    let mut made = MADE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let made = made.get_or_insert_with(HashMap::new);
    let key = (left as usize, right as usize);
    if let Some(descriptor) = made.get(&key) {
        return *descriptor as DescriptorRef;
    }
    let children: Vec<DescriptorRef> = (0..(*left).count as usize)
        .map(|index| values::child(left, index))
        .chain((0..(*right).count as usize).map(|index| values::child(right, index)))
        .collect();
    let count = children.len() as u32;
    let children: &'static [DescriptorRef] = Box::leak(children.into_boxed_slice());
    let descriptor: &'static TypeDescriptor = Box::leak(Box::new(TypeDescriptor { kind: descriptor_kind::TUPLE, count, children: children.as_ptr() }));
    let descriptor = descriptor as *const TypeDescriptor;
    made.insert(key, descriptor as usize);
    descriptor
}

/// The descriptor of a tuple of run-time length of `element`s, made once
/// per element descriptor and kept for the program's life.
unsafe fn variable_tuple_descriptor(element: DescriptorRef) -> DescriptorRef {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static MADE: Mutex<Option<HashMap<usize, usize>>> = Mutex::new(None);
    let mut made = MADE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let made = made.get_or_insert_with(HashMap::new);
    if let Some(descriptor) = made.get(&(element as usize)) {
        return *descriptor as DescriptorRef;
    }
    let children: &'static [DescriptorRef] = Box::leak(vec![element].into_boxed_slice());
    let descriptor: &'static TypeDescriptor = Box::leak(Box::new(TypeDescriptor { kind: descriptor_kind::VARTUPLE, count: 1, children: children.as_ptr() }));
    let descriptor = descriptor as *const TypeDescriptor;
    made.insert(element as usize, descriptor as usize);
    descriptor
}

/// `-value`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_negate(value: DynamicRef) -> DynamicRef {
    if let Some(number) = as_int(value) {
        return checked(number.checked_neg());
    }
    if kind(value) == descriptor_kind::FLOAT {
        return boxed_float(-f64::from_bits((*value).slot));
    }
    raise(ExceptionKind::TypeError, &format!("bad operand type for unary -: '{}'", dynamic_type_name(value)))
}

/// `left is right` for two boxes. The same box is the same object, values
/// of different types never are, None and the bools are singletons, and
/// objects (instances, containers) are the same when their addresses are.
/// Ints, floats or strs that differ never are one object, and equal ints
/// from -5 to 256 (and empty strs) always are, as CPython caches them.
/// Whether other equal values held apart are one object is CPython's
/// implementation detail (interned strs, constants shared by a code
/// object), which native code cannot reproduce: a SystemError says so.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_is(left: DynamicRef, right: DynamicRef) -> u8 {
    if left == right {
        return 1;
    }
    let (left_kind, right_kind) = (kind(left), kind(right));
    if left_kind != right_kind {
        return 0;
    }
    match left_kind {
        descriptor_kind::NONE => 1,
        descriptor_kind::BOOL => ((*left).slot == (*right).slot) as u8,
        // Values that differ are never one object. Equal ints from -5 to 256
        // are: CPython keeps one object for each; so is the empty str.
        descriptor_kind::INT | descriptor_kind::FLOAT if (*left).slot != (*right).slot => 0,
        descriptor_kind::INT if (-5..=256).contains(&((*left).slot as i64)) => 1,
        descriptor_kind::STR if as_str((*left).slot as StrRef) != as_str((*right).slot as StrRef) => 0,
        descriptor_kind::STR if as_str((*left).slot as StrRef).is_empty() => 1,
        // Tuples: CPython shares constant tuples and the empty one, and
        // builds others anew, which native code cannot follow for equal
        // tuples held apart.
        descriptor_kind::TUPLE | descriptor_kind::VARTUPLE if (*left).slot == (*right).slot => 1,
        descriptor_kind::TUPLE | descriptor_kind::VARTUPLE if !slots_equal((*left).slot, (*left).descriptor, (*right).slot, (*right).descriptor) => 0,
        descriptor_kind::TUPLE | descriptor_kind::VARTUPLE if slot_len((*left).slot, (*left).descriptor) == 0 => 1,
        descriptor_kind::INT | descriptor_kind::FLOAT | descriptor_kind::STR | descriptor_kind::TUPLE | descriptor_kind::VARTUPLE => raise(
            ExceptionKind::SystemError,
            &format!("`is` between two {} values held apart is not supported by Taipan's native code (CPython's answer depends on its object caches)", dynamic_type_name(left)),
        ),
        _ => ((*left).slot == (*right).slot) as u8,
    }
}

/// Unary `+` (`UNARY_PLUS`) and `~` (`UNARY_INVERT`) of a box.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_unary(op: i32, value: DynamicRef) -> DynamicRef {
    if let Some(number) = as_int(value) {
        return boxed_int(if op == dynamic_op::UNARY_INVERT { !number } else { number });
    }
    if kind(value) == descriptor_kind::FLOAT && op == dynamic_op::UNARY_PLUS {
        return boxed_float(f64::from_bits((*value).slot));
    }
    let symbol = if op == dynamic_op::UNARY_INVERT { "~" } else { "+" };
    raise(ExceptionKind::TypeError, &format!("bad operand type for unary {symbol}: '{}'", dynamic_type_name(value)))
}

/// Whether two slots, of the types two descriptors describe, are equal as
/// CPython's `==` says: numbers by value across int, float and bool;
/// sequences item by item; values of unrelated types never.
pub unsafe fn slots_equal(left: u64, left_descriptor: DescriptorRef, right: u64, right_descriptor: DescriptorRef) -> bool {
    let (left, left_descriptor) = unwrap(left, left_descriptor);
    let (right, right_descriptor) = unwrap(right, right_descriptor);
    if values::same_descriptor(left_descriptor, right_descriptor) {
        return values::values_equal(left, right, left_descriptor);
    }
    let (left_kind, right_kind) = ((*left_descriptor).kind, (*right_descriptor).kind);
    if let (Some(a), Some(b)) = (number(left, left_kind), number(right, right_kind)) {
        return numbers_compare(a, b, compare_op::EQ);
    }
    match (left_kind, right_kind) {
        (descriptor_kind::LIST, descriptor_kind::LIST) | (descriptor_kind::VARTUPLE, descriptor_kind::VARTUPLE) => {
            let left_items = crate::lists::items(left as *mut taipan_abi::ListObject);
            let right_items = crate::lists::items(right as *mut taipan_abi::ListObject);
            let (left_element, right_element) = (values::child(left_descriptor, 0), values::child(right_descriptor, 0));
            left_items.len() == right_items.len()
                && left_items.iter().zip(right_items.iter()).all(|(a, b)| slots_equal(*a, left_element, *b, right_element))
        }
        (descriptor_kind::TUPLE | descriptor_kind::VARTUPLE, descriptor_kind::TUPLE | descriptor_kind::VARTUPLE) => {
            let left_items = sequence_items(left, left_descriptor);
            let right_items = sequence_items(right, right_descriptor);
            left_items.len() == right_items.len() && left_items.iter().zip(right_items.iter()).all(|(a, b)| slots_equal(a.0, a.1, b.0, b.1))
        }
        // An instance that may be None, against None.
        (descriptor_kind::INSTANCE, descriptor_kind::NONE) if left == 0 || !has_compare_method(left, taipan_abi::compare_method::EQ) => left == 0,
        (descriptor_kind::NONE, descriptor_kind::INSTANCE) if right == 0 || !has_compare_method(right, taipan_abi::compare_method::EQ) => right == 0,
        (descriptor_kind::INSTANCE, _) if has_compare_method(left, taipan_abi::compare_method::EQ) => unsupported_instance_comparison(left, right, right_descriptor),
        (_, descriptor_kind::INSTANCE) if has_compare_method(right, taipan_abi::compare_method::EQ) => unsupported_instance_comparison(right, left, left_descriptor),
        _ => false,
    }
}

/// Whether a (possibly null) instance's class defines the comparison
/// method `index` (`taipan_abi::compare_method`).
unsafe fn has_compare_method(instance: u64, index: usize) -> bool {
    crate::instances::compare_method(instance as taipan_abi::InstanceRef, index).is_some()
}

/// An instance whose class has a comparison method, compared with a value
/// of another type: the method was compiled for instances of its own class
/// family only, so native code cannot call it with this value. A Python
/// exception that says so, never a silent wrong answer.
unsafe fn unsupported_instance_comparison(instance: u64, other: u64, other_descriptor: DescriptorRef) -> ! {
    let class = crate::instances::instance_type_name(instance as taipan_abi::InstanceRef);
    let other_type = slot_type_name(other, other_descriptor);
    raise(
        ExceptionKind::SystemError,
        &format!("comparing a '{class}' instance, whose class has comparison methods, with a '{other_type}' is not supported by Taipan's native code"),
    )
}

/// A boxed slot's contents with their own descriptor; other slots as given.
unsafe fn unwrap(slot: u64, descriptor: DescriptorRef) -> (u64, DescriptorRef) {
    if (*descriptor).kind == descriptor_kind::DYNAMIC {
        let value = slot as DynamicRef;
        return ((*value).slot, (*value).descriptor);
    }
    (slot, descriptor)
}

/// A number for mixed comparisons: ints exactly, floats as they are.
#[derive(Clone, Copy)]
enum Number {
    Int(i64),
    Float(f64),
}

fn number(slot: u64, kind: u32) -> Option<Number> {
    match kind {
        descriptor_kind::INT | descriptor_kind::BOOL => Some(Number::Int(slot as i64)),
        descriptor_kind::FLOAT => Some(Number::Float(f64::from_bits(slot))),
        _ => None,
    }
}

fn numbers_compare(left: Number, right: Number, op: i32) -> bool {
    // `taipan_compare_int_float` is exact (CPython compares an int with a
    // float without rounding the int) and reports NaN as unordered (2).
    let ordering = match (left, right) {
        (Number::Int(a), Number::Int(b)) => return values::ordering_satisfies(a.cmp(&b), op),
        (Number::Float(a), Number::Float(b)) => a.partial_cmp(&b),
        (Number::Int(a), Number::Float(b)) => int_float_ordering(a, b),
        (Number::Float(a), Number::Int(b)) => int_float_ordering(b, a).map(std::cmp::Ordering::reverse),
    };
    match ordering {
        Some(ordering) => values::ordering_satisfies(ordering, op),
        None => op == compare_op::NE,
    }
}

fn int_float_ordering(left: i64, right: f64) -> Option<std::cmp::Ordering> {
    match crate::numbers::taipan_compare_int_float(left, right) {
        -1 => Some(std::cmp::Ordering::Less),
        0 => Some(std::cmp::Ordering::Equal),
        1 => Some(std::cmp::Ordering::Greater),
        _ => None,
    }
}

/// CPython's rich comparison of two slots that may be of different types.
pub unsafe fn slots_compare(left: u64, left_descriptor: DescriptorRef, right: u64, right_descriptor: DescriptorRef, op: i32) -> bool {
    if op == compare_op::EQ || op == compare_op::NE {
        return slots_equal(left, left_descriptor, right, right_descriptor) == (op == compare_op::EQ);
    }
    let (left, left_descriptor) = unwrap(left, left_descriptor);
    let (right, right_descriptor) = unwrap(right, right_descriptor);
    if values::same_descriptor(left_descriptor, right_descriptor) {
        return values::values_compare(left, right, left_descriptor, op);
    }
    let (left_kind, right_kind) = ((*left_descriptor).kind, (*right_descriptor).kind);
    if let (Some(a), Some(b)) = (number(left, left_kind), number(right, right_kind)) {
        return numbers_compare(a, b, op);
    }
    // Sequences of one kind order lexicographically, item against item
    // across types (`[1, 2] < [1, 2.5]`, `(1, "a") < (1, "b")`).
    let tuple_like = |kind: u32| matches!(kind, descriptor_kind::TUPLE | descriptor_kind::VARTUPLE);
    let same_sequence_kind = (left_kind == descriptor_kind::LIST && right_kind == descriptor_kind::LIST) || (tuple_like(left_kind) && tuple_like(right_kind));
    if same_sequence_kind {
        let left_items = sequence_items(left, left_descriptor);
        let right_items = sequence_items(right, right_descriptor);
        for (a, b) in left_items.iter().zip(right_items.iter()) {
            if !slots_equal(a.0, a.1, b.0, b.1) {
                return slots_compare(a.0, a.1, b.0, b.1, op);
            }
        }
        return values::ordering_satisfies(left_items.len().cmp(&right_items.len()), op);
    }
    let method = match op {
        compare_op::LT => taipan_abi::compare_method::LT,
        compare_op::LE => taipan_abi::compare_method::LE,
        compare_op::GT => taipan_abi::compare_method::GT,
        _ => taipan_abi::compare_method::GE,
    };
    let reflected = match op {
        compare_op::LT => taipan_abi::compare_method::GT,
        compare_op::LE => taipan_abi::compare_method::GE,
        compare_op::GT => taipan_abi::compare_method::LT,
        _ => taipan_abi::compare_method::LE,
    };
    if left_kind == descriptor_kind::INSTANCE && has_compare_method(left, method) {
        unsupported_instance_comparison(left, right, right_descriptor);
    }
    if right_kind == descriptor_kind::INSTANCE && has_compare_method(right, reflected) {
        unsupported_instance_comparison(right, left, left_descriptor);
    }
    let left_name = slot_type_name(left, left_descriptor);
    let right_name = slot_type_name(right, right_descriptor);
    values::unsupported_comparison(op, &left_name, &right_name)
}

/// The items of a list or tuple (fixed or of run-time length), each with
/// its descriptor.
unsafe fn sequence_items(slot: u64, descriptor: DescriptorRef) -> Vec<(u64, DescriptorRef)> {
    match (*descriptor).kind {
        descriptor_kind::TUPLE => {
            values::tuple_members(slot, descriptor).iter().enumerate().map(|(index, member)| (*member, values::child(descriptor, index))).collect()
        }
        _ => {
            let element = values::child(descriptor, 0);
            crate::lists::items(slot as *mut taipan_abi::ListObject).iter().map(|item| (*item, element)).collect()
        }
    }
}

unsafe fn slot_type_name(slot: u64, descriptor: DescriptorRef) -> String {
    if (*descriptor).kind == descriptor_kind::INSTANCE {
        if slot == 0 {
            return "NoneType".to_string();
        }
        let instance = slot as taipan_abi::InstanceRef;
        return as_str((*(*instance).class).name).to_string();
    }
    type_name(descriptor).to_string()
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_compare(op: i32, left: DynamicRef, right: DynamicRef) -> u8 {
    slots_compare((*left).slot, (*left).descriptor, (*right).slot, (*right).descriptor, op) as u8
}

/// A comparison of a box with a value of a static type, which is not boxed
/// for it: `boxed op slot`, or `slot op boxed` when the box is on the right.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_compare_slot(op: i32, boxed: DynamicRef, slot: u64, descriptor: DescriptorRef, boxed_on_left: u8) -> u8 {
    let static_kind = (*descriptor).kind;
    if kind(boxed) == static_kind && matches!(static_kind, descriptor_kind::STR | descriptor_kind::INT | descriptor_kind::FLOAT | descriptor_kind::BOOL) {
        // The box holds the other side's scalar type: compared as that type.
        let (left, right) = if boxed_on_left != 0 { ((*boxed).slot, slot) } else { (slot, (*boxed).slot) };
        return match op {
            compare_op::EQ => values::values_equal(left, right, descriptor),
            compare_op::NE => !values::values_equal(left, right, descriptor),
            _ => values::values_compare(left, right, descriptor, op),
        } as u8;
    }
    let result = if boxed_on_left != 0 {
        slots_compare((*boxed).slot, (*boxed).descriptor, slot, descriptor, op)
    } else {
        slots_compare(slot, descriptor, (*boxed).slot, (*boxed).descriptor, op)
    };
    result as u8
}

/// `bool(value)`.
pub unsafe fn slot_truth(slot: u64, descriptor: DescriptorRef) -> bool {
    match (*descriptor).kind {
        descriptor_kind::INT | descriptor_kind::BOOL => slot != 0,
        descriptor_kind::FLOAT => f64::from_bits(slot) != 0.0,
        descriptor_kind::NONE => false,
        descriptor_kind::STR => (*(slot as StrRef)).byte_length != 0,
        descriptor_kind::LIST | descriptor_kind::VARTUPLE => !crate::lists::items(slot as *mut taipan_abi::ListObject).is_empty(),
        descriptor_kind::DICT | descriptor_kind::SET | descriptor_kind::FROZENSET => slot_len(slot, descriptor) != 0,
        descriptor_kind::TUPLE => (*descriptor).count != 0,
        descriptor_kind::INSTANCE if slot == 0 => false,
        descriptor_kind::INSTANCE => crate::instances::taipan_instance_truth(slot as taipan_abi::InstanceRef, 0) != 0,
        descriptor_kind::DYNAMIC => taipan_dynamic_truth(slot as DynamicRef) != 0,
        descriptor_kind::FOREIGN => (crate::foreign::hooks().truth)(slot),
        _ => true,
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_truth(value: DynamicRef) -> u8 {
    slot_truth((*value).slot, (*value).descriptor) as u8
}

/// `str(value)`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_str(value: DynamicRef) -> StrRef {
    match kind(value) {
        descriptor_kind::STR => (*value).slot as StrRef,
        descriptor_kind::FLOAT => crate::strings::taipan_str_from_float(f64::from_bits((*value).slot)),
        descriptor_kind::INSTANCE if (*value).slot != 0 => crate::instances::taipan_instance_str((*value).slot as taipan_abi::InstanceRef, 0),
        _ => taipan_dynamic_repr(value),
    }
}

/// `format(value, spec)` (an f-string field with a spec): the spec rules of
/// the type the box holds; an empty spec is `str(value)`, and the types
/// without spec rules refuse any other, as CPython's `object.__format__`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_format(value: DynamicRef, spec: StrRef) -> StrRef {
    let slot = (*value).slot;
    match kind(value) {
        descriptor_kind::INT => crate::format_spec::taipan_format_int(slot as i64, spec),
        descriptor_kind::BOOL => crate::format_spec::taipan_format_bool(slot as u8, spec),
        descriptor_kind::FLOAT => crate::format_spec::taipan_format_float(f64::from_bits(slot), spec),
        descriptor_kind::STR => crate::format_spec::taipan_format_str(slot as StrRef, spec),
        _ if (*spec).byte_length == 0 => taipan_dynamic_str(value),
        descriptor_kind::INSTANCE if slot != 0 => {
            raise(ExceptionKind::SystemError, "format specs of instances among values of several types are not supported yet")
        }
        _ => raise(ExceptionKind::TypeError, &format!("unsupported format string passed to {}.__format__", dynamic_type_name(value))),
    }
}

/// A numeric conversion of a `%` template (`%d`, `%x`, `%c`, `%.2f`...,
/// the character `conversion`) applied to a box, with `spec` as the static
/// conversions pass it: the rules of the type the box holds (an int for
/// `%f`, a float truncated for `%d`), and CPython's TypeError for any other
/// type.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_percent(value: DynamicRef, conversion: u32, spec: StrRef) -> StrRef {
    use crate::format_spec::{taipan_format_float, taipan_format_int, taipan_format_str};
    let conversion = char::from_u32(conversion).unwrap_or('?');
    let slot = (*value).slot;
    let integer_only = matches!(conversion, 'x' | 'X' | 'o');
    let truncating = matches!(conversion, 'd' | 'i' | 'u');
    let type_error = |name: &str| -> ! {
        let message = match conversion {
            'd' | 'i' | 'u' => format!("%{conversion} format: a real number is required, not {name}"),
            'x' | 'X' | 'o' => format!("%{conversion} format: an integer is required, not {name}"),
            'c' => "%c requires int or char".to_string(),
            _ => format!("must be real number, not {name}"),
        };
        raise(ExceptionKind::TypeError, &message)
    };
    match kind(value) {
        descriptor_kind::INT | descriptor_kind::BOOL if conversion == 'c' => {
            let spec = new_str(&format!("{}c", as_str(spec)));
            taipan_format_int(slot as i64, spec)
        }
        descriptor_kind::INT | descriptor_kind::BOOL if truncating || integer_only => taipan_format_int(slot as i64, spec),
        descriptor_kind::INT | descriptor_kind::BOOL => taipan_format_float(slot as i64 as f64, spec),
        descriptor_kind::FLOAT if truncating => taipan_format_int(crate::numbers::taipan_int_from_float(f64::from_bits(slot)), spec),
        descriptor_kind::FLOAT if !integer_only && conversion != 'c' => taipan_format_float(f64::from_bits(slot), spec),
        descriptor_kind::STR if conversion == 'c' => {
            let text = slot as StrRef;
            if as_str(text).chars().count() != 1 {
                type_error("str");
            }
            taipan_format_str(text, spec)
        }
        _ => type_error(&dynamic_type_name(value)),
    }
}

/// `int(value)`: numbers truncate, strs parse, the rest raise CPython's TypeError.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_to_int(value: DynamicRef) -> i64 {
    let slot = (*value).slot;
    match kind(value) {
        descriptor_kind::INT | descriptor_kind::BOOL => slot as i64,
        descriptor_kind::FLOAT => crate::numbers::taipan_int_from_float(f64::from_bits(slot)),
        descriptor_kind::STR => crate::numbers::taipan_int_from_str(slot as StrRef, 10),
        _ => raise(
            ExceptionKind::TypeError,
            &format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", dynamic_type_name(value)),
        ),
    }
}

/// `float(value)`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_to_float(value: DynamicRef) -> f64 {
    let slot = (*value).slot;
    match kind(value) {
        descriptor_kind::INT | descriptor_kind::BOOL => slot as i64 as f64,
        descriptor_kind::FLOAT => f64::from_bits(slot),
        descriptor_kind::STR => crate::numbers::taipan_float_from_str(slot as StrRef),
        _ => raise(ExceptionKind::TypeError, &format!("float() argument must be a string or a real number, not '{}'", dynamic_type_name(value))),
    }
}

/// `round(value)` or `round(value, digits)`: an int for ints and for a
/// float without digits, a float for a float with digits, as CPython.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_round(value: DynamicRef, digits: i64, has_digits: u8) -> DynamicRef {
    let slot = (*value).slot;
    match (kind(value), has_digits != 0) {
        (descriptor_kind::INT | descriptor_kind::BOOL, false) => boxed_int(slot as i64),
        (descriptor_kind::INT | descriptor_kind::BOOL, true) => boxed_int(crate::numbers::taipan_int_round_digits(slot as i64, digits)),
        (descriptor_kind::FLOAT, false) => boxed_int(crate::numbers::taipan_float_round(f64::from_bits(slot))),
        (descriptor_kind::FLOAT, true) => boxed_float(crate::numbers::taipan_float_round_digits(f64::from_bits(slot), digits)),
        _ => raise(ExceptionKind::TypeError, &format!("type {} doesn't define __round__ method", dynamic_type_name(value))),
    }
}

/// `repr(value)`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_repr(value: DynamicRef) -> StrRef {
    values::taipan_value_repr((*value).slot, (*value).descriptor)
}

/// `type(value).__name__`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_type_name(value: DynamicRef) -> StrRef {
    new_str(&dynamic_type_name(value))
}

unsafe fn slot_len(slot: u64, descriptor: DescriptorRef) -> i64 {
    match (*descriptor).kind {
        descriptor_kind::STR => (*(slot as StrRef)).char_length,
        descriptor_kind::LIST | descriptor_kind::VARTUPLE => crate::lists::items(slot as *mut taipan_abi::ListObject).len() as i64,
        // Dicts and sets begin with a `SizedObjectHead`.
        descriptor_kind::DICT | descriptor_kind::SET | descriptor_kind::FROZENSET => (*(slot as *mut taipan_abi::SizedObjectHead)).length,
        descriptor_kind::TUPLE => (*descriptor).count as i64,
        _ => raise(ExceptionKind::TypeError, &format!("object of type '{}' has no len()", slot_type_name(slot, descriptor))),
    }
}

/// `abs(value)`: an int (a bool's too) or a float, CPython's TypeError for
/// anything else.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_abs(value: DynamicRef) -> DynamicRef {
    if let Some(number) = as_int(value) {
        return checked(number.checked_abs());
    }
    if kind(value) == descriptor_kind::FLOAT {
        return boxed_float(f64::from_bits((*value).slot).abs());
    }
    raise(ExceptionKind::TypeError, &format!("bad operand type for abs(): '{}'", dynamic_type_name(value)))
}

/// `len(value)`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_len(value: DynamicRef) -> i64 {
    slot_len((*value).slot, (*value).descriptor)
}

/// `value[index]` where the value may be a str, list, tuple or dict (the
/// one that it is decides), with CPython's errors; the item comes boxed.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_get_item(value: DynamicRef, index: DynamicRef) -> DynamicRef {
    let descriptor = (*value).descriptor;
    let slot = (*value).slot;
    let sequence_position = |what: &str, length: i64| -> usize {
        let Some(position) = as_int(index) else {
            let article = if what == "string" { "integers, not '".to_string() + &dynamic_type_name(index) + "'" } else { format!("integers or slices, not {}", dynamic_type_name(index)) };
            raise(ExceptionKind::TypeError, &format!("{} indices must be {article}", if what == "string" { "string" } else { what }));
        };
        let adjusted = if position < 0 { position + length } else { position };
        if adjusted < 0 || adjusted >= length {
            raise(ExceptionKind::IndexError, &format!("{what} index out of range"));
        }
        adjusted as usize
    };
    match (*descriptor).kind {
        descriptor_kind::STR => {
            let text = slot as StrRef;
            let position = sequence_position("string", (*text).char_length);
            let character = crate::strings::taipan_str_get_item(text, position as i64);
            taipan_dynamic_box(&values::STR_DESCRIPTOR, character as u64)
        }
        descriptor_kind::LIST | descriptor_kind::VARTUPLE => {
            let items = crate::lists::items(slot as *mut taipan_abi::ListObject);
            let what = if (*descriptor).kind == descriptor_kind::LIST { "list" } else { "tuple" };
            let position = sequence_position(what, items.len() as i64);
            taipan_dynamic_box(values::child(descriptor, 0), items[position])
        }
        descriptor_kind::TUPLE => {
            let members = values::tuple_members(slot, descriptor);
            let position = sequence_position("tuple", members.len() as i64);
            taipan_dynamic_box(values::child(descriptor, position), members[position])
        }
        descriptor_kind::DICT => {
            let dict = slot as *mut crate::dicts::DictObject;
            let key_descriptor = (*dict).key_descriptor;
            // The key as the dict's keys are stored: the box itself for keys
            // of the dynamic tier, else its slot when it has their type.
            let key = if (*key_descriptor).kind == descriptor_kind::DYNAMIC {
                Some(index as u64)
            } else if values::same_descriptor(key_descriptor, (*index).descriptor) {
                Some((*index).slot)
            } else {
                // Equal numbers are one key (`d[True]` finds the key 1).
                match ((*key_descriptor).kind, as_int(index), as_float(index)) {
                    (descriptor_kind::INT, Some(number), _) => Some(number as u64),
                    (descriptor_kind::INT, None, Some(number)) if number.fract() == 0.0 && number.abs() < 9.2e18 => Some(number as i64 as u64),
                    (descriptor_kind::FLOAT, _, Some(number)) => Some(number.to_bits()),
                    _ => None,
                }
            };
            let mut found = 0u8;
            let item = match key {
                Some(key) => crate::dicts::taipan_dict_lookup(dict as taipan_abi::ObjectRef, key, &mut found),
                None => 0,
            };
            if found == 0 {
                raise(ExceptionKind::KeyError, &as_str(taipan_dynamic_repr(index)).to_string());
            }
            taipan_dynamic_box((*dict).value_descriptor, item)
        }
        _ => raise(ExceptionKind::TypeError, &format!("'{}' object is not subscriptable", dynamic_type_name(value))),
    }
}

/// The next item of iterating `value` (a str, list, tuple, dict, set or
/// frozenset, whichever it is), boxed; null when there is none. `state`
/// points at two words, zero at the start: the position, and the length a
/// dict or set had when the iteration began (CPython's check that it does
/// not change size meanwhile). Anything else raises "is not iterable".
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_next(value: DynamicRef, state: *mut i64) -> DynamicRef {
    let descriptor = (*value).descriptor;
    let slot = (*value).slot;
    let position = state;
    let expected_length = state.add(1);
    let done = std::ptr::null_mut();
    match (*descriptor).kind {
        descriptor_kind::STR => {
            let character = crate::strings::taipan_str_next_char(slot as StrRef, position);
            if character.is_null() {
                return done;
            }
            taipan_dynamic_box(&values::STR_DESCRIPTOR, character as u64)
        }
        descriptor_kind::LIST | descriptor_kind::VARTUPLE => {
            let items = crate::lists::items(slot as *mut taipan_abi::ListObject);
            let index = *position as usize;
            if index >= items.len() {
                return done;
            }
            *position += 1;
            taipan_dynamic_box(values::child(descriptor, 0), items[index])
        }
        descriptor_kind::TUPLE => {
            let members = values::tuple_members(slot, descriptor);
            let index = *position as usize;
            if index >= members.len() {
                return done;
            }
            *position += 1;
            taipan_dynamic_box(values::child(descriptor, index), members[index])
        }
        descriptor_kind::DICT => {
            let dict = slot as *mut crate::dicts::DictObject;
            if *position == 0 {
                *expected_length = (*dict).head.length;
            }
            let (mut key, mut item) = (0u64, 0u64);
            if crate::dicts::taipan_dict_next(dict as taipan_abi::ObjectRef, position, *expected_length, &mut key, &mut item) == 0 {
                return done;
            }
            taipan_dynamic_box((*dict).key_descriptor, key)
        }
        descriptor_kind::SET | descriptor_kind::FROZENSET => {
            let set = slot as *mut crate::sets::SetObject;
            if *position == 0 {
                *expected_length = (*set).head.length;
            }
            let mut element = 0u64;
            if crate::sets::taipan_set_next(set as taipan_abi::ObjectRef, position, *expected_length, &mut element) == 0 {
                return done;
            }
            taipan_dynamic_box((*set).element, element)
        }
        _ => raise(ExceptionKind::TypeError, &format!("'{}' object is not iterable", dynamic_type_name(value))),
    }
}

/// `hash(value)`: equal numbers of different types hash alike, as in CPython.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_dynamic_hash(value: DynamicRef) -> i64 {
    values::values_hash((*value).slot, (*value).descriptor)
}

#[cfg(test)]
mod tests {
    use super::*;

    unsafe fn float_of(value: DynamicRef) -> f64 {
        assert_eq!(kind(value), descriptor_kind::FLOAT);
        f64::from_bits((*value).slot)
    }

    #[test]
    fn arithmetic_follows_the_numeric_tower() {
        crate::gc::init_for_tests();
        unsafe {
            let (one, half, yes) = (boxed_int(1), boxed_float(0.5), taipan_dynamic_box(&BOOL_DESCRIPTOR, 1));
            assert_eq!(float_of(taipan_dynamic_binary(dynamic_op::ADD, one, half)), 1.5);
            let two = taipan_dynamic_binary(dynamic_op::ADD, one, yes);
            assert_eq!((kind(two), (*two).slot), (descriptor_kind::INT, 2));
            assert_eq!(float_of(taipan_dynamic_binary(dynamic_op::TRUE_DIVIDE, one, two)), 0.5);
            let negative = taipan_dynamic_binary(dynamic_op::FLOOR_DIVIDE, boxed_int(-7), two);
            assert_eq!((*negative).slot as i64, -4);
            let remainder = taipan_dynamic_binary(dynamic_op::MODULO, boxed_int(-7), two);
            assert_eq!((*remainder).slot as i64, 1);
            assert_eq!(float_of(taipan_dynamic_binary(dynamic_op::POWER, two, boxed_int(-1))), 0.5);
        }
    }

    #[test]
    fn comparisons_cross_types_as_cpython_does() {
        crate::gc::init_for_tests();
        unsafe {
            let (one, one_float, yes) = (boxed_int(1), boxed_float(1.0), taipan_dynamic_box(&BOOL_DESCRIPTOR, 1));
            let none = taipan_dynamic_box(&NONE_DESCRIPTOR, 0);
            assert_eq!(taipan_dynamic_compare(compare_op::EQ, one, one_float), 1);
            assert_eq!(taipan_dynamic_compare(compare_op::EQ, one, yes), 1);
            assert_eq!(taipan_dynamic_compare(compare_op::EQ, one, none), 0);
            assert_eq!(taipan_dynamic_compare(compare_op::NE, none, one), 1);
            assert_eq!(taipan_dynamic_compare(compare_op::LT, boxed_float(0.5), one), 1);
            // 2**53 + 1 is not equal to the float 2**53, though it rounds to it.
            assert_eq!(taipan_dynamic_compare(compare_op::EQ, boxed_int((1 << 53) + 1), boxed_float((1u64 << 53) as f64)), 0);
            assert_eq!(taipan_dynamic_compare(compare_op::LT, boxed_float(f64::NAN), one), 0);
            assert_eq!(taipan_dynamic_hash(one), taipan_dynamic_hash(one_float));
            assert_eq!(taipan_dynamic_truth(none), 0);
            assert_eq!(taipan_dynamic_truth(boxed_float(-0.0)), 0);
        }
    }
}
