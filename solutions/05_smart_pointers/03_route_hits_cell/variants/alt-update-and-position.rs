// variant: Cell::update for the hit, Vec::remove at the position for the listing

//! # Counting hits on shared routes
//!
//! A single-threaded web server keeps its routes in a `Router`. The router
//! indexes each route twice, by path for dispatching and in registration
//! order for listing, and hands a handle to whoever registers it, so a route
//! has several owners: `Rc<Route>`. Every dispatched request counts a hit on
//! its route.
//!
//! It does not compile: `record_hit` changes the count, but all it gets is a
//! shared reference, which is all an `Rc` ever gives out. Once it compiles,
//! the tests show that `remove` forgets part of what it should.
//!
//! Task: make it compile and pass the tests. Keep the public API. The server
//! runs on one thread and a hit must cost no more than an addition: no locks
//! (`Mutex`, `RwLock`), no atomics (an `Arc` counts its owners with them),
//! no run-time borrow checks (`RefCell`) and no `unsafe` code; the rules of
//! this exercise reject them. `Route` must stay `!Sync`, so nobody shares one
//! between threads by mistake. `paths` lists the routes oldest first, also
//! after a removal. (A remark, not judged: `hits` returns a `u64`, and a
//! count kept in a narrower type would wrap after a few billion hits, more
//! than any test here can afford to count.)
//!
//! Run `cargo run -p checker watch` and save to check your work.
//!

use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

pub struct Route {
    path: String,
    hits: Cell<u64>,
}

impl Route {
    pub fn new(path: &str) -> Self {
        Self {
            path: path.to_string(),
            hits: Cell::new(0),
        }
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn hits(&self) -> u64 {
        self.hits.get()
    }

    pub fn record_hit(&self) {
        self.hits.update(|hits| hits + 1);
    }
}

#[derive(Default)]
pub struct Router {
    by_path: HashMap<String, Rc<Route>>,
    in_order: Vec<Rc<Route>>,
}

impl Router {
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers `path` and returns a handle to its route. Registering a path
    /// twice returns the route that is already there.
    pub fn add(&mut self, path: &str) -> Rc<Route> {
        if let Some(route) = self.by_path.get(path) {
            return Rc::clone(route);
        }
        let route = Rc::new(Route::new(path));
        self.by_path.insert(path.to_string(), Rc::clone(&route));
        self.in_order.push(Rc::clone(&route));
        route
    }

    /// Counts a hit on the route for `path`; `false` when there is none.
    pub fn dispatch(&self, path: &str) -> bool {
        match self.by_path.get(path) {
            Some(route) => {
                route.record_hit();
                true
            }
            None => false,
        }
    }

    /// The registered paths, oldest first.
    pub fn paths(&self) -> Vec<&str> {
        self.in_order.iter().map(|route| route.path()).collect()
    }

    /// The route with the most hits; on a tie, the oldest of them.
    pub fn busiest(&self) -> Option<Rc<Route>> {
        let mut best: Option<&Rc<Route>> = None;
        for route in &self.in_order {
            if best.is_none_or(|best| route.hits() > best.hits()) {
                best = Some(route);
            }
        }
        best.cloned()
    }

    /// Unregisters `path`; afterwards the router holds no handle to its route.
    pub fn remove(&mut self, path: &str) -> Option<Rc<Route>> {
        let route = self.by_path.remove(path)?;
        if let Some(index) = self.in_order.iter().position(|r| Rc::ptr_eq(r, &route)) {
            self.in_order.remove(index);
        }
        Some(route)
    }
}
