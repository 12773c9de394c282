//! The classes of an extension module (`taipan ext`) as CPython types.
//!
//! Each top-level class of the module becomes a CPython type whose
//! instances wrap native instances: `taipan.CompiledObject`, a type made
//! here, holds the native instance (in uncollectable memory, so that the
//! collector keeps it while CPython holds the wrapper), and each class is
//! `type(name, (base,), namespace)` over it, so that CPython's own
//! machinery gives method binding, special-method slots, `isinstance`,
//! `super()` and subclassing. The namespace holds:
//!
//! - a `taipan.field` data descriptor per instance attribute of the
//!   class's family, which converts the field's slot on reading and checks
//!   and converts what CPython assigns (a value of another type is a
//!   TypeError: the layout was compiled for one type);
//! - the methods, as the native callables codegen made
//!   (`native_functions`), which bind like functions; static methods and
//!   properties wrapped as CPython's own;
//! - class attributes, converted once.
//!
//! Instances have a `__dict__` too, for attributes CPython gives them that
//! are not fields (native code never reads those).
//!
//! A native instance has at most one wrapper at a time
//! (`Registry::wrappers`), so identity, `==` by default and hashing agree
//! on both sides. A wrapper of a class's own type usually holds nothing
//! but the native instance, so when CPython lets it go another can stand
//! for the instance later. An instance of a Python subclass, or one given
//! attributes of its own, holds more (its class and `__dict__`); once
//! CPython lets it go, the native instance is marked,
//! and crossing back into CPython raises RuntimeError instead of turning
//! into an instance of the base class.
//!
//! Lists in fields cross as copies kept in step (`shared_lists`); a field
//! holding a dict, a set or a list of mutable values cannot be read or
//! assigned from CPython (TypeError), since the two sides would drift.
//!
//! What this module does not own: which classes are exported and with
//! what (codegen's `emit/extension.rs`), the callables (`native_functions`)
//! and the conversions of arguments (`extension`, `bridge`).

use crate::bridge::{from_native, AddressMap};
use crate::shared_lists;
use pyo3::ffi;
use std::cell::UnsafeCell;
use std::ffi::{c_int, c_void, CString};
use taipan_abi::{class_member_kind, descriptor_kind, extension_class_flags, ClassRef, DescriptorRef, ExtensionField, ForeignRef, InstanceRef, StrRef};
use taipan_runtime::strings::as_str;
use taipan_runtime::values::child;

extern "C" {
    fn PyStaticMethod_New(callable: *mut ffi::PyObject) -> *mut ffi::PyObject;
    fn PyClassMethod_New(callable: *mut ffi::PyObject) -> *mut ffi::PyObject;
    fn _PyType_Lookup(type_object: *mut ffi::PyTypeObject, name: *mut ffi::PyObject) -> *mut ffi::PyObject;
}

/// Set in a native instance's header flags once the wrapper of a Python
/// subclass that stood for it is gone.
const PYTHON_PART_GONE: u32 = 1 << 16;

/// A native instance as a CPython object.
#[repr(C)]
struct InstanceWrapper {
    base: ffi::PyObject,
    /// A root (`roots::hold`) holding the native instance.
    root: *mut InstanceRef,
    /// Whether CPython gave it an attribute that is not a field (kept in
    /// its `__dict__`, which native code does not see).
    has_python_attributes: bool,
}

/// A class being made (`taipan_vm_extension_class`) or made.
struct ClassEntry {
    class: ClassRef,
    /// The CPython type, once made (a strong reference).
    type_object: *mut ffi::PyObject,
    /// The exported class it derives from, if any.
    base: ClassRef,
    /// Its other exported bases, in order (`class Both(Base, Mixin)`).
    more_bases: Vec<ClassRef>,
    module: *mut ffi::PyObject,
    namespace: *mut ffi::PyObject,
    words: i64,
    record_word: i64,
}

/// How calling a compiled class's type constructs an instance without
/// CPython's `type.__call__` (`construct`, the type's `tp_vectorcall`).
struct Constructor {
    class: ClassRef,
    words: i64,
    /// The compiled `__init__` the type has (a native function; a strong
    /// reference), or null when it has only `object.__init__`.
    init: *mut ffi::PyObject,
}

struct Registry {
    /// The fields of the module's exception classes, by class descriptor.
    exception_fields: AddressMap<&'static [ExtensionField]>,
    base_type: *mut ffi::PyObject,
    field_type: *mut ffi::PyObject,
    live_type: *mut ffi::PyObject,
    metaclass: *mut ffi::PyObject,
    /// By the address of the class descriptor.
    classes: AddressMap<ClassEntry>,
    /// A made type's address to its class descriptor's.
    class_of_type: AddressMap<usize>,
    /// A class being made: its namespace's address to its descriptor's.
    class_of_namespace: AddressMap<usize>,
    /// Each native instance that has a wrapper now: the wrapper (borrowed;
    /// the wrapper removes itself when it goes).
    wrappers: AddressMap<*mut ffi::PyObject>,
    /// By the address of each compiled class's type (not a Python
    /// subclass's, which CPython's `type.__call__` constructs).
    constructors: AddressMap<Constructor>,
}

struct RegistryCell(UnsafeCell<Option<Registry>>);
// CPython runs the module's code with the GIL held, on one thread.
unsafe impl Sync for RegistryCell {}
static REGISTRY: RegistryCell = RegistryCell(UnsafeCell::new(None));

unsafe fn registry() -> &'static mut Registry {
    let cell = &mut *REGISTRY.0.get();
    cell.get_or_insert_with(|| Registry {
        exception_fields: AddressMap::default(),
        base_type: std::ptr::null_mut(),
        field_type: std::ptr::null_mut(),
        live_type: std::ptr::null_mut(),
        metaclass: std::ptr::null_mut(),
        classes: AddressMap::default(),
        class_of_type: AddressMap::default(),
        class_of_namespace: AddressMap::default(),
        wrappers: AddressMap::default(),
        constructors: AddressMap::default(),
    })
}

unsafe fn new_text(text: &str) -> *mut ffi::PyObject {
    ffi::PyUnicode_FromStringAndSize(text.as_ptr().cast(), text.len() as isize)
}

unsafe fn set_error(exception: *mut ffi::PyObject, message: &str) {
    let text = CString::new(message.replace('\0', " ")).unwrap_or_default();
    ffi::PyErr_SetString(exception, text.as_ptr());
}

/// A CPython type made from `slots` (the slot list without its end marker)
/// over `bases` (null: `object`); CPython keeps pointers into the tables
/// for the type's life, so they are leaked. Raises (natively) on failure.
pub(crate) unsafe fn type_from_slots(name: &'static std::ffi::CStr, basicsize: usize, flags: u64, slots: &[ffi::PyType_Slot], bases: *mut ffi::PyObject) -> *mut ffi::PyObject {
    let mut table: Vec<ffi::PyType_Slot> = slots.iter().map(|slot| ffi::PyType_Slot { slot: slot.slot, pfunc: slot.pfunc }).collect();
    table.push(ffi::PyType_Slot { slot: 0, pfunc: std::ptr::null_mut() });
    let table = Box::leak(table.into_boxed_slice());
    let spec = Box::leak(Box::new(ffi::PyType_Spec { name: name.as_ptr(), basicsize: basicsize as i32, itemsize: 0, flags: flags as _, slots: table.as_mut_ptr() }));
    let made = if bases.is_null() { ffi::PyType_FromSpec(spec) } else { ffi::PyType_FromSpecWithBases(spec, bases) };
    if made.is_null() {
        crate::bridge::raise_python_error();
    }
    made
}

/// Frees an object of one of the VM's heap types (the end of its
/// `tp_dealloc`), and releases the reference each such object holds on its
/// type.
pub(crate) unsafe fn free_object(object: *mut ffi::PyObject) {
    let object_type = ffi::Py_TYPE(object);
    if let Some(free) = (*object_type).tp_free {
        free(object.cast());
    }
    ffi::Py_DecRef(object_type.cast());
}

/// A new object of `object_type` (a new reference), through its `tp_alloc`.
/// Raises (natively) on failure.
pub(crate) unsafe fn allocate_object(object_type: *mut ffi::PyObject) -> *mut ffi::PyObject {
    let allocate = (*object_type.cast::<ffi::PyTypeObject>()).tp_alloc.unwrap_or(ffi::PyType_GenericAlloc);
    let object = allocate(object_type.cast(), 0);
    if object.is_null() {
        crate::bridge::raise_python_error();
    }
    object
}

// ----- the base type --------------------------------------------------------

unsafe fn base_type() -> *mut ffi::PyObject {
    let registry = registry();
    if !registry.base_type.is_null() {
        return registry.base_type;
    }
    // CPython keeps pointers into these tables for the type's life.
    let methods = Box::leak(Box::new([
        ffi::PyMethodDef {
            ml_name: c"__getstate__".as_ptr(),
            ml_meth: ffi::PyMethodDefPointer { PyCFunction: state_of },
            ml_flags: ffi::METH_NOARGS,
            ml_doc: std::ptr::null(),
        },
        ffi::PyMethodDef {
            ml_name: c"__setstate__".as_ptr(),
            ml_meth: ffi::PyMethodDefPointer { PyCFunction: restore_state },
            ml_flags: ffi::METH_O,
            ml_doc: std::ptr::null(),
        },
        ffi::PyMethodDef {
            ml_name: c"__init_subclass__".as_ptr(),
            ml_meth: ffi::PyMethodDefPointer { PyCFunctionWithKeywords: check_subclass },
            ml_flags: ffi::METH_VARARGS | ffi::METH_KEYWORDS | ffi::METH_CLASS,
            ml_doc: std::ptr::null(),
        },
        ffi::PyMethodDef::zeroed(),
    ]));
    let slots = [
        ffi::PyType_Slot { slot: ffi::Py_tp_new, pfunc: new_instance as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_dealloc, pfunc: deallocate_instance as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_setattro, pfunc: set_attribute as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_methods, pfunc: methods.as_mut_ptr().cast() },
        ffi::PyType_Slot { slot: ffi::Py_tp_doc, pfunc: c"An instance of a class compiled by Taipan.".as_ptr() as *mut c_void },
    ];
    let made = type_from_slots(c"taipan.CompiledObject", std::mem::size_of::<InstanceWrapper>(), ffi::Py_TPFLAGS_DEFAULT | ffi::Py_TPFLAGS_BASETYPE, &slots, std::ptr::null_mut());
    registry.base_type = made;
    made
}

thread_local! {
    /// Set while `taipan_vm_extension_class_finish` makes a compiled class
    /// (whose compiled base is not being subclassed by Python code).
    static MAKING_COMPILED_CLASS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Names a Python subclass may define although a compiled class along its
/// MRO has them, or that are special without compiled code calling them.
const SUBCLASS_MAY_DEFINE: &[&str] = &[
    "__module__", "__qualname__", "__doc__", "__init__", "__dict__", "__weakref__", "__annotations__", "__init_subclass__", "__classcell__",
    "__slots__", "__orig_bases__", "__parameters__", "__getstate__", "__setstate__", "__reduce__", "__reduce_ex__", "__class_getitem__",
    "__firstlineno__", "__static_attributes__", "__copy__", "__deepcopy__", "__getnewargs__", "__getnewargs_ex__",
];

/// The name of the compiled class along `class`'s MRO (itself included)
/// whose namespace defines `name`, if one does.
unsafe fn compiled_definer(class: *mut ffi::PyTypeObject, name: *mut ffi::PyObject) -> Option<String> {
    let mro = (*class).tp_mro;
    if mro.is_null() {
        return None;
    }
    let registry = registry();
    for index in 0..ffi::PyTuple_Size(mro) {
        let ancestor = ffi::PyTuple_GetItem(mro, index).cast::<ffi::PyTypeObject>();
        let dict = (*ancestor).tp_dict;
        if dict.is_null() || ffi::PyDict_GetItem(dict, name).is_null() {
            continue;
        }
        return registry.class_of_type.contains_key(&(ancestor as usize)).then(|| std::ffi::CStr::from_ptr((*ancestor).tp_name).to_string_lossy().into_owned());
    }
    None
}

/// `__init_subclass__` of compiled classes: a Python subclass may add
/// methods and attributes, but not override what a compiled class defines
/// or define special methods, since compiled code calling them on its
/// instances would still run the compiled ones (TypeError says so).
unsafe extern "C" fn check_subclass(class: *mut ffi::PyObject, _arguments: *mut ffi::PyObject, _keywords: *mut ffi::PyObject) -> *mut ffi::PyObject {
    let none = ffi::Py_None();
    if MAKING_COMPILED_CLASS.with(std::cell::Cell::get) {
        ffi::Py_IncRef(none);
        return none;
    }
    let type_object = class.cast::<ffi::PyTypeObject>();
    let own = (*type_object).tp_dict;
    let mro = (*type_object).tp_mro;
    let registry = registry();
    let (mut position, mut key, mut value) = (0, std::ptr::null_mut(), std::ptr::null_mut());
    while !own.is_null() && ffi::PyDict_Next(own, &mut position, &mut key, &mut value) != 0 {
        let Some(name) = crate::bridge::utf8_of(key) else { continue };
        if SUBCLASS_MAY_DEFINE.contains(&name.as_str()) {
            continue;
        }
        let subclass = std::ffi::CStr::from_ptr((*type_object).tp_name).to_string_lossy().into_owned();
        let mut overridden = None;
        for index in 1..ffi::PyTuple_Size(mro) {
            let ancestor = ffi::PyTuple_GetItem(mro, index);
            if registry.class_of_type.contains_key(&(ancestor as usize)) && !(*ancestor.cast::<ffi::PyTypeObject>()).tp_dict.is_null() && !ffi::PyDict_GetItem((*ancestor.cast::<ffi::PyTypeObject>()).tp_dict, key).is_null() {
                overridden = Some(std::ffi::CStr::from_ptr((*ancestor.cast::<ffi::PyTypeObject>()).tp_name).to_string_lossy().into_owned());
                break;
            }
        }
        let message = match overridden {
            Some(base) => format!(
                "{subclass} overrides '{name}' of the compiled class {base}; compiled code would still use the compiled one on its instances (add it under another name, or wrap the instance)"
            ),
            None if name.starts_with("__") && name.ends_with("__") => {
                format!("{subclass} defines the special method '{name}', which compiled code would not call on its instances (wrap the instance instead)")
            }
            None => continue,
        };
        set_error(ffi::PyExc_TypeError, &message);
        return std::ptr::null_mut();
    }
    ffi::Py_IncRef(none);
    none
}

/// The native instance a wrapper stands for.
unsafe fn native_of_wrapper(object: *mut ffi::PyObject) -> InstanceRef {
    *(*object.cast::<InstanceWrapper>()).root
}

unsafe fn is_wrapper(object: *mut ffi::PyObject) -> bool {
    let base = registry().base_type;
    !base.is_null() && ffi::PyObject_TypeCheck(object, base.cast()) != 0
}

/// The exported class a CPython type is or derives from (a Python subclass
/// of one): the first along its MRO.
unsafe fn entry_of_type(type_object: *mut ffi::PyTypeObject) -> Option<&'static ClassEntry> {
    let registry = registry();
    let mro = (*type_object).tp_mro;
    if mro.is_null() {
        return None;
    }
    for index in 0..ffi::PyTuple_Size(mro) {
        let member = ffi::PyTuple_GetItem(mro, index);
        if let Some(class) = registry.class_of_type.get(&(member as usize)) {
            return registry.classes.get(class);
        }
    }
    None
}

/// A wrapper of `type_object` for `native` (a new reference), listed as
/// the one wrapper of that instance.
unsafe fn make_wrapper(type_object: *mut ffi::PyTypeObject, native: InstanceRef) -> *mut ffi::PyObject {
    let allocate = (*type_object).tp_alloc.unwrap_or(ffi::PyType_GenericAlloc);
    let object = allocate(type_object, 0);
    if object.is_null() {
        return object;
    }
    (*object.cast::<InstanceWrapper>()).root = crate::roots::hold(native as usize).cast();
    (*object.cast::<InstanceWrapper>()).has_python_attributes = false;
    registry().wrappers.insert(native as usize, object);
    object
}

/// `obj.name = value`: CPython's own assignment (a field's descriptor, or
/// the instance's `__dict__`), noting when the instance gains an attribute
/// native code does not see.
unsafe extern "C" fn set_attribute(object: *mut ffi::PyObject, name: *mut ffi::PyObject, value: *mut ffi::PyObject) -> c_int {
    // An instance's own value for a compiled class attribute would not be
    // what compiled methods read.
    let found = _PyType_Lookup(ffi::Py_TYPE(object), name);
    if !found.is_null() && ffi::Py_TYPE(found) == registry().live_type.cast() {
        let name = crate::bridge::utf8_of(name).unwrap_or_default();
        set_error(
            ffi::PyExc_TypeError,
            &format!("'{name}' is a class attribute of a compiled class; an instance's own value would not be what compiled methods read (assign it on the class)"),
        );
        return -1;
    }
    // Only what lands in the instance's `__dict__` (no data descriptor,
    // such as a field or a property, takes it) is CPython's alone.
    let took = !found.is_null() && (*ffi::Py_TYPE(found)).tp_descr_set.is_some();
    let status = ffi::PyObject_GenericSetAttr(object, name, value);
    if status == 0 && !value.is_null() && !took {
        (*object.cast::<InstanceWrapper>()).has_python_attributes = true;
    }
    status
}

/// `Class(...)`: a new native instance, no attribute assigned yet; the
/// class's `__init__` (a native method in its namespace) runs next.
unsafe extern "C" fn new_instance(type_object: *mut ffi::PyTypeObject, arguments: *mut ffi::PyObject, keywords: *mut ffi::PyObject) -> *mut ffi::PyObject {
    let Some(entry) = entry_of_type(type_object) else {
        set_error(ffi::PyExc_TypeError, "cannot create 'taipan.CompiledObject' instances");
        return std::ptr::null_mut();
    };
    // `object.__init__` ignores arguments when `__new__` is not object's:
    // a class without `__init__` must refuse them here, as CPython's does.
    let given = (!arguments.is_null() && ffi::PyTuple_Size(arguments) > 0) || (!keywords.is_null() && ffi::PyDict_Size(keywords) > 0);
    if given && (*type_object).tp_init.map(|init| init as usize) == (*std::ptr::addr_of_mut!(ffi::PyBaseObject_Type)).tp_init.map(|init| init as usize) {
        let name = std::ffi::CStr::from_ptr((*type_object).tp_name).to_string_lossy();
        let short = name.rsplit('.').next().unwrap_or(&name).to_string();
        set_error(ffi::PyExc_TypeError, &format!("{short}() takes no arguments"));
        return std::ptr::null_mut();
    }
    let native = taipan_runtime::instances::taipan_instance_new(entry.class, entry.words);
    make_wrapper(type_object, native)
}

unsafe extern "C" fn deallocate_instance(object: *mut ffi::PyObject) {
    let wrapper = &mut *object.cast::<InstanceWrapper>();
    let object_type = ffi::Py_TYPE(object);
    if !wrapper.root.is_null() {
        let native = *wrapper.root;
        let wrappers = &mut registry().wrappers;
        if wrappers.get(&(native as usize)) == Some(&object) {
            wrappers.remove(&(native as usize));
        }
        // An instance of a Python subclass, or one CPython gave attributes
        // of its own: its class and `__dict__` go with the wrapper.
        if wrapper.has_python_attributes || !registry().class_of_type.contains_key(&(object_type as usize)) {
            (*native).header.flags |= PYTHON_PART_GONE;
        }
        crate::roots::release(wrapper.root.cast());
        wrapper.root = std::ptr::null_mut();
    }
    free_object(object);
}

// ----- crossing ---------------------------------------------------------------

/// The CPython object standing for the native instance `native` (a new
/// reference): its wrapper, made if it has none now; None for null.
/// Raises (natively) when the class has no CPython type.
pub(crate) unsafe fn wrapper_of(native: InstanceRef) -> *mut ffi::PyObject {
    match wrapper_or_reason(native) {
        Ok(object) => object,
        Err((kind, message)) => taipan_runtime::exceptions::raise(kind, &message),
    }
}

unsafe fn wrapper_or_reason(native: InstanceRef) -> Result<*mut ffi::PyObject, (taipan_abi::ExceptionKind, String)> {
    if native.is_null() {
        let none = ffi::Py_None();
        ffi::Py_IncRef(none);
        return Ok(none);
    }
    let registry = registry();
    let class = (*native).class;
    if let Some(object) = registry.wrappers.get(&(native as usize)).copied() {
        if ffi::Py_REFCNT(object) > 0 {
            ffi::Py_IncRef(object);
            return Ok(object);
        }
        // A wrapper being deallocated (its weak references' callbacks or
        // its `__dict__`'s values run code that reached the instance): it
        // cannot stand for the instance any more.
        registry.wrappers.remove(&(native as usize));
        let wrapper = &*object.cast::<InstanceWrapper>();
        if wrapper.has_python_attributes || !registry.class_of_type.contains_key(&(ffi::Py_TYPE(object) as usize)) {
            (*native).header.flags |= PYTHON_PART_GONE;
        }
    }
    if (*native).header.flags & PYTHON_PART_GONE != 0 {
        return Err((
            taipan_abi::ExceptionKind::RuntimeError,
            format!(
                "compiled code kept an instance of a Python subclass of {} after Python let it go, and its Python part (its class and attributes) is gone",
                as_str((*class).name)
            ),
        ));
    }
    match registry.classes.get(&(class as usize)) {
        Some(entry) if !entry.type_object.is_null() => {
            let object = make_wrapper(entry.type_object.cast(), native);
            if object.is_null() {
                crate::bridge::raise_python_error();
            }
            Ok(object)
        }
        _ => Err((
            taipan_abi::ExceptionKind::TypeError,
            format!(
                "an instance of {} cannot be passed to CPython: only the classes an extension module defines at its top level are CPython types",
                as_str((*class).qualified_name)
            ),
        )),
    }
}

/// The CPython type of the native class `class` (a new reference): an
/// exported class's type, or a module exception class's. Raises (natively)
/// TypeError for a class without one.
pub(crate) unsafe fn type_of_class(class: ClassRef) -> *mut ffi::PyObject {
    let found = match registry().classes.get(&(class as usize)) {
        Some(entry) if !entry.type_object.is_null() => Some(entry.type_object),
        _ => crate::bridge::state().python_exception_types.get(&(class as usize)).copied(),
    };
    match found {
        Some(type_object) => {
            ffi::Py_IncRef(type_object);
            type_object
        }
        None => taipan_runtime::exceptions::raise(
            taipan_abi::ExceptionKind::TypeError,
            &format!("the class {} cannot be passed to CPython: only the classes an extension module defines at its top level are CPython types", as_str((*class).qualified_name)),
        ),
    }
}

/// The native class a CPython type stands for, when it is the type of the
/// compiled class `descriptor` accepts or of a compiled subclass (a class
/// method's `cls`). A Python subclass's type stands for none: compiled
/// code would make instances of the compiled class instead.
pub(crate) unsafe fn class_of_type_object(object: *mut ffi::PyObject, descriptor: DescriptorRef) -> Option<u64> {
    let (expected, _) = taipan_abi::expected_instance_class(descriptor)?;
    let class = *registry().class_of_type.get(&(object as usize))? as ClassRef;
    (*(*class).ancestors.add((*expected).id as usize) != 0).then_some(class as u64)
}

/// The native instance a CPython object stands for, when it is an instance
/// of the class `descriptor` accepts (or of a subclass), or None where None
/// is accepted.
pub(crate) unsafe fn native_of(object: *mut ffi::PyObject, descriptor: DescriptorRef) -> Option<u64> {
    let (expected, accepts_none) = taipan_abi::expected_instance_class(descriptor)?;
    if object == ffi::Py_None() {
        return accepts_none.then_some(0);
    }
    if !is_wrapper(object) {
        return None;
    }
    let native = native_of_wrapper(object);
    let class = (*native).class;
    (*(*class).ancestors.add((*expected).id as usize) != 0).then_some(native as u64)
}

// ----- making a class -----------------------------------------------------------

/// Starts the CPython type of the native class `class`: a new namespace
/// (returned; `taipan_vm_class_add` fills it) holding a field descriptor
/// per entry of `fields`. `base` is the exported class it derives from, or
/// null; `words` the size of an instance after its head, and `record_word`
/// where its attribute-order record starts (-1 for none).
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_extension_class(
    module: *mut u8,
    class: ClassRef,
    base: ClassRef,
    words: i64,
    record_word: i64,
    flags: i64,
    doc: StrRef,
    fields: *const ExtensionField,
    field_count: i64,
) -> *mut u8 {
    base_type();
    let namespace = ffi::PyDict_New();
    if namespace.is_null() {
        crate::bridge::raise_python_error();
    }
    let module: *mut ffi::PyObject = module.cast();
    let fields: &'static [ExtensionField] = if field_count <= 0 || fields.is_null() { &[] } else { std::slice::from_raw_parts(fields, field_count as usize) };
    for field in fields {
        let descriptor = field_descriptor(class, field, flags);
        let name = new_text(as_str(field.name));
        ffi::PyDict_SetItem(namespace, name, descriptor);
        ffi::Py_DecRef(name);
        ffi::Py_DecRef(descriptor);
    }
    let module_name = ffi::PyModule_GetNameObject(module);
    if !module_name.is_null() {
        ffi::PyDict_SetItemString(namespace, c"__module__".as_ptr(), module_name);
        ffi::Py_DecRef(module_name);
    }
    let qualname = new_text(as_str((*class).qualname));
    ffi::PyDict_SetItemString(namespace, c"__qualname__".as_ptr(), qualname);
    ffi::Py_DecRef(qualname);
    if !doc.is_null() {
        let doc = new_text(as_str(doc));
        ffi::PyDict_SetItemString(namespace, c"__doc__".as_ptr(), doc);
        ffi::Py_DecRef(doc);
    }
    let registry = registry();
    registry.class_of_namespace.insert(namespace as usize, class as usize);
    registry.classes.insert(
        class as usize,
        ClassEntry { class, type_object: std::ptr::null_mut(), base, more_bases: Vec::new(), module, namespace, words, record_word },
    );
    namespace.cast()
}

/// Puts a callable (a handle) into a class's namespace under `name`, as a
/// `class_member_kind`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_class_add(namespace: *mut u8, name: StrRef, value: ForeignRef, kind: i64) {
    let namespace: *mut ffi::PyObject = namespace.cast();
    let callable = crate::bridge::object(value);
    let name_object = new_text(as_str(name));
    let member = match kind {
        class_member_kind::STATIC => PyStaticMethod_New(callable),
        class_member_kind::CLASS_METHOD => PyClassMethod_New(callable),
        class_member_kind::PROPERTY => ffi::PyObject_CallOneArg(std::ptr::addr_of_mut!(ffi::PyProperty_Type).cast(), callable),
        class_member_kind::PROPERTY_SETTER => {
            let getter = ffi::PyDict_GetItem(namespace, name_object);
            if getter.is_null() {
                let none = ffi::Py_None();
                ffi::PyObject_CallFunctionObjArgs(std::ptr::addr_of_mut!(ffi::PyProperty_Type).cast(), none, callable, std::ptr::null_mut::<ffi::PyObject>())
            } else {
                ffi::PyObject_CallMethod(getter, c"setter".as_ptr(), c"O".as_ptr(), callable)
            }
        }
        _ => {
            ffi::Py_IncRef(callable);
            callable
        }
    };
    if member.is_null() {
        ffi::Py_DecRef(name_object);
        crate::bridge::raise_python_error();
    }
    ffi::PyDict_SetItem(namespace, name_object, member);
    ffi::Py_DecRef(member);
    ffi::Py_DecRef(name_object);
}

/// Adds another exported base to a class being made (one with several
/// bases): its type joins the bases of the class's type, after the first.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_extension_class_add_base(namespace: *mut u8, base: ClassRef) {
    let registry = registry();
    let Some(class) = registry.class_of_namespace.get(&(namespace as usize)).copied() else { return };
    if let Some(entry) = registry.classes.get_mut(&class) {
        entry.more_bases.push(base);
    }
}

/// Makes the CPython type of a class from its namespace, and binds it in
/// the module.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_extension_class_finish(namespace: *mut u8) {
    let registry = registry();
    let namespace: *mut ffi::PyObject = namespace.cast();
    let Some(class) = registry.class_of_namespace.remove(&(namespace as usize)) else { return };
    let Some(entry) = registry.classes.get(&class) else { return };
    let base = match registry.classes.get(&(entry.base as usize)) {
        Some(base) if !base.type_object.is_null() => base.type_object,
        _ => registry.base_type,
    };
    let name = new_text(as_str((*entry.class).name));
    // The compiled instance has the class itself, whose native ancestors
    // include every base: each base's compiled methods take it.
    let more: Vec<*mut ffi::PyObject> = entry
        .more_bases
        .iter()
        .filter_map(|more| registry.classes.get(&(*more as usize)).map(|more| more.type_object))
        .filter(|type_object| !type_object.is_null())
        .collect();
    let bases = ffi::PyTuple_New(1 + more.len() as isize);
    for (index, type_object) in std::iter::once(base).chain(more).enumerate() {
        ffi::Py_IncRef(type_object);
        ffi::PyTuple_SetItem(bases, index as isize, type_object);
    }
    MAKING_COMPILED_CLASS.with(|making| making.set(true));
    let type_object = ffi::PyObject_CallFunctionObjArgs(metaclass(), name, bases, namespace, std::ptr::null_mut::<ffi::PyObject>());
    MAKING_COMPILED_CLASS.with(|making| making.set(false));
    ffi::Py_DecRef(bases);
    if type_object.is_null() {
        ffi::Py_DecRef(name);
        crate::bridge::raise_python_error();
    }
    let module = entry.module;
    if ffi::PyObject_SetAttr(module, name, type_object) < 0 {
        ffi::PyErr_Clear();
    }
    ffi::Py_DecRef(name);
    ffi::Py_DecRef(namespace);
    registry.class_of_type.insert(type_object as usize, class);
    if let Some(entry) = registry.classes.get_mut(&class) {
        entry.type_object = type_object;
        entry.namespace = std::ptr::null_mut();
        let (class, words) = (entry.class, entry.words);
        install_constructor(type_object, class, words);
    }
}

/// Gives the compiled class's type `type_object` a `tp_vectorcall` that
/// makes the instance and runs its compiled `__init__` directly, as
/// `type.__call__` would through `tp_new` and `tp_init` but without
/// packing the arguments into a tuple and looking `__init__` up per call.
/// Only when its `__init__` is compiled or `object`'s: the metaclass
/// refuses to replace either afterwards.
unsafe fn install_constructor(type_object: *mut ffi::PyObject, class: ClassRef, words: i64) {
    let name = ffi::PyUnicode_InternFromString(c"__init__".as_ptr());
    let init = _PyType_Lookup(type_object.cast(), name);
    ffi::Py_DecRef(name);
    let object_init = (*std::ptr::addr_of_mut!(ffi::PyBaseObject_Type)).tp_init.map(|init| init as usize);
    let init = if !init.is_null() && crate::native_functions::is_native_function(init) {
        ffi::Py_IncRef(init);
        init
    } else if (*type_object.cast::<ffi::PyTypeObject>()).tp_init.map(|init| init as usize) == object_init {
        std::ptr::null_mut()
    } else {
        return;
    };
    registry().constructors.insert(type_object as usize, Constructor { class, words, init });
    (*type_object.cast::<ffi::PyTypeObject>()).tp_vectorcall = Some(construct);
}

/// `Class(...)` of a compiled class (its type's `tp_vectorcall`): a new
/// native instance and its wrapper, then the compiled `__init__` called
/// with the wrapper before the arguments.
unsafe extern "C" fn construct(callable: *mut ffi::PyObject, arguments: *const *mut ffi::PyObject, count: usize, keyword_names: *mut ffi::PyObject) -> *mut ffi::PyObject {
    let registry = registry();
    let Some(constructor) = registry.constructors.get(&(callable as usize)) else {
        set_error(ffi::PyExc_SystemError, "a compiled class's constructor without its class");
        return std::ptr::null_mut();
    };
    let (class, words, init) = (constructor.class, constructor.words, constructor.init);
    let positional = ffi::PyVectorcall_NARGS(count).max(0) as usize;
    let keyword_count = if keyword_names.is_null() { 0 } else { ffi::PyTuple_Size(keyword_names).max(0) as usize };
    if init.is_null() && positional + keyword_count > 0 {
        let name = std::ffi::CStr::from_ptr((*callable.cast::<ffi::PyTypeObject>()).tp_name).to_string_lossy();
        let short = name.rsplit('.').next().unwrap_or(&name).to_string();
        set_error(ffi::PyExc_TypeError, &format!("{short}() takes no arguments"));
        return std::ptr::null_mut();
    }
    let native = taipan_runtime::instances::taipan_instance_new(class, words);
    let object = make_wrapper(callable.cast(), native);
    if object.is_null() || init.is_null() {
        return object;
    }
    // The wrapper, then the positional arguments and the keywords' values.
    let total = positional + keyword_count + 1;
    let mut inline = [std::ptr::null_mut::<ffi::PyObject>(); 8];
    let mut spilled = Vec::new();
    let with_receiver: &mut [*mut ffi::PyObject] = if total <= inline.len() {
        &mut inline[..total]
    } else {
        spilled.resize(total, std::ptr::null_mut());
        &mut spilled[..]
    };
    with_receiver[0] = object;
    for index in 1..total {
        with_receiver[index] = *arguments.add(index - 1);
    }
    let result = crate::native_functions::call_native_function(init, with_receiver.as_ptr(), positional + 1, keyword_names);
    if result.is_null() {
        ffi::Py_DecRef(object);
        return result;
    }
    if result != ffi::Py_None() {
        let given = std::ffi::CStr::from_ptr((*ffi::Py_TYPE(result)).tp_name).to_string_lossy().into_owned();
        ffi::Py_DecRef(result);
        ffi::Py_DecRef(object);
        set_error(ffi::PyExc_TypeError, &format!("__init__() should return None, not '{given}'"));
        return std::ptr::null_mut();
    }
    ffi::Py_DecRef(result);
    object
}

/// `module.name = ` the CPython type of the module's class `class` (a
/// name another module's class is bound to, `from .shapes import Polygon`),
/// or of its exception class; nothing for a class without one.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_module_add_class(module: *mut u8, name: StrRef, class: ClassRef) {
    let type_object = match registry().classes.get(&(class as usize)) {
        Some(entry) if !entry.type_object.is_null() => entry.type_object,
        _ => match crate::bridge::state().python_exception_types.get(&(class as usize)) {
            Some(exception_type) => *exception_type,
            None => return,
        },
    };
    let name = CString::new(as_str(name)).unwrap_or_default();
    if ffi::PyObject_SetAttrString(module.cast(), name.as_ptr(), type_object) < 0 {
        ffi::PyErr_Clear();
    }
}

/// What an extension module's binary special method returns for an operand
/// none of its compiled signatures takes (a new reference), as CPython's
/// methods do, so that the reflected method or the default runs.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_not_implemented() -> *mut u8 {
    let result = ffi::Py_NotImplemented();
    ffi::Py_IncRef(result);
    result.cast()
}

// ----- class attributes -----------------------------------------------------

/// Reads a class attribute's native global: 1 when bound, its slot in `out`.
type LiveGetter = unsafe extern "C" fn(out: *mut u64) -> u8;
/// Binds a class attribute's native global to a slot.
type LiveSetter = unsafe extern "C" fn(slot: u64);

/// A class attribute of a compiled class, read from and assigned to its
/// native global (a non-data descriptor: reading it from the class or an
/// instance converts the current value; the metaclass assigns it).
#[repr(C)]
struct LiveAttribute {
    base: ffi::PyObject,
    name: StrRef,
    getter: LiveGetter,
    setter: LiveSetter,
    descriptor: DescriptorRef,
}

unsafe fn live_type() -> *mut ffi::PyObject {
    let registry = registry();
    if !registry.live_type.is_null() {
        return registry.live_type;
    }
    let slots = [ffi::PyType_Slot { slot: ffi::Py_tp_descr_get, pfunc: read_live as *mut c_void }];
    let made = type_from_slots(c"taipan.class_attribute", std::mem::size_of::<LiveAttribute>(), ffi::Py_TPFLAGS_DEFAULT, &slots, std::ptr::null_mut());
    registry.live_type = made;
    made
}

unsafe extern "C" fn read_live(attribute: *mut ffi::PyObject, _object: *mut ffi::PyObject, _owner: *mut ffi::PyObject) -> *mut ffi::PyObject {
    let live = &*attribute.cast::<LiveAttribute>();
    let mut slot = 0u64;
    if (live.getter)(&mut slot) == 0 {
        set_error(ffi::PyExc_AttributeError, &format!("class attribute '{}' is not bound", as_str(live.name)));
        return std::ptr::null_mut();
    }
    match value_to_python(slot, live.descriptor) {
        Ok(value) => value,
        Err(reason) => {
            set_error(ffi::PyExc_TypeError, &format!("class attribute '{}' cannot be read from CPython: {reason}", as_str(live.name)));
            std::ptr::null_mut()
        }
    }
}

/// Puts a class attribute into a class's namespace, read and assigned
/// through `getter` and `setter` (its native global). A name that is also
/// an instance attribute is what the field gives while unassigned.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_vm_class_add_live(namespace: *mut u8, name: StrRef, getter: *const u8, setter: *const u8, descriptor: DescriptorRef) {
    let namespace: *mut ffi::PyObject = namespace.cast();
    let object = allocate_object(live_type());
    let live = &mut *object.cast::<LiveAttribute>();
    live.name = name;
    live.getter = std::mem::transmute::<*const u8, LiveGetter>(getter);
    live.setter = std::mem::transmute::<*const u8, LiveSetter>(setter);
    live.descriptor = descriptor;
    let name_object = new_text(as_str(name));
    let existing = ffi::PyDict_GetItem(namespace, name_object);
    if !existing.is_null() && ffi::Py_TYPE(existing) == registry().field_type.cast() {
        let field = &mut *existing.cast::<FieldObject>();
        if !field.fallback.is_null() {
            ffi::Py_DecRef(field.fallback);
        }
        field.fallback = object;
    } else {
        ffi::PyDict_SetItem(namespace, name_object, object);
        ffi::Py_DecRef(object);
    }
    ffi::Py_DecRef(name_object);
}

/// `taipan.CompiledType`, the metaclass of compiled classes: assigning a
/// compiled class attribute on the class assigns its native global
/// (checked against its type); other assignments are `type`'s.
unsafe fn metaclass() -> *mut ffi::PyObject {
    let registry = registry();
    if !registry.metaclass.is_null() {
        return registry.metaclass;
    }
    let slots = [ffi::PyType_Slot { slot: ffi::Py_tp_setattro, pfunc: set_class_attribute as *mut c_void }];
    let bases = ffi::PyTuple_Pack(1, std::ptr::addr_of_mut!(ffi::PyType_Type).cast::<ffi::PyObject>());
    let made = type_from_slots(c"taipan.CompiledType", 0, ffi::Py_TPFLAGS_DEFAULT | ffi::Py_TPFLAGS_BASETYPE, &slots, bases);
    ffi::Py_DecRef(bases);
    // Calling a class whose type has a `tp_vectorcall` (`construct`) uses
    // it; CPython does not pass the flag on to a mutable heap metaclass.
    let made_type = made.cast::<ffi::PyTypeObject>();
    (*made_type).tp_flags |= ffi::Py_TPFLAGS_HAVE_VECTORCALL;
    (*made_type).tp_vectorcall_offset = std::mem::offset_of!(ffi::PyTypeObject, tp_vectorcall) as ffi::Py_ssize_t;
    registry.metaclass = made;
    made
}

unsafe extern "C" fn set_class_attribute(class: *mut ffi::PyObject, name: *mut ffi::PyObject, value: *mut ffi::PyObject) -> c_int {
    let own = (*class.cast::<ffi::PyTypeObject>()).tp_dict;
    let found = if own.is_null() { std::ptr::null_mut() } else { ffi::PyDict_GetItem(own, name) };
    let live_found = !found.is_null() && ffi::Py_TYPE(found) == registry().live_type.cast();
    // A field whose unassigned value is a class attribute of that name.
    let live = if live_found {
        found
    } else if !found.is_null() && ffi::Py_TYPE(found) == registry().field_type.cast() && !(*found.cast::<FieldObject>()).fallback.is_null() && ffi::Py_TYPE((*found.cast::<FieldObject>()).fallback) == registry().live_type.cast() {
        (*found.cast::<FieldObject>()).fallback
    } else {
        // Replacing, deleting or shadowing (in a Python subclass) what a
        // compiled class defines would not change what compiled code runs
        // or reads, as `__init_subclass__` refuses in a class body.
        let attribute = crate::bridge::utf8_of(name).unwrap_or_default();
        // A Python subclass may define its own `__init__`, but a compiled
        // class's constructor is compiled code (and `construct` calls the
        // `__init__` it had when it was made).
        let constructor_of_compiled = matches!(attribute.as_str(), "__init__" | "__new__") && registry().class_of_type.contains_key(&(class as usize));
        if constructor_of_compiled {
            set_error(ffi::PyExc_TypeError, &format!("cannot assign or delete '{attribute}' of the compiled class {}: compiled code would not see the change", std::ffi::CStr::from_ptr((*class.cast::<ffi::PyTypeObject>()).tp_name).to_string_lossy()));
            return -1;
        }
        if !SUBCLASS_MAY_DEFINE.contains(&attribute.as_str()) {
            if let Some(compiled) = compiled_definer(class.cast(), name) {
                set_error(
                    ffi::PyExc_TypeError,
                    &format!("cannot assign or delete '{attribute}' of the compiled class {compiled}: compiled code would not see the change"),
                );
                return -1;
            }
        }
        return match (*std::ptr::addr_of_mut!(ffi::PyType_Type)).tp_setattro {
            Some(setattr) => setattr(class, name, value),
            None => ffi::PyObject_GenericSetAttr(class, name, value),
        };
    };
    let live = &*live.cast::<LiveAttribute>();
    let attribute = as_str(live.name);
    if value.is_null() {
        set_error(ffi::PyExc_TypeError, &format!("cannot delete the compiled class attribute '{attribute}'"));
        return -1;
    }
    match crate::extension::converted_for_keeping(value, live.descriptor) {
        Some(slot) => {
            (live.setter)(slot);
            0
        }
        None => {
            set_error(
                ffi::PyExc_TypeError,
                &format!("class attribute '{attribute}' holds {} in the compiled module, not {}", describe(live.descriptor), type_name_of(value)),
            );
            -1
        }
    }
}

// ----- exceptions ---------------------------------------------------------------

/// Lists the fields of an extension module's exception class, for
/// `copy_exception_fields`.
pub(crate) unsafe fn note_exception_fields(class: ClassRef, fields: *const ExtensionField, field_count: i64) {
    let fields: &'static [ExtensionField] = if field_count <= 0 || fields.is_null() { &[] } else { std::slice::from_raw_parts(fields, field_count as usize) };
    registry().exception_fields.insert(class as usize, fields);
}

/// Gives `value`, the CPython exception made for the native `exception`,
/// the attributes the native one was assigned (`self.code = code` in its
/// `__init__`), where they convert unchanged; the others stay unset.
pub(crate) unsafe fn copy_exception_fields(exception: InstanceRef, value: *mut ffi::PyObject) {
    let Some(fields) = registry().exception_fields.get(&((*exception).class as usize)) else { return };
    for field in fields.iter() {
        // The first fields hold what `str()` and `repr()` show.
        if (field.index as usize) <= taipan_abi::EXCEPTION_FIELD_ARGS || field.index >= 64 || (*exception).assigned & (1u64 << field.index) == 0 {
            continue;
        }
        let slot = *field_slot(exception, field.index);
        if crosses_unchanged(slot, field.descriptor).is_err() {
            continue;
        }
        let converted = from_native(slot, field.descriptor);
        if converted.is_null() {
            ffi::PyErr_Clear();
            continue;
        }
        let name = new_text(as_str(field.name));
        if ffi::PyObject_SetAttr(value, name, converted) < 0 {
            ffi::PyErr_Clear();
        }
        ffi::Py_DecRef(name);
        ffi::Py_DecRef(converted);
    }
}

// ----- fields -------------------------------------------------------------------

/// A data descriptor for one field of a class family.
#[repr(C)]
struct FieldObject {
    base: ffi::PyObject,
    /// The class whose namespace holds it: instances it serves derive
    /// from it.
    class: ClassRef,
    field: &'static ExtensionField,
    flags: i64,
    /// The class attribute of the same name, if any (a strong reference):
    /// what reading gives while the instance has not assigned the field.
    fallback: *mut ffi::PyObject,
}

unsafe fn field_type() -> *mut ffi::PyObject {
    let registry = registry();
    if !registry.field_type.is_null() {
        return registry.field_type;
    }
    let slots = [
        ffi::PyType_Slot { slot: ffi::Py_tp_descr_get, pfunc: read_field as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_descr_set, pfunc: write_field as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_dealloc, pfunc: deallocate_field as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_repr, pfunc: represent_field as *mut c_void },
    ];
    let made = type_from_slots(c"taipan.field", std::mem::size_of::<FieldObject>(), ffi::Py_TPFLAGS_DEFAULT, &slots, std::ptr::null_mut());
    registry.field_type = made;
    made
}

unsafe fn field_descriptor(class: ClassRef, field: &'static ExtensionField, flags: i64) -> *mut ffi::PyObject {
    let object = allocate_object(field_type());
    let descriptor = &mut *object.cast::<FieldObject>();
    descriptor.class = class;
    descriptor.field = field;
    descriptor.flags = flags;
    descriptor.fallback = std::ptr::null_mut();
    object
}

unsafe extern "C" fn deallocate_field(object: *mut ffi::PyObject) {
    let field = &mut *object.cast::<FieldObject>();
    if !field.fallback.is_null() {
        ffi::Py_DecRef(field.fallback);
    }
    free_object(object);
}

unsafe extern "C" fn represent_field(object: *mut ffi::PyObject) -> *mut ffi::PyObject {
    let field = &*object.cast::<FieldObject>();
    new_text(&format!("<compiled attribute '{}' of '{}' objects>", as_str(field.field.name), as_str((*field.class).name)))
}

/// The instance a field descriptor was used on, when it serves it.
unsafe fn field_instance(field: &FieldObject, object: *mut ffi::PyObject) -> Option<InstanceRef> {
    if !is_wrapper(object) {
        set_error(ffi::PyExc_TypeError, &format!("descriptor '{}' for '{}' objects doesn't apply to this object", as_str(field.field.name), as_str((*field.class).name)));
        return None;
    }
    let native = native_of_wrapper(object);
    if *(*(*native).class).ancestors.add((*field.class).id as usize) == 0 {
        set_error(ffi::PyExc_TypeError, &format!("descriptor '{}' for '{}' objects doesn't apply to this object", as_str(field.field.name), as_str((*field.class).name)));
        return None;
    }
    Some(native)
}

unsafe fn type_name_of(object: *mut ffi::PyObject) -> String {
    let name = std::ffi::CStr::from_ptr((*ffi::Py_TYPE(object)).tp_name).to_string_lossy().into_owned();
    name.rsplit('.').next().unwrap_or(&name).to_string()
}

unsafe fn field_slot(native: InstanceRef, index: i64) -> *mut u64 {
    (native as *mut u8).add(taipan_abi::INSTANCE_HEAD_SIZE + 8 * index as usize) as *mut u64
}

unsafe extern "C" fn read_field(descriptor: *mut ffi::PyObject, object: *mut ffi::PyObject, _owner: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // Read from the class: the descriptor itself.
    if object.is_null() {
        ffi::Py_IncRef(descriptor);
        return descriptor;
    }
    let field = &*descriptor.cast::<FieldObject>();
    let Some(native) = field_instance(field, object) else { return std::ptr::null_mut() };
    // What CPython changed in lists it shares with native code is the
    // native side's now.
    if shared_lists::any_shared() {
        shared_lists::after_cpython_ran();
    }
    let bit = 1u64 << field.field.index;
    if (*native).assigned & bit == 0 {
        if !field.fallback.is_null() {
            if ffi::Py_TYPE(field.fallback) == registry().live_type.cast() {
                return read_live(field.fallback, object, std::ptr::null_mut());
            }
            ffi::Py_IncRef(field.fallback);
            return field.fallback;
        }
        set_error(ffi::PyExc_AttributeError, &format!("'{}' object has no attribute '{}'", type_name_of(object), as_str(field.field.name)));
        return std::ptr::null_mut();
    }
    let slot = *field_slot(native, field.field.index);
    match value_to_python(slot, field.field.descriptor) {
        Ok(value) => value,
        Err(reason) => {
            set_error(ffi::PyExc_TypeError, &format!("attribute '{}' of '{}' objects cannot be read from CPython: {reason}", as_str(field.field.name), type_name_of(object)));
            std::ptr::null_mut()
        }
    }
}

/// A field's value as a CPython object (a new reference), or why it cannot
/// cross without the two sides drifting apart.
unsafe fn value_to_python(slot: u64, descriptor: DescriptorRef) -> Result<*mut ffi::PyObject, String> {
    use descriptor_kind as kind;
    match (*descriptor).kind {
        // A list the compiled module never puts anything into: its items'
        // type is unknown, and nothing CPython appended could be kept.
        kind::LIST if (*child(descriptor, 0)).kind == kind::NONE => {
            Err("the compiled module never puts anything into this list, so it was compiled for no item type".to_string())
        }
        kind::LIST if shared_lists::can_share(descriptor) => {
            let list = slot as taipan_abi::ListRef;
            if let Some(copy) = shared_lists::copy_of(list) {
                ffi::Py_IncRef(copy);
                return Ok(copy);
            }
            let copy = from_native(slot, descriptor);
            if copy.is_null() {
                return Err("it could not be converted".to_string());
            }
            ffi::Py_IncRef(copy);
            shared_lists::share(list, descriptor, copy);
            Ok(copy)
        }
        _ => {
            crosses_unchanged(slot, descriptor)?;
            let value = from_native(slot, descriptor);
            if value.is_null() {
                return Err("it could not be converted".to_string());
            }
            Ok(value)
        }
    }
}

/// Whether a value converts into a CPython object that stands for it for
/// good: immutable values, instances (their wrappers) and CPython objects.
unsafe fn crosses_unchanged(slot: u64, descriptor: DescriptorRef) -> Result<(), String> {
    use descriptor_kind as kind;
    match (*descriptor).kind {
        kind::INT | kind::FLOAT | kind::BOOL | kind::NONE | kind::STR | kind::FOREIGN | kind::RANGE => Ok(()),
        kind::TUPLE => {
            let members = slot as *const u64;
            for index in 0..(*descriptor).count as usize {
                crosses_unchanged(*members.add(index), child(descriptor, index))?;
            }
            Ok(())
        }
        kind::VARTUPLE | kind::FROZENSET => {
            let element = child(descriptor, 0);
            if (*descriptor).kind == kind::VARTUPLE {
                for item in taipan_runtime::lists::items(slot as taipan_abi::ListRef).iter() {
                    crosses_unchanged(*item, element)?;
                }
                Ok(())
            } else {
                let mut outcome = Ok(());
                taipan_runtime::sets::for_each_active(slot as *mut taipan_runtime::sets::SetObject, |key, _| {
                    if outcome.is_ok() {
                        outcome = crosses_unchanged(key, element);
                    }
                });
                outcome
            }
        }
        kind::INSTANCE => wrapper_or_reason(slot as InstanceRef).map(|object| ffi::Py_DecRef(object)).map_err(|(_, message)| message),
        kind::DYNAMIC => {
            let boxed = slot as taipan_abi::DynamicRef;
            crosses_unchanged((*boxed).slot, (*boxed).descriptor)
        }
        kind::LIST => Err("it holds a list of mutable values, which compiled code and CPython cannot share".to_string()),
        kind::DICT => Err("it holds a dict, which compiled code and CPython cannot share (a method can return a copy)".to_string()),
        kind::SET => Err("it holds a set, which compiled code and CPython cannot share (a method can return a copy)".to_string()),
        _ => Err(format!("it holds a native {}", taipan_runtime::values::type_name(descriptor))),
    }
}

unsafe extern "C" fn write_field(descriptor: *mut ffi::PyObject, object: *mut ffi::PyObject, value: *mut ffi::PyObject) -> c_int {
    let field = &*descriptor.cast::<FieldObject>();
    let Some(native) = field_instance(field, object) else { return -1 };
    let name = as_str(field.field.name);
    if field.flags & extension_class_flags::FROZEN != 0 && !RESTORING.with(std::cell::Cell::get) {
        let message = format!("cannot assign to field '{name}'");
        let dataclasses = ffi::PyImport_ImportModule(c"dataclasses".as_ptr());
        let frozen_error = if dataclasses.is_null() { std::ptr::null_mut() } else { ffi::PyObject_GetAttrString(dataclasses, c"FrozenInstanceError".as_ptr()) };
        if !dataclasses.is_null() {
            ffi::Py_DecRef(dataclasses);
        }
        if frozen_error.is_null() {
            return -1;
        }
        set_error(frozen_error, &message);
        ffi::Py_DecRef(frozen_error);
        return -1;
    }
    if shared_lists::any_shared() {
        shared_lists::after_cpython_ran();
    }
    let bit = 1u64 << field.field.index;
    let entry = registry().classes.get(&((*native).class as usize));
    let record_word = entry.map_or(-1, |entry| entry.record_word);
    if value.is_null() {
        // `del obj.name`.
        if (*native).assigned & bit == 0 {
            set_error(ffi::PyExc_AttributeError, &format!("'{}' object has no attribute '{name}'", type_name_of(object)));
            return -1;
        }
        (*native).assigned &= !bit;
        if record_word >= 0 {
            taipan_runtime::instances::taipan_instance_forget_attribute(native, field.field.index, record_word);
        }
        return 0;
    }
    let field_descriptor = field.field.descriptor;
    let mutable_container = matches!((*field_descriptor).kind, descriptor_kind::LIST | descriptor_kind::DICT | descriptor_kind::SET);
    if mutable_container && (!shared_lists::can_share(field_descriptor) || (*child(field_descriptor, 0)).kind == descriptor_kind::NONE) {
        let reason = crosses_unchanged_kind(field_descriptor);
        set_error(ffi::PyExc_TypeError, &format!("attribute '{name}' of '{}' objects cannot be assigned from CPython: {reason}", type_name_of(object)));
        return -1;
    }
    if !mutable_container && !immutable_descriptor(field_descriptor) {
        set_error(ffi::PyExc_TypeError, &format!("attribute '{name}' of '{}' objects cannot be assigned from CPython: it holds mutable values that would be copied", type_name_of(object)));
        return -1;
    }
    let Some(slot) = crate::extension::converted_for_keeping(value, field_descriptor) else {
        let expected = describe(field_descriptor);
        set_error(
            ffi::PyExc_TypeError,
            &format!("attribute '{name}' of '{}' objects holds {expected} in the compiled module, not {}", type_name_of(object), type_name_of(value)),
        );
        return -1;
    };
    if mutable_container {
        // The list CPython assigned and the native copy are kept in step.
        ffi::Py_IncRef(value);
        shared_lists::share(slot as taipan_abi::ListRef, field_descriptor, value);
    }
    *field_slot(native, field.field.index) = slot;
    let newly = (*native).assigned & bit == 0;
    (*native).assigned |= bit;
    if newly && record_word >= 0 {
        taipan_runtime::instances::taipan_instance_note_attribute(native, field.field.index, record_word);
    }
    0
}

unsafe fn crosses_unchanged_kind(descriptor: DescriptorRef) -> &'static str {
    match (*descriptor).kind {
        descriptor_kind::DICT => "it holds a dict, which compiled code and CPython cannot share",
        descriptor_kind::SET => "it holds a set, which compiled code and CPython cannot share",
        _ => "it holds a list of mutable values, which compiled code and CPython cannot share",
    }
}

/// Whether values of this type convert from CPython into values that hold
/// no copy of a mutable CPython object.
unsafe fn immutable_descriptor(descriptor: DescriptorRef) -> bool {
    use descriptor_kind as kind;
    match (*descriptor).kind {
        kind::INT | kind::FLOAT | kind::BOOL | kind::NONE | kind::STR | kind::FOREIGN | kind::INSTANCE => true,
        kind::TUPLE => (0..(*descriptor).count as usize).all(|index| immutable_descriptor(child(descriptor, index))),
        kind::VARTUPLE | kind::FROZENSET => immutable_descriptor(child(descriptor, 0)),
        _ => false,
    }
}

/// A type as error messages name it: `int`, `Point`, `Point or None`.
unsafe fn describe(descriptor: DescriptorRef) -> String {
    if (*descriptor).kind == descriptor_kind::INSTANCE {
        if let Some((class, accepts_none)) = taipan_abi::expected_instance_class(descriptor) {
            let name = as_str((*class).name);
            return if accepts_none { format!("{name} or None") } else { name.to_string() };
        }
    }
    taipan_runtime::values::type_name(descriptor).to_string()
}

// ----- pickling -------------------------------------------------------------------

/// `obj.__getstate__()`: the assigned fields by name, then what a Python
/// subclass's instance keeps in its `__dict__`.
unsafe extern "C" fn state_of(object: *mut ffi::PyObject, _unused: *mut ffi::PyObject) -> *mut ffi::PyObject {
    let state = ffi::PyDict_New();
    if state.is_null() {
        return state;
    }
    let type_object = ffi::Py_TYPE(object);
    let mro = (*type_object).tp_mro;
    // Every field descriptor along the MRO, read through CPython so that
    // each conversion rule holds.
    let mut seen = std::collections::HashSet::new();
    for index in 0..ffi::PyTuple_Size(mro) {
        let member = ffi::PyTuple_GetItem(mro, index);
        let dict = (*member.cast::<ffi::PyTypeObject>()).tp_dict;
        if dict.is_null() {
            continue;
        }
        let (mut position, mut key, mut value) = (0, std::ptr::null_mut(), std::ptr::null_mut());
        while ffi::PyDict_Next(dict, &mut position, &mut key, &mut value) != 0 {
            if ffi::Py_TYPE(value) != registry().field_type.cast() {
                continue;
            }
            let field = &*value.cast::<FieldObject>();
            if !seen.insert(field.field.index) {
                continue;
            }
            let Some(native) = field_instance(field, object) else {
                ffi::Py_DecRef(state);
                return std::ptr::null_mut();
            };
            if (*native).assigned & (1u64 << field.field.index) == 0 {
                continue;
            }
            let read = read_field(value, object, std::ptr::null_mut());
            if read.is_null() {
                ffi::Py_DecRef(state);
                return std::ptr::null_mut();
            }
            ffi::PyDict_SetItem(state, key, read);
            ffi::Py_DecRef(read);
        }
    }
    let dict = ffi::PyObject_GenericGetDict(object, std::ptr::null_mut());
    if dict.is_null() {
        ffi::PyErr_Clear();
    } else {
        ffi::PyDict_Update(state, dict);
        ffi::Py_DecRef(dict);
    }
    state
}

thread_local! {
    /// Set while `__setstate__` restores an instance: a frozen dataclass's
    /// fields may be assigned then, as `dataclasses` does with
    /// `object.__setattr__`.
    static RESTORING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// `obj.__setstate__(state)`: each attribute assigned as CPython code would.
unsafe extern "C" fn restore_state(object: *mut ffi::PyObject, state: *mut ffi::PyObject) -> *mut ffi::PyObject {
    if ffi::PyDict_Check(state) == 0 {
        set_error(ffi::PyExc_TypeError, "__setstate__ takes a dict of attributes");
        return std::ptr::null_mut();
    }
    let (mut position, mut key, mut value) = (0, std::ptr::null_mut(), std::ptr::null_mut());
    RESTORING.with(|restoring| restoring.set(true));
    // A snapshot of the items, held, since assigning may run code.
    let mut items = Vec::new();
    while ffi::PyDict_Next(state, &mut position, &mut key, &mut value) != 0 {
        ffi::Py_IncRef(key);
        ffi::Py_IncRef(value);
        items.push((key, value));
    }
    let mut failed = false;
    for (key, value) in items {
        if !failed && ffi::PyObject_SetAttr(object, key, value) < 0 {
            failed = true;
        }
        ffi::Py_DecRef(key);
        ffi::Py_DecRef(value);
    }
    if failed {
        RESTORING.with(|restoring| restoring.set(false));
        return std::ptr::null_mut();
    }
    RESTORING.with(|restoring| restoring.set(false));
    let none = ffi::Py_None();
    ffi::Py_IncRef(none);
    none
}
