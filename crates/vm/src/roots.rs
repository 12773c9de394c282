//! Roots: single words in memory the collector scans, each keeping one
//! native value alive while a CPython object holds it (an extension class's
//! wrapper holds its native instance through one).
//!
//! CPython's objects live in memory the collector does not scan, so a
//! native value referenced only from one must be reachable from somewhere
//! it does. A root per object from `GC_malloc_uncollectable`, returned with
//! `GC_free`, cost two calls into the collector (and its lock) per
//! wrapper; this pool hands out words from uncollectable chunks instead,
//! with a free list threaded through the free words. A free word holds the
//! address of the next free word (in the pool's own uncollectable chunks),
//! so it keeps nothing of the program's alive. It does not know what the
//! values are, and it is used on the thread that runs Python code only
//! (with the GIL held).

use std::cell::UnsafeCell;
use std::ffi::c_void;

extern "C" {
    fn GC_malloc_uncollectable(size: usize) -> *mut c_void;
}

/// Words per chunk: a chunk is 8 KiB, never returned (the pool's size is
/// the most roots held at once).
const WORDS_PER_CHUNK: usize = 1024;

struct Pool {
    /// The first free word, or null when every word handed out is in use.
    first_free: *mut usize,
}

struct PoolCell(UnsafeCell<Pool>);
// Used with the GIL held, on the thread that runs Python code.
unsafe impl Sync for PoolCell {}
static POOL: PoolCell = PoolCell(UnsafeCell::new(Pool { first_free: std::ptr::null_mut() }));

/// A word holding `value`, scanned by the collector until `release`.
pub(crate) unsafe fn hold(value: usize) -> *mut usize {
    let pool = &mut *POOL.0.get();
    if pool.first_free.is_null() {
        let chunk = GC_malloc_uncollectable(WORDS_PER_CHUNK * std::mem::size_of::<usize>()) as *mut usize;
        if chunk.is_null() {
            taipan_runtime::exceptions::out_of_memory();
        }
        for index in 0..WORDS_PER_CHUNK {
            let next = if index + 1 < WORDS_PER_CHUNK { chunk.add(index + 1) as usize } else { 0 };
            *chunk.add(index) = next;
        }
        pool.first_free = chunk;
    }
    let word = pool.first_free;
    pool.first_free = *word as *mut usize;
    *word = value;
    word
}

/// Gives back a word from `hold`: its value is no longer kept alive.
pub(crate) unsafe fn release(word: *mut usize) {
    let pool = &mut *POOL.0.get();
    *word = pool.first_free as usize;
    pool.first_free = word;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_reused_after_release() {
        unsafe {
            let first = hold(11);
            let second = hold(22);
            assert_ne!(first, second);
            assert_eq!((*first, *second), (11, 22));
            release(first);
            let third = hold(33);
            assert_eq!(third, first, "the word released last is handed out next");
            assert_eq!((*third, *second), (33, 22));
            // More than a chunk's worth at once.
            let many: Vec<*mut usize> = (0..WORDS_PER_CHUNK * 2 + 3).map(|value| hold(value)).collect();
            let mut distinct = many.clone();
            distinct.sort();
            distinct.dedup();
            assert_eq!(distinct.len(), many.len());
            for (index, word) in many.iter().enumerate() {
                assert_eq!(**word, index);
            }
            for word in many {
                release(word);
            }
            release(second);
            release(third);
        }
    }
}
