use coding_05_typestate_builder::{
    ConfigError, DEFAULT_PORT, DEFAULT_TIMEOUT, DEFAULT_WORKERS, ServerConfigBuilder,
};
use std::time::Duration;

#[test]
fn only_a_host_gives_the_defaults() {
    let config = ServerConfigBuilder::new()
        .host("localhost")
        .build()
        .expect("valid");
    assert_eq!(config.host(), "localhost");
    assert_eq!(config.port(), DEFAULT_PORT);
    assert_eq!(config.workers(), DEFAULT_WORKERS);
    assert_eq!(config.timeout(), DEFAULT_TIMEOUT);
    assert_eq!((DEFAULT_PORT, DEFAULT_WORKERS), (8080, 4));
}

#[test]
fn every_setting_can_be_chosen() {
    let config = ServerConfigBuilder::new()
        .host(String::from("0.0.0.0"))
        .port(443)
        .workers(16)
        .timeout(Duration::from_millis(1_500))
        .build()
        .expect("valid");
    assert_eq!(config.host(), "0.0.0.0");
    assert_eq!(config.port(), 443);
    assert_eq!(config.workers(), 16);
    assert_eq!(config.timeout(), Duration::from_millis(1_500));
}

#[test]
fn a_later_setter_call_overrides_an_earlier_one() {
    let config = ServerConfigBuilder::new()
        .port(1)
        .host("h")
        .port(2)
        .workers(3)
        .workers(5)
        .build()
        .expect("valid");
    assert_eq!((config.port(), config.workers()), (2, 5));
}

#[test]
fn a_blank_host_is_rejected() {
    // Blank in any script: a no-break space (U+00A0) and an ideographic
    // space (U+3000) are whitespace too.
    for host in ["", "   ", "\t\n", "\u{a0}", " \u{3000} "] {
        let result = ServerConfigBuilder::new().host(host).build();
        assert_eq!(result, Err(ConfigError::BlankHost), "host {host:?}");
    }
}

#[test]
fn port_zero_is_rejected() {
    let result = ServerConfigBuilder::new().host("h").port(0).build();
    assert_eq!(result, Err(ConfigError::ZeroPort));
}

#[test]
fn workers_must_be_between_one_and_256() {
    let with = |n| ServerConfigBuilder::new().host("h").workers(n).build();
    assert_eq!(with(0), Err(ConfigError::Workers(0)));
    assert_eq!(with(257), Err(ConfigError::Workers(257)));
    assert_eq!(with(1).map(|c| c.workers()), Ok(1));
    assert_eq!(with(256).map(|c| c.workers()), Ok(256));
}

#[test]
fn a_zero_timeout_is_rejected() {
    let result = ServerConfigBuilder::new()
        .host("h")
        .timeout(Duration::ZERO)
        .build();
    assert_eq!(result, Err(ConfigError::ZeroTimeout));
}

#[test]
fn a_timeout_under_a_second_is_not_zero() {
    for timeout in [Duration::from_millis(500), Duration::from_nanos(1)] {
        let config = ServerConfigBuilder::new()
            .host("h")
            .timeout(timeout)
            .build()
            .expect("a timeout under a second is still not zero");
        assert_eq!(config.timeout(), timeout);
    }
}

#[test]
fn errors_describe_themselves() {
    let error = ServerConfigBuilder::new()
        .host("h")
        .workers(999)
        .build()
        .expect_err("999 workers is too many");
    assert_eq!(error.to_string(), "999 workers; allowed 1 to 256");
    let boxed: Box<dyn std::error::Error> = Box::new(error);
    assert!(!boxed.to_string().is_empty());
}

#[test]
fn the_built_config_can_be_cloned_and_compared() {
    let config = ServerConfigBuilder::new().host("h").build().expect("valid");
    assert_eq!(config.clone(), config);
}

#[test]
fn the_first_failing_check_is_the_error() {
    // The checks run in the order of the statement: host, port, workers,
    // timeout.
    let all_wrong = ServerConfigBuilder::new()
        .port(0)
        .workers(0)
        .timeout(Duration::ZERO)
        .host(" ")
        .build();
    assert_eq!(all_wrong, Err(ConfigError::BlankHost));
    let from_port = ServerConfigBuilder::new()
        .host("h")
        .timeout(Duration::ZERO)
        .workers(999)
        .port(0)
        .build();
    assert_eq!(from_port, Err(ConfigError::ZeroPort));
    let from_workers = ServerConfigBuilder::new()
        .timeout(Duration::ZERO)
        .host("h")
        .workers(0)
        .build();
    assert_eq!(from_workers, Err(ConfigError::Workers(0)));
}
