use enums_patterns_02_http_status_classes::{StatusClass, classify, describe, should_retry};

#[test]
fn every_class_keeps_both_of_its_edges() {
    assert_eq!(classify(100), Some(StatusClass::Informational(100)));
    assert_eq!(classify(199), Some(StatusClass::Informational(199)));
    assert_eq!(classify(200), Some(StatusClass::Success(200)));
    assert_eq!(
        classify(299),
        Some(StatusClass::Success(299)),
        "299 is still a success"
    );
    assert_eq!(classify(300), Some(StatusClass::Redirection(300)));
    assert_eq!(classify(399), Some(StatusClass::Redirection(399)));
    assert_eq!(classify(400), Some(StatusClass::ClientError(400)));
    assert_eq!(classify(499), Some(StatusClass::ClientError(499)));
    assert_eq!(classify(500), Some(StatusClass::ServerError(500)));
    assert_eq!(classify(599), Some(StatusClass::ServerError(599)));
}

#[test]
fn codes_outside_the_standard_are_not_classified() {
    for code in [0, 1, 99, 600, 999, u16::MAX] {
        assert_eq!(classify(code), None, "{code} is not a status code");
    }
}

#[test]
fn retries_exactly_on_429_502_503_504() {
    for code in [429, 502, 503, 504] {
        assert!(should_retry(code), "{code} should be retried");
    }
    for code in [
        200, 299, 301, 400, 404, 428, 430, 500, 501, 505, 599, 600, 0,
    ] {
        assert!(!should_retry(code), "{code} should not be retried");
    }
}

#[test]
fn descriptions_name_the_special_codes() {
    assert_eq!(describe(101), "informational");
    assert_eq!(describe(200), "success");
    assert_eq!(describe(204), "success, no content");
    assert_eq!(describe(299), "success");
    assert_eq!(describe(301), "moved permanently");
    assert_eq!(describe(308), "moved permanently");
    assert_eq!(describe(302), "redirect");
    assert_eq!(describe(307), "redirect");
    assert_eq!(describe(401), "not allowed");
    assert_eq!(describe(403), "not allowed");
    assert_eq!(describe(404), "client error");
    assert_eq!(describe(503), "server error");
    assert_eq!(describe(42), "invalid status 42");
    assert_eq!(describe(600), "invalid status 600");
}
