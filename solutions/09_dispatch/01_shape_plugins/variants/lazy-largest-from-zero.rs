// variant: a max search seeded with area 0 that misses a scene of flat shapes
// expect: tests
//! # A plugin list: shapes of every kind in one scene
//!
//! A drawing program keeps a `Scene`: the shapes on the canvas, in the order
//! they were added. The program ships circles and squares, and plugins add
//! their own kinds by implementing `Shape`. One scene holds all of them.
//!
//! It does not compile. `Scene<S>` is generic, and a generic parameter
//! stands for ONE type: a `Scene<Circle>` holds circles and nothing else.
//!
//! Task: make one `Scene` hold shapes of different kinds, including kinds
//! the library has never heard of. Callers write `Scene::new()` and
//! `scene.add(Circle { radius: 1.0 })` for any shape, passing the shape by
//! value; the scene owns the shapes and asks them for their name and area
//! whenever it is asked itself (a plugin's shape may change after it was
//! added). `starter_scene` returns a circle and a square. Keep `Shape` and
//! `total_area_of` as they are.
//!
//! Run `cargo run -p checker watch` and save to check your work.

pub trait Shape {
    fn name(&self) -> String;
    fn area(&self) -> f64;
}

pub struct Circle {
    pub radius: f64,
}

pub struct Square {
    pub side: f64,
}

impl Shape for Circle {
    fn name(&self) -> String {
        String::from("circle")
    }

    fn area(&self) -> f64 {
        std::f64::consts::PI * self.radius * self.radius
    }
}

impl Shape for Square {
    fn name(&self) -> String {
        String::from("square")
    }

    fn area(&self) -> f64 {
        self.side * self.side
    }
}

/// The area of many shapes of one kind: the generic, statically
/// dispatched way, one compiled copy per kind.
pub fn total_area_of<S: Shape>(shapes: &[S]) -> f64 {
    shapes.iter().map(Shape::area).sum()
}

/// Shapes of any kind, each boxed behind the `Shape` vtable.
pub struct Scene {
    shapes: Vec<Box<dyn Shape>>,
}

impl Scene {
    pub fn new() -> Self {
        Self { shapes: Vec::new() }
    }

    /// Any kind of shape, passed by value; the scene boxes and owns it.
    pub fn add<S: Shape + 'static>(&mut self, shape: S) {
        self.shapes.push(Box::new(shape));
    }

    pub fn len(&self) -> usize {
        self.shapes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.shapes.is_empty()
    }

    /// The shapes' names, in the order they were added.
    pub fn names(&self) -> Vec<String> {
        self.shapes.iter().map(|s| s.name()).collect()
    }

    pub fn total_area(&self) -> f64 {
        self.shapes.iter().map(|s| s.area()).sum()
    }

    /// The name of the shape with the largest area; any of them on a tie.
    pub fn largest(&self) -> Option<String> {
        let mut best = None;
        let mut best_area = 0.0;
        for shape in &self.shapes {
            let area = shape.area();
            if area > best_area {
                best_area = area;
                best = Some(shape.name());
            }
        }
        best
    }
}

impl Default for Scene {
    fn default() -> Self {
        Self::new()
    }
}

pub fn starter_scene() -> Scene {
    let mut scene = Scene::new();
    scene.add(Circle { radius: 1.0 });
    scene.add(Square { side: 2.0 });
    scene
}
