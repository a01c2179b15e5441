use dispatch_01_shape_plugins::{Circle, Scene, Shape, Square, starter_scene, total_area_of};
use std::cell::Cell;
use std::f64::consts::PI;
use std::rc::Rc;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn a_new_scene_is_empty() {
    let scene = Scene::new();
    assert!(scene.is_empty());
    assert_eq!(scene.len(), 0);
    assert_eq!(scene.total_area(), 0.0);
    assert_eq!(scene.largest(), None);
}

#[test]
fn one_scene_holds_circles_and_squares_in_order() {
    let mut scene = Scene::new();
    scene.add(Square { side: 1.0 });
    scene.add(Circle { radius: 1.0 });
    scene.add(Square { side: 3.0 });
    assert_eq!(scene.len(), 3);
    assert_eq!(scene.names(), ["square", "circle", "square"]);
}

#[test]
fn total_area_adds_every_kind() {
    let mut scene = Scene::new();
    scene.add(Circle { radius: 2.0 });
    scene.add(Square { side: 3.0 });
    assert!(close(scene.total_area(), 4.0 * PI + 9.0));
}

#[test]
fn largest_names_the_biggest_shape() {
    let mut scene = Scene::new();
    scene.add(Square { side: 1.0 });
    scene.add(Circle { radius: 1.0 });
    assert_eq!(scene.largest().as_deref(), Some("circle"));
    scene.add(Square { side: 2.0 });
    assert_eq!(scene.largest().as_deref(), Some("square"));
}

#[test]
fn the_starter_scene_has_a_circle_and_a_square() {
    let scene = starter_scene();
    assert_eq!(scene.names(), ["circle", "square"]);
    assert!(close(scene.total_area(), PI + 4.0));
}

#[test]
fn the_generic_helper_still_sums_one_kind() {
    let squares = [Square { side: 1.0 }, Square { side: 2.0 }];
    assert!(close(total_area_of(&squares), 5.0));
}

/// A plugin's shape that can change after it was added: its radius is
/// shared with the test, which inflates it.
struct Balloon {
    radius: Rc<Cell<f64>>,
}

impl Shape for Balloon {
    fn name(&self) -> String {
        if self.radius.get() > 2.0 {
            String::from("big balloon")
        } else {
            String::from("balloon")
        }
    }

    fn area(&self) -> f64 {
        PI * self.radius.get() * self.radius.get()
    }
}

#[test]
fn the_scene_asks_its_shapes_each_time() {
    let radius = Rc::new(Cell::new(1.0));
    let mut scene = Scene::new();
    scene.add(Balloon {
        radius: Rc::clone(&radius),
    });
    scene.add(Square { side: 2.0 });
    assert_eq!(scene.largest().as_deref(), Some("square"));
    radius.set(3.0);
    assert!(
        close(scene.total_area(), 9.0 * PI + 4.0),
        "the balloon grew after it was added"
    );
    assert_eq!(scene.names(), ["big balloon", "square"]);
    assert_eq!(scene.largest().as_deref(), Some("big balloon"));
}

#[test]
fn the_scene_owns_its_shapes() {
    let radius = Rc::new(Cell::new(1.0));
    let mut scene = Scene::new();
    scene.add(Balloon {
        radius: Rc::clone(&radius),
    });
    assert_eq!(Rc::strong_count(&radius), 2, "the scene holds the balloon");
    drop(scene);
    assert_eq!(
        Rc::strong_count(&radius),
        1,
        "dropping the scene drops its shapes"
    );
}
