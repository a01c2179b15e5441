// variant: a `Cell<()>` field, which is `Send` (only not `Sync`)
// expect: case:send_to_thread
use std::cell::Cell;

pub struct SessionToken {
    user: String,
    serial: u64,
    _not_send: Cell<()>,
}

impl SessionToken {
    pub fn new(user: &str, serial: u64) -> Self {
        Self {
            user: user.to_string(),
            serial,
            _not_send: Cell::new(()),
        }
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    pub fn serial(&self) -> u64 {
        self.serial
    }
}
