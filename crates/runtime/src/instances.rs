//! Instances of the program's classes: allocation, `repr`/`str` through the
//! class descriptor codegen emits, and `AttributeError` messages.
//!
//! Generated code reads and writes attributes itself (the layout is in
//! `taipan_abi::InstanceObject`); this module owns only what needs the
//! class descriptor at run time. It knows nothing of how codegen chose the
//! layout beyond the field count it is given.

use crate::exceptions::raise;
use crate::strings::{as_str, new_str};
use taipan_abi::{type_tag, ClassRef, ExceptionKind, InstanceObject, InstanceRef, ObjectHeader, StrRef, INSTANCE_HEAD_SIZE};

/// A new instance of `class` with `field_count` unassigned fields.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_instance_new(class: ClassRef, field_count: i64) -> InstanceRef {
    let size = INSTANCE_HEAD_SIZE + 8 * field_count.max(0) as usize;
    let object = crate::gc::allocate(size) as *mut InstanceObject;
    (*object).header = ObjectHeader { type_tag: type_tag::INSTANCE, flags: 0 };
    (*object).class = class;
    (*object).assigned = 0;
    object
}

/// The attribute-order record of an instance whose class family's
/// `__dict__` the program reads: the words from `record_word` on (after
/// the fields) hold a byte count, then that many field indices in the
/// order CPython's instance dict has the attributes (first assignment
/// appends; deletion removes). Codegen emits the dict from it.
unsafe fn attribute_order(instance: InstanceRef, record_word: i64) -> *mut u8 {
    (instance as *mut u8).add(INSTANCE_HEAD_SIZE + 8 * record_word.max(0) as usize)
}

/// Field `field` of `instance` has just been assigned for the first time
/// (or again after a deletion): its key goes last in the instance's dict.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_instance_note_attribute(instance: InstanceRef, field: i64, record_word: i64) {
    let record = attribute_order(instance, record_word);
    let count = *record as usize;
    *record.add(1 + count) = field as u8;
    *record = (count + 1) as u8;
}

/// Field `field` of `instance` has been deleted: its key leaves the dict.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_instance_forget_attribute(instance: InstanceRef, field: i64, record_word: i64) {
    let record = attribute_order(instance, record_word);
    let count = *record as usize;
    let entries = std::slice::from_raw_parts_mut(record.add(1), count);
    if let Some(position) = entries.iter().position(|entry| *entry as i64 == field) {
        entries.copy_within(position + 1.., position);
        *record = (count - 1) as u8;
    }
}

/// `repr(instance)`: the class's `__repr__`, or CPython's default form
/// `<module.Name object at 0x...>`; `None` for a null instance.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_instance_repr(instance: InstanceRef, depth: i64) -> StrRef {
    if instance.is_null() {
        return new_str("None");
    }
    let class = (*instance).class;
    match (*class).repr {
        Some(repr) => repr(depth, instance),
        None if crate::exceptions::is_exception(instance) => crate::exceptions::default_repr(instance),
        None => default_repr(instance),
    }
}

/// `str(instance)`: the class's `__str__`, else (for an exception) the
/// text of its arguments, else its `repr`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_instance_str(instance: InstanceRef, depth: i64) -> StrRef {
    if instance.is_null() {
        return new_str("None");
    }
    let class = (*instance).class;
    match (*class).str {
        Some(str) => str(depth, instance),
        None if crate::exceptions::is_exception(instance) => crate::exceptions::default_str(instance),
        None => taipan_instance_repr(instance, depth),
    }
}

/// CPython's `object.__repr__`.
pub unsafe fn default_repr(instance: InstanceRef) -> StrRef {
    let class = (*instance).class;
    new_str(&format!("<{} object at {:#x}>", as_str((*class).qualified_name), instance as usize))
}

/// How deeply the runtime is nested in calls of special methods made for
/// containers (`sorted`, `==` of lists, dict keys). The methods count their
/// frames from it, so a comparison that recurses without end through
/// containers still ends in RecursionError rather than overflowing the
/// stack.
static SPECIAL_METHOD_NESTING: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

/// Calls `call` with the depth a special method called by the runtime gets;
/// the nesting is restored even when the method raises.
unsafe fn with_special_method_depth<T>(call: impl FnOnce(i64) -> T) -> T {
    use std::sync::atomic::Ordering::Relaxed;
    // Generated programs run on one thread: a plain load and store (no
    // locked read-modify-write) keep the count; sorting calls this for
    // every comparison.
    struct Restore(i64);
    impl Drop for Restore {
        fn drop(&mut self) {
            SPECIAL_METHOD_NESTING.store(self.0, Relaxed);
        }
    }
    let nesting = SPECIAL_METHOD_NESTING.load(Relaxed);
    SPECIAL_METHOD_NESTING.store(nesting + 1, Relaxed);
    let _restore = Restore(nesting);
    call(nesting + 2)
}

/// The class's comparison method `index` (`compare_method::*`).
pub(crate) unsafe fn compare_method(instance: InstanceRef, index: usize) -> Option<taipan_abi::CompareMethod> {
    if instance.is_null() {
        return None;
    }
    (*(*instance).class).compare[index]
}

unsafe fn call_compare(method: taipan_abi::CompareMethod, instance: InstanceRef, other: InstanceRef) -> bool {
    // The method was compiled for an operand of the receiver's class family
    // (its layout); an instance of an unrelated class (met only through the
    // dynamic tier) would be read as that layout.
    if !share_an_ancestor(instance, other) {
        crate::exceptions::raise(
            taipan_abi::ExceptionKind::SystemError,
            &format!(
                "comparing instances of the unrelated classes '{}' and '{}' through a comparison method is not supported by Taipan's native code",
                instance_type_name(instance),
                instance_type_name(other)
            ),
        );
    }
    with_special_method_depth(|depth| method(depth, instance, other) != 0)
}

/// Whether two instances' classes have a common ancestor (are of one class
/// family). Classes are numbered after their bases (parser-bridge numbers
/// them in the order it meets their definitions, and a base is met first),
/// so a common ancestor's id is at most the smaller of the two (the larger
/// bounds the search, for safety), and every ancestor table covers every id.
unsafe fn share_an_ancestor(left: InstanceRef, right: InstanceRef) -> bool {
    let (left_class, right_class) = ((*left).class, (*right).class);
    let last = (*left_class).id.max((*right_class).id) as usize;
    (0..=last).any(|id| *(*left_class).ancestors.add(id) != 0 && *(*right_class).ancestors.add(id) != 0)
}

/// The name of an instance's class as TypeError messages show it (None
/// for a null instance).
pub unsafe fn instance_type_name(instance: InstanceRef) -> &'static str {
    if instance.is_null() {
        "NoneType"
    } else {
        as_str((*(*instance).class).name)
    }
}

/// `left == right` (or `!=` when `negate`) of two instances as containers
/// compare them: the left operand's `__eq__`/`__ne__`, else the right
/// operand's, else identity. `__ne__` falls back to the negated `__eq__`,
/// as `object.__ne__` does. A None operand is compared by identity: the
/// compiled methods take instances only.
pub unsafe fn instances_equal(left: u64, right: u64, negate: bool) -> bool {
    use taipan_abi::compare_method::{EQ, NE};
    let (left, right) = (left as InstanceRef, right as InstanceRef);
    if left.is_null() || right.is_null() {
        return (left == right) != negate;
    }
    // A right operand of a proper subclass answers first.
    if is_proper_subclass(right, left) {
        if negate {
            if let Some(method) = compare_method(right, NE) {
                return call_compare(method, right, left);
            }
            if let Some(method) = compare_method(right, EQ) {
                return !call_compare(method, right, left);
            }
        } else if let Some(method) = compare_method(right, EQ) {
            return call_compare(method, right, left);
        }
    }
    if negate {
        if let Some(method) = compare_method(left, NE) {
            return call_compare(method, left, right);
        }
        if let Some(method) = compare_method(left, EQ) {
            return !call_compare(method, left, right);
        }
        if let Some(method) = compare_method(right, NE) {
            return call_compare(method, right, left);
        }
        if let Some(method) = compare_method(right, EQ) {
            return !call_compare(method, right, left);
        }
        return left != right;
    }
    if let Some(method) = compare_method(left, EQ) {
        return call_compare(method, left, right);
    }
    if let Some(method) = compare_method(right, EQ) {
        return call_compare(method, right, left);
    }
    left == right
}

/// An ordering `left op right` (`compare_op::LT` ...) of two instances: the
/// left operand's method, else the right operand's reflected one, else
/// CPython's TypeError.
pub unsafe fn instances_order(left: u64, right: u64, op: i32) -> bool {
    use taipan_abi::compare_method::{GE, GT, LE, LT};
    use taipan_abi::compare_op;
    let (forward, reflected) = match op {
        compare_op::LT => (LT, GT),
        compare_op::LE => (LE, GE),
        compare_op::GT => (GT, LT),
        _ => (GE, LE),
    };
    let (left, right) = (left as InstanceRef, right as InstanceRef);
    if !left.is_null() && !right.is_null() {
        // A right operand of a proper subclass answers first.
        if is_proper_subclass(right, left) {
            if let Some(method) = compare_method(right, reflected) {
                return call_compare(method, right, left);
            }
        }
        if let Some(method) = compare_method(left, forward) {
            return call_compare(method, left, right);
        }
        if let Some(method) = compare_method(right, reflected) {
            return call_compare(method, right, left);
        }
    }
    crate::values::unsupported_comparison(op, instance_type_name(left), instance_type_name(right))
}

/// The truth of an instance: its class's `__bool__` or `__len__`, else
/// true; None (a null instance) is false.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_instance_truth(instance: InstanceRef, depth: i64) -> u8 {
    if instance.is_null() {
        return 0;
    }
    match (*(*instance).class).truth {
        Some(method) => method(depth, instance),
        None => 1,
    }
}

/// Whether `right`'s class is a proper subclass of `left`'s (both non-null).
unsafe fn is_proper_subclass(right: InstanceRef, left: InstanceRef) -> bool {
    let (right_class, left_class) = ((*right).class, (*left).class);
    right_class != left_class && *(*right_class).ancestors.add((*left_class).id as usize) != 0
}

/// A rich comparison of two instances as the `==`, `<`, ... operators make
/// it (no identity shortcut, unlike containers): CPython's order of
/// special methods, with a subclass's reflected method first.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_instances_compare(left: InstanceRef, right: InstanceRef, op: i32) -> u8 {
    use taipan_abi::compare_op;
    let (left, right) = (left as u64, right as u64);
    let result = match op {
        compare_op::EQ => instances_equal(left, right, false),
        compare_op::NE => instances_equal(left, right, true),
        _ => instances_order(left, right, op),
    };
    result as u8
}

/// `hash(instance)`: the class's `__hash__` (a result of -1 becomes -2,
/// as in CPython), TypeError for a class whose `__hash__` is None, else
/// CPython's `object.__hash__` of the address.
pub unsafe fn instance_hash(value: u64) -> i64 {
    let instance = value as InstanceRef;
    let class = (*instance).class;
    if (*class).flags & taipan_abi::class_flags::UNHASHABLE != 0 {
        raise(ExceptionKind::TypeError, &format!("unhashable type: '{}'", as_str((*class).name)));
    }
    match (*class).hash {
        Some(method) => match with_special_method_depth(|depth| method(depth, instance)) {
            -1 => -2,
            hash => hash,
        },
        None => value.rotate_right(4) as i64,
    }
}

/// `AttributeError: 'Name' object has no attribute 'name'` (a null
/// instance is None).
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_raise_attribute_error(instance: InstanceRef, name: StrRef) -> ! {
    let class_name = if instance.is_null() { "NoneType" } else { as_str((*(*instance).class).name) };
    raise(ExceptionKind::AttributeError, &format!("'{class_name}' object has no attribute '{}'", as_str(name)))
}

/// The descriptor of the boxes an instance's extra attributes hold.
static EXTRA_VALUE_DESCRIPTOR: taipan_abi::TypeDescriptor = taipan_abi::TypeDescriptor { kind: taipan_abi::descriptor_kind::DYNAMIC, count: 0, children: std::ptr::null() };

/// The dict of extra attributes whose address is in the word `extras` (an
/// instance's word after its fields, null until the first one is set):
/// the attributes a `setattr` with a computed name gives an instance when no
/// code of the program assigns them by name. Keys are strs, values boxes.
unsafe fn extra_attributes(extras: *mut u64, create: bool) -> *mut crate::dicts::DictObject {
    if *extras == 0 && create {
        *extras = crate::dicts::new_dict(&crate::values::STR_DESCRIPTOR, &EXTRA_VALUE_DESCRIPTOR) as u64;
    }
    *extras as *mut crate::dicts::DictObject
}

/// `setattr(obj, name, value)` of an extra attribute of `instance`. A
/// special name (`__name__`) is refused: native code reads those names
/// from classes, not from instances.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_instance_set_extra(instance: InstanceRef, extras: *mut u64, name: StrRef, value: taipan_abi::DynamicRef) {
    let text = as_str(name);
    if text.len() > 4 && text.starts_with("__") && text.ends_with("__") {
        crate::dynamic::taipan_raise_untracked_attribute_store(instance, name);
    }
    crate::dicts::insert(extra_attributes(extras, true), name as u64, value as u64);
}

/// The extra attribute `name` (a box), or null when the instance has none.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_instance_get_extra(extras: *mut u64, name: StrRef) -> taipan_abi::DynamicRef {
    let dict = extra_attributes(extras, false);
    if dict.is_null() {
        return std::ptr::null_mut();
    }
    let mut found = 0u8;
    let value = crate::dicts::taipan_dict_lookup(dict as taipan_abi::ObjectRef, name as u64, &mut found);
    if found == 0 {
        return std::ptr::null_mut();
    }
    value as taipan_abi::DynamicRef
}

/// `delattr(obj, name)` of an extra attribute: 1 when it was there.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_instance_delete_extra(extras: *mut u64, name: StrRef) -> u8 {
    let dict = extra_attributes(extras, false);
    if dict.is_null() {
        return 0;
    }
    crate::dicts::remove(dict, name as u64).is_some() as u8
}
