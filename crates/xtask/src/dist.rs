//! `cargo xtask dist`: the release app as one self-contained folder and a zip, for classrooms
//! with slow or no networks, and the finishing steps every release build gets.
//!
//! [`finish`] runs after Trunk on every release build (`build`, `test`, `dist`):
//!
//! - Trunk writes the wasm bootstrap as an inline `<script type=module>`, which a strict
//!   Content-Security-Policy (no `'unsafe-inline'`) blocks. It is moved into its own file,
//!   `boot-<hash>.js`, loaded with `<script type=module src>`, so the page runs under
//!   `script-src 'self' 'wasm-unsafe-eval'` (docs/embedding.md).
//! - The wasm downloads and starts once the page's first view is painted, not from a preload in
//!   the page's head ([`wasm_after_first_view`]): on a slow network the analysis's picture comes
//!   first. The same script tag lists the analyses the build has pictures of
//!   ([`name_first_view_pictures`]), so an analysis of one's own asks for none.
//! - The page gets the app's Content-Security-Policy as a `<meta http-equiv>` ([`CSP`]), so
//!   static hosts that cannot set headers (GitHub Pages, a USB stick's server) still ship it.
//!   `frame-ancestors` cannot be set that way; docs/embedding.md gives it as a header.
//! - The service worker `sw.js` gets the build's version and the list of every file to
//!   precache, so after one visit the app works with the network off, and a new build replaces
//!   the old cache instead of mixing with it (docs/offline.md).
//! - The home page as the app draws it and the "loading" note are written into the page in
//!   every language ([`prerender_first_view`]), so the page shows them in the page language
//!   before the WebAssembly runs.
//! - Every file a browser downloads gets precompressed siblings, `<file>.br` (Brotli, quality
//!   11) and `<file>.gz` (gzip, level 9), written once here at the highest settings rather than
//!   by a host on every request at a fast one; static hosts that serve them (docs/offline.md)
//!   send about a quarter of the bytes. They are not in the service worker's list: the browser
//!   decompresses whatever the server sends, so the worker caches the plain URLs.
//!
//! [`dist`] then zips `dist/` into `target/histanalyser-offline.zip` and prints what a student
//! downloads for one analysis, gzip-compressed as a static server sends it.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// Builds the release app, finishes it, zips it and reports the download sizes.
pub fn dist(root: &Path) -> Result<()> {
    crate::tools::install_all(root)?;
    crate::build_web(root)?;
    let dist = root.join("dist");
    let zip_path = root.join("target/histanalyser-offline.zip");
    let files = files_under(&dist)?;
    write_zip(&dist, &files, &zip_path)?;
    let zip_size = fs::metadata(&zip_path)?.len();
    eprintln!("xtask> {} files, zip {} at {}", files.len(), kib(zip_size), zip_path.display());
    let on_first_use: Vec<u64> = files
        .iter()
        .filter(|file| !is_precompressed(file) && relative_url(&dist, file).ends_with(".wasm"))
        .filter(|file| !relative_url(&dist, file).ends_with("_bg.wasm"))
        .map(|file| fs::read(file).map_err(anyhow::Error::from).and_then(|bytes| gzip_size(&bytes)))
        .collect::<Result<_>>()?;
    eprintln!(
        "xtask> {} wasm modules loaded on first use (pages and tools), {} gzip in all",
        on_first_use.len(),
        kib(on_first_use.iter().sum())
    );
    for (analysis, sizes) in one_analysis_downloads(&dist, &files)? {
        let total: u64 = sizes.iter().map(|(_, _, gz)| gz).sum();
        eprintln!("xtask> download for {analysis}: {} gzip", kib(total));
        for (name, raw, gz) in sizes {
            eprintln!("xtask>   {name}: {} ({} gzip)", kib(raw), kib(gz));
        }
    }
    eprintln!(
        "xtask> serve it with any static server, e.g. `cd dist && python3 -m http.server 8000` (docs/offline.md)"
    );
    Ok(())
}

/// The app's Content-Security-Policy, as the built page carries it: no inline script and no
/// `eval` (`'wasm-unsafe-eval'` only lets WebAssembly compile), no inline `<style>`, everything
/// from the app's own origin. `style-src-attr 'unsafe-inline'` is for plotters' SVG export, which
/// measures text on a styled `<span>` (docs/embedding.md). `frame-ancestors` is ignored in a
/// `<meta>`, so it is not here: hosts that can set headers add it (docs/embedding.md).
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
     style-src-attr 'unsafe-inline'; img-src 'self'; connect-src 'self'; worker-src 'self'; \
     base-uri 'none'; object-src 'none'; form-action 'none'";

/// The steps every release build gets after Trunk; see the module documentation.
pub fn finish(dist: &Path) -> Result<()> {
    let index_path = dist.join("index.html");
    let index = fs::read_to_string(&index_path).with_context(|| format!("reading {}", index_path.display()))?;
    let index = wasm_after_first_view(&index)?;
    let index = name_first_view_pictures(&index, &first_view_pictures(dist)?)?;
    let (index, boot) = move_inline_bootstrap(&index)?;
    if let Some((name, code)) = boot {
        fs::write(dist.join(&name), code)?;
    }
    let home_pages = if first_view_written(&index) { Vec::new() } else { home_pages(dist)? };
    let index = prerender_first_view(&index, &home_pages)?;
    // In the page now: the copies Trunk made of the home pages would only take room in the
    // service worker's precache.
    for lang in i18n::Lang::ALL {
        let copy = home_page_file(dist, lang);
        if copy.exists() {
            fs::remove_file(&copy).with_context(|| format!("removing {}", copy.display()))?;
        }
    }
    fs::write(&index_path, insert_csp(&index)?)?;
    write_service_worker(dist)?;
    // Last, so the worker's list and version cover the final files and none of the siblings.
    write_precompressed(dist)
}

/// File types worth compressing: text and the binary formats of the app that are not already
/// compressed (PNG diagrams are, and would only grow).
const COMPRESSIBLE: [&str; 11] = ["html", "js", "mjs", "css", "wasm", "cube", "events", "json", "ftl", "svg", "txt"];

/// A precompressed sibling is kept only if it saves at least this fraction of the file: hosts
/// then never send a `.br` that is barely smaller (or larger) than the file itself.
const MIN_SAVING: f64 = 0.05;

/// Writes `<file>.br` and `<file>.gz` beside every compressible file of `dist` (replacing those of
/// an earlier run), and prints the totals.
fn write_precompressed(dist: &Path) -> Result<()> {
    let (mut raw_total, mut gz_total, mut br_total, mut count) = (0u64, 0u64, 0u64, 0usize);
    for file in files_under(dist)? {
        if is_precompressed(&file) || !is_compressible(&file) {
            continue;
        }
        let bytes = fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
        for (extension, compressed) in [("gz", gzip(&bytes)?), ("br", brotli(&bytes)?)] {
            let sibling = sibling_path(&file, extension);
            if (compressed.len() as f64) <= bytes.len() as f64 * (1.0 - MIN_SAVING) {
                if extension == "gz" {
                    gz_total += compressed.len() as u64;
                } else {
                    br_total += compressed.len() as u64;
                }
                fs::write(&sibling, compressed).with_context(|| format!("writing {}", sibling.display()))?;
            } else if sibling.exists() {
                fs::remove_file(&sibling)?;
            }
        }
        raw_total += bytes.len() as u64;
        count += 1;
    }
    eprintln!(
        "xtask> precompressed {count} files: {} → {} gzip, {} brotli (.gz and .br beside each)",
        kib(raw_total),
        kib(gz_total),
        kib(br_total)
    );
    Ok(())
}

fn is_precompressed(file: &Path) -> bool {
    matches!(file.extension().and_then(|e| e.to_str()), Some("gz" | "br"))
}

fn is_compressible(file: &Path) -> bool {
    file.extension().and_then(|e| e.to_str()).is_some_and(|e| COMPRESSIBLE.contains(&e))
}

fn sibling_path(file: &Path, extension: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(".");
    name.push(extension);
    PathBuf::from(name)
}

/// gzip at level 9, as `gzip -9` writes it.
fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?)
}

/// Brotli at quality 11 with a 4 MiB window (every file of the app fits in one).
fn brotli(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).context("brotli compression")?;
    Ok(out)
}

/// The attribute that marks what the build writes into the page for its first view:
/// `data-first-view=home` (the home page) and `data-first-view=loading` (the loading note), one
/// per language, for `web/preload.js` to show the page language's.
const FIRST_VIEW_MARK: &str = "data-first-view";

/// Writes what the page shows before the WebAssembly runs, in every language, each element
/// marked with its `lang` and all but English's loading note hidden; `web/preload.js` shows the
/// page language's instead.
///
/// - The home page as the app draws it: `home_pages` (language code, the markup of the app's
///   `#app` on the home page, captured by `cargo xtask first-views` into
///   `assets/first-view/home.<lang>.html`), at the start of the page's `#app`. On a slow network
///   the home page then shows its heading and cards (plain links that work before the app runs)
///   in a round trip, instead of after 0.5 MB of WebAssembly; the app replaces them with its own,
///   the same elements in the same place.
/// - The "loading" note (`app-loading` of the Fluent catalogues the app reads), in place of the
///   page's English one, `<p data-first-view="loading" lang="en">`.
///
/// A page already finished is left as it is.
fn prerender_first_view(index: &str, home_pages: &[(&str, String)]) -> Result<String> {
    if first_view_written(index) {
        return Ok(index.to_owned());
    }
    let note_tags = ["<p data-first-view=loading lang=en>", "<p data-first-view=\"loading\" lang=\"en\">"];
    let Some((note_start, _)) = find_tag(index, note_tags) else {
        bail!("index.html has no loading note `<p data-first-view=\"loading\" lang=\"en\">` to translate")
    };
    let Some(note_length) = index[note_start..].find("</p>") else {
        bail!("index.html: the loading note is not closed")
    };
    let note_end = note_start + note_length + "</p>".len();
    let notes: String = i18n::Lang::ALL
        .into_iter()
        .map(|lang| {
            let hidden = if lang == i18n::Lang::En { "" } else { " hidden" };
            let note = i18n::Catalogue::new(lang).text("app-loading");
            format!("<p {FIRST_VIEW_MARK}=loading lang={}{hidden}>{}</p>", lang.code(), escape_html(&note))
        })
        .collect();
    let index = format!("{}{notes}{}", &index[..note_start], &index[note_end..]);

    let Some((opening, tag)) = find_tag(&index, ["<div id=app>", "<div id=\"app\">"]) else {
        bail!("index.html has no <div id=\"app\"> to mount the app into")
    };
    let at = opening + tag.len();
    let homes: String = home_pages
        .iter()
        .map(|(lang, markup)| format!("<div {FIRST_VIEW_MARK}=home lang={lang} hidden>{markup}</div>"))
        .collect();
    Ok(format!("{}{homes}{}", &index[..at], &index[at..]))
}

/// Where the first of `spellings` of one tag is in `page`, and which it is: Trunk's minifier
/// drops the quotes of plain attribute values, so a tag of `web/index.html` comes either way.
fn find_tag<'a>(page: &str, spellings: [&'a str; 2]) -> Option<(usize, &'a str)> {
    spellings.into_iter().find_map(|tag| page.find(tag).map(|at| (at, tag)))
}

fn first_view_written(index: &str) -> bool {
    index.contains(&format!("{FIRST_VIEW_MARK}=loading lang=es"))
}

fn home_page_file(dist: &Path, lang: i18n::Lang) -> PathBuf {
    dist.join(format!("assets/first-view/home.{}.html", lang.code()))
}

/// The home page's markup in each language the build has a copy of
/// (`assets/first-view/home.<lang>.html`, copied into `dist/`); a language without one (before
/// `cargo xtask first-views` first ran) is named and left out: its home page waits for the app.
fn home_pages(dist: &Path) -> Result<Vec<(&'static str, String)>> {
    let mut pages = Vec::new();
    for lang in i18n::Lang::ALL {
        let file = home_page_file(dist, lang);
        match fs::read_to_string(&file) {
            Ok(markup) => pages.push((lang.code(), markup.trim().to_owned())),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                eprintln!("xtask> {} is missing: run `cargo xtask first-views`", file.display());
            }
            Err(error) => return Err(error).with_context(|| format!("reading {}", file.display())),
        }
    }
    Ok(pages)
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Puts the policy right after `<meta charset>`, before any script or stylesheet it governs;
/// a page that already has it is left alone.
fn insert_csp(index: &str) -> Result<String> {
    if index.contains("Content-Security-Policy") {
        return Ok(index.to_owned());
    }
    let Some(charset) = index.find("<meta charset") else { bail!("index.html has no <meta charset>") };
    let Some(end) = index[charset..].find('>') else { bail!("index.html: <meta charset> is not closed") };
    let at = charset + end + 1;
    let before_scripts = index[..at].find("<script").is_none() && index[..at].find("<link").is_none();
    if !before_scripts {
        bail!("index.html loads scripts or styles before <meta charset>; the policy must come first");
    }
    let meta = format!("<meta http-equiv=Content-Security-Policy content=\"{CSP}\">");
    Ok(format!("{}{meta}{}", &index[..at], &index[at..]))
}

/// What the bootstrap awaits before it starts the app: the promise `web/preload.js` sets.
const START_GATE: &str = "await window.histanalyserStart;";

/// Lets the page paint its first view before the WebAssembly downloads. Trunk preloads the wasm
/// from the page's head, so on a slow network its 0.5 MB share the line with, and arrive before,
/// the few kilobytes of the analysis's picture (`web/preload.js`). The `<link rel=preload>` goes,
/// and `preload.js` gets the wasm's address (`data-wasm`): it starts that download, with the
/// cube's, once the picture is painted (at once on a page without one), and the bootstrap
/// waits for the same moment ([`START_GATE`]). A page already finished is left as it is.
fn wasm_after_first_view(index: &str) -> Result<String> {
    if index.contains("data-wasm=") {
        return Ok(index.to_owned());
    }
    let link = index.match_indices("<link ").map(|(at, _)| at).find_map(|at| {
        let end = at + index[at..].find('>')? + 1;
        let tag = &index[at..end];
        (tag.contains("type=application/wasm") && tag.contains("rel=preload")).then_some((at, end))
    });
    let Some((link_start, link_end)) = link else {
        bail!("index.html: Trunk's <link rel=preload> of the wasm is missing")
    };
    let tag = &index[link_start..link_end];
    let Some(href) = tag.split([' ', '>']).find_map(|attribute| attribute.strip_prefix("href=")) else {
        bail!("index.html: the wasm's <link rel=preload> has no plain href: {tag}")
    };
    let href = href.trim_matches('"').to_owned();
    let page = format!("{}{}", &index[..link_start], &index[link_end..]);
    let Some((at, script)) = find_tag(&page, ["<script src=preload.js>", "<script src=\"preload.js\">"]) else {
        bail!("index.html does not load preload.js, which starts the wasm's download")
    };
    Ok(format!("{}<script data-wasm={href} src=preload.js>{}", &page[..at], &page[at + script.len()..]))
}

/// The analyses the build has a first-view picture of (`assets/first-view/<id>.en.svg`, made
/// by `cargo xtask first-views`), sorted.
fn first_view_pictures(dist: &Path) -> Result<Vec<String>> {
    let folder = dist.join("assets/first-view");
    if !folder.exists() {
        return Ok(Vec::new());
    }
    let mut ids: Vec<String> = fs::read_dir(&folder)
        .with_context(|| format!("listing {}", folder.display()))?
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.strip_suffix(".en.svg").map(str::to_owned))
        .collect();
    ids.sort();
    Ok(ids)
}

/// Tells `web/preload.js` which analyses have a first-view picture (`data-first-views`, their
/// ids separated by spaces): it asks for no picture the build does not have (an analysis of
/// one's own, opened with `?a=`), which would be a failed request in the page's console. A page
/// already finished is left as it is.
fn name_first_view_pictures(index: &str, ids: &[String]) -> Result<String> {
    if index.contains("data-first-views=") {
        return Ok(index.to_owned());
    }
    let Some(at) = index.find("<script data-wasm=") else {
        bail!("index.html: the <script> of preload.js has no data-wasm to put the pictures beside")
    };
    let open = "<script ".len();
    Ok(format!("{}data-first-views=\"{}\" {}", &index[..at + open], ids.join(" "), &index[at + open..]))
}

/// Moves Trunk's inline module bootstrap into a file: returns the new page and the file's name
/// and contents, or no file when the page has no inline module script (already finished).
fn move_inline_bootstrap(index: &str) -> Result<(String, Option<(String, String)>)> {
    let Some((start, tag)) = find_tag(index, ["<script type=module>", "<script type=\"module\">"]) else {
        return Ok((index.to_owned(), None));
    };
    let body_start = start + tag.len();
    let Some(length) = index[body_start..].find("</script>") else {
        bail!("index.html: an inline script is not closed")
    };
    let code = index[body_start..body_start + length].to_owned();
    if !code.contains("init(") {
        bail!("index.html: the inline module script is not Trunk's wasm bootstrap:\n{code}");
    }
    // The app starts once the page's first view is painted (`web/preload.js`, which runs before
    // any module script and resolves this promise at once on a page without a picture).
    let Some(init_at) = code.find("const wasm = await init(") else {
        bail!("index.html: Trunk's bootstrap no longer reads `const wasm = await init(`:\n{code}")
    };
    let code = format!("{}{START_GATE}\n{}", &code[..init_at], &code[init_at..]);
    let name = format!("boot-{:016x}.js", fnv1a(code.as_bytes()));
    let replacement = format!("<script type=module src=./{name}></script>");
    let page = format!("{}{}{}", &index[..start], replacement, &index[body_start + length + "</script>".len()..]);
    if page.contains("<script type=module>") || page.contains("<script>") {
        bail!("index.html still has an inline script after moving the bootstrap");
    }
    Ok((page, Some((name, code))))
}

/// Writes the build's version and precache list into `sw.js` (copied there by Trunk with the
/// development defaults `BUILD = 'dev'` and an empty list).
fn write_service_worker(dist: &Path) -> Result<()> {
    let sw_path = dist.join("sw.js");
    let sw = fs::read_to_string(&sw_path)
        .with_context(|| format!("{} is missing: is web/sw.js copied by Trunk?", sw_path.display()))?;
    let mut hash = FNV_OFFSET;
    let mut urls = vec!["./".to_owned()];
    for file in files_under(dist)? {
        let name = relative_url(dist, &file);
        if name == "sw.js" || name.starts_with("embed/") || is_precompressed(&file) {
            // The worker is not its own asset; the embedding example is for host pages.
            continue;
        }
        hash = fnv1a_continue(hash, name.as_bytes());
        hash = fnv1a_continue(hash, &fs::read(&file)?);
        urls.push(format!("./{name}"));
    }
    let version = format!("{hash:016x}");
    let list = urls.iter().map(|u| format!("  {u:?},")).collect::<Vec<_>>().join("\n");
    let finished = replace_line(&sw, "const BUILD = ", &format!("const BUILD = '{version}';"))?;
    let finished = replace_block(&finished, "const PRECACHE = [", "];", &format!("const PRECACHE = [\n{list}\n];"))?;
    fs::write(&sw_path, finished)?;
    eprintln!("xtask> service worker: build {version}, {} files to precache", urls.len());
    Ok(())
}

fn replace_line(text: &str, starts_with: &str, new_line: &str) -> Result<String> {
    let Some(start) = text.find(starts_with) else { bail!("sw.js has no line starting `{starts_with}`") };
    let end = text[start..].find('\n').map_or(text.len(), |n| start + n);
    Ok(format!("{}{}{}", &text[..start], new_line, &text[end..]))
}

fn replace_block(text: &str, opening: &str, closing: &str, new_block: &str) -> Result<String> {
    let Some(start) = text.find(opening) else { bail!("sw.js has no `{opening}`") };
    let Some(length) = text[start..].find(closing) else { bail!("sw.js: `{opening}` is not closed by `{closing}`") };
    Ok(format!("{}{}{}", &text[..start], new_block, &text[start + length + closing.len()..]))
}

/// Every file under `dir`, sorted, so the version and the zip do not depend on directory order.
fn files_under(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).with_context(|| format!("reading {}", d.display()))? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path)
            } else {
                out.push(path)
            }
        }
    }
    out.sort();
    Ok(out)
}

fn relative_url(dir: &Path, file: &Path) -> String {
    file.strip_prefix(dir)
        .expect("listed under dir")
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn write_zip(dist: &Path, files: &[PathBuf], zip_path: &Path) -> Result<()> {
    let out = fs::File::create(zip_path).with_context(|| format!("creating {}", zip_path.display()))?;
    let mut zip = zip::ZipWriter::new(out);
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for file in files {
        // One top-level folder, so unzipping never scatters files into the current directory.
        zip.start_file(format!("histanalyser/{}", relative_url(dist, file)), options)?;
        zip.write_all(&fs::read(file)?)?;
    }
    zip.finish()?;
    Ok(())
}

/// For each bundled cube: the page, its script, wasm and stylesheet and that cube, each with
/// its size and gzip size.
type Downloads = Vec<(String, Vec<(String, u64, u64)>)>;

fn one_analysis_downloads(dist: &Path, files: &[PathBuf]) -> Result<Downloads> {
    // The split wasm's other modules (split.rs) come only when their page or tool is opened.
    let is_shell = |name: &str| {
        name == "index.html"
            || (!name.contains('/')
                && (name.ends_with(".js") || name.ends_with("_bg.wasm") || name.ends_with(".css"))
                && name != "sw.js")
    };
    let mut shell = Vec::new();
    let mut cubes = Vec::new();
    // The picture an analysis page shows first (in English, as the others are the same size).
    let mut pictures = Vec::new();
    for file in files.iter().filter(|file| !is_precompressed(file)) {
        let name = relative_url(dist, file);
        let bytes = fs::read(file)?;
        let entry = (name.clone(), bytes.len() as u64, gzip_size(&bytes)?);
        if is_shell(&name) {
            shell.push(entry);
        } else if name.ends_with(".cube") {
            cubes.push(entry);
        } else if name.starts_with("assets/first-view/") && name.ends_with(".en.svg") {
            pictures.push(entry);
        }
    }
    Ok(cubes
        .into_iter()
        .map(|cube| {
            let analysis = cube.0.rsplit('/').next().unwrap_or(&cube.0).trim_end_matches(".cube").to_owned();
            let mut all = shell.clone();
            let picture = format!("assets/first-view/{analysis}.en.svg");
            all.extend(pictures.iter().find(|(name, _, _)| *name == picture).cloned());
            all.push(cube);
            (analysis, all)
        })
        .collect())
}

fn gzip_size(bytes: &[u8]) -> Result<u64> {
    Ok(gzip(bytes)?.len() as u64)
}

fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a, 64 bits: a stable content hash for file and cache names (not for security).
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_continue(FNV_OFFSET, bytes)
}

fn fnv1a_continue(mut hash: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_PAGE: &str = "<!doctype html><html lang=en><link href=./style-1.css rel=stylesheet><script type=module>import init, * as bindings from './analyser-web-1.js';\nconst wasm = await init({ module_or_path: './analyser-web-1_bg.wasm' });\nwindow.wasmBindings = bindings;</script><link rel=modulepreload href=./analyser-web-1.js></head><body></body></html>";

    #[test]
    fn the_inline_bootstrap_moves_to_a_file() {
        let (page, boot) = move_inline_bootstrap(TRUNK_PAGE).unwrap();
        let (name, code) = boot.unwrap();
        assert!(name.starts_with("boot-") && name.ends_with(".js"));
        assert!(code.starts_with("import init") && code.ends_with("window.wasmBindings = bindings;"));
        assert!(code.contains("\nawait window.histanalyserStart;\nconst wasm = await init("), "{code}");
        assert!(page.contains(&format!("<script type=module src=./{name}></script><link rel=modulepreload")));
        assert!(!page.contains("import init"));
        // A finished page is left alone.
        let (again, none) = move_inline_bootstrap(&page).unwrap();
        assert_eq!((again.as_str(), none), (page.as_str(), None));
    }

    #[test]
    fn preload_is_told_which_pictures_there_are() {
        let page = "<head><script data-wasm=./a_bg.wasm src=preload.js></script></head>";
        let ids = ["hww".to_owned(), "hzz4l".to_owned()];
        let with = name_first_view_pictures(page, &ids).unwrap();
        assert_eq!(
            with,
            "<head><script data-first-views=\"hww hzz4l\" data-wasm=./a_bg.wasm src=preload.js></script></head>"
        );
        assert_eq!(name_first_view_pictures(&with, &ids).unwrap(), with);
        assert!(name_first_view_pictures("<script src=preload.js></script>", &ids).is_err());
    }

    #[test]
    fn the_policy_goes_first_and_only_once() {
        let page = "<!doctype html><html lang=en><meta charset=utf-8><meta name=viewport content=x><script src=./a.js></script>";
        let with = insert_csp(page).unwrap();
        assert!(with.starts_with(
            "<!doctype html><html lang=en><meta charset=utf-8><meta http-equiv=Content-Security-Policy content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval';"
        ));
        let script_src = CSP.split(';').find(|d| d.trim().starts_with("script-src ")).unwrap();
        assert!(!script_src.split_whitespace().any(|t| t == "'unsafe-inline'" || t == "'unsafe-eval'"));
        assert_eq!(insert_csp(&with).unwrap(), with);
        assert!(insert_csp("<script src=a.js></script><meta charset=utf-8>").is_err());
    }

    #[test]
    fn the_first_view_is_written_once_per_language() {
        let page = "<body><div id=app><div class=loading role=status><p data-first-view=loading lang=en>Loading</p></div></div><script src=preload.js></script>";
        let homes = [("en", "<main>Choose</main>".to_owned()), ("es", "<main>Elige</main>".to_owned())];
        let with = prerender_first_view(page, &homes).unwrap();
        assert_eq!(with.matches("data-first-view=loading").count(), i18n::Lang::ALL.len());
        assert!(with.starts_with(
            "<body><div id=app><div data-first-view=home lang=en hidden><main>Choose</main></div>\
             <div data-first-view=home lang=es hidden><main>Elige</main></div><div class=loading"
        ));
        // The English note replaces the page's own and is the one shown without the script.
        assert!(with.contains(
            "<div class=loading role=status><p data-first-view=loading lang=en>Loading the histogram analyser…</p>\
             <p data-first-view=loading lang=es hidden>Cargando el analizador de histogramas…</p>"
        ));
        assert!(with.ends_with("</p></div></div><script src=preload.js></script>"));
        assert_eq!(escape_html("a < b & \"c\""), "a &lt; b &amp; &quot;c&quot;");
        assert_eq!(prerender_first_view(&with, &homes).unwrap(), with);
        assert!(prerender_first_view("<body><div id=app><p>Loading</p></div></body>", &homes).is_err());
        assert!(prerender_first_view("<body><p data-first-view=loading lang=en>Loading</p></body>", &homes).is_err());
    }

    #[test]
    fn the_wasm_downloads_after_the_first_view() {
        let page = "<head><link crossorigin href=./app.js rel=modulepreload><link as=fetch crossorigin href=./app_bg.wasm integrity=sha384-x rel=preload type=application/wasm></head><body><div id=app></div><script src=preload.js></script></body>";
        let with = wasm_after_first_view(page).unwrap();
        assert_eq!(
            with,
            "<head><link crossorigin href=./app.js rel=modulepreload></head><body><div id=app></div><script data-wasm=./app_bg.wasm src=preload.js></script></body>"
        );
        assert_eq!(wasm_after_first_view(&with).unwrap(), with);
        assert!(wasm_after_first_view("<head></head><script src=preload.js></script>").is_err());
        assert!(
            wasm_after_first_view("<link href=./a_bg.wasm rel=preload type=application/wasm><body></body>").is_err()
        );
    }

    #[test]
    fn a_foreign_inline_script_is_refused() {
        assert!(move_inline_bootstrap("<script type=module>alert(1)</script>").is_err());
    }

    #[test]
    fn the_worker_gets_its_version_and_list() {
        let sw =
            "// header\nconst BUILD = 'dev';\nconst PRECACHE = [\n];\nself.addEventListener('install', () => {});\n";
        let out = replace_line(sw, "const BUILD = ", "const BUILD = 'abc';").unwrap();
        let out = replace_block(&out, "const PRECACHE = [", "];", "const PRECACHE = [\n  \"./\",\n];").unwrap();
        assert_eq!(out, "// header\nconst BUILD = 'abc';\nconst PRECACHE = [\n  \"./\",\n];\nself.addEventListener('install', () => {});\n");
    }

    #[test]
    fn compressible_files_get_smaller_siblings_that_decompress_to_them() {
        let dir = std::env::temp_dir().join(format!("xtask-precompress-{}", std::process::id()));
        fs::create_dir_all(dir.join("assets")).unwrap();
        let text = "histogram analyser ".repeat(500);
        fs::write(dir.join("index.html"), &text).unwrap();
        fs::write(dir.join("assets/a.cube"), &text).unwrap();
        // Already compressed: no sibling. Too small to gain: no sibling either.
        fs::write(dir.join("diagram.png"), &text).unwrap();
        fs::write(dir.join("tiny.js"), "x").unwrap();
        write_precompressed(&dir).unwrap();
        // Running again replaces the siblings instead of compressing them.
        write_precompressed(&dir).unwrap();
        let names: Vec<_> = files_under(&dir).unwrap().iter().map(|f| relative_url(&dir, f)).collect();
        assert_eq!(
            names,
            [
                "assets/a.cube",
                "assets/a.cube.br",
                "assets/a.cube.gz",
                "diagram.png",
                "index.html",
                "index.html.br",
                "index.html.gz",
                "tiny.js"
            ]
        );
        let mut from_brotli = Vec::new();
        brotli::BrotliDecompress(&mut &fs::read(dir.join("index.html.br")).unwrap()[..], &mut from_brotli).unwrap();
        assert_eq!(from_brotli, text.as_bytes());
        let mut from_gzip = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(&fs::read(dir.join("assets/a.cube.gz")).unwrap()[..]),
            &mut from_gzip,
        )
        .unwrap();
        assert_eq!(from_gzip, text);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn fnv1a_matches_its_reference_values() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
