//! Reading each ROOT file in a child process with a memory limit.
//!
//! oxyroot trusts the length fields of the files it reads (`reserve(n)` with `n` from four file
//! bytes). A corrupt file can make it ask for gigabytes, and an allocation failure aborts the
//! process: `catch_unwind` cannot catch it, so one bad file among hundreds would end a
//! `--keep-going` run. `preprocess build` therefore reads every file in a child process (the same
//! binary, hidden subcommand `read-root`), whose address space is limited to what the file can
//! justify ([`memory_limit`]). The child streams the file's events back; the parent runs the
//! selection on them exactly as it would on events read in-process, so cubes are byte-identical
//! either way. A child that dies — out of memory, or anything else — is an error naming the file.
//!
//! The protocol on the child's stdout is a sequence of records `[tag: u8][length: u32 LE][payload]`:
//! `N` the number of entries (u64 LE) once the file is open, then, after the parent has written
//! the branches it needs on the child's stdin (one byte, [`needs_byte`]), one `E` per event
//! (bincode of [`Event`]) and a final `D` (events read, u64 LE); `X` instead carries an error
//! message at any point.

use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::thread::JoinHandle;

use crate::event::Event;
use crate::root::{Needs, Ntuple, Problem, RootError};

/// Fixed part of the child's address-space limit: the binary, its libraries, the stack and the
/// allocator's arenas.
const BASE_LIMIT: u64 = 1 << 30;

/// The child's address-space limit for a file of `file_bytes`: 1 GiB plus 8 × the file. A
/// reader needs the baskets it decompresses (ROOT's compression rarely exceeds 10:1 per basket,
/// and only one basket per branch is alive), never a multiple of the whole file.
pub fn memory_limit(file_bytes: u64) -> u64 {
    BASE_LIMIT.saturating_add(file_bytes.saturating_mul(8))
}

fn bincode_config() -> impl bincode::config::Config {
    bincode::config::standard()
}

pub(crate) fn needs_byte(needs: Needs) -> u8 {
    u8::from(needs.lepton_quality)
        | u8::from(needs.jets) << 1
        | u8::from(needs.met) << 2
        | u8::from(needs.trigger) << 3
        | u8::from(needs.event_record) << 4
        | u8::from(needs.jet_flavour) << 5
}

fn needs_of(byte: u8) -> Needs {
    Needs {
        lepton_quality: byte & 1 != 0,
        jets: byte & 2 != 0,
        met: byte & 4 != 0,
        trigger: byte & 8 != 0,
        event_record: byte & 16 != 0,
        jet_flavour: byte & 32 != 0,
    }
}

// ---------------------------------------------------------------------------------------------
// Parent side

/// A child process reading one file, between [`open`] and [`ChildReader::read_events`].
pub struct ChildReader {
    child: Child,
    stdin: Option<ChildStdin>,
    stdout: BufReader<ChildStdout>,
    stderr: Option<JoinHandle<String>>,
    pub entries: u64,
}

/// Starts `exe read-root <path>` and waits for it to open the file.
pub fn open(exe: &Path, path: &Path, file: &str) -> Result<ChildReader, RootError> {
    let error = |problem| RootError { file: file.to_owned(), problem };
    let mut child = Command::new(exe)
        .arg("read-root")
        .arg(path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| error(Problem::Io(format!("cannot start the reader process {}: {e}", exe.display()))))?;
    let stdin = child.stdin.take();
    let stdout = BufReader::new(child.stdout.take().expect("piped"));
    // Drained on its own thread so a chatty child can never block on a full pipe.
    let mut stderr_pipe = child.stderr.take().expect("piped");
    let stderr = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr_pipe.read_to_string(&mut text);
        text
    });
    let mut reader = ChildReader { child, stdin, stdout, stderr: Some(stderr), entries: 0 };
    match reader.record().map_err(&error)? {
        (b'N', payload) if payload.len() == 8 => {
            reader.entries = u64::from_le_bytes(payload.try_into().expect("8 bytes"));
            Ok(reader)
        }
        (b'X', message) => Err(error(Problem::Child(String::from_utf8_lossy(&message).into_owned()))),
        (tag, _) => Err(error(Problem::Child(format!(
            "the reader process answered `{}` instead of opening the file",
            tag as char
        )))),
    }
}

impl ChildReader {
    /// The next record, or why there is none (the child died: its exit status and last words).
    fn record(&mut self) -> Result<(u8, Vec<u8>), Problem> {
        let mut head = [0u8; 5];
        if self.stdout.read_exact(&mut head).is_err() {
            return Err(self.death());
        }
        let len = u32::from_le_bytes(head[1..5].try_into().expect("4 bytes")) as usize;
        let mut payload = vec![0u8; len];
        if self.stdout.read_exact(&mut payload).is_err() {
            return Err(self.death());
        }
        Ok((head[0], payload))
    }

    fn death(&mut self) -> Problem {
        let status = self.child.wait().map(|s| s.to_string()).unwrap_or_else(|e| e.to_string());
        let stderr = self.stderr.take().and_then(|h| h.join().ok()).unwrap_or_default();
        let last = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
        let last: String = last.chars().take(300).collect();
        Problem::ReaderCrashed { status, message: last }
    }

    /// Sends the branches wanted and hands every event the child reads to `on_event`.
    pub fn read_events(&mut self, needs: Needs, on_event: &mut dyn FnMut(&Event)) -> Result<u64, Problem> {
        let sent =
            self.stdin.take().map(|mut stdin| stdin.write_all(&[needs_byte(needs)]).and_then(|()| stdin.flush()));
        if !matches!(sent, Some(Ok(()))) {
            return Err(self.death());
        }
        loop {
            match self.record()? {
                (b'E', payload) => {
                    let (event, _): (Event, usize) = bincode::serde::decode_from_slice(&payload, bincode_config())
                        .map_err(|e| Problem::Child(format!("the reader process sent an unreadable event ({e})")))?;
                    on_event(&event);
                }
                (b'D', payload) if payload.len() == 8 => {
                    let _ = self.child.wait();
                    return Ok(u64::from_le_bytes(payload.try_into().expect("8 bytes")));
                }
                (b'X', message) => {
                    let _ = self.child.wait();
                    return Err(Problem::Child(String::from_utf8_lossy(&message).into_owned()));
                }
                (tag, _) => {
                    return Err(Problem::Child(format!("the reader process sent an unknown record `{}`", tag as char)))
                }
            }
        }
    }
}

impl Drop for ChildReader {
    fn drop(&mut self) {
        // Closing stdin ends a child still waiting for its orders; then it is reaped.
        self.stdin.take();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// ---------------------------------------------------------------------------------------------
// Child side

/// The `read-root` subcommand: reads `path` in this process under the memory limit and streams
/// what it finds to stdout. Returns the exit status.
pub fn serve(path: &Path) -> u8 {
    let size = std::fs::metadata(path).map_or(0, |m| m.len());
    limit_address_space(memory_limit(size));
    let mut out = BufWriter::new(std::io::stdout().lock());
    let written = (|| -> std::io::Result<()> {
        let ntuple = match Ntuple::open_here(path) {
            Ok(ntuple) => ntuple,
            Err(error) => return send(&mut out, b'X', error.problem.to_string().as_bytes()),
        };
        send(&mut out, b'N', &ntuple.entries().to_le_bytes())?;
        out.flush()?;
        let mut needs = [0u8; 1];
        if std::io::stdin().read_exact(&mut needs).is_err() {
            // The parent only wanted the number of entries.
            return Ok(());
        }
        let mut failed = None;
        let result = ntuple.read_events(needs_of(needs[0]), |event| {
            if failed.is_some() {
                return;
            }
            let bytes = bincode::serde::encode_to_vec(event, bincode_config()).expect("events encode into memory");
            if let Err(e) = send(&mut out, b'E', &bytes) {
                failed = Some(e);
            }
        });
        if let Some(e) = failed {
            return Err(e);
        }
        match result {
            Ok(n) => send(&mut out, b'D', &n.to_le_bytes()),
            Err(error) => send(&mut out, b'X', error.problem.to_string().as_bytes()),
        }
    })()
    .and_then(|()| out.flush());
    // The parent went away: nothing left to tell it.
    u8::from(written.is_err())
}

fn send(out: &mut impl Write, tag: u8, payload: &[u8]) -> std::io::Result<()> {
    let len = u32::try_from(payload.len()).map_err(|_| std::io::Error::other("a record over 4 GiB"))?;
    out.write_all(&[tag])?;
    out.write_all(&len.to_le_bytes())?;
    out.write_all(payload)
}

#[cfg(unix)]
fn limit_address_space(bytes: u64) {
    if let Err(error) = rlimit::setrlimit(rlimit::Resource::AS, bytes, bytes) {
        eprintln!("warning: could not limit the reader's memory: {error}");
    }
}

#[cfg(not(unix))]
fn limit_address_space(_bytes: u64) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_travel_in_one_byte() {
        for byte in 0..64 {
            assert_eq!(needs_byte(needs_of(byte)), byte);
        }
    }

    #[test]
    fn the_limit_grows_with_the_file() {
        assert_eq!(memory_limit(0), 1 << 30);
        assert_eq!(memory_limit(1 << 30), 9 << 30);
        assert_eq!(memory_limit(u64::MAX), u64::MAX);
    }

    #[test]
    fn records_are_tag_length_payload() {
        let mut out = Vec::new();
        send(&mut out, b'N', &7u64.to_le_bytes()).unwrap();
        assert_eq!(out, [b'N', 8, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0]);
    }
}
