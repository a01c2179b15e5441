// variant: checks the stack's length, then calls `expect` on `pop`
// expect: rule:clippy::expect_used, rule:clippy::disallowed_methods

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
        if !matches!(token, "+" | "-" | "*" | "/") {
            return Err(RpnError::UnknownToken {
                position,
                token: token.to_string(),
            });
        }
        if stack.len() < 2 {
            return Err(RpnError::MissingOperand { position });
        }
        let right = stack.pop().expect("checked above");
        let left = stack.pop().expect("checked above");
        let result = match token {
            "+" => left.checked_add(right),
            "-" => left.checked_sub(right),
            "*" => left.checked_mul(right),
            "/" if right == 0 => return Err(RpnError::DivisionByZero { position }),
            "/" => left.checked_div(right),
            _ => None,
        };
        let Some(value) = result else {
            return Err(RpnError::Overflow { position });
        };
        stack.push(value);
    }
    match stack.as_slice() {
        [value] => Ok(*value),
        rest => Err(RpnError::LeftoverValues { count: rest.len() }),
    }
}
