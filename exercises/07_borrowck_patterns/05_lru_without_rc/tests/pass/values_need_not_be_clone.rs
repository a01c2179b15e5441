// Values are moved in and lent out, never copied: `V` need not be Clone.
use borrowck_patterns_05_lru_without_rc::LruCache;

#[derive(Debug, PartialEq)]
struct Connection {
    port: u16,
}

fn main() {
    let mut pool: LruCache<&str, Connection> = LruCache::new(2);
    assert!(pool.put("db", Connection { port: 5432 }).is_none());
    assert!(pool.put("cache", Connection { port: 6379 }).is_none());
    let port = pool.get(&"db").map(|conn| conn.port);
    assert_eq!(port, Some(5432));
    let evicted = pool.put("queue", Connection { port: 5672 });
    assert_eq!(evicted, Some(("cache", Connection { port: 6379 })));
}
