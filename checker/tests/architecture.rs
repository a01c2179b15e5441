//! ARCHITECTURE.md's layers, held to the code: every module of the checker
//! imports only modules of lower layers, so there is no cycle and nothing
//! reaches up. A new module must be placed in a layer here and there.

use std::collections::BTreeSet;
use std::path::Path;

/// Lowest first, as ARCHITECTURE.md lists them.
const LAYERS: &[&[&str]] = &[
    &["platform", "files", "workspace"],
    &["process", "catalogue", "manifest"],
    &["toolchain"],
    &["cargo"],
    &["verdict"],
    &["progress"],
    &["seal"],
    &["variants"],
    &["scratch"],
    &["judge"],
    &["render"],
    &["watch"],
    &["interview"],
    &["commands"],
    &["main"],
];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// The crate modules a source file names as `crate::x`, outside its tests.
fn imports(text: &str) -> BTreeSet<String> {
    let code = text
        .split("#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default();
    let mut found = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        let name: String = code[at + "crate::".len()..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            found.insert(name);
        }
    }
    found
}

fn sources(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("a source directory")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

#[test]
fn every_import_points_down_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    let mut problems = Vec::new();
    for file in files {
        let relative = file.strip_prefix(&src).expect("inside src");
        let module = relative
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .map(|name| name.trim_end_matches(".rs").to_string())
            .expect("a module name");
        let Some(own) = layer_of(&module) else {
            problems.push(format!(
                "{module} is in no layer: place it in LAYERS and ARCHITECTURE.md"
            ));
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("a readable source file");
        for import in imports(&text) {
            match layer_of(&import) {
                Some(layer) if layer < own || import == module => {}
                Some(_) => problems.push(format!(
                    "{} imports crate::{import}, which is not below {module}",
                    relative.display()
                )),
                None => problems.push(format!("crate::{import} is in no layer")),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn architecture_md_lists_the_same_layers() {
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../ARCHITECTURE.md"))
        .expect("ARCHITECTURE.md");
    for layer in LAYERS {
        let row = layer
            .iter()
            .map(|module| format!("`{module}`"))
            .collect::<Vec<_>>()
            .join(", ");
        assert!(
            page.contains(&format!("| {row} |")),
            "ARCHITECTURE.md has no layer row for {row}"
        );
    }
}

/// The sibling files a source file names, as `super::x` or
/// `crate::<its module path>::x`, outside its tests.
fn sibling_imports(text: &str, module_path: &str, siblings: &BTreeSet<String>) -> BTreeSet<String> {
    let code = text
        .split("#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default();
    let mut found = BTreeSet::new();
    let prefixes = ["super::".to_string(), format!("crate::{module_path}::")];
    for prefix in &prefixes {
        for (at, _) in code.match_indices(prefix.as_str()) {
            let name: String = code[at + prefix.len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            // `super::{a, b}` names several.
            let names: Vec<String> =
                if name.is_empty() && code[at + prefix.len()..].starts_with('{') {
                    let inside = &code[at + prefix.len() + 1..];
                    let inside = &inside[..inside.find('}').unwrap_or(0)];
                    inside
                        .split(',')
                        .map(|part| part.trim().split("::").next().unwrap_or("").to_string())
                        .collect()
                } else {
                    vec![name]
                };
            found.extend(names.into_iter().filter(|n| siblings.contains(n)));
        }
    }
    found
}

#[test]
fn no_two_files_of_a_module_import_each_other() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    // Files by directory: the siblings that may import one another.
    let mut by_dir: std::collections::BTreeMap<std::path::PathBuf, Vec<std::path::PathBuf>> =
        Default::default();
    for file in files {
        if file
            .file_name()
            .is_some_and(|n| n == "mod.rs" || n == "main.rs")
        {
            continue;
        }
        let dir = file.parent().expect("a directory").to_path_buf();
        by_dir.entry(dir).or_default().push(file);
    }
    let mut cycles = Vec::new();
    for (dir, files) in by_dir {
        let module_path = dir
            .strip_prefix(&src)
            .expect("inside src")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("::");
        let name = |file: &Path| {
            file.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let siblings: BTreeSet<String> = files.iter().map(|f| name(f)).collect();
        let edges: std::collections::BTreeMap<String, BTreeSet<String>> = files
            .iter()
            .map(|file| {
                let text = std::fs::read_to_string(file).expect("readable");
                (name(file), sibling_imports(&text, &module_path, &siblings))
            })
            .collect();
        for (from, tos) in &edges {
            for to in tos.iter().filter(|to| *to != from) {
                if edges.get(to).is_some_and(|back| back.contains(from)) && from < to {
                    cycles.push(format!(
                        "{module_path}: {from}.rs and {to}.rs import each other"
                    ));
                }
            }
        }
    }
    assert!(cycles.is_empty(), "{}", cycles.join("\n"));
}
