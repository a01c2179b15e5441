use enums_patterns_01_payment_method_match::{Payment, fee_cents, receipt_line};

fn card(contactless: bool) -> Payment {
    Payment::Card {
        last4: "4242".to_string(),
        contactless,
    }
}

#[test]
fn receipts_for_the_old_ways_to_pay_are_unchanged() {
    assert_eq!(receipt_line(&Payment::Cash), "cash");
    assert_eq!(receipt_line(&card(true)), "card ending 4242, contactless");
    assert_eq!(receipt_line(&card(false)), "card ending 4242");
    let voucher = Payment::Voucher {
        code: "SPRING".to_string(),
        cents: 1005,
    };
    assert_eq!(receipt_line(&voucher), "voucher SPRING (10.05)");
}

#[test]
fn a_points_receipt_names_the_points_spent() {
    assert_eq!(receipt_line(&Payment::Points(1250)), "1250 loyalty points");
    assert_eq!(receipt_line(&Payment::Points(0)), "0 loyalty points");
}

#[test]
fn old_fees_are_unchanged() {
    assert_eq!(fee_cents(&Payment::Cash, 10_000), 0);
    assert_eq!(fee_cents(&card(true), 10_000), 150);
    assert_eq!(fee_cents(&card(false), 999), 14, "1.5% rounded down");
    let voucher = Payment::Voucher {
        code: "X".to_string(),
        cents: 500,
    };
    assert_eq!(fee_cents(&voucher, 500), 0);
}

#[test]
fn points_cost_the_shop_two_percent() {
    assert_eq!(
        fee_cents(&Payment::Points(5000), 5000),
        100,
        "the catch-all arm must not swallow the new variant"
    );
    assert_eq!(fee_cents(&Payment::Points(149), 149), 2, "2% rounded down");
}
