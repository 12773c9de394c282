//! Raising and catching Python exceptions by zero-cost unwinding.
//!
//! A Python exception is an instance of a class descending from
//! `BaseException` (codegen gives the built-in classes descriptors like any
//! other class and registers them here, by `ExceptionKind`, at start-up).
//! Raising one starts the Itanium C++ ABI unwinder (`_Unwind_RaiseException`
//! of libgcc) with a header this module owns; generated code calls every
//! function inside a `try` through `invoke`, whose landing pad
//! `taipan_personality` below selects. The pad asks `taipan_exception_caught`
//! for the instance, and then tests the `except` clauses itself: matching
//! is ordinary generated code, so the personality routine needs no type
//! tables. A pad whose clauses do not match, or a `finally` pad once its
//! body has run, raises the same instance again, which starts a new search
//! from there.
//!
//! When no frame has a landing pad the unwinder returns to the raise without
//! having unwound anything, and the exception is uncaught: the traceback's
//! header and last line go to stderr and the process ends with status 1.
//!
//! Cost model: code that raises nothing pays nothing at run time (calls in a
//! `try` are `invoke`s, which execute like calls); a raise costs the
//! unwinder's two walks over the frames up to the handler, about a
//! microsecond per frame, plus making the instance and its texts.
//!
//! What this module does not own: which clauses match (generated code), the
//! instance layout (`taipan_abi::InstanceObject`) and the texts codegen
//! stores in an exception it constructs.

use crate::output::write_stderr;
use crate::strings::{as_str, new_str};
use std::cell::UnsafeCell;
use std::ffi::c_int;
use taipan_abi::{
    class_flags, ClassRef, ExceptionKind, InstanceRef, StrRef, EXCEPTION_FIELD_ARGS, EXCEPTION_FIELD_STR,
};

/// `_Unwind_Exception` of the Itanium ABI: the unwinder keeps its state in
/// the private words. The ABI aligns it as the target's widest type.
#[repr(C, align(16))]
pub struct UnwindHeader {
    exception_class: u64,
    cleanup: Option<unsafe extern "C" fn(reason: c_int, header: *mut UnwindHeader)>,
    private: [usize; 2],
}

/// The exception in flight, with its unwinder header first so that the
/// pointer the unwinder passes around is also a pointer to this.
#[repr(C)]
struct InFlight {
    header: UnwindHeader,
    exception: InstanceRef,
}

/// At most one exception is in flight at a time: a landing pad takes it out
/// (`taipan_exception_caught`) before any code that could raise runs. It is
/// a static so that the collector, which scans static data, keeps the
/// instance alive while only the unwinder refers to it.
struct InFlightSlot(UnsafeCell<InFlight>);

// The runtime runs Python code on one thread.
unsafe impl Sync for InFlightSlot {}

static IN_FLIGHT: InFlightSlot = InFlightSlot(UnsafeCell::new(InFlight {
    header: UnwindHeader { exception_class: 0, cleanup: None, private: [0; 2] },
    exception: std::ptr::null_mut(),
}));

/// "TAIPPYEX": tells our exceptions from C++'s or Rust's panics.
const TAIPAN_EXCEPTION_CLASS: u64 = u64::from_be_bytes(*b"TAIPPYEX");

/// The descriptors of the built-in exception classes, indexed by
/// `ExceptionKind` code, as codegen registers them.
struct ExceptionClasses(UnsafeCell<Vec<ClassRef>>);

unsafe impl Sync for ExceptionClasses {}

static EXCEPTION_CLASSES: ExceptionClasses = ExceptionClasses(UnsafeCell::new(Vec::new()));

type UnwindReasonCode = c_int;
const URC_HANDLER_FOUND: UnwindReasonCode = 6;
const URC_INSTALL_CONTEXT: UnwindReasonCode = 7;
const URC_CONTINUE_UNWIND: UnwindReasonCode = 8;
const URC_FATAL_PHASE1_ERROR: UnwindReasonCode = 3;

const UA_SEARCH_PHASE: c_int = 1;
const UA_FORCE_UNWIND: c_int = 8;

#[repr(C)]
pub struct UnwindContext {
    _opaque: [u8; 0],
}

extern "C-unwind" {
    fn _Unwind_RaiseException(header: *mut UnwindHeader) -> UnwindReasonCode;
}

extern "C" {
    fn _Unwind_GetLanguageSpecificData(context: *mut UnwindContext) -> *const u8;
    fn _Unwind_GetRegionStart(context: *mut UnwindContext) -> usize;
    fn _Unwind_GetIPInfo(context: *mut UnwindContext, ip_before_instruction: *mut c_int) -> usize;
    fn _Unwind_SetGR(context: *mut UnwindContext, register: c_int, value: usize);
    fn _Unwind_SetIP(context: *mut UnwindContext, value: usize);
}

/// The registers a landing pad receives the exception pointer and the
/// selector in (`__builtin_eh_return_data_regno(0)` and `(1)`): rax and rdx
/// on x86-64, x0 and x1 on AArch64.
const EXCEPTION_POINTER_REGISTER: c_int = 0;
const SELECTOR_REGISTER: c_int = 1;

/// Registers the built-in exception classes' descriptors, `count` of them,
/// indexed by `ExceptionKind` code (entry 0 is unused).
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_register_exception_classes(classes: *const ClassRef, count: i64) {
    let table = &mut *EXCEPTION_CLASSES.0.get();
    table.clear();
    table.extend_from_slice(std::slice::from_raw_parts(classes, count.max(0) as usize));
}

/// `raise exception`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_raise_instance(exception: InstanceRef) -> ! {
    if exception.is_null() {
        raise(ExceptionKind::TypeError, "exceptions must derive from BaseException");
    }
    let in_flight = &mut *IN_FLIGHT.0.get();
    in_flight.header = UnwindHeader { exception_class: TAIPAN_EXCEPTION_CLASS, cleanup: None, private: [0; 2] };
    in_flight.exception = exception;
    _Unwind_RaiseException(&mut in_flight.header);
    // The unwinder returns only when no frame has a landing pad.
    in_flight.exception = std::ptr::null_mut();
    report_uncaught(exception)
}

/// Called first by every landing pad: the instance being raised.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_exception_caught(unwind_header: *mut u8) -> InstanceRef {
    let in_flight = unwind_header as *mut InFlight;
    let exception = (*in_flight).exception;
    (*in_flight).exception = std::ptr::null_mut();
    exception
}

/// Raises the built-in exception `kind(message)`.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_raise(kind: i32, message: StrRef) -> ! {
    let message = if message.is_null() { "" } else { as_str(message) };
    raise_with_code(kind, message)
}

pub fn raise_with_code(kind: i32, message: &str) -> ! {
    let kind = ExceptionKind::from_code(kind).unwrap_or(ExceptionKind::SystemError);
    unsafe {
        let class = registered_class(kind);
        if class.is_null() {
            // Before registration (nothing has run yet) or in a test of the
            // runtime alone: there is no class to make an instance of.
            report_uncaught_text(kind.name(), message)
        }
        let exception = new_exception(class, message, kind == ExceptionKind::KeyError);
        taipan_raise_instance(exception)
    }
}

/// Raises `SystemExit` with the given `str()` and argument texts.
pub fn raise_system_exit(str_text: &str, args_text: &str) -> ! {
    unsafe {
        let class = registered_class(ExceptionKind::SystemExit);
        if class.is_null() {
            report_uncaught_text("SystemExit", str_text)
        }
        let exception = new_exception(class, "", false);
        let fields = std::ptr::addr_of_mut!((*exception).fields) as *mut u64;
        *fields.add(EXCEPTION_FIELD_STR) = new_str(str_text) as u64;
        *fields.add(EXCEPTION_FIELD_ARGS) = new_str(args_text) as u64;
        taipan_raise_instance(exception)
    }
}

/// Raises an instance of `class` (an exception class) whose `str()` is
/// `str_text` and whose arguments `repr()` shows as `args_text`.
pub unsafe fn raise_exception_of_class(class: ClassRef, str_text: &str, args_text: &str) -> ! {
    taipan_raise_instance(exception_of_class(class, str_text, args_text))
}

/// A new exception of `class` whose `str()` and args' reprs are given.
pub unsafe fn exception_of_class(class: ClassRef, str_text: &str, args_text: &str) -> InstanceRef {
    let exception = new_exception(class, "", false);
    let fields = std::ptr::addr_of_mut!((*exception).fields) as *mut u64;
    *fields.add(EXCEPTION_FIELD_STR) = new_str(str_text) as u64;
    *fields.add(EXCEPTION_FIELD_ARGS) = new_str(args_text) as u64;
    (*exception).assigned |= (1 << EXCEPTION_FIELD_STR) | (1 << EXCEPTION_FIELD_ARGS);
    exception
}

unsafe fn registered_class(kind: ExceptionKind) -> ClassRef {
    let table = &*EXCEPTION_CLASSES.0.get();
    table.get(kind as usize).copied().unwrap_or(std::ptr::null())
}

/// An instance of the built-in exception class `class` with one argument,
/// `message` (none when it is empty). `message_is_repr` says the message is
/// already the argument's repr (a KeyError's key).
unsafe fn new_exception(class: ClassRef, message: &str, message_is_repr: bool) -> InstanceRef {
    let exception = crate::instances::taipan_instance_new(class, (*class).field_count as i64);
    let (str_text, args_text) = if message.is_empty() {
        (String::new(), String::new())
    } else if message_is_repr {
        (message.to_string(), message.to_string())
    } else {
        (message.to_string(), crate::strings::repr(message))
    };
    let fields = std::ptr::addr_of_mut!((*exception).fields) as *mut u64;
    *fields.add(EXCEPTION_FIELD_STR) = new_str(&str_text) as u64;
    *fields.add(EXCEPTION_FIELD_ARGS) = new_str(&args_text) as u64;
    (*exception).assigned |= (1 << EXCEPTION_FIELD_STR) | (1 << EXCEPTION_FIELD_ARGS);
    exception
}

/// `str(e)` of an exception whose class does not define `__str__`.
pub unsafe fn default_str(exception: InstanceRef) -> StrRef {
    field_text(exception, EXCEPTION_FIELD_STR)
}

/// `repr(e)` of an exception whose class does not define `__repr__`:
/// `Name(args)`.
pub unsafe fn default_repr(exception: InstanceRef) -> StrRef {
    let name = as_str((*(*exception).class).name);
    let args = as_str(field_text(exception, EXCEPTION_FIELD_ARGS));
    new_str(&format!("{name}({args})"))
}

unsafe fn field_text(exception: InstanceRef, field: usize) -> StrRef {
    if (*exception).assigned & (1 << field) == 0 {
        return new_str("");
    }
    let fields = std::ptr::addr_of!((*exception).fields) as *const u64;
    *fields.add(field) as StrRef
}

pub unsafe fn is_exception(instance: InstanceRef) -> bool {
    !instance.is_null() && (*(*instance).class).flags & class_flags::EXCEPTION != 0
}

/// Prints an uncaught exception as CPython does (the traceback header and
/// the last line; Taipan records no frames yet) and exits with status 1.
unsafe fn report_uncaught(exception: InstanceRef) -> ! {
    let class = (*exception).class;
    if class == registered_class(ExceptionKind::SystemExit) {
        exit_for_system_exit(exception)
    }
    let qualified = as_str((*class).qualified_name);
    // CPython names the class with its module unless that is `__main__` or
    // `builtins`.
    let name = match qualified.strip_prefix("__main__.") {
        Some(_) => as_str((*class).name),
        None => qualified,
    };
    let text = as_str(crate::instances::taipan_instance_str(exception, 1));
    if qualified == "KeyboardInterrupt" {
        // CPython ends by SIGINT's default action, as an interrupted
        // program does, after the traceback.
        report_and_interrupt(name, text)
    }
    report_uncaught_text(name, text)
}

extern "C" {
    fn signal(signal_number: c_int, handler: usize) -> usize;
    #[link_name = "raise"]
    fn raise_signal(signal_number: c_int) -> c_int;
}

const SIGINT: c_int = 2;
const SIG_DFL: usize = 0;

fn report_and_interrupt(name: &str, message: &str) -> ! {
    write_stderr(traceback_text(name, message).as_bytes());
    unsafe {
        signal(SIGINT, SIG_DFL);
        raise_signal(SIGINT);
    }
    std::process::exit(130)
}

/// An uncaught `SystemExit` ends the process quietly: with its code when
/// that is an int, 0 for none, and otherwise status 1 after printing it.
unsafe fn exit_for_system_exit(exception: InstanceRef) -> ! {
    crate::output::flush_stdout();
    let args = as_str(field_text(exception, EXCEPTION_FIELD_ARGS));
    if args.is_empty() || args == "None" {
        std::process::exit(0)
    }
    if let Ok(code) = args.parse::<i64>() {
        std::process::exit(code as i32)
    }
    let mut text = as_str(crate::instances::taipan_instance_str(exception, 1)).to_string();
    text.push('\n');
    write_stderr(text.as_bytes());
    std::process::exit(1)
}

fn traceback_text(name: &str, message: &str) -> String {
    let mut text = String::from("Traceback (most recent call last):\n");
    text.push_str(name);
    if !message.is_empty() {
        text.push_str(": ");
        text.push_str(message);
    }
    text.push('\n');
    text
}

fn report_uncaught_text(name: &str, message: &str) -> ! {
    write_stderr(traceback_text(name, message).as_bytes());
    std::process::exit(1)
}

pub fn raise(kind: ExceptionKind, message: &str) -> ! {
    raise_with_code(kind as i32, message)
}

#[no_mangle]
pub extern "C-unwind" fn taipan_raise_recursion_error() -> ! {
    raise(ExceptionKind::RecursionError, "maximum recursion depth exceeded")
}

pub fn out_of_memory() -> ! {
    write_stderr(b"Traceback (most recent call last):\nMemoryError\n");
    std::process::exit(1)
}

/// Raised where CPython would give an exact big integer and Taipan's 64-bit
/// ints cannot: an honest error instead of a wrong number.
pub fn integer_overflow() -> ! {
    raise(
        ExceptionKind::OverflowError,
        "integer result does not fit in 64 bits (arbitrary-precision int is not supported yet)",
    )
}

/// The personality routine of every generated function with landing pads.
///
/// Generated code gives every landing pad the same meaning: "this frame
/// wants the exception" (an `except` clause or a `finally` body), so a
/// call site with a landing pad is a handler in the search phase and the
/// place to resume in the cleanup phase. Only the call-site table of the
/// LSDA is read; the action and type tables are not used. Exceptions that
/// are not Taipan's (a Rust panic inside the runtime) and forced unwinds
/// pass through untouched.
#[no_mangle]
pub unsafe extern "C" fn taipan_personality(
    version: c_int,
    actions: c_int,
    exception_class: u64,
    header: *mut UnwindHeader,
    context: *mut UnwindContext,
) -> UnwindReasonCode {
    if version != 1 {
        return URC_FATAL_PHASE1_ERROR;
    }
    if exception_class != TAIPAN_EXCEPTION_CLASS || actions & UA_FORCE_UNWIND != 0 {
        return URC_CONTINUE_UNWIND;
    }
    let landing_pad = match find_landing_pad(context) {
        Some(landing_pad) => landing_pad,
        None => return URC_CONTINUE_UNWIND,
    };
    if actions & UA_SEARCH_PHASE != 0 {
        return URC_HANDLER_FOUND;
    }
    _Unwind_SetGR(context, EXCEPTION_POINTER_REGISTER, header as usize);
    _Unwind_SetGR(context, SELECTOR_REGISTER, 0);
    _Unwind_SetIP(context, landing_pad);
    URC_INSTALL_CONTEXT
}

/// The landing pad of the call site the frame of `context` is stopped at,
/// from the call-site table of the function's LSDA (the format LLVM emits
/// for `.gcc_except_table`).
unsafe fn find_landing_pad(context: *mut UnwindContext) -> Option<usize> {
    let lsda = _Unwind_GetLanguageSpecificData(context);
    if lsda.is_null() {
        return None;
    }
    let mut ip_before_instruction: c_int = 0;
    let mut ip = _Unwind_GetIPInfo(context, &mut ip_before_instruction);
    if ip_before_instruction == 0 {
        // The return address: the call itself is the byte before.
        ip -= 1;
    }
    let function_start = _Unwind_GetRegionStart(context);
    let mut reader = LsdaReader { at: lsda };
    let landing_pad_base_encoding = reader.byte();
    let landing_pad_base =
        if landing_pad_base_encoding == DW_EH_PE_OMIT { function_start } else { reader.encoded(landing_pad_base_encoding)? };
    let type_table_encoding = reader.byte();
    if type_table_encoding != DW_EH_PE_OMIT {
        reader.uleb128();
    }
    let call_site_encoding = reader.byte();
    let table_length = reader.uleb128();
    let table_end = reader.at.add(table_length);
    while reader.at < table_end {
        let start = reader.encoded(call_site_encoding)?;
        let length = reader.encoded(call_site_encoding)?;
        let landing_pad = reader.encoded(call_site_encoding)?;
        reader.uleb128();
        let call_site_start = function_start + start;
        if ip < call_site_start {
            // The table is sorted by address.
            return None;
        }
        if ip < call_site_start + length {
            return if landing_pad == 0 { None } else { Some(landing_pad_base + landing_pad) };
        }
    }
    None
}

const DW_EH_PE_OMIT: u8 = 0xff;

struct LsdaReader {
    at: *const u8,
}

impl LsdaReader {
    unsafe fn byte(&mut self) -> u8 {
        let value = *self.at;
        self.at = self.at.add(1);
        value
    }

    unsafe fn uleb128(&mut self) -> usize {
        let mut result = 0usize;
        let mut shift = 0;
        loop {
            let byte = self.byte();
            if shift < usize::BITS {
                result |= ((byte & 0x7f) as usize) << shift;
            }
            shift += 7;
            if byte & 0x80 == 0 {
                return result;
            }
        }
    }

    unsafe fn sleb128(&mut self) -> isize {
        let mut result = 0isize;
        let mut shift = 0;
        loop {
            let byte = self.byte();
            if shift < isize::BITS {
                result |= ((byte & 0x7f) as isize) << shift;
            }
            shift += 7;
            if byte & 0x80 == 0 {
                if shift < isize::BITS && byte & 0x40 != 0 {
                    result |= -1isize << shift;
                }
                return result;
            }
        }
    }

    unsafe fn fixed<T: Copy>(&mut self) -> T {
        let value = std::ptr::read_unaligned(self.at as *const T);
        self.at = self.at.add(std::mem::size_of::<T>());
        value
    }

    /// A pointer-encoded value (`DW_EH_PE_*`): the low nibble is the format,
    /// the high one how it applies. Only absolute and pc-relative values
    /// occur in LLVM's tables; anything else is refused.
    unsafe fn encoded(&mut self, encoding: u8) -> Option<usize> {
        let field_address = self.at as usize;
        let value = match encoding & 0x0f {
            0x00 => self.fixed::<usize>(),
            0x01 => self.uleb128(),
            0x02 => self.fixed::<u16>() as usize,
            0x03 => self.fixed::<u32>() as usize,
            0x04 => self.fixed::<u64>() as usize,
            0x09 => self.sleb128() as usize,
            0x0a => self.fixed::<i16>() as isize as usize,
            0x0b => self.fixed::<i32>() as isize as usize,
            0x0c => self.fixed::<i64>() as isize as usize,
            _ => return None,
        };
        match encoding & 0x70 {
            0x00 => Some(value),
            0x10 => Some(field_address.wrapping_add(value)),
            _ => None,
        }
    }
}
