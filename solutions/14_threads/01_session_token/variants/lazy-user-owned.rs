// variant: returns the user as a new String
// expect: keep:api, E0308
//! # A session token that stays on its thread
//!
//! A `SessionToken` is tied to the thread that created it: the code that
//! checks it keeps per-thread state, so a token used from another thread
//! would be checked against the wrong state. Today nothing stops that:
//! `SessionToken` is `Send`, so `std::thread::spawn(move || token)` compiles.
//!
//! Task: make `SessionToken` impossible to use from another thread, checked
//! by the compiler: it can be neither sent to another thread nor shared with
//! one by reference (see `tests/fail/`). Keep its public API: `new`, `user`
//! and `serial`. Using the token on its own thread must keep working.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::marker::PhantomData;

pub struct SessionToken {
    user: String,
    serial: u64,
    /// Raw pointers are neither `Send` nor `Sync`, and `PhantomData` takes no
    /// space, so the token inherits `!Send` for free.
    _not_send: PhantomData<*const ()>,
}

impl SessionToken {
    pub fn new(user: &str, serial: u64) -> Self {
        Self {
            user: user.to_string(),
            serial,
            _not_send: PhantomData,
        }
    }

    pub fn user(&self) -> String {
        &self.user
    }

    pub fn serial(&self) -> u64 {
        self.serial
    }
}
