// variant: rename clones the old label and grows the clone into the note
// expect: tests
//! # Assigning to something still borrowed
//!
//! A `Meter` records sound levels and remembers its peak. `record` adds a
//! reading and describes what happened:
//! - `mic: 4 (first reading)` for the first reading,
//! - `mic: 7 (peak 5 -> 7)` when the reading beats the peak,
//! - `mic: 3 (peak 5)` otherwise (a reading equal to the peak is no new peak).
//!
//! `rename` changes the label and returns `renamed mic -> voice`.
//!
//! Neither compiles: each keeps a reference to a field, assigns a new value
//! to that field, and then reads the reference. Make them compile and pass
//! the tests without copying a label, by cloning it or in any other form
//! (a test watches the allocations for a copy of the label, its `char`s
//! included; other temporary strings are fine). Often the fix is only to
//! put the lines in a different order: a borrow lasts until its last use.
//!
//! Run `cargo run -p checker watch` and save to check your work.

#[derive(Debug, Default)]
pub struct Meter {
    pub label: String,
    pub readings: Vec<i32>,
    pub peak: Option<i32>,
}

pub fn record(meter: &mut Meter, value: i32) -> String {
    let old_peak = meter.peak;
    if meter.peak.is_none_or(|peak| value > peak) {
        meter.peak = Some(value);
    }
    meter.readings.push(value);
    match (old_peak, meter.peak) {
        (None, _) => format!("{}: {value} (first reading)", meter.label),
        (Some(old), Some(new)) if old != new => {
            format!("{}: {value} (peak {old} -> {new})", meter.label)
        }
        (Some(old), _) => format!("{}: {value} (peak {old})", meter.label),
    }
}

pub fn rename(meter: &mut Meter, label: &str) -> String {
    let mut note = meter.label.clone();
    note.insert_str(0, "renamed ");
    note.push_str(" -> ");
    meter.label = label.to_string();
    note.push_str(label);
    note
}
