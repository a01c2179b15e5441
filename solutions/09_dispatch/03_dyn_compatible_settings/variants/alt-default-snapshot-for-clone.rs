// variant: `snapshot` gets a default for `Self: Sized + Clone`, which `MapSource` no longer writes
// PREDICT: E0038 line 85

use std::collections::HashMap;
use std::str::FromStr;

pub trait SettingSource {
    fn name(&self) -> String;

    fn raw(&self, key: &str) -> Option<String>;

    fn parsed<T: FromStr>(&self, key: &str) -> Option<T>
    where
        Self: Sized,
    {
        self.raw(key)?.parse().ok()
    }

    /// A copy taken before a reload; any cloneable source gets it for free.
    fn snapshot(&self) -> Self
    where
        Self: Sized + Clone,
    {
        self.clone()
    }
}

/// A source backed by a map, e.g. a parsed config file or the defaults.
#[derive(Clone, Debug)]
pub struct MapSource {
    name: String,
    values: HashMap<String, String>,
}

impl MapSource {
    pub fn new(name: &str, pairs: &[(&str, &str)]) -> Self {
        let values = pairs
            .iter()
            .map(|(key, value)| (key.to_string(), value.to_string()))
            .collect();
        Self {
            name: name.to_string(),
            values,
        }
    }

    pub fn set(&mut self, key: &str, value: &str) {
        self.values.insert(key.to_string(), value.to_string());
    }
}

impl SettingSource for MapSource {
    fn name(&self) -> String {
        self.name.clone()
    }

    fn raw(&self, key: &str) -> Option<String> {
        self.values.get(key).cloned()
    }
}

/// Sources in priority order: the first added wins.
#[derive(Default)]
pub struct Settings {
    sources: Vec<Box<dyn SettingSource>>,
}

impl Settings {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a source below every source added before it.
    pub fn add(&mut self, source: impl SettingSource + 'static) {
        self.sources.push(Box::new(source));
    }

    pub fn get(&self, key: &str) -> Option<String> {
        self.sources.iter().find_map(|source| source.raw(key))
    }

    /// Which source the value of `key` comes from.
    pub fn origin(&self, key: &str) -> Option<String> {
        self.sources
            .iter()
            .find(|source| source.raw(key).is_some())
            .map(|source| source.name())
    }

    pub fn get_parsed<T: FromStr>(&self, key: &str) -> Option<T> {
        self.get(key).and_then(|value| value.parse().ok())
    }
}
