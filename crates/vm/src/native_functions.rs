//! The program's functions as CPython sees them: callables made when native
//! code hands a function to CPython (`sorted(rows, key=lambda r: ...)` over
//! CPython objects, `re.sub(pattern, replace, text)`, a `json.loads` hook),
//! and the native exceptions such a call raises, carried through CPython and
//! raised again, as themselves, when they come back to native code.
//!
//! A callable is an object of a type made here, named `function` like
//! CPython's own: a vector call goes to the trampoline codegen emitted for
//! the function's all-CPython-objects instance, with a closure's frame. It
//! has the `__name__`, `__qualname__`, `__doc__`, `__module__` and
//! `__dict__` that `functools.wraps` copies, and binds as a method when
//! stored in a class, as Python functions do. Its `NativeFunction` lives in
//! uncollectable, scanned memory, so the frame stays alive for as long as
//! CPython keeps the callable; deallocation frees it.
//!
//! What this module does not own: which functions may cross and what they
//! may return (typeinfer), the trampolines (codegen), converting the
//! arguments' and the result's objects (each is a handle, as any CPython
//! object in native code is).

use crate::bridge::{object, raise_python_error, state, wrap};
use pyo3::ffi;
use std::cell::UnsafeCell;
use std::ffi::{c_void, CStr, CString};
use taipan_abi::{ForeignRef, InstanceRef, NativeFunctionTrampoline, StrRef};
use taipan_runtime::strings::as_str;

extern "C" {
    fn GC_malloc_uncollectable(size: usize) -> *mut c_void;
    fn GC_free(object: *mut c_void);
    fn PyMethod_New(function: *mut ffi::PyObject, receiver: *mut ffi::PyObject) -> *mut ffi::PyObject;
}

/// What a callable made for a native function holds.
#[repr(C)]
struct NativeFunction {
    trampoline: NativeFunctionTrampoline,
    environment: *mut u8,
    arity: usize,
    /// How many leading parameters need an argument; the others have
    /// defaults, and an absent argument reaches the trampoline as null (an
    /// extension module's function only).
    required: usize,
    /// The qualified name, for CPython's TypeError texts.
    name: StrRef,
    /// The parameters' names, one per line, for CPython's TypeError texts.
    parameter_names: StrRef,
    /// The trampoline takes the argument objects themselves (borrowed) and
    /// returns a new reference, instead of handles: an extension module's
    /// function (`taipan_vm_extension_function`), whose trampoline converts
    /// them to native types at once.
    raw_objects: bool,
    /// Whether every parameter may be given by position (none is
    /// keyword-only), so that a call by position binds by position alone.
    all_positional: bool,
}

const EXCEPTION_CAPSULE: &CStr = c"taipan.native_exception";
/// The attribute of a CPython exception made for a native one that carries
/// the native instance.
const CARRIED_EXCEPTION: &CStr = c"__taipan_native__";

/// The thread (`pthread_self`) that started the interpreter or imported
/// the extension module: the runtime is not thread-safe, and the collector
/// scans only that thread's stack, so other CPython threads may not call
/// native functions. A static compared on every call rather than a
/// thread-local, which in a shared library costs a `__tls_get_addr` call.
static MAIN_THREAD: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

pub(crate) fn mark_main_thread() {
    MAIN_THREAD.store(current_thread(), std::sync::atomic::Ordering::Relaxed);
}

/// `pthread_self()`, without the call where its value is known to be the
/// thread control block's first word (glibc on x86-64 Linux).
#[inline]
fn current_thread() -> usize {
    #[cfg(all(target_arch = "x86_64", target_os = "linux", target_env = "gnu"))]
    unsafe {
        let thread: usize;
        std::arch::asm!("mov {}, qword ptr fs:[0]", out(reg) thread, options(nostack, readonly, preserves_flags));
        thread
    }
    #[cfg(not(all(target_arch = "x86_64", target_os = "linux", target_env = "gnu")))]
    unsafe {
        libc::pthread_self() as usize
    }
}

/// The native exception a trampoline caught, until the callable raises it
/// in CPython. A static, so that the collector scans it.
struct PendingException(UnsafeCell<InstanceRef>);
unsafe impl Sync for PendingException {}
static PENDING_EXCEPTION: PendingException = PendingException(UnsafeCell::new(std::ptr::null_mut()));

/// A native function as a CPython object.
#[repr(C)]
struct FunctionObject {
    base: ffi::PyObject,
    vectorcall: Option<ffi::vectorcallfunc>,
    dict: *mut ffi::PyObject,
    name: *mut ffi::PyObject,
    qualname: *mut ffi::PyObject,
    doc: *mut ffi::PyObject,
    module: *mut ffi::PyObject,
    native: *mut NativeFunction,
}

struct FunctionType(UnsafeCell<*mut ffi::PyObject>);
// Made once, on the one thread that runs Python code.
unsafe impl Sync for FunctionType {}
static FUNCTION_TYPE: FunctionType = FunctionType(UnsafeCell::new(std::ptr::null_mut()));

/// The type of native functions (borrowed), made on first use.
unsafe fn function_type() -> *mut ffi::PyObject {
    let cell = &mut *FUNCTION_TYPE.0.get();
    if !cell.is_null() {
        return *cell;
    }
    // CPython keeps pointers into these tables for the type's life.
    let members = Box::leak(Box::new([
        ffi::PyMemberDef {
            name: c"__vectorcalloffset__".as_ptr(),
            type_code: ffi::Py_T_PYSSIZET,
            offset: std::mem::offset_of!(FunctionObject, vectorcall) as isize,
            flags: ffi::Py_READONLY,
            doc: std::ptr::null(),
        },
        ffi::PyMemberDef {
            name: c"__dictoffset__".as_ptr(),
            type_code: ffi::Py_T_PYSSIZET,
            offset: std::mem::offset_of!(FunctionObject, dict) as isize,
            flags: ffi::Py_READONLY,
            doc: std::ptr::null(),
        },
        ffi::PyMemberDef::default(),
    ]));
    let getters = Box::leak(Box::new([
        attribute(c"__name__", get_name, set_name),
        attribute(c"__qualname__", get_qualname, set_qualname),
        attribute(c"__doc__", get_doc, set_doc),
        attribute(c"__module__", get_module, set_module),
        ffi::PyGetSetDef {
            name: c"__dict__".as_ptr(),
            get: Some(ffi::PyObject_GenericGetDict),
            set: Some(ffi::PyObject_GenericSetDict),
            doc: std::ptr::null(),
            closure: std::ptr::null_mut(),
        },
        ffi::PyGetSetDef::default(),
    ]));
    let slots = Box::leak(Box::new([
        ffi::PyType_Slot { slot: ffi::Py_tp_dealloc, pfunc: deallocate as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_call, pfunc: ffi::PyVectorcall_Call as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_descr_get, pfunc: bind as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_repr, pfunc: represent as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_members, pfunc: members.as_mut_ptr().cast() },
        ffi::PyType_Slot { slot: ffi::Py_tp_getset, pfunc: getters.as_mut_ptr().cast() },
        ffi::PyType_Slot { slot: 0, pfunc: std::ptr::null_mut() },
    ]));
    let spec = Box::leak(Box::new(ffi::PyType_Spec {
        name: c"function".as_ptr(),
        basicsize: std::mem::size_of::<FunctionObject>() as i32,
        itemsize: 0,
        // A method descriptor: `obj.method(...)` calls it with the instance
        // first, without making a bound method (as CPython's functions).
        flags: (ffi::Py_TPFLAGS_DEFAULT | ffi::Py_TPFLAGS_HAVE_VECTORCALL | ffi::Py_TPFLAGS_METHOD_DESCRIPTOR) as _,
        slots: slots.as_mut_ptr(),
    }));
    let made = ffi::PyType_FromSpec(spec);
    if made.is_null() {
        raise_python_error();
    }
    *cell = made;
    made
}

fn attribute(name: &'static CStr, get: ffi::getter, set: ffi::setter) -> ffi::PyGetSetDef {
    ffi::PyGetSetDef { name: name.as_ptr(), get: Some(get), set: Some(set), doc: std::ptr::null(), closure: std::ptr::null_mut() }
}

/// A getter and a setter of one of `FunctionObject`'s attribute fields.
macro_rules! field_accessors {
    ($get:ident, $set:ident, $field:ident) => {
        unsafe extern "C" fn $get(object: *mut ffi::PyObject, _closure: *mut c_void) -> *mut ffi::PyObject {
            let value = (*object.cast::<FunctionObject>()).$field;
            let value = if value.is_null() { ffi::Py_None() } else { value };
            ffi::Py_IncRef(value);
            value
        }
        unsafe extern "C" fn $set(object: *mut ffi::PyObject, value: *mut ffi::PyObject, _closure: *mut c_void) -> std::ffi::c_int {
            let function = &mut *object.cast::<FunctionObject>();
            if !value.is_null() {
                ffi::Py_IncRef(value);
            }
            let old = std::mem::replace(&mut function.$field, value);
            if !old.is_null() {
                ffi::Py_DecRef(old);
            }
            0
        }
    };
}
field_accessors!(get_name, set_name, name);
field_accessors!(get_qualname, set_qualname, qualname);
field_accessors!(get_doc, set_doc, doc);
field_accessors!(get_module, set_module, module);

unsafe extern "C" fn deallocate(object: *mut ffi::PyObject) {
    let function = &mut *object.cast::<FunctionObject>();
    for field in [function.dict, function.name, function.qualname, function.doc, function.module] {
        if !field.is_null() {
            ffi::Py_DecRef(field);
        }
    }
    if !function.native.is_null() {
        GC_free(function.native.cast());
    }
    crate::extension_classes::free_object(object);
}

/// As a Python function does: read through an instance, a bound method.
unsafe extern "C" fn bind(function: *mut ffi::PyObject, receiver: *mut ffi::PyObject, _owner: *mut ffi::PyObject) -> *mut ffi::PyObject {
    if receiver.is_null() || receiver == ffi::Py_None() {
        ffi::Py_IncRef(function);
        return function;
    }
    PyMethod_New(function, receiver)
}

unsafe extern "C" fn represent(object: *mut ffi::PyObject) -> *mut ffi::PyObject {
    let function = &*object.cast::<FunctionObject>();
    if function.qualname.is_null() {
        return ffi::PyUnicode_FromFormat(c"<function at %p>".as_ptr(), object);
    }
    ffi::PyUnicode_FromFormat(c"<function %U at %p>".as_ptr(), function.qualname, object)
}

unsafe fn new_text(text: &str) -> *mut ffi::PyObject {
    ffi::PyUnicode_FromStringAndSize(text.as_ptr().cast(), text.len() as isize)
}

/// `taipan_abi::for_each_vm_function!`: a CPython callable for a native
/// function; see `taipan_abi::NativeFunctionTrampoline`. `name` holds the
/// name, the qualified name and the module's name, one per line, then the
/// docstring if there is one (it may span lines).
pub(crate) unsafe fn native_function(trampoline: *const u8, environment: *mut u8, arity: i64, name: StrRef, parameter_names: StrRef) -> ForeignRef {
    make_native_function(trampoline, environment, arity, arity, name, parameter_names, false)
}

/// A CPython callable for an extension module's function: as
/// `native_function`, but its trampoline takes the argument objects
/// (borrowed) and returns a new reference or null.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_extension_function(trampoline: *const u8, arity: i64, required: i64, name: StrRef, parameter_names: StrRef) -> ForeignRef {
    make_native_function(trampoline, std::ptr::null_mut(), arity, required, name, parameter_names, true)
}

/// CPython exceptions that became native ones, by the native instance: the
/// type, value and traceback (strong references). When such a native
/// exception leaves native code into CPython, CPython gets its own object
/// back rather than one made again from its type and arguments (which
/// would lose its attributes, and fail for types whose `__init__` takes
/// other arguments). The native instances are kept alive in uncollectable
/// memory while listed, so that none is freed and its address reused; the
/// oldest entry goes once `EXCEPTION_ORIGIN_LIMIT` are listed (native code
/// caught and dropped it).
struct ExceptionOrigins(UnsafeCell<Vec<(InstanceRef, [*mut ffi::PyObject; 3])>>, UnsafeCell<*mut InstanceRef>);
unsafe impl Sync for ExceptionOrigins {}
static EXCEPTION_ORIGINS: ExceptionOrigins = ExceptionOrigins(UnsafeCell::new(Vec::new()), UnsafeCell::new(std::ptr::null_mut()));
const EXCEPTION_ORIGIN_LIMIT: usize = 64;

/// Notes that the native `exception` stands for CPython's (taking the
/// references).
pub(crate) unsafe fn remember_origin(exception: InstanceRef, kind: *mut ffi::PyObject, value: *mut ffi::PyObject, traceback: *mut ffi::PyObject) {
    let origins = &mut *EXCEPTION_ORIGINS.0.get();
    let roots = &mut *EXCEPTION_ORIGINS.1.get();
    if roots.is_null() {
        *roots = GC_malloc_uncollectable(EXCEPTION_ORIGIN_LIMIT * std::mem::size_of::<InstanceRef>()) as *mut InstanceRef;
        if roots.is_null() {
            taipan_runtime::exceptions::out_of_memory();
        }
    }
    if origins.len() == EXCEPTION_ORIGIN_LIMIT {
        let (_, references) = origins.remove(0);
        release_references(references);
    }
    origins.push((exception, [kind, value, traceback]));
    for (index, (listed, _)) in origins.iter().enumerate() {
        *roots.add(index) = *listed;
    }
}

/// CPython's own exception for a native one made from it, if listed (and
/// no longer listed after).
unsafe fn take_origin(exception: InstanceRef) -> Option<(*mut ffi::PyObject, *mut ffi::PyObject, *mut ffi::PyObject)> {
    let origins = &mut *EXCEPTION_ORIGINS.0.get();
    let position = origins.iter().position(|(listed, _)| *listed == exception)?;
    let (_, [kind, value, traceback]) = origins.remove(position);
    let roots = *EXCEPTION_ORIGINS.1.get();
    for index in 0..EXCEPTION_ORIGIN_LIMIT {
        *roots.add(index) = origins.get(index).map_or(std::ptr::null_mut(), |(listed, _)| *listed);
    }
    Some((kind, value, traceback))
}

unsafe fn release_references(references: [*mut ffi::PyObject; 3]) {
    for reference in references {
        if !reference.is_null() {
            ffi::Py_DecRef(reference);
        }
    }
}

/// Whether this is the thread that started the interpreter (the only one
/// that may run native code).
#[inline]
pub(crate) fn on_main_thread() -> bool {
    let main = MAIN_THREAD.load(std::sync::atomic::Ordering::Relaxed);
    main != 0 && main == current_thread()
}

/// Sets CPython's error from the native exception a compiled step or
/// trampoline handed over (`taipan_vm_native_exception`).
pub(crate) unsafe fn set_pending_error() {
    let exception = std::mem::replace(&mut *PENDING_EXCEPTION.0.get(), std::ptr::null_mut());
    set_error_from_native(exception);
}

/// The callable of an extension module's function that cannot be called
/// from CPython: any call raises TypeError with `message`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_unavailable_function(name: StrRef, parameter_names: StrRef, message: StrRef) -> ForeignRef {
    let arity = as_str(parameter_names).lines().count() as i64;
    make_native_function(unavailable_trampoline as *const u8, message as *mut u8, arity, 0, name, parameter_names, true)
}

unsafe extern "C" fn unavailable_trampoline(message: *mut u8, _arguments: *const ForeignRef) -> ForeignRef {
    let message = CString::new(as_str(message as StrRef)).unwrap_or_default();
    ffi::PyErr_SetString(ffi::PyExc_TypeError, message.as_ptr());
    std::ptr::null_mut()
}

unsafe fn make_native_function(trampoline: *const u8, environment: *mut u8, arity: i64, required: i64, name: StrRef, parameter_names: StrRef, raw_objects: bool) -> ForeignRef {
    let trampoline: NativeFunctionTrampoline = std::mem::transmute(trampoline);
    let function_type = function_type();
    let allocate = (*function_type.cast::<ffi::PyTypeObject>()).tp_alloc.unwrap_or(ffi::PyType_GenericAlloc);
    let object = allocate(function_type.cast(), 0);
    if object.is_null() {
        raise_python_error();
    }
    let native = GC_malloc_uncollectable(std::mem::size_of::<NativeFunction>()) as *mut NativeFunction;
    if native.is_null() {
        taipan_runtime::exceptions::out_of_memory();
    }
    let mut parts = as_str(name).splitn(4, '\n');
    let (short_name, qualname, module) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let doc = parts.next();
    let all_positional = parameter_names.is_null() || !as_str(parameter_names).lines().any(|parameter| parameter.starts_with('*'));
    native.write(NativeFunction {
        trampoline,
        environment,
        arity: arity.max(0) as usize,
        required: required.clamp(0, arity.max(0)) as usize,
        // CPython's binding errors name the qualified name
        // (`Pair.__init__() missing ...`).
        name: taipan_runtime::strings::new_str(if qualname.is_empty() { short_name } else { qualname }),
        parameter_names,
        raw_objects,
        all_positional,
    });
    let function = &mut *object.cast::<FunctionObject>();
    function.vectorcall = Some(call_native_function);
    function.native = native;
    function.name = new_text(short_name);
    function.qualname = new_text(if qualname.is_empty() { short_name } else { qualname });
    function.module = new_text(module);
    function.doc = doc.map_or(std::ptr::null_mut(), |doc| new_text(doc));
    wrap(object)
}

/// Whether `object` is a native function (a `taipan_vm_extension_function`
/// or `taipan_vm_native_function` object).
pub(crate) unsafe fn is_native_function(object: *mut ffi::PyObject) -> bool {
    ffi::Py_TYPE(object).cast::<ffi::PyObject>() == function_type()
}

/// What CPython calls: the arguments (keywords bound to parameters by name)
/// become handles, the trampoline runs the native function, and its
/// result's object is returned.
pub(crate) unsafe extern "C" fn call_native_function(
    callable: *mut ffi::PyObject,
    args: *const *mut ffi::PyObject,
    count: usize,
    keyword_names: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    let native = &*(*callable.cast::<FunctionObject>()).native;
    let positional = ffi::PyVectorcall_NARGS(count).max(0) as usize;
    if native.raw_objects && keyword_names.is_null() && positional == native.arity && native.all_positional && on_main_thread() {
        // The common call of an extension module's function: the objects
        // go to the trampoline as they are. Kept small, so that this path
        // saves and reserves little.
        return call_with_objects(native, args);
    }
    call_binding_arguments(native, args, positional, keyword_names)
}

/// A call that binds keywords or defaults, or of a function of a program
/// (whose trampoline takes handles), or from another thread.
#[cold]
#[inline(never)]
unsafe fn call_binding_arguments(native: &NativeFunction, args: *const *mut ffi::PyObject, positional: usize, keyword_names: *mut ffi::PyObject) -> *mut ffi::PyObject {
    if !on_main_thread() {
        ffi::PyErr_SetString(ffi::PyExc_RuntimeError, c"a compiled function can only be called from the main thread".as_ptr());
        return std::ptr::null_mut();
    }
    let keyword_count = if keyword_names.is_null() { 0 } else { ffi::PyTuple_Size(keyword_names).max(0) as usize };
    let keywords: Vec<(String, *mut ffi::PyObject)> = (0..keyword_count)
        .map(|index| {
            let name = ffi::PyTuple_GetItem(keyword_names, index as isize);
            let mut length: ffi::Py_ssize_t = 0;
            let data = ffi::PyUnicode_AsUTF8AndSize(name, &mut length);
            let text = if data.is_null() { String::new() } else { String::from_utf8_lossy(std::slice::from_raw_parts(data.cast(), length as usize)).into_owned() };
            (text, *args.add(positional + index))
        })
        .collect();
    ffi::PyErr_Clear();
    // Only an extension module's trampolines take absent arguments (for
    // defaults): elsewhere a keyword-only parameter is required.
    let names: Vec<String> = as_str(native.parameter_names).lines().map(|name| if native.raw_objects { name.to_string() } else { name.replacen("*?", "*", 1) }).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let arguments = match bind_arguments(as_str(native.name), &names, native.arity, native.required, if positional == 0 { &[] } else { std::slice::from_raw_parts(args, positional) }, &keywords, std::ptr::null_mut()) {
        Ok(arguments) => arguments,
        Err(message) => {
            let message = CString::new(message).unwrap_or_default();
            ffi::PyErr_SetString(ffi::PyExc_TypeError, message.as_ptr());
            return std::ptr::null_mut();
        }
    };
    if native.raw_objects {
        return call_with_objects(native, arguments.as_ptr());
    }
    // The handles must stay where the collector looks (this frame's stack,
    // or a scanned block): a collection while the later ones are made, or
    // while the function runs, must see the earlier ones.
    let mut inline = [std::ptr::null_mut::<taipan_abi::ForeignHandle>(); 16];
    let handles: &mut [ForeignRef] = if arguments.len() <= inline.len() {
        &mut inline[..arguments.len()]
    } else {
        let block = taipan_runtime::gc::allocate(arguments.len() * std::mem::size_of::<ForeignRef>()) as *mut ForeignRef;
        std::slice::from_raw_parts_mut(block, arguments.len())
    };
    for (slot, argument) in handles.iter_mut().zip(arguments) {
        ffi::Py_IncRef(argument);
        *slot = wrap(argument);
    }
    let handles = std::hint::black_box(handles);
    // Native code runs now: what CPython did to kept copies of native
    // lists goes into them first, and what native code does comes back.
    if crate::shared_lists::any_shared() {
        crate::shared_lists::after_cpython_ran();
    }
    let result = (native.trampoline)(native.environment, handles.as_ptr());
    if crate::bridge::HOSTED.load(std::sync::atomic::Ordering::Relaxed) {
        // An extension module's output reaches `sys.stdout` before the
        // interpreter writes anything after the call.
        taipan_runtime::output::flush_stdout();
    }
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

/// Runs the trampoline of an extension module's function on the argument
/// objects, one per parameter: its result is a new reference, or null once
/// the native exception it caught is CPython's.
#[inline]
unsafe fn call_with_objects(native: &NativeFunction, objects: *const *mut ffi::PyObject) -> *mut ffi::PyObject {
    // Lists an instance's attribute shares with CPython: what CPython did
    // goes into the native list first, and what native code does comes
    // back (one load each when none is shared).
    if crate::shared_lists::any_shared() {
        crate::shared_lists::after_cpython_ran();
    }
    let result = (native.trampoline)(native.environment, objects.cast());
    taipan_runtime::output::flush_stdout();
    if crate::shared_lists::any_shared() || result.is_null() {
        return finish_call_unusually(result.cast());
    }
    result.cast()
}

/// The end of `call_with_objects` when lists are shared or the function
/// raised (kept out of the common path).
#[cold]
#[inline(never)]
unsafe fn finish_call_unusually(result: *mut ffi::PyObject) -> *mut ffi::PyObject {
    if crate::shared_lists::any_shared() {
        if let Some(message) = crate::shared_lists::before_cpython_runs() {
            if !result.is_null() {
                ffi::Py_DecRef(result);
            }
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
    result
}

/// The argument for each parameter, in order, as CPython binds a call of a
/// function whose parameters are all positional-or-keyword without
/// defaults; CPython's TypeError text when they do not bind.
fn bind_arguments<T: Copy>(name: &str, parameters: &[&str], arity: usize, required: usize, positional: &[T], keywords: &[(String, T)], absent: T) -> Result<Vec<T>, String> {
    // Keyword-only parameters are marked with a leading `*` (`*?` when they
    // have a default); they follow the others.
    let positional_arity = parameters.iter().take(arity).filter(|parameter| !parameter.starts_with('*')).count().min(arity);
    if positional.len() > positional_arity {
        return Err(arity_message(name, positional_arity, required.min(positional_arity), positional.len()));
    }
    let mut bound: Vec<Option<T>> = positional.iter().map(|argument| Some(*argument)).collect();
    bound.resize(arity, None);
    // Positional-only parameters are marked with a leading `/`.
    let positional_only: Vec<&str> = keywords
        .iter()
        .filter(|(keyword, _)| parameters.iter().any(|parameter| parameter.strip_prefix('/') == Some(keyword.as_str())))
        .map(|(keyword, _)| keyword.as_str())
        .collect();
    if !positional_only.is_empty() {
        let quoted: Vec<String> = positional_only.iter().map(|name| format!("'{name}'")).collect();
        return Err(format!("{name}() got some positional-only arguments passed as keyword arguments: {}", quoted.join(", ")));
    }
    let names: Vec<&str> = parameters.iter().map(|parameter| parameter.trim_start_matches(['/', '*', '?'])).collect();
    for (keyword, argument) in keywords {
        match names.iter().position(|parameter| parameter == keyword) {
            Some(index) if bound[index].is_some() => return Err(format!("{name}() got multiple values for argument '{keyword}'")),
            Some(index) => bound[index] = Some(*argument),
            None => return Err(format!("{name}() got an unexpected keyword argument '{keyword}'")),
        }
    }
    let missing: Vec<&str> = bound.iter().zip(names.iter().copied()).take(required.min(positional_arity)).filter(|(argument, _)| argument.is_none()).map(|(_, parameter)| parameter).collect();
    if !missing.is_empty() {
        return Err(missing_message(name, &missing, "positional"));
    }
    let missing_keywords: Vec<&str> = bound
        .iter()
        .zip(parameters.iter().zip(names.iter().copied()))
        .filter(|(argument, (parameter, _))| argument.is_none() && parameter.starts_with('*') && !parameter.starts_with("*?"))
        .map(|(_, (_, name))| name)
        .collect();
    if !missing_keywords.is_empty() {
        return Err(missing_message(name, &missing_keywords, "keyword-only"));
    }
    Ok(bound.into_iter().map(|argument| argument.unwrap_or(absent)).collect())
}

/// CPython's TypeError text for a call of `name` with `given` positional
/// arguments, more than it has parameters (`required` of them without
/// defaults).
fn arity_message(name: &str, arity: usize, required: usize, given: usize) -> String {
    let takes = if required < arity { format!("from {required} to {arity} positional arguments") } else { plural(arity, "positional argument") };
    let were = if given == 1 { "was" } else { "were" };
    format!("{name}() takes {takes} but {given} {were} given")
}

fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("{count} {word}")
    } else {
        format!("{count} {word}s")
    }
}

/// CPython's TypeError text for parameters no argument was given for.
fn missing_message(name: &str, missing: &[&str], kind: &str) -> String {
    let quoted: Vec<String> = missing.iter().map(|name| format!("'{name}'")).collect();
    let listed = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        _ => format!("{}, and {}", quoted[..quoted.len() - 1].join(", "), quoted[quoted.len() - 1]),
    };
    format!("{name}() missing {}: {listed}", plural(missing.len(), &format!("required {kind} argument")))
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
/// Makes the native `exception` CPython's pending exception.
pub(crate) unsafe fn raise_in_cpython(exception: InstanceRef) {
    set_error_from_native(exception);
}

unsafe fn set_error_from_native(exception: InstanceRef) {
    if exception.is_null() {
        if ffi::PyErr_Occurred().is_null() {
            ffi::PyErr_SetString(ffi::PyExc_SystemError, c"a compiled function failed without an exception".as_ptr());
        }
        return;
    }
    if let Some((kind, value, traceback)) = take_origin(exception) {
        ffi::PyErr_Restore(kind, value, traceback);
        return;
    }
    let python_type = python_type_of(exception);
    let text = as_str(taipan_runtime::exceptions::default_str(exception));
    let value = match literal_arguments(exception) {
        // The exception's own arguments, when their reprs are literals
        // (`KeyError('x')` stays a KeyError of the str 'x', not of its repr).
        Some(arguments) => {
            let value = ffi::PyObject_Call(python_type, arguments, std::ptr::null_mut());
            ffi::Py_DecRef(arguments);
            value
        }
        None if text.is_empty() => ffi::PyObject_CallNoArgs(python_type),
        None => {
            let argument = ffi::PyUnicode_FromStringAndSize(text.as_ptr().cast(), text.len() as isize);
            let value = ffi::PyObject_CallOneArg(python_type, argument);
            ffi::Py_DecRef(argument);
            value
        }
    };
    ffi::Py_DecRef(python_type);
    if value.is_null() {
        return;
    }
    crate::extension_classes::copy_exception_fields(exception, value);
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

/// The arguments of a native exception as a CPython tuple (a new
/// reference), read back from their reprs in `repr(exception)` with
/// `ast.literal_eval`; None when they are not all literals (an instance's
/// repr), or there are none.
unsafe fn literal_arguments(exception: InstanceRef) -> Option<*mut ffi::PyObject> {
    let repr = as_str(taipan_runtime::exceptions::default_repr(exception));
    let inner = &repr[repr.find('(')? + 1..repr.rfind(')')?];
    if inner.trim().is_empty() {
        return None;
    }
    let source = format!("({inner},)");
    // `ast.literal_eval`, looked up once and kept.
    static LITERAL_EVAL: std::sync::atomic::AtomicPtr<ffi::PyObject> = std::sync::atomic::AtomicPtr::new(std::ptr::null_mut());
    let mut literal_eval = LITERAL_EVAL.load(std::sync::atomic::Ordering::Relaxed);
    if literal_eval.is_null() {
        let ast = ffi::PyImport_ImportModule(c"ast".as_ptr());
        if ast.is_null() {
            ffi::PyErr_Clear();
            return None;
        }
        literal_eval = ffi::PyObject_GetAttrString(ast, c"literal_eval".as_ptr());
        ffi::Py_DecRef(ast);
        if literal_eval.is_null() {
            ffi::PyErr_Clear();
            return None;
        }
        LITERAL_EVAL.store(literal_eval, std::sync::atomic::Ordering::Relaxed);
    }
    let text = new_text(&source);
    let arguments = ffi::PyObject_CallOneArg(literal_eval, text);
    ffi::Py_DecRef(text);
    if arguments.is_null() || ffi::PyTuple_Check(arguments) == 0 {
        ffi::PyErr_Clear();
        if !arguments.is_null() {
            ffi::Py_DecRef(arguments);
        }
        return None;
    }
    Some(arguments)
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
    #[test]
    fn binding_errors_are_cpythons() {
        use super::bind_arguments;
        let parameters = ["a", "b"];
        assert_eq!(bind_arguments("f", &parameters, 2, 2, &[1, 2, 3], &[], 0), Err("f() takes 2 positional arguments but 3 were given".to_string()));
        assert_eq!(bind_arguments("f", &["x"], 1, 1, &[1, 2], &[], 0), Err("f() takes 1 positional argument but 2 were given".to_string()));
        assert_eq!(bind_arguments("f", &[], 0, 0, &[1], &[], 0), Err("f() takes 0 positional arguments but 1 was given".to_string()));
        assert_eq!(bind_arguments::<i32>("f", &["x"], 1, 1, &[], &[], 0), Err("f() missing 1 required positional argument: 'x'".to_string()));
        assert_eq!(bind_arguments::<i32>("f", &parameters, 2, 2, &[], &[], 0), Err("f() missing 2 required positional arguments: 'a' and 'b'".to_string()));
        assert_eq!(bind_arguments::<i32>("f", &["a", "b", "c"], 3, 3, &[], &[], 0), Err("f() missing 3 required positional arguments: 'a', 'b', and 'c'".to_string()));
        assert_eq!(bind_arguments("f", &parameters, 2, 2, &[1], &[("b".to_string(), 2)], 0), Ok(vec![1, 2]));
        assert_eq!(bind_arguments("f", &parameters, 2, 2, &[], &[("b".to_string(), 2), ("a".to_string(), 1)], 0), Ok(vec![1, 2]));
        assert_eq!(bind_arguments("f", &parameters, 2, 2, &[1], &[("a".to_string(), 2)], 0), Err("f() got multiple values for argument 'a'".to_string()));
        assert_eq!(bind_arguments("f", &parameters, 2, 2, &[1], &[("c".to_string(), 2)], 0), Err("f() got an unexpected keyword argument 'c'".to_string()));
        // `def f(a, b=...)`: an absent `b` is the `absent` value.
        assert_eq!(bind_arguments("f", &parameters, 2, 1, &[1], &[], 0), Ok(vec![1, 0]));
        assert_eq!(bind_arguments("f", &parameters, 2, 1, &[1, 2, 3], &[], 0), Err("f() takes from 1 to 2 positional arguments but 3 were given".to_string()));
        assert_eq!(bind_arguments::<i32>("f", &parameters, 2, 1, &[], &[("b".to_string(), 2)], 0), Err("f() missing 1 required positional argument: 'a'".to_string()));
        // `def f(a, /, b)`: `a` by keyword is CPython's TypeError.
        assert_eq!(bind_arguments("f", &["/a", "b"], 2, 2, &[], &[("a".to_string(), 1), ("b".to_string(), 2)], 0), Err("f() got some positional-only arguments passed as keyword arguments: 'a'".to_string()));
        assert_eq!(bind_arguments("f", &["/a", "b"], 2, 2, &[1], &[("b".to_string(), 2)], 0), Ok(vec![1, 2]));
        // Keyword-only parameters, with and without defaults.
        let parameters = ["a", "*?b", "*c"];
        assert_eq!(bind_arguments("f", &parameters, 3, 1, &[1], &[("c".to_string(), 3)], 0), Ok(vec![1, 0, 3]));
        assert_eq!(bind_arguments("f", &parameters, 3, 1, &[1, 2], &[], 0), Err("f() takes 1 positional argument but 2 were given".to_string()));
        assert_eq!(bind_arguments("f", &parameters, 3, 1, &[1], &[], 0), Err("f() missing 1 required keyword-only argument: 'c'".to_string()));
    }
}
