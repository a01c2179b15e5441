// A new kind of source plugs into `Settings` as a trait object, and the
// generic and `Self`-returning conveniences still work on concrete sources.
use dispatch_03_dyn_compatible_settings::{MapSource, SettingSource, Settings};

#[derive(Clone)]
struct Fixed;

impl SettingSource for Fixed {
    fn name(&self) -> String {
        String::from("fixed")
    }

    fn raw(&self, key: &str) -> Option<String> {
        (key == "retries").then(|| String::from("3"))
    }

    fn snapshot(&self) -> Self {
        self.clone()
    }
}

fn main() {
    let sources: Vec<Box<dyn SettingSource>> =
        vec![Box::new(Fixed), Box::new(MapSource::new("map", &[]))];
    assert_eq!(sources.len(), 2);

    let mut settings = Settings::new();
    settings.add(Fixed);
    assert_eq!(settings.get_parsed::<u32>("retries"), Some(3));

    assert_eq!(Fixed.parsed::<u8>("retries"), Some(3));
    let copy: Fixed = Fixed.snapshot();
    assert_eq!(copy.name(), "fixed");
    let map = MapSource::new("map", &[("debug", "true")]);
    assert_eq!(map.snapshot().parsed::<bool>("debug"), Some(true));
}
