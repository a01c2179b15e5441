//! Runs learner programs under a time limit with bounded captured output.
//! Learner code may loop forever, flood its output, crash or exit early;
//! none of that may hang or swamp the checker.

use std::collections::{BTreeSet, VecDeque};
use std::io::{self, Read};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError, mpsc};
use std::thread;
use std::time::Duration;

/// Captured output keeps this many bytes from the start and as many from the end.
pub const KEEP_BYTES: usize = 16 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Code(i32),
    Signal(i32),
    TimedOut,
}

#[derive(Debug, Clone, Default)]
pub struct Captured {
    /// The head and tail of the output, with a marker where bytes were left out.
    pub text: String,
}

#[derive(Debug)]
pub struct Finished {
    pub exit: Exit,
    pub stdout: Captured,
    pub stderr: Captured,
}

/// The process groups started here and not yet finished, so quitting can
/// stop them: they are out of reach of the terminal's Ctrl-C.
static LIVE_GROUPS: Mutex<Groups> = Mutex::new(Groups {
    live: BTreeSet::new(),
    closing: false,
    check: 0,
    cancelled: 0,
});

struct Groups {
    live: BTreeSet<u32>,
    /// Set once the checker is quitting: nothing new may start.
    closing: bool,
    /// The watch check running now (0: none is numbered, as in `verify`).
    check: u64,
    /// Watch checks up to this number are cancelled: a newer save came.
    cancelled: u64,
}

impl Groups {
    fn check_cancelled(&self) -> bool {
        self.check != 0 && self.check <= self.cancelled
    }
}

/// A check was cancelled because newer content is waiting to be judged.
#[derive(Debug, thiserror::Error)]
#[error("the check was cancelled: newer content is waiting")]
pub struct Cancelled;

/// Watch numbers its checks: check `id` starts now. False when it was
/// cancelled before it could start.
pub fn begin_check(id: u64) -> bool {
    let mut groups = groups();
    if id <= groups.cancelled {
        return false;
    }
    groups.check = id;
    true
}

/// Cancels the checks numbered up to `id`: the running one, if it is one of
/// them, is stopped with everything it started, and none of them may start
/// a program again.
pub fn cancel_checks_through(id: u64) {
    let mut groups = groups();
    groups.cancelled = groups.cancelled.max(id);
    if groups.check_cancelled() {
        for group in std::mem::take(&mut groups.live) {
            signal_group(group);
        }
    }
}

/// Whether the check running on this process was cancelled.
pub fn check_cancelled() -> bool {
    groups().check_cancelled()
}

fn groups() -> std::sync::MutexGuard<'static, Groups> {
    LIVE_GROUPS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Starts `command` in a process group of its own, so a timeout can kill
/// everything it spawned. Refused once the checker is quitting.
pub fn spawn_in_own_group(command: &mut Command) -> io::Result<Child> {
    crate::platform::own_group(command);
    // Held across the spawn, so a quit never misses a group being started.
    let mut groups = groups();
    if groups.closing {
        return Err(io::Error::other("the checker is quitting"));
    }
    if groups.check_cancelled() {
        return Err(io::Error::other(Cancelled));
    }
    let child = command.spawn()?;
    groups.live.insert(child.id());
    Ok(child)
}

/// The group ended by itself: stop tracking it (its id may be reused).
pub fn forget_group(child_id: u32) {
    groups().live.remove(&child_id);
}

/// Kills every group still running (learner programs and builds) and lets
/// no new one start: the checker is quitting.
pub fn kill_all_groups() {
    let mut groups = groups();
    groups.closing = true;
    for id in std::mem::take(&mut groups.live) {
        signal_group(id);
    }
}

/// Kills the whole process group led by `child` (the child itself elsewhere).
pub fn kill_group(child_id: u32) {
    forget_group(child_id);
    signal_group(child_id);
}

fn signal_group(child_id: u32) {
    crate::platform::kill_group(child_id);
}

/// Runs `command` to completion or until `limit` passes, then kills its group.
pub fn run_limited(mut command: Command, limit: Duration) -> io::Result<Finished> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = spawn_in_own_group(&mut command)?;
    let stdout = child.stdout.take().map(read_bounded);
    let stderr = child.stderr.take().map(read_bounded);
    let id = child.id();

    let (done_tx, done_rx) = mpsc::channel();
    let waiter = thread::spawn(move || {
        let status = child.wait();
        let _ = done_tx.send(());
        status
    });
    let timed_out = done_rx.recv_timeout(limit).is_err();
    // Also after a normal exit: leftover grandchildren would hold the pipes open.
    kill_group(id);
    let status = waiter
        .join()
        .map_err(|_| io::Error::other("waiter thread panicked"))??;
    let exit = if timed_out {
        Exit::TimedOut
    } else {
        exit_of(status)
    };
    Ok(Finished {
        exit,
        stdout: join_reader(stdout),
        stderr: join_reader(stderr),
    })
}

/// Calls `work` on every item, as many at once as there are cores (each call
/// mostly waits on a program it started), and returns the results in the
/// items' order, or the first error. Once the check is cancelled, no item
/// is started.
pub fn side_by_side<T: Sync, R: Send>(
    items: &[T],
    work: impl Fn(&T) -> anyhow::Result<R> + Sync,
) -> anyhow::Result<Vec<R>> {
    let workers = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<anyhow::Result<R>>>> =
        items.iter().map(|_| Mutex::new(None)).collect();
    // A panicking call panics the scope, once every worker has stopped.
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let at = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(at) else { break };
                    let result = if check_cancelled() {
                        Err(Cancelled.into())
                    } else {
                        work(item)
                    };
                    *results[at].lock().unwrap_or_else(PoisonError::into_inner) = Some(result);
                }
            });
        }
    });
    results
        .into_iter()
        .filter_map(|result| result.into_inner().unwrap_or_else(PoisonError::into_inner))
        .collect()
}

fn exit_of(status: ExitStatus) -> Exit {
    match crate::platform::signal_of(status) {
        Some(signal) => Exit::Signal(signal),
        None => Exit::Code(status.code().unwrap_or(-1)),
    }
}

type Reader = thread::JoinHandle<Captured>;

fn join_reader(reader: Option<Reader>) -> Captured {
    reader
        .and_then(|handle| handle.join().ok())
        .unwrap_or_default()
}

/// Drains a pipe to its end, keeping only its head and tail.
fn read_bounded(mut source: impl Read + Send + 'static) -> Reader {
    thread::spawn(move || {
        let mut head = Vec::with_capacity(4096);
        let mut tail = VecDeque::new();
        let mut dropped = 0u64;
        let mut buffer = [0u8; 8192];
        loop {
            let read = match source.read(&mut buffer) {
                Ok(0) | Err(_) => break,
                Ok(read) => read,
            };
            let mut chunk = &buffer[..read];
            if head.len() < KEEP_BYTES {
                let take = chunk.len().min(KEEP_BYTES - head.len());
                head.extend_from_slice(&chunk[..take]);
                chunk = &chunk[take..];
            }
            tail.extend(chunk.iter().copied());
            while tail.len() > KEEP_BYTES {
                let excess = tail.len() - KEEP_BYTES;
                tail.drain(..excess);
                dropped += excess as u64;
            }
        }
        let mut text = String::from_utf8_lossy(&head).into_owned();
        if dropped > 0 {
            text.push_str(&format!("\n[... {dropped} bytes of output left out ...]\n"));
        }
        text.push_str(&String::from_utf8_lossy(tail.make_contiguous()));
        Captured { text }
    })
}

#[cfg(test)]
mod tests {
    use super::side_by_side;

    #[test]
    fn side_by_side_keeps_the_order_of_the_items() {
        let items: Vec<u64> = (0..50).collect();
        // Later items finish first: the order must still be the items'.
        let doubled = side_by_side(&items, |&n| {
            std::thread::sleep(std::time::Duration::from_micros(50 * (50 - n)));
            Ok(n * 2)
        })
        .expect("no call fails");
        assert_eq!(doubled, items.iter().map(|n| n * 2).collect::<Vec<_>>());
        let none = side_by_side(&[] as &[u8], |&n| Ok(n)).expect("nothing to fail");
        assert_eq!(none, Vec::<u8>::new());
    }
}
