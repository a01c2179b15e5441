use borrowing_02_peak_meter::{Meter, record, rename};
use support::check;
use support::inputs::generate;

fn meter(label: &str) -> Meter {
    Meter {
        label: label.to_string(),
        ..Meter::default()
    }
}

#[test]
fn the_first_reading_sets_the_peak() {
    let mut mic = meter("mic");
    assert_eq!(record(&mut mic, 4), "mic: 4 (first reading)");
    assert_eq!(mic.peak, Some(4));
    assert_eq!(mic.readings, [4]);
}

#[test]
fn a_higher_reading_raises_the_peak() {
    let mut mic = meter("mic");
    record(&mut mic, 5);
    assert_eq!(record(&mut mic, 7), "mic: 7 (peak 5 -> 7)");
    assert_eq!(mic.peak, Some(7));
}

#[test]
fn lower_and_equal_readings_keep_the_peak() {
    let mut mic = meter("mic");
    record(&mut mic, 5);
    assert_eq!(record(&mut mic, 3), "mic: 3 (peak 5)");
    assert_eq!(
        record(&mut mic, 5),
        "mic: 5 (peak 5)",
        "a tie is not a new peak"
    );
    assert_eq!(mic.peak, Some(5));
    assert_eq!(mic.readings, [5, 3, 5]);
}

#[test]
fn negative_readings_work() {
    let mut mic = meter("mic");
    assert_eq!(record(&mut mic, -20), "mic: -20 (first reading)");
    assert_eq!(record(&mut mic, -10), "mic: -10 (peak -20 -> -10)");
}

#[test]
fn rename_reports_the_old_and_new_label() {
    let mut mic = meter("mic");
    assert_eq!(rename(&mut mic, "voice"), "renamed mic -> voice");
    assert_eq!(mic.label, "voice");
    assert_eq!(record(&mut mic, 1), "voice: 1 (first reading)");
}

#[test]
fn rename_to_the_same_or_an_empty_label() {
    let mut mic = meter("mic");
    assert_eq!(rename(&mut mic, "mic"), "renamed mic -> mic");
    assert_eq!(rename(&mut mic, ""), "renamed mic -> ");
    assert_eq!(rename(&mut mic, "micrò"), "renamed  -> micrò");
}

/// What `record` says for each reading, written as plainly as possible.
fn expected(readings: &[i32]) -> (Vec<String>, Option<i32>) {
    let mut peak: Option<i32> = None;
    let mut said = Vec::new();
    for &value in readings {
        said.push(match peak {
            None => format!("mic: {value} (first reading)"),
            Some(old) if value > old => format!("mic: {value} (peak {old} -> {value})"),
            Some(old) => format!("mic: {value} (peak {old})"),
        });
        peak = Some(match peak {
            Some(old) if old >= value => old,
            _ => value,
        });
    }
    (said, peak)
}

#[test]
fn any_readings_including_the_ends_of_the_range() {
    // i32::MIN is a reading like any other, never "no peak yet".
    let run = |readings: &Vec<i32>| {
        let mut mic = meter("mic");
        let said = readings
            .iter()
            .map(|&value| record(&mut mic, value))
            .collect();
        assert_eq!(&mic.readings, readings);
        (said, mic.peak)
    };
    check::agree_on(
        [
            vec![i32::MIN, i32::MIN],
            vec![i32::MIN, i32::MIN + 1],
            vec![i32::MAX, i32::MAX],
        ],
        |readings| expected(readings),
        run,
    );
    check::agree(
        generate::list(generate::int::<i32>(), 6),
        |readings| expected(readings),
        run,
    );
}
