//! The runtime's side of CPython objects held natively (tier 3): values of
//! descriptor kind `FOREIGN`. The runtime cannot call CPython itself (it
//! does not link libpython), so taipan-vm installs these hooks when it
//! starts; the generic operations of `values` call them for elements of
//! that kind (a list of CPython objects printed, compared, hashed, sorted).
//!
//! What this module does not own: the objects and their handles (taipan-vm).

use std::sync::OnceLock;

/// What the generic operations need of a CPython object, given its slot
/// (a `taipan_abi::ForeignRef`). Each raises a native exception for
/// CPython's.
pub struct ForeignHooks {
    pub repr: unsafe fn(slot: u64) -> String,
    pub equal: unsafe fn(left: u64, right: u64) -> bool,
    /// `op` is a `taipan_abi::compare_op`.
    pub compare: unsafe fn(left: u64, right: u64, op: i32) -> bool,
    pub hash: unsafe fn(slot: u64) -> i64,
    pub truth: unsafe fn(slot: u64) -> bool,
    pub type_name: unsafe fn(slot: u64) -> String,
}

static HOOKS: OnceLock<ForeignHooks> = OnceLock::new();

/// Called once by taipan-vm at start-up.
pub fn install(hooks: ForeignHooks) {
    let _ = HOOKS.set(hooks);
}

/// The hooks; a value of kind `FOREIGN` exists only after they are
/// installed, so their absence is a Taipan bug, reported as CPython's
/// SystemError would be.
pub fn hooks() -> &'static ForeignHooks {
    match HOOKS.get() {
        Some(hooks) => hooks,
        None => crate::exceptions::raise(taipan_abi::ExceptionKind::SystemError, "a CPython object exists but the embedded CPython was never started"),
    }
}
