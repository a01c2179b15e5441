use coding_03_ttl_cache::TtlCache;
use std::sync::Barrier;
use std::thread;
use std::time::{Duration, Instant};

const SECOND: Duration = Duration::from_secs(1);
const NANO: Duration = Duration::from_nanos(1);

#[test]
fn a_fresh_entry_can_be_read() {
    let cache = TtlCache::new(Duration::from_secs(60));
    cache.insert("k", 1);
    assert_eq!(cache.get(&"k"), Some(1));
    assert_eq!(cache.get(&"missing"), None);
    assert_eq!(cache.ttl(), Duration::from_secs(60));
}

#[test]
fn an_entry_is_alive_until_just_before_its_deadline() {
    let start = Instant::now();
    let cache = TtlCache::new(SECOND);
    cache.insert_at("k", "v", start);
    assert_eq!(cache.get_at(&"k", start), Some("v"));
    assert_eq!(cache.get_at(&"k", start + SECOND - NANO), Some("v"));
}

#[test]
fn an_entry_expires_exactly_at_inserted_plus_ttl() {
    let start = Instant::now();
    let cache = TtlCache::new(SECOND);
    cache.insert_at("k", "v", start);
    assert_eq!(
        cache.get_at(&"k", start + SECOND),
        None,
        "expired at t + ttl"
    );
}

#[test]
fn an_entry_read_long_after_its_deadline_is_gone() {
    let start = Instant::now();
    let cache = TtlCache::new(SECOND);
    cache.insert_at("k", "v", start);
    assert_eq!(cache.get_at(&"k", start + 10 * SECOND), None);
}

#[test]
fn reading_an_expired_entry_removes_it_and_does_not_hang() {
    // A test killed by the time limit here means a thread waited for a lock
    // it already held.
    let start = Instant::now();
    let cache = TtlCache::new(SECOND);
    cache.insert_at("old", 1, start);
    cache.insert_at("new", 2, start + SECOND);
    assert_eq!(cache.get_at(&"old", start + SECOND), None);
    assert_eq!(cache.len(), 1, "the expired entry read was removed");
    assert_eq!(cache.get_at(&"new", start + SECOND), Some(2));
}

#[test]
fn reading_an_expired_entry_leaves_the_other_expired_ones_to_purge() {
    let start = Instant::now();
    let cache = TtlCache::new(SECOND);
    cache.insert_at("a", 1, start);
    cache.insert_at("b", 2, start);
    cache.insert_at("c", 3, start);
    assert_eq!(cache.get_at(&"a", start + SECOND), None);
    assert_eq!(
        cache.len(),
        2,
        "a read removes only the entry it found expired; a full sweep per read is O(n)"
    );
    assert_eq!(cache.purge_expired_at(start + SECOND), 2);
    assert!(cache.is_empty());
}

#[test]
fn a_zero_ttl_entry_is_never_readable() {
    let start = Instant::now();
    let cache = TtlCache::new(Duration::ZERO);
    cache.insert_at(1, 'x', start);
    assert_eq!(cache.get_at(&1, start), None);
}

#[test]
fn a_huge_ttl_never_expires_and_does_not_panic() {
    let start = Instant::now();
    let cache = TtlCache::new(Duration::MAX);
    cache.insert_at(1, 'x', start);
    assert_eq!(cache.get_at(&1, start + 1_000_000 * SECOND), Some('x'));
    assert_eq!(cache.purge_expired_at(start + 1_000_000 * SECOND), 0);
}

#[test]
fn inserting_again_replaces_the_value_and_restarts_the_ttl() {
    let start = Instant::now();
    let cache = TtlCache::new(SECOND);
    cache.insert_at("k", 1, start);
    cache.insert_at("k", 2, start + SECOND / 2);
    assert_eq!(cache.len(), 1);
    assert_eq!(cache.get_at(&"k", start + SECOND), Some(2), "restarted");
    assert_eq!(cache.get_at(&"k", start + SECOND + SECOND / 2), None);
}

#[test]
fn purge_removes_exactly_the_expired_entries() {
    let start = Instant::now();
    let cache = TtlCache::new(SECOND);
    cache.insert_at("a", 1, start);
    cache.insert_at("b", 2, start + SECOND / 2);
    cache.insert_at("c", 3, start + SECOND);
    assert_eq!(cache.len(), 3, "len counts expired entries until purged");
    assert_eq!(cache.purge_expired_at(start + SECOND + SECOND / 2), 2);
    assert_eq!(cache.len(), 1);
    assert_eq!(cache.get_at(&"c", start + SECOND + SECOND / 2), Some(3));
    assert_eq!(cache.purge_expired_at(start + SECOND + SECOND / 2), 0);
}

#[test]
fn purge_on_an_empty_cache_removes_nothing() {
    let cache: TtlCache<u8, u8> = TtlCache::new(SECOND);
    assert!(cache.is_empty());
    assert_eq!(cache.purge_expired(), 0);
}

#[test]
fn the_real_clock_expires_entries_too() {
    let cache = TtlCache::new(Duration::from_millis(20));
    cache.insert("k", 1);
    thread::sleep(Duration::from_millis(40));
    assert_eq!(cache.get(&"k"), None);
}

#[test]
fn clones_share_the_same_entries() {
    let cache = TtlCache::new(Duration::from_secs(60));
    let other = cache.clone();
    other.insert("shared".to_string(), vec![1, 2, 3]);
    assert_eq!(cache.get(&"shared".to_string()), Some(vec![1, 2, 3]));
    cache.insert("old".to_string(), vec![]);
    let later = Instant::now() + Duration::from_secs(61);
    assert_eq!(other.purge_expired_at(later), 2, "purging through a clone");
    assert!(cache.is_empty());
}

#[test]
fn many_threads_insert_and_read_at_once() {
    const THREADS: usize = 8;
    const PER_THREAD: usize = 2_000;
    let cache = TtlCache::new(Duration::from_secs(600));
    let barrier = Barrier::new(THREADS);
    thread::scope(|scope| {
        for worker in 0..THREADS {
            let cache = cache.clone();
            let barrier = &barrier;
            scope.spawn(move || {
                barrier.wait();
                for n in 0..PER_THREAD {
                    let key = worker * PER_THREAD + n;
                    cache.insert(key, key * 3);
                    assert_eq!(cache.get(&key), Some(key * 3));
                    // Read what another worker may or may not have written.
                    let other = ((worker + 1) % THREADS) * PER_THREAD + n;
                    if let Some(value) = cache.get(&other) {
                        assert_eq!(value, other * 3);
                    }
                    if n % 500 == 0 {
                        cache.purge_expired();
                    }
                }
            });
        }
    });
    assert_eq!(cache.len(), THREADS * PER_THREAD);
    assert!((0..THREADS * PER_THREAD).all(|key| cache.get(&key) == Some(key * 3)));
}

/// A key whose hashing panics for the number 13, so the panic happens
/// inside the cache, while its lock is held.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Touchy(u32);

impl std::hash::Hash for Touchy {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        assert_ne!(self.0, 13, "this key panics on purpose");
        self.0.hash(state);
    }
}

#[test]
fn a_panic_inside_the_lock_does_not_break_the_cache() {
    let cache = TtlCache::new(Duration::from_secs(60));
    cache.insert(Touchy(1), "one");
    let handle = cache.clone();
    let result = thread::spawn(move || handle.insert(Touchy(13), "unlucky")).join();
    assert!(
        result.is_err(),
        "the insert panicked and poisoned the mutex"
    );
    assert_eq!(cache.get(&Touchy(1)), Some("one"));
    cache.insert(Touchy(2), "two");
    assert_eq!(cache.get(&Touchy(2)), Some("two"));
    assert_eq!(cache.len(), 2);
    // Every method, not only these three.
    assert_eq!(cache.purge_expired(), 0, "nothing has expired yet");
    assert!(!cache.is_empty());
    let later = Instant::now() + Duration::from_secs(120);
    assert_eq!(cache.get_at(&Touchy(1), later), None, "expired by then");
    assert_eq!(cache.len(), 1, "the expired entry read is removed");
    assert_eq!(cache.purge_expired_at(later), 1);
    assert!(cache.is_empty());
    cache.insert_at(Touchy(3), "three", later);
    assert_eq!(cache.get_at(&Touchy(3), later), Some("three"));
}
