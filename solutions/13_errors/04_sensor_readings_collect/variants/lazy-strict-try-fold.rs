// variant: `total_celsius` as a `try_fold`
// expect: tests
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub sensor: u32,
    pub celsius: f64,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadingError {
    /// No comma in the line.
    #[error("expected `sensor_id,celsius`")]
    MissingComma,
    /// The sensor id is not a `u32`; holds the text.
    #[error("invalid sensor id `{0}`")]
    BadSensor(String),
    /// The temperature is not a finite number; holds the text.
    #[error("invalid temperature `{0}`")]
    BadValue(String),
}

/// A bad line and its number (from 1); the `ReadingError` is its source.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}")]
pub struct LineError {
    pub line: usize,
    #[source]
    pub error: ReadingError,
}

pub fn parse_reading(line: &str) -> Result<Reading, ReadingError> {
    let (sensor, value) = line.split_once(',').ok_or(ReadingError::MissingComma)?;
    let sensor = sensor.trim();
    let value = value.trim();
    let sensor = sensor
        .parse::<u32>()
        .map_err(|_| ReadingError::BadSensor(sensor.to_string()))?;
    let celsius = value
        .parse::<f64>()
        .ok()
        .filter(|celsius| celsius.is_finite())
        .ok_or_else(|| ReadingError::BadValue(value.to_string()))?;
    Ok(Reading { sensor, celsius })
}

/// Each non-blank line, parsed, with its number.
fn numbered(text: &str) -> impl Iterator<Item = Result<Reading, LineError>> + '_ {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(index, line)| {
            parse_reading(line).map_err(|error| LineError {
                line: index + 1,
                error,
            })
        })
}

/// Every reading, or the first bad line.
pub fn parse_all(text: &str) -> Result<Vec<Reading>, LineError> {
    numbered(text).collect()
}

/// The sum of all temperatures, or the first bad line.
pub fn total_celsius(text: &str) -> Result<f64, LineError> {
    numbered(text).try_fold(0.0, |total, reading| Ok(total + reading?.celsius))
}

/// Every good reading and every bad line, each in the order of the text.
pub fn parse_lenient(text: &str) -> (Vec<Reading>, Vec<LineError>) {
    let mut readings = Vec::new();
    let mut errors = Vec::new();
    for result in numbered(text) {
        match result {
            Ok(reading) => readings.push(reading),
            Err(error) => errors.push(error),
        }
    }
    (readings, errors)
}
