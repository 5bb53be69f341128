//! `cargo xtask serve`: the finished release build in `dist/`, served on 127.0.0.1 the way a
//! static host serves it — the precompressed `.br` or `.gz` sibling when the browser accepts it,
//! the right content types (`application/wasm` for the modules, which browsers compile while
//! they download only with that type) — so what a teacher tries locally is what a school's host
//! or a USB stick serves, split wasm, first views and service worker included.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result};

/// Serves `dist` on `127.0.0.1:port` until interrupted, one thread per connection.
pub fn serve(dist: &Path, port: u16) -> Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", port)).with_context(|| format!("listening on port {port}"))?;
    eprintln!("xtask> serving {} at http://127.0.0.1:{port}/ (Ctrl-C stops it)", dist.display());
    serve_on(&listener, dist);
    Ok(())
}

/// Answers the connections `listener` accepts with the files of `dist`, one thread each.
fn serve_on(listener: &TcpListener, dist: &Path) {
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        let dist = dist.to_path_buf();
        std::thread::spawn(move || {
            if let Err(error) = respond(stream, &dist) {
                eprintln!("xtask> serve: {error:#}");
            }
        });
    }
}

/// Answers one request.
fn respond(stream: TcpStream, dist: &Path) -> Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut accepted = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("accept-encoding") {
                accepted = value.to_ascii_lowercase();
            }
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    let mut out = stream;
    if method != "GET" && method != "HEAD" {
        return write_response(&mut out, "405 Method Not Allowed", "text/plain", None, b"", method == "HEAD");
    }
    let Some(file) = file_for(dist, target) else {
        return write_response(&mut out, "404 Not Found", "text/plain", None, b"not found\n", method == "HEAD");
    };
    let content_type = content_type(&file);
    let (body, encoding) = [("br", "br"), ("gzip", "gz")]
        .into_iter()
        .filter(|(token, _)| accepted.split(',').any(|e| e.trim().split(';').next() == Some(*token)))
        .find_map(|(token, extension)| {
            let mut sibling = file.clone().into_os_string();
            sibling.push(format!(".{extension}"));
            fs::read(PathBuf::from(sibling)).ok().map(|bytes| (bytes, Some(token)))
        })
        .map_or_else(|| fs::read(&file).map(|bytes| (bytes, None)), Ok)?;
    write_response(&mut out, "200 OK", content_type, encoding, &body, method == "HEAD")
}

/// The file of `dist` a request target names (its query dropped, `/` meaning `index.html`), or
/// `None` when there is none or the path would leave `dist`.
fn file_for(dist: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let relative = Path::new(path.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return None;
    }
    let mut file = dist.join(relative);
    if path.ends_with('/') {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ftl" | "txt" | "md" => "text/plain; charset=utf-8",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

fn write_response(
    out: &mut TcpStream,
    status: &str,
    content_type: &str,
    encoding: Option<&str>,
    body: &[u8],
    head_only: bool,
) -> Result<()> {
    let mut header = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nVary: Accept-Encoding\r\nConnection: close\r\n",
        body.len()
    );
    if let Some(encoding) = encoding {
        header.push_str(&format!("Content-Encoding: {encoding}\r\n"));
    }
    header.push_str("\r\n");
    out.write_all(header.as_bytes())?;
    if !head_only {
        out.write_all(body)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_name_files_inside_dist_only() {
        let dist = std::env::temp_dir().join(format!("xtask-serve-{}", std::process::id()));
        fs::create_dir_all(dist.join("assets")).unwrap();
        fs::write(dist.join("index.html"), "<!DOCTYPE html>").unwrap();
        fs::write(dist.join("assets/a.cube"), [1u8]).unwrap();
        assert_eq!(file_for(&dist, "/?a=hzz4l"), Some(dist.join("index.html")));
        assert_eq!(file_for(&dist, "/assets/a.cube"), Some(dist.join("assets/a.cube")));
        assert_eq!(file_for(&dist, "/../etc/passwd"), None);
        assert_eq!(file_for(&dist, "/assets/missing.cube"), None);
        fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn a_browser_that_accepts_gzip_gets_the_gz_sibling_with_the_files_type() {
        use std::io::Read;
        let dist = std::env::temp_dir().join(format!("xtask-serve-gz-{}", std::process::id()));
        fs::create_dir_all(&dist).unwrap();
        fs::write(dist.join("app_bg.wasm"), b"\0asm plain").unwrap();
        fs::write(dist.join("app_bg.wasm.gz"), b"gzipped bytes").unwrap();
        let listener = TcpListener::bind(("127.0.0.1", 0)).unwrap();
        let address = listener.local_addr().unwrap();
        let served = dist.clone();
        std::thread::spawn(move || serve_on(&listener, &served));
        let get = |accept: &str| {
            let mut stream = TcpStream::connect(address).unwrap();
            write!(stream, "GET /app_bg.wasm HTTP/1.1\r\nHost: x\r\nAccept-Encoding: {accept}\r\n\r\n").unwrap();
            let mut response = String::new();
            stream.read_to_string(&mut response).unwrap();
            response
        };
        let compressed = get("gzip, deflate, br");
        assert!(compressed.contains("Content-Type: application/wasm\r\n"), "{compressed}");
        assert!(compressed.contains("Content-Encoding: gzip\r\n"), "{compressed}");
        assert!(compressed.ends_with("\r\n\r\ngzipped bytes"), "{compressed}");
        let plain = get("identity");
        assert!(!plain.contains("Content-Encoding"), "{plain}");
        assert!(plain.ends_with("\r\n\r\n\0asm plain"), "{plain}");
        fs::remove_dir_all(&dist).unwrap();
    }
}
