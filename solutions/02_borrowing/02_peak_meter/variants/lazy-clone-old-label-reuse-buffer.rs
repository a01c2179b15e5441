// variant: clones the old label, then refills the label's own buffer so no new block is counted for it
// expect: tests
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
    // Shortcut: clone the old label to dodge the borrow; overwrite the
    // label in place so the count of new blocks stays at two.
    let old = meter.label.clone();
    meter.label.clear();
    meter.label.push_str(label);
    format!("renamed {old} -> {label}")
}
