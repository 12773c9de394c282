//! Buffered standard output.
//!
//! Generated code writes through one process-wide buffer that is flushed when it
//! fills, when the program ends and before anything is written to stderr, so
//! that output interleaves as it does under CPython when stdout is a pipe.

use std::cell::UnsafeCell;
use taipan_abi::StrRef;

struct OutputBuffer(UnsafeCell<Vec<u8>>);

// The runtime runs Python code on one thread.
unsafe impl Sync for OutputBuffer {}

static STDOUT_BUFFER: OutputBuffer = OutputBuffer(UnsafeCell::new(Vec::new()));

const FLUSH_THRESHOLD: usize = 1 << 16;

pub fn write_bytes(bytes: &[u8]) {
    let buffer = unsafe { &mut *STDOUT_BUFFER.0.get() };
    buffer.extend_from_slice(bytes);
    if buffer.len() >= FLUSH_THRESHOLD {
        flush_stdout();
    }
}

#[inline]
pub fn flush_stdout() {
    let buffer = unsafe { &mut *STDOUT_BUFFER.0.get() };
    if buffer.is_empty() {
        return;
    }
    match unsafe { *STDOUT_WRITER.0.get() } {
        Some(writer) => writer(buffer),
        None => write_all(1, buffer),
    }
    buffer.clear();
}

struct WriterCell(UnsafeCell<Option<fn(&[u8])>>);

// Set once, before any output, on the thread that runs Python code.
unsafe impl Sync for WriterCell {}

static STDOUT_WRITER: WriterCell = WriterCell(UnsafeCell::new(None));

/// Sends standard output through `writer` instead of file descriptor 1:
/// an extension module's output goes to the host interpreter's
/// `sys.stdout`, so that it interleaves with the interpreter's own.
pub fn set_stdout_writer(writer: fn(&[u8])) {
    unsafe { *STDOUT_WRITER.0.get() = Some(writer) };
}

/// Writes all of `bytes` to file descriptor `fd`. On an error (a closed pipe)
/// the rest is dropped, as there is no one to read it.
fn write_all(fd: i32, bytes: &[u8]) {
    let mut written = 0;
    while written < bytes.len() {
        let result = unsafe { write(fd, bytes[written..].as_ptr(), bytes.len() - written) };
        if result <= 0 {
            break;
        }
        written += result as usize;
    }
}

extern "C" {
    fn write(fd: i32, buffer: *const u8, count: usize) -> isize;
}

pub fn write_stderr(bytes: &[u8]) {
    flush_stdout();
    write_all(2, bytes);
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_write_str(value: StrRef) {
    write_bytes(crate::strings::as_bytes(value));
}

#[no_mangle]
pub extern "C-unwind" fn taipan_write_int(value: i64) {
    let mut digits = [0u8; 24];
    write_bytes(crate::numbers::format_int(value, &mut digits));
}

#[no_mangle]
pub extern "C-unwind" fn taipan_write_float(value: f64) {
    write_bytes(crate::float_repr::float_repr(value).as_bytes());
}

#[no_mangle]
pub extern "C-unwind" fn taipan_write_bool(value: u8) {
    write_bytes(if value != 0 { b"True" } else { b"False" });
}

#[no_mangle]
pub extern "C-unwind" fn taipan_write_none() {
    write_bytes(b"None");
}

#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_write_str_repr(value: StrRef) {
    write_bytes(crate::strings::repr(crate::strings::as_str(value)).as_bytes());
}
