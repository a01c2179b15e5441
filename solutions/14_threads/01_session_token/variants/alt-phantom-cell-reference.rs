// variant: `PhantomData<&'static Cell<()>>`: `Cell` is not `Sync`, so a reference to it is neither
use std::cell::Cell;
use std::marker::PhantomData;

pub struct SessionToken {
    user: String,
    serial: u64,
    _thread_bound: PhantomData<&'static Cell<()>>,
}

impl SessionToken {
    pub fn new(user: &str, serial: u64) -> Self {
        Self {
            user: user.to_string(),
            serial,
            _thread_bound: PhantomData,
        }
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    pub fn serial(&self) -> u64 {
        self.serial
    }
}
