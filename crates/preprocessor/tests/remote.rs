//! `preprocess build` with URLs as inputs, against a small HTTP server on 127.0.0.1 started by
//! each test (there is no other network in tests): the cube equals the one built from the same
//! file on disk, a download broken off mid-body continues with a `Range` request (in the same run,
//! or from the kept `.part` in the next), the cache is reused without a request, and a wrong
//! checksum and a missing file give errors naming the URL.
//!
//! The server is written here on `std::net` rather than taken from a crate because it must
//! misbehave on purpose: cut a response off in the middle of its body, after announcing its
//! full length.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use assert_cmd::Command;
use sha2::{Digest, Sha256};

/// A committed simulated sample of the 2020 release's format (ggF H → ZZ* → 4ℓ, 62 kB).
const SAMPLE: &str = "mc_345060.ggH125_ZZ4lep.4lep.root";

fn sample_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ntuple-writer/tests/data/simulated").join(SAMPLE)
}

/// One request the server answered: its path, the first byte a `Range` asked for and the
/// version an `If-Range` named.
#[derive(Clone, Debug, PartialEq)]
struct Seen {
    path: String,
    range_from: Option<u64>,
    if_range: Option<String>,
}

/// What the server holds: URL path → (bytes, ETag).
type Files = Arc<Mutex<HashMap<String, (Vec<u8>, String)>>>;

/// A file server on a free port of 127.0.0.1 that answers `Range: bytes=N-` with 206 (unless an
/// `If-Range` names another version than the file's ETag) and can cut its next responses off
/// after a number of body bytes (Content-Length still announcing all).
struct TestServer {
    base: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    files: Files,
}

impl TestServer {
    /// Serves `files` (URL path → bytes); the next `cuts` responses stop after `cut_after` bytes.
    fn start(files: HashMap<String, Vec<u8>>, cuts: usize, cut_after: usize) -> Self {
        let files: Files =
            Arc::new(Mutex::new(files.into_iter().map(|(path, bytes)| (path, (bytes, "\"v1\"".to_owned()))).collect()));
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let cuts_left = AtomicUsize::new(cuts);
        let (seen_by_thread, files_by_thread) = (seen.clone(), files.clone());
        // The thread ends with the test process.
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                answer(stream, &files_by_thread, &seen_by_thread, &cuts_left, cut_after);
            }
        });
        Self { base, seen, files }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Puts a new version of the file at `path`.
    fn replace(&self, path: &str, bytes: Vec<u8>, etag: &str) {
        self.files.lock().unwrap().insert(path.to_owned(), (bytes, etag.to_owned()));
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

fn answer(
    mut stream: TcpStream,
    files: &Mutex<HashMap<String, (Vec<u8>, String)>>,
    seen: &Mutex<Vec<Seen>>,
    cuts_left: &AtomicUsize,
    cut_after: usize,
) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let (mut range_from, mut if_range) = (None, None);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("range") {
                range_from =
                    value.trim().strip_prefix("bytes=").and_then(|r| r.strip_suffix('-')).and_then(|n| n.parse().ok());
            } else if name.trim().eq_ignore_ascii_case("if-range") {
                if_range = Some(value.trim().to_owned());
            }
        }
    }
    seen.lock().unwrap().push(Seen { path: path.clone(), range_from, if_range: if_range.clone() });
    let Some((file, etag)) = files.lock().unwrap().get(&path).cloned() else {
        let _ = stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\nConnection: close\r\n\r\nnot found");
        return;
    };
    let total = file.len() as u64;
    // A range of another version than the one served is not what the client wants: all of it is.
    if if_range.is_some_and(|version| version != etag) {
        range_from = None;
    }
    let (head, body) = match range_from {
        Some(from) if from >= total => (
            format!("HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */{total}\r\nContent-Length: 0\r\n"),
            &[][..],
        ),
        Some(from) => (
            format!(
                "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes {from}-{}/{total}\r\nContent-Length: {}\r\n",
                total - 1,
                total - from
            ),
            &file[from as usize..],
        ),
        None => (format!("HTTP/1.1 200 OK\r\nContent-Length: {total}\r\n"), &file[..]),
    };
    let cut = cuts_left.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1)).is_ok();
    let sent = if cut { &body[..cut_after.min(body.len())] } else { body };
    let _ = stream.write_all(
        format!("{head}ETag: {etag}\r\nContent-Type: application/octet-stream\r\nConnection: close\r\n\r\n").as_bytes(),
    );
    let _ = stream.write_all(sent);
    let _ = stream.flush();
    let _ = stream.shutdown(Shutdown::Both);
}

fn preprocess() -> Command {
    Command::cargo_bin("preprocess").unwrap()
}

/// `preprocess build hzz4l <input> -o <out>` with the cache in `cache`: its output and status.
fn build(input: &str, out: &Path, cache: &Path, extra: &[&str]) -> std::process::Output {
    preprocess()
        .args(["build", "hzz4l", input, "--jobs", "1", "--retry-pause-ms", "10", "-o"])
        .arg(out)
        .arg("--cache-dir")
        .arg(cache)
        .args(extra)
        .output()
        .unwrap()
}

fn assert_success(output: &std::process::Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "stdout:\n{}\nstderr:\n{stderr}", String::from_utf8_lossy(&output.stdout));
    stderr
}

fn assert_failure(output: &std::process::Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(
        output.status.code(),
        Some(1),
        "stdout:\n{}\nstderr:\n{stderr}",
        String::from_utf8_lossy(&output.stdout)
    );
    stderr
}

/// The cube built from the sample on disk.
fn local_cube(dir: &Path) -> Vec<u8> {
    let out = dir.join("local.cube");
    assert_success(&build(sample_path().to_str().unwrap(), &out, &dir.join("unused-cache"), &[]));
    std::fs::read(out).unwrap()
}

fn serve_sample(cuts: usize, cut_after: usize) -> (TestServer, Vec<u8>) {
    let bytes = std::fs::read(sample_path()).unwrap();
    let files = HashMap::from([(format!("/release/4lep/MC/{SAMPLE}"), bytes.clone())]);
    (TestServer::start(files, cuts, cut_after), bytes)
}

#[test]
fn a_url_gives_the_same_cube_as_the_file_and_is_then_read_from_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    let (server, bytes) = serve_sample(0, 0);
    let cache = dir.path().join("cache");
    let url = server.url(&format!("/release/4lep/MC/{SAMPLE}"));
    let out = dir.path().join("remote.cube");
    let stderr = assert_success(&build(&url, &out, &cache, &[]));
    assert!(stderr.contains(&format!("downloading {url}")), "{stderr}");
    assert_eq!(std::fs::read(&out).unwrap(), local_cube(dir.path()), "the same cube as from the file on disk");

    let host = server.base.trim_start_matches("http://").replace(':', "_");
    let cached = cache.join(host).join("release/4lep/MC").join(SAMPLE);
    assert_eq!(std::fs::read(&cached).unwrap(), bytes, "the cache keeps the file under its URL's name");
    assert!(!Path::new(&format!("{}.part", cached.display())).exists());

    // The second build asks nothing of the server.
    let again = dir.path().join("again.cube");
    let stderr = assert_success(&build(&url, &again, &cache, &[]));
    assert!(stderr.contains("using the cached copy"), "{stderr}");
    assert_eq!(server.seen().len(), 1, "{:?}", server.seen());
    assert_eq!(std::fs::read(&again).unwrap(), std::fs::read(&out).unwrap());
}

#[test]
fn a_download_broken_off_twice_continues_with_range_requests_in_the_same_run() {
    let dir = tempfile::tempdir().unwrap();
    let (server, bytes) = serve_sample(2, 20_000);
    let url = server.url(&format!("/release/4lep/MC/{SAMPLE}"));
    let out = dir.path().join("remote.cube");
    let stderr = assert_success(&build(&url, &out, &dir.path().join("cache"), &[]));
    assert!(stderr.contains("the connection"), "the interruption is reported: {stderr}");
    let path = format!("/release/4lep/MC/{SAMPLE}");
    assert_eq!(
        server.seen(),
        [
            Seen { path: path.clone(), range_from: None, if_range: None },
            Seen { path: path.clone(), range_from: Some(20_000), if_range: Some("\"v1\"".to_owned()) },
            Seen { path, range_from: Some(40_000), if_range: Some("\"v1\"".to_owned()) },
        ]
    );
    assert!(bytes.len() > 40_000);
    assert_eq!(std::fs::read(&out).unwrap(), local_cube(dir.path()));
}

#[test]
fn an_interrupted_download_keeps_its_part_and_the_next_run_resumes_from_it() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let (server, _) = serve_sample(1, 25_000);
    let url = server.url(&format!("/release/4lep/MC/{SAMPLE}"));
    let out = dir.path().join("remote.cube");

    let stderr = assert_failure(&build(&url, &out, &cache, &["--retries", "0"]));
    assert!(stderr.contains(&url) && stderr.contains("the 25000 bytes received are kept"), "{stderr}");
    assert!(!out.exists(), "no cube without its inputs");
    let host = server.base.trim_start_matches("http://").replace(':', "_");
    let part = cache.join(host).join(format!("release/4lep/MC/{SAMPLE}.part"));
    assert_eq!(std::fs::metadata(&part).unwrap().len(), 25_000);

    assert_success(&build(&url, &out, &cache, &["--retries", "0"]));
    assert_eq!(server.seen().last().unwrap().range_from, Some(25_000), "only the rest was asked for");
    assert!(!part.exists());
    assert_eq!(std::fs::read(&out).unwrap(), local_cube(dir.path()));
}

#[test]
fn a_file_changed_on_the_server_is_downloaded_afresh_not_spliced_onto_the_old_part() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let (server, _) = serve_sample(1, 25_000);
    let path = format!("/release/4lep/MC/{SAMPLE}");
    let url = server.url(&path);
    assert_failure(&build(&url, &dir.path().join("first.cube"), &cache, &["--retries", "0"]));

    // A new version of the file, as the portal might publish between two lessons.
    let sample_dir = sample_path().parent().unwrap().to_path_buf();
    let newer = std::fs::read(sample_dir.join("mc_344235.VBFH125_ZZ4lep.4lep.root")).unwrap();
    server.replace(&path, newer.clone(), "\"v2\"");
    let stderr = assert_success(&build(&url, &dir.path().join("second.cube"), &cache, &[]));
    assert!(stderr.contains("continuing the download") && stderr.contains("from byte 25000"), "{stderr}");
    let last = server.seen().last().unwrap().clone();
    assert_eq!((last.range_from, last.if_range.as_deref()), (Some(25_000), Some("\"v1\"")));
    let host = server.base.trim_start_matches("http://").replace(':', "_");
    let cached = cache.join(host).join(path.trim_start_matches('/'));
    assert_eq!(std::fs::read(&cached).unwrap(), newer, "the new version whole, not the old part plus the new rest");
    assert!(!Path::new(&format!("{}.part.version", cached.display())).exists());
}

#[test]
fn a_checksum_in_the_url_is_checked_and_a_wrong_one_names_the_url_and_both_sums() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let (server, bytes) = serve_sample(0, 0);
    let url = server.url(&format!("/release/4lep/MC/{SAMPLE}"));
    let right = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect::<String>();
    let wrong = "0".repeat(64);
    let out = dir.path().join("remote.cube");

    let stderr = assert_failure(&build(&format!("{url}#sha256={wrong}"), &out, &cache, &[]));
    assert!(stderr.contains(&url) && stderr.contains(&right) && stderr.contains(&wrong), "{stderr}");
    assert!(stderr.contains("SHA-256") && stderr.contains("it was removed"), "{stderr}");
    assert!(!out.exists());

    assert_success(&build(&format!("{url}#sha256={right}"), &out, &cache, &[]));
    // The cached copy is checked too when a checksum is given.
    let stderr = assert_failure(&build(&format!("{url}#sha256={wrong}"), &out, &cache, &[]));
    assert!(stderr.contains("the cached copy has SHA-256"), "{stderr}");
}

#[test]
fn a_missing_file_names_the_url_and_the_servers_answer_and_is_not_retried() {
    let dir = tempfile::tempdir().unwrap();
    let (server, _) = serve_sample(0, 0);
    let url = server.url("/release/4lep/MC/mc_999999.nothing.4lep.root");
    let out = dir.path().join("remote.cube");
    let stderr = assert_failure(&build(&url, &out, &dir.path().join("cache"), &[]));
    assert!(stderr.contains(&format!("{url}: the server answered 404 Not Found")), "{stderr}");
    assert_eq!(server.seen().len(), 1);
    assert!(!out.exists());
}

#[test]
fn a_refused_connection_names_the_url() {
    let dir = tempfile::tempdir().unwrap();
    // A port that was free a moment ago: nothing listens there.
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = format!("http://127.0.0.1:{port}/{SAMPLE}");
    let stderr =
        assert_failure(&build(&url, &dir.path().join("x.cube"), &dir.path().join("cache"), &["--retries", "1"]));
    assert!(stderr.contains(&format!("{url}: request failed")), "{stderr}");
}
