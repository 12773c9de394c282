//! The Boehm-Demers-Weiser garbage collector, as the runtime uses it.
//!
//! Objects are allocated with `GC_malloc` (may contain pointers) or
//! `GC_malloc_atomic` (never contains pointers: str bytes). Nothing is freed
//! explicitly.
//!
//! Small objects come from per-size free lists kept here, refilled a whole
//! heap block at a time with `GC_generic_malloc_many`: the collector's own
//! `GC_malloc` spends about forty instructions per object on its general
//! path, and programs allocate small strs, lists and tuples by the million.
//! The lists are emptied when a collection starts, so an object the program
//! never received is reclaimed like any other garbage. A compiled program's
//! mutator is single-threaded, so the lists are plain statics; unit tests,
//! which the harness runs on several threads, allocate through the
//! collector's (locking) entry points instead.

use std::os::raw::c_void;

#[link(name = "gc")]
extern "C" {
    fn GC_init();
    fn GC_malloc(size: usize) -> *mut c_void;
    fn GC_malloc_atomic(size: usize) -> *mut c_void;
    #[cfg(test)]
    fn GC_disable();
    #[cfg(test)]
    fn GC_allow_register_threads();
    #[cfg(test)]
    fn GC_thread_is_registered() -> i32;
    #[cfg(test)]
    fn GC_get_stack_base(base: *mut StackBase) -> i32;
    #[cfg(test)]
    fn GC_register_my_thread(base: *const StackBase) -> i32;
    fn GC_set_free_space_divisor(divisor: usize);
    fn GC_set_min_bytes_allocd(bytes: usize);
    fn GC_set_warn_proc(procedure: unsafe extern "C" fn(*mut std::os::raw::c_char, usize));
    fn GC_generic_malloc_many(size: usize, kind: i32, result: *mut *mut c_void);
    fn GC_set_start_callback(callback: unsafe extern "C" fn());
    fn GC_ignore_warn_proc(message: *mut std::os::raw::c_char, argument: usize);
}

pub fn init() {
    unsafe {
        GC_init();
        // The collector's warnings (e.g. a failed heap expansion before a
        // MemoryError) are not part of a Python program's output.
        GC_set_warn_proc(GC_ignore_warn_proc);
        // Collect when the heap has grown by a third of what survived the
        // last collection (the collector's default). Half (fewer full marks
        // of large live heaps) cost binary_trees more peak memory than
        // CPython, which the issue 4 target forbids; word counts lose ~5%.
        GC_set_free_space_divisor(3);
        // And never before a megabyte has been allocated since the last
        // collection: a program churning through small objects over a tiny
        // live heap (fannkuch's permutation copies) otherwise collects every
        // 150 KB, paying the fixed cost of scanning roots each time.
        GC_set_min_bytes_allocd(1 << 20);
        GC_set_start_callback(forget_free_lists);
    }
}

/// The collector's object kinds (`GC_I_PTRFREE`, `GC_I_NORMAL` in
/// gc_inline.h): never scanned, and scanned and zeroed.
const KIND_ATOMIC: i32 = 0;
const KIND_SCANNED: i32 = 1;

/// The allocation unit of the collector (`GC_GRANULE_BYTES` on 64-bit
/// targets); objects are rounded up to whole granules anyway.
const GRANULE_BYTES: usize = 16;

/// Objects of at most this many bytes come from the free lists here.
const SMALL_OBJECT_LIMIT: usize = 256;

/// The granules `GC_malloc(size)` takes: with interior pointers recognised
/// (the default, which codegen relies on), the collector adds a byte so that
/// a pointer just past an object's end still points into it.
const fn granules_for(size: usize) -> usize {
    (size + 1 + GRANULE_BYTES - 1) / GRANULE_BYTES
}
const SIZE_CLASSES: usize = granules_for(SMALL_OBJECT_LIMIT) + 1;

/// Heads of the free lists, indexed by kind and size in granules; the
/// objects are linked through their first word.
struct FreeLists {
    heads: std::cell::UnsafeCell<[[*mut c_void; SIZE_CLASSES]; 2]>,
}

// The compiled program's mutator is its only thread (see the module
// comment); unit tests, which run on several threads, bypass the lists.
unsafe impl Sync for FreeLists {}

static FREE_LISTS: FreeLists = FreeLists { heads: std::cell::UnsafeCell::new([[std::ptr::null_mut(); SIZE_CLASSES]; 2]) };

/// The collector's start-of-collection callback: the objects still on the
/// free lists were never handed out, and (atomic ones being unscanned, their
/// links are invisible) must not be handed out after they are reclaimed.
/// Called with the collector's lock held; it must not allocate.
unsafe extern "C" fn forget_free_lists() {
    *FREE_LISTS.heads.get() = [[std::ptr::null_mut(); SIZE_CLASSES]; 2];
}

/// A small object of `size` bytes (`size <= SMALL_OBJECT_LIMIT`) of the
/// given kind: popped from a free list, refilled from a fresh heap block
/// when empty. Scanned objects come zeroed; atomic ones do not.
#[inline]
fn allocate_small(size: usize, kind: i32) -> *mut u8 {
    let granules = granules_for(size);
    unsafe {
        let head = &mut (*FREE_LISTS.heads.get())[kind as usize][granules];
        let mut object = *head;
        if object.is_null() {
            // May collect, which empties the lists; the new list is
            // installed afterwards.
            GC_generic_malloc_many(granules * GRANULE_BYTES, kind, &mut object);
            if object.is_null() {
                crate::exceptions::out_of_memory();
            }
        }
        let link = object as *mut *mut c_void;
        *head = *link;
        // The link was the only non-zero word of a scanned object.
        *link = std::ptr::null_mut();
        object as *mut u8
    }
}

/// The collector's `struct GC_stack_base` on x86-64.
#[cfg(test)]
#[repr(C)]
struct StackBase {
    memory_base: *mut c_void,
}

/// For unit tests, called at the start of every test that allocates. The
/// harness runs tests on several threads at once: the collector is
/// initialised once, told to lock its allocator, and told about each thread
/// (an unregistered thread allocating concurrently corrupts its free lists).
/// The tests allocate little, so the collector never collects, which spares
/// it from scanning the stacks of threads that ended.
#[cfg(test)]
pub fn init_for_tests() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| unsafe {
        GC_init();
        GC_disable();
        GC_allow_register_threads();
    });
    unsafe {
        if GC_thread_is_registered() == 0 {
            let mut base = StackBase { memory_base: std::ptr::null_mut() };
            // GC_SUCCESS is 0.
            if GC_get_stack_base(&mut base) == 0 {
                GC_register_my_thread(&base);
            }
        }
    }
}

/// Memory the collector scans for pointers (zeroed by the collector).
#[inline]
pub fn allocate(size: usize) -> *mut u8 {
    if size <= SMALL_OBJECT_LIMIT && !cfg!(test) {
        return allocate_small(size, KIND_SCANNED);
    }
    let pointer = unsafe { GC_malloc(size) } as *mut u8;
    if pointer.is_null() {
        crate::exceptions::out_of_memory();
    }
    pointer
}

/// Memory the collector never scans: it must not hold object pointers.
#[inline]
pub fn allocate_atomic(size: usize) -> *mut u8 {
    if size <= SMALL_OBJECT_LIMIT && !cfg!(test) {
        return allocate_small(size, KIND_ATOMIC);
    }
    let pointer = unsafe { GC_malloc_atomic(size) } as *mut u8;
    if pointer.is_null() {
        crate::exceptions::out_of_memory();
    }
    pointer
}

/// `size` zeroed bytes, never scanned when `atomic` (the caller promises
/// they will hold no object pointers). The collector zeroes only scanned
/// memory, so atomic blocks are cleared here.
pub fn allocate_zeroed(size: usize, atomic: bool) -> *mut u8 {
    if !atomic {
        return allocate(size);
    }
    let pointer = allocate_atomic(size);
    unsafe { std::ptr::write_bytes(pointer, 0, size) };
    pointer
}

/// A frame of a function that closures use: `size` zeroed bytes the
/// collector scans, laid out by codegen (a parent-frame pointer, then each
/// cell's bound flag and value). Nothing here reads it.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_frame_new(size: i64) -> *mut u8 {
    allocate(size.max(8) as usize)
}
