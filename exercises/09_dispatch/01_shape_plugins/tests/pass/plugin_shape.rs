// A plugin defines a kind of shape the library has never seen, and it goes
// into the same scene as the built-in ones.
use dispatch_01_shape_plugins::{Circle, Scene, Shape, Square};

struct Triangle {
    base: f64,
    height: f64,
}

impl Shape for Triangle {
    fn name(&self) -> String {
        String::from("triangle")
    }

    fn area(&self) -> f64 {
        self.base * self.height / 2.0
    }
}

fn main() {
    let mut scene = Scene::new();
    scene.add(Circle { radius: 0.5 });
    scene.add(Triangle {
        base: 10.0,
        height: 4.0,
    });
    scene.add(Square { side: 1.0 });
    assert_eq!(scene.names(), ["circle", "triangle", "square"]);
    assert_eq!(scene.largest().as_deref(), Some("triangle"));
}
