// variant: the goldfish writes the silent noise itself instead of keeping the default
// expect: tests

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
        String::from("woof")
    }
}

impl Pet for Dog {
    fn owner(&self) -> &str {
        &self.owner
    }
}

impl Animal for Goldfish {
    fn name(&self) -> &str {
        &self.name
    }

    fn noise(&self) -> String {
        String::from("...")
    }
}

impl Pet for Goldfish {
    fn owner(&self) -> &str {
        &self.owner
    }
}
