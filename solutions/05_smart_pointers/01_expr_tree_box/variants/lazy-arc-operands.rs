// variant: operands behind Arc, which may be shared by several parents
// expect: case:an_operand_can_be_replaced_in_place

//! # Predict: an expression tree that contains itself
//!
//! `Expr` is a small arithmetic expression: a number, a negation, a sum or a
//! product. `eval` computes its value and `depth` counts the levels of the
//! tree (a lone number has depth 1).
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered.
//!
//! Then make it compile and pass the tests. Keep the four variants and their
//! names; each operand belongs to exactly one parent expression, which may
//! change it in place (a must-pass case does). The tests build trees with
//! `Expr::Add(left.into(), right.into())`.
//!
//! Run `cargo run -p checker watch` and save to check your work.

// PREDICT: E0072 line 23

use std::sync::Arc;

#[derive(Debug, PartialEq)]
pub enum Expr {
    Num(i64),
    Neg(Arc<Expr>),
    Add(Arc<Expr>, Arc<Expr>),
    Mul(Arc<Expr>, Arc<Expr>),
}

impl Expr {
    pub fn eval(&self) -> i64 {
        match self {
            Expr::Num(value) => *value,
            Expr::Neg(inner) => -inner.eval(),
            Expr::Add(left, right) => left.eval() + right.eval(),
            Expr::Mul(left, right) => left.eval() * right.eval(),
        }
    }

    pub fn depth(&self) -> usize {
        match self {
            Expr::Num(_) => 1,
            Expr::Neg(inner) => 1 + inner.depth(),
            Expr::Add(left, right) | Expr::Mul(left, right) => 1 + left.depth().max(right.depth()),
        }
    }
}
