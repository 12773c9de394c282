//! Top-level `def` and `class` statements the embedded CPython runs
//! (function and class granularity of tier 3).
//!
//! Each program module with such definitions has a namespace in CPython, a
//! dict with the module's `__name__` and `__builtins__`. Native code puts
//! into it the module's globals the definitions use (converted values,
//! callables for native functions, CPython's own imports of modules Taipan
//! provides natively), again at every store to such a global, and runs each
//! definition's marshalled code object there; the name it binds is the
//! CPython object native code gets.
//!
//! What this module does not own: which definitions run here and what they
//! may use (the driver, typeinfer), compiling them (the driver, at build
//! time).

use crate::bridge::{from_native, name_object, object_of_result, raise_python_error};
use pyo3::ffi;
use std::cell::UnsafeCell;
use std::collections::HashMap;
use taipan_abi::{DescriptorRef, ForeignRef, StrRef};
use taipan_runtime::strings::as_str;

struct Namespaces(UnsafeCell<Option<HashMap<String, *mut ffi::PyObject>>>);
// The program runs Python code on one thread.
unsafe impl Sync for Namespaces {}
static NAMESPACES: Namespaces = Namespaces(UnsafeCell::new(None));

/// The CPython namespace of the module named `module` (borrowed; kept for
/// the program's life).
unsafe fn namespace(module: StrRef) -> *mut ffi::PyObject {
    let namespaces = (*NAMESPACES.0.get()).get_or_insert_with(HashMap::new);
    let name = as_str(module);
    if let Some(namespace) = namespaces.get(name) {
        return *namespace;
    }
    let namespace = ffi::PyDict_New();
    if namespace.is_null() {
        raise_python_error();
    }
    let module_name = ffi::PyUnicode_FromStringAndSize(name.as_ptr().cast(), name.len() as isize);
    let builtins = ffi::PyImport_ImportModule(c"builtins".as_ptr());
    if module_name.is_null() || builtins.is_null() || ffi::PyDict_SetItemString(namespace, c"__name__".as_ptr(), module_name) < 0 || ffi::PyDict_SetItemString(namespace, c"__builtins__".as_ptr(), builtins) < 0 {
        raise_python_error();
    }
    ffi::Py_DecRef(module_name);
    ffi::Py_DecRef(builtins);
    namespaces.insert(name.to_string(), namespace);
    namespace
}

/// `module.name = value` in the module's CPython namespace.
pub(crate) unsafe fn define_global(module: StrRef, name: StrRef, slot: u64, descriptor: DescriptorRef) {
    set_in_namespace(module, name, from_native(slot, descriptor));
}

/// `namespace[name] = value` (a new reference, consumed; null: CPython's
/// exception, raised).
unsafe fn set_in_namespace(module: StrRef, name: StrRef, value: *mut ffi::PyObject) {
    let namespace = namespace(module);
    if value.is_null() {
        raise_python_error();
    }
    let status = ffi::PyDict_SetItem(namespace, name_object(name), value);
    ffi::Py_DecRef(value);
    if status < 0 {
        raise_python_error();
    }
}

/// `import imported as name`, or `from imported import member as name`,
/// run by CPython in the module's namespace.
pub(crate) unsafe fn define_import(module: StrRef, name: StrRef, imported: StrRef, member: StrRef) {
    let imported = std::ffi::CString::new(as_str(imported)).unwrap_or_default();
    let mut value = ffi::PyImport_ImportModule(imported.as_ptr());
    if !value.is_null() && !member.is_null() {
        let attribute = ffi::PyObject_GetAttr(value, name_object(member));
        ffi::Py_DecRef(value);
        value = attribute;
    }
    set_in_namespace(module, name, value);
}

/// Runs a definition's code object in the module's namespace and gives
/// the object it bound to `name`.
pub(crate) unsafe fn define(module: StrRef, name: StrRef, code: *const u8, length: i64) -> ForeignRef {
    let namespace = namespace(module);
    let code = ffi::PyMarshal_ReadObjectFromString(code.cast(), length.max(0) as isize);
    if code.is_null() {
        raise_python_error();
    }
    let result = ffi::PyEval_EvalCode(code, namespace, namespace);
    ffi::Py_DecRef(code);
    if result.is_null() {
        raise_python_error();
    }
    ffi::Py_DecRef(result);
    let defined = ffi::PyDict_GetItemWithError(namespace, name_object(name));
    if defined.is_null() && ffi::PyErr_Occurred().is_null() {
        taipan_runtime::exceptions::raise(taipan_abi::ExceptionKind::SystemError, &format!("the definition of `{}` bound nothing", as_str(name)));
    }
    ffi::Py_IncRef(defined);
    object_of_result(defined)
}
