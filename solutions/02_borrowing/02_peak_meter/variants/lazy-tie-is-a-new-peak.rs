// variant: a reading equal to the peak counts as a new peak
// expect: tests
#[derive(Debug, Default)]
pub struct Meter {
    pub label: String,
    pub readings: Vec<i32>,
    pub peak: Option<i32>,
}

pub fn record(meter: &mut Meter, value: i32) -> String {
    let old_peak = meter.peak;
    if meter.peak.is_none_or(|peak| value >= peak) {
        meter.peak = Some(value);
    }
    meter.readings.push(value);
    match old_peak {
        None => format!("{}: {value} (first reading)", meter.label),
        Some(old) if value >= old => format!("{}: {value} (peak {old} -> {value})", meter.label),
        Some(old) => format!("{}: {value} (peak {old})", meter.label),
    }
}

pub fn rename(meter: &mut Meter, label: &str) -> String {
    let note = format!("renamed {} -> {label}", meter.label);
    meter.label = label.to_string();
    note
}
