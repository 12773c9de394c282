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
    fn GC_ignore_warn_proc(message: *mut std::os::raw::c_char, argument: usize);
}

pub fn init() {
    unsafe {
        GC_init();
        // The collector's warnings (e.g. a failed heap expansion before a
        // MemoryError) are not part of a Python program's output.
        GC_set_warn_proc(GC_ignore_warn_proc);
        // Collect when the heap has grown by half of what survived the last
        // collection rather than a third: fewer full marks of large live
        // heaps (word counts over big texts), for a little more memory.
        GC_set_free_space_divisor(2);
        // And never before a megabyte has been allocated since the last
        // collection: a program churning through small objects over a tiny
        // live heap (fannkuch's permutation copies) otherwise collects every
        // 150 KB, paying the fixed cost of scanning roots each time.
        GC_set_min_bytes_allocd(1 << 20);
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
