// variant: rounds the points fee up
// PREDICT: E0004 line 42
// expect: tests

/// How a customer paid. Each variant carries only the data that makes sense
/// for it: a cash payment has no card number, a voucher has no contactless flag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payment {
    Cash,
    Card {
        last4: String,
        contactless: bool,
    },
    Voucher {
        code: String,
        cents: u64,
    },
    /// New: loyalty points, one cent each.
    Points(u32),
}

// PREDICT: E0004 line 42

/// The line printed on the receipt.
pub fn receipt_line(payment: &Payment) -> String {
    match payment {
        Payment::Cash => "cash".to_string(),
        Payment::Card {
            last4,
            contactless: true,
        } => format!("card ending {last4}, contactless"),
        Payment::Card { last4, .. } => format!("card ending {last4}"),
        Payment::Voucher { code, cents } => {
            format!("voucher {code} ({}.{:02})", cents / 100, cents % 100)
        }
        Payment::Points(points) => format!("{points} loyalty points"),
    }
}

/// What the shop pays, in cents, for taking `amount_cents` this way.
pub fn fee_cents(payment: &Payment, amount_cents: u64) -> u64 {
    // Every variant is named: the next new way to pay is a compile error
    // here instead of a silent zero fee.
    match payment {
        Payment::Card { .. } => amount_cents * 15 / 1000,
        Payment::Points(_) => (amount_cents * 2).div_ceil(100),
        Payment::Cash | Payment::Voucher { .. } => 0,
    }
}
