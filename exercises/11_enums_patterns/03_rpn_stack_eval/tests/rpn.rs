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

/// Checking the stack's length and then unwrapping `pop` passes every
/// behaviour test, but the task asks for the `Option`s to be matched instead;
/// so the code is read (comments are skipped). `unwrap_or` and friends never
/// panic and stay allowed.
#[test]
fn the_calculator_does_not_unwrap() {
    let source = include_str!("../src/lib.rs");
    for (index, line) in source.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        let unwraps = code
            .match_indices("unwrap")
            .any(|(at, _)| !code[at + "unwrap".len()..].starts_with("_or"));
        let banned = ["expect(", "::expect", "panic!", "unreachable!"]
            .into_iter()
            .find(|banned| code.contains(banned));
        assert!(
            !unwraps && banned.is_none(),
            "src/lib.rs line {}: `{}` can panic; match on the `Option` instead",
            index + 1,
            banned.unwrap_or("unwrap")
        );
    }
}
