// variant: an actual `Rc<()>` field, which costs an allocation
use std::rc::Rc;

pub struct SessionToken {
    user: String,
    serial: u64,
    _thread_bound: Rc<()>,
}

impl SessionToken {
    pub fn new(user: &str, serial: u64) -> Self {
        Self {
            user: user.to_string(),
            serial,
            _thread_bound: Rc::new(()),
        }
    }

    pub fn user(&self) -> &str {
        &self.user
    }

    pub fn serial(&self) -> u64 {
        self.serial
    }
}
