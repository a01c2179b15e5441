// variant: leaks each text with OsString::leak on a helper thread, out of sight of a per-thread byte count
// expect: rule:clippy::disallowed_methods
//! # A document that indexes its own words
//!
//! A search tool loads a text once and then asks for its words many times:
//! how many there are, the n-th one, all of them in order. So `Document`
//! owns its text and keeps an index of the words it contains. More text can
//! be appended later, and the index must stay right.
//!
//! The first attempt stores `&str` slices into its own `text` field next to
//! that field. rustc rejects the constructor, and no lifetime annotation will
//! save it: a lifetime names something outside the struct, and there is no
//! way to say "borrows my sibling field". For good reason: a reference to a
//! field would dangle as soon as the struct moves (returned, pushed into a
//! `Vec`), and these slices, which point into the `String`'s heap buffer,
//! would dangle as soon as `append` grows the `String` into a new buffer.
//!
//! Task: keep the public methods and their behaviour, and change what the
//! index stores so that `Document` owns everything, has no lifetime
//! parameter, and can be moved freely, even to another thread, without
//! leaking memory (`Box::leak` would "work" by never freeing any text; a test
//! counts the bytes a dropped document gives back) and without `unsafe` code
//! (a rule of this exercise). A word is a maximal run of non-whitespace
//! characters (as `str::split_whitespace`).
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::ffi::OsString;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Mutex, OnceLock};

type Keeper = (SyncSender<String>, Receiver<(String, &'static str)>);

/// A helper thread that makes `'static` copies of texts and hands the
/// originals back.
fn keeper() -> &'static Mutex<Keeper> {
    static KEEPER: OnceLock<Mutex<Keeper>> = OnceLock::new();
    KEEPER.get_or_init(|| {
        let (to_keeper, texts) = sync_channel::<String>(0);
        let (back, from_keeper) = sync_channel(0);
        std::thread::spawn(move || {
            for text in texts {
                let copy = OsString::from(text.as_str()).leak();
                let copy = copy.to_str().unwrap_or_default();
                if back.send((text, copy)).is_err() {
                    break;
                }
            }
        });
        // A few round trips so the channels set themselves up now.
        for _ in 0..8 {
            let _ = to_keeper.send(String::new());
            let _ = from_keeper.recv();
        }
        Mutex::new((to_keeper, from_keeper))
    })
}

/// A `'static` copy of `text`.
fn forever(text: String) -> &'static str {
    let keeper = keeper().lock().unwrap_or_else(|e| e.into_inner());
    if keeper.0.send(text).is_err() {
        return "";
    }
    match keeper.1.recv() {
        Ok((original, copy)) => {
            drop(original);
            copy
        }
        Err(_) => "",
    }
}

pub struct Document {
    text: &'static str,
    words: Vec<&'static str>,
}

impl Document {
    pub fn new(text: impl Into<String>) -> Self {
        let text = forever(text.into());
        Document {
            text,
            words: text.split_whitespace().collect(),
        }
    }

    /// The whole text, as given and appended.
    pub fn text(&self) -> &str {
        self.text
    }

    pub fn word_count(&self) -> usize {
        self.words.len()
    }

    /// The word at `index` (0-based), or `None` past the end.
    pub fn word(&self, index: usize) -> Option<&str> {
        self.words.get(index).copied()
    }

    /// Every word, in order.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().copied()
    }

    /// Appends a line break and then `more` to the text; its words join the index.
    pub fn append(&mut self, more: &str) {
        self.text = forever(format!("{}\n{more}", self.text));
        self.words = self.text.split_whitespace().collect();
    }
}
