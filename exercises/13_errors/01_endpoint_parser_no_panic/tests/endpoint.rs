// The parser's own code may not assert or unwrap (see clippy.toml); the
// tests do.
#![allow(clippy::disallowed_macros, clippy::disallowed_methods)]

use errors_01_endpoint_parser_no_panic::{Endpoint, EndpointError, parse_endpoint};

fn endpoint(name: &str, host: &str, port: u16) -> Endpoint {
    Endpoint {
        name: name.to_string(),
        host: host.to_string(),
        port,
    }
}

#[test]
fn parses_a_well_formed_line() {
    assert_eq!(
        parse_endpoint("billing = 10.0.0.7:8443"),
        Ok(endpoint("billing", "10.0.0.7", 8443))
    );
}

#[test]
fn ignores_spaces_around_each_part() {
    assert_eq!(
        parse_endpoint("  search=  search.internal :  9200  "),
        Ok(endpoint("search", "search.internal", 9200))
    );
}

#[test]
fn ignores_every_kind_of_whitespace() {
    assert_eq!(
        parse_endpoint("\tapi\u{3000}=\u{a0}api.internal\t:\u{2003}8080\r\n"),
        Ok(endpoint("api", "api.internal", 8080))
    );
}

#[test]
fn the_port_follows_the_last_colon() {
    assert_eq!(
        parse_endpoint("local = [::1]:443"),
        Ok(endpoint("local", "[::1]", 443))
    );
}

#[test]
fn names_and_hosts_may_be_unicode() {
    assert_eq!(
        parse_endpoint("café = bücher.de:80"),
        Ok(endpoint("café", "bücher.de", 80))
    );
}

#[test]
fn a_line_without_equals_is_reported() {
    assert_eq!(
        parse_endpoint("billing 10.0.0.7:8443"),
        Err(EndpointError::MissingEquals)
    );
    assert_eq!(parse_endpoint(""), Err(EndpointError::MissingEquals));
    assert_eq!(
        parse_endpoint("no equals and no port"),
        Err(EndpointError::MissingEquals),
        "the first failed check wins"
    );
}

#[test]
fn an_empty_name_is_reported() {
    assert_eq!(parse_endpoint(" = host:1"), Err(EndpointError::EmptyName));
    assert_eq!(
        parse_endpoint("\t=\u{a0}"),
        Err(EndpointError::EmptyName),
        "the name is checked before the address"
    );
}

#[test]
fn an_address_without_port_is_reported() {
    assert_eq!(
        parse_endpoint("db = db.internal"),
        Err(EndpointError::MissingPort)
    );
    assert_eq!(parse_endpoint("db ="), Err(EndpointError::MissingPort));
}

#[test]
fn an_empty_host_is_reported() {
    assert_eq!(parse_endpoint("db = :5432"), Err(EndpointError::EmptyHost));
    assert_eq!(
        parse_endpoint("db =  :http"),
        Err(EndpointError::EmptyHost),
        "the host is checked before the port"
    );
}

#[test]
fn a_port_that_is_not_a_u16_keeps_the_parse_error() {
    for line in [
        "db = host:http",
        "db = host:70000",
        "db = host:",
        "db = host:-1",
        "db = host:８０",
    ] {
        match parse_endpoint(line) {
            Err(EndpointError::BadPort(err)) => {
                let expected = line.rsplit(':').next().unwrap_or_default().parse::<u16>();
                assert_eq!(Err(err), expected, "{line:?} keeps the parser's own error");
            }
            other => panic!("{line:?} gave {other:?}, expected BadPort"),
        }
    }
}

#[test]
fn a_bad_port_reports_the_parse_error_as_its_source() {
    use std::error::Error;
    let err = parse_endpoint("db = host:http").expect_err("not a port");
    assert_eq!(err.to_string(), "invalid port");
    let source = err.source().expect("the ParseIntError stays underneath");
    assert!(source.downcast_ref::<std::num::ParseIntError>().is_some());
}
