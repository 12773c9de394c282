//! Compile-time proof that the runtime defines every function of the ABI with
//! exactly the declared signature: each entry of
//! `taipan_abi::for_each_runtime_function!` becomes a constant of the declared
//! function-pointer type initialised with this crate's function of that name.

macro_rules! check_runtime_signatures {
    (
        returning { $( $name:ident ( $( $param:ident : $ptype:ty ),* ) -> $ret:ty ; )* }
        diverging { $( $dname:ident ( $( $dparam:ident : $dptype:ty ),* ) ; )* }
    ) => {
        $( #[allow(dead_code, non_upper_case_globals)]
           const $name: unsafe extern "C-unwind" fn( $( $ptype ),* ) -> $ret = crate::exported::$name; )*
        $( #[allow(dead_code, non_upper_case_globals)]
           const $dname: unsafe extern "C-unwind" fn( $( $dptype ),* ) -> ! = crate::exported::$dname; )*

        /// Every runtime function's address, so the test below can see them all.
        #[cfg(test)]
        pub(crate) fn all_function_addresses() -> Vec<(&'static str, usize)> {
            vec![
                $( (stringify!($name), $name as usize), )*
                $( (stringify!($dname), $dname as usize), )*
            ]
        }
    };
}

taipan_abi::for_each_runtime_function!(check_runtime_signatures);

#[cfg(test)]
mod tests {
    #[test]
    fn every_declared_function_is_defined() {
        let addresses = super::all_function_addresses();
        assert_eq!(addresses.len(), taipan_abi::RUNTIME_FUNCTIONS.len());
        for ((name, address), declared) in addresses.iter().zip(taipan_abi::RUNTIME_FUNCTIONS) {
            assert_eq!(*name, declared.name);
            assert_ne!(*address, 0);
        }
    }
}
