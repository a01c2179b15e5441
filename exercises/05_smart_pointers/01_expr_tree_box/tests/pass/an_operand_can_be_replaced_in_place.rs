// Each operand belongs to exactly one parent expression, so the parent may
// change it in place. A shared operand (`Rc`, `Arc`) would change every tree
// holding it, and it only lends shared references.
use smart_pointers_01_expr_tree_box::Expr;

fn main() {
    let mut negation = Expr::Neg(Expr::Num(1).into());
    if let Expr::Neg(inner) = &mut negation {
        **inner = Expr::Num(5);
    }
    assert_eq!(negation.eval(), -5);

    let mut sum = Expr::Add(Expr::Num(1).into(), Expr::Num(2).into());
    if let Expr::Add(_, right) = &mut sum {
        **right = Expr::Mul(Expr::Num(3).into(), Expr::Num(4).into());
    }
    assert_eq!(sum.eval(), 13);
    assert_eq!(sum.depth(), 3);
}
