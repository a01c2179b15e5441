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
fn a_scene_of_flat_shapes_still_has_a_largest() {
    // Shapes of area 0 are still shapes: the largest is one of them.
    let mut scene = Scene::new();
    scene.add(Square { side: 0.0 });
    scene.add(Circle { radius: 0.0 });
    assert!(
        matches!(scene.largest().as_deref(), Some("square" | "circle")),
        "a scene of shapes of area 0 has a largest shape (any of them), got {:?}",
        scene.largest()
    );
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

/// A plugin's shape whose area is given outright.
struct Given {
    name: &'static str,
    area: f64,
}

impl Shape for Given {
    fn name(&self) -> String {
        String::from(self.name)
    }

    fn area(&self) -> f64 {
        self.area
    }
}

#[test]
fn largest_tells_close_and_huge_areas_apart() {
    // Each set has one largest area, however close its rival or however
    // large both are; every order of adding them gives the same answer.
    let sets: [&[(&str, f64)]; 4] = [
        &[("one", 1.0), ("a hair more", 1.0 + 1e-9), ("half", 0.5)],
        &[("huge", 1e300), ("huger", 2e300), ("small", 3.0)],
        &[("nothing", 0.0), ("a speck", 1e-12)],
        &[("big", 1e19), ("bigger", 1.5e19), ("tiny", 1e-3)],
    ];
    let scenes = sets
        .iter()
        .flat_map(|set| support::inputs::orders(set))
        .collect::<Vec<_>>();
    support::check::agree_on(
        scenes,
        |shapes| {
            shapes
                .iter()
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(name, _)| name.to_string())
        },
        |shapes| {
            let mut scene = Scene::new();
            for &(name, area) in shapes {
                scene.add(Given { name, area });
            }
            scene.largest()
        },
    );
}
