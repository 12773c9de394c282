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

/// A submodule of an extension package (`taipan ext pkg/`), named with its
/// full dotted name: a new module object, put into `sys.modules` and bound
/// in its `parent` package as CPython's import would (a borrowed reference:
/// `sys.modules` holds it).
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_submodule_new(name: StrRef, doc: StrRef, parent: *mut u8) -> *mut u8 {
    let module: *mut ffi::PyObject = taipan_vm_module_new(name, doc).cast();
    if module.is_null() {
        crate::bridge::raise_python_error();
    }
    let full_name = as_str(name);
    let modules = ffi::PyImport_GetModuleDict();
    let name_object = ffi::PyUnicode_FromStringAndSize(full_name.as_ptr().cast(), full_name.len() as isize);
    ffi::PyDict_SetItem(modules, name_object, module);
    ffi::Py_DecRef(name_object);
    let short = full_name.rsplit('.').next().unwrap_or(full_name);
    let short = CString::new(short).unwrap_or_default();
    if ffi::PyObject_SetAttrString(parent.cast(), short.as_ptr(), module) < 0 {
        ffi::PyErr_Clear();
    }
    if let Some((package, _)) = full_name.rsplit_once('.') {
        let package = ffi::PyUnicode_FromStringAndSize(package.as_ptr().cast(), package.len() as isize);
        ffi::PyObject_SetAttrString(module, c"__package__".as_ptr(), package);
        ffi::Py_DecRef(package);
    }
    ffi::Py_DecRef(module);
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

/// Whether the argument `item` converts to the native type `descriptor`
/// exactly (an int for an int, never a bool or a float for one); an absent
/// argument (null) fits.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_argument_fits(item: *mut u8, descriptor: DescriptorRef) -> u8 {
    // An absent argument (null) of a parameter with a default: whether the
    // default fits is known at compile time.
    (item.is_null() || fits(item.cast(), descriptor)) as u8
}

/// A handle of the argument object `item` (borrowed), for a parameter
/// typed as a CPython object.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_argument_object(item: *mut u8) -> ForeignRef {
    let item: *mut ffi::PyObject = item.cast();
    ffi::Py_IncRef(item);
    crate::bridge::wrap(item)
}

/// The argument object `item` as the call's result (a new reference): an
/// int or float result equal to it is the object itself, as a pure-Python
/// function returning its argument gives.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_argument_returned(item: *mut u8) -> *mut u8 {
    ffi::Py_INCREF(item.cast());
    item
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

/// The value of an exact CPython int that fits in 64 bits.
unsafe fn exact_int(item: *mut ffi::PyObject) -> Option<i64> {
    if ffi::PyLong_CheckExact(item) == 0 {
        return None;
    }
    let mut overflow = 0;
    let value = ffi::PyLong_AsLongLongAndOverflow(item, &mut overflow);
    if value == -1 && !ffi::PyErr_Occurred().is_null() {
        ffi::PyErr_Clear();
        return None;
    }
    (overflow == 0).then_some(value)
}

pub(crate) unsafe fn fits(item: *mut ffi::PyObject, descriptor: DescriptorRef) -> bool {
    use taipan_abi::descriptor_kind as kind;
    match (*descriptor).kind {
        kind::INSTANCE => crate::extension_classes::native_of(item, descriptor).is_some(),
        kind::CLASS => crate::extension_classes::class_of_type_object(item, descriptor).is_some(),
        kind::INT => exact_int(item).is_some(),
        kind::FLOAT => ffi::PyFloat_CheckExact(item) != 0,
        kind::BOOL => ffi::PyBool_Check(item) != 0,
        kind::NONE => item == ffi::Py_None(),
        // Native strs are UTF-8: a str holding a lone surrogate has none.
        kind::STR => ffi::PyUnicode_CheckExact(item) != 0 && {
            let mut length = 0;
            let encoded = !ffi::PyUnicode_AsUTF8AndSize(item, &mut length).is_null();
            if !encoded {
                ffi::PyErr_Clear();
            }
            encoded
        },
        kind::FOREIGN => true,
        kind::LIST => ffi::PyList_CheckExact(item) != 0 && {
            let element = taipan_runtime::values::child(descriptor, 0);
            (0..ffi::PyList_Size(item)).all(|index| fits(ffi::PyList_GetItem(item, index), element))
        },
        kind::VARTUPLE => ffi::PyTuple_CheckExact(item) != 0 && {
            let element = taipan_runtime::values::child(descriptor, 0);
            (0..ffi::PyTuple_Size(item)).all(|index| fits(ffi::PyTuple_GetItem(item, index), element))
        },
        kind::DICT => ffi::PyDict_CheckExact(item) != 0 && {
            let (key_descriptor, value_descriptor) = (taipan_runtime::values::child(descriptor, 0), taipan_runtime::values::child(descriptor, 1));
            let mut position = 0;
            let (mut key, mut value) = (std::ptr::null_mut(), std::ptr::null_mut());
            let mut all = true;
            while all && ffi::PyDict_Next(item, &mut position, &mut key, &mut value) != 0 {
                all = fits(key, key_descriptor) && fits(value, value_descriptor);
            }
            all
        },
        kind::SET | kind::FROZENSET => {
            let exact = if (*descriptor).kind == kind::SET { ffi::PySet_CheckExact(item) } else { ffi::PyFrozenSet_CheckExact(item) };
            exact != 0 && {
                let element = taipan_runtime::values::child(descriptor, 0);
                let mut all = true;
                for_each_set_item(item, |key| all = all && fits(key, element));
                all
            }
        }
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
    // The common cases at once, in a small function: an exact int that
    // fits, an exact float.
    match (*descriptor).kind {
        taipan_abi::descriptor_kind::INT if ffi::PyLong_CheckExact(item) != 0 => {
            if let Some(value) = one_digit_int(item) {
                return value as u64;
            }
            let mut overflow = 0;
            let value = ffi::PyLong_AsLongLongAndOverflow(item, &mut overflow);
            if overflow == 0 {
                return value as u64;
            }
        }
        taipan_abi::descriptor_kind::FLOAT if ffi::PyFloat_CheckExact(item) != 0 => return ffi::PyFloat_AS_DOUBLE(item).to_bits(),
        _ => {}
    }
    other_argument(item, descriptor, function, position)
}

/// Whether CPython's ints are laid out as up to 3.11 (the sign and the
/// number of digits in `ob_size`, 30-bit digits in 32-bit words after the
/// header), so that a one-digit int's value is read without a call. Learnt
/// from the host interpreter when the extension module starts.
static INT_LAYOUT_KNOWN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Sets `INT_LAYOUT_KNOWN` from the running interpreter: its version (3.12
/// moved the sign and size into a tag) and `sys.int_info`.
pub(crate) unsafe fn learn_int_layout() {
    let version = std::ffi::CStr::from_ptr(ffi::Py_GetVersion()).to_string_lossy().into_owned();
    let mut numbers = version.split(|character: char| !character.is_ascii_digit()).map(|part| part.parse::<u32>().unwrap_or(0));
    let (major, minor) = (numbers.next().unwrap_or(0), numbers.next().unwrap_or(0));
    let info = ffi::PyLong_GetInfo();
    let number_of = |name: &std::ffi::CStr| -> i64 {
        if info.is_null() {
            return 0;
        }
        let value = ffi::PyObject_GetAttrString(info, name.as_ptr());
        if value.is_null() {
            ffi::PyErr_Clear();
            return 0;
        }
        let number = ffi::PyLong_AsLongLong(value);
        ffi::Py_DecRef(value);
        if number == -1 {
            ffi::PyErr_Clear();
        }
        number
    };
    let known = major == 3 && (8..=11).contains(&minor) && number_of(c"bits_per_digit") == 30 && number_of(c"sizeof_digit") == 4;
    if !info.is_null() {
        ffi::Py_DecRef(info);
    }
    INT_LAYOUT_KNOWN.store(known, std::sync::atomic::Ordering::Relaxed);
}

/// The value of an exact int of at most one digit (below 2**30 in
/// magnitude), read from the object when its layout is known.
#[inline]
unsafe fn one_digit_int(item: *mut ffi::PyObject) -> Option<i64> {
    if !INT_LAYOUT_KNOWN.load(std::sync::atomic::Ordering::Relaxed) {
        return None;
    }
    let size = (*item.cast::<ffi::PyVarObject>()).ob_size;
    let digit = || *item.cast::<u8>().add(std::mem::size_of::<ffi::PyVarObject>()).cast::<u32>() as i64;
    match size {
        0 => Some(0),
        1 => Some(digit()),
        -1 => Some(-digit()),
        _ => None,
    }
}

/// `taipan_vm_argument` for the other types, and its TypeError.
#[inline(never)]
unsafe fn other_argument(item: *mut ffi::PyObject, descriptor: DescriptorRef, function: StrRef, position: i64) -> u64 {
    match (*descriptor).kind {
        taipan_abi::descriptor_kind::STR if ffi::PyUnicode_CheckExact(item) != 0 => {
            if let Some(slot) = crate::bridge::native_str_of(item) {
                return slot;
            }
        }
        // `self` of every method call: one type check and a load.
        taipan_abi::descriptor_kind::INSTANCE => {
            if let Some(native) = crate::extension_classes::native_of(item, descriptor) {
                return native;
            }
        }
        taipan_abi::descriptor_kind::LIST if ffi::PyList_CheckExact(item) != 0 && number_list_element(descriptor) => {
            if let Some(slot) = number_list_to_native(item, descriptor) {
                return slot;
            }
        }
        _ => {
            // Checked whole first, so that a conversion never stops half
            // way with some containers recorded for writing back.
            if fits(item, descriptor) {
                let recorded = frames().last().map_or(0, |frame| frame.objects.len());
                if let Some(slot) = argument_to_native(item, descriptor) {
                    return slot;
                }
                // Nothing half converted may be written back.
                if let Some(frame) = frames().last_mut() {
                    frame.forget_from(recorded);
                }
            }
        }
    }
    let mut given = type_name(item);
    if (*descriptor).kind == taipan_abi::descriptor_kind::CLASS {
        if let Some((class, _)) = taipan_abi::expected_instance_class(descriptor) {
            let message = format!(
                "{}() is a class method of the compiled class {}: it takes that class or a compiled subclass, not {} (a Python subclass's own instances would not be made)",
                as_str(function),
                as_str((*class).name),
                crate::bridge::utf8_of(ffi::PyObject_Repr(item)).unwrap_or_default()
            );
            taipan_runtime::exceptions::raise(taipan_abi::ExceptionKind::TypeError, &message)
        }
    }
    let instance_class = if (*descriptor).kind == taipan_abi::descriptor_kind::INSTANCE { taipan_abi::expected_instance_class(descriptor) } else { None };
    let expected = match instance_class {
        // A compiled instance is of one compiled class (a Python class
        // deriving from two has the first's instances).
        Some((class, _)) => format!("{} (or a subclass)", as_str((*class).name)),
        None => taipan_runtime::values::type_name(descriptor).to_string(),
    };
    if (*descriptor).kind == taipan_abi::descriptor_kind::INT && ffi::PyLong_CheckExact(item) != 0 {
        let message = format!("{}() argument {} is an int that does not fit in 64 bits (the compiled module was built for 64-bit ints)", as_str(function), position + 1);
        taipan_runtime::exceptions::raise(taipan_abi::ExceptionKind::OverflowError, &message)
    }
    if given == expected {
        // A container whose items are of other types (or a str no native
        // str can hold: one with a lone surrogate).
        given = format!("{given} of other items");
    }
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

// ----- container arguments ---------------------------------------------------
//
// A list, dict or set CPython passes to a compiled function becomes a
// native copy. Each call that may take one opens a frame of conversions
// (`taipan_vm_arguments_begin`); every container converted during the call's
// argument conversion is recorded there with the CPython object it came
// from. The same CPython object met twice (`f(a, a)`, `[row, row]`) becomes
// one native copy, so aliasing survives the crossing. When the call ends,
// by a result or an exception, each copy the function changed is written
// back into its CPython object in place, and a result that is (or holds)
// one of the copies is the CPython object itself. Which functions may keep
// a copy past the call, where this would not be exact, is decided at
// compile time (typeinfer's `kept_arguments`), and those are not given
// containers.

extern "C" {
    fn GC_malloc_uncollectable(size: usize) -> *mut std::ffi::c_void;
    fn GC_free(object: *mut std::ffi::c_void);
}

/// The conversions of one call in progress.
struct ArgumentFrame {
    /// Each converted list, dict or set: the CPython object (a strong
    /// reference) and the descriptor of its native copy.
    objects: Vec<(*mut ffi::PyObject, DescriptorRef)>,
    /// The native copies, in the same order, in memory the collector scans
    /// and never frees: a copy the function dropped must not be collected
    /// and its address reused while the frame maps it.
    natives: *mut u64,
    capacity: usize,
    by_object: std::collections::HashMap<usize, usize>,
    by_native: std::collections::HashMap<usize, usize>,
}

impl ArgumentFrame {
    fn new() -> ArgumentFrame {
        ArgumentFrame { objects: Vec::new(), natives: std::ptr::null_mut(), capacity: 0, by_object: Default::default(), by_native: Default::default() }
    }

    unsafe fn native(&self, index: usize) -> u64 {
        *self.natives.add(index)
    }

    unsafe fn record(&mut self, object: *mut ffi::PyObject, native: u64, descriptor: DescriptorRef) {
        let index = self.objects.len();
        if index == self.capacity {
            let capacity = (self.capacity * 2).max(8);
            let grown = GC_malloc_uncollectable(capacity * 8) as *mut u64;
            if grown.is_null() {
                taipan_runtime::exceptions::out_of_memory();
            }
            if !self.natives.is_null() {
                std::ptr::copy_nonoverlapping(self.natives, grown, index);
                GC_free(self.natives.cast());
            }
            self.natives = grown;
            self.capacity = capacity;
        }
        *self.natives.add(index) = native;
        ffi::Py_IncRef(object);
        self.objects.push((object, descriptor));
        self.by_object.insert(object as usize, index);
        self.by_native.insert(native as usize, index);
    }

    /// Drops the records from `index` on (a conversion that failed half way).
    unsafe fn forget_from(&mut self, index: usize) {
        for (position, (object, _)) in self.objects.iter().enumerate().skip(index) {
            self.by_object.remove(&(*object as usize));
            self.by_native.remove(&(self.native(position) as usize));
            ffi::Py_DecRef(*object);
        }
        self.objects.truncate(index);
    }

    /// The copy already made of `object` in this call, if any: `Some(None)`
    /// when it was made for another type (an empty list passed as both a
    /// `list[int]` and a `list[float]`), which one copy cannot serve.
    unsafe fn copy_of(&self, object: *mut ffi::PyObject, descriptor: DescriptorRef) -> Option<Option<u64>> {
        let index = *self.by_object.get(&(object as usize))?;
        Some(taipan_runtime::values::same_descriptor(self.objects[index].1, descriptor).then(|| self.native(index)))
    }

    /// The CPython object a native copy was made from (borrowed), or null.
    fn object_of(&self, native: u64) -> *mut ffi::PyObject {
        match self.by_native.get(&(native as usize)) {
            Some(index) => self.objects[*index].0,
            None => std::ptr::null_mut(),
        }
    }

    unsafe fn release(self) {
        for (object, _) in &self.objects {
            ffi::Py_DecRef(*object);
        }
        if !self.natives.is_null() {
            GC_free(self.natives.cast());
        }
    }
}

/// The frames of the calls in progress, innermost last (a compiled
/// function may call Python code that calls another). One thread: the
/// bridge runs with the GIL held.
struct ArgumentFrames(std::cell::UnsafeCell<Vec<Box<ArgumentFrame>>>);
unsafe impl Sync for ArgumentFrames {}
static ARGUMENT_FRAMES: ArgumentFrames = ArgumentFrames(std::cell::UnsafeCell::new(Vec::new()));

unsafe fn frames() -> &'static mut Vec<Box<ArgumentFrame>> {
    &mut *ARGUMENT_FRAMES.0.get()
}

/// Opens the conversion frame of a call whose arguments may be containers.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_arguments_begin() {
    frames().push(Box::new(ArgumentFrame::new()));
}

/// Ends the call's frame after an exception: what the function changed in
/// its container arguments is written back (CPython would show it), and
/// the frame is dropped.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_arguments_abandon() {
    if let Some(frame) = frames().pop() {
        if write_back_frame(&frame).is_err() {
            ffi::PyErr_Clear();
        }
        (*frame).release();
    }
}

/// The call's result `slot` of type `descriptor` as a CPython object (a
/// new reference): first the changed containers written back, then the
/// result converted with the arguments' own objects standing for their
/// copies. The frame stays open until `taipan_vm_arguments_end`, so that
/// a failure here still ends it through the call's landing pad.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_arguments_result(slot: u64, descriptor: DescriptorRef) -> *mut u8 {
    let Some(frame) = frames().last() else {
        return taipan_vm_result(slot, descriptor);
    };
    if write_back_frame(frame).is_err() {
        crate::bridge::raise_python_error();
    }
    let result = crate::bridge::from_native_mapped(slot, descriptor, Some(&|native| frame.object_of(native)));
    if result.is_null() {
        crate::bridge::raise_python_error();
    }
    result.cast()
}

/// Drops the frame of a call that returned (after `taipan_vm_arguments_result`).
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_arguments_end() {
    if let Some(frame) = frames().pop() {
        (*frame).release();
    }
}

/// The CPython object `item` (of the exact type `descriptor` describes,
/// which `fits` checked) as a native value; containers are recorded in the
/// innermost frame.
unsafe fn argument_to_native(item: *mut ffi::PyObject, descriptor: DescriptorRef) -> Option<u64> {
    use taipan_abi::descriptor_kind as kind;
    use taipan_runtime::values::child;
    let kind = (*descriptor).kind;
    if matches!(kind, kind::LIST | kind::DICT | kind::SET) {
        if let Some(copy) = frames().last().and_then(|frame| frame.copy_of(item, descriptor)) {
            return copy;
        }
    }
    match kind {
        kind::LIST | kind::VARTUPLE => {
            let element = child(descriptor, 0);
            let is_list = kind == kind::LIST;
            let length = if is_list { ffi::PyList_Size(item) } else { ffi::PyTuple_Size(item) };
            let list = taipan_runtime::lists::new_list_with_capacity(0, length.max(0) as usize, element);
            if is_list {
                record(item, list as u64, descriptor);
            }
            for index in 0..length {
                let member = if is_list { ffi::PyList_GetItem(item, index) } else { ffi::PyTuple_GetItem(item, index) };
                taipan_runtime::lists::taipan_list_append(list, argument_to_native(member, element)?);
            }
            Some(list as u64)
        }
        kind::DICT => {
            let (key_descriptor, value_descriptor) = (child(descriptor, 0), child(descriptor, 1));
            let dict = taipan_runtime::dicts::taipan_dict_new(key_descriptor, value_descriptor);
            record(item, dict as u64, descriptor);
            let mut position = 0;
            let (mut key, mut value) = (std::ptr::null_mut(), std::ptr::null_mut());
            while ffi::PyDict_Next(item, &mut position, &mut key, &mut value) != 0 {
                let native_key = argument_to_native(key, key_descriptor)?;
                let native_value = argument_to_native(value, value_descriptor)?;
                taipan_runtime::dicts::taipan_dict_set_item(dict, native_key, native_value);
            }
            Some(dict as u64)
        }
        kind::SET | kind::FROZENSET => {
            let element = child(descriptor, 0);
            let set = taipan_runtime::sets::taipan_set_new(element, (kind == kind::FROZENSET) as u8);
            if kind == kind::SET {
                record(item, set as u64, descriptor);
            }
            let mut failed = false;
            for_each_set_item(item, |member| match argument_to_native(member, element) {
                Some(native) => taipan_runtime::sets::taipan_set_add(set, native),
                None => failed = true,
            });
            (!failed).then_some(set as u64)
        }
        kind::TUPLE => {
            let count = (*descriptor).count as usize;
            let block = taipan_runtime::values::taipan_tuple_new(count as i64) as *mut u64;
            for index in 0..count {
                *block.add(index) = argument_to_native(ffi::PyTuple_GetItem(item, index as isize), child(descriptor, index))?;
            }
            Some(block as u64)
        }
        _ => to_native(item, descriptor),
    }
}

/// The CPython object `item` as a native value of type `descriptor`, when
/// it fits, in a frame of its own that is dropped without writing anything
/// back: a value CPython stores into a native object, which keeps it.
pub(crate) unsafe fn converted_for_keeping(item: *mut ffi::PyObject, descriptor: DescriptorRef) -> Option<u64> {
    if !fits(item, descriptor) {
        return None;
    }
    frames().push(Box::new(ArgumentFrame::new()));
    let converted = argument_to_native(item, descriptor);
    if let Some(frame) = frames().pop() {
        (*frame).release();
    }
    converted
}

/// Whether a list's elements are ints or floats: the lists converted and
/// compared in one pass (`number_list_to_native`, `number_list_unchanged`).
unsafe fn number_list_element(descriptor: DescriptorRef) -> bool {
    use taipan_abi::descriptor_kind as kind;
    matches!((*taipan_runtime::values::child(descriptor, 0)).kind, kind::INT | kind::FLOAT)
}

/// The native slot of an int or float item, checked and converted at once.
#[inline]
unsafe fn number_to_native(item: *mut ffi::PyObject, element_kind: u32) -> Option<u64> {
    if element_kind == taipan_abi::descriptor_kind::FLOAT {
        (ffi::PyFloat_CheckExact(item) != 0).then(|| ffi::PyFloat_AS_DOUBLE(item).to_bits())
    } else {
        exact_int(item).map(|value| value as u64)
    }
}

/// A list of ints or floats converted in one pass, checking each item as it
/// goes: the copy is recorded only once every item converted, so a list
/// that does not fit leaves nothing to write back. The same list met
/// earlier in the call is its earlier copy.
unsafe fn number_list_to_native(item: *mut ffi::PyObject, descriptor: DescriptorRef) -> Option<u64> {
    if let Some(copy) = frames().last().and_then(|frame| frame.copy_of(item, descriptor)) {
        return copy;
    }
    let element = taipan_runtime::values::child(descriptor, 0);
    let element_kind = (*element).kind;
    let length = ffi::PyList_GET_SIZE(item);
    let list = taipan_runtime::lists::new_list_with_capacity(0, length.max(0) as usize, element);
    for index in 0..length {
        taipan_runtime::lists::taipan_list_append(list, number_to_native(ffi::PyList_GET_ITEM(item, index), element_kind)?);
    }
    record(item, list as u64, descriptor);
    Some(list as u64)
}

/// Whether a list of ints or floats still holds, in CPython, what its
/// native copy holds: one pass, no conversion.
unsafe fn number_list_unchanged(object: *mut ffi::PyObject, slots: &[u64], element_kind: u32) -> bool {
    ffi::PyList_GET_SIZE(object) == slots.len() as isize
        && slots.iter().enumerate().all(|(index, slot)| number_to_native(ffi::PyList_GET_ITEM(object, index as isize), element_kind) == Some(*slot))
}

/// Records a container's copy in the innermost frame (a call made without
/// one, which codegen does not emit, gets no write-back).
unsafe fn record(object: *mut ffi::PyObject, native: u64, descriptor: DescriptorRef) {
    if let Some(frame) = frames().last_mut() {
        frame.record(object, native, descriptor);
    }
}

/// Calls `visit` with each member of a set or frozenset (borrowed).
unsafe fn for_each_set_item(set: *mut ffi::PyObject, mut visit: impl FnMut(*mut ffi::PyObject)) {
    let iterator = ffi::PyObject_GetIter(set);
    if iterator.is_null() {
        ffi::PyErr_Clear();
        return;
    }
    loop {
        let member = ffi::PyIter_Next(iterator);
        if member.is_null() {
            break;
        }
        visit(member);
        ffi::Py_DecRef(member);
    }
    ffi::Py_DecRef(iterator);
}

/// Writes each copy the function changed back into its CPython object.
unsafe fn write_back_frame(frame: &ArgumentFrame) -> Result<(), ()> {
    let mapped = |native: u64| frame.object_of(native);
    for (index, (object, descriptor)) in frame.objects.iter().enumerate() {
        write_back(*object, frame.native(index), *descriptor, &mapped)?;
    }
    Ok(())
}

/// Makes the CPython container `object` hold what its native copy `native`
/// holds, if they differ: items equal in value and type keep their CPython
/// objects, copies of arguments become those arguments, the rest is
/// converted. A container that did not change is left untouched.
unsafe fn write_back(object: *mut ffi::PyObject, native: u64, descriptor: DescriptorRef, mapped: &dyn Fn(u64) -> *mut ffi::PyObject) -> Result<(), ()> {
    use taipan_abi::descriptor_kind as kind;
    use taipan_runtime::values::child;
    let convert = |slot: u64, item_descriptor: DescriptorRef| {
        let converted = crate::bridge::from_native_mapped(slot, item_descriptor, Some(mapped));
        if converted.is_null() {
            Err(())
        } else {
            Ok(converted)
        }
    };
    match (*descriptor).kind {
        kind::LIST => {
            let element = child(descriptor, 0);
            let slots = taipan_runtime::lists::items(native as taipan_abi::ListRef);
            if number_list_element(descriptor) && number_list_unchanged(object, &slots, (*element).kind) {
                return Ok(());
            }
            let old_length = ffi::PyList_Size(object);
            let mut changed = slots.len() as isize != old_length;
            let mut items = Vec::with_capacity(slots.len());
            for (index, slot) in slots.iter().enumerate() {
                let old = if (index as isize) < old_length { ffi::PyList_GetItem(object, index as isize) } else { std::ptr::null_mut() };
                let item = if !old.is_null() && same_value(old, *slot, element, mapped) {
                    ffi::Py_IncRef(old);
                    old
                } else {
                    changed = true;
                    match convert(*slot, element) {
                        Ok(item) => item,
                        Err(()) => {
                            items.iter().for_each(|item| ffi::Py_DecRef(*item));
                            return Err(());
                        }
                    }
                };
                items.push(item);
            }
            if !changed {
                items.iter().for_each(|item| ffi::Py_DecRef(*item));
                return Ok(());
            }
            let replacement = ffi::PyList_New(items.len() as isize);
            for (index, item) in items.into_iter().enumerate() {
                ffi::PyList_SetItem(replacement, index as isize, item);
            }
            let status = ffi::PyList_SetSlice(object, 0, old_length, replacement);
            ffi::Py_DecRef(replacement);
            if status < 0 {
                return Err(());
            }
            Ok(())
        }
        kind::DICT => {
            let dict = native as *mut taipan_runtime::dicts::DictObject;
            let (key_descriptor, value_descriptor) = ((*dict).key_descriptor, (*dict).value_descriptor);
            let entries = taipan_runtime::dicts::items(dict);
            // Unchanged when the keys are the same, in the same order, with
            // the same values.
            let mut unchanged = ffi::PyDict_Size(object) == entries.len() as isize;
            let mut position = 0;
            for (key, value) in &entries {
                if !unchanged {
                    break;
                }
                let (mut old_key, mut old_value) = (std::ptr::null_mut(), std::ptr::null_mut());
                unchanged = ffi::PyDict_Next(object, &mut position, &mut old_key, &mut old_value) != 0
                    && same_value(old_key, *key, key_descriptor, mapped)
                    && same_value(old_value, *value, value_descriptor, mapped);
            }
            if unchanged {
                return Ok(());
            }
            let mut pairs = Vec::with_capacity(entries.len());
            let mut failed = false;
            for (key, value) in &entries {
                let Ok(key_object) = convert(*key, key_descriptor) else {
                    failed = true;
                    break;
                };
                let old = ffi::PyDict_GetItemWithError(object, key_object);
                ffi::PyErr_Clear();
                let value_object = if !old.is_null() && same_value(old, *value, value_descriptor, mapped) {
                    ffi::Py_IncRef(old);
                    Ok(old)
                } else {
                    convert(*value, value_descriptor)
                };
                match value_object {
                    Ok(value_object) => pairs.push((key_object, value_object)),
                    Err(()) => {
                        ffi::Py_DecRef(key_object);
                        failed = true;
                        break;
                    }
                }
            }
            if !failed {
                ffi::PyDict_Clear(object);
                for (key, value) in &pairs {
                    failed |= ffi::PyDict_SetItem(object, *key, *value) < 0;
                }
            }
            for (key, value) in pairs {
                ffi::Py_DecRef(key);
                ffi::Py_DecRef(value);
            }
            if failed {
                Err(())
            } else {
                Ok(())
            }
        }
        kind::SET => {
            let set = native as *mut taipan_runtime::sets::SetObject;
            let element = (*set).element;
            let mut members = Vec::new();
            taipan_runtime::sets::for_each_active(set, |key, _| members.push(key));
            let mut objects = Vec::with_capacity(members.len());
            for member in members {
                match convert(member, element) {
                    Ok(converted) => objects.push(converted),
                    Err(()) => {
                        objects.iter().for_each(|object| ffi::Py_DecRef(*object));
                        return Err(());
                    }
                }
            }
            let unchanged = ffi::PySet_Size(object) == objects.len() as isize && objects.iter().all(|member| ffi::PySet_Contains(object, *member) == 1);
            let mut failed = false;
            if !unchanged {
                // As a difference (members gone discarded, new ones added),
                // so that CPython's set ends in the order the same changes
                // made in place would leave it.
                let wanted = ffi::PySet_New(std::ptr::null_mut());
                failed |= wanted.is_null();
                if !wanted.is_null() {
                    for member in &objects {
                        failed |= ffi::PySet_Add(wanted, *member) < 0;
                    }
                    let mut gone = Vec::new();
                    for_each_set_item(object, |member| {
                        if ffi::PySet_Contains(wanted, member) != 1 {
                            ffi::Py_IncRef(member);
                            gone.push(member);
                        }
                    });
                    for member in gone {
                        failed |= ffi::PySet_Discard(object, member) < 0;
                        ffi::Py_DecRef(member);
                    }
                    for member in &objects {
                        if ffi::PySet_Contains(object, *member) != 1 {
                            failed |= ffi::PySet_Add(object, *member) < 0;
                        }
                    }
                    ffi::Py_DecRef(wanted);
                }
            }
            objects.iter().for_each(|object| ffi::Py_DecRef(*object));
            if failed {
                Err(())
            } else {
                Ok(())
            }
        }
        _ => Ok(()),
    }
}

/// Whether the CPython object `old` is what the native `slot` of type
/// `descriptor` would convert to, so that it may stay: the same type and
/// value for immutable values, the argument itself for a copy of one.
unsafe fn same_value(old: *mut ffi::PyObject, slot: u64, descriptor: DescriptorRef, mapped: &dyn Fn(u64) -> *mut ffi::PyObject) -> bool {
    use taipan_abi::descriptor_kind as kind;
    use taipan_runtime::values::child;
    match (*descriptor).kind {
        kind::INT => exact_int(old) == Some(slot as i64),
        kind::FLOAT => ffi::PyFloat_CheckExact(old) != 0 && ffi::PyFloat_AS_DOUBLE(old).to_bits() == slot,
        kind::BOOL => old == if slot != 0 { ffi::Py_True() } else { ffi::Py_False() },
        kind::NONE => old == ffi::Py_None(),
        kind::STR => {
            if ffi::PyUnicode_CheckExact(old) == 0 {
                return false;
            }
            let mut length = 0;
            let data = ffi::PyUnicode_AsUTF8AndSize(old, &mut length);
            if data.is_null() {
                ffi::PyErr_Clear();
                return false;
            }
            std::slice::from_raw_parts(data.cast::<u8>(), length as usize) == taipan_runtime::strings::as_bytes(slot as StrRef)
        }
        kind::FOREIGN => object(slot as ForeignRef) == old,
        kind::TUPLE => {
            let count = (*descriptor).count as usize;
            ffi::PyTuple_CheckExact(old) != 0
                && ffi::PyTuple_Size(old) == count as isize
                && (0..count).all(|index| same_value(ffi::PyTuple_GetItem(old, index as isize), *(slot as *const u64).add(index), child(descriptor, index), mapped))
        }
        kind::VARTUPLE => {
            let items = taipan_runtime::lists::items(slot as taipan_abi::ListRef);
            let element = child(descriptor, 0);
            ffi::PyTuple_CheckExact(old) != 0
                && ffi::PyTuple_Size(old) == items.len() as isize
                && items.iter().enumerate().all(|(index, item)| same_value(ffi::PyTuple_GetItem(old, index as isize), *item, element, mapped))
        }
        kind::LIST | kind::DICT | kind::SET => mapped(slot) == old,
        _ => false,
    }
}

// ----- Ctrl-C during native loops ----------------------------------------------
//
// CPython's SIGINT handler only notes the signal; its evaluation loop later
// runs the Python-level handler, which raises KeyboardInterrupt. Native code
// has no evaluation loop, so an extension module's loops poll a flag of
// their own (`taipan_abi::INTERRUPT_FLAG_SYMBOL`) that a handler installed in
// front of CPython's sets before passing the signal on. A set flag makes the
// loop call `taipan_vm_check_interrupt`, which runs CPython's pending
// handlers and raises what they raise as a native exception.

/// Set by `on_interrupt`; polled by compiled loops.
#[no_mangle]
#[allow(non_upper_case_globals)]
pub static taipan_interrupt_pending: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

struct PreviousHandler(std::cell::UnsafeCell<Option<libc::sigaction>>);
unsafe impl Sync for PreviousHandler {}
static PREVIOUS_SIGINT: PreviousHandler = PreviousHandler(std::cell::UnsafeCell::new(None));

extern "C" fn on_interrupt(signal: libc::c_int, info: *mut libc::siginfo_t, context: *mut libc::c_void) {
    taipan_interrupt_pending.store(1, std::sync::atomic::Ordering::SeqCst);
    // Then CPython's own handler, as if it had been called directly.
    unsafe {
        if let Some(previous) = &*PREVIOUS_SIGINT.0.get() {
            let handler = previous.sa_sigaction;
            if handler == libc::SIG_DFL || handler == libc::SIG_IGN {
                return;
            }
            if previous.sa_flags & libc::SA_SIGINFO != 0 {
                let handler: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) = std::mem::transmute(handler);
                handler(signal, info, context);
            } else {
                let handler: extern "C" fn(libc::c_int) = std::mem::transmute(handler);
                handler(signal);
            }
        }
    }
}

/// Puts `on_interrupt` in front of the host interpreter's SIGINT handler,
/// once, when CPython handles SIGINT with a handler of its own (not when
/// the signal is ignored or left to its default). A handler Python code
/// sets later with `signal.signal` replaces it, and loops then run on.
pub(crate) unsafe fn watch_interrupts() {
    if (*PREVIOUS_SIGINT.0.get()).is_some() {
        return;
    }
    let mut current: libc::sigaction = std::mem::zeroed();
    if libc::sigaction(libc::SIGINT, std::ptr::null(), &mut current) != 0 || current.sa_sigaction == libc::SIG_DFL || current.sa_sigaction == libc::SIG_IGN {
        return;
    }
    *PREVIOUS_SIGINT.0.get() = Some(current);
    let mut ours: libc::sigaction = std::mem::zeroed();
    ours.sa_sigaction = on_interrupt as *const () as usize;
    ours.sa_flags = libc::SA_SIGINFO | (current.sa_flags & libc::SA_ONSTACK);
    ours.sa_mask = current.sa_mask;
    libc::sigaction(libc::SIGINT, &ours, std::ptr::null_mut());
}

/// What a compiled loop calls when the flag is set: CPython's pending
/// signal handlers run, and an exception one raises (KeyboardInterrupt)
/// becomes a native exception that unwinds the loop.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_check_interrupt() {
    taipan_interrupt_pending.store(0, std::sync::atomic::Ordering::SeqCst);
    if ffi::PyErr_CheckSignals() < 0 {
        crate::bridge::raise_python_error();
    }
}

// ----- native generators consumed by CPython -----------------------------------

/// One step of a native generator, compiled per generator type: resumes
/// the frame and stores the yielded value, converted (a new reference), in
/// `out` (1), reports it finished (0, with its return value's object in
/// `out` when it has one), or hands the exception its body or a conversion
/// raised to `taipan_vm_native_exception` (2).
type GeneratorStep = unsafe extern "C" fn(frame: *mut u8, out: *mut u64) -> u8;

/// A native generator as a CPython iterator.
#[repr(C)]
struct GeneratorObject {
    base: ffi::PyObject,
    /// Uncollectable memory holding the coroutine frame's address: the
    /// collector keeps the frame (and what it refers to) while CPython
    /// holds this object.
    root: *mut *mut u8,
    step: GeneratorStep,
    /// The type of the values it yields.
    descriptor: DescriptorRef,
    /// The type of the value its `return` gives (StopIteration's value), or
    /// null when it gives none.
    returned: DescriptorRef,
    /// Set once the generator finished or raised: later steps give nothing.
    finished: bool,
}

struct GeneratorType(std::cell::UnsafeCell<*mut ffi::PyObject>);
unsafe impl Sync for GeneratorType {}
static GENERATOR_TYPE: GeneratorType = GeneratorType(std::cell::UnsafeCell::new(std::ptr::null_mut()));

unsafe fn generator_type() -> *mut ffi::PyObject {
    let cell = &mut *GENERATOR_TYPE.0.get();
    if !cell.is_null() {
        return *cell;
    }
    let slots = [
        ffi::PyType_Slot { slot: ffi::Py_tp_dealloc, pfunc: deallocate_generator as *mut std::ffi::c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_iter, pfunc: ffi::PyObject_SelfIter as *mut std::ffi::c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_iternext, pfunc: next_of_generator as *mut std::ffi::c_void },
    ];
    let made = crate::extension_classes::type_from_slots(c"taipan.generator", std::mem::size_of::<GeneratorObject>(), ffi::Py_TPFLAGS_DEFAULT, &slots, std::ptr::null_mut());
    *cell = made;
    made
}

/// A CPython iterator over the native generator `frame` (a new reference):
/// each `next()` runs `step`, converting what it yields from `descriptor`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_generator_object(frame: *mut u8, step: *const u8, descriptor: DescriptorRef, returned: DescriptorRef) -> *mut u8 {
    let object = crate::extension_classes::allocate_object(generator_type());
    let root = GC_malloc_uncollectable(std::mem::size_of::<*mut u8>()) as *mut *mut u8;
    if root.is_null() {
        taipan_runtime::exceptions::out_of_memory();
    }
    *root = frame;
    let generator = &mut *object.cast::<GeneratorObject>();
    generator.root = root;
    generator.step = std::mem::transmute::<*const u8, GeneratorStep>(step);
    generator.descriptor = descriptor;
    generator.returned = returned;
    generator.finished = false;
    object.cast()
}

unsafe extern "C" fn next_of_generator(object: *mut ffi::PyObject) -> *mut ffi::PyObject {
    let generator = &mut *object.cast::<GeneratorObject>();
    if generator.finished {
        return std::ptr::null_mut();
    }
    if !crate::native_functions::on_main_thread() {
        ffi::PyErr_SetString(ffi::PyExc_RuntimeError, c"a compiled generator can only be resumed from the main thread".as_ptr());
        return std::ptr::null_mut();
    }
    let mut slot = 0u64;
    if crate::shared_lists::any_shared() {
        crate::shared_lists::after_cpython_ran();
    }
    let outcome = (generator.step)(*generator.root, &mut slot);
    taipan_runtime::output::flush_stdout();
    if crate::shared_lists::any_shared() {
        if let Some(message) = crate::shared_lists::before_cpython_runs() {
            generator.finished = true;
            if outcome != 2 && slot != 0 {
                ffi::Py_DecRef(slot as *mut ffi::PyObject);
            }
            let message = std::ffi::CString::new(message).unwrap_or_default();
            ffi::PyErr_SetString(ffi::PyExc_RuntimeError, message.as_ptr());
            return std::ptr::null_mut();
        }
    }
    // The step converted the value (under its landing pad): `slot` holds
    // a new reference.
    match outcome {
        1 => slot as *mut ffi::PyObject,
        0 => {
            generator.finished = true;
            if !generator.returned.is_null() && slot != 0 {
                let value = slot as *mut ffi::PyObject;
                // An instance made here, so that a tuple value is the value
                // and not the exception's arguments.
                let stop = ffi::PyObject_CallOneArg(ffi::PyExc_StopIteration, value);
                ffi::Py_DecRef(value);
                if !stop.is_null() {
                    ffi::PyErr_SetObject(ffi::PyExc_StopIteration, stop);
                    ffi::Py_DecRef(stop);
                }
            }
            std::ptr::null_mut()
        }
        _ => {
            generator.finished = true;
            crate::native_functions::set_pending_error();
            std::ptr::null_mut()
        }
    }
}

unsafe extern "C" fn deallocate_generator(object: *mut ffi::PyObject) {
    let generator = &mut *object.cast::<GeneratorObject>();
    if !generator.root.is_null() {
        GC_free(generator.root.cast());
    }
    crate::extension_classes::free_object(object);
}
