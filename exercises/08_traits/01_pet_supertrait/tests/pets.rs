use traits_01_pet_supertrait::{Animal, Dog, Goldfish, Pet, introduce};

fn dog() -> Dog {
    Dog {
        name: String::from("Rex"),
        owner: String::from("Ada"),
    }
}

fn goldfish() -> Goldfish {
    Goldfish {
        name: String::from("Bubbles"),
        owner: String::from("Zoë"),
    }
}

#[test]
fn a_dog_overrides_the_default_noise() {
    assert_eq!(dog().noise(), "woof");
    assert_eq!(dog().greeting(), "Ada's Rex goes woof");
}

#[test]
fn a_goldfish_keeps_the_silent_default() {
    assert_eq!(goldfish().noise(), "...");
    assert_eq!(goldfish().greeting(), "Zoë's Bubbles goes ...");
}

#[test]
fn a_goldfish_is_an_animal_with_its_own_name() {
    assert_eq!(goldfish().name(), "Bubbles");
    assert_eq!(goldfish().owner(), "Zoë");
}

#[test]
fn introduce_works_for_every_kind_of_pet() {
    assert_eq!(introduce(&dog()), "Meet Rex! Ada's Rex goes woof");
    assert_eq!(
        introduce(&goldfish()),
        "Meet Bubbles! Zoë's Bubbles goes ..."
    );
}
