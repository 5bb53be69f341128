//! Writing output files so that a failed write changes nothing.
//!
//! A cube or export is written to a temporary file in the output's folder (a unique name, so
//! concurrent runs never share one), flushed to disk (`fsync`), then renamed over the output,
//! and the folder is synced so the rename itself survives a crash. Any failure on the way — a
//! full disk, an output that is a folder, a folder that cannot be written — removes the
//! temporary file and leaves a previous output exactly as it was. Temporary files are hidden
//! (`.<name>.<random>.partial`), so a static host's copy of the folder (Trunk's `copy-dir`)
//! would not ship one even if the machine lost power mid-write.

use std::io::Write;
use std::path::Path;

use anyhow::Context;

/// Writes `bytes` to `path` atomically; see the module documentation.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let parent = match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(parent) => {
            std::fs::create_dir_all(parent).with_context(|| format!("cannot create folder {}", parent.display()))?;
            parent
        }
        None => Path::new("."),
    };
    let name = path.file_name().with_context(|| format!("{} is not a file name", path.display()))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{}.", name.to_string_lossy()))
        .suffix(".partial")
        .tempfile_in(parent)
        .with_context(|| format!("cannot create a temporary file in {}", parent.display()))?;
    // From here on an error drops `tmp`, which deletes the temporary file.
    tmp.write_all(bytes).with_context(|| format!("cannot write {} (is the disk full?)", path.display()))?;
    tmp.as_file().sync_all().with_context(|| format!("cannot write {} to disk", path.display()))?;
    tmp.persist(path).map_err(|e| e.error).with_context(|| format!("cannot replace {}", path.display()))?;
    // The rename is durable once the folder's entry is (best effort: not every system syncs folders).
    if let Ok(dir) = std::fs::File::open(parent) {
        let _ = dir.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn partials(dir: &Path) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".partial"))
            .collect()
    }

    #[test]
    fn writes_and_replaces_leaving_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("sub/hzz4l.cube");
        write_atomically(&out, b"first").unwrap();
        write_atomically(&out, b"second").unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"second");
        assert!(partials(&dir.path().join("sub")).is_empty());
    }

    #[test]
    fn an_output_that_cannot_be_replaced_is_left_alone_with_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        // A folder where the file should go: the rename fails after the data was written.
        let out = dir.path().join("cube");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("inside"), b"keep").unwrap();
        let error = write_atomically(&out, b"new").unwrap_err();
        assert!(format!("{error:#}").contains("cannot replace"), "{error:#}");
        assert_eq!(std::fs::read(out.join("inside")).unwrap(), b"keep");
        assert!(partials(dir.path()).is_empty());
        // A parent that is a file: nothing can be created.
        let blocked = dir.path().join("file");
        std::fs::write(&blocked, b"x").unwrap();
        assert!(write_atomically(&blocked.join("cube"), b"new").is_err());
        assert_eq!(std::fs::read(&blocked).unwrap(), b"x");
    }

    #[test]
    fn concurrent_writers_never_share_a_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("c.cube");
        std::thread::scope(|s| {
            for i in 0..8u8 {
                let out = &out;
                s.spawn(move || write_atomically(out, &vec![i; 100_000]).unwrap());
            }
        });
        let bytes = std::fs::read(&out).unwrap();
        assert!(bytes.len() == 100_000 && bytes.iter().all(|b| *b == bytes[0]), "one writer's whole file");
        assert!(partials(dir.path()).is_empty());
    }
}
