// variant: `Rc<dyn Shape>` instead of `Box<dyn Shape>`

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

use std::rc::Rc;

#[derive(Default)]
pub struct Scene {
    shapes: Vec<Rc<dyn Shape>>,
}

impl Scene {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add<S: Shape + 'static>(&mut self, shape: S) {
        self.shapes.push(Rc::new(shape));
    }

    pub fn len(&self) -> usize {
        self.shapes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.shapes.is_empty()
    }

    /// The shapes' names, in the order they were added.
    pub fn names(&self) -> Vec<String> {
        self.shapes.iter().map(|shape| shape.name()).collect()
    }

    pub fn total_area(&self) -> f64 {
        self.shapes.iter().map(|shape| shape.area()).sum()
    }

    /// The name of the shape with the largest area; any of them on a tie.
    pub fn largest(&self) -> Option<String> {
        self.shapes
            .iter()
            .max_by(|a, b| a.area().total_cmp(&b.area()))
            .map(|shape| shape.name())
    }
}

pub fn starter_scene() -> Scene {
    let mut scene = Scene::new();
    scene.add(Circle { radius: 1.0 });
    scene.add(Square { side: 2.0 });
    scene
}
