// variant: takes any `AsRef<str>` where the statement keeps the signature
// expect: keep:fn initials
pub fn initials(full_name: impl AsRef<str>) -> String {
    full_name
        .as_ref()
        .split_whitespace()
        .filter_map(|word| word.chars().next())
        .collect()
}
