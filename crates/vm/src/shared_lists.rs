//! Native lists whose copies CPython kept: kept in step with them.
//!
//! A native list crosses into a CPython call as a copy. When CPython keeps
//! that copy past the call (`itertools.accumulate(data)`, `iter(data)`, an
//! object that stores it), the two would drift apart the first time either
//! side changed its own. For a list of values that cross by conversion
//! (ints, floats, strs, tuples of them, CPython objects) that is avoided
//! here: each kept copy is listed with a snapshot of both sides, and
//! - whenever control passes into CPython (a crossing starts, a native
//!   function CPython called returns), a native list that changed is copied
//!   into its copy;
//! - whenever control comes back (a crossing ends, CPython calls a native
//!   function), a copy CPython changed is written back into its list.
//!
//! Only one side runs between two such points, so each side always reads
//! what the other wrote. An entry is dropped once CPython no longer holds
//! the copy. Lists of mutable values (nested lists, dicts, instances) and
//! kept dicts and sets still raise RuntimeError: their items' identities
//! could not be kept in step.
//!
//! The cost: a check per listed copy at each of those points, nothing when
//! none is listed.

use crate::bridge::{from_native, write_list_back};
use pyo3::ffi;
use std::cell::UnsafeCell;
use std::ffi::c_void;
use taipan_abi::{descriptor_kind, DescriptorRef, ListRef};
use taipan_runtime::values::child;

extern "C" {
    fn GC_malloc_uncollectable(size: usize) -> *mut c_void;
    fn GC_free(object: *mut c_void);
}

struct SharedList {
    /// An uncollectable cell holding the native list, so that the collector
    /// keeps it while CPython holds the copy.
    root: *mut ListRef,
    descriptor: DescriptorRef,
    /// A strong reference to the copy.
    copy: *mut ffi::PyObject,
    /// What both sides held when they were last in step: each item of the
    /// copy (a strong reference) with the native slot it stands for.
    items: Vec<(*mut ffi::PyObject, u64)>,
}

struct Registry {
    lists: Vec<SharedList>,
    /// A failure found where nothing could be raised (a crossing's end may
    /// run during unwinding), raised at the next crossing.
    pending_error: Option<String>,
}

struct RegistryCell(UnsafeCell<Registry>);
// The program runs Python code on one thread.
unsafe impl Sync for RegistryCell {}
static REGISTRY: RegistryCell = RegistryCell(UnsafeCell::new(Registry { lists: Vec::new(), pending_error: None }));

/// Whether a list of `descriptor` can be kept in step with a copy: its
/// items cross by conversion, so an item's object stands for its slot.
pub(crate) unsafe fn can_share(descriptor: DescriptorRef) -> bool {
    (*descriptor).kind == descriptor_kind::LIST && converts_immutably(child(descriptor, 0))
}

unsafe fn converts_immutably(descriptor: DescriptorRef) -> bool {
    use descriptor_kind as kind;
    match (*descriptor).kind {
        kind::INT | kind::FLOAT | kind::BOOL | kind::NONE | kind::STR | kind::FOREIGN | kind::RANGE => true,
        kind::VARTUPLE => converts_immutably(child(descriptor, 0)),
        kind::TUPLE => (0..(*descriptor).count as usize).all(|index| converts_immutably(child(descriptor, index))),
        _ => false,
    }
}

/// Lists `copy` (CPython kept it; the caller's reference is taken over) as
/// the copy of `list`, the two being in step now.
pub(crate) unsafe fn share(list: ListRef, descriptor: DescriptorRef, copy: *mut ffi::PyObject) {
    let root = GC_malloc_uncollectable(std::mem::size_of::<ListRef>()) as *mut ListRef;
    if root.is_null() {
        taipan_runtime::exceptions::out_of_memory();
    }
    *root = list;
    let mut shared = SharedList { root, descriptor, copy, items: Vec::new() };
    shared.take_snapshot();
    (*REGISTRY.0.get()).lists.push(shared);
}

impl SharedList {
    unsafe fn take_snapshot(&mut self) {
        for (item, _) in self.items.drain(..) {
            ffi::Py_DecRef(item);
        }
        let slots = taipan_runtime::lists::items(*self.root);
        for (index, slot) in slots.iter().enumerate() {
            let item = ffi::PyList_GetItem(self.copy, index as isize);
            if item.is_null() {
                ffi::PyErr_Clear();
                break;
            }
            ffi::Py_IncRef(item);
            self.items.push((item, *slot));
        }
    }

    unsafe fn native_changed(&self) -> bool {
        let slots = taipan_runtime::lists::items(*self.root);
        slots.len() != self.items.len() || slots.iter().zip(&self.items).any(|(slot, (_, snapshot))| slot != snapshot)
    }

    unsafe fn copy_changed(&self) -> bool {
        ffi::PyList_Size(self.copy) != self.items.len() as isize
            || self.items.iter().enumerate().any(|(index, (item, _))| ffi::PyList_GetItem(self.copy, index as isize) != *item)
    }

    /// Makes the copy hold the native list's items (objects of slots that
    /// were there before are reused).
    unsafe fn copy_native_into_copy(&mut self) -> Result<(), String> {
        let element = child(self.descriptor, 0);
        let slots = taipan_runtime::lists::items(*self.root).to_vec();
        let fresh = ffi::PyList_New(slots.len() as isize);
        if fresh.is_null() {
            ffi::PyErr_Clear();
            return Err("out of memory while keeping a list in step with CPython".to_string());
        }
        for (index, slot) in slots.iter().enumerate() {
            let item = match self.items.iter().find(|(_, old)| old == slot) {
                Some((object, _)) => {
                    ffi::Py_IncRef(*object);
                    *object
                }
                None => from_native(*slot, element),
            };
            if item.is_null() {
                ffi::PyErr_Clear();
                ffi::Py_DecRef(fresh);
                return Err("a native list's item could not be converted for CPython".to_string());
            }
            ffi::PyList_SetItem(fresh, index as isize, item);
        }
        let status = ffi::PyList_SetSlice(self.copy, 0, ffi::PY_SSIZE_T_MAX, fresh);
        ffi::Py_DecRef(fresh);
        if status < 0 {
            ffi::PyErr_Clear();
            return Err("a list CPython kept could not be updated".to_string());
        }
        self.take_snapshot();
        Ok(())
    }

    /// Makes the native list hold the copy's items.
    unsafe fn write_copy_into_native(&mut self) -> Result<(), String> {
        let outcome = write_list_back(*self.root, child(self.descriptor, 0), self.copy, &self.items);
        ffi::PyErr_Clear();
        outcome?;
        self.take_snapshot();
        Ok(())
    }

    unsafe fn release(mut self) {
        for (item, _) in self.items.drain(..) {
            ffi::Py_DecRef(item);
        }
        ffi::Py_DecRef(self.copy);
        GC_free(self.root.cast());
    }
}

/// Before CPython runs: native changes go into the copies. Returns a
/// failure found now or at an earlier point, for the caller to raise.
pub(crate) unsafe fn before_cpython_runs() -> Option<String> {
    let registry = &mut *REGISTRY.0.get();
    if registry.lists.is_empty() {
        return registry.pending_error.take();
    }
    let mut failure = registry.pending_error.take();
    let mut index = 0;
    while index < registry.lists.len() {
        let shared = &mut registry.lists[index];
        if ffi::Py_REFCNT(shared.copy) <= 1 {
            registry.lists.swap_remove(index).release();
            continue;
        }
        if shared.native_changed() {
            if let Err(message) = shared.copy_native_into_copy() {
                failure.get_or_insert(message);
                registry.lists.swap_remove(index).release();
                continue;
            }
        }
        index += 1;
    }
    failure
}

/// After CPython ran: copies it changed are written back. Never raises (it
/// may run while an exception unwinds); a failure waits for the next
/// crossing.
pub(crate) unsafe fn after_cpython_ran() {
    let registry = &mut *REGISTRY.0.get();
    let mut index = 0;
    while index < registry.lists.len() {
        let shared = &mut registry.lists[index];
        if shared.copy_changed() {
            if let Err(message) = shared.write_copy_into_native() {
                registry.pending_error.get_or_insert(message);
                registry.lists.swap_remove(index).release();
                continue;
            }
        }
        if ffi::Py_REFCNT(shared.copy) <= 1 {
            registry.lists.swap_remove(index).release();
            continue;
        }
        index += 1;
    }
}

/// Whether any copy is listed (the common case is none: one load).
#[inline]
pub(crate) fn any_shared() -> bool {
    unsafe {
        let registry = &*REGISTRY.0.get();
        !registry.lists.is_empty() || registry.pending_error.is_some()
    }
}

/// The copy CPython holds of the native `list`, if one is listed (a
/// borrowed reference): reading a list attribute twice gives one object.
pub(crate) unsafe fn copy_of(list: ListRef) -> Option<*mut ffi::PyObject> {
    (*REGISTRY.0.get()).lists.iter().find(|shared| *shared.root == list).map(|shared| shared.copy)
}
