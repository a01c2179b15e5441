// variant: clones the label before changing the meter
// expect: tests
#[derive(Debug, Default)]
pub struct Meter {
    pub label: String,
    pub readings: Vec<i32>,
    pub peak: Option<i32>,
}

pub fn record(meter: &mut Meter, value: i32) -> String {
    let label = meter.label.clone();
    let old_peak = meter.peak;
    if meter.peak.is_none_or(|peak| value > peak) {
        meter.peak = Some(value);
    }
    meter.readings.push(value);
    match (old_peak, meter.peak) {
        (None, _) => format!("{label}: {value} (first reading)"),
        (Some(old), Some(new)) if old != new => format!("{label}: {value} (peak {old} -> {new})"),
        (Some(old), _) => format!("{label}: {value} (peak {old})"),
    }
}

pub fn rename(meter: &mut Meter, label: &str) -> String {
    let note = format!("renamed {} -> {label}", meter.label);
    meter.label = label.to_string();
    note
}
