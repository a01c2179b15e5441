// variant: `Scene<'a>` holding `Box<dyn Shape + 'a>`, with a generic `add` and a hand-written `largest`

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

/// Shapes may borrow data that outlives the scene: `'a` says for how long.
#[derive(Default)]
pub struct Scene<'a> {
    shapes: Vec<Box<dyn Shape + 'a>>,
}

impl<'a> Scene<'a> {
    pub fn new() -> Self {
        Self { shapes: Vec::new() }
    }

    pub fn add<S: Shape + 'a>(&mut self, shape: S) {
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
        self.shapes.iter().map(|shape| shape.name()).collect()
    }

    pub fn total_area(&self) -> f64 {
        self.shapes.iter().map(|shape| shape.area()).sum()
    }

    /// The name of the shape with the largest area; any of them on a tie.
    pub fn largest(&self) -> Option<String> {
        let mut best: Option<(f64, &dyn Shape)> = None;
        for shape in &self.shapes {
            let area = shape.area();
            if best.is_none_or(|(top, _)| area > top) {
                best = Some((area, shape.as_ref()));
            }
        }
        best.map(|(_, shape)| shape.name())
    }
}

pub fn starter_scene() -> Scene<'static> {
    let mut scene = Scene::new();
    scene.add(Circle { radius: 1.0 });
    scene.add(Square { side: 2.0 });
    scene
}
