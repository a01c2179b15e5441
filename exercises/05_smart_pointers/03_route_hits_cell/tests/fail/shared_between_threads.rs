// A route counts hits without synchronisation, so it must not be shared
// between threads: `&Route` must not be `Send`, that is `Route: !Sync`.
use smart_pointers_03_route_hits_cell::Route;

fn main() {
    let route = Route::new("/");
    std::thread::scope(|scope| {
        scope.spawn(|| route.record_hit()); //~ ERROR E0277
    });
}
