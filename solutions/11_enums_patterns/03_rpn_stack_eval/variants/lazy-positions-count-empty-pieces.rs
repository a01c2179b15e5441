// variant: positions count the empty pieces between runs of whitespace
// expect: tests
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

pub fn eval_rpn(expr: &str) -> Result<i64, RpnError> {
    let mut stack: Vec<i64> = Vec::new();
    let pieces = expr.split(char::is_whitespace).enumerate();
    for (position, token) in pieces.filter(|(_, piece)| !piece.is_empty()) {
        if let Ok(number) = token.parse::<i64>() {
            stack.push(number);
            continue;
        }
        if token == "sum" {
            let mut total: i64 = 0;
            while let Some(value) = stack.pop() {
                let Some(next) = total.checked_add(value) else {
                    return Err(RpnError::Overflow { position });
                };
                total = next;
            }
            stack.push(total);
            continue;
        }
        let op: fn(i64, i64) -> Option<i64> = match token {
            "+" => i64::checked_add,
            "-" => i64::checked_sub,
            "*" => i64::checked_mul,
            "/" => i64::checked_div,
            other => {
                return Err(RpnError::UnknownToken {
                    position,
                    token: other.to_string(),
                });
            }
        };
        let (Some(right), Some(left)) = (stack.pop(), stack.pop()) else {
            return Err(RpnError::MissingOperand { position });
        };
        if token == "/" && right == 0 {
            return Err(RpnError::DivisionByZero { position });
        }
        let Some(value) = op(left, right) else {
            return Err(RpnError::Overflow { position });
        };
        stack.push(value);
    }
    match stack.as_slice() {
        [value] => Ok(*value),
        _ => Err(RpnError::LeftoverValues { count: stack.len() }),
    }
}
