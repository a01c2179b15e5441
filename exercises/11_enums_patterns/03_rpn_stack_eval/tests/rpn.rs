// The tests assert, of course: only the library is forbidden to.
#![allow(clippy::disallowed_macros)]

use enums_patterns_03_rpn_stack_eval::{RpnError, eval_rpn};

#[test]
fn evaluates_well_formed_expressions() {
    assert_eq!(eval_rpn("3 4 + 2 *"), Ok(14));
    assert_eq!(
        eval_rpn("10 3 -"),
        Ok(7),
        "the first value pushed is the left operand"
    );
    assert_eq!(eval_rpn("7 2 /"), Ok(3));
    assert_eq!(eval_rpn("-7 2 /"), Ok(-3));
    assert_eq!(eval_rpn("  42  "), Ok(42));
}

#[test]
fn any_whitespace_separates_tokens() {
    assert_eq!(eval_rpn("3\t4\n+ \r\n2\u{3000}*"), Ok(14));
    assert_eq!(eval_rpn("\u{a0}5\u{2003}1\u{a0}-\n"), Ok(4));
    assert_eq!(
        eval_rpn("1\t2\t+\tx"),
        Err(RpnError::UnknownToken {
            position: 3,
            token: "x".to_string()
        })
    );
    // Runs of whitespace are one separator: positions count tokens, not
    // the empty pieces between two spaces.
    assert_eq!(
        eval_rpn("1  \t\u{3000} +"),
        Err(RpnError::MissingOperand { position: 1 })
    );
    assert_eq!(
        eval_rpn(" \n 1 \u{a0}\u{a0} 2   / 0  \t /"),
        Err(RpnError::DivisionByZero { position: 4 })
    );
}

#[test]
fn sum_collapses_the_whole_stack() {
    assert_eq!(eval_rpn("1 2 3 4 sum"), Ok(10));
    assert_eq!(eval_rpn("sum"), Ok(0), "the sum of nothing is 0");
    assert_eq!(eval_rpn("5 sum 2 *"), Ok(10));
}

#[test]
fn an_operator_without_two_values_is_reported_with_its_position() {
    assert_eq!(eval_rpn("+"), Err(RpnError::MissingOperand { position: 0 }));
    assert_eq!(
        eval_rpn("1 2 + *"),
        Err(RpnError::MissingOperand { position: 3 })
    );
}

#[test]
fn unknown_tokens_are_reported_even_on_a_short_stack() {
    assert_eq!(
        eval_rpn("1 2 %"),
        Err(RpnError::UnknownToken {
            position: 2,
            token: "%".to_string()
        })
    );
    assert_eq!(
        eval_rpn("x"),
        Err(RpnError::UnknownToken {
            position: 0,
            token: "x".to_string()
        })
    );
    assert_eq!(
        eval_rpn("1 ÷"),
        Err(RpnError::UnknownToken {
            position: 1,
            token: "÷".to_string()
        })
    );
}

#[test]
fn division_by_zero_is_an_error() {
    assert_eq!(
        eval_rpn("1 0 /"),
        Err(RpnError::DivisionByZero { position: 2 })
    );
}

#[test]
fn overflow_is_an_error() {
    let max = i64::MAX;
    let min = i64::MIN;
    assert_eq!(
        eval_rpn(&format!("{max} 1 +")),
        Err(RpnError::Overflow { position: 2 })
    );
    assert_eq!(
        eval_rpn(&format!("{min} 1 -")),
        Err(RpnError::Overflow { position: 2 })
    );
    assert_eq!(
        eval_rpn(&format!("{max} 2 *")),
        Err(RpnError::Overflow { position: 2 })
    );
    assert_eq!(
        eval_rpn(&format!("{min} -1 /")),
        Err(RpnError::Overflow { position: 2 })
    );
    assert_eq!(
        eval_rpn(&format!("{max} 1 sum")),
        Err(RpnError::Overflow { position: 2 })
    );
    assert_eq!(
        eval_rpn(&format!("{min} -1 sum")),
        Err(RpnError::Overflow { position: 2 }),
        "a total below i64::MIN overflows too"
    );
    assert_eq!(
        eval_rpn(&format!("{min} {min} sum")),
        Err(RpnError::Overflow { position: 2 })
    );
}

#[test]
fn the_stack_must_end_with_exactly_one_value() {
    assert_eq!(eval_rpn(""), Err(RpnError::LeftoverValues { count: 0 }));
    assert_eq!(eval_rpn("1 2"), Err(RpnError::LeftoverValues { count: 2 }));
    assert_eq!(
        eval_rpn("1 2 3 +"),
        Err(RpnError::LeftoverValues { count: 2 })
    );
}

#[test]
fn a_long_expression_is_evaluated() {
    let mut expr = String::from("0");
    for _ in 0..100_000 {
        expr.push_str(" 1 +");
    }
    assert_eq!(eval_rpn(&expr), Ok(100_000));
}

#[test]
fn every_operator_on_the_extremes_of_i64() {
    // The oracle computes in i128, where none of these can overflow, and
    // reports an overflow only when the exact result does not fit in i64.
    let extremes = support::inputs::extremes::<i64>();
    let mut inputs = Vec::new();
    for &left in &extremes {
        for &right in &extremes {
            for operator in ["+", "-", "*", "/"] {
                inputs.push((left, right, operator));
            }
        }
    }
    let oracle = |&(left, right, operator): &(i64, i64, &str)| {
        let (left, right) = (i128::from(left), i128::from(right));
        let exact = match operator {
            "+" => left + right,
            "-" => left - right,
            "*" => left * right,
            _ if right == 0 => return Err(RpnError::DivisionByZero { position: 2 }),
            _ => left / right,
        };
        i64::try_from(exact).map_err(|_| RpnError::Overflow { position: 2 })
    };
    support::check::agree_on(inputs, oracle, |&(left, right, operator)| {
        eval_rpn(&format!("{left} {right} {operator}"))
    });
}
