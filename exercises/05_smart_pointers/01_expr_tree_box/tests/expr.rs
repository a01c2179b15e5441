use smart_pointers_01_expr_tree_box::Expr;

fn num(value: i64) -> Expr {
    Expr::Num(value)
}

fn neg(inner: Expr) -> Expr {
    Expr::Neg(inner.into())
}

fn add(left: Expr, right: Expr) -> Expr {
    Expr::Add(left.into(), right.into())
}

fn mul(left: Expr, right: Expr) -> Expr {
    Expr::Mul(left.into(), right.into())
}

#[test]
fn a_number_evaluates_to_itself() {
    assert_eq!(num(7).eval(), 7);
    assert_eq!(num(7).depth(), 1);
}

#[test]
fn sums_products_and_negations_nest() {
    // (1 + 2) * -(4)
    let expr = mul(add(num(1), num(2)), neg(num(4)));
    assert_eq!(expr.eval(), -12);
    assert_eq!(expr.depth(), 3);
}

#[test]
fn equal_trees_compare_equal() {
    assert_eq!(add(num(1), neg(num(2))), add(num(1), neg(num(2))));
    assert_ne!(add(num(1), num(2)), mul(num(1), num(2)));
}

#[test]
fn a_deep_chain_of_negations_evaluates() {
    let mut expr = num(5);
    for _ in 0..1_000 {
        expr = neg(expr);
    }
    assert_eq!(expr.eval(), 5, "an even number of negations cancels out");
    assert_eq!(expr.depth(), 1_001);
}

#[test]
fn an_expression_is_a_small_fixed_size_value() {
    // The operands live elsewhere; the node itself holds a tag and pointers.
    assert!(
        std::mem::size_of::<Expr>() <= 4 * std::mem::size_of::<usize>(),
        "Expr takes {} bytes",
        std::mem::size_of::<Expr>()
    );
}
