//! Compile-time proof that this crate defines every function of
//! `taipan_abi::for_each_vm_function!` with exactly the declared signature,
//! as the runtime's `abi_check` does for its own functions.

macro_rules! check_vm_signatures {
    (
        returning { $( $name:ident ( $( $param:ident : $ptype:ty ),* ) -> $ret:ty ; )* }
        diverging { }
    ) => {
        $( #[allow(dead_code, non_upper_case_globals)]
           const $name: unsafe extern "C-unwind" fn( $( $ptype ),* ) -> $ret = crate::bridge::$name; )*
    };
}

taipan_abi::for_each_vm_function!(check_vm_signatures);
