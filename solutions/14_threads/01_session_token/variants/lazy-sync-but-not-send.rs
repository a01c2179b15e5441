// variant: a `MutexGuard` marker: not `Send`, but `Sync`, so it can be lent to a scoped thread
// expect: case:share_with_a_scoped_thread
use std::marker::PhantomData;
use std::sync::MutexGuard;

pub struct SessionToken {
    user: String,
    serial: u64,
    _not_send: PhantomData<MutexGuard<'static, ()>>,
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
