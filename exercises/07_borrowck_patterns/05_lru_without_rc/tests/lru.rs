use borrowck_patterns_05_lru_without_rc::LruCache;

#[test]
fn the_oldest_insert_is_evicted_first() {
    let mut cache = LruCache::new(2);
    assert_eq!(cache.put("a", 1), None);
    assert_eq!(cache.put("b", 2), None);
    assert_eq!(cache.put("c", 3), Some(("a", 1)));
    assert_eq!(cache.put("d", 4), Some(("b", 2)));
    assert_eq!(cache.len(), 2);
}

#[test]
fn get_makes_an_entry_the_newest() {
    let mut cache = LruCache::new(2);
    cache.put("a", 1);
    cache.put("b", 2);
    assert_eq!(cache.get(&"a"), Some(&1));
    assert_eq!(cache.put("c", 3), Some(("b", 2)), "b is now the oldest");
    assert_eq!(cache.put("d", 4), Some(("a", 1)));
}

#[test]
fn peek_does_not_count_as_a_use() {
    let mut cache = LruCache::new(2);
    cache.put("a", 1);
    cache.put("b", 2);
    assert_eq!(cache.peek(&"a"), Some(&1));
    assert_eq!(cache.put("c", 3), Some(("a", 1)), "peek left a the oldest");
}

#[test]
fn replacing_a_value_evicts_nothing_and_refreshes_the_key() {
    let mut cache = LruCache::new(2);
    cache.put("a", 1);
    cache.put("b", 2);
    assert_eq!(cache.put("a", 10), None, "a full cache replaces in place");
    assert_eq!(cache.len(), 2);
    assert_eq!(cache.peek(&"a"), Some(&10));
    assert_eq!(
        cache.put("c", 3),
        Some(("b", 2)),
        "the replace was a use of a"
    );
}

#[test]
fn a_missing_key_reads_as_none_and_changes_nothing() {
    let mut cache = LruCache::new(2);
    cache.put("a", 1);
    cache.put("b", 2);
    assert_eq!(cache.get(&"zzz"), None);
    assert_eq!(cache.peek(&"zzz"), None);
    assert_eq!(cache.put("c", 3), Some(("a", 1)));
}

#[test]
fn capacity_zero_keeps_nothing() {
    let mut cache = LruCache::new(0);
    assert!(cache.is_empty());
    assert_eq!(cache.put("a", 1), Some(("a", 1)));
    assert_eq!(cache.get(&"a"), None);
    assert!(cache.is_empty());
}

#[test]
fn capacity_one_keeps_the_last_entry() {
    let mut cache = LruCache::new(1);
    cache.put(1, "one");
    assert_eq!(cache.get(&1), Some(&"one"));
    assert_eq!(cache.put(2, "two"), Some((1, "one")));
    assert_eq!(cache.get(&1), None);
    assert_eq!(cache.get(&2), Some(&"two"));
    assert_eq!(cache.len(), 1);
}

#[test]
fn repeated_gets_of_the_same_key_keep_the_others_in_order() {
    let mut cache = LruCache::new(3);
    cache.put('a', 1);
    cache.put('b', 2);
    cache.put('c', 3);
    for _ in 0..5 {
        cache.get(&'b');
    }
    assert_eq!(cache.put('d', 4), Some(('a', 1)));
    assert_eq!(cache.put('e', 5), Some(('c', 3)));
    assert_eq!(cache.put('f', 6), Some(('b', 2)));
}

#[test]
fn keys_can_be_owned_strings_looked_up_again() {
    let mut cache: LruCache<String, usize> = LruCache::new(2);
    cache.put("alpha".to_string(), 5);
    cache.put("beta".to_string(), 4);
    assert_eq!(cache.get(&"alpha".to_string()), Some(&5));
    let evicted = cache.put("gamma".to_string(), 5);
    assert_eq!(evicted, Some(("beta".to_string(), 4)));
}

#[test]
fn a_long_workload_evicts_in_least_recently_used_order() {
    // 30_000 operations on 1_000 slots: every key k is put, and every even
    // key is read again right away, so eviction follows a known order.
    let mut cache = LruCache::new(1_000);
    let mut evicted = Vec::new();
    for key in 0..20_000_u32 {
        if let Some((old, value)) = cache.put(key, key * 2) {
            assert_eq!(value, old * 2);
            evicted.push(old);
        }
        if key % 2 == 0 {
            assert_eq!(cache.get(&key), Some(&(key * 2)));
        }
    }
    assert_eq!(cache.len(), 1_000);
    assert_eq!(evicted.len(), 19_000);
    assert!(
        evicted.windows(2).all(|pair| pair[0] < pair[1]),
        "keys leave in the order they were last used"
    );
    assert_eq!(cache.peek(&19_000), Some(&38_000));
    assert_eq!(cache.peek(&18_999), None);
}
