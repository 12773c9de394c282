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

/// Containers compare, order and hash instances by identity; an instance
/// whose class defines the special method (a flag of `flags`) would need
/// it called, which the runtime cannot do yet: it says so rather than give
/// a different answer from CPython's.
pub unsafe fn require_identity_semantics(value: u64, flags: u32, what: &str) {
    let instance = value as InstanceRef;
    if instance.is_null() || (*(*instance).class).flags & flags == 0 {
        return;
    }
    let name = as_str((*(*instance).class).name);
    raise(
        ExceptionKind::SystemError,
        &format!("Taipan cannot {what} instances of '{name}' inside containers yet: the class defines its own comparison or hash methods"),
    )
}

/// `AttributeError: 'Name' object has no attribute 'name'` (a null
/// instance is None).
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_raise_attribute_error(instance: InstanceRef, name: StrRef) -> ! {
    let class_name = if instance.is_null() { "NoneType" } else { as_str((*(*instance).class).name) };
    raise(ExceptionKind::AttributeError, &format!("'{class_name}' object has no attribute '{}'", as_str(name)))
}
