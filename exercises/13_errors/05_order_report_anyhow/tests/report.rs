use std::io::{ErrorKind, Write};
use std::num::ParseIntError;
use std::path::Path;

use errors_05_order_report_anyhow::{OrderError, Summary, run};

fn orders_file(text: &str) -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().expect("create a temporary file");
    file.write_all(text.as_bytes())
        .expect("write the temporary file");
    file
}

fn messages(err: &anyhow::Error) -> Vec<String> {
    err.chain().map(|cause| cause.to_string()).collect()
}

#[test]
fn summarises_a_good_file() {
    let file = orders_file("A-1,1000\n\nA-2, 250\nB-7 ,1\n");
    assert_eq!(
        run(file.path()).expect("valid orders"),
        Summary {
            orders: 3,
            total_cents: 1251
        }
    );
}

#[test]
fn a_missing_file_names_the_path_and_keeps_the_io_error() {
    let dir = tempfile::tempdir().expect("create a temporary directory");
    let path = dir.path().join("orders-2024.csv");
    let err = run(&path).expect_err("the file does not exist");

    let chain = messages(&err);
    assert_eq!(chain[0], format!("reading orders from {}", path.display()));
    assert_eq!(chain.len(), 2, "context, then the io::Error: {chain:?}");

    let io = err
        .downcast_ref::<std::io::Error>()
        .expect("the io::Error is still inside, not turned into text");
    assert_eq!(io.kind(), ErrorKind::NotFound);

    let report = format!("{err:#}");
    assert!(
        report.starts_with(&format!("reading orders from {}: ", path.display())),
        "{report}"
    );
}

#[test]
fn a_bad_amount_names_the_line_and_keeps_every_cause() {
    let file = orders_file("A-1,1000\n\nA-3,12,50\n");
    let err = run(file.path()).expect_err("line 3 is bad");
    let path = file.path().display();

    assert_eq!(
        messages(&err),
        [
            format!("line 3 of {path}"),
            "invalid amount `12,50`".to_string(),
            "invalid digit found in string".to_string(),
        ],
        "context, then OrderError, then ParseIntError"
    );
    assert_eq!(
        format!("{err:#}"),
        format!("line 3 of {path}: invalid amount `12,50`: invalid digit found in string")
    );
    assert!(
        matches!(err.downcast_ref::<OrderError>(), Some(OrderError::BadAmount { text, .. }) if text == "12,50"),
        "callers can still match on the library's error"
    );
    assert!(err.root_cause().downcast_ref::<ParseIntError>().is_some());
}

#[test]
fn a_line_without_comma_is_reported_with_its_number() {
    let file = orders_file("A-1 1000\n");
    let err = run(file.path()).expect_err("line 1 is bad");
    assert_eq!(
        format!("{err:#}"),
        format!(
            "line 1 of {}: expected `order_id,amount_cents`",
            file.path().display()
        )
    );
    assert_eq!(
        err.downcast_ref::<OrderError>(),
        Some(&OrderError::MissingComma)
    );
}

#[test]
fn a_file_without_orders_is_an_error() {
    for text in ["", "\n  \n"] {
        let file = orders_file(text);
        let err = run(file.path()).expect_err("no orders");
        assert_eq!(
            messages(&err),
            [format!("no orders in {}", file.path().display())],
            "{text:?}"
        );
    }
}

#[test]
fn the_error_can_leave_main() {
    // `anyhow::Error` converts into `Box<dyn Error + Send + Sync>` and is
    // what `fn main() -> anyhow::Result<()>` returns.
    fn main_like(path: &Path) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
        run(path)?;
        Ok(())
    }
    assert!(main_like(Path::new("/no/such/dir/orders.csv")).is_err());
}
