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
//!
//! ## The solution
//!
//! An `Expr` that holds an `Expr` inline would have to be bigger than itself,
//! so rustc cannot give it a size (E0072). A `Box` is one pointer wide and
//! owns its operand on the heap: the node now has a fixed size, and each
//! operand still has exactly one owner, freed when its parent is dropped.

// PREDICT: E0072 line 23

#[derive(Debug, PartialEq)]
pub enum Expr {
    Num(i64),
    Neg(Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
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
