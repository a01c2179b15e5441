// variant: Box operands, and a Drop that frees a deep tree without recursion

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

/// Moves the operands of `expr` onto `stack`, leaving numbers behind.
fn take_operands(expr: &mut Expr, stack: &mut Vec<Expr>) {
    match expr {
        Expr::Num(_) => {}
        Expr::Neg(inner) => stack.push(std::mem::replace(&mut **inner, Expr::Num(0))),
        Expr::Add(left, right) | Expr::Mul(left, right) => {
            stack.push(std::mem::replace(&mut **left, Expr::Num(0)));
            stack.push(std::mem::replace(&mut **right, Expr::Num(0)));
        }
    }
}

// Dropping a deep tree unlinks it with a loop, not with recursion.
impl Drop for Expr {
    fn drop(&mut self) {
        let mut stack = Vec::new();
        take_operands(self, &mut stack);
        while let Some(mut expr) = stack.pop() {
            take_operands(&mut expr, &mut stack);
        }
    }
}
