// variant: i32::MIN stands for "no peak yet"
// expect: tests
#[derive(Debug, Default)]
pub struct Meter {
    pub label: String,
    pub readings: Vec<i32>,
    pub peak: Option<i32>,
}

pub fn record(meter: &mut Meter, value: i32) -> String {
    // Slip: i32::MIN stands for "no peak yet".
    let old = meter.peak.unwrap_or(i32::MIN);
    if old == i32::MIN || value > old {
        meter.peak = Some(value);
    }
    meter.readings.push(value);
    if old == i32::MIN {
        format!("{}: {value} (first reading)", meter.label)
    } else if value > old {
        format!("{}: {value} (peak {old} -> {value})", meter.label)
    } else {
        format!("{}: {value} (peak {old})", meter.label)
    }
}

pub fn rename(meter: &mut Meter, label: &str) -> String {
    let note = format!("renamed {} -> {label}", meter.label);
    meter.label = label.to_string();
    note
}
