// `Point` stays `Copy`: using it after passing it on is fine. `Label` can be
// duplicated, but only by saying so.
use ownership_05_print_ticket::{Label, Point};

fn distance_from_origin(point: Point) -> i32 {
    point.x.abs() + point.y.abs()
}

fn main() {
    let corner = Point { x: 3, y: -4 };
    let again = corner;
    assert_eq!(distance_from_origin(corner), 7);
    assert_eq!(again, corner);

    let label = Label {
        text: "hello".to_string(),
        at: corner,
    };
    let copy = label.clone();
    assert_eq!(copy, label);
}
