//! The Boehm-Demers-Weiser garbage collector, as the runtime uses it.
//!
//! Objects are allocated with `GC_malloc` (may contain pointers) or
//! `GC_malloc_atomic` (never contains pointers: str bytes). Nothing is freed
//! explicitly.

use std::os::raw::c_void;

#[link(name = "gc")]
extern "C" {
    fn GC_init();
    fn GC_malloc(size: usize) -> *mut c_void;
    fn GC_malloc_atomic(size: usize) -> *mut c_void;
}

pub fn init() {
    unsafe { GC_init() }
}

/// Memory the collector scans for pointers.
pub fn allocate(size: usize) -> *mut u8 {
    let pointer = unsafe { GC_malloc(size) } as *mut u8;
    if pointer.is_null() {
        crate::exceptions::out_of_memory();
    }
    pointer
}

/// Memory the collector never scans: it must not hold object pointers.
pub fn allocate_atomic(size: usize) -> *mut u8 {
    let pointer = unsafe { GC_malloc_atomic(size) } as *mut u8;
    if pointer.is_null() {
        crate::exceptions::out_of_memory();
    }
    pointer
}
