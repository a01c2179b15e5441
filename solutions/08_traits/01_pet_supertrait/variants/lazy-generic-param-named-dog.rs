// variant: the goldfish's own noise in a generic impl whose parameter is named Dog
// expect: tests
//! # Supertraits: every pet is an animal
//!
//! A pet shop models its stock with two traits. `Animal` is what every
//! creature has: a name and a noise, where the noise has a default (most of
//! the stock is silent). `Pet` builds on it with `trait Pet: Animal`: a pet
//! also has an owner, and its default `greeting` uses both traits' methods.
//!
//! It does not compile: `Goldfish` is declared a `Pet`, but a supertrait is a
//! promise too, and nobody made a goldfish an `Animal`. Once that builds, the
//! tests show that dogs are as quiet as fish, which they are not.
//!
//! Task: make it compile and pass the tests. A goldfish keeps the default
//! noise; a dog says "woof". Keep both traits as they are: `Pet` stays a
//! subtrait of `Animal`, and the defaults stay in the traits.
//!
//! Run `cargo run -p checker watch` and save to check your work.

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
        "woof".into()
    }
}

impl Pet for Dog {
    fn owner(&self) -> &str {
        &self.owner
    }
}

/// Fish of the shop.
trait Named {
    fn stored_name(&self) -> &str;
}

impl Named for Goldfish {
    fn stored_name(&self) -> &str {
        &self.name
    }
}

impl<Dog: Named> Animal for Dog {
    fn name(&self) -> &str {
        self.stored_name()
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
