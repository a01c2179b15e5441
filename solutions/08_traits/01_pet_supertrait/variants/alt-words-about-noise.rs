// variant: mentions noise in comments, docs and strings, and names the trait by its path

pub trait Animal {
    fn name(&self) -> &str;

    /// What the animal says. Most of the shop's stock makes no sound.
    fn noise(&self) -> String {
        String::from("...")
    }
}

/// A pet is an animal with an owner.
pub trait Pet: Animal {
    fn owner(&self) -> &str;

    fn greeting(&self) -> String {
        format!("{}'s {} goes {}", self.owner(), self.name(), self.noise())
    }
}

/// Introduces any pet. The `Pet` bound alone gives access to `name`,
/// because every `Pet` is an `Animal`.
pub fn introduce<P: Pet>(pet: &P) -> String {
    format!("Meet {}! {}", pet.name(), pet.greeting())
}

pub struct Dog {
    pub name: String,
    pub owner: String,
}

pub struct Goldfish {
    pub name: String,
    pub owner: String,
}

impl Animal for Dog {
    fn name(&self) -> &str {
        &self.name
    }

    fn noise(&self) -> String {
        "woof".to_owned()
    }
}

impl Pet for Dog {
    fn owner(&self) -> &str {
        &self.owner
    }
}

// The goldfish says nothing of its own: no `fn noise` here, the
// trait's "..." is exactly right.
impl crate::Animal for Goldfish {
    /// The name, not the noise.
    fn name(&self) -> &str {
        self.name.as_str()
    }
}

impl Goldfish {
    /// How a keeper describes it: "a goldfish makes no noise".
    pub fn label(&self) -> String {
        format!("{}, a goldfish that makes no noise", self.name)
    }
}

impl Pet for Goldfish {
    fn owner(&self) -> &str {
        &self.owner
    }
}
