// Cloning the cache clones a handle, not the entries: it must work for key
// types that are not Clone, and the clone must share the entries.
use coding_03_ttl_cache::TtlCache;
use std::time::Duration;

#[derive(Debug, PartialEq, Eq, Hash)]
struct SessionId(u64);

fn main() {
    let cache: TtlCache<SessionId, String> = TtlCache::new(Duration::from_secs(60));
    let writer = cache.clone();
    std::thread::spawn(move || writer.insert(SessionId(7), "ada".to_string()))
        .join()
        .expect("the writer does not panic");
    assert_eq!(cache.get(&SessionId(7)).as_deref(), Some("ada"));
}
