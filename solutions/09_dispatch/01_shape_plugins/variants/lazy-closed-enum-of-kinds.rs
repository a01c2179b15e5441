// variant: an enum of the library's own kinds, so plugins cannot add theirs
// expect: E0277

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

/// The kinds a scene can hold.
pub enum AnyShape {
    Circle(Circle),
    Square(Square),
}

impl From<Circle> for AnyShape {
    fn from(circle: Circle) -> Self {
        AnyShape::Circle(circle)
    }
}

impl From<Square> for AnyShape {
    fn from(square: Square) -> Self {
        AnyShape::Square(square)
    }
}

impl AnyShape {
    fn shape(&self) -> &dyn Shape {
        match self {
            AnyShape::Circle(circle) => circle,
            AnyShape::Square(square) => square,
        }
    }
}

#[derive(Default)]
pub struct Scene {
    shapes: Vec<AnyShape>,
}

impl Scene {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, shape: impl Into<AnyShape>) {
        self.shapes.push(shape.into());
    }

    pub fn len(&self) -> usize {
        self.shapes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.shapes.is_empty()
    }

    pub fn names(&self) -> Vec<String> {
        self.shapes
            .iter()
            .map(|shape| shape.shape().name())
            .collect()
    }

    pub fn total_area(&self) -> f64 {
        self.shapes.iter().map(|shape| shape.shape().area()).sum()
    }

    pub fn largest(&self) -> Option<String> {
        self.shapes
            .iter()
            .max_by(|a, b| a.shape().area().total_cmp(&b.shape().area()))
            .map(|shape| shape.shape().name())
    }
}

pub fn starter_scene() -> Scene {
    let mut scene = Scene::new();
    scene.add(Circle { radius: 1.0 });
    scene.add(Square { side: 2.0 });
    scene
}
