// The library may not unwrap (see clippy.toml); the tests may.
#![allow(clippy::disallowed_methods)]

use std::io::ErrorKind;
use std::num::ParseIntError;
use std::path::{Path, PathBuf};

use errors_05_order_report_anyhow::{OrderError, Summary, run};

/// A path of this test run's own under Cargo's scratch directory for
/// integration tests; the file is not created.
fn scratch_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("order_report_anyhow-{}-{name}", std::process::id()))
}

/// An orders file for one test, removed when dropped.
struct OrdersFile(PathBuf);

impl OrdersFile {
    fn new(name: &str, text: &str) -> Self {
        Self::with_bytes(name, text.as_bytes())
    }

    fn with_bytes(name: &str, bytes: &[u8]) -> Self {
        let path = scratch_path(name);
        std::fs::write(&path, bytes).expect("write the test orders file");
        OrdersFile(path)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for OrdersFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn messages(err: &anyhow::Error) -> Vec<String> {
    err.chain().map(|cause| cause.to_string()).collect()
}

#[test]
fn summarises_a_good_file() {
    let file = OrdersFile::new("orders-1.csv", "A-1,1000\n\nA-2, 250\nB-7 ,1\n");
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
    let path = scratch_path("orders-2024.csv");
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
fn a_file_that_is_not_text_cannot_be_read_either() {
    // Bytes that are not UTF-8: reading the file as text fails, and that
    // failure names the file like any other.
    let file = OrdersFile::with_bytes("orders-latin1.csv", b"A-1,1000\nA-\xe9,250\n");
    let err = run(file.path()).expect_err("the file is not UTF-8");
    let chain = messages(&err);
    assert_eq!(
        chain[0],
        format!("reading orders from {}", file.path().display()),
        "{chain:?}"
    );
    assert_eq!(
        chain.len(),
        2,
        "context, then why the file could not be read: {chain:?}"
    );
}

#[test]
fn a_bad_amount_names_the_line_and_keeps_every_cause() {
    let file = OrdersFile::new("orders-2.csv", "A-1,1000\n\nA-3,12,50\n");
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
    let file = OrdersFile::new("orders-3.csv", "A-1 1000\n");
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
    for text in ["", "\n  \n", "\t\r\n\u{3000}\n"] {
        let file = OrdersFile::new("orders-4.csv", text);
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
