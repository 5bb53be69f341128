//! Remote inputs: `https://` (and `http://`) URLs of ROOT files given to `preprocess build`,
//! downloaded into a local cache before the build reads them like any other file.
//!
//! The ATLAS Open Data portal serves the 2020 release as plain HTTPS files, and a school's
//! network is slow and drops connections, so a download:
//!
//! - goes to `<cache>/<host>/<path of the URL>` (the file keeps the URL's file name, so a cube
//!   built from URLs records the same input names, and is byte-identical to one built from the
//!   same files on disk); the cache is `--cache-dir`, else `$PREPROCESS_CACHE_DIR`, else
//!   `$XDG_CACHE_HOME/opendata-histogram-analyser/inputs`, else
//!   `~/.cache/opendata-histogram-analyser/inputs`;
//! - is written to `<file>.part` and renamed only once complete, so the cache never holds half a
//!   file under the real name; an interrupted download keeps its `.part` and continues from it
//!   with an HTTP `Range` request, within the same run (a few attempts) or the next one, with
//!   `If-Range` (the ETag or date kept in `<file>.part.version`) so that a file changed on the
//!   server in between is downloaded afresh instead of spliced onto the old part;
//! - is checked against the size the server announced (`Content-Length`, or the total of a
//!   `Content-Range`), and against a SHA-256 given in the URL's fragment
//!   (`https://…/file.root#sha256=<64 hex digits>`), which is also checked on a cached file;
//! - is reused when the file is already in the cache: nothing is asked of the network then.
//!
//! Every error names the URL and what went wrong (the server's status, the connection's error,
//! the sizes or the checksums that differ).

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use sha2::{Digest, Sha256};

/// The environment variable naming the download cache when `--cache-dir` is not given.
pub const CACHE_DIR_ENV: &str = "PREPROCESS_CACHE_DIR";

/// The cache's folder under `$XDG_CACHE_HOME` or `~/.cache`.
const CACHE_SUBDIR: &str = "opendata-histogram-analyser/inputs";

/// Further attempts after a download breaks off (each continues where the last stopped).
pub const DEFAULT_RETRIES: u32 = 4;

/// How downloads are done.
#[derive(Clone, Debug)]
pub struct DownloadOptions {
    /// Where downloaded files are kept.
    pub cache_dir: PathBuf,
    /// Further attempts after an interrupted download or a transient server error.
    pub retries: u32,
    /// The wait before the first retry; each next one waits once more as long.
    pub retry_pause: Duration,
    /// Draw a progress bar (when stderr is a terminal).
    pub show_progress: bool,
}

impl DownloadOptions {
    /// The defaults with the cache folder `cache_dir`.
    pub fn new(cache_dir: PathBuf) -> Self {
        Self { cache_dir, retries: DEFAULT_RETRIES, retry_pause: Duration::from_secs(2), show_progress: false }
    }
}

/// The download cache: `flag` when given, else `$PREPROCESS_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/opendata-histogram-analyser/inputs`, else
/// `$HOME/.cache/opendata-histogram-analyser/inputs`.
pub fn cache_dir(flag: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    let env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(dir) = flag.or_else(|| env(CACHE_DIR_ENV)) {
        return Ok(dir);
    }
    if let Some(xdg) = env("XDG_CACHE_HOME").filter(|p| p.is_absolute()) {
        return Ok(xdg.join(CACHE_SUBDIR));
    }
    match env("HOME") {
        Some(home) => Ok(home.join(".cache").join(CACHE_SUBDIR)),
        None => bail!("no folder for downloaded inputs: set --cache-dir or ${CACHE_DIR_ENV}"),
    }
}

/// Whether a command-line input is a URL (`http://` or `https://`) rather than a path.
pub fn is_url(input: &str) -> bool {
    let lower = input.get(..8).unwrap_or(input).to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://")
}

/// A URL of a ROOT file, with the checksum its fragment may carry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemoteFile {
    /// The URL without its fragment: what is requested.
    pub url: String,
    /// The SHA-256 the file must have (`#sha256=…`), if given.
    pub sha256: Option<[u8; 32]>,
    /// Where the file is kept, relative to the cache folder.
    relative_path: PathBuf,
}

impl RemoteFile {
    /// Reads `https://host/path/file.root[?query][#sha256=<hex>]`.
    pub fn parse(input: &str) -> anyhow::Result<Self> {
        let mut url = url::Url::parse(input).with_context(|| format!("{input} is not a usable URL"))?;
        if !matches!(url.scheme(), "http" | "https") {
            bail!("{input}: only http:// and https:// URLs can be downloaded");
        }
        let sha256 = match url.fragment() {
            None => None,
            Some(fragment) => Some(parse_sha256(fragment).with_context(|| format!("{input}: bad checksum"))?),
        };
        url.set_fragment(None);
        let host = url.host_str().filter(|h| !h.is_empty()).with_context(|| format!("{input}: the URL has no host"))?;
        let mut relative_path = PathBuf::from(match url.port() {
            Some(port) => format!("{}_{port}", safe_segment(host)),
            None => safe_segment(host),
        });
        let segments: Vec<&str> = url.path_segments().map(std::iter::Iterator::collect).unwrap_or_default();
        let Some((file, folders)) = segments.split_last().filter(|(file, _)| !file.is_empty()) else {
            bail!("{input}: the URL names no file (its path ends in `/`)");
        };
        for folder in folders.iter().filter(|f| !f.is_empty()) {
            relative_path.push(safe_segment(folder));
        }
        // Two URLs differing only in their query are different files: the query gets a folder.
        if let Some(query) = url.query().filter(|q| !q.is_empty()) {
            let digest = Sha256::digest(query.as_bytes());
            relative_path.push(format!("query-{}", &hex(&digest)[..16]));
        }
        relative_path.push(safe_segment(file));
        Ok(Self { url: url.to_string(), sha256, relative_path })
    }

    /// Where the complete file is kept in the cache `cache_dir`.
    pub fn cache_path(&self, cache_dir: &Path) -> PathBuf {
        cache_dir.join(&self.relative_path)
    }
}

/// `sha256=<64 hex digits>`.
fn parse_sha256(fragment: &str) -> anyhow::Result<[u8; 32]> {
    let Some(digits) = fragment.strip_prefix("sha256=") else {
        bail!("the fragment `#{fragment}` is not `#sha256=<64 hex digits>`");
    };
    if digits.len() != 64 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        bail!("`{digits}` is not 64 hexadecimal digits");
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&digits[2 * i..2 * i + 2], 16).expect("checked hex digits");
    }
    Ok(out)
}

/// A URL segment as a file or folder name: percent-escapes decoded, anything but letters,
/// digits and `.-_+=` replaced by `_`, and never `.` or `..`.
fn safe_segment(segment: &str) -> String {
    let decoded = percent_decode(segment);
    let name: String =
        decoded.chars().map(|c| if c.is_ascii_alphanumeric() || "._-+=".contains(c) { c } else { '_' }).collect();
    if name.is_empty() || name.chars().all(|c| c == '.') {
        name.replace('.', "_") + "_"
    } else {
        name
    }
}

fn percent_decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| segment.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The inputs with every URL replaced by its downloaded (or cached) file's path; paths, folders
/// and patterns are passed on unchanged for [`crate::build::expand_inputs`]. A URL given twice
/// is an error, as a file given twice is.
pub fn download_inputs(inputs: &[String], options: &DownloadOptions) -> anyhow::Result<Vec<String>> {
    let mut seen = HashMap::new();
    let mut out = Vec::with_capacity(inputs.len());
    for input in inputs {
        if !is_url(input) {
            out.push(input.clone());
            continue;
        }
        let remote = RemoteFile::parse(input)?;
        if let Some(first) = seen.insert(remote.url.clone(), input) {
            bail!("{input} is given twice (also as {first}); its events would be counted twice");
        }
        let path = download(&remote, options)?;
        let path = path.into_os_string().into_string().map_err(|path| {
            anyhow::anyhow!("{input}: the cache path {} is not valid UTF-8", Path::new(&path).display())
        })?;
        out.push(path);
    }
    Ok(out)
}

/// The cached file of `remote`, downloaded first unless it is already there.
pub fn download(remote: &RemoteFile, options: &DownloadOptions) -> anyhow::Result<PathBuf> {
    let url = &remote.url;
    let target = remote.cache_path(&options.cache_dir);
    if target.is_file() {
        if let Some(expected) = &remote.sha256 {
            check_sha256(url, &target, expected, "the cached copy")?;
        }
        eprintln!("using the cached copy of {url} ({})", target.display());
        return Ok(target);
    }
    let folder = target.parent().expect("a cache path has a folder");
    std::fs::create_dir_all(folder)
        .with_context(|| format!("{url}: cannot create the cache folder {}", folder.display()))?;
    let part = part_path(&target);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_connect(Some(Duration::from_secs(30)))
        .timeout_recv_response(Some(Duration::from_secs(120)))
        .user_agent(concat!("preprocess/", env!("CARGO_PKG_VERSION"), " (opendata-histogram-analyser)"))
        .build()
        .into();
    let progress = progress_bar(options.show_progress, &file_label(&target));
    match std::fs::metadata(&part).map_or(0, |m| m.len()) {
        0 => eprintln!("downloading {url} into {}", target.display()),
        kept => eprintln!("continuing the download of {url} into {} from byte {kept}", target.display()),
    }
    let mut attempt = 0;
    loop {
        match download_once(&agent, url, &part, &progress) {
            Ok(()) => break,
            Err(Failure::Final(error)) => {
                progress.finish_and_clear();
                return Err(error);
            }
            Err(Failure::Retryable(error)) if attempt < options.retries => {
                attempt += 1;
                let pause = options.retry_pause * attempt;
                progress.suspend(|| {
                    eprintln!(
                        "{error:#}; trying again in {:.1} s ({attempt} of {})",
                        pause.as_secs_f64(),
                        options.retries
                    )
                });
                std::thread::sleep(pause);
            }
            Err(Failure::Retryable(error)) => {
                progress.finish_and_clear();
                let kept = std::fs::metadata(&part).map_or(0, |m| m.len());
                return Err(if kept > 0 {
                    error.context(format!(
                        "{url}: download interrupted; the {kept} bytes received are kept in {} and the next run \
                         continues from there",
                        part.display()
                    ))
                } else {
                    error
                });
            }
        }
    }
    progress.finish_and_clear();
    if let Some(expected) = &remote.sha256 {
        check_sha256(url, &part, expected, "the download")?;
    }
    std::fs::rename(&part, &target)
        .with_context(|| format!("{url}: cannot move {} to {}", part.display(), target.display()))?;
    _ = std::fs::remove_file(version_path(&part));
    eprintln!("downloaded {url} ({} bytes)", std::fs::metadata(&target).map_or(0, |m| m.len()));
    Ok(target)
}

/// `<file>.part`, where a download in progress is written.
fn part_path(target: &Path) -> PathBuf {
    let mut part = target.as_os_str().to_owned();
    part.push(".part");
    PathBuf::from(part)
}

/// `<file>.part.version`: the version (ETag or Last-Modified) of the file a part belongs to.
fn version_path(part: &Path) -> PathBuf {
    let mut version = part.as_os_str().to_owned();
    version.push(".version");
    PathBuf::from(version)
}

fn file_label(path: &Path) -> String {
    path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// Why one attempt at a download failed: worth another attempt (a broken connection, a busy
/// server), or not (the server has no such file, the file is not what was announced).
enum Failure {
    Retryable(anyhow::Error),
    Final(anyhow::Error),
}

/// One request for the rest of the file: the bytes already in `part` are asked for no more.
fn download_once(agent: &ureq::Agent, url: &str, part: &Path, progress: &ProgressBar) -> Result<(), Failure> {
    let have = std::fs::metadata(part).map_or(0, |m| m.len());
    let version_file = version_path(part);
    let mut request = agent.get(url);
    if have > 0 {
        request = request.header("Range", format!("bytes={have}-"));
        // Only the rest of the same file: if it changed on the server since the part was
        // written, the server sends the whole new file (200) rather than splicing two versions.
        let version = std::fs::read_to_string(&version_file).ok().map(|v| v.trim().to_owned());
        if let Some(version) = version.filter(|v| !v.is_empty()) {
            request = request.header("If-Range", version);
        }
    }
    let mut response = request
        .call()
        .map_err(|e| Failure::Retryable(anyhow::Error::new(e).context(format!("{url}: request failed"))))?;
    let status = response.status().as_u16();
    let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let content_length = header("content-length").and_then(|v| v.trim().parse::<u64>().ok());
    let (start, total) = match status {
        200 => (0, content_length),
        206 => {
            let range = header("content-range").unwrap_or_default();
            let Some((start, total)) = parse_content_range(&range) else {
                return Err(Failure::Final(anyhow::anyhow!(
                    "{url}: the server answered a partial download with an unreadable Content-Range `{range}`"
                )));
            };
            if start != have {
                return Err(Failure::Final(anyhow::anyhow!(
                    "{url}: asked for the bytes from {have} on, the server sent them from {start}"
                )));
            }
            (start, total.or(content_length.map(|n| start + n)))
        }
        416 if have > 0 => {
            // Nothing left from `have` on: either the part is the whole file, or the file on the
            // server changed and the part belongs to another version of it.
            let total =
                header("content-range").and_then(|r| r.strip_prefix("bytes */").and_then(|t| t.trim().parse().ok()));
            if total == Some(have) {
                return Ok(());
            }
            std::fs::remove_file(part).map_err(|e| {
                Failure::Final(anyhow::Error::new(e).context(format!("cannot remove {}", part.display())))
            })?;
            return Err(Failure::Retryable(anyhow::anyhow!(
                "{url}: the server no longer has the bytes from {have} on (the file changed?); starting again"
            )));
        }
        _ => {
            let reason = response.status().canonical_reason().unwrap_or("");
            let error = anyhow::anyhow!("{url}: the server answered {status} {reason}");
            // A busy or briefly failing server may answer next time; a missing file will not.
            let transient = matches!(status, 408 | 429) || status >= 500;
            return Err(if transient { Failure::Retryable(error) } else { Failure::Final(error) });
        }
    };
    let io = |what: String| move |e: std::io::Error| Failure::Final(anyhow::Error::new(e).context(what));
    // What identifies this version of the file (a strong ETag, else its date), for a later
    // resume's If-Range.
    match header("etag").filter(|e| !e.starts_with("W/")).or_else(|| header("last-modified")) {
        Some(version) => std::fs::write(&version_file, version)
            .map_err(io(format!("{url}: cannot write {}", version_file.display())))?,
        None => _ = std::fs::remove_file(&version_file),
    }
    let mut file = OpenOptions::new()
        .create(true)
        .write(true)
        .append(start > 0)
        .truncate(start == 0)
        .open(part)
        .map_err(io(format!("{url}: cannot write {}", part.display())))?;
    if let Some(total) = total {
        progress.set_length(total);
    }
    progress.set_position(start);
    let mut body = response.body_mut().as_reader();
    let mut buffer = vec![0u8; 64 * 1024];
    let mut written = start;
    let interrupted = loop {
        let n = match body.read(&mut buffer) {
            Ok(0) => break None,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => break Some(e),
        };
        file.write_all(&buffer[..n]).map_err(io(format!("{url}: cannot write {}", part.display())))?;
        written += n as u64;
        progress.set_position(written);
    };
    file.sync_all().map_err(io(format!("{url}: cannot write {}", part.display())))?;
    let of_total = total.map_or_else(String::new, |t| format!(" of {t}"));
    if let Some(error) = interrupted {
        return Err(Failure::Retryable(
            anyhow::Error::new(error).context(format!("{url}: the connection broke after {written}{of_total} bytes")),
        ));
    }
    match total {
        Some(total) if written < total => Err(Failure::Retryable(anyhow::anyhow!(
            "{url}: the connection closed after {written} of the {total} bytes announced"
        ))),
        Some(total) if written > total => {
            _ = std::fs::remove_file(part);
            Err(Failure::Final(anyhow::anyhow!(
                "{url}: received {written} bytes, more than the {total} the server announced; the download was removed"
            )))
        }
        // Without a size from the server there is nothing to check the end against.
        _ => Ok(()),
    }
}

/// `bytes <start>-<end>/<total or *>` → (start, total).
fn parse_content_range(value: &str) -> Option<(u64, Option<u64>)> {
    let rest = value.trim().strip_prefix("bytes")?.trim_start();
    let (range, total) = rest.split_once('/')?;
    let (start, end) = range.split_once('-')?;
    let start: u64 = start.trim().parse().ok()?;
    let end: u64 = end.trim().parse().ok()?;
    if end < start {
        return None;
    }
    let total = match total.trim() {
        "*" => None,
        t => Some(t.parse::<u64>().ok().filter(|&t| t > end)?),
    };
    Some((start, total))
}

/// Compares `path`'s SHA-256 with `expected`; on a mismatch the file is removed (a next run
/// downloads it afresh) and the error gives both.
fn check_sha256(url: &str, path: &Path, expected: &[u8; 32], what: &str) -> anyhow::Result<()> {
    let mut file = File::open(path).with_context(|| format!("{url}: cannot read {}", path.display()))?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 256 * 1024];
    loop {
        let n = file.read(&mut buffer).with_context(|| format!("{url}: cannot read {}", path.display()))?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    let found: [u8; 32] = hasher.finalize().into();
    if &found == expected {
        return Ok(());
    }
    drop(file);
    std::fs::remove_file(path).with_context(|| format!("{url}: cannot remove {}", path.display()))?;
    bail!(
        "{url}: {what} has SHA-256 {}, not the {} the URL gives; it was removed (check the checksum, or the file \
         changed on the server)",
        hex(&found),
        hex(expected)
    )
}

fn progress_bar(show: bool, label: &str) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(
            "{msg} {bar:30} {binary_bytes}/{binary_total_bytes}  {binary_bytes_per_sec}  ETA {eta}",
        )
        .expect("the progress template is valid"),
    );
    bar.set_message(label.to_owned());
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_from_paths() {
        assert!(is_url("https://opendata.cern.ch/a.root"));
        assert!(is_url("HTTP://127.0.0.1:8000/a.root"));
        assert!(!is_url("data/https/a.root"));
        assert!(!is_url("ftp://host/a.root"));
        assert!(!is_url("http"));
    }

    #[test]
    fn a_url_keeps_its_file_name_under_its_host_and_folders() {
        let remote =
            RemoteFile::parse("https://opendata.cern.ch/eos/4lep/MC/mc_345060.ggH125_ZZ4lep.4lep.root").unwrap();
        assert_eq!(remote.sha256, None);
        assert_eq!(
            remote.cache_path(Path::new("/c")),
            Path::new("/c/opendata.cern.ch/eos/4lep/MC/mc_345060.ggH125_ZZ4lep.4lep.root")
        );
        let with_port = RemoteFile::parse("http://127.0.0.1:8080/a%20b/../x.root").unwrap();
        assert_eq!(with_port.cache_path(Path::new("/c")), Path::new("/c/127.0.0.1_8080/x.root"));
        let escaped = RemoteFile::parse("http://h/%2e%2e/a%20b%2Fc.root").unwrap();
        assert_eq!(escaped.cache_path(Path::new("/c")), Path::new("/c/h/a_b_c.root"), "no way out of the cache");
        assert_eq!(safe_segment(".."), "___");
    }

    #[test]
    fn a_query_gets_its_own_folder() {
        let a = RemoteFile::parse("https://h/files/x.root?download=1").unwrap();
        let b = RemoteFile::parse("https://h/files/x.root?download=2").unwrap();
        assert_ne!(a.cache_path(Path::new("/c")), b.cache_path(Path::new("/c")));
        assert_eq!(a.cache_path(Path::new("/c")).file_name().unwrap(), "x.root");
        assert_eq!(a.url, "https://h/files/x.root?download=1");
    }

    #[test]
    fn the_fragment_carries_a_sha256() {
        let digest = "ab".repeat(32);
        let remote = RemoteFile::parse(&format!("https://h/x.root#sha256={digest}")).unwrap();
        assert_eq!(remote.sha256, Some([0xab; 32]));
        assert_eq!(remote.url, "https://h/x.root", "the fragment is not sent");

        let message = |input: &str| format!("{:#}", RemoteFile::parse(input).unwrap_err());
        assert!(message("https://h/x.root#md5=00").contains("not `#sha256=<64 hex digits>`"));
        assert!(message("https://h/x.root#sha256=abc").contains("`abc` is not 64 hexadecimal digits"));
        assert!(message("https://h/folder/").contains("https://h/folder/: the URL names no file"));
        assert!(message("https://").contains("is not a usable URL"));
    }

    #[test]
    fn content_ranges_are_read() {
        assert_eq!(parse_content_range("bytes 100-199/200"), Some((100, Some(200))));
        assert_eq!(parse_content_range("bytes 0-9/*"), Some((0, None)));
        assert_eq!(parse_content_range("bytes 10-5/20"), None);
        assert_eq!(parse_content_range("bytes 0-19/10"), None);
        assert_eq!(parse_content_range("items 0-1/2"), None);
    }

    #[test]
    fn the_cache_folder_comes_from_the_flag_first() {
        assert_eq!(cache_dir(Some(PathBuf::from("/flag"))).unwrap(), Path::new("/flag"));
    }
}
