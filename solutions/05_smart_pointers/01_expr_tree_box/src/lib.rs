//! # Predict: an expression tree that contains itself
//!
//! An `Expr` that holds an `Expr` inline would have to be bigger than itself,
//! so rustc cannot give it a size (E0072). A `Box` is one pointer wide and
//! owns its operand on the heap: the node now has a fixed size, and each
//! operand still has exactly one owner, freed when its parent is dropped.

// PREDICT: E0072 line 22

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
