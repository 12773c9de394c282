//! taipan-abi: the one definition of the interface between generated code and
//! the runtime library.
//!
//! Two things live here and nowhere else:
//!
//! * the layouts of runtime objects that generated code touches directly
//!   (`StrObject`), as `#[repr(C)]` Rust structs the runtime uses as they are,
//!   plus a field-by-field description codegen turns into LLVM struct types;
//! * the list of runtime functions with their signatures,
//!   `for_each_runtime_function!`. Codegen declares exactly these functions; the
//!   runtime checks at compile time that it defines each of them with exactly
//!   this signature (see `taipan_runtime::abi_check`), and codegen's tests check
//!   that LLVM's layout of each object equals Rust's.
//!
//! This crate depends on nothing and knows nothing of LLVM or Python syntax.

/// The first word of every heap object generated code can see.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct ObjectHeader {
    /// One of `type_tag::*`.
    pub type_tag: u32,
    /// Type-specific bits, e.g. `str_flags::ASCII`.
    pub flags: u32,
}

pub mod type_tag {
    pub const STR: u32 = 1;
    pub const LIST: u32 = 2;
    pub const DICT: u32 = 3;
    pub const SET: u32 = 4;
    pub const FROZENSET: u32 = 5;
    pub const INSTANCE: u32 = 6;
}

pub mod str_flags {
    /// Every code point is below 128, so byte offsets are character offsets.
    pub const ASCII: u32 = 1;
    /// The object is a compile-time constant in the executable's read-only data.
    pub const STATIC: u32 = 2;
    /// `data` points into a growable buffer (the runtime's `StrBuffer`) that
    /// concatenation may extend in place; see `taipan_str_concat`.
    pub const GROWABLE: u32 = 4;
    /// The object is a `ScratchStr` in a stack frame, reused for each value
    /// of one local that no other object may keep (see codegen's `scratch`
    /// module); anything that would keep it (a dict inserting it as a key)
    /// keeps a heap copy instead.
    pub const SCRATCH: u32 = 8;
}

/// An immutable Python `str`: UTF-8 bytes plus the length in code points.
///
/// `data` points at `byte_length` bytes of UTF-8 (not NUL-terminated). For
/// strings the runtime makes, the bytes follow the object in the same
/// garbage-collected block; for literals, codegen emits the object and its bytes
/// as constants.
#[repr(C)]
#[derive(Debug)]
pub struct StrObject {
    pub header: ObjectHeader,
    pub byte_length: i64,
    pub char_length: i64,
    pub data: *const u8,
    /// `hash(s)` once computed, `STR_HASH_UNKNOWN` before (strs are
    /// immutable, so dicts and sets hash each str once, as CPython does).
    /// Literals carry theirs from compile time.
    pub hash: i64,
}

/// `StrObject::hash` of a str whose hash has not been computed yet.
/// `str_hash` never returns it.
pub const STR_HASH_UNKNOWN: i64 = -1;

/// The hash of a str's UTF-8 bytes (word-at-a-time multiply-rotate with
/// Murmur3's finaliser). CPython randomises str hashes per process, so no
/// program can depend on the values; the runtime and codegen (for literals)
/// must agree, hence it lives here.
pub const fn str_hash(bytes: &[u8]) -> i64 {
    // Eight bytes at a time (little-endian words, zero-padded at the end): a
    // multiply per word instead of per byte, which matters for the short
    // keys dicts are made of. This `const fn` hashes literals at compile
    // time; `str_hash_at_run_time` computes the same value with word loads.
    let length = bytes.len();
    let mut hash = start_str_hash(length);
    let mut index = 0;
    while index < length {
        let mut word: u64 = 0;
        let mut offset = 0;
        while offset < 8 && index + offset < length {
            word |= (bytes[index + offset] as u64) << (8 * offset);
            offset += 1;
        }
        hash = mix_str_hash_word(hash, word);
        index += 8;
    }
    finish_str_hash(hash)
}

const STR_HASH_MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;

/// The state of a str's hash before its first word: `str_hash` is
/// `finish_str_hash` of `mix_str_hash_word` of each eight-byte word in
/// turn (the last zero-padded), so code that reads a str's words anyway can
/// hash it on the way.
#[inline]
pub const fn start_str_hash(length: usize) -> u64 {
    (length as u64).wrapping_mul(STR_HASH_MULTIPLIER)
}

/// One eight-byte word of a str into its hash.
#[inline]
pub const fn mix_str_hash_word(hash: u64, word: u64) -> u64 {
    (hash ^ word).wrapping_mul(STR_HASH_MULTIPLIER).rotate_left(31)
}

/// Murmur3's 64-bit finaliser (every input bit reaches every output bit),
/// keeping clear of `STR_HASH_UNKNOWN`.
pub const fn finish_str_hash(mut hash: u64) -> i64 {
    hash ^= hash >> 33;
    hash = hash.wrapping_mul(0xff51_afd7_ed55_8ccd);
    hash ^= hash >> 33;
    hash = hash.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    hash ^= hash >> 33;
    let hash = hash as i64;
    if hash == STR_HASH_UNKNOWN {
        -2
    } else {
        hash
    }
}

/// `str_hash` for run time: the same value, with the words read by
/// unaligned loads rather than assembled byte by byte (which a `const fn`
/// must do).
#[inline]
pub fn str_hash_at_run_time(bytes: &[u8]) -> i64 {
    let length = bytes.len();
    let mut hash = start_str_hash(length);
    let mut index = 0;
    while index + 8 <= length {
        // SAFETY: the eight bytes from `index` lie within `bytes`.
        let word = unsafe { std::ptr::read_unaligned(bytes.as_ptr().add(index) as *const u64) };
        hash = mix_str_hash_word(hash, u64::from_le(word));
        index += 8;
    }
    if index < length {
        hash = mix_str_hash_word(hash, padded_word(&bytes[index..]));
    }
    finish_str_hash(hash)
}

/// Up to eight bytes as a little-endian word, zero above the last byte:
/// from two reads that overlap in the middle (the overlapping bytes are the
/// same bytes), never reading outside `bytes`. The str hash and the
/// runtime's word-at-a-time str routines read short strs this way.
#[inline]
pub fn padded_word(bytes: &[u8]) -> u64 {
    let length = bytes.len();
    debug_assert!(length <= 8);
    let pointer = bytes.as_ptr();
    // SAFETY: every read lies within the `length` bytes at `pointer`.
    unsafe {
        if length >= 4 {
            let low = u32::from_le(std::ptr::read_unaligned(pointer as *const u32)) as u64;
            let high = u32::from_le(std::ptr::read_unaligned(pointer.add(length - 4) as *const u32)) as u64;
            low | (high << (8 * (length - 4)))
        } else if length > 0 {
            (*pointer as u64) | ((*pointer.add(length / 2) as u64) << (8 * (length / 2))) | ((*pointer.add(length - 1) as u64) << (8 * (length - 1)))
        } else {
            0
        }
    }
}

/// One module global as `NameError` suggestions see it: its name and a
/// pointer to its "has been bound" flag (a byte, 0 or 1). Codegen emits a
/// constant array of these per module, in the order globals are first bound.
#[repr(C)]
#[derive(Debug)]
pub struct GlobalNameEntry {
    pub name: StrRef,
    pub bound: *const u8,
}

/// `GlobalNameEntry`'s fields, in order, as codegen builds its LLVM type.
pub const GLOBAL_NAME_ENTRY_FIELDS: &[FieldLayout] = &[
    FieldLayout { name: "name", abi: AbiType::Ptr },
    FieldLayout { name: "bound", abi: AbiType::Ptr },
];

/// Rust's offsets of `GlobalNameEntry`'s fields, to compare with LLVM's.
pub fn global_name_entry_offsets() -> Vec<usize> {
    vec![std::mem::offset_of!(GlobalNameEntry, name), std::mem::offset_of!(GlobalNameEntry, bound)]
}

/// One instance attribute of an extension module's class, as CPython sees
/// it (`taipan ext`): the attribute's name, the field slot that holds it in
/// the family's layout, and the descriptor of its type. Instance
/// descriptors in it (at any depth) name the class they accept (see
/// `descriptor_kind::INSTANCE`), so that a value CPython assigns is checked
/// before it is stored. Codegen emits a constant array per class.
#[repr(C)]
#[derive(Debug)]
pub struct ExtensionField {
    pub name: StrRef,
    pub index: i64,
    pub descriptor: *const TypeDescriptor,
}

/// `ExtensionField`'s fields, in order, as codegen builds its LLVM type.
pub const EXTENSION_FIELD_FIELDS: &[FieldLayout] = &[
    FieldLayout { name: "name", abi: AbiType::Ptr },
    FieldLayout { name: "index", abi: AbiType::I64 },
    FieldLayout { name: "descriptor", abi: AbiType::Ptr },
];

/// Rust's offsets of `ExtensionField`'s fields, to compare with LLVM's.
pub fn extension_field_offsets() -> Vec<usize> {
    vec![std::mem::offset_of!(ExtensionField, name), std::mem::offset_of!(ExtensionField, index), std::mem::offset_of!(ExtensionField, descriptor)]
}

/// What `taipan_vm_class_add` makes of a callable in a class's namespace:
/// the method kinds of the class body.
pub mod class_member_kind {
    /// A plain method, bound to the instance it is read from.
    pub const METHOD: i64 = 0;
    /// `@staticmethod`.
    pub const STATIC: i64 = 1;
    /// `@property` (the getter; a setter joins it with `PROPERTY_SETTER`).
    pub const PROPERTY: i64 = 2;
    pub const PROPERTY_SETTER: i64 = 3;
    /// `@classmethod`: CPython passes the class (a compiled class's type).
    pub const CLASS_METHOD: i64 = 4;
}

/// `taipan_vm_extension_class`'s flags.
pub mod extension_class_flags {
    /// A `@dataclass(frozen=True)`: assigning a field from CPython raises
    /// `dataclasses.FrozenInstanceError`.
    pub const FROZEN: i64 = 1;
}

/// Where a left-to-right `str.split` stands, for `for field in
/// text.split(...)` without a list: generated code keeps one in a stack slot
/// and `taipan_str_split_next` advances it.
#[repr(C)]
#[derive(Debug)]
pub struct SplitCursor {
    /// The byte offset the next field starts at, or `SPLIT_FINISHED`.
    pub position: i64,
    /// The splits still allowed; negative: no limit (CPython's `maxsplit`).
    pub splits_left: i64,
    /// Where to build each field that fits instead of allocating it, or null:
    /// the loop's target owns this buffer, and its previous field is dead
    /// once the next is asked for.
    pub scratch: *mut ScratchStr,
}

/// The bytes a `ScratchStr` holds; longer strs are allocated as usual.
pub const SCRATCH_STR_CAPACITY: usize = 48;

/// A str object with room for `SCRATCH_STR_CAPACITY` bytes after it, in a
/// stack slot of generated code: the str of a local whose values never
/// outlive the next binding of the local. Its header carries
/// `str_flags::SCRATCH`.
#[repr(C)]
#[derive(Debug)]
pub struct ScratchStr {
    pub object: StrObject,
    pub bytes: [u8; SCRATCH_STR_CAPACITY],
}

/// `SplitCursor::position` once the last field has been produced.
pub const SPLIT_FINISHED: i64 = -1;

/// `SplitCursor`'s fields, in order, as codegen builds its LLVM type.
pub const SPLIT_CURSOR_FIELDS: &[FieldLayout] = &[
    FieldLayout { name: "position", abi: AbiType::I64 },
    FieldLayout { name: "splits_left", abi: AbiType::I64 },
    FieldLayout { name: "scratch", abi: AbiType::Ptr },
];

/// Rust's offsets of `SplitCursor`'s fields, to compare with LLVM's.
pub fn split_cursor_offsets() -> Vec<usize> {
    vec![std::mem::offset_of!(SplitCursor, position), std::mem::offset_of!(SplitCursor, splits_left), std::mem::offset_of!(SplitCursor, scratch)]
}

/// Types that cross the boundary, as codegen declares them in LLVM.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbiType {
    Void,
    /// A byte used as a boolean (0 or 1), or a small flag.
    I8,
    I32,
    I64,
    F64,
    /// Any pointer (LLVM 16 pointers are opaque).
    Ptr,
}

/// Maps the Rust types used in `for_each_runtime_function!` to `AbiType`.
pub trait AbiTyped {
    const ABI: AbiType;
}

impl AbiTyped for () {
    const ABI: AbiType = AbiType::Void;
}
impl AbiTyped for u8 {
    const ABI: AbiType = AbiType::I8;
}
impl AbiTyped for i32 {
    const ABI: AbiType = AbiType::I32;
}
impl AbiTyped for u32 {
    const ABI: AbiType = AbiType::I32;
}
impl AbiTyped for i64 {
    const ABI: AbiType = AbiType::I64;
}
impl AbiTyped for u64 {
    const ABI: AbiType = AbiType::I64;
}
impl AbiTyped for f64 {
    const ABI: AbiType = AbiType::F64;
}
impl<T> AbiTyped for *const T {
    const ABI: AbiType = AbiType::Ptr;
}
impl<T> AbiTyped for *mut T {
    const ABI: AbiType = AbiType::Ptr;
}

/// A reference to a str object, as passed across the boundary.
pub type StrRef = *const StrObject;

/// One field of an object layout, flattened (nested structs expanded).
#[derive(Clone, Copy, Debug)]
pub struct FieldLayout {
    pub name: &'static str,
    pub abi: AbiType,
}

/// `StrObject`'s fields, in order, as codegen builds its LLVM struct type.
pub const STR_OBJECT_FIELDS: &[FieldLayout] = &[
    FieldLayout { name: "header.type_tag", abi: AbiType::I32 },
    FieldLayout { name: "header.flags", abi: AbiType::I32 },
    FieldLayout { name: "byte_length", abi: AbiType::I64 },
    FieldLayout { name: "char_length", abi: AbiType::I64 },
    FieldLayout { name: "data", abi: AbiType::Ptr },
    FieldLayout { name: "hash", abi: AbiType::I64 },
];

/// Rust's offsets of `StrObject`'s flattened fields, to compare with LLVM's.
pub fn str_object_offsets() -> Vec<usize> {
    let header = std::mem::offset_of!(StrObject, header);
    vec![
        header + std::mem::offset_of!(ObjectHeader, type_tag),
        header + std::mem::offset_of!(ObjectHeader, flags),
        std::mem::offset_of!(StrObject, byte_length),
        std::mem::offset_of!(StrObject, char_length),
        std::mem::offset_of!(StrObject, data),
        std::mem::offset_of!(StrObject, hash),
    ]
}

/// Index of `header.flags` in `STR_OBJECT_FIELDS` (`str_flags`).
pub const STR_FIELD_FLAGS: u32 = 1;

/// Index of `data` in `STR_OBJECT_FIELDS`.
pub const STR_FIELD_DATA: u32 = 4;

/// Index of `char_length` in `STR_OBJECT_FIELDS`, for codegen's `len()`.
pub const STR_FIELD_CHAR_LENGTH: u32 = 3;
/// Index of `byte_length` in `STR_OBJECT_FIELDS`.
pub const STR_FIELD_BYTE_LENGTH: u32 = 2;

/// What the runtime knows of a statically typed value it is handed as a
/// 64-bit slot: codegen emits one constant descriptor per type used in a
/// container (or passed to a generic operation) and the runtime's generic
/// `repr`/`==`/ordering/`hash` walk it.
///
/// Slot encodings, by `kind`:
/// * `INT`: the i64; `FLOAT`: the f64's bits; `BOOL`: 0 or 1; `NONE`: 0;
/// * `STR`: a `StrObject` pointer;
/// * `TUPLE`: a pointer to a collector block of `count` slots, one per member
///   (member `i`'s descriptor is `children[i]`);
/// * `VARTUPLE`: a `ListObject` pointer (immutable by convention);
/// * `LIST`, `DICT`, `SET`, `FROZENSET`: the object pointer (`children` holds
///   the element descriptor, or key then value for a dict).
#[repr(C)]
#[derive(Debug)]
pub struct TypeDescriptor {
    pub kind: u32,
    pub count: u32,
    pub children: *const *const TypeDescriptor,
}

// Descriptors are immutable constants shared between threads of no one.
unsafe impl Sync for TypeDescriptor {}

/// The byte an extension module's loops poll (a volatile load at the top of
/// each loop body): set by the SIGINT handler the VM installs in a host
/// interpreter, cleared by `taipan_vm_check_interrupt`, which lets CPython
/// run its handler (KeyboardInterrupt).
pub const INTERRUPT_FLAG_SYMBOL: &str = "taipan_interrupt_pending";

pub mod descriptor_kind {
    pub const INT: u32 = 1;
    pub const FLOAT: u32 = 2;
    pub const BOOL: u32 = 3;
    pub const NONE: u32 = 4;
    pub const STR: u32 = 5;
    pub const TUPLE: u32 = 6;
    pub const LIST: u32 = 7;
    pub const DICT: u32 = 8;
    pub const SET: u32 = 9;
    pub const FROZENSET: u32 = 10;
    /// A tuple whose length is known only at run time (`tuple(iterable)`):
    /// the slot is a `ListObject` nobody mutates, `children[0]` its element.
    pub const VARTUPLE: u32 = 11;
    /// An instance of a class of the program: an `InstanceObject` pointer,
    /// or null for None (an attribute or element that may also be None).
    /// Every instance type shares one descriptor (the object names its
    /// class), except where an extension module converts CPython's objects
    /// into instances: there `count` is 0 and `children` points to two
    /// words, the `ClassDescriptor` accepted (its subclasses too) and a
    /// non-null word when None is accepted (`expected_instance_class`).
    pub const INSTANCE: u32 = 12;
    /// A class as a value: a `ClassDescriptor` pointer. Where an extension
    /// module converts CPython's objects into classes (a class method's
    /// `cls`), `count` is 0 and `children` points to two words as for
    /// `INSTANCE`: the class accepted (its subclasses too) and null.
    pub const CLASS: u32 = 13;
    /// A generator: its coroutine frame (see `GeneratorPromise`).
    pub const GENERATOR: u32 = 14;
    /// A value of the dynamic tier (a union type): a `DynamicBox` pointer,
    /// whose own descriptor says what it holds.
    pub const DYNAMIC: u32 = 15;
    /// An object of the embedded CPython (tier 3): a `ForeignRef`. Only a
    /// program that links taipan-vm has such values; the runtime's generic
    /// operations reach them through `taipan-vm`'s hooks.
    pub const FOREIGN: u32 = 16;
    /// A `range` (only where it crosses into CPython): a block of three
    /// slots, start, stop and step.
    pub const RANGE: u32 = 17;
    /// A method bound to an instance of the program's classes (`obj.method`
    /// as a value, `getattr(obj, name)`): the slot is the receiver's
    /// `InstanceObject` pointer. `count` is 0 and `children` points to one
    /// `StrRef`, the method's name (not a descriptor), so that two methods
    /// of one receiver are told apart (`bound_method_name`).
    pub const BOUND_METHOD: u32 = 18;
}

/// The class an extension module's instance descriptor accepts, and
/// whether it accepts None; None for the shared instance descriptor.
///
/// # Safety
/// `descriptor` must be an `INSTANCE` descriptor emitted by codegen.
pub unsafe fn expected_instance_class(descriptor: DescriptorRef) -> Option<(ClassRef, bool)> {
    let words = (*descriptor).children as *const *const u8;
    if words.is_null() {
        return None;
    }
    Some((*words as ClassRef, !(*words.add(1)).is_null()))
}

/// The name of the method a `BOUND_METHOD` descriptor describes.
///
/// # Safety
/// `descriptor` must be a `BOUND_METHOD` descriptor emitted by codegen.
pub unsafe fn bound_method_name(descriptor: DescriptorRef) -> StrRef {
    *((*descriptor).children as *const StrRef)
}

/// A value of the dynamic tier: where inference finds that a variable,
/// return value or container element can hold values of several types, the
/// value is a pointer to one of these, pairing the static type of what it
/// holds (a descriptor) with the slot that type would use. Any value with a
/// descriptor can be boxed; the runtime's generic operations (`repr`, `==`,
/// ordering, `hash`) already work on a (slot, descriptor) pair, so boxes
/// need no further machinery. None, True and False are static boxes; the
/// descriptor of a box never has kind `DYNAMIC`.
#[repr(C)]
#[derive(Debug)]
pub struct DynamicBox {
    pub descriptor: *const TypeDescriptor,
    pub slot: u64,
}

pub type DynamicRef = *mut DynamicBox;

pub const DYNAMIC_BOX_FIELDS: &[FieldLayout] = &[
    FieldLayout { name: "descriptor", abi: AbiType::Ptr },
    FieldLayout { name: "slot", abi: AbiType::I64 },
];

pub fn dynamic_box_offsets() -> Vec<usize> {
    vec![std::mem::offset_of!(DynamicBox, descriptor), std::mem::offset_of!(DynamicBox, slot)]
}

pub const DYNAMIC_BOX_FIELD_DESCRIPTOR: u32 = 0;
pub const DYNAMIC_BOX_FIELD_SLOT: u32 = 1;

/// Operators of `taipan_dynamic_binary`.
pub mod dynamic_op {
    pub const ADD: i32 = 0;
    pub const SUBTRACT: i32 = 1;
    pub const MULTIPLY: i32 = 2;
    pub const TRUE_DIVIDE: i32 = 3;
    pub const FLOOR_DIVIDE: i32 = 4;
    pub const MODULO: i32 = 5;
    pub const POWER: i32 = 6;
    pub const BIT_AND: i32 = 7;
    pub const BIT_OR: i32 = 8;
    pub const BIT_XOR: i32 = 9;
    pub const LEFT_SHIFT: i32 = 10;
    pub const RIGHT_SHIFT: i32 = 11;
    /// Unary `+` and `~` (`taipan_dynamic_unary`).
    pub const UNARY_PLUS: i32 = 20;
    pub const UNARY_INVERT: i32 = 21;
    /// Or'ed into the operation of an augmented assignment (`x += y`): the
    /// same arithmetic, with CPython's messages for `+=`.
    pub const IN_PLACE: i32 = 0x100;
}

/// The fixed beginning of a generator's *promise*, the record through which
/// a generator and the code iterating it talk. A generator is an LLVM
/// coroutine (switched-resume lowering): its value is the coroutine frame,
/// which begins with the resume and destroy function pointers, then the
/// promise at `GENERATOR_PROMISE_OFFSET`. After these fields codegen places
/// the value last yielded and the value returned, typed per generator.
#[repr(C)]
#[derive(Debug)]
pub struct GeneratorPromise {
    /// The frame depth the generator's body runs at, written by whoever
    /// resumes it (its body's callees run one deeper).
    pub depth: i64,
    /// Nonzero once the generator has returned or raised: it must not be
    /// resumed again, and iterating it gives nothing more.
    pub finished: i64,
    /// The generator function's `__qualname__`, for the repr.
    pub qualified_name: StrRef,
}

/// Where the promise lies in a generator's coroutine frame: after the
/// resume and destroy function pointers (LLVM's layout for a promise of
/// alignment 8, which `llvm.coro.promise` also computes).
pub const GENERATOR_PROMISE_OFFSET: u64 = 16;

pub const GENERATOR_PROMISE_FIELDS: &[FieldLayout] = &[
    FieldLayout { name: "depth", abi: AbiType::I64 },
    FieldLayout { name: "finished", abi: AbiType::I64 },
    FieldLayout { name: "qualified_name", abi: AbiType::Ptr },
];

pub fn generator_promise_offsets() -> Vec<usize> {
    vec![
        std::mem::offset_of!(GeneratorPromise, depth),
        std::mem::offset_of!(GeneratorPromise, finished),
        std::mem::offset_of!(GeneratorPromise, qualified_name),
    ]
}

pub const GENERATOR_PROMISE_FIELD_DEPTH: u32 = 0;
pub const GENERATOR_PROMISE_FIELD_FINISHED: u32 = 1;
pub const GENERATOR_PROMISE_FIELD_NAME: u32 = 2;
/// The first field after the fixed ones: the value last yielded.
pub const GENERATOR_PROMISE_FIELD_YIELDED: u32 = 3;
/// The value the generator returned (what `yield from` gives).
pub const GENERATOR_PROMISE_FIELD_RETURNED: u32 = 4;

/// A special method of a class as the runtime calls it: the frame depth
/// of the caller's callee (generated functions count frames, see codegen's
/// recursion check), then the instance.
pub type InstanceMethod = unsafe extern "C-unwind" fn(depth: i64, instance: *mut InstanceObject) -> StrRef;

/// A rich comparison method (`__eq__`, `__lt__`, ...) as the runtime calls
/// it: codegen emits a thunk that calls the class's method with `other` and
/// returns the truth of its result (0 or 1).
pub type CompareMethod = unsafe extern "C-unwind" fn(depth: i64, instance: *mut InstanceObject, other: *mut InstanceObject) -> u8;

/// `__bool__` (or `__len__`) as the runtime calls it for the truth of an
/// instance: 0 or 1.
pub type TruthMethod = unsafe extern "C-unwind" fn(depth: i64, instance: *mut InstanceObject) -> u8;

/// `__hash__` as the runtime calls it: the method's int result.
pub type HashMethod = unsafe extern "C-unwind" fn(depth: i64, instance: *mut InstanceObject) -> i64;

/// A class's six rich comparisons, in `compare_method` order (each a field
/// of its own in the descriptor's LLVM type).
pub type CompareMethods = [Option<CompareMethod>; 6];

/// Indices into `ClassDescriptor::compare`: the runtime picks the forward
/// or reflected method by these.
pub mod compare_method {
    pub const EQ: usize = 0;
    pub const NE: usize = 1;
    pub const LT: usize = 2;
    pub const LE: usize = 3;
    pub const GT: usize = 4;
    pub const GE: usize = 5;
    /// The special method names, by index.
    pub const NAMES: [&str; 6] = ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];
}

/// A class of the program as a constant codegen emits: what the runtime
/// needs to print an instance and to name its class in error messages.
#[repr(C)]
#[derive(Debug)]
pub struct ClassDescriptor {
    /// `module.Name`, as the default `repr` shows it.
    pub qualified_name: StrRef,
    /// `Name`, as error messages show it.
    pub name: StrRef,
    /// The class's index in the program (`ClassId`).
    pub id: u32,
    /// Instance attribute slots of the class's family (the object layout).
    pub field_count: u32,
    /// `class_flags::*`: what kind of class this is.
    pub flags: u32,
    /// `repr(instance)`: the class's `__repr__`, or null for the default.
    pub repr: Option<InstanceMethod>,
    /// `str(instance)`: the class's `__str__`, or null to use `repr`.
    pub str: Option<InstanceMethod>,
    /// The class's rich comparisons as its MRO resolves them, indexed by
    /// `compare_method::*`; null where the class has none. Containers,
    /// `sorted` and `min`/`max` call them.
    pub compare: CompareMethods,
    /// `hash(instance)`: the class's `__hash__`, or null for identity (or
    /// for an unhashable class, flag `class_flags::UNHASHABLE`).
    pub hash: Option<HashMethod>,
    /// The truth of an instance: the class's `__bool__`, else its
    /// `__len__` (non-zero), or null when every instance is true.
    pub truth: Option<TruthMethod>,
    /// `C.__qualname__`: `Outer.Name` for a class defined in a class body.
    pub qualname: StrRef,
    /// A byte per class id of the program: 1 where this class derives from
    /// that class (itself included). Comparisons give a subclass's
    /// reflected method priority, as CPython does.
    pub ancestors: *const u8,
}

unsafe impl Sync for ClassDescriptor {}

pub const CLASS_DESCRIPTOR_FIELDS: &[FieldLayout] = &[
    FieldLayout { name: "qualified_name", abi: AbiType::Ptr },
    FieldLayout { name: "name", abi: AbiType::Ptr },
    FieldLayout { name: "id", abi: AbiType::I32 },
    FieldLayout { name: "field_count", abi: AbiType::I32 },
    FieldLayout { name: "flags", abi: AbiType::I32 },
    FieldLayout { name: "repr", abi: AbiType::Ptr },
    FieldLayout { name: "str", abi: AbiType::Ptr },
    FieldLayout { name: "compare.eq", abi: AbiType::Ptr },
    FieldLayout { name: "compare.ne", abi: AbiType::Ptr },
    FieldLayout { name: "compare.lt", abi: AbiType::Ptr },
    FieldLayout { name: "compare.le", abi: AbiType::Ptr },
    FieldLayout { name: "compare.gt", abi: AbiType::Ptr },
    FieldLayout { name: "compare.ge", abi: AbiType::Ptr },
    FieldLayout { name: "hash", abi: AbiType::Ptr },
    FieldLayout { name: "truth", abi: AbiType::Ptr },
    FieldLayout { name: "qualname", abi: AbiType::Ptr },
    FieldLayout { name: "ancestors", abi: AbiType::Ptr },
];

pub fn class_descriptor_offsets() -> Vec<usize> {
    vec![
        std::mem::offset_of!(ClassDescriptor, qualified_name),
        std::mem::offset_of!(ClassDescriptor, name),
        std::mem::offset_of!(ClassDescriptor, id),
        std::mem::offset_of!(ClassDescriptor, field_count),
        std::mem::offset_of!(ClassDescriptor, flags),
        std::mem::offset_of!(ClassDescriptor, repr),
        std::mem::offset_of!(ClassDescriptor, str),
        std::mem::offset_of!(ClassDescriptor, compare),
        std::mem::offset_of!(ClassDescriptor, compare) + 8,
        std::mem::offset_of!(ClassDescriptor, compare) + 16,
        std::mem::offset_of!(ClassDescriptor, compare) + 24,
        std::mem::offset_of!(ClassDescriptor, compare) + 32,
        std::mem::offset_of!(ClassDescriptor, compare) + 40,
        std::mem::offset_of!(ClassDescriptor, hash),
        std::mem::offset_of!(ClassDescriptor, truth),
        std::mem::offset_of!(ClassDescriptor, qualname),
        std::mem::offset_of!(ClassDescriptor, ancestors),
    ]
}

/// The `name` field: the class's `__name__`.
pub const CLASS_DESCRIPTOR_FIELD_NAME: u32 = 1;
/// The last field: `__qualname__`.
pub const CLASS_DESCRIPTOR_FIELD_QUALNAME: u32 = 15;
pub const CLASS_DESCRIPTOR_FIELD_ID: u32 = 2;

/// Special methods a class defines (along its MRO) that containers' generic
/// `==`, ordering and hashing do not call yet: the runtime raises instead
/// of comparing or hashing such instances by identity.
pub mod class_flags {
    /// A subclass of `BaseException`: fields `EXCEPTION_FIELD_STR` and
    /// `EXCEPTION_FIELD_ARGS` hold what `str()` and `repr()` show by default.
    pub const EXCEPTION: u32 = 8;
    /// The class's `__hash__` is None: it defines `__eq__` without
    /// `__hash__` (or inherits that from such a class), so `hash()` of an
    /// instance raises TypeError, as in CPython.
    pub const UNHASHABLE: u32 = 16;
    /// An `Enum` class: its repr is `<enum 'Name'>`.
    pub const ENUM: u32 = 32;
}

/// Field of an exception instance holding `str(e)` as `BaseException`
/// computes it from the arguments (a str object).
pub const EXCEPTION_FIELD_STR: usize = 0;
/// Field of an exception instance holding the reprs of its arguments, joined
/// by `", "`: `repr(e)` is the class name and this text in parentheses.
pub const EXCEPTION_FIELD_ARGS: usize = 1;

/// The personality routine generated code names on functions with landing
/// pads; the unwinder calls it (it is not called by generated code, so it is
/// not in the function table).
pub const PERSONALITY_FUNCTION: &str = "taipan_personality";

/// An instance of a class of the program. `fields` (`field_count` slots,
/// in the slot encoding of `TypeDescriptor`) follow the head in the same
/// block; bit i of `assigned` says whether field i has been assigned (a
/// never-assigned attribute raises AttributeError when read). Families
/// with more than 64 attribute names are not compiled yet.
#[repr(C)]
#[derive(Debug)]
pub struct InstanceObject {
    pub header: ObjectHeader,
    pub class: *const ClassDescriptor,
    pub assigned: u64,
    pub fields: [u64; 0],
}

pub const INSTANCE_OBJECT_FIELDS: &[FieldLayout] = &[
    FieldLayout { name: "header.type_tag", abi: AbiType::I32 },
    FieldLayout { name: "header.flags", abi: AbiType::I32 },
    FieldLayout { name: "class", abi: AbiType::Ptr },
    FieldLayout { name: "assigned", abi: AbiType::I64 },
];

pub fn instance_object_offsets() -> Vec<usize> {
    let header = std::mem::offset_of!(InstanceObject, header);
    vec![
        header + std::mem::offset_of!(ObjectHeader, type_tag),
        header + std::mem::offset_of!(ObjectHeader, flags),
        std::mem::offset_of!(InstanceObject, class),
        std::mem::offset_of!(InstanceObject, assigned),
    ]
}

pub const INSTANCE_FIELD_CLASS: u32 = 2;
pub const INSTANCE_FIELD_ASSIGNED: u32 = 3;
/// Bytes before the first field slot.
pub const INSTANCE_HEAD_SIZE: usize = std::mem::size_of::<InstanceObject>();
/// The most attribute names one class family may have.
pub const MAX_INSTANCE_FIELDS: usize = 64;

pub type InstanceRef = *mut InstanceObject;
pub type ClassRef = *const ClassDescriptor;

/// `TypeDescriptor`'s fields, in order, as codegen builds its LLVM type.
pub const TYPE_DESCRIPTOR_FIELDS: &[FieldLayout] = &[
    FieldLayout { name: "kind", abi: AbiType::I32 },
    FieldLayout { name: "count", abi: AbiType::I32 },
    FieldLayout { name: "children", abi: AbiType::Ptr },
];

pub fn type_descriptor_offsets() -> Vec<usize> {
    vec![
        std::mem::offset_of!(TypeDescriptor, kind),
        std::mem::offset_of!(TypeDescriptor, count),
        std::mem::offset_of!(TypeDescriptor, children),
    ]
}

/// A Python `list`: `length` items at `items` (capacity `capacity`), each
/// encoded as `element`'s descriptor says: 64-bit slots, or one byte per
/// item for bools (`list_flags::ITEMS_BYTES`). Generated code indexes `items`
/// directly; everything that may reallocate goes through the runtime.
/// `items` is scanned by the collector only when the elements are objects
/// (header flag `LIST_ITEMS_ATOMIC` clear).
#[repr(C)]
#[derive(Debug)]
pub struct ListObject {
    pub header: ObjectHeader,
    pub length: i64,
    pub capacity: i64,
    pub items: *mut u64,
    pub element: *const TypeDescriptor,
}

pub mod list_flags {
    /// The items are ints, floats, bools or Nones: the buffer holds no pointers.
    pub const ITEMS_ATOMIC: u32 = 1;
    /// The items are bools, stored a byte each (0 or 1) instead of in 64-bit
    /// slots. Set exactly when the element descriptor's kind is BOOL, so
    /// codegen knows the width from the static type.
    pub const ITEMS_BYTES: u32 = 2;
}

/// The bytes per item of a list with header `flags`.
pub const fn list_item_size(flags: u32) -> usize {
    if flags & list_flags::ITEMS_BYTES != 0 {
        1
    } else {
        8
    }
}

pub const LIST_OBJECT_FIELDS: &[FieldLayout] = &[
    FieldLayout { name: "header.type_tag", abi: AbiType::I32 },
    FieldLayout { name: "header.flags", abi: AbiType::I32 },
    FieldLayout { name: "length", abi: AbiType::I64 },
    FieldLayout { name: "capacity", abi: AbiType::I64 },
    FieldLayout { name: "items", abi: AbiType::Ptr },
    FieldLayout { name: "element", abi: AbiType::Ptr },
];

pub fn list_object_offsets() -> Vec<usize> {
    let header = std::mem::offset_of!(ListObject, header);
    vec![
        header + std::mem::offset_of!(ObjectHeader, type_tag),
        header + std::mem::offset_of!(ObjectHeader, flags),
        std::mem::offset_of!(ListObject, length),
        std::mem::offset_of!(ListObject, capacity),
        std::mem::offset_of!(ListObject, items),
        std::mem::offset_of!(ListObject, element),
    ]
}

pub const LIST_FIELD_LENGTH: u32 = 2;
pub const LIST_FIELD_ITEMS: u32 = 4;

/// The part of a dict or set object generated code reads (`len()`); the rest
/// of the object is the runtime's own.
#[repr(C)]
#[derive(Debug)]
pub struct SizedObjectHead {
    pub header: ObjectHeader,
    /// Number of live entries.
    pub length: i64,
}

pub const SIZED_OBJECT_FIELD_LENGTH: u32 = 2;

pub type ListRef = *mut ListObject;
/// A dict or set object (opaque beyond `SizedObjectHead`).
pub type ObjectRef = *mut SizedObjectHead;
pub type DescriptorRef = *const TypeDescriptor;

/// Comparison operators of `taipan_value_compare` and `taipan_set_compare`.
pub mod compare_op {
    pub const LT: i32 = 0;
    pub const LE: i32 = 1;
    pub const GT: i32 = 2;
    pub const GE: i32 = 3;
    pub const EQ: i32 = 4;
    pub const NE: i32 = 5;
}

/// Operators of `taipan_set_binary`.
pub mod set_op {
    pub const UNION: i32 = 0;
    pub const INTERSECTION: i32 = 1;
    pub const DIFFERENCE: i32 = 2;
    pub const SYMMETRIC_DIFFERENCE: i32 = 3;
}

/// Python exception classes the runtime can raise, by number.
#[repr(i32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExceptionKind {
    ZeroDivisionError = 1,
    ValueError = 2,
    TypeError = 3,
    OverflowError = 4,
    NameError = 5,
    UnboundLocalError = 6,
    IndexError = 7,
    RecursionError = 8,
    AssertionError = 9,
    KeyError = 10,
    RuntimeError = 11,
    MemoryError = 12,
    /// An internal error of Taipan surfaced at run time (CPython's SystemError).
    SystemError = 13,
    AttributeError = 14,
    /// `sys.exit()`: uncaught, it ends the process with its code.
    SystemExit = 15,
    /// `next()` of an exhausted generator.
    StopIteration = 16,
}

impl ExceptionKind {
    pub const ALL: [ExceptionKind; 16] = [
        ExceptionKind::ZeroDivisionError,
        ExceptionKind::ValueError,
        ExceptionKind::TypeError,
        ExceptionKind::OverflowError,
        ExceptionKind::NameError,
        ExceptionKind::UnboundLocalError,
        ExceptionKind::IndexError,
        ExceptionKind::RecursionError,
        ExceptionKind::AssertionError,
        ExceptionKind::KeyError,
        ExceptionKind::RuntimeError,
        ExceptionKind::MemoryError,
        ExceptionKind::SystemError,
        ExceptionKind::AttributeError,
        ExceptionKind::SystemExit,
        ExceptionKind::StopIteration,
    ];

    pub fn from_code(code: i32) -> Option<ExceptionKind> {
        ExceptionKind::ALL.iter().copied().find(|kind| *kind as i32 == code)
    }

    pub fn name(self) -> &'static str {
        match self {
            ExceptionKind::ZeroDivisionError => "ZeroDivisionError",
            ExceptionKind::ValueError => "ValueError",
            ExceptionKind::TypeError => "TypeError",
            ExceptionKind::OverflowError => "OverflowError",
            ExceptionKind::NameError => "NameError",
            ExceptionKind::UnboundLocalError => "UnboundLocalError",
            ExceptionKind::IndexError => "IndexError",
            ExceptionKind::RecursionError => "RecursionError",
            ExceptionKind::AssertionError => "AssertionError",
            ExceptionKind::KeyError => "KeyError",
            ExceptionKind::RuntimeError => "RuntimeError",
            ExceptionKind::MemoryError => "MemoryError",
            ExceptionKind::SystemError => "SystemError",
            ExceptionKind::AttributeError => "AttributeError",
            ExceptionKind::SystemExit => "SystemExit",
            ExceptionKind::StopIteration => "StopIteration",
        }
    }
}

/// Sentinel for an omitted optional integer argument (`str.find(sub)` without
/// `start`), since `None` and "absent" behave alike for these arguments.
pub const ABSENT_INT: i64 = i64::MIN;

/// Invokes `$callback!` with the list of every runtime function: those that
/// return, and those that never do (they raise).
///
/// Parameter and return types are Rust types with an `AbiTyped` impl.
#[macro_export]
macro_rules! for_each_runtime_function {
    ($callback:ident) => {
        $callback! {
            returning {
                taipan_runtime_init(argc: i32, argv: *const *const u8) -> ();
                taipan_runtime_exit() -> ();
                taipan_write_str(value: $crate::StrRef) -> ();
                taipan_write_int(value: i64) -> ();
                taipan_write_float(value: f64) -> ();
                taipan_write_bool(value: u8) -> ();
                taipan_write_none() -> ();
                taipan_write_str_repr(value: $crate::StrRef) -> ();
                taipan_str_from_int(value: i64) -> $crate::StrRef;
                taipan_str_from_float(value: f64) -> $crate::StrRef;
                taipan_str_from_bool(value: u8) -> $crate::StrRef;
                taipan_str_repr(value: $crate::StrRef) -> $crate::StrRef;
                taipan_str_concat(left: $crate::StrRef, right: $crate::StrRef) -> $crate::StrRef;
                taipan_str_repeat(value: $crate::StrRef, count: i64) -> $crate::StrRef;
                taipan_str_compare(left: $crate::StrRef, right: $crate::StrRef) -> i32;
                taipan_str_equal(left: $crate::StrRef, right: $crate::StrRef) -> u8;
                taipan_str_contains(haystack: $crate::StrRef, needle: $crate::StrRef) -> u8;
                taipan_str_get_item(value: $crate::StrRef, index: i64) -> $crate::StrRef;
                taipan_str_next_char(value: $crate::StrRef, byte_offset: *mut i64) -> $crate::StrRef;
                taipan_str_upper(value: $crate::StrRef) -> $crate::StrRef;
                taipan_str_lower(value: $crate::StrRef) -> $crate::StrRef;
                taipan_str_strip(value: $crate::StrRef, chars: $crate::StrRef, which: i32) -> $crate::StrRef;
                taipan_str_startswith(value: $crate::StrRef, prefix: $crate::StrRef, start: i64, end: i64) -> u8;
                taipan_str_endswith(value: $crate::StrRef, suffix: $crate::StrRef, start: i64, end: i64) -> u8;
                taipan_str_find(value: $crate::StrRef, sub: $crate::StrRef, start: i64, end: i64, mode: i32) -> i64;
                taipan_str_replace(value: $crate::StrRef, old: $crate::StrRef, new: $crate::StrRef, count: i64) -> $crate::StrRef;
                taipan_str_justify(value: $crate::StrRef, width: i64, fill: $crate::StrRef, mode: i32) -> $crate::StrRef;
                taipan_str_isdigit(value: $crate::StrRef) -> u8;
                taipan_str_isspace(value: $crate::StrRef) -> u8;
                taipan_str_ord(value: $crate::StrRef) -> i64;
                taipan_str_chr(code_point: i64) -> $crate::StrRef;
                taipan_int_from_str(value: $crate::StrRef, base: i64) -> i64;
                taipan_int_from_float(value: f64) -> i64;
                taipan_float_from_str(value: $crate::StrRef) -> f64;
                taipan_int_true_divide(left: i64, right: i64) -> f64;
                taipan_int_pow(base: i64, exponent: i64) -> i64;
                taipan_int_pow_mod(base: i64, exponent: i64, modulus: i64) -> i64;
                taipan_float_floor_divide(left: f64, right: f64) -> f64;
                taipan_float_modulo(left: f64, right: f64) -> f64;
                taipan_float_pow(base: f64, exponent: f64) -> f64;
                taipan_float_round(value: f64) -> i64;
                taipan_float_round_digits(value: f64, digits: i64) -> f64;
                taipan_int_round_digits(value: i64, digits: i64) -> i64;
                taipan_compare_int_float(left: i64, right: f64) -> i32;
                taipan_format_int(value: i64, spec: $crate::StrRef) -> $crate::StrRef;
                taipan_format_float(value: f64, spec: $crate::StrRef) -> $crate::StrRef;
                taipan_format_bool(value: u8, spec: $crate::StrRef) -> $crate::StrRef;
                taipan_format_str(value: $crate::StrRef, spec: $crate::StrRef) -> $crate::StrRef;
                taipan_value_repr(value: u64, descriptor: $crate::DescriptorRef) -> $crate::StrRef;
                taipan_dynamic_box(descriptor: $crate::DescriptorRef, slot: u64) -> $crate::DynamicRef;
                taipan_dynamic_unbox(value: $crate::DynamicRef, expected: $crate::DescriptorRef, attribute: $crate::StrRef) -> u64;
                taipan_dynamic_box_optional(present: u8, descriptor: $crate::DescriptorRef, slot: u64) -> $crate::DynamicRef;
                taipan_dynamic_optional_slot(value: $crate::DynamicRef, payload: $crate::DescriptorRef) -> u64;
                taipan_dynamic_instance(value: $crate::DynamicRef, attribute: $crate::StrRef) -> $crate::InstanceRef;
                taipan_name_index(name: $crate::StrRef, names: *const $crate::StrRef, count: i64) -> i64;
                taipan_dynamic_binary(op: i32, left: $crate::DynamicRef, right: $crate::DynamicRef) -> $crate::DynamicRef;
                taipan_dynamic_negate(value: $crate::DynamicRef) -> $crate::DynamicRef;
                taipan_dynamic_unary(op: i32, value: $crate::DynamicRef) -> $crate::DynamicRef;
                taipan_dynamic_is(left: $crate::DynamicRef, right: $crate::DynamicRef) -> u8;
                taipan_dynamic_compare(op: i32, left: $crate::DynamicRef, right: $crate::DynamicRef) -> u8;
                taipan_dynamic_compare_slot(op: i32, boxed: $crate::DynamicRef, slot: u64, descriptor: $crate::DescriptorRef, boxed_on_left: u8) -> u8;
                taipan_dynamic_truth(value: $crate::DynamicRef) -> u8;
                taipan_dynamic_percent(value: $crate::DynamicRef, conversion: u32, spec: $crate::StrRef) -> $crate::StrRef;
                taipan_dynamic_str(value: $crate::DynamicRef) -> $crate::StrRef;
                taipan_dynamic_repr(value: $crate::DynamicRef) -> $crate::StrRef;
                taipan_dynamic_type_name(value: $crate::DynamicRef) -> $crate::StrRef;
                taipan_dynamic_len(value: $crate::DynamicRef) -> i64;
                taipan_dynamic_abs(value: $crate::DynamicRef) -> $crate::DynamicRef;
                taipan_dynamic_hash(value: $crate::DynamicRef) -> i64;
                taipan_dynamic_get_item(value: $crate::DynamicRef, index: $crate::DynamicRef) -> $crate::DynamicRef;
                taipan_dynamic_next(value: $crate::DynamicRef, state: *mut i64) -> $crate::DynamicRef;
                taipan_dynamic_format(value: $crate::DynamicRef, spec: $crate::StrRef) -> $crate::StrRef;
                taipan_dynamic_to_int(value: $crate::DynamicRef) -> i64;
                taipan_dynamic_to_float(value: $crate::DynamicRef) -> f64;
                taipan_dynamic_round(value: $crate::DynamicRef, digits: i64, has_digits: u8) -> $crate::DynamicRef;
                taipan_instance_new(class: $crate::ClassRef, field_count: i64) -> $crate::InstanceRef;
                taipan_instance_note_attribute(instance: $crate::InstanceRef, field: i64, record_word: i64) -> ();
                taipan_instance_forget_attribute(instance: $crate::InstanceRef, field: i64, record_word: i64) -> ();
                taipan_instance_set_extra(instance: $crate::InstanceRef, extras: *mut u64, name: $crate::StrRef, value: $crate::DynamicRef) -> ();
                taipan_instance_get_extra(extras: *mut u64, name: $crate::StrRef) -> $crate::DynamicRef;
                taipan_instance_delete_extra(extras: *mut u64, name: $crate::StrRef) -> u8;
                taipan_frame_new(size: i64) -> *mut u8;
                taipan_generator_repr(generator: *mut u8) -> $crate::StrRef;
                taipan_register_exception_classes(classes: *const $crate::ClassRef, count: i64) -> ();
                taipan_exception_caught(unwind_header: *mut u8) -> $crate::InstanceRef;
                taipan_instance_repr(instance: $crate::InstanceRef, depth: i64) -> $crate::StrRef;
                taipan_instance_str(instance: $crate::InstanceRef, depth: i64) -> $crate::StrRef;
                taipan_instance_truth(instance: $crate::InstanceRef, depth: i64) -> u8;
                taipan_instances_compare(left: $crate::InstanceRef, right: $crate::InstanceRef, op: i32) -> u8;
                taipan_write_value(value: u64, descriptor: $crate::DescriptorRef) -> ();
                taipan_value_equal(left: u64, right: u64, descriptor: $crate::DescriptorRef) -> u8;
                taipan_value_compare(left: u64, right: u64, descriptor: $crate::DescriptorRef, op: i32) -> u8;
                taipan_value_hash(value: u64, descriptor: $crate::DescriptorRef) -> i64;
                taipan_hash_tuple_lanes(lanes: *const i64, count: i64) -> i64;
                taipan_tuple_new(count: i64) -> *mut u64;
                taipan_list_new(length: i64, element: $crate::DescriptorRef) -> $crate::ListRef;
                taipan_list_append(list: $crate::ListRef, value: u64) -> ();
                taipan_list_extend(list: $crate::ListRef, other: $crate::ListRef) -> ();
                taipan_list_insert(list: $crate::ListRef, index: i64, value: u64) -> ();
                taipan_list_pop(list: $crate::ListRef, index: i64) -> u64;
                taipan_list_remove(list: $crate::ListRef, value: u64) -> ();
                taipan_list_index(list: $crate::ListRef, value: u64, start: i64, end: i64) -> i64;
                taipan_list_count(list: $crate::ListRef, value: u64) -> i64;
                taipan_list_contains(list: $crate::ListRef, value: u64) -> u8;
                taipan_list_reverse(list: $crate::ListRef) -> ();
                taipan_list_clear(list: $crate::ListRef) -> ();
                taipan_list_copy(list: $crate::ListRef) -> $crate::ListRef;
                taipan_list_copy_into(old: $crate::ListRef, source: $crate::ListRef) -> $crate::ListRef;
                taipan_list_concat(left: $crate::ListRef, right: $crate::ListRef) -> $crate::ListRef;
                taipan_list_repeat(list: $crate::ListRef, count: i64) -> $crate::ListRef;
                taipan_list_slice(list: $crate::ListRef, start: i64, stop: i64, step: i64) -> $crate::ListRef;
                taipan_list_set_slice(list: $crate::ListRef, start: i64, stop: i64, step: i64, values: $crate::ListRef) -> ();
                taipan_list_set_slice_from_slice(list: $crate::ListRef, start: i64, stop: i64, step: i64, source: $crate::ListRef, source_start: i64, source_stop: i64, source_step: i64) -> ();
                taipan_list_delete_slice(list: $crate::ListRef, start: i64, stop: i64, step: i64) -> ();
                taipan_list_delete_item(list: $crate::ListRef, index: i64) -> ();
                taipan_list_sort(list: $crate::ListRef, keys: $crate::ListRef, reverse: u8) -> ();
                taipan_str_join(separator: $crate::StrRef, items: $crate::ListRef) -> $crate::StrRef;
                taipan_str_split(value: $crate::StrRef, separator: $crate::StrRef, max_split: i64, from_right: u8) -> $crate::ListRef;
                taipan_str_split_next(value: $crate::StrRef, separator: $crate::StrRef, cursor: *mut $crate::SplitCursor) -> $crate::StrRef;
                taipan_str_case_into(value: $crate::StrRef, buffer: *mut $crate::ScratchStr, upper: u8) -> $crate::StrRef;
                taipan_str_splitlines(value: $crate::StrRef, keep_ends: u8) -> $crate::ListRef;
                taipan_str_slice(value: $crate::StrRef, start: i64, stop: i64, step: i64) -> $crate::StrRef;
                taipan_dict_new(key: $crate::DescriptorRef, value: $crate::DescriptorRef) -> $crate::ObjectRef;
                taipan_dict_get_item(dict: $crate::ObjectRef, key: u64) -> u64;
                taipan_dict_lookup(dict: $crate::ObjectRef, key: u64, found: *mut u8) -> u64;
                taipan_dict_value_address(dict: $crate::ObjectRef, key: u64) -> *mut u64;
                taipan_dict_set_item(dict: $crate::ObjectRef, key: u64, value: u64) -> ();
                taipan_dict_delete_item(dict: $crate::ObjectRef, key: u64) -> ();
                taipan_dict_pop(dict: $crate::ObjectRef, key: u64, default: u64, has_default: u8) -> u64;
                taipan_dict_popitem(dict: $crate::ObjectRef, key_out: *mut u64) -> u64;
                taipan_dict_setdefault(dict: $crate::ObjectRef, key: u64, default: u64) -> u64;
                taipan_dict_update(dict: $crate::ObjectRef, other: $crate::ObjectRef) -> ();
                taipan_dict_copy(dict: $crate::ObjectRef) -> $crate::ObjectRef;
                taipan_check_keyword_names(dict: $crate::ObjectRef, allowed: $crate::StrRef, by_position: $crate::StrRef, by_keyword: $crate::StrRef, function: $crate::StrRef) -> ();
                taipan_dict_clear(dict: $crate::ObjectRef) -> ();
                taipan_dict_next(dict: $crate::ObjectRef, position: *mut i64, expected_length: i64, key_out: *mut u64, value_out: *mut u64) -> u8;
                taipan_dict_view_repr(dict: $crate::ObjectRef, which: i32) -> $crate::StrRef;
                taipan_set_new(element: $crate::DescriptorRef, frozen: u8) -> $crate::ObjectRef;
                taipan_set_add(set: $crate::ObjectRef, value: u64) -> ();
                taipan_set_discard(set: $crate::ObjectRef, value: u64) -> u8;
                taipan_set_remove(set: $crate::ObjectRef, value: u64) -> ();
                taipan_set_pop(set: $crate::ObjectRef) -> u64;
                taipan_set_contains(set: $crate::ObjectRef, value: u64) -> u8;
                taipan_set_update(set: $crate::ObjectRef, other: $crate::ObjectRef) -> ();
                taipan_set_binary(left: $crate::ObjectRef, right: $crate::ObjectRef, op: i32, frozen: u8) -> $crate::ObjectRef;
                taipan_set_compare(left: $crate::ObjectRef, right: $crate::ObjectRef, op: i32) -> u8;
                taipan_set_isdisjoint(left: $crate::ObjectRef, right: $crate::ObjectRef) -> u8;
                taipan_set_copy(set: $crate::ObjectRef, frozen: u8) -> $crate::ObjectRef;
                taipan_set_clear(set: $crate::ObjectRef) -> ();
                taipan_set_next(set: $crate::ObjectRef, position: *mut i64, expected_length: i64, value_out: *mut u64) -> u8;
                taipan_set_inplace(set: $crate::ObjectRef, other: $crate::ObjectRef, op: i32) -> ();
                taipan_set_presize(set: $crate::ObjectRef, incoming: i64) -> ();
                taipan_str_predicate(value: $crate::StrRef, predicate: i32) -> u8;
                taipan_str_transform(value: $crate::StrRef, transform: i32) -> $crate::StrRef;
                taipan_str_zfill(value: $crate::StrRef, width: i64) -> $crate::StrRef;
                taipan_math_call(function: i32, x: f64, y: f64) -> f64;
                taipan_range_slice(start: i64, stop: i64, step: i64, slice_start: i64, slice_stop: i64, slice_step: i64, out: *mut i64) -> ();
                taipan_int_gcd(left: i64, right: i64) -> i64;
                taipan_int_factorial(value: i64) -> i64;
                taipan_int_isqrt(value: i64) -> i64;
                taipan_sys_argv() -> $crate::ListRef;
            }
            diverging {
                taipan_raise(kind: i32, message: $crate::StrRef);
                taipan_raise_instance(exception: $crate::InstanceRef);
                taipan_generator_raised(exception: $crate::InstanceRef, stop_iteration_subclasses: *const u8);
                taipan_raise_recursion_error();
                taipan_raise_attribute_error(instance: $crate::InstanceRef, name: $crate::StrRef);
                taipan_dynamic_not_callable(value: $crate::DynamicRef);
                taipan_raise_special_attribute(name: $crate::StrRef);
                taipan_raise_untracked_attribute_store(instance: $crate::InstanceRef, name: $crate::StrRef);
                taipan_sys_exit(code: i64);
                taipan_sys_exit_message(message: $crate::StrRef);
                taipan_raise_name_error(name: $crate::StrRef, local_names: $crate::StrRef, globals: *const $crate::GlobalNameEntry, global_count: i64);
            }
        }
    };
}

/// The `math` functions `taipan_math_call` computes, with CPython's checks
/// (`ValueError: math domain error`, `OverflowError: math range error`).
pub mod math_function {
    pub const SQRT: i32 = 0;
    pub const SIN: i32 = 1;
    pub const COS: i32 = 2;
    pub const TAN: i32 = 3;
    pub const ASIN: i32 = 4;
    pub const ACOS: i32 = 5;
    pub const ATAN: i32 = 6;
    pub const ATAN2: i32 = 7;
    pub const SINH: i32 = 8;
    pub const COSH: i32 = 9;
    pub const TANH: i32 = 10;
    pub const EXP: i32 = 11;
    pub const LOG: i32 = 12;
    pub const LOG10: i32 = 13;
    pub const LOG2: i32 = 14;
    pub const POW: i32 = 15;
    pub const HYPOT: i32 = 16;
    /// `log(x, base)`.
    pub const LOG_BASE: i32 = 17;
    pub const FLOOR: i32 = 18;
    pub const CEIL: i32 = 19;
    pub const TRUNC: i32 = 20;
}

/// Predicates of `taipan_str_predicate` (`str.isalpha()` and kin), with
/// CPython's Unicode definitions.
pub mod str_predicate {
    pub const ISALPHA: i32 = 0;
    pub const ISALNUM: i32 = 1;
    pub const ISDECIMAL: i32 = 2;
    pub const ISNUMERIC: i32 = 3;
    pub const ISUPPER: i32 = 4;
    pub const ISLOWER: i32 = 5;
    pub const ISTITLE: i32 = 6;
    pub const ISIDENTIFIER: i32 = 7;
    pub const ISPRINTABLE: i32 = 8;
    pub const ISASCII: i32 = 9;
}

/// Transforms of `taipan_str_transform`, with CPython's Unicode case rules.
pub mod str_transform {
    pub const CAPITALIZE: i32 = 0;
    pub const TITLE: i32 = 1;
    pub const SWAPCASE: i32 = 2;
    pub const CASEFOLD: i32 = 3;
}

/// Modes of `taipan_str_find`.
pub mod find_mode {
    pub const FIND: i32 = 0;
    pub const RFIND: i32 = 1;
    pub const INDEX: i32 = 2;
    pub const RINDEX: i32 = 3;
    pub const COUNT: i32 = 4;
}

/// Modes of `taipan_str_strip` (which end to strip).
pub mod strip_mode {
    pub const BOTH: i32 = 0;
    pub const LEFT: i32 = 1;
    pub const RIGHT: i32 = 2;
}

/// Modes of `taipan_str_justify`.
pub mod justify_mode {
    pub const LEFT: i32 = 0;
    pub const RIGHT: i32 = 1;
    pub const CENTER: i32 = 2;
}

/// The signature of one runtime function, for codegen's declarations.
#[derive(Clone, Copy, Debug)]
pub struct RuntimeFunction {
    pub name: &'static str,
    pub params: &'static [AbiType],
    pub ret: AbiType,
    /// The function never returns (it raises); codegen marks it `noreturn`.
    pub diverges: bool,
}

macro_rules! build_runtime_function_table {
    (
        returning { $( $name:ident ( $( $param:ident : $ptype:ty ),* ) -> $ret:ty ; )* }
        diverging { $( $dname:ident ( $( $dparam:ident : $dptype:ty ),* ) ; )* }
    ) => {
        /// Every runtime function, in declaration order.
        pub const RUNTIME_FUNCTIONS: &[RuntimeFunction] = &[
            $( RuntimeFunction {
                name: stringify!($name),
                params: &[ $( <$ptype as AbiTyped>::ABI ),* ],
                ret: <$ret as AbiTyped>::ABI,
                diverges: false,
            }, )*
            $( RuntimeFunction {
                name: stringify!($dname),
                params: &[ $( <$dptype as AbiTyped>::ABI ),* ],
                ret: AbiType::Void,
                diverges: true,
            }, )*
        ];

        /// The runtime functions' names as constants, so that a misspelt name
        /// in codegen is a compile error rather than a link error.
        #[allow(non_upper_case_globals)]
        pub mod names {
            $( pub const $name: &str = stringify!($name); )*
            $( pub const $dname: &str = stringify!($dname); )*
        }
    };
}

for_each_runtime_function!(build_runtime_function_table);

/// A function generated code may call: the runtime's or the VM's.
pub fn runtime_function(name: &str) -> Option<&'static RuntimeFunction> {
    RUNTIME_FUNCTIONS.iter().chain(VM_FUNCTIONS).find(|function| function.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_every_function_once() {
        let mut names: Vec<&str> = RUNTIME_FUNCTIONS.iter().map(|f| f.name).collect();
        let count = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), count);
        assert_eq!(runtime_function(names::taipan_str_concat).unwrap().params, &[AbiType::Ptr, AbiType::Ptr]);
        assert!(runtime_function(names::taipan_raise).unwrap().diverges);
    }

    #[test]
    fn class_descriptor_field_indices_name_their_fields() {
        assert_eq!(CLASS_DESCRIPTOR_FIELDS[CLASS_DESCRIPTOR_FIELD_NAME as usize].name, "name");
        assert_eq!(CLASS_DESCRIPTOR_FIELDS[CLASS_DESCRIPTOR_FIELD_ID as usize].name, "id");
        assert_eq!(CLASS_DESCRIPTOR_FIELDS[CLASS_DESCRIPTOR_FIELD_QUALNAME as usize].name, "qualname");
        assert_eq!(CLASS_DESCRIPTOR_FIELDS.len(), class_descriptor_offsets().len());
    }

    #[test]
    fn str_layout_description_matches_struct_size() {
        assert_eq!(STR_OBJECT_FIELDS.len(), str_object_offsets().len());
        assert_eq!(std::mem::size_of::<StrObject>(), 40);
    }

    /// The str hash spreads short, similar keys: 200,000 distinct strs of 1
    /// to 20 bytes have distinct hashes, none is the "unknown" marker, and
    /// the low bits (which pick a dict slot) take every value about equally.
    #[test]
    fn str_hash_spreads_short_keys() {
        let mut seen = std::collections::HashSet::new();
        let mut low_bits = [0usize; 256];
        for number in 0..200_000u64 {
            let length = 1 + (number % 20) as usize;
            let text: String = format!("{number:x}w{}", "ab".repeat(10)).chars().take(length.max(number.to_string().len())).collect();
            let text = format!("{text}{number}");
            let hash = str_hash(text.as_bytes());
            assert_ne!(hash, STR_HASH_UNKNOWN);
            assert!(seen.insert(hash), "collision on {text:?}");
            low_bits[(hash & 255) as usize] += 1;
        }
        let expected = 200_000 / 256;
        assert!(low_bits.iter().all(|count| *count > expected / 2 && *count < expected * 2), "{low_bits:?}");
    }

    /// The run-time str hash equals the compile-time one (literals carry
    /// the latter) for every length around the word boundaries.
    #[test]
    fn str_hash_is_the_same_at_compile_time_and_run_time() {
        let mut state: u64 = 12345;
        for length in 0..70 {
            for _ in 0..50 {
                let bytes: Vec<u8> = (0..length)
                    .map(|_| {
                        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                        (state >> 33) as u8
                    })
                    .collect();
                assert_eq!(str_hash(&bytes), str_hash_at_run_time(&bytes), "{bytes:?}");
            }
        }
    }
}

/// One module of a program that runs in the embedded CPython VM (tier 3),
/// frozen at build time: its name, the file it was compiled from (its
/// `__file__` and the name in tracebacks) and its code object as `marshal`
/// wrote it. Codegen emits a constant table of these; entry 0 is the main
/// module, run as `__main__`, the rest are imported by name through a meta
/// path finder, so at run time no source file is read or parsed.
#[repr(C)]
#[derive(Debug)]
pub struct FrozenModule {
    pub name: *const u8,
    pub name_length: i64,
    pub file: *const u8,
    pub file_length: i64,
    pub code: *const u8,
    pub code_length: i64,
    /// 1 for a package (its `__init__.py`), 0 for a plain module.
    pub is_package: i64,
}

pub const FROZEN_MODULE_FIELDS: &[FieldLayout] = &[
    FieldLayout { name: "name", abi: AbiType::Ptr },
    FieldLayout { name: "name_length", abi: AbiType::I64 },
    FieldLayout { name: "file", abi: AbiType::Ptr },
    FieldLayout { name: "file_length", abi: AbiType::I64 },
    FieldLayout { name: "code", abi: AbiType::Ptr },
    FieldLayout { name: "code_length", abi: AbiType::I64 },
    FieldLayout { name: "is_package", abi: AbiType::I64 },
];

pub fn frozen_module_offsets() -> Vec<usize> {
    vec![
        std::mem::offset_of!(FrozenModule, name),
        std::mem::offset_of!(FrozenModule, name_length),
        std::mem::offset_of!(FrozenModule, file),
        std::mem::offset_of!(FrozenModule, file_length),
        std::mem::offset_of!(FrozenModule, code),
        std::mem::offset_of!(FrozenModule, code_length),
        std::mem::offset_of!(FrozenModule, is_package),
    ]
}

/// The entry point of `libtaipan_vm.a` that the `main` of a program running
/// in the embedded VM calls: it starts CPython, installs the frozen modules,
/// runs entry 0 as `__main__`, shuts CPython down and returns the exit status
/// CPython's own `main` would (0, `SystemExit`'s code, or 1 after printing an
/// uncaught exception's traceback).
pub const VM_RUN_FROZEN_PROGRAM: &str = "taipan_vm_run_frozen_program";

/// The signature of `VM_RUN_FROZEN_PROGRAM`, for the definition's check.
pub type VmRunFrozenProgram = unsafe extern "C" fn(argc: i32, argv: *const *const u8, modules: *const FrozenModule, count: i64) -> i32;

/// A reference from native code to an object of the embedded CPython: a
/// collector-owned block holding one strong reference to the `PyObject`,
/// released (by taipan-vm, after a collection) when no native value refers to the
/// block any longer. Generated code only passes these to `taipan_vm_*`.
#[repr(C)]
#[derive(Debug)]
pub struct ForeignHandle {
    pub object: *mut u8,
}

pub type ForeignRef = *mut ForeignHandle;

/// What `taipan_vm_native_function`'s `trampoline` is: codegen emits one
/// per instance of a program function that CPython may call (its
/// parameters all CPython objects). It calls the instance with `arguments`
/// (as many handles as the function has parameters) and `environment` (a
/// closure's frame, else null), and returns the result as a handle. It never
/// unwinds: a native exception is handed to `taipan_vm_native_exception`
/// and the trampoline returns null.
pub type NativeFunctionTrampoline = unsafe extern "C" fn(environment: *mut u8, arguments: *const ForeignRef) -> ForeignRef;

/// Operators of `taipan_vm_binary` and `taipan_vm_unary`.
pub mod foreign_op {
    pub const ADD: i32 = 0;
    pub const SUBTRACT: i32 = 1;
    pub const MULTIPLY: i32 = 2;
    pub const TRUE_DIVIDE: i32 = 3;
    pub const FLOOR_DIVIDE: i32 = 4;
    pub const MODULO: i32 = 5;
    pub const POWER: i32 = 6;
    pub const LEFT_SHIFT: i32 = 7;
    pub const RIGHT_SHIFT: i32 = 8;
    pub const BIT_AND: i32 = 9;
    pub const BIT_OR: i32 = 10;
    pub const BIT_XOR: i32 = 11;
    pub const MATRIX_MULTIPLY: i32 = 12;
    /// Added to a binary operator: the in-place form (`x += y`).
    pub const IN_PLACE: i32 = 64;
    pub const NEGATE: i32 = 20;
    pub const POSITIVE: i32 = 21;
    pub const INVERT: i32 = 22;
}

/// The functions of `libtaipan_vm.a` that generated code calls when a
/// program uses CPython objects natively (see `for_each_runtime_function!`
/// for the notation). They raise native exceptions for CPython's.
#[macro_export]
macro_rules! for_each_vm_function {
    ($callback:ident) => {
        $callback! {
            returning {
                taipan_vm_start(argc: i32, argv: *const *const u8, exception_names: *const $crate::StrRef, exception_classes: *const $crate::ClassRef, count: i64) -> ();
                taipan_vm_import(module: $crate::StrRef, name: $crate::StrRef, top_level: i32) -> $crate::ForeignRef;
                taipan_vm_builtin(name: $crate::StrRef) -> $crate::ForeignRef;
                taipan_vm_from_native(slot: u64, descriptor: $crate::DescriptorRef) -> $crate::ForeignRef;
                taipan_vm_get_attribute(object: $crate::ForeignRef, name: $crate::StrRef) -> $crate::ForeignRef;
                taipan_vm_set_attribute(object: $crate::ForeignRef, name: $crate::StrRef, value: $crate::ForeignRef) -> ();
                taipan_vm_call(callee: $crate::ForeignRef, method: $crate::StrRef, slots: *const u64, descriptors: *const $crate::DescriptorRef, checked: *const u8, count: i64, keyword_names: *const $crate::StrRef, keyword_count: i64) -> $crate::ForeignRef;
                taipan_vm_binary(op: i32, left: $crate::ForeignRef, right: $crate::ForeignRef) -> $crate::ForeignRef;
                taipan_vm_unary(op: i32, operand: $crate::ForeignRef) -> $crate::ForeignRef;
                taipan_vm_compare(op: i32, left: $crate::ForeignRef, right: $crate::ForeignRef) -> $crate::ForeignRef;
                taipan_vm_contains(container: $crate::ForeignRef, item: $crate::ForeignRef) -> u8;
                taipan_vm_is(left: $crate::ForeignRef, right: $crate::ForeignRef) -> u8;
                taipan_vm_truth(object: $crate::ForeignRef) -> u8;
                taipan_vm_get_item(object: $crate::ForeignRef, key: $crate::ForeignRef) -> $crate::ForeignRef;
                taipan_vm_set_item(object: $crate::ForeignRef, key: $crate::ForeignRef, value: $crate::ForeignRef) -> ();
                taipan_vm_iter(object: $crate::ForeignRef) -> $crate::ForeignRef;
                taipan_vm_next(iterator: $crate::ForeignRef) -> $crate::ForeignRef;
                taipan_vm_unpack(object: $crate::ForeignRef, count: i64, out: *mut $crate::ForeignRef) -> ();
                taipan_vm_to_int(object: $crate::ForeignRef) -> i64;
                taipan_vm_to_index(object_handle: $crate::ForeignRef) -> i64;
                taipan_vm_to_float(object: $crate::ForeignRef) -> f64;
                taipan_vm_str(object: $crate::ForeignRef) -> $crate::StrRef;
                taipan_vm_repr(object: $crate::ForeignRef) -> $crate::StrRef;
                taipan_vm_format(object: $crate::ForeignRef, spec: $crate::StrRef) -> $crate::StrRef;
                taipan_vm_len(object: $crate::ForeignRef) -> i64;
                taipan_vm_hash(object: $crate::ForeignRef) -> i64;
                taipan_vm_exception_matches(exception: $crate::InstanceRef, class: $crate::ForeignRef) -> u8;
                taipan_vm_release(object: $crate::ForeignRef) -> ();
                taipan_vm_native_function(trampoline: *const u8, environment: *mut u8, arity: i64, name: $crate::StrRef, parameter_names: $crate::StrRef) -> $crate::ForeignRef;
                taipan_vm_native_exception(exception: $crate::InstanceRef) -> ();
                taipan_vm_define_global(module: $crate::StrRef, name: $crate::StrRef, slot: u64, descriptor: $crate::DescriptorRef) -> ();
                taipan_vm_define_import(module: $crate::StrRef, name: $crate::StrRef, imported: $crate::StrRef, member: $crate::StrRef) -> ();
                taipan_vm_define(module: $crate::StrRef, name: $crate::StrRef, code: *const u8, length: i64) -> $crate::ForeignRef;
                taipan_vm_join(separator: $crate::StrRef, items: $crate::ListRef) -> $crate::StrRef;
                taipan_vm_raise(exception: $crate::ForeignRef) -> ();
                taipan_vm_start_hosted(exception_names: *const $crate::StrRef, exception_classes: *const $crate::ClassRef, count: i64) -> ();
                taipan_vm_module_new(name: $crate::StrRef, doc: $crate::StrRef) -> *mut u8;
                taipan_vm_submodule_new(name: $crate::StrRef, doc: $crate::StrRef, parent: *mut u8) -> *mut u8;
                taipan_vm_module_add(module: *mut u8, name: $crate::StrRef, value: $crate::ForeignRef) -> ();
                taipan_vm_module_add_value(module: *mut u8, name: $crate::StrRef, slot: u64, descriptor: $crate::DescriptorRef) -> ();
                taipan_vm_extension_function(trampoline: *const u8, arity: i64, required: i64, name: $crate::StrRef, parameter_names: $crate::StrRef) -> $crate::ForeignRef;
                taipan_vm_argument_fits(item: *mut u8, descriptor: $crate::DescriptorRef) -> u8;
                taipan_vm_argument(item: *mut u8, descriptor: $crate::DescriptorRef, function: $crate::StrRef, position: i64) -> u64;
                taipan_vm_argument_object(item: *mut u8) -> $crate::ForeignRef;
                taipan_vm_result(slot: u64, descriptor: $crate::DescriptorRef) -> *mut u8;
                taipan_vm_unavailable_function(name: $crate::StrRef, parameter_names: $crate::StrRef, message: $crate::StrRef) -> $crate::ForeignRef;
                taipan_vm_generator_object(frame: *mut u8, step: *const u8, descriptor: $crate::DescriptorRef, returned: $crate::DescriptorRef) -> *mut u8;
                taipan_vm_arguments_begin() -> ();
                taipan_vm_arguments_result(slot: u64, descriptor: $crate::DescriptorRef) -> *mut u8;
                taipan_vm_arguments_end() -> ();
                taipan_vm_arguments_abandon() -> ();
                taipan_vm_no_matching_signature(function: $crate::StrRef, signatures: $crate::StrRef) -> ();
                taipan_vm_init_failed(exception: $crate::InstanceRef) -> ();
                taipan_vm_flush_output() -> ();
                taipan_vm_check_interrupt() -> ();
                taipan_vm_extension_class(module: *mut u8, class: $crate::ClassRef, base: $crate::ClassRef, words: i64, record_word: i64, flags: i64, doc: $crate::StrRef, fields: *const $crate::ExtensionField, field_count: i64) -> *mut u8;
                taipan_vm_extension_class_finish(namespace: *mut u8) -> ();
                taipan_vm_extension_class_add_base(namespace: *mut u8, base: $crate::ClassRef) -> ();
                taipan_vm_not_implemented() -> *mut u8;
                taipan_vm_argument_returned(item: *mut u8) -> *mut u8;
                taipan_vm_class_add_live(namespace: *mut u8, name: $crate::StrRef, getter: *const u8, setter: *const u8, descriptor: $crate::DescriptorRef) -> ();
                taipan_vm_module_add_class(module: *mut u8, name: $crate::StrRef, class: $crate::ClassRef) -> ();
                taipan_vm_extension_exception(module: *mut u8, class: $crate::ClassRef, base: $crate::ClassRef, doc: $crate::StrRef, fields: *const $crate::ExtensionField, field_count: i64) -> ();
                taipan_vm_class_add(namespace: *mut u8, name: $crate::StrRef, value: $crate::ForeignRef, kind: i64) -> ();
            }
            diverging {
            }
        }
    };
}

macro_rules! build_vm_function_table {
    (
        returning { $( $name:ident ( $( $param:ident : $ptype:ty ),* ) -> $ret:ty ; )* }
        diverging { }
    ) => {
        /// Every function of `for_each_vm_function!`, in declaration order.
        pub const VM_FUNCTIONS: &[RuntimeFunction] = &[
            $( RuntimeFunction {
                name: stringify!($name),
                params: &[ $( <$ptype as AbiTyped>::ABI ),* ],
                ret: <$ret as AbiTyped>::ABI,
                diverges: false,
            }, )*
        ];

        /// The VM functions' names as constants.
        #[allow(non_upper_case_globals)]
        pub mod vm_names {
            $( pub const $name: &str = stringify!($name); )*
        }
    };
}

for_each_vm_function!(build_vm_function_table);
