// `Pet` must stay a subtrait of `Animal`: code holding only a `Pet` bound
// calls `Animal` methods, and a new pet type gets both defaults for free.
use traits_01_pet_supertrait::{Animal, Goldfish, Pet, introduce};

fn loudness<P: Pet>(pet: &P) -> usize {
    pet.noise().len()
}

struct Hamster;

impl Animal for Hamster {
    fn name(&self) -> &str {
        "Nibbles"
    }
}

impl Pet for Hamster {
    fn owner(&self) -> &str {
        "Grace"
    }
}

/// Named and owned like the shop's dog: the defaults do not depend on who
/// implements the trait.
struct Parrot;

impl Animal for Parrot {
    fn name(&self) -> &str {
        "Rex"
    }
}

impl Pet for Parrot {
    fn owner(&self) -> &str {
        "Ada"
    }
}

fn main() {
    let fish = Goldfish {
        name: String::from("Finn"),
        owner: String::from("Alan"),
    };
    assert_eq!(loudness(&fish), 3);
    assert_eq!(Hamster.greeting(), "Grace's Nibbles goes ...");
    assert_eq!(
        introduce(&Hamster),
        "Meet Nibbles! Grace's Nibbles goes ..."
    );
    assert_eq!(Parrot.noise(), "...");
    assert_eq!(introduce(&Parrot), "Meet Rex! Ada's Rex goes ...");
}
