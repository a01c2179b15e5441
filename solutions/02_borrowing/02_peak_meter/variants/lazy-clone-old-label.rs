// variant: clones the old label to keep it across the assignment
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
    let old = meter.label.clone();
    meter.label = label.to_string();
    format!("renamed {old} -> {label}")
}
