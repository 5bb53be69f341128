//! A full disk or an output that cannot be replaced: the command fails naming the output, no
//! `*.partial` file is left behind, and a previous output is unchanged byte for byte.
#![cfg(unix)]
// Setting a child's file-size limit between fork and exec needs `pre_exec`, which is unsafe.
#![allow(unsafe_code)]

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;

fn cube() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/cubes/hzz4l.cube")
}

fn partials(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".partial"))
        .collect()
}

/// `preprocess merge hzz4l.cube hzz4l.cube -o out` (a 140 KB cube).
fn merge(out: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_preprocess"));
    cmd.arg("merge").arg(cube()).arg(cube()).arg("-o").arg(out);
    cmd
}

#[test]
fn a_full_disk_leaves_the_previous_output_and_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("merged.cube");
    std::fs::write(&out, b"the previous cube").unwrap();
    let mut cmd = merge(&out);
    // The disk is "full" after 16 KiB: writes beyond fail with EFBIG, as ENOSPC would, and the
    // signal that would otherwise kill the process is ignored.
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let limit = libc::rlimit { rlim_cur: 16 << 10, rlim_max: 16 << 10 };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let output = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("merged.cube") && stderr.contains("disk"), "{stderr}");
    assert_eq!(std::fs::read(&out).unwrap(), b"the previous cube");
    assert_eq!(partials(dir.path()), Vec::<String>::new());
}

#[test]
fn an_output_that_cannot_be_replaced_is_left_alone_with_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    // A folder where the cube should go.
    let out = dir.path().join("merged.cube");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("kept"), b"kept").unwrap();
    let output = merge(&out).output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot replace"), "{stderr}");
    assert_eq!(std::fs::read(out.join("kept")).unwrap(), b"kept");
    assert_eq!(partials(dir.path()), Vec::<String>::new());
    // A read-only place: /proc cannot hold files, whoever runs the test.
    let output = merge(Path::new("/proc/merged.cube")).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
}
