// variant: copies the old peak, builds the peak part of the description on its own, and replaces the label
use std::mem;

#[derive(Debug, Default)]
pub struct Meter {
    pub label: String,
    pub readings: Vec<i32>,
    pub peak: Option<i32>,
}

pub fn record(meter: &mut Meter, value: i32) -> String {
    let old_peak = meter.peak; // Option<i32> is Copy: no borrow kept
    meter.readings.push(value);
    let suffix = match old_peak {
        None => {
            meter.peak = Some(value);
            return format!("{}: {value} (first reading)", meter.label);
        }
        Some(old) if value > old => {
            meter.peak = Some(value);
            format!("peak {old} -> {value}")
        }
        Some(old) => format!("peak {old}"),
    };
    format!("{}: {value} ({suffix})", meter.label)
}

pub fn rename(meter: &mut Meter, label: &str) -> String {
    let old = mem::replace(&mut meter.label, label.to_owned());
    format!("renamed {old} -> {label}")
}
