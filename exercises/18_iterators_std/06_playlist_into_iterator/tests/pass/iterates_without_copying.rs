// Iterating neither clones songs nor builds a temporary list: the loops and
// `iter`/`iter_mut` make no heap allocation at all, a loop by value hands
// out the very songs that were pushed (the same title buffers), and
// `collect` keeps them too.
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use iterators_std_06_playlist_into_iterator::{Playlist, Song};

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

struct CountingAllocator;

// SAFETY: every call is forwarded unchanged to the system allocator; the
// counter is an atomic that never allocates.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: `ptr` came from `System` with this layout.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

/// Runs `work` and returns how many allocations it made (this program has
/// one thread).
fn allocations_during(work: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    work();
    ALLOCATIONS.load(Ordering::Relaxed) - before
}

fn main() {
    let mut playlist = Playlist::new();
    playlist.push(Song::new("Intro", 60));
    playlist.push(Song::new("Ballad", 240));
    playlist.push(Song::new("Outro", 90));

    let mut seconds = 0;
    let reading = allocations_during(|| {
        for song in &playlist {
            seconds += song.seconds;
        }
        seconds += playlist.iter().map(|song| song.seconds).sum::<u32>();
    });
    assert_eq!(seconds, 2 * 390);
    assert_eq!(
        reading, 0,
        "`for song in &playlist` and `iter()` must borrow the songs in place"
    );

    let editing = allocations_during(|| {
        for song in &mut playlist {
            song.seconds += 1;
        }
        for song in playlist.iter_mut() {
            song.seconds += 1;
        }
    });
    assert_eq!(playlist.total_seconds(), 390 + 6);
    assert_eq!(
        editing, 0,
        "`for song in &mut playlist` and `iter_mut()` must edit the songs in place"
    );

    let pushed: Vec<*const u8> = playlist.iter().map(|song| song.title.as_ptr()).collect();
    let mut taken = Vec::with_capacity(pushed.len());
    let consuming = allocations_during(|| {
        for song in playlist {
            taken.push(song);
        }
    });
    assert_eq!(
        consuming, 0,
        "`for song in playlist` must move the songs out, not copy them"
    );
    let taken_titles: Vec<*const u8> = taken.iter().map(|song| song.title.as_ptr()).collect();
    assert_eq!(
        taken_titles, pushed,
        "the songs taken out must be the ones pushed, not clones"
    );

    let collected: Playlist = taken.into_iter().collect();
    let kept: Vec<*const u8> = collected.iter().map(|song| song.title.as_ptr()).collect();
    assert_eq!(
        kept, pushed,
        "`collect` must move the songs into the playlist, not clone them"
    );
}
