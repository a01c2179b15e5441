// variant: the description built before the peak changes, the old label taken out with mem::replace
use std::mem;

#[derive(Debug, Default)]
pub struct Meter {
    pub label: String,
    pub readings: Vec<i32>,
    pub peak: Option<i32>,
}

pub fn record(meter: &mut Meter, value: i32) -> String {
    let description = match meter.peak {
        None => format!("{}: {value} (first reading)", meter.label),
        Some(peak) if value > peak => format!("{}: {value} (peak {peak} -> {value})", meter.label),
        Some(peak) => format!("{}: {value} (peak {peak})", meter.label),
    };
    meter.peak = Some(meter.peak.map_or(value, |peak| peak.max(value)));
    meter.readings.push(value);
    description
}

pub fn rename(meter: &mut Meter, label: &str) -> String {
    let old = mem::replace(&mut meter.label, label.to_owned());
    format!("renamed {old} -> {label}")
}
