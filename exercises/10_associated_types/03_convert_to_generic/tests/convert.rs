use associated_types_03_convert_to_generic::{Celsius, ConvertTo, Fahrenheit, Kelvin, convert_all};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn celsius_converts_to_fahrenheit() {
    let boiling: Fahrenheit = Celsius(100.0).convert();
    assert!(close(boiling.0, 212.0));
    let cold: Fahrenheit = Celsius(-40.0).convert();
    assert!(close(cold.0, -40.0), "-40 is the same on both scales");
}

#[test]
fn celsius_converts_to_kelvin() {
    let freezing: Kelvin = Celsius(0.0).convert();
    assert!(close(freezing.0, 273.15));
}

#[test]
fn fahrenheit_converts_back_to_celsius() {
    let body: Celsius = Fahrenheit(98.6).convert();
    assert!(close(body.0, 37.0));
}

#[test]
fn the_target_can_be_named_instead_of_inferred() {
    let kelvin = ConvertTo::<Kelvin>::convert(&Celsius(-273.15));
    assert!(close(kelvin.0, 0.0));
    let fahrenheit = <Celsius as ConvertTo<Fahrenheit>>::convert(&Celsius(0.0));
    assert!(close(fahrenheit.0, 32.0));
}

#[test]
fn convert_all_converts_in_order_to_the_chosen_scale() {
    let readings = [Celsius(0.0), Celsius(100.0)];
    let kelvins: Vec<Kelvin> = convert_all(&readings);
    assert_eq!(kelvins.len(), 2);
    assert!(close(kelvins[0].0, 273.15) && close(kelvins[1].0, 373.15));
    let fahrenheits: Vec<Fahrenheit> = convert_all(&readings);
    assert!(close(fahrenheits[0].0, 32.0) && close(fahrenheits[1].0, 212.0));
}

#[test]
fn convert_all_of_nothing_is_empty() {
    let empty: [Fahrenheit; 0] = [];
    let none: Vec<Celsius> = convert_all(&empty);
    assert!(none.is_empty());
}
