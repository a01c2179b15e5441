// variant: reads the operands with a slice pattern and truncates, and tells zero from overflow after `checked_div`

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

enum Token {
    Number(i64),
    Sum,
    Operator(char),
}

fn token_kind(token: &str) -> Option<Token> {
    match token {
        "sum" => Some(Token::Sum),
        "+" | "-" | "*" | "/" => token.chars().next().map(Token::Operator),
        _ => token.parse().ok().map(Token::Number),
    }
}

fn apply(operator: char, left: i64, right: i64, position: usize) -> Result<i64, RpnError> {
    let result = match operator {
        '+' => left.checked_add(right),
        '-' => left.checked_sub(right),
        '*' => left.checked_mul(right),
        _ => left.checked_div(right),
    };
    match result {
        Some(value) => Ok(value),
        None if operator == '/' && right == 0 => Err(RpnError::DivisionByZero { position }),
        None => Err(RpnError::Overflow { position }),
    }
}

pub fn eval_rpn(expr: &str) -> Result<i64, RpnError> {
    let mut stack: Vec<i64> = Vec::new();
    for (position, token) in expr.split_whitespace().enumerate() {
        let Some(kind) = token_kind(token) else {
            return Err(RpnError::UnknownToken {
                position,
                token: token.to_string(),
            });
        };
        match kind {
            Token::Number(number) => stack.push(number),
            Token::Sum => {
                let mut total = 0_i64;
                for value in stack.drain(..) {
                    total = total
                        .checked_add(value)
                        .ok_or(RpnError::Overflow { position })?;
                }
                stack.push(total);
            }
            Token::Operator(operator) => {
                let &[.., left, right] = stack.as_slice() else {
                    return Err(RpnError::MissingOperand { position });
                };
                stack.truncate(stack.len().saturating_sub(2));
                stack.push(apply(operator, left, right, position)?);
            }
        }
    }
    match *stack.as_slice() {
        [value] => Ok(value),
        _ => Err(RpnError::LeftoverValues { count: stack.len() }),
    }
}
