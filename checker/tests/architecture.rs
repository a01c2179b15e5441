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
