// A value read with `get` borrows the cache: the cache must not change while
// the caller still holds it (a `put` could evict and drop that very value).
use borrowck_patterns_05_lru_without_rc::LruCache;

fn main() {
    let mut cache = LruCache::new(1);
    cache.put(1, String::from("one"));
    let one = cache.get(&1);
    cache.put(2, String::from("two")); //~ ERROR E0499
    println!("{one:?}");
}
