// variant: holds map sources directly instead of boxed trait objects
// expect: keep:struct Settings, E0308
//! # Predict: a trait that cannot be a trait object
//!
//! A service reads its settings from layered sources: command-line flags
//! over a config file over built-in defaults. `Settings` keeps the sources
//! in priority order, each as a `Box<dyn SettingSource>`, so new kinds of
//! source (environment, a remote store) plug in without changing it. The
//! first source that knows a key wins.
//!
//! `SettingSource` also has conveniences for code holding one concrete
//! source: `parsed` reads a value as any `FromStr` type, and `snapshot`
//! copies the source before a reload.
//!
//! It does not compile. Before changing anything, predict: which error does
//! rustc report, and on which line of this file? Write your answer on the
//! PREDICT line below, for example `// PREDICT: E0000 line 00`. The checker
//! shows what rustc says only once you have answered. Then ask what a call
//! through a `dyn SettingSource` would have to look up at run time, and why
//! these two methods have nothing to look up.
//!
//! Then fix it. Keep `parsed` and `snapshot` in the trait, callable as
//! methods on a concrete source such as `MapSource`; `Settings` must keep
//! holding boxed trait objects.
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!
//! ## The solution
//!
//! A call through `dyn SettingSource` looks up the method in the vtable of
//! the value's concrete type. A generic method has no single entry there
//! (there would be one per `T`), and `snapshot` returns `Self`, whose size
//! the caller of a trait object does not know. So rustc rejects
//! `dyn SettingSource` (E0038). `where Self: Sized` keeps both methods for
//! concrete types and leaves them out of the vtable, which makes the trait
//! dyn compatible again.

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

    fn snapshot(&self) -> Self
    where
        Self: Sized;
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

    fn snapshot(&self) -> Self {
        self.clone()
    }
}

/// Sources in priority order: the first added wins.
#[derive(Default)]
pub struct Settings {
    sources: Vec<MapSource>,
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
        self.get(key)?.parse().ok()
    }
}
