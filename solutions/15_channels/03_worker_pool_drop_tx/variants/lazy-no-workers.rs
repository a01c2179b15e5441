// variant: counts the words on the calling thread, no workers
// expect: tests

pub fn word_counts<D>(documents: Vec<D>, workers: usize) -> Vec<usize>
where
    D: AsRef<str> + Send + 'static,
{
    let _ = workers;
    documents
        .iter()
        .map(|document| document.as_ref().split_whitespace().count())
        .collect()
}
