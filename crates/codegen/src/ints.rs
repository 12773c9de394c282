//! Integer arithmetic: the one seam between Python's `int` and machine code.
//!
//! Python ints are arbitrary precision. This slice represents them as `i64`
//! and checks every operation that can leave that range with LLVM's overflow
//! intrinsics, raising `OverflowError` instead of wrapping: a wrong number is
//! never produced. Floor division and modulo round toward negative infinity, as
//! Python's do. Replacing the representation with a tagged small-int/bigint
//! scheme changes this file and the runtime, not the rest of codegen.

use crate::emit::FunctionEmitter;
use crate::module::{CodegenError, CodegenResult};
use inkwell::values::{FloatValue, IntValue};
use inkwell::IntPredicate;
use taipan_abi::{names, ExceptionKind};
use taipan_parser_bridge::hir::BinaryOp;

const OVERFLOW_MESSAGE: &str = "integer result does not fit in 64 bits (arbitrary-precision int is not supported yet)";

impl<'a, 'ctx, 'p> FunctionEmitter<'a, 'ctx, 'p> {
    fn checked(&mut self, intrinsic: &str, left: IntValue<'ctx>, right: IntValue<'ctx>, name: &str) -> CodegenResult<IntValue<'ctx>> {
        let i64_type = self.gen.context.i64_type();
        let pair = self
            .call_intrinsic(intrinsic, &[i64_type.into()], &[left.into(), right.into()], name)?
            .into_struct_value();
        let overflowed = self.builder.build_extract_value(pair, 1, "overflow")?.into_int_value();
        self.raise_if(overflowed, ExceptionKind::OverflowError, OVERFLOW_MESSAGE)?;
        // The value as a plain `nsw` operation (exact, since the overflow
        // raised above): LLVM reasons about these far better than about the
        // intrinsic's first result, e.g. that `k + 1` and `k - (-1)` are one
        // value, and instruction selection fuses the two into one add.
        Ok(match intrinsic {
            "llvm.sadd.with.overflow" => self.builder.build_int_nsw_add(left, right, name)?,
            "llvm.ssub.with.overflow" => self.builder.build_int_nsw_sub(left, right, name)?,
            "llvm.smul.with.overflow" => self.builder.build_int_nsw_mul(left, right, name)?,
            _ => self.builder.build_extract_value(pair, 0, name)?.into_int_value(),
        })
    }

    /// `left op right` on two ints whose result is an int.
    pub fn emit_int_binary(&mut self, op: BinaryOp, left: IntValue<'ctx>, right: IntValue<'ctx>) -> CodegenResult<IntValue<'ctx>> {
        let zero = self.const_int(0);
        Ok(match op {
            BinaryOp::Add => self.checked("llvm.sadd.with.overflow", left, right, "sum")?,
            BinaryOp::Sub => self.checked("llvm.ssub.with.overflow", left, right, "diff")?,
            BinaryOp::Mul => self.checked("llvm.smul.with.overflow", left, right, "prod")?,
            BinaryOp::FloorDiv => {
                let is_zero = self.builder.build_int_compare(IntPredicate::EQ, right, zero, "div_by_zero")?;
                self.raise_if(is_zero, ExceptionKind::ZeroDivisionError, "integer division or modulo by zero")?;
                // i64::MIN // -1 is the one quotient that does not fit.
                let minimum = self.builder.build_int_compare(IntPredicate::EQ, left, self.const_int(i64::MIN), "is_min")?;
                let minus_one = self.builder.build_int_compare(IntPredicate::EQ, right, self.const_int(-1), "by_minus_one")?;
                let overflow = self.builder.build_and(minimum, minus_one, "quotient_overflow")?;
                self.raise_if(overflow, ExceptionKind::OverflowError, OVERFLOW_MESSAGE)?;
                let quotient = self.builder.build_int_signed_div(left, right, "quot")?;
                let remainder = self.builder.build_int_signed_rem(left, right, "rem")?;
                // Truncation rounds toward zero; step down when the signs differ
                // and the division was inexact.
                let inexact = self.builder.build_int_compare(IntPredicate::NE, remainder, zero, "inexact")?;
                let signs = self.builder.build_xor(remainder, right, "signs")?;
                let opposite = self.builder.build_int_compare(IntPredicate::SLT, signs, zero, "opposite")?;
                let adjust = self.builder.build_and(inexact, opposite, "adjust")?;
                let adjustment = self.builder.build_int_z_extend(adjust, self.gen.context.i64_type(), "adjustment")?;
                self.builder.build_int_sub(quotient, adjustment, "floordiv")?
            }
            BinaryOp::Mod => {
                let is_zero = self.builder.build_int_compare(IntPredicate::EQ, right, zero, "mod_by_zero")?;
                self.raise_if(is_zero, ExceptionKind::ZeroDivisionError, "integer modulo by zero")?;
                // srem of i64::MIN by -1 is undefined in LLVM; the answer is 0.
                let minus_one = self.builder.build_int_compare(IntPredicate::EQ, right, self.const_int(-1), "by_minus_one")?;
                let safe_right = self.builder.build_select(minus_one, self.const_int(1), right, "divisor")?.into_int_value();
                let remainder = self.builder.build_int_signed_rem(left, safe_right, "rem")?;
                let inexact = self.builder.build_int_compare(IntPredicate::NE, remainder, zero, "inexact")?;
                let signs = self.builder.build_xor(remainder, right, "signs")?;
                let opposite = self.builder.build_int_compare(IntPredicate::SLT, signs, zero, "opposite")?;
                let adjust = self.builder.build_and(inexact, opposite, "adjust")?;
                let adjusted = self.builder.build_int_add(remainder, right, "wrapped")?;
                self.builder.build_select(adjust, adjusted, remainder, "mod")?.into_int_value()
            }
            BinaryOp::Pow => self
                .call_runtime(names::taipan_int_pow, &[left.into(), right.into()], "pow")?
                .ok_or_else(|| CodegenError::new("int pow returned nothing"))?
                .into_int_value(),
            BinaryOp::LShift => {
                let negative = self.builder.build_int_compare(IntPredicate::SLT, right, zero, "negative_shift")?;
                self.raise_if(negative, ExceptionKind::ValueError, "negative shift count")?;
                // Shifting a nonzero value by 64 or more always overflows; zero
                // stays zero. Otherwise shift and check nothing fell off.
                let too_far = self.builder.build_int_compare(IntPredicate::SGE, right, self.const_int(64), "too_far")?;
                let nonzero = self.builder.build_int_compare(IntPredicate::NE, left, zero, "nonzero")?;
                let lost_all = self.builder.build_and(too_far, nonzero, "lost_all")?;
                self.raise_if(lost_all, ExceptionKind::OverflowError, OVERFLOW_MESSAGE)?;
                let amount = self.builder.build_select(too_far, zero, right, "amount")?.into_int_value();
                let shifted = self.builder.build_left_shift(left, amount, "shl")?;
                let back = self.builder.build_right_shift(shifted, amount, true, "back")?;
                let lost = self.builder.build_int_compare(IntPredicate::NE, back, left, "lost_bits")?;
                self.raise_if(lost, ExceptionKind::OverflowError, OVERFLOW_MESSAGE)?;
                shifted
            }
            BinaryOp::RShift => {
                let negative = self.builder.build_int_compare(IntPredicate::SLT, right, zero, "negative_shift")?;
                self.raise_if(negative, ExceptionKind::ValueError, "negative shift count")?;
                let too_far = self.builder.build_int_compare(IntPredicate::SGE, right, self.const_int(64), "too_far")?;
                let amount = self.builder.build_select(too_far, self.const_int(63), right, "amount")?.into_int_value();
                self.builder.build_right_shift(left, amount, true, "shr")?
            }
            BinaryOp::BitAnd => self.builder.build_and(left, right, "and")?,
            BinaryOp::BitOr => self.builder.build_or(left, right, "or")?,
            BinaryOp::BitXor => self.builder.build_xor(left, right, "xor")?,
            BinaryOp::TrueDiv => return Err(CodegenError::new("true division has a float result")),
        })
    }

    /// `left / right` for ints: converted and divided inline when both fit in
    /// 53 bits (exact), otherwise by the runtime's correctly rounded division.
    pub fn emit_int_true_divide(&mut self, left: IntValue<'ctx>, right: IntValue<'ctx>) -> CodegenResult<FloatValue<'ctx>> {
        let zero = self.const_int(0);
        let is_zero = self.builder.build_int_compare(IntPredicate::EQ, right, zero, "div_by_zero")?;
        self.raise_if(is_zero, ExceptionKind::ZeroDivisionError, "division by zero")?;
        let limit = self.const_int(1 << 53);
        let span = self.const_int(1 << 54);
        let left_shifted = self.builder.build_int_add(left, limit, "left_offset")?;
        let right_shifted = self.builder.build_int_add(right, limit, "right_offset")?;
        let left_small = self.builder.build_int_compare(IntPredicate::ULE, left_shifted, span, "left_exact")?;
        let right_small = self.builder.build_int_compare(IntPredicate::ULE, right_shifted, span, "right_exact")?;
        let both_small = self.builder.build_and(left_small, right_small, "exact")?;
        let fast_block = self.append_block("div.fast");
        let slow_block = self.append_block("div.exact");
        let end_block = self.append_block("div.end");
        self.builder.build_conditional_branch(both_small, fast_block, slow_block)?;
        let f64_type = self.gen.context.f64_type();
        self.builder.position_at_end(fast_block);
        let left_float = self.builder.build_signed_int_to_float(left, f64_type, "left_float")?;
        let right_float = self.builder.build_signed_int_to_float(right, f64_type, "right_float")?;
        let fast = self.builder.build_float_div(left_float, right_float, "quot")?;
        self.builder.build_unconditional_branch(end_block)?;
        self.builder.position_at_end(slow_block);
        let slow = self
            .call_runtime(names::taipan_int_true_divide, &[left.into(), right.into()], "quot")?
            .ok_or_else(|| CodegenError::new("int division returned nothing"))?
            .into_float_value();
        // The call may have ended `slow_block` (an invoke inside a `try`).
        let slow_end = self.builder.get_insert_block().ok_or_else(|| CodegenError::new("no insert block"))?;
        self.builder.build_unconditional_branch(end_block)?;
        self.builder.position_at_end(end_block);
        let phi = self.builder.build_phi(f64_type, "quot")?;
        phi.add_incoming(&[(&fast, fast_block), (&slow, slow_end)]);
        Ok(phi.as_basic_value().into_float_value())
    }
}
