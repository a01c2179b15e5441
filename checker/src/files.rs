//! Small file-writing helpers shared by every module that writes.

use std::path::Path;

use anyhow::{Context, Result};

/// Writes to a temporary file and renames it over the old one, so a crash
/// never leaves half a file.
pub fn write_atomically(path: &Path, contents: &[u8]) -> Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut file = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    file.write_all(contents)?;
    file.as_file().sync_all()?;
    file.persist(path)
        .with_context(|| format!("cannot replace {}", path.display()))?;
    Ok(())
}

/// Leaves the file (and its timestamp) alone when it already holds `contents`,
/// so cargo sees nothing new.
pub fn write_if_changed(path: &Path, contents: &[u8]) -> Result<()> {
    if std::fs::read(path).is_ok_and(|old| old == contents) {
        return Ok(());
    }
    std::fs::write(path, contents).with_context(|| format!("cannot write {}", path.display()))
}

/// Copies a file, creating the directories it goes into.
pub fn copy_creating_dirs(from: &Path, to: &Path) -> Result<()> {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    std::fs::copy(from, to)
        .with_context(|| format!("cannot copy {} to {}", from.display(), to.display()))?;
    Ok(())
}

/// Copies the directory `from` to `to` whole, hidden entries included,
/// keeping each file's modification time (cargo compares them).
pub fn copy_tree_keeping_times(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to).with_context(|| format!("cannot create {}", to.display()))?;
    let entries =
        std::fs::read_dir(from).with_context(|| format!("cannot list {}", from.display()))?;
    for entry in entries {
        let entry = entry?;
        let (source, target) = (entry.path(), to.join(entry.file_name()));
        let kind = entry.file_type()?;
        if kind.is_dir() {
            copy_tree_keeping_times(&source, &target)?;
        } else if kind.is_file() {
            std::fs::copy(&source, &target).with_context(|| {
                format!("cannot copy {} to {}", source.display(), target.display())
            })?;
            let modified = entry.metadata()?.modified()?;
            std::fs::File::options()
                .write(true)
                .open(&target)
                .and_then(|file| file.set_modified(modified))
                .with_context(|| format!("cannot date {}", target.display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::copy_tree_keeping_times;
    use std::time::{Duration, SystemTime};

    #[test]
    fn a_copied_tree_keeps_hidden_entries_and_modification_times() {
        let from = tempfile::tempdir().expect("a directory");
        let to = tempfile::tempdir().expect("a directory");
        let hidden = from.path().join(".fingerprint/unit");
        std::fs::create_dir_all(&hidden).expect("directories");
        let file = hidden.join("lib-unit");
        std::fs::write(&file, "hash").expect("a file");
        let long_ago = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
        std::fs::File::options()
            .write(true)
            .open(&file)
            .and_then(|f| f.set_modified(long_ago))
            .expect("a date");

        copy_tree_keeping_times(from.path(), to.path()).expect("the copy");

        let copied = to.path().join(".fingerprint/unit/lib-unit");
        assert_eq!(std::fs::read_to_string(&copied).expect("copied"), "hash");
        let modified = std::fs::metadata(&copied)
            .and_then(|m| m.modified())
            .expect("a time");
        assert_eq!(modified, long_ago);
    }
}
