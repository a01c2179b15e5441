// The library may not unwrap (see clippy.toml); the tests may.
#![allow(clippy::disallowed_methods)]

use std::collections::{BTreeMap, BTreeSet};

use syn::visit::{self, Visit};

use errors_04_sensor_readings_collect::{
    LineError, Reading, ReadingError, parse_all, parse_lenient, total_celsius,
};

fn reading(sensor: u32, celsius: f64) -> Reading {
    Reading { sensor, celsius }
}

fn bad(line: usize, error: ReadingError) -> LineError {
    LineError { line, error }
}

#[test]
fn parse_all_returns_every_reading_in_order() {
    let text = "1,20.5\n\n2, -3\n  3 , 18  \n";
    assert_eq!(
        parse_all(text),
        Ok(vec![reading(1, 20.5), reading(2, -3.0), reading(3, 18.0)])
    );
}

#[test]
fn parse_all_of_nothing_is_an_empty_list() {
    assert_eq!(parse_all(""), Ok(vec![]));
    assert_eq!(parse_all("\n   \n"), Ok(vec![]));
}

#[test]
fn parse_all_stops_at_the_first_bad_line() {
    let text = "1,20\n\nx,21\n2,warm\n3,22";
    assert_eq!(
        parse_all(text),
        Err(bad(3, ReadingError::BadSensor("x".to_string()))),
        "line numbers count blank lines and start at 1"
    );
}

#[test]
fn parse_all_rejects_a_single_bad_line() {
    assert_eq!(
        parse_all("17 21.5"),
        Err(bad(1, ReadingError::MissingComma))
    );
    assert_eq!(
        parse_all("1,NaN"),
        Err(bad(1, ReadingError::BadValue("NaN".to_string())))
    );
}

#[test]
fn total_adds_up_the_temperatures() {
    assert_eq!(total_celsius("1,20.5\n2,-0.5\n"), Ok(20.0));
    assert_eq!(total_celsius(""), Ok(0.0));
}

#[test]
fn total_fails_on_the_first_bad_line() {
    assert_eq!(
        total_celsius("1,20\n2,hot\n3,x"),
        Err(bad(2, ReadingError::BadValue("hot".to_string())))
    );
}

#[test]
fn lenient_keeps_both_sides_in_order() {
    let text = "1,20\nbroken\n2,21\n\n-4,19\n3,22";
    let (readings, errors) = parse_lenient(text);
    assert_eq!(
        readings,
        vec![reading(1, 20.0), reading(2, 21.0), reading(3, 22.0)]
    );
    assert_eq!(
        errors,
        vec![
            bad(2, ReadingError::MissingComma),
            bad(5, ReadingError::BadSensor("-4".to_string())),
        ]
    );
}

#[test]
fn lenient_on_all_good_or_all_bad_input() {
    assert_eq!(
        parse_lenient("1,1\n2,2"),
        (vec![reading(1, 1.0), reading(2, 2.0)], vec![])
    );
    let (readings, errors) = parse_lenient("a\nb");
    assert!(readings.is_empty());
    assert_eq!(errors.len(), 2);
    assert_eq!(parse_lenient(""), (vec![], vec![]));
}

#[test]
fn a_large_batch_is_handled() {
    let text: String = (0..200_000)
        .map(|i| format!("{},{}.5\n", i, i % 40))
        .collect();
    let readings = parse_all(&text).expect("all lines are valid");
    assert_eq!(readings.len(), 200_000);
    assert_eq!(readings[199_999], reading(199_999, 39.5));
    let (good, errors) = parse_lenient(&text);
    assert_eq!((good.len(), errors.len()), (200_000, 0));
}

#[test]
fn a_line_error_names_the_line_and_keeps_the_reading_error_as_source() {
    use std::error::Error;
    let err = parse_all("1,20\n2,hot").expect_err("line 2 is bad");
    assert_eq!(err.to_string(), "line 2");
    let source = err.source().expect("the ReadingError is the source");
    assert_eq!(source.to_string(), "invalid temperature `hot`");
}

// The strict functions must let `collect` and `sum` do the work: an iterator
// of `Result`s gathered into one `Result` stops at the first error by
// itself. A hand-written loop (or a fold, or `for_each`) gives the same
// answers, so no behaviour test can tell; the code itself is read instead,
// parsed as Rust, so that comments and strings do not count. A loop in a
// helper that a strict function uses counts as the strict function's own.
// `parse_lenient` may loop as it likes.

const STRICT: [&str; 2] = ["parse_all", "total_celsius"];

/// Iterator methods that are loops written by hand in all but name.
const LOOPING_METHODS: [&str; 5] = ["for_each", "try_for_each", "fold", "try_fold", "reduce"];

/// What one function's body does: its loops (what and on which line) and
/// the names it mentions (functions it calls or passes on).
#[derive(Default)]
struct Body {
    loops: Vec<(String, usize)>,
    names: BTreeSet<String>,
}

impl<'ast> Visit<'ast> for Body {
    fn visit_expr_for_loop(&mut self, node: &'ast syn::ExprForLoop) {
        let line = node.for_token.span.start().line;
        self.loops.push(("a `for` loop".into(), line));
        visit::visit_expr_for_loop(self, node);
    }

    fn visit_expr_while(&mut self, node: &'ast syn::ExprWhile) {
        let line = node.while_token.span.start().line;
        self.loops.push(("a `while` loop".into(), line));
        visit::visit_expr_while(self, node);
    }

    fn visit_expr_loop(&mut self, node: &'ast syn::ExprLoop) {
        let line = node.loop_token.span.start().line;
        self.loops.push(("a `loop`".into(), line));
        visit::visit_expr_loop(self, node);
    }

    fn visit_expr_method_call(&mut self, node: &'ast syn::ExprMethodCall) {
        let method = node.method.to_string();
        if LOOPING_METHODS.contains(&method.as_str()) {
            let line = node.method.span().start().line;
            self.loops.push((format!("`.{method}(..)`"), line));
        }
        visit::visit_expr_method_call(self, node);
    }

    fn visit_expr_path(&mut self, node: &'ast syn::ExprPath) {
        if let Some(last) = node.path.segments.last() {
            self.names.insert(last.ident.to_string());
        }
        visit::visit_expr_path(self, node);
    }
}

/// Every function of the file (free functions and methods) by name.
fn functions(file: &syn::File) -> BTreeMap<String, Body> {
    #[derive(Default)]
    struct Functions(BTreeMap<String, Body>);

    impl<'ast> Visit<'ast> for Functions {
        fn visit_item_fn(&mut self, node: &'ast syn::ItemFn) {
            let mut body = Body::default();
            body.visit_block(&node.block);
            self.0.insert(node.sig.ident.to_string(), body);
            visit::visit_item_fn(self, node);
        }

        fn visit_impl_item_fn(&mut self, node: &'ast syn::ImplItemFn) {
            let mut body = Body::default();
            body.visit_block(&node.block);
            self.0.insert(node.sig.ident.to_string(), body);
            visit::visit_impl_item_fn(self, node);
        }
    }

    let mut found = Functions::default();
    found.visit_file(file);
    found.0
}

/// The loops `name` runs, its own or through the functions it uses.
fn loops_of(functions: &BTreeMap<String, Body>, name: &str) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![name.to_string()];
    let mut loops = Vec::new();
    while let Some(current) = todo.pop() {
        if !seen.insert(current.clone()) {
            continue;
        }
        let Some(body) = functions.get(&current) else {
            continue;
        };
        for (what, line) in &body.loops {
            loops.push(format!("{what} on line {line} (in `{current}`)"));
        }
        todo.extend(body.names.iter().cloned());
    }
    loops
}

#[test]
fn the_strict_functions_collect_and_sum_without_loops() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs");
    let source = std::fs::read_to_string(path).expect("read src/lib.rs");
    let file = syn::parse_file(&source).expect("src/lib.rs is Rust");
    let functions = functions(&file);
    for strict in STRICT {
        assert!(functions.contains_key(strict), "`{strict}` is gone");
        let loops = loops_of(&functions, strict);
        assert!(
            loops.is_empty(),
            "`{strict}` must collect or sum its results into one `Result`, \
             but it runs {}",
            loops.join(", ")
        );
    }
}
