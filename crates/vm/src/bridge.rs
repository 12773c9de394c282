//! Native code's side of CPython objects (tier 3 inside a native program):
//! the `taipan_vm_*` functions of `taipan_abi::for_each_vm_function!`, the
//! handles native values hold CPython objects through, the conversions of
//! native values into CPython objects, and CPython exceptions raised again
//! as native ones.
//!
//! Handles: a `taipan_abi::ForeignHandle` is a collector block holding one
//! strong reference. Every handle is listed in a registry the collector does
//! not scan; when a collection has marked what native code can reach, the
//! unmarked handles' objects move to a list of references to drop, which
//! the next call into CPython drops (releasing a reference can run arbitrary
//! Python code, `__del__`, which must not happen in the middle of a native
//! allocation). Collector finalizers would do the same, but the collector
//! collects whenever its finalizer table fills, which with a handle per call
//! into CPython meant a collection every few thousand calls.
//!
//! Exceptions: a CPython exception becomes an instance of the native class
//! of the same name when it is a built-in one; for others (`json.JSONDecodeError`)
//! a class descriptor is made at run time that copies its nearest built-in
//! base's (so `except ValueError` catches it, by the base's class id) under
//! the CPython class's own name (so `type(e).__name__` and the uncaught
//! exception's last line are CPython's).
//!
//! The interpreter is entered on the main thread, which keeps the GIL for the
//! life of the program: native code runs Python code on one thread.

use pyo3::ffi;
use std::cell::UnsafeCell;
use std::collections::HashMap;
use std::ffi::{c_int, c_void};
use taipan_abi::{compare_op, descriptor_kind, foreign_op, ClassDescriptor, ClassRef, DescriptorRef, ExceptionKind, ForeignHandle, ForeignRef, StrRef};
use taipan_runtime::exceptions::raise;
use taipan_runtime::strings::{as_bytes, as_str, new_str};
use taipan_runtime::values::{child, tuple_members};
// The extension module's functions, checked with the rest (`abi_check`).
pub use crate::native_functions::{taipan_vm_extension_function, taipan_vm_unavailable_function};
pub use crate::extension_classes::{taipan_vm_class_add_live, taipan_vm_module_add_class, taipan_vm_class_add, taipan_vm_extension_class, taipan_vm_extension_class_add_base, taipan_vm_extension_class_finish, taipan_vm_not_implemented};
pub use crate::extension::{
    taipan_vm_argument_returned,
    taipan_vm_submodule_new,
    taipan_vm_argument, taipan_vm_argument_fits, taipan_vm_argument_object, taipan_vm_result, taipan_vm_check_interrupt, taipan_vm_generator_object, taipan_vm_arguments_begin, taipan_vm_arguments_result, taipan_vm_arguments_end, taipan_vm_arguments_abandon, taipan_vm_flush_output, taipan_vm_init_failed, taipan_vm_module_add, taipan_vm_module_add_value, taipan_vm_module_new, taipan_vm_no_matching_signature,
};

extern "C" {
    fn GC_malloc_uncollectable(size: usize) -> *mut c_void;
    fn GC_set_on_collection_event(callback: Option<unsafe extern "C" fn(event: c_int)>);
    fn GC_is_marked(object: *const c_void) -> c_int;
    fn atexit(function: extern "C" fn()) -> c_int;

    fn GC_register_has_static_roots_callback(callback: Option<unsafe extern "C" fn(name: *const std::ffi::c_char, start: *mut c_void, size: usize) -> c_int>);
}

/// Which data segments of loaded shared objects the collector scans for
/// pointers: not libpython's (nor its extension modules'), which hold no
/// collector pointers (CPython objects never refer to native ones) and whose
/// megabytes of data made every collection several times slower.
unsafe extern "C" fn scan_library_data(name: *const std::ffi::c_char, start: *mut c_void, size: usize) -> c_int {
    if name.is_null() {
        return 1;
    }
    // Always this library's own data (an extension module Taipan built may
    // be installed in site-packages): its statics hold the module's globals.
    let own = std::ptr::addr_of!(OWN_DATA_MARKER) as usize;
    if (start as usize) <= own && own < start as usize + size {
        return 1;
    }
    let name = std::ffi::CStr::from_ptr(name).to_bytes();
    let is_python = name.windows(9).any(|window| window == b"libpython") || name.windows(13).any(|window| window == b"lib-dynload/") || name.windows(14).any(|window| window == b"site-packages/");
    (!is_python) as c_int
}

/// A writable static of this library, whose address tells its data segment
/// apart from other libraries' in `scan_library_data`.
static mut OWN_DATA_MARKER: usize = 1;

/// Registers `scan_library_data` when the executable is loaded, before
/// `main`: the collector collects once as it initialises (at the first
/// allocation, which may come before `taipan_vm_start`), and that
/// collection scanning libpython's data took half a millisecond of every
/// start-up.
#[used]
#[link_section = ".init_array"]
static REGISTER_STATIC_ROOTS_CALLBACK: unsafe extern "C" fn() = {
    unsafe extern "C" fn register() {
        GC_register_has_static_roots_callback(Some(scan_library_data));
    }
    register
};

/// State set once at start-up and read by every crossing; one thread.
pub(crate) struct BridgeState {
    /// The start-up module (`frozen_importer.py`), for its helpers.
    helpers: *mut ffi::PyObject,
    /// The native class of each built-in exception, by name.
    pub(crate) exception_classes: HashMap<String, ClassRef>,
    /// Classes made for CPython exception types that are not built-in, by
    /// the address of the type object.
    foreign_exception_classes: HashMap<usize, ClassRef>,
    /// The other way: the CPython type object (a reference kept for the
    /// program's life) of each class made.
    pub(crate) python_exception_types: HashMap<usize, *mut ffi::PyObject>,
    /// Interned CPython strs of the attribute and keyword names generated
    /// code passes, by the address of the native str: those are constants.
    names: AddressMap<Box<Name>>,
}

/// A constant name's interned CPython str, and the last module attribute
/// read by that name (CPython's own `LOAD_ATTR` on a module caches the same
/// way, by the version of the module's dict).
struct Name {
    object: *mut ffi::PyObject,
    /// The module (a strong reference) whose attribute `attribute` (a strong
    /// reference) was while its dict had the version `version`; null when
    /// nothing is cached.
    module: *mut ffi::PyObject,
    version: u64,
    attribute: *mut ffi::PyObject,
}

/// Hashes an address (a constant's or an object's, unique and aligned) by
/// itself: the name cache is consulted on every attribute access, and the
/// classes' maps on every crossing of an instance (SipHash was a tenth of
/// the time of a constructor call).
#[derive(Default)]
pub(crate) struct AddressHasher(u64);

/// A map keyed by addresses, hashed by `AddressHasher`.
pub(crate) type AddressMap<V> = HashMap<usize, V, std::hash::BuildHasherDefault<AddressHasher>>;

impl std::hash::Hasher for AddressHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = self.0.rotate_left(8) ^ *byte as u64;
        }
    }

    fn write_usize(&mut self, value: usize) {
        self.0 = (value as u64 >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

struct BridgeCell(UnsafeCell<Option<BridgeState>>);

// The program runs Python code on one thread.
unsafe impl Sync for BridgeCell {}

static STATE: BridgeCell = BridgeCell(UnsafeCell::new(None));

pub(crate) unsafe fn state() -> &'static mut BridgeState {
    match &mut *STATE.0.get() {
        Some(state) => state,
        None => raise(ExceptionKind::SystemError, "the embedded CPython was used before it was started"),
    }
}

// ----- the time spent in CPython ---------------------------------------------

/// With `TAIPAN_VM_PROFILE` set in the environment, the program reports on
/// stderr at exit how many times native code called into CPython and how
/// much of its run time those calls took (the benchmark's "share of time in
/// the VM"). Otherwise a crossing costs one flag test.
struct Profile {
    enabled: bool,
    depth: u32,
    crossings: u64,
    inside: std::time::Duration,
    entered: Option<std::time::Instant>,
    started: Option<std::time::Instant>,
}

struct ProfileCell(UnsafeCell<Profile>);

// The program runs Python code on one thread.
unsafe impl Sync for ProfileCell {}

static PROFILE: ProfileCell = ProfileCell(UnsafeCell::new(Profile {
    enabled: false,
    depth: 0,
    crossings: 0,
    inside: std::time::Duration::ZERO,
    entered: None,
    started: None,
}));

/// Measures one call from native code into CPython (nested calls count once).
struct Crossing;

impl Crossing {
    #[inline]
    fn enter() -> Crossing {
        if crate::shared_lists::any_shared() {
            Crossing::keep_shared_lists_in_step();
        }
        let profile = unsafe { &mut *PROFILE.0.get() };
        if profile.enabled {
            if profile.depth == 0 {
                profile.crossings += 1;
                profile.entered = Some(std::time::Instant::now());
            }
            profile.depth += 1;
        }
        Crossing
    }
}

impl Crossing {
    /// Native changes to lists whose copies CPython kept go into the copies
    /// before CPython runs (a failure found earlier is raised here).
    #[cold]
    fn keep_shared_lists_in_step() {
        unsafe {
            if let Some(message) = crate::shared_lists::before_cpython_runs() {
                raise(ExceptionKind::RuntimeError, &message);
            }
        }
    }
}

impl Drop for Crossing {
    #[inline]
    fn drop(&mut self) {
        if crate::shared_lists::any_shared() {
            unsafe { crate::shared_lists::after_cpython_ran() };
        }
        let profile = unsafe { &mut *PROFILE.0.get() };
        if profile.enabled {
            profile.depth -= 1;
            if profile.depth == 0 {
                if let Some(entered) = profile.entered.take() {
                    profile.inside += entered.elapsed();
                }
            }
        }
    }
}

fn report_profile() {
    let profile = unsafe { &mut *PROFILE.0.get() };
    if let (true, Some(started)) = (profile.enabled, profile.started) {
        let total = started.elapsed().as_secs_f64();
        let inside = profile.inside.as_secs_f64();
        let share = if total > 0.0 { 100.0 * inside / total } else { 0.0 };
        eprintln!("taipan-vm-profile: {} crossings, {inside:.4} s in CPython of {total:.4} s ({share:.1}%)", profile.crossings);
    }
}

// ----- start and finish ------------------------------------------------------

/// Starts CPython for a native program that uses CPython objects.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_start(argc: i32, argv: *const *const u8, exception_names: *const StrRef, exception_classes: *const ClassRef, count: i64) {
    let profile = &mut *PROFILE.0.get();
    profile.enabled = std::env::var_os("TAIPAN_VM_PROFILE").is_some();
    profile.started = Some(std::time::Instant::now());
    let _crossing = Crossing::enter();
    // Native loops would not notice CPython's SIGINT flag: leave SIGINT's
    // default action alone, as a native program without CPython has it.
    ffi::Py_InitializeEx(0);
    set_up_bridge(exception_names, exception_classes, count);
    let arguments: Vec<String> = crate::arguments(argc, argv);
    let list = ffi::PyList_New(0);
    for argument in &arguments {
        let item = ffi::PyUnicode_FromStringAndSize(argument.as_ptr().cast(), argument.len() as isize);
        ffi::PyList_Append(list, item);
        ffi::Py_DecRef(item);
    }
    ffi::PySys_SetObject(c"argv".as_ptr(), list);
    ffi::Py_DecRef(list);
    // CPython's print() writes into the native output buffer, so that the
    // two interleave as one program's output.
    let writer = crate::native_stdout_writer();
    check(call_helper("redirect_stdout", &[writer]));
    ffi::Py_DecRef(writer);
    atexit(finish);
}

/// Starts the bridge inside a running interpreter that imports an extension
/// module Taipan built (`taipan ext`): no interpreter to start or finish,
/// and native output goes to the interpreter's `sys.stdout`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_start_hosted(exception_names: *const StrRef, exception_classes: *const ClassRef, count: i64) {
    let profile = &mut *PROFILE.0.get();
    profile.started = Some(std::time::Instant::now());
    let _crossing = Crossing::enter();
    set_up_bridge(exception_names, exception_classes, count);
    crate::extension::learn_int_layout();
    HOSTED.store(true, std::sync::atomic::Ordering::Relaxed);
    taipan_runtime::output::set_stdout_writer(write_to_host_stdout);
    crate::extension::watch_interrupts();
}

/// Whether the bridge runs inside a host interpreter (`taipan_vm_start_hosted`).
pub(crate) static HOSTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Native output, written to the host interpreter's `sys.stdout`.
fn write_to_host_stdout(bytes: &[u8]) {
    unsafe {
        let stdout = ffi::PySys_GetObject(c"stdout".as_ptr());
        if stdout.is_null() || stdout == ffi::Py_None() {
            return;
        }
        let text = ffi::PyUnicode_DecodeUTF8(bytes.as_ptr().cast(), bytes.len() as isize, c"replace".as_ptr());
        if text.is_null() {
            ffi::PyErr_Clear();
            return;
        }
        let result = ffi::PyObject_CallMethodOneArg(stdout, write_name(), text);
        ffi::Py_DecRef(text);
        if result.is_null() {
            ffi::PyErr_Clear();
        } else {
            ffi::Py_DecRef(result);
        }
    }
}

/// The interned CPython str `"write"` (borrowed, made once and kept).
unsafe fn write_name() -> *mut ffi::PyObject {
    static WRITE: std::sync::atomic::AtomicPtr<ffi::PyObject> = std::sync::atomic::AtomicPtr::new(std::ptr::null_mut());
    let known = WRITE.load(std::sync::atomic::Ordering::Relaxed);
    if !known.is_null() {
        return known;
    }
    let mut object = ffi::PyUnicode_FromStringAndSize(c"write".as_ptr(), 5);
    ffi::PyUnicode_InternInPlace(&mut object);
    WRITE.store(object, std::sync::atomic::Ordering::Relaxed);
    object
}

/// What both ways of starting share: the bridge's state, the runtime's
/// hooks for CPython objects, and the collector's event hook.
unsafe fn set_up_bridge(exception_names: *const StrRef, exception_classes: *const ClassRef, count: i64) {
    crate::native_functions::mark_main_thread();
    let mut classes = HashMap::new();
    for index in 0..count.max(0) as usize {
        let name = *exception_names.add(index);
        let class = *exception_classes.add(index);
        if !name.is_null() && !class.is_null() {
            classes.insert(as_str(name).to_string(), class);
        }
    }
    let helpers = check(startup_module());
    *STATE.0.get() = Some(BridgeState { helpers, exception_classes: classes, foreign_exception_classes: HashMap::new(), python_exception_types: HashMap::new(), names: HashMap::default() });
    taipan_runtime::foreign::install(taipan_runtime::foreign::ForeignHooks {
        repr: hook_repr,
        equal: hook_equal,
        compare: hook_compare,
        hash: hook_hash,
        truth: hook_truth,
        type_name: hook_type_name,
    });
    GC_set_on_collection_event(Some(on_collection_event));
}

/// Runs at process exit (after the program's own output is flushed):
/// CPython's shutdown (atexit handlers, threads), then whatever it printed.
extern "C" fn finish() {
    {
        let _crossing = Crossing::enter();
        unsafe {
            if ffi::Py_IsInitialized() != 0 {
                ffi::Py_FinalizeEx();
            }
        }
    }
    taipan_runtime::output::flush_stdout();
    report_profile();
}

/// The start-up module (`frozen_importer.py`) executed as `_taipan_startup`:
/// a new reference, or null with CPython's exception set. Its code object
/// was marshalled when this crate was built (see `build.rs`); the source is
/// compiled only when the bytecode's magic number is not this libpython's.
pub(crate) unsafe fn startup_module() -> *mut ffi::PyObject {
    let compiled: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/frozen_importer.marshal"));
    let magic = (ffi::PyImport_GetMagicNumber() as u32).to_le_bytes();
    let code = if compiled.len() > 4 && compiled[..4] == magic {
        let marshalled = &compiled[4..];
        ffi::PyMarshal_ReadObjectFromString(marshalled.as_ptr().cast(), marshalled.len() as isize)
    } else {
        let source = std::ffi::CString::new(crate::FROZEN_IMPORTER_SOURCE).unwrap_or_default();
        ffi::Py_CompileString(source.as_ptr(), c"<taipan start-up>".as_ptr(), ffi::Py_file_input)
    };
    if code.is_null() {
        return code;
    }
    let module = ffi::PyImport_ExecCodeModule(c"_taipan_startup".as_ptr(), code);
    ffi::Py_DecRef(code);
    module
}

/// Calls a function of the start-up module with borrowed arguments.
unsafe fn call_helper(name: &str, args: &[*mut ffi::PyObject]) -> *mut ffi::PyObject {
    let function = ffi::PyObject_GetAttrString(state().helpers, std::ffi::CString::new(name).unwrap_or_default().as_ptr());
    if function.is_null() {
        return function;
    }
    let tuple = ffi::PyTuple_New(args.len() as isize);
    for (index, arg) in args.iter().enumerate() {
        ffi::Py_IncRef(*arg);
        ffi::PyTuple_SetItem(tuple, index as isize, *arg);
    }
    let result = ffi::PyObject_Call(function, tuple, std::ptr::null_mut());
    ffi::Py_DecRef(tuple);
    ffi::Py_DecRef(function);
    result
}

// ----- handles ---------------------------------------------------------------

/// Every handle not yet found unreachable, and the references of those
/// found unreachable, to drop at the next safe point. Rust heap memory,
/// which the collector does not scan, so the registry keeps nothing alive.
struct HandleRegistry {
    live: Vec<ForeignRef>,
    to_release: Vec<*mut ffi::PyObject>,
}

struct RegistryCell(UnsafeCell<HandleRegistry>);

// The program runs Python code on one thread.
unsafe impl Sync for RegistryCell {}

static REGISTRY: RegistryCell = RegistryCell(UnsafeCell::new(HandleRegistry { live: Vec::new(), to_release: Vec::new() }));

/// Called by the collector (with its lock held) at each phase of a
/// collection: once marking has ended, every unmarked handle is garbage.
unsafe extern "C" fn on_collection_event(event: c_int) {
    const GC_EVENT_START: c_int = 0;
    const GC_EVENT_MARK_END: c_int = 2;
    if event == GC_EVENT_START {
        // Spare handles are garbage like any other: the collection
        // reclaims them (and `live` drops them, their object being null).
        let spare = &mut *SPARE_HANDLES.0.get();
        spare.handles[..spare.count].fill(std::ptr::null_mut());
        spare.count = 0;
        return;
    }
    if event != GC_EVENT_MARK_END {
        return;
    }
    let registry = &mut *REGISTRY.0.get();
    let HandleRegistry { live, to_release } = registry;
    live.retain(|handle| {
        if GC_is_marked((*handle).cast()) != 0 {
            return true;
        }
        let object = (**handle).object;
        if !object.is_null() {
            to_release.push(object.cast());
        }
        false
    });
}

/// Handles released by their only owner (`taipan_vm_release`), reused by
/// the next `wrap` until a collection starts: a loop that crosses into
/// CPython and drops each result then allocates no handle, and its
/// handles stay in the registry once.
struct SpareHandles {
    count: usize,
    handles: [ForeignRef; 64],
}

struct SpareCell(UnsafeCell<SpareHandles>);

// The program runs Python code on one thread.
unsafe impl Sync for SpareCell {}

static SPARE_HANDLES: SpareCell = SpareCell(UnsafeCell::new(SpareHandles { count: 0, handles: [std::ptr::null_mut(); 64] }));

/// A handle owning `object`, a new reference (raising CPython's pending
/// exception natively when it is null).
pub(crate) unsafe fn wrap(object: *mut ffi::PyObject) -> ForeignRef {
    let object = check(object);
    let spare = &mut *SPARE_HANDLES.0.get();
    if spare.count > 0 {
        spare.count -= 1;
        let handle = spare.handles[spare.count];
        spare.handles[spare.count] = std::ptr::null_mut();
        (*handle).object = object.cast();
        return handle;
    }
    // The runtime's free lists: the collector's general path cost a tenth
    // of a crossing as cheap as `json.dumps(i)`.
    let handle = taipan_runtime::gc::allocate_atomic(std::mem::size_of::<ForeignHandle>()) as ForeignRef;
    (*handle).object = object.cast();
    (*REGISTRY.0.get()).live.push(handle);
    handle
}

/// The object a handle holds (borrowed).
pub(crate) unsafe fn object(handle: ForeignRef) -> *mut ffi::PyObject {
    if handle.is_null() {
        raise(ExceptionKind::SystemError, "a null CPython object");
    }
    (*handle).object.cast()
}

/// A safe point: drops the references of handles the collector found
/// unreachable.
unsafe fn release_unreachable() {
    let registry = &mut *REGISTRY.0.get();
    if registry.to_release.is_empty() {
        return;
    }
    let objects = std::mem::take(&mut registry.to_release);
    for object in objects {
        ffi::Py_DecRef(object);
    }
}

// ----- exceptions ------------------------------------------------------------

/// `object` when it is not null; otherwise CPython's pending exception,
/// raised again as a native exception.
unsafe fn check(object: *mut ffi::PyObject) -> *mut ffi::PyObject {
    if object.is_null() {
        raise_python_error()
    }
    object
}

unsafe fn check_status(status: c_int) -> c_int {
    if status < 0 {
        raise_python_error()
    }
    status
}

/// Text of a CPython object's `str()` (or `repr()`), for messages; never raises.
unsafe fn text_of(object: *mut ffi::PyObject, repr: bool) -> String {
    let text = if repr { ffi::PyObject_Repr(object) } else { ffi::PyObject_Str(object) };
    if text.is_null() {
        ffi::PyErr_Clear();
        return String::from("<unprintable object>");
    }
    let result = utf8_of(text).unwrap_or_else(|| {
        ffi::PyErr_Clear();
        String::from("<unprintable object>")
    });
    ffi::Py_DecRef(text);
    result
}

pub(crate) unsafe fn utf8_of(text: *mut ffi::PyObject) -> Option<String> {
    let mut length: ffi::Py_ssize_t = 0;
    let data = ffi::PyUnicode_AsUTF8AndSize(text, &mut length);
    if data.is_null() {
        return None;
    }
    Some(String::from_utf8_lossy(std::slice::from_raw_parts(data.cast::<u8>(), length as usize)).into_owned())
}

/// A native str holding the text of the CPython str `text`, copied once
/// from CPython's cached UTF-8; None (the error cleared) for a str no
/// UTF-8 holds (one with a lone surrogate).
pub(crate) unsafe fn native_str_of(text: *mut ffi::PyObject) -> Option<u64> {
    let mut length: ffi::Py_ssize_t = 0;
    let data = ffi::PyUnicode_AsUTF8AndSize(text, &mut length);
    if data.is_null() {
        ffi::PyErr_Clear();
        return None;
    }
    // CPython's UTF-8 of a str is valid UTF-8.
    let text = std::str::from_utf8_unchecked(std::slice::from_raw_parts(data.cast::<u8>(), length as usize));
    Some(new_str(text) as u64)
}

unsafe fn attribute_text(object: *mut ffi::PyObject, name: &std::ffi::CStr) -> Option<String> {
    let value = ffi::PyObject_GetAttrString(object, name.as_ptr());
    if value.is_null() {
        ffi::PyErr_Clear();
        return None;
    }
    let text = if ffi::PyUnicode_Check(value) != 0 { utf8_of(value) } else { None };
    ffi::Py_DecRef(value);
    text
}

/// Raises CPython's pending exception as a native exception.
pub(crate) unsafe fn raise_python_error() -> ! {
    let mut kind: *mut ffi::PyObject = std::ptr::null_mut();
    let mut value: *mut ffi::PyObject = std::ptr::null_mut();
    let mut traceback: *mut ffi::PyObject = std::ptr::null_mut();
    ffi::PyErr_Fetch(&mut kind, &mut value, &mut traceback);
    if kind.is_null() {
        raise(ExceptionKind::SystemError, "CPython failed without an exception");
    }
    ffi::PyErr_NormalizeException(&mut kind, &mut value, &mut traceback);
    // A native exception that went through CPython (raised by a native
    // function CPython called) is raised again as itself.
    if let Some(exception) = crate::native_functions::carried_exception(value) {
        for reference in [kind, value, traceback] {
            if !reference.is_null() {
                ffi::Py_DecRef(reference);
            }
        }
        taipan_runtime::exceptions::taipan_raise_instance(exception);
    }
    let exception_type = if value.is_null() { kind } else { ffi::Py_TYPE(value).cast::<ffi::PyObject>() };
    let class = native_class_of(exception_type);
    let str_text = if value.is_null() { String::new() } else { text_of(value, false) };
    let args_text = if value.is_null() { String::new() } else { arguments_text(value) };
    match class {
        Some(class) => {
            let exception = taipan_runtime::exceptions::exception_of_class(class, &str_text, &args_text);
            // Should it leave native code into CPython again, CPython gets
            // this very object back (its type, attributes and traceback).
            crate::native_functions::remember_origin(exception, kind, value, traceback);
            taipan_runtime::exceptions::taipan_raise_instance(exception)
        }
        None => {
            for reference in [kind, value, traceback] {
                if !reference.is_null() {
                    ffi::Py_DecRef(reference);
                }
            }
            raise(ExceptionKind::SystemError, &str_text)
        }
    }
}

/// The texts of an exception's arguments as `repr(e)` shows them inside
/// the parentheses; a `SystemExit`'s is its code, which the runtime reads.
unsafe fn arguments_text(value: *mut ffi::PyObject) -> String {
    let args = ffi::PyObject_GetAttrString(value, c"args".as_ptr());
    if args.is_null() || ffi::PyTuple_Check(args) == 0 {
        ffi::PyErr_Clear();
        return String::new();
    }
    let count = ffi::PyTuple_Size(args);
    let parts: Vec<String> = (0..count).map(|index| text_of(ffi::PyTuple_GetItem(args, index), true)).collect();
    ffi::Py_DecRef(args);
    parts.join(", ")
}

/// The native class for a CPython exception type: the built-in class of
/// that name, or a class made for it over its nearest built-in base.
unsafe fn native_class_of(exception_type: *mut ffi::PyObject) -> Option<ClassRef> {
    let state = state();
    if let Some(class) = state.foreign_exception_classes.get(&(exception_type as usize)) {
        return Some(*class);
    }
    let mro = ffi::PyObject_GetAttrString(exception_type, c"__mro__".as_ptr());
    if mro.is_null() {
        ffi::PyErr_Clear();
        return None;
    }
    let mut base = None;
    for index in 0..ffi::PyTuple_Size(mro) {
        let ancestor = ffi::PyTuple_GetItem(mro, index);
        if attribute_text(ancestor, c"__module__").as_deref() != Some("builtins") {
            continue;
        }
        if let Some(name) = attribute_text(ancestor, c"__name__") {
            if let Some(class) = state.exception_classes.get(&name) {
                base = Some((index, *class));
                break;
            }
        }
    }
    ffi::Py_DecRef(mro);
    let (depth, base) = base?;
    if depth == 0 {
        return Some(base);
    }
    let name = attribute_text(exception_type, c"__name__").unwrap_or_else(|| "Exception".to_string());
    let qualname = attribute_text(exception_type, c"__qualname__").unwrap_or_else(|| name.clone());
    let module = attribute_text(exception_type, c"__module__").unwrap_or_default();
    let qualified = if module.is_empty() || module == "builtins" { qualname.clone() } else { format!("{module}.{qualname}") };
    // Uncollectable and scanned: the collector keeps the name strs alive.
    let class = GC_malloc_uncollectable(std::mem::size_of::<ClassDescriptor>()) as *mut ClassDescriptor;
    if class.is_null() {
        taipan_runtime::exceptions::out_of_memory();
    }
    std::ptr::copy_nonoverlapping(base, class, 1);
    (*class).name = new_str(&name);
    (*class).qualname = new_str(&qualname);
    (*class).qualified_name = new_str(&qualified);
    let class = class as ClassRef;
    state.foreign_exception_classes.insert(exception_type as usize, class);
    ffi::Py_IncRef(exception_type);
    state.python_exception_types.insert(class as usize, exception_type);
    Some(class)
}

// ----- conversions -----------------------------------------------------------

/// A new reference to a CPython object equal to the native value `slot` of
/// type `descriptor`: copies of containers, the object itself for a handle.
pub(crate) unsafe fn from_native(slot: u64, descriptor: DescriptorRef) -> *mut ffi::PyObject {
    from_native_mapped(slot, descriptor, None)
}

/// What a native list, dict or set already is in CPython (a borrowed
/// reference), if it is a copy of a CPython object: the arguments of an
/// extension module's function.
pub(crate) type MappedContainers<'a> = Option<&'a dyn Fn(u64) -> *mut ffi::PyObject>;

/// `from_native`, except that a list, dict or set (at any depth) that
/// `mapped` knows is that CPython object itself rather than a copy.
pub(crate) unsafe fn from_native_mapped(slot: u64, descriptor: DescriptorRef, mapped: MappedContainers) -> *mut ffi::PyObject {
    use descriptor_kind as kind;
    if let Some(mapped) = mapped {
        if matches!((*descriptor).kind, kind::LIST | kind::DICT | kind::SET) {
            let object = mapped(slot);
            if !object.is_null() {
                ffi::Py_IncRef(object);
                return object;
            }
        }
    }
    match (*descriptor).kind {
        // `PyLong_FromLong` has a fast path for small values that
        // `PyLong_FromLongLong` lacks (a C long holds 64 bits here).
        kind::INT if std::mem::size_of::<std::os::raw::c_long>() == 8 => ffi::PyLong_FromLong(slot as i64 as std::os::raw::c_long),
        kind::INT => ffi::PyLong_FromLongLong(slot as i64),
        kind::FLOAT => ffi::PyFloat_FromDouble(f64::from_bits(slot)),
        kind::BOOL => ffi::PyBool_FromLong((slot != 0) as _),
        kind::NONE => {
            let none = ffi::Py_None();
            ffi::Py_IncRef(none);
            none
        }
        kind::STR => {
            let text = slot as StrRef;
            if (*text).header.flags & taipan_abi::str_flags::STATIC != 0 {
                // A literal: one interned CPython str for the program's
                // life, as CPython's own code objects hold their constants.
                let object = name_object(text);
                ffi::Py_IncRef(object);
                return object;
            }
            let bytes = as_bytes(text);
            ffi::PyUnicode_FromStringAndSize(bytes.as_ptr().cast(), bytes.len() as isize)
        }
        kind::TUPLE => {
            let members = tuple_members(slot, descriptor);
            let tuple = ffi::PyTuple_New(members.len() as isize);
            for (index, member) in members.iter().enumerate() {
                let item = check(from_native_mapped(*member, child(descriptor, index), mapped));
                ffi::PyTuple_SetItem(tuple, index as isize, item);
            }
            tuple
        }
        kind::LIST | kind::VARTUPLE => {
            let list = slot as taipan_abi::ListRef;
            let items = taipan_runtime::lists::items(list);
            let element = child(descriptor, 0);
            let is_tuple = (*descriptor).kind == kind::VARTUPLE;
            let result = if is_tuple { ffi::PyTuple_New(items.len() as isize) } else { ffi::PyList_New(items.len() as isize) };
            for (index, item) in items.iter().enumerate() {
                let converted = check(from_native_mapped(*item, element, mapped));
                if is_tuple {
                    ffi::PyTuple_SetItem(result, index as isize, converted);
                } else {
                    ffi::PyList_SetItem(result, index as isize, converted);
                }
            }
            result
        }
        kind::DICT => {
            let dict = slot as *mut taipan_runtime::dicts::DictObject;
            let (key_descriptor, value_descriptor) = ((*dict).key_descriptor, (*dict).value_descriptor);
            let result = ffi::PyDict_New();
            for (key, value) in taipan_runtime::dicts::items(dict) {
                let key = check(from_native_mapped(key, key_descriptor, mapped));
                let value = check(from_native_mapped(value, value_descriptor, mapped));
                let status = ffi::PyDict_SetItem(result, key, value);
                ffi::Py_DecRef(key);
                ffi::Py_DecRef(value);
                check_status(status);
            }
            result
        }
        kind::SET | kind::FROZENSET => {
            let set = slot as *mut taipan_runtime::sets::SetObject;
            let element = (*set).element;
            let mut keys = Vec::new();
            taipan_runtime::sets::for_each_active(set, |key, _| keys.push(key));
            let result = ffi::PySet_New(std::ptr::null_mut());
            for key in keys {
                let key = check(from_native_mapped(key, element, mapped));
                let status = ffi::PySet_Add(result, key);
                ffi::Py_DecRef(key);
                check_status(status);
            }
            if (*descriptor).kind == kind::FROZENSET {
                let frozen = ffi::PyFrozenSet_New(result);
                ffi::Py_DecRef(result);
                frozen
            } else {
                result
            }
        }
        kind::DYNAMIC => {
            let boxed = slot as taipan_abi::DynamicRef;
            from_native_mapped((*boxed).slot, (*boxed).descriptor, mapped)
        }
        kind::RANGE => {
            let parts = slot as *const i64;
            let name = check(ffi::PyUnicode_FromStringAndSize(c"range".as_ptr(), 5));
            let range = call_helper("builtin", &[name]);
            ffi::Py_DecRef(name);
            let range = check(range);
            let result = ffi::PyObject_CallFunction(range, c"LLL".as_ptr(), *parts, *parts.add(1), *parts.add(2));
            ffi::Py_DecRef(range);
            result
        }
        kind::FOREIGN => {
            let object = object(slot as ForeignRef);
            ffi::Py_IncRef(object);
            object
        }
        kind::INSTANCE => crate::extension_classes::wrapper_of(slot as taipan_abi::InstanceRef),
        kind::CLASS => crate::extension_classes::type_of_class(slot as ClassRef),
        _ => raise(
            ExceptionKind::TypeError,
            &format!("a native {} cannot be passed to CPython yet", taipan_runtime::values::type_name(descriptor)),
        ),
    }
}

unsafe fn str_object(text: StrRef) -> *mut ffi::PyObject {
    let bytes = as_bytes(text);
    check(ffi::PyUnicode_FromStringAndSize(bytes.as_ptr().cast(), bytes.len() as isize))
}

/// The interned CPython str of a constant name (borrowed; kept for the
/// program's life).
pub(crate) unsafe fn name_object(name: StrRef) -> *mut ffi::PyObject {
    name_entry(name).object
}

unsafe fn name_entry(name: StrRef) -> &'static mut Name {
    // The last name looked up, first: a loop calls the same method again
    // and again. Entries are boxed, so the pointer outlives the map's growth.
    let last = &mut *LAST_NAME.0.get();
    if last.0 == name as usize && !last.1.is_null() {
        return &mut *last.1;
    }
    let state = state();
    let entry: &mut Name = state.names.entry(name as usize).or_insert_with(|| {
        let mut object = str_object(name);
        ffi::PyUnicode_InternInPlace(&mut object);
        Box::new(Name { object, module: std::ptr::null_mut(), version: 0, attribute: std::ptr::null_mut() })
    });
    *last = (name as usize, entry as *mut Name);
    &mut *(entry as *mut Name)
}

struct LastName(UnsafeCell<(usize, *mut Name)>);
// The program runs Python code on one thread.
unsafe impl Sync for LastName {}
static LAST_NAME: LastName = LastName(UnsafeCell::new((0, std::ptr::null_mut())));

/// The version of a dict's contents: CPython gives every change of every
/// dict a new one.
unsafe fn dict_version(dict: *mut ffi::PyObject) -> u64 {
    #[allow(deprecated)]
    (*dict.cast::<ffi::PyDictObject>()).ma_version_tag
}

/// `object.name` (a new reference, or null with CPython's exception set).
/// An attribute of a module (exactly `ModuleType`: its type holds no
/// attributes a program could define) that lives in the module's dict is
/// cached under the name until the dict changes: `json.dumps(...)` in a
/// native loop then skips two attribute lookups, as CPython's specialised
/// `LOAD_ATTR_MODULE` does.
unsafe fn get_attribute(object: *mut ffi::PyObject, name: StrRef) -> *mut ffi::PyObject {
    let entry = name_entry(name);
    if ffi::PyModule_CheckExact(object) == 0 {
        return ffi::PyObject_GetAttr(object, entry.object);
    }
    let dict = ffi::PyModule_GetDict(object);
    if entry.module == object && !dict.is_null() && dict_version(dict) == entry.version {
        ffi::Py_IncRef(entry.attribute);
        return entry.attribute;
    }
    let attribute = ffi::PyObject_GetAttr(object, entry.object);
    // Only a plain dict entry is cached: the dunder names could meet the
    // module type's own descriptors (`__dict__`, `__class__`).
    if !attribute.is_null() && !dict.is_null() && !as_bytes(name).starts_with(b"__") && ffi::PyDict_GetItem(dict, entry.object) == attribute {
        ffi::Py_IncRef(attribute);
        ffi::Py_IncRef(object);
        let (old_module, old_attribute) = (entry.module, entry.attribute);
        (entry.module, entry.version, entry.attribute) = (object, dict_version(dict), attribute);
        if !old_module.is_null() {
            ffi::Py_DecRef(old_module);
            ffi::Py_DecRef(old_attribute);
        }
    }
    attribute
}

/// A native str of a CPython str object (consumed).
unsafe fn native_str(text: *mut ffi::PyObject) -> StrRef {
    let text = check(text);
    let Some(string) = utf8_of(text) else {
        ffi::Py_DecRef(text);
        raise_python_error()
    };
    ffi::Py_DecRef(text);
    new_str(&string)
}

// ----- the functions generated code calls -----------------------------------

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_import(module: StrRef, name: StrRef, top_level: i32) -> ForeignRef {
    let _crossing = Crossing::enter();
    release_unreachable();
    let module_name = str_object(module);
    let result = if !name.is_null() {
        let name_object = str_object(name);
        let result = call_helper("import_from", &[module_name, name_object]);
        ffi::Py_DecRef(name_object);
        result
    } else if top_level != 0 {
        ffi::PyImport_ImportModuleLevelObject(module_name, std::ptr::null_mut(), std::ptr::null_mut(), std::ptr::null_mut(), 0)
    } else {
        ffi::PyImport_Import(module_name)
    };
    ffi::Py_DecRef(module_name);
    if !result.is_null() && name.is_null() && top_level == 0 {
        // `import a.b as c` binds `a.b` itself, not the package `a`.
        ffi::Py_DecRef(result);
        let modules = ffi::PyImport_GetModuleDict();
        let key = str_object(module);
        let module_object = ffi::PyDict_GetItemWithError(modules, key);
        ffi::Py_DecRef(key);
        let module_object = check(module_object);
        ffi::Py_IncRef(module_object);
        return wrap(module_object);
    }
    wrap(result)
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_builtin(name: StrRef) -> ForeignRef {
    let _crossing = Crossing::enter();
    let name_object = str_object(name);
    let result = call_helper("builtin", &[name_object]);
    ffi::Py_DecRef(name_object);
    wrap(result)
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_from_native(slot: u64, descriptor: DescriptorRef) -> ForeignRef {
    let _crossing = Crossing::enter();
    wrap(from_native(slot, descriptor))
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_get_attribute(object_handle: ForeignRef, name: StrRef) -> ForeignRef {
    let _crossing = Crossing::enter();
    wrap(get_attribute(object(object_handle), name))
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_set_attribute(object_handle: ForeignRef, name: StrRef, value: ForeignRef) {
    let _crossing = Crossing::enter();
    check_status(ffi::PyObject_SetAttr(object(object_handle), name_object(name), object(value)));
}

/// Calls `callee`, or (when `method` is not null) its method of that name.
/// The arguments, keywords last, are native slots with their descriptors,
/// converted here (a CPython object's slot is its handle). Where
/// `checked[i]` is set, the argument is a native list, dict or set whose
/// copy is checked after the call: a changed copy of a list is written back
/// into the original (`heapq.heappush`, `random.shuffle`), and a copy CPython
/// kept, or any other change, raises instead of letting the two drift apart.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_call(
    callee: ForeignRef,
    method: StrRef,
    slots: *const u64,
    descriptors: *const DescriptorRef,
    checked: *const u8,
    count: i64,
    keyword_names: *const StrRef,
    keyword_count: i64,
) -> ForeignRef {
    let _crossing = Crossing::enter();
    release_unreachable();
    let count = count.max(0) as usize;
    let positional = count.saturating_sub(keyword_count.max(0) as usize);
    // Slot 0 is for the receiver of a method call (vector calls may use it).
    // Up to seven arguments live on the stack.
    let mut inline = [std::ptr::null_mut::<ffi::PyObject>(); 8];
    let mut spilled = Vec::new();
    let vector: &mut [*mut ffi::PyObject] = if count < inline.len() {
        &mut inline[..count + 1]
    } else {
        spilled.resize(count + 1, std::ptr::null_mut());
        &mut spilled[..]
    };
    vector[0] = object(callee);
    let mut copies = Vec::new();
    for index in 0..count {
        let (slot, descriptor) = (*slots.add(index), *descriptors.add(index));
        let converted = from_native(slot, descriptor);
        if converted.is_null() {
            for owned in &vector[1..=index] {
                ffi::Py_DecRef(*owned);
            }
            raise_python_error();
        }
        vector[index + 1] = converted;
        if !checked.is_null() && *checked.add(index) != 0 {
            copies.push(CopySnapshot::take(slot, descriptor, converted));
        }
    }
    let keyword_names_tuple = if keyword_count > 0 {
        let names = ffi::PyTuple_New(keyword_count as isize);
        for index in 0..keyword_count as usize {
            let name = name_object(*keyword_names.add(index));
            ffi::Py_IncRef(name);
            ffi::PyTuple_SetItem(names, index as isize, name);
        }
        names
    } else {
        std::ptr::null_mut()
    };
    let result = if method.is_null() {
        ffi::PyObject_Vectorcall(vector[0], vector.as_mut_ptr().add(1), positional | ffi::PY_VECTORCALL_ARGUMENTS_OFFSET, keyword_names_tuple)
    } else if ffi::PyModule_CheckExact(vector[0]) != 0 {
        // A module's function: through the attribute cache.
        let function = get_attribute(vector[0], method);
        if function.is_null() {
            function
        } else {
            let result = ffi::PyObject_Vectorcall(function, vector.as_mut_ptr().add(1), positional | ffi::PY_VECTORCALL_ARGUMENTS_OFFSET, keyword_names_tuple);
            ffi::Py_DecRef(function);
            result
        }
    } else {
        let name = name_object(method);
        ffi::PyObject_VectorcallMethod(name, vector.as_mut_ptr(), (positional + 1) | ffi::PY_VECTORCALL_ARGUMENTS_OFFSET, keyword_names_tuple)
    };
    if !keyword_names_tuple.is_null() {
        ffi::Py_DecRef(keyword_names_tuple);
    }
    if result.is_null() {
        for copy in copies {
            copy.release();
        }
        for owned in &vector[1..] {
            ffi::Py_DecRef(*owned);
        }
        raise_python_error();
    }
    // The copies are checked while this call still holds its references
    // to them, so each count is what it was when the snapshot was taken
    // unless CPython kept a reference of its own.
    let mut failure = None;
    if !copies.is_empty() {
        for copy in copies {
            if let Err(message) = copy.settle() {
                failure.get_or_insert(message);
            }
        }
    }
    for owned in &vector[1..] {
        // Converted arguments, never null.
        ffi::Py_DECREF(*owned);
    }
    if let Some(message) = failure {
        ffi::Py_DecRef(result);
        raise(ExceptionKind::RuntimeError, &message);
    }
    wrap(result)
}

/// What a native container's copy looked like when it was handed to
/// CPython: the copy, its reference count, and its items (strong
/// references), each paired with the native slot it was made from.
struct CopySnapshot {
    native: u64,
    descriptor: DescriptorRef,
    copy: *mut ffi::PyObject,
    references: isize,
    items: Vec<(*mut ffi::PyObject, u64)>,
    /// A dict's keys (a list) or a set's contents (a frozenset), or null.
    shape: *mut ffi::PyObject,
    nested: Vec<CopySnapshot>,
}

impl CopySnapshot {
    /// Snapshots `copy`, made from the native container `native` of type
    /// `descriptor` (and, inside it, the copies of nested containers).
    unsafe fn take(native: u64, descriptor: DescriptorRef, copy: *mut ffi::PyObject) -> CopySnapshot {
        let mut items = Vec::new();
        let mut nested = Vec::new();
        let is_container = |d: DescriptorRef| matches!((*d).kind, descriptor_kind::LIST | descriptor_kind::DICT | descriptor_kind::SET);
        match (*descriptor).kind {
            descriptor_kind::LIST => {
                let element = child(descriptor, 0);
                let slots = taipan_runtime::lists::items(native as taipan_abi::ListRef);
                for (index, slot) in slots.iter().enumerate() {
                    let item = ffi::PyList_GetItem(copy, index as isize);
                    if item.is_null() {
                        ffi::PyErr_Clear();
                        break;
                    }
                    ffi::Py_IncRef(item);
                    items.push((item, *slot));
                    if is_container(element) {
                        nested.push(CopySnapshot::take(*slot, element, item));
                    }
                }
            }
            descriptor_kind::DICT => {
                let dict = native as *mut taipan_runtime::dicts::DictObject;
                let value_descriptor = (*dict).value_descriptor;
                for (key, value) in taipan_runtime::dicts::items(dict) {
                    let key_object = from_native(key, (*dict).key_descriptor);
                    let item = if key_object.is_null() { std::ptr::null_mut() } else { ffi::PyDict_GetItemWithError(copy, key_object) };
                    if !key_object.is_null() {
                        ffi::Py_DecRef(key_object);
                    }
                    if item.is_null() {
                        ffi::PyErr_Clear();
                        continue;
                    }
                    ffi::Py_IncRef(item);
                    items.push((item, value));
                    if is_container(value_descriptor) {
                        nested.push(CopySnapshot::take(value, value_descriptor, item));
                    }
                }
            }
            _ => {}
        }
        let shape = match (*descriptor).kind {
            descriptor_kind::DICT => ffi::PyDict_Keys(copy),
            descriptor_kind::SET => ffi::PyFrozenSet_New(copy),
            _ => std::ptr::null_mut(),
        };
        ffi::Py_IncRef(copy);
        let references = ffi::Py_REFCNT(copy);
        CopySnapshot { native, descriptor, copy, references, items, shape, nested }
    }

    /// Whether the copy still holds what it was made with.
    unsafe fn unchanged(&self) -> bool {
        match (*self.descriptor).kind {
            descriptor_kind::LIST => {
                ffi::PyList_Size(self.copy) == self.items.len() as isize
                    && self.items.iter().enumerate().all(|(index, (item, _))| ffi::PyList_GetItem(self.copy, index as isize) == *item)
            }
            descriptor_kind::DICT => ffi::PyDict_Size(self.copy) == self.items.len() as isize && !self.shape.is_null() && {
                let keys = ffi::PyDict_Keys(self.copy);
                let same_keys = !keys.is_null() && ffi::PyObject_RichCompareBool(keys, self.shape, ffi::Py_EQ) == 1;
                if !keys.is_null() {
                    ffi::Py_DecRef(keys);
                }
                same_keys
            } && {
                let values = ffi::PyDict_Values(self.copy);
                let same = !values.is_null()
                    && ffi::PyList_Size(values) == self.items.len() as isize
                    && self.items.iter().enumerate().all(|(index, (item, _))| ffi::PyList_GetItem(values, index as isize) == *item);
                if !values.is_null() {
                    ffi::Py_DecRef(values);
                }
                same
            },
            descriptor_kind::SET => !self.shape.is_null() && ffi::PyObject_RichCompareBool(self.copy, self.shape, ffi::Py_EQ) == 1,
            _ => true,
        }
    }

    /// After the call: writes a changed list back, refuses what cannot be
    /// kept in step, and drops the snapshot's references.
    unsafe fn settle(self) -> Result<(), String> {
        let kept = ffi::Py_REFCNT(self.copy) > self.references;
        let nested_changed = self.nested.iter().any(|nested| !nested.unchanged() || ffi::Py_REFCNT(nested.copy) > nested.references);
        let changed = !self.unchanged();
        let type_name = taipan_runtime::values::type_name(self.descriptor);
        if kept && !nested_changed && self.nested.is_empty() && crate::shared_lists::can_share(self.descriptor) {
            // Kept in step from now on (see `shared_lists`).
            let outcome = if changed { self.write_back() } else { Ok(()) };
            ffi::PyErr_Clear();
            let (native, descriptor, copy) = (self.native, self.descriptor, self.copy);
            ffi::Py_IncRef(copy);
            self.release();
            crate::shared_lists::share(native as taipan_abi::ListRef, descriptor, copy);
            return outcome;
        }
        let outcome = if kept || nested_changed {
            Err(format!(
                "CPython kept or changed inside a copy of a native {type_name} passed to it; Taipan passes native containers to CPython as copies and cannot keep the two in step (build with --no-fallback to see the place)"
            ))
        } else if changed {
            self.write_back()
        } else {
            Ok(())
        };
        ffi::PyErr_Clear();
        self.release();
        outcome
    }

    unsafe fn release(self) {
        for nested in self.nested {
            nested.release();
        }
        for (item, _) in &self.items {
            ffi::Py_DecRef(*item);
        }
        if !self.shape.is_null() {
            ffi::Py_DecRef(self.shape);
        }
        ffi::Py_DecRef(self.copy);
    }

    /// Makes the native list hold what its copy holds now.
    unsafe fn write_back(&self) -> Result<(), String> {
        if (*self.descriptor).kind != descriptor_kind::LIST {
            return Err(format!("CPython changed a copy of a native {} passed to it; only lists are written back", taipan_runtime::values::type_name(self.descriptor)));
        }
        write_list_back(self.native as taipan_abi::ListRef, child(self.descriptor, 0), self.copy, &self.items)
    }
}

/// Makes the native `list` (of `element`s) hold what its CPython copy holds
/// now: items the copy held at the snapshot `items` keep their native
/// slots, new ones are converted.
pub(crate) unsafe fn write_list_back(list: taipan_abi::ListRef, element: DescriptorRef, copy: *mut ffi::PyObject, items: &[(*mut ffi::PyObject, u64)]) -> Result<(), String> {
    let length = ffi::PyList_Size(copy);
    let mut slots = Vec::with_capacity(length.max(0) as usize);
    for index in 0..length {
        let item = ffi::PyList_GetItem(copy, index);
        let slot = match items.iter().find(|(old, _)| *old == item) {
            Some((_, slot)) => *slot,
            None => match to_native(item, element) {
                Some(slot) => slot,
                None => {
                    return Err(format!("CPython put a {} into a native list of {}", text_of(ffi::PyObject_Type(item), false), taipan_runtime::values::type_name(element)))
                }
            },
        };
        slots.push(slot);
    }
    taipan_runtime::lists::taipan_list_clear(list);
    for slot in slots {
        taipan_runtime::lists::taipan_list_append(list, slot);
    }
    Ok(())
}

/// The native slot of type `descriptor` for a CPython object, when it has
/// that type exactly (a new object a CPython function put into a list).
pub(crate) unsafe fn to_native(item: *mut ffi::PyObject, descriptor: DescriptorRef) -> Option<u64> {
    match (*descriptor).kind {
        descriptor_kind::INT if ffi::PyLong_CheckExact(item) != 0 => {
            let mut overflow: c_int = 0;
            let value = ffi::PyLong_AsLongLongAndOverflow(item, &mut overflow);
            (overflow == 0).then_some(value as u64)
        }
        descriptor_kind::FLOAT if ffi::PyFloat_CheckExact(item) != 0 => Some(ffi::PyFloat_AsDouble(item).to_bits()),
        descriptor_kind::BOOL if ffi::PyBool_Check(item) != 0 => Some((item == ffi::Py_True()) as u64),
        descriptor_kind::NONE if item == ffi::Py_None() => Some(0),
        descriptor_kind::STR if ffi::PyUnicode_CheckExact(item) != 0 => native_str_of(item),
        descriptor_kind::FOREIGN => {
            ffi::Py_IncRef(item);
            Some(wrap(item) as u64)
        }
        descriptor_kind::INSTANCE => crate::extension_classes::native_of(item, descriptor),
        descriptor_kind::CLASS if !(*descriptor).children.is_null() => crate::extension_classes::class_of_type_object(item, descriptor),
        descriptor_kind::TUPLE if ffi::PyTuple_CheckExact(item) != 0 && ffi::PyTuple_Size(item) == (*descriptor).count as isize => {
            let count = (*descriptor).count as i64;
            let block = taipan_runtime::values::taipan_tuple_new(count) as *mut u64;
            for index in 0..count as usize {
                *block.add(index) = to_native(ffi::PyTuple_GetItem(item, index as isize), child(descriptor, index))?;
            }
            Some(block as u64)
        }
        _ => None,
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_binary(op: i32, left: ForeignRef, right: ForeignRef) -> ForeignRef {
    let _crossing = Crossing::enter();
    let (left, right) = (object(left), object(right));
    if op >= foreign_op::IN_PLACE {
        let result = match op - foreign_op::IN_PLACE {
            foreign_op::ADD => ffi::PyNumber_InPlaceAdd(left, right),
            foreign_op::SUBTRACT => ffi::PyNumber_InPlaceSubtract(left, right),
            foreign_op::MULTIPLY => ffi::PyNumber_InPlaceMultiply(left, right),
            foreign_op::TRUE_DIVIDE => ffi::PyNumber_InPlaceTrueDivide(left, right),
            foreign_op::FLOOR_DIVIDE => ffi::PyNumber_InPlaceFloorDivide(left, right),
            foreign_op::MODULO => ffi::PyNumber_InPlaceRemainder(left, right),
            foreign_op::POWER => ffi::PyNumber_InPlacePower(left, right, ffi::Py_None()),
            foreign_op::LEFT_SHIFT => ffi::PyNumber_InPlaceLshift(left, right),
            foreign_op::RIGHT_SHIFT => ffi::PyNumber_InPlaceRshift(left, right),
            foreign_op::BIT_AND => ffi::PyNumber_InPlaceAnd(left, right),
            foreign_op::BIT_OR => ffi::PyNumber_InPlaceOr(left, right),
            foreign_op::BIT_XOR => ffi::PyNumber_InPlaceXor(left, right),
            _ => raise(ExceptionKind::SystemError, "an unknown operator on CPython objects"),
        };
        return wrap(result);
    }
    let result = match op {
        foreign_op::ADD => ffi::PyNumber_Add(left, right),
        foreign_op::SUBTRACT => ffi::PyNumber_Subtract(left, right),
        foreign_op::MULTIPLY => ffi::PyNumber_Multiply(left, right),
        foreign_op::TRUE_DIVIDE => ffi::PyNumber_TrueDivide(left, right),
        foreign_op::FLOOR_DIVIDE => ffi::PyNumber_FloorDivide(left, right),
        foreign_op::MODULO => ffi::PyNumber_Remainder(left, right),
        foreign_op::POWER => ffi::PyNumber_Power(left, right, ffi::Py_None()),
        foreign_op::LEFT_SHIFT => ffi::PyNumber_Lshift(left, right),
        foreign_op::RIGHT_SHIFT => ffi::PyNumber_Rshift(left, right),
        foreign_op::BIT_AND => ffi::PyNumber_And(left, right),
        foreign_op::BIT_OR => ffi::PyNumber_Or(left, right),
        foreign_op::BIT_XOR => ffi::PyNumber_Xor(left, right),
        foreign_op::MATRIX_MULTIPLY => ffi::PyNumber_MatrixMultiply(left, right),
        _ => raise(ExceptionKind::SystemError, "an unknown operator on CPython objects"),
    };
    wrap(result)
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_unary(op: i32, operand: ForeignRef) -> ForeignRef {
    let _crossing = Crossing::enter();
    let operand = object(operand);
    let result = match op {
        foreign_op::NEGATE => ffi::PyNumber_Negative(operand),
        foreign_op::POSITIVE => ffi::PyNumber_Positive(operand),
        foreign_op::INVERT => ffi::PyNumber_Invert(operand),
        _ => raise(ExceptionKind::SystemError, "an unknown operator on a CPython object"),
    };
    wrap(result)
}

fn python_compare_op(op: i32) -> c_int {
    match op {
        compare_op::LT => ffi::Py_LT,
        compare_op::LE => ffi::Py_LE,
        compare_op::GT => ffi::Py_GT,
        compare_op::GE => ffi::Py_GE,
        compare_op::EQ => ffi::Py_EQ,
        _ => ffi::Py_NE,
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_compare(op: i32, left: ForeignRef, right: ForeignRef) -> ForeignRef {
    let _crossing = Crossing::enter();
    wrap(ffi::PyObject_RichCompare(object(left), object(right), python_compare_op(op)))
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_contains(container: ForeignRef, item: ForeignRef) -> u8 {
    let _crossing = Crossing::enter();
    check_status(ffi::PySequence_Contains(object(container), object(item))) as u8
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_is(left: ForeignRef, right: ForeignRef) -> u8 {
    let _crossing = Crossing::enter();
    (object(left) == object(right)) as u8
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_truth(object_handle: ForeignRef) -> u8 {
    let _crossing = Crossing::enter();
    check_status(ffi::PyObject_IsTrue(object(object_handle))) as u8
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_get_item(object_handle: ForeignRef, key: ForeignRef) -> ForeignRef {
    let _crossing = Crossing::enter();
    wrap(ffi::PyObject_GetItem(object(object_handle), object(key)))
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_set_item(object_handle: ForeignRef, key: ForeignRef, value: ForeignRef) {
    let _crossing = Crossing::enter();
    check_status(ffi::PyObject_SetItem(object(object_handle), object(key), object(value)));
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_iter(object_handle: ForeignRef) -> ForeignRef {
    let _crossing = Crossing::enter();
    wrap(ffi::PyObject_GetIter(object(object_handle)))
}

/// The iterator's next item, or null when it is exhausted.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_next(iterator: ForeignRef) -> ForeignRef {
    let _crossing = Crossing::enter();
    let item = ffi::PyIter_Next(object(iterator));
    if item.is_null() {
        if !ffi::PyErr_Occurred().is_null() {
            raise_python_error();
        }
        return std::ptr::null_mut();
    }
    wrap(item)
}

/// `a, b, ... = object`, with CPython's errors for the wrong count.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_unpack(object_handle: ForeignRef, count: i64, out: *mut ForeignRef) {
    let _crossing = Crossing::enter();
    let value = object(object_handle);
    let iterator = ffi::PyObject_GetIter(value);
    if iterator.is_null() {
        if ffi::PyErr_ExceptionMatches(ffi::PyExc_TypeError) != 0 {
            ffi::PyErr_Clear();
            let type_name = hook_type_name(object_handle as u64);
            raise(ExceptionKind::TypeError, &format!("cannot unpack non-iterable {type_name} object"));
        }
        raise_python_error();
    }
    let iterator = wrap(iterator);
    for index in 0..count {
        let item = taipan_vm_next(iterator);
        if item.is_null() {
            raise(ExceptionKind::ValueError, &format!("not enough values to unpack (expected {count}, got {index})"));
        }
        *out.add(index as usize) = item;
    }
    if !taipan_vm_next(iterator).is_null() {
        raise(ExceptionKind::ValueError, &format!("too many values to unpack (expected {count})"));
    }
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_to_int(object_handle: ForeignRef) -> i64 {
    let _crossing = Crossing::enter();
    native_int(check(ffi::PyNumber_Long(object(object_handle))))
}

/// The value of a CPython int (a new reference, released here) as a native
/// int; OverflowError past 64 bits.
unsafe fn native_int(number: *mut ffi::PyObject) -> i64 {
    let mut overflow: c_int = 0;
    let value = ffi::PyLong_AsLongLongAndOverflow(number, &mut overflow);
    ffi::Py_DecRef(number);
    if overflow != 0 {
        taipan_runtime::exceptions::integer_overflow();
    }
    if value == -1 && !ffi::PyErr_Occurred().is_null() {
        raise_python_error();
    }
    value
}

/// `operator.index(obj)`: what `range()` and indexing take of a CPython
/// object (an int, or an object with `__index__`; a float is CPython's
/// TypeError).
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_to_index(object_handle: ForeignRef) -> i64 {
    let _crossing = Crossing::enter();
    native_int(check(ffi::PyNumber_Index(object(object_handle))))
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_to_float(object_handle: ForeignRef) -> f64 {
    let _crossing = Crossing::enter();
    let number = check(ffi::PyNumber_Float(object(object_handle)));
    let value = ffi::PyFloat_AsDouble(number);
    ffi::Py_DecRef(number);
    if value == -1.0 && !ffi::PyErr_Occurred().is_null() {
        raise_python_error();
    }
    value
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_str(object_handle: ForeignRef) -> StrRef {
    let _crossing = Crossing::enter();
    native_str(ffi::PyObject_Str(object(object_handle)))
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_repr(object_handle: ForeignRef) -> StrRef {
    let _crossing = Crossing::enter();
    native_str(ffi::PyObject_Repr(object(object_handle)))
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_format(object_handle: ForeignRef, spec: StrRef) -> StrRef {
    let _crossing = Crossing::enter();
    let spec_object = str_object(spec);
    let result = ffi::PyObject_Format(object(object_handle), spec_object);
    ffi::Py_DecRef(spec_object);
    native_str(result)
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_len(object_handle: ForeignRef) -> i64 {
    let _crossing = Crossing::enter();
    let length = ffi::PyObject_Length(object(object_handle));
    if length < 0 {
        raise_python_error();
    }
    length as i64
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_hash(object_handle: ForeignRef) -> i64 {
    let _crossing = Crossing::enter();
    let hash = ffi::PyObject_Hash(object(object_handle));
    if hash == -1 && !ffi::PyErr_Occurred().is_null() {
        raise_python_error();
    }
    hash as i64
}

/// Drops the reference of a handle no native value can reach any more (a
/// temporary, such as the `m.group(1)` of `int(m.group(1))`) at once,
/// instead of when the collector finds it unreachable.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_release(handle: ForeignRef) {
    if !handle.is_null() && !(*handle).object.is_null() {
        let object = (*handle).object;
        (*handle).object = std::ptr::null_mut();
        // Codegen releases a handle only where its one owner drops it
        // (`foreign_ownership`), so the handle itself can serve again.
        let spare = &mut *SPARE_HANDLES.0.get();
        if spare.count < spare.handles.len() {
            spare.handles[spare.count] = handle;
            spare.count += 1;
        }
        ffi::Py_DECREF(object.cast());
    }
}

/// A CPython callable for a native function (see `native_functions`).
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_native_function(trampoline: *const u8, environment: *mut u8, arity: i64, name: StrRef, parameter_names: StrRef) -> ForeignRef {
    let _crossing = Crossing::enter();
    crate::native_functions::native_function(trampoline, environment, arity, name, parameter_names)
}

/// `separator.join(items)` for native lists of CPython objects, with
/// CPython's TypeError for an item that is no str.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_join(separator: StrRef, items: taipan_abi::ListRef) -> StrRef {
    let _crossing = Crossing::enter();
    let mut joined = String::new();
    for (index, slot) in taipan_runtime::lists::items(items).iter().enumerate() {
        let item = object(*slot as ForeignRef);
        if ffi::PyUnicode_Check(item) == 0 {
            let type_name = attribute_text(ffi::Py_TYPE(item).cast(), c"__name__").unwrap_or_else(|| "object".to_string());
            raise(ExceptionKind::TypeError, &format!("sequence item {index}: expected str instance, {type_name} found"));
        }
        if index > 0 {
            joined.push_str(as_str(separator));
        }
        match utf8_of(item) {
            Some(text) => joined.push_str(&text),
            None => raise_python_error(),
        }
    }
    new_str(&joined)
}

/// `raise exception` in native code, of a CPython exception class or
/// instance (a class CPython runs): raised as CPython would, then as the
/// native exception made for it. Never returns.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_raise(exception: ForeignRef) {
    let _crossing = Crossing::enter();
    let raised = object(exception);
    if ffi::PyExceptionClass_Check(raised) != 0 {
        ffi::PyErr_SetNone(raised);
    } else if ffi::PyExceptionInstance_Check(raised) != 0 {
        ffi::PyErr_SetObject(ffi::Py_TYPE(raised).cast(), raised);
    } else {
        ffi::PyErr_SetString(ffi::PyExc_TypeError, c"exceptions must derive from BaseException".as_ptr());
    }
    raise_python_error()
}

/// A handle for a new reference (null: CPython's exception, raised).
pub(crate) unsafe fn object_of_result(object: *mut ffi::PyObject) -> ForeignRef {
    wrap(object)
}

/// `taipan_abi::for_each_vm_function!`: see `vm_definitions`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_define_global(module: StrRef, name: StrRef, slot: u64, descriptor: DescriptorRef) {
    let _crossing = Crossing::enter();
    crate::vm_definitions::define_global(module, name, slot, descriptor);
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_define_import(module: StrRef, name: StrRef, imported: StrRef, member: StrRef) {
    let _crossing = Crossing::enter();
    crate::vm_definitions::define_import(module, name, imported, member);
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_define(module: StrRef, name: StrRef, code: *const u8, length: i64) -> ForeignRef {
    let _crossing = Crossing::enter();
    release_unreachable();
    crate::vm_definitions::define(module, name, code, length)
}

/// Called by a trampoline's landing pad with the native exception it caught.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_native_exception(exception: taipan_abi::InstanceRef) {
    crate::native_functions::native_exception(exception);
}

/// An extension module's exception class `class` as a CPython exception
/// type, bound in `module`: a subclass of its base's CPython type (a built-in
/// exception, or the module's own class made earlier). Native exceptions of
/// the class leave as instances of it (made from their arguments), and
/// instances of it CPython raises into native code are native instances
/// of the class, so `except` clauses on both sides match. The attributes
/// its `__init__` assigns are copied onto the CPython instance where they
/// convert unchanged.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_extension_exception(module: *mut u8, class: ClassRef, base: ClassRef, doc: StrRef, fields: *const taipan_abi::ExtensionField, field_count: i64) {
    crate::extension_classes::note_exception_fields(class, fields, field_count);
    let module: *mut ffi::PyObject = module.cast();
    let state = state();
    let base_type = match state.python_exception_types.get(&(base as usize)) {
        Some(base_type) => *base_type,
        None => {
            let builtins = ffi::PyEval_GetBuiltins();
            let name = std::ffi::CString::new(as_str((*base).name)).unwrap_or_default();
            let found = ffi::PyDict_GetItemString(builtins, name.as_ptr());
            if found.is_null() { ffi::PyExc_Exception } else { found }
        }
    };
    let namespace = check(ffi::PyDict_New());
    let module_name = ffi::PyModule_GetNameObject(module);
    if !module_name.is_null() {
        ffi::PyDict_SetItemString(namespace, c"__module__".as_ptr(), module_name);
        ffi::Py_DecRef(module_name);
    }
    let qualname = str_object((*class).qualname);
    ffi::PyDict_SetItemString(namespace, c"__qualname__".as_ptr(), qualname);
    ffi::Py_DecRef(qualname);
    if !doc.is_null() {
        let doc = str_object(doc);
        ffi::PyDict_SetItemString(namespace, c"__doc__".as_ptr(), doc);
        ffi::Py_DecRef(doc);
    }
    let name = str_object((*class).name);
    let bases = ffi::PyTuple_Pack(1, base_type);
    let made = ffi::PyObject_CallFunctionObjArgs(std::ptr::addr_of_mut!(ffi::PyType_Type).cast(), name, bases, namespace, std::ptr::null_mut::<ffi::PyObject>());
    ffi::Py_DecRef(bases);
    ffi::Py_DecRef(namespace);
    if made.is_null() {
        ffi::Py_DecRef(name);
        raise_python_error();
    }
    if ffi::PyObject_SetAttr(module, name, made) < 0 {
        ffi::PyErr_Clear();
    }
    ffi::Py_DecRef(name);
    state.foreign_exception_classes.insert(made as usize, class);
    state.python_exception_types.insert(class as usize, made);
}

/// `except C:` with a CPython class `C`: whether the native exception's
/// class is, in CPython's terms, a subclass of it. A class made for a
/// CPython exception type answers as that type, and so does an extension
/// module's exception class; a built-in class as CPython's class of that
/// name; another class of the program never matches.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_exception_matches(exception: taipan_abi::InstanceRef, class: ForeignRef) -> u8 {
    let _crossing = Crossing::enter();
    if exception.is_null() {
        return 0;
    }
    let native_class = (*exception).class;
    let state = state();
    let python_type = match state.python_exception_types.get(&(native_class as usize)) {
        Some(python_type) => {
            ffi::Py_IncRef(*python_type);
            *python_type
        }
        None => {
            let name = as_str((*native_class).name).to_string();
            if state.exception_classes.get(&name) != Some(&native_class) {
                return 0;
            }
            let name_object = check(ffi::PyUnicode_FromStringAndSize(name.as_ptr().cast(), name.len() as isize));
            let builtin = call_helper("builtin", &[name_object]);
            ffi::Py_DecRef(name_object);
            if builtin.is_null() {
                ffi::PyErr_Clear();
                return 0;
            }
            builtin
        }
    };
    let result = ffi::PyObject_IsSubclass(python_type, object(class));
    ffi::Py_DecRef(python_type);
    check_status(result) as u8
}

// ----- the runtime's hooks for slots of kind FOREIGN ------------------------

unsafe fn hook_repr(slot: u64) -> String {
    let text = taipan_vm_repr(slot as ForeignRef);
    as_str(text).to_string()
}

unsafe fn hook_equal(left: u64, right: u64) -> bool {
    check_status(ffi::PyObject_RichCompareBool(object(left as ForeignRef), object(right as ForeignRef), ffi::Py_EQ)) != 0
}

unsafe fn hook_compare(left: u64, right: u64, op: i32) -> bool {
    check_status(ffi::PyObject_RichCompareBool(object(left as ForeignRef), object(right as ForeignRef), python_compare_op(op))) != 0
}

unsafe fn hook_hash(slot: u64) -> i64 {
    taipan_vm_hash(slot as ForeignRef)
}

unsafe fn hook_truth(slot: u64) -> bool {
    taipan_vm_truth(slot as ForeignRef) != 0
}

unsafe fn hook_type_name(slot: u64) -> String {
    let value = object(slot as ForeignRef);
    let type_object = ffi::Py_TYPE(value).cast::<ffi::PyObject>();
    attribute_text(type_object, c"__name__").unwrap_or_else(|| "object".to_string())
}
