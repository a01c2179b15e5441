//! The code under test against an oracle: a version in the test that is
//! obviously right (slow, simple, written another way), compared over
//! inputs given by hand and over generated ones.
//!
//! Generated inputs come from proptest with a fixed seed and no failure
//! file, so the same code gets the same verdict on every run, and a failure
//! is shrunk to the smallest input that shows it:
//!
//! ```text
//! for "İ a": expected ["i̇", "a"], got ["i", "a"]
//! ```

use std::fmt::Debug;
use std::panic::{AssertUnwindSafe, catch_unwind};

use proptest::strategy::Strategy;
use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestError, TestRng, TestRunner};

/// How many generated inputs a check tries unless told otherwise.
pub const CASES: u32 = 256;

/// The seed: fixed, so a verdict never changes between runs.
const SEED: [u8; 32] = *b"rust interview drills, fixed rng";

/// Compares `code` with `oracle` on every input of `inputs`; panics at the
/// first that differs (or panics), naming it.
pub fn agree_on<I, R>(
    inputs: impl IntoIterator<Item = I>,
    oracle: impl Fn(&I) -> R,
    code: impl Fn(&I) -> R,
) where
    I: Debug,
    R: PartialEq + Debug,
{
    for input in inputs {
        if let Err(message) = compare(&input, &oracle, &code) {
            panic!("{message}");
        }
    }
}

/// Compares `code` with `oracle` on [`CASES`] inputs drawn from `strategy`.
pub fn agree<S, R>(strategy: S, oracle: impl Fn(&S::Value) -> R, code: impl Fn(&S::Value) -> R)
where
    S: Strategy,
    S::Value: Debug,
    R: PartialEq + Debug,
{
    agree_cases(CASES, strategy, oracle, code);
}

/// [`agree`] with another number of inputs (fewer where one call is slow).
pub fn agree_cases<S, R>(
    cases: u32,
    strategy: S,
    oracle: impl Fn(&S::Value) -> R,
    code: impl Fn(&S::Value) -> R,
) where
    S: Strategy,
    S::Value: Debug,
    R: PartialEq + Debug,
{
    holds_cases(cases, strategy, |input| compare(input, &oracle, &code));
}

/// Checks a property on generated inputs: `property` returns `Err` with a
/// message that names what went wrong. The smallest failing input is
/// reported with that message.
pub fn holds<S>(strategy: S, property: impl Fn(&S::Value) -> Result<(), String>)
where
    S: Strategy,
    S::Value: Debug,
{
    holds_cases(CASES, strategy, property);
}

fn holds_cases<S>(cases: u32, strategy: S, property: impl Fn(&S::Value) -> Result<(), String>)
where
    S: Strategy,
    S::Value: Debug,
{
    let mut runner = runner(cases);
    let result = runner.run(&strategy, |input| {
        property(&input).map_err(TestCaseError::fail)
    });
    match result {
        Ok(()) => {}
        Err(TestError::Fail(message, _)) => panic!("{message}"),
        Err(TestError::Abort(reason)) => panic!("the inputs could not be generated: {reason}"),
    }
}

/// A runner that reads nothing from the environment that could change a
/// verdict: no failure file, no fork, no time limits, a fixed seed.
fn runner(cases: u32) -> TestRunner {
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 2048,
        // A time budget would make shrinking, and so the message, depend on
        // the machine's load.
        max_shrink_time: 0,
        max_local_rejects: 65_536,
        max_global_rejects: 1024,
        max_flat_map_regens: 1_000_000,
        source_file: None,
        verbose: 0,
        ..Config::default()
    };
    TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &SEED))
}

fn compare<I: Debug, R: PartialEq + Debug>(
    input: &I,
    oracle: impl Fn(&I) -> R,
    code: impl Fn(&I) -> R,
) -> Result<(), String> {
    let expected = oracle(input);
    match catch_unwind(AssertUnwindSafe(|| code(input))) {
        Ok(got) if got == expected => Ok(()),
        Ok(got) => Err(format!("for {input:?}: expected {expected:?}, got {got:?}")),
        Err(panic) => Err(format!(
            "for {input:?}: expected {expected:?}, but the code panicked: {}",
            panic_message(&*panic)
        )),
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn message_of(f: impl FnOnce()) -> String {
        let panic = catch_unwind(AssertUnwindSafe(f)).expect_err("the check must fail");
        panic_message(&*panic)
    }

    #[test]
    fn a_difference_is_shrunk_to_the_smallest_input() {
        // Wrong from 10 on: the smallest failing input is 10.
        let message = message_of(|| {
            agree(
                0u32..1000,
                |n| n * 2,
                |n| if *n >= 10 { n + 1 } else { n * 2 },
            )
        });
        assert_eq!(message, "for 10: expected 20, got 11");
    }

    #[test]
    fn the_same_inputs_every_run() {
        let seen = |_: ()| {
            let inputs = std::sync::Mutex::new(Vec::new());
            agree(
                any::<u64>(),
                |n| *n,
                |n| {
                    inputs.lock().unwrap().push(*n);
                    *n
                },
            );
            inputs.into_inner().unwrap()
        };
        let first = seen(());
        assert_eq!(first.len(), CASES as usize);
        assert_eq!(first, seen(()));
    }

    #[test]
    fn a_panic_is_a_failure_that_names_its_input() {
        let message =
            message_of(|| agree_on([3, 0], |n: &i32| Some(12 / n.max(&1)), |n| Some(12 / n)));
        assert!(
            message.starts_with("for 0: expected Some(12), but the code panicked"),
            "{message}"
        );
    }

    #[test]
    fn agreement_passes() {
        agree(
            proptest::collection::vec(any::<u8>(), 0..20),
            |v| v.len(),
            |v| v.iter().fold(0, |n, _| n + 1),
        );
        holds(0u8..10, |n| {
            if *n < 10 {
                Ok(())
            } else {
                Err("too big".into())
            }
        });
    }

    #[test]
    fn a_property_failure_keeps_its_message() {
        let message = message_of(|| {
            holds(0u32..100, |n| {
                if *n < 50 {
                    Ok(())
                } else {
                    Err(format!("{n} is big"))
                }
            })
        });
        assert_eq!(message, "50 is big");
    }
}
