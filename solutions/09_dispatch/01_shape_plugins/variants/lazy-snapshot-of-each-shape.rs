// variant: keeps each shape's name and area from the moment it was added, not the shape
// expect: tests

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

/// Only what the scene reports is kept: each shape's name and area.
#[derive(Default)]
pub struct Scene {
    shapes: Vec<(String, f64)>,
}

impl Scene {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, shape: impl Shape) {
        self.shapes.push((shape.name(), shape.area()));
    }

    pub fn len(&self) -> usize {
        self.shapes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.shapes.is_empty()
    }

    pub fn names(&self) -> Vec<String> {
        self.shapes.iter().map(|(name, _)| name.clone()).collect()
    }

    pub fn total_area(&self) -> f64 {
        self.shapes.iter().map(|(_, area)| area).sum()
    }

    pub fn largest(&self) -> Option<String> {
        self.shapes
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(name, _)| name.clone())
    }
}

pub fn starter_scene() -> Scene {
    let mut scene = Scene::new();
    scene.add(Circle { radius: 1.0 });
    scene.add(Square { side: 2.0 });
    scene
}
