// `Order` must stay non-`Clone`: the fix is to stop using an order after
// sending it, not to send a copy.
use channels_01_mpsc_send_moves::Order;

fn main() {
    let order = Order {
        id: 1,
        dish: String::from("ramen"),
    };
    let copy = order.clone(); //~ ERROR E0599
    println!("{copy:?}");
}
