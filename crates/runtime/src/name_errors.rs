//! `NameError` messages as CPython 3.11 prints them, with the "Did you mean"
//! suggestion of `Python/suggestions.c`: the closest name by a Levenshtein
//! distance in which moving a character costs 2 and flipping its case 1,
//! looked for first among the frame's local variable names, then in the
//! module's globals (in binding order, only those bound now), then among the
//! builtins.

use crate::exceptions::raise;
use crate::strings::as_str;
use taipan_abi::{ExceptionKind, GlobalNameEntry, StrRef};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The names of `__main__`'s globals dict before any code runs.
const MODULE_DUNDERS: &[&str] = &[
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__", "__file__", "__cached__",
];

/// `builtins.__dict__` of CPython 3.11, in order.
const BUILTIN_NAMES: &[&str] = &[
    "__name__",
    "__doc__",
    "__package__",
    "__loader__",
    "__spec__",
    "__build_class__",
    "__import__",
    "abs",
    "all",
    "any",
    "ascii",
    "bin",
    "breakpoint",
    "callable",
    "chr",
    "compile",
    "delattr",
    "dir",
    "divmod",
    "eval",
    "exec",
    "format",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "isinstance",
    "issubclass",
    "iter",
    "aiter",
    "len",
    "locals",
    "max",
    "min",
    "next",
    "anext",
    "oct",
    "ord",
    "pow",
    "print",
    "repr",
    "round",
    "setattr",
    "sorted",
    "sum",
    "vars",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
    "bool",
    "memoryview",
    "bytearray",
    "bytes",
    "classmethod",
    "complex",
    "dict",
    "enumerate",
    "filter",
    "float",
    "frozenset",
    "property",
    "int",
    "list",
    "map",
    "object",
    "range",
    "reversed",
    "set",
    "slice",
    "staticmethod",
    "str",
    "super",
    "tuple",
    "type",
    "zip",
    "__debug__",
    "BaseException",
    "BaseExceptionGroup",
    "Exception",
    "GeneratorExit",
    "KeyboardInterrupt",
    "SystemExit",
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BufferError",
    "EOFError",
    "ImportError",
    "LookupError",
    "MemoryError",
    "NameError",
    "OSError",
    "ReferenceError",
    "RuntimeError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SystemError",
    "TypeError",
    "ValueError",
    "Warning",
    "FloatingPointError",
    "OverflowError",
    "ZeroDivisionError",
    "BytesWarning",
    "DeprecationWarning",
    "EncodingWarning",
    "FutureWarning",
    "ImportWarning",
    "PendingDeprecationWarning",
    "ResourceWarning",
    "RuntimeWarning",
    "SyntaxWarning",
    "UnicodeWarning",
    "UserWarning",
    "BlockingIOError",
    "ChildProcessError",
    "ConnectionError",
    "FileExistsError",
    "FileNotFoundError",
    "InterruptedError",
    "IsADirectoryError",
    "NotADirectoryError",
    "PermissionError",
    "ProcessLookupError",
    "TimeoutError",
    "IndentationError",
    "IndexError",
    "KeyError",
    "ModuleNotFoundError",
    "NotImplementedError",
    "RecursionError",
    "UnboundLocalError",
    "UnicodeError",
    "BrokenPipeError",
    "ConnectionAbortedError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "TabError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeTranslateError",
    "ExceptionGroup",
    "EnvironmentError",
    "IOError",
    "open",
    "quit",
    "exit",
    "copyright",
    "credits",
    "license",
    "help",
];

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn levenshtein_distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &a_char) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, a_char);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

fn calculate_suggestion<'a>(candidates: &[&'a str], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&str> = None;
    let mut best_distance = usize::MAX;
    for &candidate in candidates {
        if candidate == name {
            continue;
        }
        let max_distance = ((name.len() + candidate.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let distance = levenshtein_distance(name.as_bytes(), candidate.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none() || distance < best_distance {
            best = Some(candidate);
            best_distance = distance;
        }
    }
    best
}

/// The suggestion CPython would print for an undefined `name`.
pub fn suggestion<'a>(name: &str, local_names: &[&'a str], global_names: &[&'a str]) -> Option<&'a str> {
    calculate_suggestion(local_names, name)
        .or_else(|| calculate_suggestion(global_names, name))
        .or_else(|| calculate_suggestion(BUILTIN_NAMES, name))
}

/// Raises `NameError` for `name`. `local_names` holds the frame's local
/// variable names separated by spaces (null at module level); `globals` lists
/// the module's globals with their bound flags.
#[no_mangle]
pub unsafe extern "C-unwind" fn taipan_raise_name_error(name: StrRef, local_names: StrRef, globals: *const GlobalNameEntry, global_count: i64) -> ! {
    let name = as_str(name);
    let locals: Vec<&str> = if local_names.is_null() { Vec::new() } else { as_str(local_names).split(' ').filter(|n| !n.is_empty()).collect() };
    let mut global_names: Vec<&str> = MODULE_DUNDERS.to_vec();
    if !globals.is_null() {
        for entry in std::slice::from_raw_parts(globals, global_count as usize) {
            if *entry.bound != 0 {
                global_names.push(as_str(entry.name));
            }
        }
    }
    let mut message = format!("name '{name}' is not defined");
    if let Some(suggested) = suggestion(name, &locals, &global_names) {
        message.push_str(&format!(". Did you mean: '{suggested}'?"));
    }
    raise(ExceptionKind::NameError, &message)
}

#[cfg(test)]
mod tests {
    use super::suggestion;

    #[test]
    fn suggestions_match_cpython() {
        assert_eq!(suggestion("ix", &["idx"], &[]), Some("idx"));
        assert_eq!(suggestion("cnt", &[], &["count"]), Some("int"));
        assert_eq!(suggestion("lenn", &[], &[]), Some("len"));
        assert_eq!(suggestion("Print", &[], &[]), Some("print"));
        assert_eq!(suggestion("i", &[], &[]), Some("id"));
        assert_eq!(suggestion("y", &[], &["x"]), None);
        assert_eq!(suggestion("totl", &[], &["total"]), Some("total"));
    }
}
