use dispatch_03_dyn_compatible_settings::{MapSource, SettingSource, Settings};

fn layered() -> Settings {
    let mut settings = Settings::new();
    settings.add(MapSource::new("flags", &[("port", "9000")]));
    settings.add(MapSource::new(
        "file",
        &[("port", "8080"), ("host", "example.org")],
    ));
    settings.add(MapSource::new(
        "defaults",
        &[("port", "80"), ("host", "localhost"), ("workers", "4")],
    ));
    settings
}

#[test]
fn the_first_source_that_knows_a_key_wins() {
    let settings = layered();
    assert_eq!(settings.get("port").as_deref(), Some("9000"));
    assert_eq!(settings.get("host").as_deref(), Some("example.org"));
    assert_eq!(settings.get("workers").as_deref(), Some("4"));
}

#[test]
fn origin_names_the_winning_source() {
    let settings = layered();
    assert_eq!(settings.origin("port").as_deref(), Some("flags"));
    assert_eq!(settings.origin("host").as_deref(), Some("file"));
    assert_eq!(settings.origin("workers").as_deref(), Some("defaults"));
}

#[test]
fn an_unknown_key_has_no_value_and_no_origin() {
    let settings = layered();
    assert_eq!(settings.get("timeout"), None);
    assert_eq!(settings.origin("timeout"), None);
}

#[test]
fn settings_without_sources_know_nothing() {
    assert_eq!(Settings::new().get("port"), None);
}

#[test]
fn values_parse_into_the_requested_type() {
    let settings = layered();
    assert_eq!(settings.get_parsed::<u16>("port"), Some(9000));
    assert_eq!(settings.get_parsed::<u8>("workers"), Some(4));
    assert_eq!(settings.get_parsed::<u16>("host"), None, "not a number");
}

#[test]
fn a_concrete_source_parses_and_snapshots() {
    let mut source = MapSource::new("file", &[("ratio", "0.5")]);
    assert_eq!(source.parsed::<f64>("ratio"), Some(0.5));
    let before = source.snapshot();
    source.set("ratio", "0.75");
    assert_eq!(before.raw("ratio").as_deref(), Some("0.5"));
    assert_eq!(source.raw("ratio").as_deref(), Some("0.75"));
}
