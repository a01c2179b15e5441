use enums_patterns_02_http_status_classes::{StatusClass, classify, describe, should_retry};
use support::check::agree_on;

/// Every `u16`: the whole domain is small enough to try each code.
fn every_code() -> impl Iterator<Item = u16> {
    0..=u16::MAX
}

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

#[test]
fn every_code_gets_its_class() {
    let oracle = |code: &u16| {
        let code = *code;
        let class = code / 100;
        if class == 1 {
            Some(StatusClass::Informational(code))
        } else if class == 2 {
            Some(StatusClass::Success(code))
        } else if class == 3 {
            Some(StatusClass::Redirection(code))
        } else if class == 4 {
            Some(StatusClass::ClientError(code))
        } else if class == 5 {
            Some(StatusClass::ServerError(code))
        } else {
            None
        }
    };
    agree_on(every_code(), oracle, |code| classify(*code));
}

#[test]
fn no_other_code_is_retried() {
    let retried = [429, 502, 503, 504];
    agree_on(
        every_code(),
        |code| retried.contains(code),
        |code| should_retry(*code),
    );
}

#[test]
fn every_other_description_stays_as_it_was() {
    // Only the three bugs change: every other code keeps the description the
    // shipped code gave it.
    let oracle = |code: &u16| -> String {
        let code = *code;
        let text = if code == 204 {
            "success, no content"
        } else if code == 301 || code == 308 {
            "moved permanently"
        } else if code == 401 || code == 403 {
            "not allowed"
        } else if (100..200).contains(&code) {
            "informational"
        } else if (200..300).contains(&code) {
            "success"
        } else if (300..400).contains(&code) {
            "redirect"
        } else if (400..500).contains(&code) {
            "client error"
        } else if (500..600).contains(&code) {
            "server error"
        } else {
            return format!("invalid status {code}");
        };
        text.to_string()
    };
    agree_on(every_code(), oracle, |code| describe(*code));
}
