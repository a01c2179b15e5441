// "Stops without panicking" means no panic at all, not one caught on the
// reader's own thread before `join` could see it. The only test in this
// binary, so the panic hook it installs counts the reader's panics alone.
use channels_04_bounded_backpressure::spawn_reader;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

static PANICS: AtomicUsize = AtomicUsize::new(0);

#[test]
fn a_hang_up_raises_no_panic_anywhere() {
    std::panic::set_hook(Box::new(|_| {
        PANICS.fetch_add(1, Ordering::SeqCst);
    }));
    let lines: Vec<String> = (0..10).map(|n| format!("line {n}")).collect();
    let (report, _progress) = mpsc::channel();
    let (consumer, reader) = spawn_reader(lines, 1, report);
    assert_eq!(consumer.recv().ok().as_deref(), Some("line 0"));
    drop(consumer);
    let handed_over = reader.join();
    let _ = std::panic::take_hook();
    assert!(handed_over.is_ok(), "the reader must not panic");
    assert_eq!(
        PANICS.load(Ordering::SeqCst),
        0,
        "the reader panicked when the consumer hung up (even if it caught its \
         own panic): it must stop without panicking"
    );
}
