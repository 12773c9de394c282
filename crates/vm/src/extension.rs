//! The CPython side of an extension module Taipan built (`taipan ext`): the
//! module object its `PyInit_<name>` returns, the values put into it, and
//! the checked conversion of the arguments CPython passes to a function
//! compiled for native types.
//!
//! The host interpreter is already running when the module is imported, so
//! the bridge starts in hosted mode (`taipan_vm_start_hosted`): no
//! interpreter to start or finish, and native output goes to `sys.stdout`.
//! Which functions are exported, and for which argument types, is codegen's
//! (`emit/extension.rs`); the callables themselves are `native_functions`'.

use crate::bridge::{from_native, object, to_native};
use pyo3::ffi;
use std::ffi::CString;
use taipan_abi::{DescriptorRef, ForeignRef, InstanceRef, StrRef};
use taipan_runtime::strings::as_str;

/// A new module object named `name`, with `doc` as its docstring (or none
/// when `doc` is null): a new reference, or null with CPython's exception.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_module_new(name: StrRef, doc: StrRef) -> *mut u8 {
    // CPython accepts from `PyInit_<name>` only a module made from a module
    // definition; it is made once and kept for the process's life, as a
    // static one in a C extension is.
    let name = CString::new(as_str(name)).unwrap_or_default().into_raw();
    let definition = Box::leak(Box::new(ffi::PyModuleDef {
        m_base: ffi::PyModuleDef_HEAD_INIT,
        m_name: name,
        m_doc: std::ptr::null(),
        m_size: -1,
        m_methods: std::ptr::null_mut(),
        m_slots: std::ptr::null_mut(),
        m_traverse: None,
        m_clear: None,
        m_free: None,
    }));
    let module = ffi::PyModule_Create(definition);
    if module.is_null() || doc.is_null() {
        return module.cast();
    }
    let text = as_str(doc);
    let doc_object = ffi::PyUnicode_FromStringAndSize(text.as_ptr().cast(), text.len() as isize);
    if !doc_object.is_null() {
        ffi::PyObject_SetAttrString(module, c"__doc__".as_ptr(), doc_object);
        ffi::Py_DecRef(doc_object);
    }
    module.cast()
}

/// `module.name = value` (the value a handle, which keeps its own reference).
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_module_add(module: *mut u8, name: StrRef, value: ForeignRef) {
    let module: *mut ffi::PyObject = module.cast();
    let name = CString::new(as_str(name)).unwrap_or_default();
    if ffi::PyObject_SetAttrString(module, name.as_ptr(), object(value)) < 0 {
        ffi::PyErr_Clear();
    }
}

/// `module.name = ` the native value `slot` of type `descriptor`,
/// converted (containers copied).
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_module_add_value(module: *mut u8, name: StrRef, slot: u64, descriptor: DescriptorRef) {
    let module: *mut ffi::PyObject = module.cast();
    let value = from_native(slot, descriptor);
    if value.is_null() {
        ffi::PyErr_Clear();
        return;
    }
    let name = CString::new(as_str(name)).unwrap_or_default();
    if ffi::PyObject_SetAttrString(module, name.as_ptr(), value) < 0 {
        ffi::PyErr_Clear();
    }
    ffi::Py_DecRef(value);
}

/// Whether the argument `handle` converts to the native type `descriptor`
/// exactly (an int for an int, never a bool or a float for one).
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_argument_fits(item: *mut u8, descriptor: DescriptorRef) -> u8 {
    fits(item.cast(), descriptor) as u8
}

/// A handle of the argument object `item` (borrowed), for a parameter
/// typed as a CPython object.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_argument_object(item: *mut u8) -> ForeignRef {
    let item: *mut ffi::PyObject = item.cast();
    ffi::Py_IncRef(item);
    crate::bridge::wrap(item)
}

/// The native value `slot` of type `descriptor` as a CPython object (a new
/// reference): what an extension module's function returns.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_result(slot: u64, descriptor: DescriptorRef) -> *mut u8 {
    let result = from_native(slot, descriptor);
    if result.is_null() {
        crate::bridge::raise_python_error();
    }
    result.cast()
}

unsafe fn fits(item: *mut ffi::PyObject, descriptor: DescriptorRef) -> bool {
    use taipan_abi::descriptor_kind as kind;
    match (*descriptor).kind {
        kind::INT => {
            if ffi::PyLong_CheckExact(item) == 0 {
                return false;
            }
            let mut overflow = 0;
            let value = ffi::PyLong_AsLongLongAndOverflow(item, &mut overflow);
            if value == -1 && !ffi::PyErr_Occurred().is_null() {
                ffi::PyErr_Clear();
                return false;
            }
            overflow == 0
        }
        kind::FLOAT => ffi::PyFloat_CheckExact(item) != 0,
        kind::BOOL => ffi::PyBool_Check(item) != 0,
        kind::NONE => item == ffi::Py_None(),
        kind::STR => ffi::PyUnicode_CheckExact(item) != 0,
        kind::FOREIGN => true,
        kind::TUPLE => {
            ffi::PyTuple_CheckExact(item) != 0
                && ffi::PyTuple_Size(item) == (*descriptor).count as isize
                && (0..(*descriptor).count as usize).all(|index| fits(ffi::PyTuple_GetItem(item, index as isize), taipan_runtime::values::child(descriptor, index)))
        }
        _ => false,
    }
}

/// The argument `handle` as the native type `descriptor`; CPython's
/// TypeError naming the function and the argument's position when it is of
/// another type (`codegen` asks `taipan_vm_argument_fits` first when a
/// function was compiled for several argument types).
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_argument(item: *mut u8, descriptor: DescriptorRef, function: StrRef, position: i64) -> u64 {
    let item: *mut ffi::PyObject = item.cast();
    // The common cases at once: an exact int that fits, an exact float.
    match (*descriptor).kind {
        taipan_abi::descriptor_kind::INT if ffi::PyLong_CheckExact(item) != 0 => {
            let mut overflow = 0;
            let value = ffi::PyLong_AsLongLongAndOverflow(item, &mut overflow);
            if overflow == 0 {
                return value as u64;
            }
        }
        taipan_abi::descriptor_kind::FLOAT if ffi::PyFloat_CheckExact(item) != 0 => return ffi::PyFloat_AS_DOUBLE(item).to_bits(),
        _ => {
            if fits(item, descriptor) {
                if let Some(slot) = to_native(item, descriptor) {
                    return slot;
                }
            }
        }
    }
    let given = type_name(item);
    let expected = taipan_runtime::values::type_name(descriptor);
    let message = format!("{}() argument {} must be {expected}, not {given} (the compiled module was built for these types)", as_str(function), position + 1);
    taipan_runtime::exceptions::raise(taipan_abi::ExceptionKind::TypeError, &message)
}

/// What a function compiled for several sets of argument types raises when
/// the arguments fit none of them.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_no_matching_signature(function: StrRef, signatures: StrRef) {
    let message = format!("{}() was compiled for the argument types {}; these arguments fit none", as_str(function), as_str(signatures));
    taipan_runtime::exceptions::raise(taipan_abi::ExceptionKind::TypeError, &message)
}

/// The module's code raised `exception`: it becomes CPython's pending
/// exception, so that `PyInit_<name>` can return null.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_init_failed(exception: InstanceRef) {
    crate::native_functions::raise_in_cpython(exception);
}

/// Native output so far goes to `sys.stdout` before control returns to
/// the host interpreter.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_flush_output() {
    taipan_runtime::output::flush_stdout();
}

unsafe fn type_name(item: *mut ffi::PyObject) -> String {
    let kind = ffi::Py_TYPE(item);
    let name = (*kind).tp_name;
    if name.is_null() {
        return "object".to_string();
    }
    let full = std::ffi::CStr::from_ptr(name).to_string_lossy().into_owned();
    full.rsplit('.').next().unwrap_or(&full).to_string()
}
