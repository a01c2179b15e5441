// Laziness, measured: this test binary counts the bytes every thread of the
// process allocates while `select_lines` is called and its iterator is
// drained (so collecting on another thread counts too; this binary holds
// one test). A lazy iterator needs at most a small box, whatever the size
// of the log; collecting the lines first needs memory in proportion to the
// log.
use dispatch_02_branchy_log_filter::select_lines;

#[global_allocator]
static A: support::alloc::Counting = support::alloc::Counting;

#[test]
fn selecting_from_a_big_log_does_not_copy_its_lines() {
    let log = "INFO request served\nERROR disk full\n".repeat(5_000);
    for level in [None, Some("INFO"), Some("ERROR"), Some("DEBUG")] {
        let mut seen = 0;
        let ((), allocated) = support::alloc::measure_process(|| {
            for line in select_lines(&log, level) {
                seen += line.len();
            }
        });
        assert!(seen > 0 || level == Some("DEBUG"));
        assert!(
            allocated.bytes <= 1024,
            "level {level:?}: {} bytes allocated for a 10 000-line log; \
             the lines must be yielded lazily, not collected first",
            allocated.bytes
        );
    }
}
