//! Which questions a mock interview asks: the shape of a real Rust
//! interview (README, "Mock interviews"), difficulty by level, the learner's
//! weak topics first, recent questions avoided. Pure: no I/O.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::catalogue::{Catalogue, Difficulty, Exercise, Family};

/// The groups of questions an interview is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Slot {
    /// Moves, borrowing, lifetimes, smart pointers: the heart of it.
    Ownership,
    /// Traits, generics, enums and error handling.
    Types,
    /// Async, unsafe and concurrency: what senior interviews add.
    Systems,
    /// Anything else (iterators, the ecosystem), when there is room.
    Other,
    /// A coding problem: every interview ends with one.
    Coding,
}

impl Slot {
    pub fn of(family: Family) -> Self {
        match family {
            Family::Ownership => Slot::Ownership,
            Family::Types | Family::Errors => Slot::Types,
            Family::Concurrency | Family::Unsafe => Slot::Systems,
            Family::Std => Slot::Other,
            Family::Coding => Slot::Coding,
        }
    }

    /// Where to look when the catalogue has nothing left for this slot.
    fn substitutes(self) -> [Slot; 4] {
        match self {
            Slot::Ownership => [Slot::Types, Slot::Other, Slot::Systems, Slot::Coding],
            Slot::Types => [Slot::Ownership, Slot::Other, Slot::Systems, Slot::Coding],
            Slot::Systems => [Slot::Types, Slot::Ownership, Slot::Other, Slot::Coding],
            Slot::Other => [Slot::Types, Slot::Ownership, Slot::Systems, Slot::Coding],
            Slot::Coding => [Slot::Other, Slot::Types, Slot::Ownership, Slot::Systems],
        }
    }
}

impl std::fmt::Display for Slot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Slot::Ownership => "ownership",
            Slot::Types => "types",
            Slot::Systems => "systems",
            Slot::Other => "other",
            Slot::Coding => "coding",
        })
    }
}

pub const MIN_QUESTIONS: usize = 4;
pub const MAX_QUESTIONS: usize = 8;

/// How many questions of each slot an interview of `count` questions asks,
/// in the order they are asked. The README's table says the same.
pub fn shape(level: Difficulty, count: usize) -> Vec<(Slot, usize)> {
    use Slot::*;
    let table: &[(Slot, usize)] = match (level, count) {
        (Difficulty::Senior, 4) => &[(Ownership, 2), (Systems, 1), (Coding, 1)],
        (Difficulty::Senior, 5) => &[(Ownership, 2), (Types, 1), (Systems, 1), (Coding, 1)],
        (Difficulty::Senior, 6) => &[(Ownership, 3), (Types, 1), (Systems, 1), (Coding, 1)],
        (Difficulty::Senior, 7) => &[(Ownership, 3), (Types, 2), (Systems, 1), (Coding, 1)],
        (Difficulty::Senior, _) => &[(Ownership, 3), (Types, 2), (Systems, 1), (Coding, 2)],
        (_, 4) => &[(Ownership, 2), (Types, 1), (Coding, 1)],
        (_, 5) => &[(Ownership, 3), (Types, 1), (Coding, 1)],
        (_, 6) => &[(Ownership, 3), (Types, 2), (Coding, 1)],
        (_, 7) => &[(Ownership, 3), (Types, 2), (Coding, 2)],
        (_, _) => &[(Ownership, 3), (Types, 2), (Other, 1), (Coding, 2)],
    };
    table.to_vec()
}

/// What the selection knows about the learner.
#[derive(Debug, Default, Clone)]
pub struct History {
    /// Weakness per topic directory: higher means weaker.
    pub weakness: BTreeMap<String, u32>,
    /// Exercise ids asked in the last interviews.
    pub recent: HashSet<String>,
    /// Exercise ids the learner has solved in practice.
    pub solved: HashSet<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    pub seed: u64,
    pub level: Difficulty,
    pub minutes: u32,
    pub questions: Vec<Question>,
    /// Slots the catalogue could not fill from their own families.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Question {
    pub id: String,
    pub name: String,
    pub topic: String,
    pub family: Family,
    pub difficulty: Difficulty,
    pub slot: Slot,
    /// Taken from another family because this slot's had none left.
    pub substitute: bool,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PlanError {
    #[error("--questions must be {MIN_QUESTIONS} to {MAX_QUESTIONS}, not {0}")]
    Count(usize),
    #[error(
        "an interview of {wanted} questions needs {wanted} exercises; the catalogue has {have}"
    )]
    TooFew { wanted: usize, have: usize },
}

/// Difficulties in the order a level prefers them.
fn preference(level: Difficulty) -> [Difficulty; 3] {
    match level {
        Difficulty::Junior => [Difficulty::Junior, Difficulty::Mid, Difficulty::Senior],
        Difficulty::Mid => [Difficulty::Mid, Difficulty::Junior, Difficulty::Senior],
        Difficulty::Senior => [Difficulty::Senior, Difficulty::Mid, Difficulty::Junior],
    }
}

pub fn plan(
    catalogue: &Catalogue,
    history: &History,
    level: Difficulty,
    count: usize,
    minutes: u32,
    seed: u64,
) -> Result<Plan, PlanError> {
    if !(MIN_QUESTIONS..=MAX_QUESTIONS).contains(&count) {
        return Err(PlanError::Count(count));
    }
    if catalogue.exercises.len() < count {
        return Err(PlanError::TooFew {
            wanted: count,
            have: catalogue.exercises.len(),
        });
    }
    let mut rng = fastrand::Rng::with_seed(seed);
    // A random order first, so equal candidates are drawn by the seed.
    let mut pool: Vec<&Exercise> = catalogue.exercises.iter().collect();
    rng.shuffle(&mut pool);
    let family_of = |exercise: &Exercise| {
        catalogue
            .topic(&exercise.topic)
            .map_or(Family::Std, |topic| topic.family)
    };

    let mut chosen: Vec<Question> = Vec::new();
    let mut warnings = Vec::new();
    for (slot, wanted) in shape(level, count) {
        for _ in 0..wanted {
            let pick = |slot: Slot, chosen: &[Question]| {
                let taken: HashSet<&str> = chosen.iter().map(|q| q.id.as_str()).collect();
                let topics: HashSet<&str> = chosen.iter().map(|q| q.topic.as_str()).collect();
                pool.iter()
                    .filter(|e| Slot::of(family_of(e)) == slot && !taken.contains(e.id.as_str()))
                    .min_by_key(|e| {
                        let difficulty = preference(level)
                            .iter()
                            .position(|d| *d == e.difficulty)
                            .unwrap_or(3);
                        let weakness = history.weakness.get(&e.topic).copied().unwrap_or(0);
                        (
                            history.recent.contains(&e.id),
                            history.solved.contains(&e.id),
                            difficulty,
                            topics.contains(e.topic.as_str()),
                            std::cmp::Reverse(weakness),
                        )
                    })
                    .copied()
            };
            let (exercise, substitute) = match pick(slot, &chosen) {
                Some(exercise) => (exercise, false),
                None => {
                    let Some(exercise) = slot.substitutes().iter().find_map(|s| pick(*s, &chosen))
                    else {
                        unreachable!(
                            "every slot is searched and the catalogue has enough exercises"
                        );
                    };
                    warnings.push(format!(
                        "no {slot} exercise left: `{}` ({}) stands in",
                        exercise.name,
                        family_of(exercise)
                    ));
                    (exercise, true)
                }
            };
            chosen.push(Question {
                id: exercise.id.clone(),
                name: exercise.name.clone(),
                topic: exercise.topic.clone(),
                family: family_of(exercise),
                difficulty: exercise.difficulty,
                slot,
                substitute,
            });
        }
    }
    Ok(Plan {
        seed,
        level,
        minutes,
        questions: chosen,
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Topic;

    /// A catalogue with `per_topic` exercises in each of seven topics, one
    /// per family, of all difficulties.
    fn catalogue(per_topic: usize) -> Catalogue {
        let families = [
            ("01_own", Family::Ownership),
            ("02_borrow", Family::Ownership),
            ("08_traits", Family::Types),
            ("13_errors", Family::Errors),
            ("14_threads", Family::Concurrency),
            ("17_unsafe", Family::Unsafe),
            ("18_iter", Family::Std),
            ("19_coding", Family::Coding),
        ];
        let difficulties = [Difficulty::Junior, Difficulty::Mid, Difficulty::Senior];
        let topics = families
            .iter()
            .map(|(dir, family)| Topic {
                dir: dir.to_string(),
                title: dir.to_string(),
                family: *family,
            })
            .collect();
        let mut exercises = Vec::new();
        for (dir, _) in families {
            for i in 0..per_topic {
                exercises.push(Exercise::sample(
                    &format!("{dir}_{i}"),
                    dir,
                    difficulties[i % 3],
                ));
            }
        }
        Catalogue { topics, exercises }
    }

    fn counts(plan: &Plan) -> BTreeMap<Slot, usize> {
        let mut counts = BTreeMap::new();
        for question in &plan.questions {
            *counts.entry(Slot::of(question.family)).or_insert(0) += 1;
        }
        counts
    }

    #[test]
    fn every_level_and_count_has_the_interview_shape() {
        let catalogue = catalogue(6);
        for level in [Difficulty::Junior, Difficulty::Mid, Difficulty::Senior] {
            for count in MIN_QUESTIONS..=MAX_QUESTIONS {
                let plan =
                    plan(&catalogue, &History::default(), level, count, 45, 7).expect("a plan");
                assert_eq!(plan.questions.len(), count);
                let counts = counts(&plan);
                let own = counts.get(&Slot::Ownership).copied().unwrap_or(0);
                let types = counts.get(&Slot::Types).copied().unwrap_or(0);
                let coding = counts.get(&Slot::Coding).copied().unwrap_or(0);
                let systems = counts.get(&Slot::Systems).copied().unwrap_or(0);
                assert!((2..=3).contains(&own), "{level} {count}: {counts:?}");
                assert!((1..=2).contains(&coding), "{level} {count}: {counts:?}");
                if level == Difficulty::Senior {
                    assert_eq!(systems, 1, "{level} {count}: {counts:?}");
                    // At four questions the types slot gives way (README).
                    assert!(types <= 2 && (count == 4 || types >= 1), "{counts:?}");
                } else {
                    assert_eq!(systems, 0, "{level} {count}: {counts:?}");
                    assert!((1..=2).contains(&types), "{level} {count}: {counts:?}");
                }
                assert!(plan.questions.iter().all(|q| !q.substitute));
                let expected: BTreeMap<Slot, usize> = shape(level, count).into_iter().collect();
                assert_eq!(counts, expected, "the plan follows the table");
                assert_eq!(
                    plan.questions.last().map(|q| q.slot),
                    Some(Slot::Coding),
                    "a coding problem ends it"
                );
                let ids: HashSet<_> = plan.questions.iter().map(|q| &q.id).collect();
                assert_eq!(ids.len(), count, "no question twice");
            }
        }
    }

    #[test]
    fn difficulty_follows_the_level() {
        let catalogue = catalogue(6);
        for level in [Difficulty::Junior, Difficulty::Mid, Difficulty::Senior] {
            let plan = plan(&catalogue, &History::default(), level, 6, 45, 1).expect("a plan");
            assert!(
                plan.questions.iter().all(|q| q.difficulty == level),
                "{level}: {:?}",
                plan.questions
            );
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_plan_and_seeds_vary() {
        let catalogue = catalogue(9);
        let ids = |seed| {
            plan(
                &catalogue,
                &History::default(),
                Difficulty::Mid,
                6,
                45,
                seed,
            )
            .expect("a plan")
            .questions
            .into_iter()
            .map(|q| q.id)
            .collect::<Vec<_>>()
        };
        assert_eq!(ids(42), ids(42));
        let distinct: HashSet<Vec<String>> = (0..10).map(ids).collect();
        assert!(distinct.len() > 1, "ten seeds, one plan: {distinct:?}");
    }

    #[test]
    fn weak_topics_come_first_and_recent_questions_are_avoided() {
        let catalogue = catalogue(6);
        let mut history = History::default();
        history.weakness.insert("02_borrow".into(), 5);
        let plan = plan(&catalogue, &history, Difficulty::Mid, 4, 45, 3).expect("a plan");
        assert_eq!(plan.questions[0].topic, "02_borrow", "{:?}", plan.questions);

        let first = plan
            .questions
            .iter()
            .map(|q| q.id.clone())
            .collect::<HashSet<_>>();
        let history = History {
            recent: first.clone(),
            ..History::default()
        };
        let next = super::plan(&catalogue, &history, Difficulty::Mid, 4, 45, 3).expect("a plan");
        assert!(
            next.questions.iter().all(|q| !first.contains(&q.id)),
            "{:?} repeats {first:?}",
            next.questions
        );
    }

    #[test]
    fn unsolved_exercises_come_before_solved_ones() {
        let catalogue = catalogue(2);
        let first =
            plan(&catalogue, &History::default(), Difficulty::Mid, 4, 45, 3).expect("a plan");
        let solved: HashSet<String> = first.questions.iter().map(|q| q.id.clone()).collect();
        let history = History {
            solved: solved.clone(),
            ..History::default()
        };
        let next = super::plan(&catalogue, &history, Difficulty::Mid, 4, 45, 3).expect("a plan");
        assert!(
            next.questions.iter().all(|q| !solved.contains(&q.id)),
            "{:?} asks what was solved: {solved:?}",
            next.questions
        );
    }

    #[test]
    fn a_thin_catalogue_substitutes_and_says_so() {
        let mut catalogue = catalogue(2);
        let coding_dir = "19_coding";
        catalogue.exercises.retain(|e| e.topic != coding_dir);
        let plan =
            plan(&catalogue, &History::default(), Difficulty::Mid, 5, 45, 3).expect("a plan");
        let standing_in: Vec<_> = plan.questions.iter().filter(|q| q.substitute).collect();
        assert_eq!(standing_in.len(), 1, "{:?}", plan.questions);
        assert_eq!(standing_in[0].slot, Slot::Coding);
        assert!(
            plan.warnings[0].starts_with("no coding exercise left"),
            "{:?}",
            plan.warnings
        );
    }

    #[test]
    fn counts_out_of_range_and_tiny_catalogues_are_refused() {
        let catalogue = catalogue(1);
        let history = History::default();
        assert_eq!(
            plan(&catalogue, &history, Difficulty::Mid, 3, 45, 0).unwrap_err(),
            PlanError::Count(3)
        );
        assert_eq!(
            plan(&catalogue, &history, Difficulty::Mid, 9, 45, 0).unwrap_err(),
            PlanError::Count(9)
        );
        let mut tiny = catalogue.clone();
        tiny.exercises.truncate(3);
        assert_eq!(
            plan(&tiny, &history, Difficulty::Mid, 4, 45, 0).unwrap_err(),
            PlanError::TooFew { wanted: 4, have: 3 }
        );
    }
}
