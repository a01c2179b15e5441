// variant: denies unwrap itself, says "unwrap" in comments and strings, and matches a pair of pops
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fmt;

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

impl fmt::Display for RpnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RpnError::MissingOperand { position } => {
                write!(f, "token {position}: nothing to unwrap, the stack is short")
            }
            RpnError::UnknownToken { position, token } => {
                write!(
                    f,
                    "token {position}: `{token}` is not a number, an operator or sum"
                )
            }
            RpnError::DivisionByZero { position } => {
                write!(
                    f,
                    "token {position}: no panic!, but no division by zero either"
                )
            }
            RpnError::Overflow { position } => write!(f, "token {position}: overflow"),
            RpnError::LeftoverValues { count } => {
                write!(f, "{count} values left; expect(exactly one)")
            }
        }
    }
}

impl std::error::Error for RpnError {}

fn binary(token: &str) -> Option<fn(i64, i64) -> Option<i64>> {
    match token {
        "+" => Some(i64::checked_add),
        "-" => Some(i64::checked_sub),
        "*" => Some(i64::checked_mul),
        "/" => Some(i64::checked_div),
        _ => None,
    }
}

pub fn eval_rpn(expr: &str) -> Result<i64, RpnError> {
    let mut stack = Vec::new();
    for (position, token) in expr.split_whitespace().enumerate() {
        if let Ok(number) = token.parse() {
            stack.push(number);
        } else if token == "sum" {
            /* no unwrap here: `try_fold` stops at the first overflow */
            let total = stack
                .drain(..)
                .try_fold(0_i64, i64::checked_add)
                .ok_or(RpnError::Overflow { position })?;
            stack.push(total);
        } else if let Some(operation) = binary(token) {
            match (stack.pop(), stack.pop()) {
                (Some(0), Some(_)) if token == "/" => {
                    return Err(RpnError::DivisionByZero { position });
                }
                (Some(right), Some(left)) => {
                    let value = operation(left, right).ok_or(RpnError::Overflow { position })?;
                    stack.push(value);
                }
                _ => return Err(RpnError::MissingOperand { position }),
            }
        } else {
            return Err(RpnError::UnknownToken {
                position,
                token: token.to_owned(),
            });
        }
    }
    if let [value] = stack[..] {
        Ok(value)
    } else {
        Err(RpnError::LeftoverValues { count: stack.len() })
    }
}
