// Cloning the cache clones a handle, not the entries: it must work for key
// and value types that are not Clone (whatever their bounds), and the clone
// must share the entries.
use coding_03_ttl_cache::TtlCache;
use std::time::Duration;

#[derive(Debug, PartialEq, Eq, Hash)]
struct SessionId(u64);

/// Compiles only if `TtlCache<K, V>: Clone` for every `K` and `V`.
fn another_handle<K, V>(cache: &TtlCache<K, V>) -> TtlCache<K, V> {
    <TtlCache<K, V> as Clone>::clone(cache)
}

fn main() {
    let cache: TtlCache<SessionId, String> = TtlCache::new(Duration::from_secs(60));
    let writer = another_handle(&cache);
    std::thread::spawn(move || writer.insert(SessionId(7), "ada".to_string()))
        .join()
        .expect("the writer does not panic");
    assert_eq!(cache.get(&SessionId(7)).as_deref(), Some("ada"));
}
