// variant: adds the marker, then `unsafe impl Send` to get spawning back
// expect: rule:unsafe_code
use std::marker::PhantomData;

pub struct SessionToken {
    user: String,
    serial: u64,
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

    pub fn user(&self) -> &str {
        &self.user
    }

    pub fn serial(&self) -> u64 {
        self.serial
    }
}

// SAFETY: none; this undoes the marker.
unsafe impl Send for SessionToken {}
