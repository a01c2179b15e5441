// Callers can use `?` on the standard errors in their own functions that
// return `ConfigError`, and the error works with `Box<dyn Error + Send + Sync>`.
use std::error::Error;
use std::num::ParseIntError;

use errors_02_config_error_enum::ConfigError;

fn read_worker_count(path: &str) -> Result<u32, ConfigError> {
    let text = std::fs::read_to_string(path)?;
    Ok(text.trim().parse::<u32>()?)
}

fn boxed(err: ConfigError) -> Box<dyn Error + Send + Sync + 'static> {
    Box::new(err)
}

fn main() {
    let err = read_worker_count("/definitely/not/here.conf").expect_err("no such file");
    assert!(matches!(err, ConfigError::Io(_)));
    let from_parse: ConfigError = "x"
        .parse::<u32>()
        .map_err(ConfigError::from)
        .expect_err("not a number");
    assert!(matches!(
        from_parse,
        ConfigError::BadNumber(ParseIntError { .. })
    ));
    assert!(boxed(from_parse).source().is_some());
}
