//! # A stack calculator that never panics
//!
//! `eval_rpn` evaluates integer expressions in reverse Polish notation:
//! `"3 4 + 2 *"` is `(3 + 4) * 2`. Tokens are separated by any whitespace
//! (tabs, newlines and Unicode spaces such as U+3000 too). The operators
//! `+ - * /` pop two values and push the result; `sum` pops every value on
//! the stack and pushes their total (0 for an empty stack). A valid
//! expression leaves exactly one value.
//!
//! An operator overflows when its exact result does not fit in an `i64`; a
//! `sum` whose total does not fit overflows too. Whether a `sum` whose total
//! fits, but whose running total passes `i64`'s range on the way, is an
//! overflow depends on the order you add in: that is up to you, and the tests
//! do not try it.
//!
//! The happy path works, but bad input crashes the program: an operator with
//! too few operands, a division by zero or an overflowing result panics, and
//! an unknown token or a stack with leftovers is not reported properly.
//!
//! Task: return the right `RpnError` for every bad input and never panic.
//! Positions count tokens from 0. An unknown token is reported as such even
//! when the stack is short. Work with the `Option`s that `pop` and the
//! `checked_*` operations return (`let ... else`, `if let`, `match`): no
//! `unwrap`, `expect`, `panic!`, `unreachable!`, `assert!` or indexing.
//!
//! Run `cargo run -p checker watch` and save to check your work.

/// Why an expression could not be evaluated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RpnError {
    /// The operator at `position` found fewer than two values on the stack.
    MissingOperand { position: usize },
    /// The token at `position` is neither an integer nor an operator.
    UnknownToken { position: usize, token: String },
    /// The `/` at `position` would divide by zero.
    DivisionByZero { position: usize },
    /// The operator at `position` overflowed `i64`.
    Overflow { position: usize },
    /// The input ended with `count` values on the stack instead of one.
    LeftoverValues { count: usize },
}

/// The four binary operators.
#[derive(Debug, Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

impl Op {
    fn parse(token: &str) -> Option<Op> {
        match token {
            "+" => Some(Op::Add),
            "-" => Some(Op::Sub),
            "*" => Some(Op::Mul),
            "/" => Some(Op::Div),
            _ => None,
        }
    }

    fn apply(self, left: i64, right: i64, position: usize) -> Result<i64, RpnError> {
        let result = match self {
            Op::Add => left.checked_add(right),
            Op::Sub => left.checked_sub(right),
            Op::Mul => left.checked_mul(right),
            Op::Div if right == 0 => return Err(RpnError::DivisionByZero { position }),
            Op::Div => left.checked_div(right),
        };
        result.ok_or(RpnError::Overflow { position })
    }
}

pub fn eval_rpn(expr: &str) -> Result<i64, RpnError> {
    let mut stack: Vec<i64> = Vec::new();
    for (position, token) in expr.split_whitespace().enumerate() {
        if let Ok(number) = token.parse::<i64>() {
            stack.push(number);
            continue;
        }
        if token == "sum" {
            let mut total: i64 = 0;
            while let Some(value) = stack.pop() {
                total = total
                    .checked_add(value)
                    .ok_or(RpnError::Overflow { position })?;
            }
            stack.push(total);
            continue;
        }
        // Decide what the token is before touching the stack.
        let Some(op) = Op::parse(token) else {
            return Err(RpnError::UnknownToken {
                position,
                token: token.to_string(),
            });
        };
        let (Some(right), Some(left)) = (stack.pop(), stack.pop()) else {
            return Err(RpnError::MissingOperand { position });
        };
        stack.push(op.apply(left, right, position)?);
    }
    match stack.as_slice() {
        [value] => Ok(*value),
        rest => Err(RpnError::LeftoverValues { count: rest.len() }),
    }
}
