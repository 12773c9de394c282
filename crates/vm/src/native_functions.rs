//! The program's functions as CPython sees them: callables made when native
//! code hands a function to CPython (`sorted(rows, key=lambda r: ...)` over
//! CPython objects, `re.sub(pattern, replace, text)`, a `json.loads` hook),
//! and the native exceptions such a call raises, carried through CPython and
//! raised again, as themselves, when they come back to native code.
//!
//! A callable is a builtin-function object (`METH_FASTCALL`) whose `self` is
//! a capsule around a `NativeFunction`: the trampoline codegen emitted for
//! the function's all-CPython-objects instance, and a closure's frame. The
//! `NativeFunction` lives in uncollectable, scanned memory, so the frame
//! stays alive for as long as CPython keeps the callable, and the capsule's
//! destructor frees it.
//!
//! What this module does not own: which functions may cross and what they
//! may return (typeinfer), the trampolines (codegen), converting the
//! arguments' and the result's objects (each is a handle, as any CPython
//! object in native code is).

use crate::bridge::{object, raise_python_error, state, wrap};
use pyo3::ffi;
use std::cell::{Cell, UnsafeCell};
use std::collections::HashMap;
use std::ffi::{c_void, CStr, CString};
use taipan_abi::{ForeignRef, InstanceRef, NativeFunctionTrampoline, StrRef};
use taipan_runtime::strings::as_str;

extern "C" {
    fn GC_malloc_uncollectable(size: usize) -> *mut c_void;
    fn GC_free(object: *mut c_void);
}

/// What a callable made for a native function holds.
#[repr(C)]
struct NativeFunction {
    trampoline: NativeFunctionTrampoline,
    environment: *mut u8,
    arity: usize,
    name: StrRef,
    /// The parameters' names, one per line, for CPython's TypeError texts.
    parameter_names: StrRef,
}

const FUNCTION_CAPSULE: &CStr = c"taipan.native_function";
const EXCEPTION_CAPSULE: &CStr = c"taipan.native_exception";
/// The attribute of a CPython exception made for a native one that carries
/// the native instance.
const CARRIED_EXCEPTION: &CStr = c"__taipan_native__";

thread_local! {
    /// Set on the thread that started the interpreter: the runtime is not
    /// thread-safe, so CPython threads may not call native functions.
    static IS_MAIN_THREAD: Cell<bool> = const { Cell::new(false) };
}

pub(crate) fn mark_main_thread() {
    IS_MAIN_THREAD.with(|flag| flag.set(true));
}

/// The native exception a trampoline caught, until the callable raises it
/// in CPython. A static, so that the collector scans it.
struct PendingException(UnsafeCell<InstanceRef>);
unsafe impl Sync for PendingException {}
static PENDING_EXCEPTION: PendingException = PendingException(UnsafeCell::new(std::ptr::null_mut()));

/// One method definition per trampoline (CPython keeps a pointer to it in
/// every callable, and takes the function's `__name__` from it).
struct MethodDefinitions(UnsafeCell<Option<HashMap<usize, *mut ffi::PyMethodDef>>>);
unsafe impl Sync for MethodDefinitions {}
static METHOD_DEFINITIONS: MethodDefinitions = MethodDefinitions(UnsafeCell::new(None));

/// `taipan_abi::for_each_vm_function!`: a CPython callable for a native
/// function; see `taipan_abi::NativeFunctionTrampoline`.
pub(crate) unsafe fn native_function(trampoline: *const u8, environment: *mut u8, arity: i64, name: StrRef, parameter_names: StrRef) -> ForeignRef {
    let trampoline: NativeFunctionTrampoline = std::mem::transmute(trampoline);
    let native = GC_malloc_uncollectable(std::mem::size_of::<NativeFunction>()) as *mut NativeFunction;
    if native.is_null() {
        taipan_runtime::exceptions::out_of_memory();
    }
    native.write(NativeFunction { trampoline, environment, arity: arity.max(0) as usize, name, parameter_names });
    let capsule = ffi::PyCapsule_New(native.cast(), FUNCTION_CAPSULE.as_ptr(), Some(free_native_function));
    if capsule.is_null() {
        GC_free(native.cast());
        raise_python_error();
    }
    let definitions = (*METHOD_DEFINITIONS.0.get()).get_or_insert_with(HashMap::new);
    let definition = *definitions.entry(trampoline as usize).or_insert_with(|| {
        // Leaked on purpose: one per function of the program.
        let name = CString::new(as_str(name)).unwrap_or_default().into_raw();
        Box::into_raw(Box::new(ffi::PyMethodDef {
            ml_name: name,
            ml_meth: ffi::PyMethodDefPointer { _PyCFunctionFast: call_native_function },
            ml_flags: ffi::METH_FASTCALL,
            ml_doc: std::ptr::null(),
        }))
    });
    let function = ffi::PyCFunction_NewEx(definition, capsule, std::ptr::null_mut());
    ffi::Py_DecRef(capsule);
    wrap(function)
}

unsafe extern "C" fn free_native_function(capsule: *mut ffi::PyObject) {
    let native = ffi::PyCapsule_GetPointer(capsule, FUNCTION_CAPSULE.as_ptr());
    if !native.is_null() {
        GC_free(native);
    }
}

/// What CPython calls: the arguments become handles, the trampoline runs
/// the native function, and its result's object is returned.
unsafe extern "C" fn call_native_function(capsule: *mut ffi::PyObject, args: *mut *mut ffi::PyObject, count: ffi::Py_ssize_t) -> *mut ffi::PyObject {
    let native = ffi::PyCapsule_GetPointer(capsule, FUNCTION_CAPSULE.as_ptr()) as *const NativeFunction;
    if native.is_null() {
        return std::ptr::null_mut();
    }
    let native = &*native;
    if !IS_MAIN_THREAD.with(Cell::get) {
        ffi::PyErr_SetString(ffi::PyExc_RuntimeError, c"a compiled function can only be called from the main thread".as_ptr());
        return std::ptr::null_mut();
    }
    let count = count.max(0) as usize;
    if count != native.arity {
        let message = CString::new(arity_message(as_str(native.name), as_str(native.parameter_names), count)).unwrap_or_default();
        ffi::PyErr_SetString(ffi::PyExc_TypeError, message.as_ptr());
        return std::ptr::null_mut();
    }
    let handles: Vec<ForeignRef> = (0..count)
        .map(|index| {
            let argument = *args.add(index);
            ffi::Py_IncRef(argument);
            wrap(argument)
        })
        .collect();
    // Native code runs now: what CPython did to kept copies of native
    // lists goes into them first, and what native code does comes back.
    if crate::shared_lists::any_shared() {
        crate::shared_lists::after_cpython_ran();
    }
    let result = (native.trampoline)(native.environment, handles.as_ptr());
    if crate::shared_lists::any_shared() {
        if let Some(message) = crate::shared_lists::before_cpython_runs() {
            let message = CString::new(message).unwrap_or_default();
            ffi::PyErr_SetString(ffi::PyExc_RuntimeError, message.as_ptr());
            return std::ptr::null_mut();
        }
    }
    if result.is_null() {
        let exception = std::mem::replace(&mut *PENDING_EXCEPTION.0.get(), std::ptr::null_mut());
        set_error_from_native(exception);
        return std::ptr::null_mut();
    }
    let result = object(result);
    ffi::Py_IncRef(result);
    result
}

/// CPython's TypeError text for a call of `name` with `given` positional
/// arguments instead of one per parameter.
fn arity_message(name: &str, parameter_names: &str, given: usize) -> String {
    let names: Vec<&str> = parameter_names.lines().collect();
    let plural = |count: usize, word: &str| if count == 1 { format!("{count} {word}") } else { format!("{count} {word}s") };
    if given > names.len() {
        let takes = plural(names.len(), "positional argument");
        let were = if given == 1 { "was" } else { "were" };
        return format!("{name}() takes {takes} but {given} {were} given");
    }
    let missing: Vec<String> = names[given..].iter().map(|name| format!("'{name}'")).collect();
    let listed = match missing.len() {
        1 => missing[0].clone(),
        2 => format!("{} and {}", missing[0], missing[1]),
        _ => format!("{}, and {}", missing[..missing.len() - 1].join(", "), missing[missing.len() - 1]),
    };
    format!("{name}() missing {}: {listed}", plural(missing.len(), "required positional argument"))
}

/// `taipan_abi::for_each_vm_function!`: what a trampoline's landing pad
/// caught.
pub(crate) unsafe fn native_exception(exception: InstanceRef) {
    *PENDING_EXCEPTION.0.get() = exception;
}

/// Sets CPython's error to an exception made for the native one: of the
/// CPython type it was made from, or else of its nearest built-in class's
/// CPython type, with its `str()` as the argument. The native instance rides
/// along, so that it is raised again as itself when it reaches native code.
unsafe fn set_error_from_native(exception: InstanceRef) {
    if exception.is_null() {
        ffi::PyErr_SetString(ffi::PyExc_SystemError, c"a compiled function failed without an exception".as_ptr());
        return;
    }
    let python_type = python_type_of(exception);
    let text = as_str(taipan_runtime::exceptions::default_str(exception));
    let value = if text.is_empty() {
        ffi::PyObject_CallNoArgs(python_type)
    } else {
        let argument = ffi::PyUnicode_FromStringAndSize(text.as_ptr().cast(), text.len() as isize);
        let value = ffi::PyObject_CallOneArg(python_type, argument);
        ffi::Py_DecRef(argument);
        value
    };
    ffi::Py_DecRef(python_type);
    if value.is_null() {
        return;
    }
    let carried = GC_malloc_uncollectable(std::mem::size_of::<InstanceRef>()) as *mut InstanceRef;
    if !carried.is_null() {
        *carried = exception;
        let capsule = ffi::PyCapsule_New(carried.cast(), EXCEPTION_CAPSULE.as_ptr(), Some(free_carried_exception));
        if capsule.is_null() || ffi::PyObject_SetAttrString(value, CARRIED_EXCEPTION.as_ptr(), capsule) < 0 {
            ffi::PyErr_Clear();
        }
        if !capsule.is_null() {
            ffi::Py_DecRef(capsule);
        }
    }
    ffi::PyErr_SetObject(ffi::Py_TYPE(value).cast(), value);
    ffi::Py_DecRef(value);
}

unsafe extern "C" fn free_carried_exception(capsule: *mut ffi::PyObject) {
    let carried = ffi::PyCapsule_GetPointer(capsule, EXCEPTION_CAPSULE.as_ptr());
    if !carried.is_null() {
        GC_free(carried);
    }
}

/// The native exception a CPython exception carries, if it was made for one.
pub(crate) unsafe fn carried_exception(value: *mut ffi::PyObject) -> Option<InstanceRef> {
    if value.is_null() {
        return None;
    }
    let capsule = ffi::PyObject_GetAttrString(value, CARRIED_EXCEPTION.as_ptr());
    if capsule.is_null() {
        ffi::PyErr_Clear();
        return None;
    }
    let carried = ffi::PyCapsule_GetPointer(capsule, EXCEPTION_CAPSULE.as_ptr()) as *const InstanceRef;
    let exception = if carried.is_null() {
        ffi::PyErr_Clear();
        None
    } else {
        Some(*carried)
    };
    ffi::Py_DecRef(capsule);
    exception
}

/// A new reference to the CPython type for a native exception's class.
unsafe fn python_type_of(exception: InstanceRef) -> *mut ffi::PyObject {
    let state = state();
    let class = (*exception).class;
    if let Some(python_type) = state.python_exception_types.get(&(class as usize)) {
        ffi::Py_IncRef(*python_type);
        return *python_type;
    }
    // The most derived built-in class among the class's ancestors.
    let derives_from = |class: taipan_abi::ClassRef, ancestor: taipan_abi::ClassRef| *(*class).ancestors.add((*ancestor).id as usize) != 0;
    let mut best: Option<(&str, taipan_abi::ClassRef)> = None;
    for (name, builtin) in &state.exception_classes {
        if derives_from(class, *builtin) && best.map_or(true, |(_, current)| derives_from(*builtin, current)) {
            best = Some((name.as_str(), *builtin));
        }
    }
    let name = best.map_or("Exception", |(name, _)| name);
    let builtins = ffi::PyEval_GetBuiltins();
    let name = CString::new(name).unwrap_or_default();
    let python_type = ffi::PyDict_GetItemString(builtins, name.as_ptr());
    let python_type = if python_type.is_null() { ffi::PyExc_Exception } else { python_type };
    ffi::Py_IncRef(python_type);
    python_type
}

#[cfg(test)]
mod tests {
    use super::arity_message;

    #[test]
    fn arity_messages_are_cpythons() {
        assert_eq!(arity_message("f", "x", 2), "f() takes 1 positional argument but 2 were given");
        assert_eq!(arity_message("f", "a\nb", 3), "f() takes 2 positional arguments but 3 were given");
        assert_eq!(arity_message("f", "", 1), "f() takes 0 positional arguments but 1 was given");
        assert_eq!(arity_message("f", "x", 0), "f() missing 1 required positional argument: 'x'");
        assert_eq!(arity_message("f", "a\nb", 0), "f() missing 2 required positional arguments: 'a' and 'b'");
        assert_eq!(arity_message("f", "a\nb\nc", 0), "f() missing 3 required positional arguments: 'a', 'b', and 'c'");
    }
}
