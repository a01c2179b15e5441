// The web server spawns every hit on the multi-threaded runtime: the future
// `record_hit` returns must be `Send + 'static`.
use async_04_guard_across_await::{SharedStats, record_hit, snapshot};

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .build()
        .expect("a runtime");
    runtime.block_on(async {
        let stats = SharedStats::default();
        let handles: Vec<_> = ["/", "/about", "/"]
            .into_iter()
            .map(|page| tokio::spawn(record_hit(stats.clone(), page.to_string())))
            .collect();
        for handle in handles {
            handle.await.expect("no task panics");
        }
        assert_eq!(snapshot(&stats).await.hits, 3);
    });
}
