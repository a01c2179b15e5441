// variant: `PhantomData<Rc<()>>` as the marker
use std::marker::PhantomData;
use std::rc::Rc;

pub struct SessionToken {
    user: String,
    serial: u64,
    /// `Rc` is neither `Send` nor `Sync`; `PhantomData` keeps its auto
    /// traits without storing one.
    _thread_bound: PhantomData<Rc<()>>,
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
