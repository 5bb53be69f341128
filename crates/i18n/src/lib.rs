//! The analyser's words in six languages.
//!
//! The text lives in Fluent files under `i18n/<lang>/` at the repository root, one file per
//! group of messages:
//!
//! | group | what | required in |
//! |---|---|---|
//! | `ui` | the interface and the labels a cube's manifest names (`axis.m4l`, `process.zz` …) | every language |
//! | `guides` | the guided paths' titles and steps | every language |
//! | `explain` | introductions, glossary, equations' prose, references | English and Spanish (all six translated today) |
//! | `teacher` | the "For teachers" page | English and Spanish (all six translated today) |
//!
//! A message missing from a language falls back to English, and a key missing from English to
//! the identifier it is made of (`axis.lep_pt_0` → `lep_pt_0`), so the page never shows an empty
//! label. Which language must hold which group is [`Group::required_in`]; the test in
//! `tests/completeness.rs` fails when a required message is missing or a translation's
//! placeholders differ from English's.
//!
//! English, the fallback, is always compiled in. The other five are compiled in natively (the
//! tests, the preprocessor) and in wasm only with the feature `embed-all` (the web crate's wasm
//! tests): the browser app leaves them out, 38 KiB of its gzip, and fetches the one
//! language the page asks for at start-up ([`Catalogue::from_sources`]; see docs/internals.md, "Languages").
//! It carries only English's `ui` and `guides` too: `explain` and `teacher`
//! ([`Group::on_demand`]) are downloaded, in the page's language and English, by the pages that
//! show them ([`Catalogue::add`]).
//! [`Lang::is_embedded`] says which languages a build carries. The files are standard Fluent,
//! read by a small reader of the subset they use (see [`Catalogue`]); the tests check it against
//! Mozilla's `fluent-bundle`.
//!
//! Keys are written with dots in manifests (`axis.m4l`); Fluent identifiers cannot hold dots, so
//! [`fluent_id`] maps them to dashes (`axis-m4l`). Either form may be passed to [`Catalogue`].

mod number;

use std::borrow::Cow;
use std::collections::HashMap;

pub use number::{format_number, Separators};

/// Each language's files, compiled in: every group, or (`start`) only the groups every page needs.
macro_rules! sources {
    ($lang:literal) => {
        &[
            (Group::Ui, include_str!(concat!("../../../i18n/", $lang, "/ui.ftl"))),
            (Group::Guides, include_str!(concat!("../../../i18n/", $lang, "/guides.ftl"))),
            (Group::Explain, include_str!(concat!("../../../i18n/", $lang, "/explain.ftl"))),
            (Group::Teacher, include_str!(concat!("../../../i18n/", $lang, "/teacher.ftl"))),
        ]
    };
    ($lang:literal, start) => {
        &[
            (Group::Ui, include_str!(concat!("../../../i18n/", $lang, "/ui.ftl"))),
            (Group::Guides, include_str!(concat!("../../../i18n/", $lang, "/guides.ftl"))),
        ]
    };
}

/// A language the analyser speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    Es,
    Fr,
    Pt,
    It,
    De,
}

impl Lang {
    /// Every language, English first (the fallback), in the picker's order.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Es, Lang::Fr, Lang::Pt, Lang::It, Lang::De];

    /// The BCP 47 primary tag, as in `?lang=es` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Fr => "fr",
            Lang::Pt => "pt",
            Lang::It => "it",
            Lang::De => "de",
        }
    }

    /// The language's name in itself, for the picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Fr => "Français",
            Lang::Pt => "Português",
            Lang::It => "Italiano",
            Lang::De => "Deutsch",
        }
    }

    /// The language of a BCP 47 tag by its primary subtag, case-insensitively:
    /// `es-AR`, `ES`, `pt_BR` → Spanish, Spanish, Portuguese; `ja` → `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// How this language writes numbers.
    pub fn separators(self) -> Separators {
        number::separators(self)
    }

    /// Whether this build carries the language's files, at least the groups every page needs
    /// ([`Group::on_demand`] tells which others): English always; the others natively and with
    /// the feature `embed-all`. A language that is not embedded is read from its files with
    /// [`Catalogue::from_sources`].
    pub fn is_embedded(self) -> bool {
        self.sources().is_some()
    }

    /// Whether this build carries `group` of this language. The browser app carries English's
    /// interface and guides only; a page that shows explanations or the teacher page adds those
    /// files when it opens ([`Catalogue::add`]).
    pub fn embeds(self, group: Group) -> bool {
        self.sources().is_some_and(|sources| sources.iter().any(|(g, _)| *g == group))
    }

    /// The language's files as compiled in, or `None` when this build leaves them out.
    fn sources(self) -> Option<&'static [(Group, &'static str)]> {
        match self {
            #[cfg(any(feature = "embed-all", not(target_arch = "wasm32")))]
            Lang::En => Some(sources!("en")),
            #[cfg(not(any(feature = "embed-all", not(target_arch = "wasm32"))))]
            Lang::En => Some(sources!("en", start)),
            #[cfg(any(feature = "embed-all", not(target_arch = "wasm32")))]
            Lang::Es => Some(sources!("es")),
            #[cfg(any(feature = "embed-all", not(target_arch = "wasm32")))]
            Lang::Fr => Some(sources!("fr")),
            #[cfg(any(feature = "embed-all", not(target_arch = "wasm32")))]
            Lang::Pt => Some(sources!("pt")),
            #[cfg(any(feature = "embed-all", not(target_arch = "wasm32")))]
            Lang::It => Some(sources!("it")),
            #[cfg(any(feature = "embed-all", not(target_arch = "wasm32")))]
            Lang::De => Some(sources!("de")),
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }
}

/// A group of messages, one Fluent file per language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Ui,
    Guides,
    Explain,
    Teacher,
}

impl Group {
    pub const ALL: [Group; 4] = [Group::Ui, Group::Guides, Group::Explain, Group::Teacher];

    /// The file name under `i18n/<lang>/`.
    pub fn file_name(self) -> &'static str {
        match self {
            Group::Ui => "ui.ftl",
            Group::Guides => "guides.ftl",
            Group::Explain => "explain.ftl",
            Group::Teacher => "teacher.ftl",
        }
    }

    /// Whether only some pages read this group — the explanations and glossary (`explain`), the
    /// teacher page (`teacher`) — so the browser app downloads it, English's included, when such
    /// a page opens instead of carrying it in its wasm (7 KiB of its gzip).
    pub fn on_demand(self) -> bool {
        matches!(self, Group::Explain | Group::Teacher)
    }

    /// Whether `lang` must translate every English message of this group. Where it need not,
    /// a message it leaves out is shown in English; one it does translate must still have
    /// English's placeholders.
    pub fn required_in(self, lang: Lang) -> bool {
        match self {
            Group::Ui | Group::Guides => true,
            // Issue 6's rule. The other four languages are complete today too, but may fall back
            // to English message by message here.
            Group::Explain | Group::Teacher => matches!(lang, Lang::En | Lang::Es),
        }
    }
}

/// The Fluent source of one group in one language, as compiled in; empty when this build does
/// not embed the language (see [`Lang::is_embedded`]).
pub fn source(lang: Lang, group: Group) -> &'static str {
    lang.sources().into_iter().flatten().find(|(g, _)| *g == group).map(|(_, s)| *s).unwrap_or("")
}

/// The Fluent identifier of a key: dots become dashes (`axis.m4l` → `axis-m4l`).
pub fn fluent_id(key: &str) -> Cow<'_, str> {
    if key.contains('.') {
        Cow::Owned(key.replace('.', "-"))
    } else {
        Cow::Borrowed(key)
    }
}

/// What a key reads as when no language has it: the identifier inside it
/// (`analysis.newthing.title` → `newthing`, `axis.lep_pt_0` → `lep_pt_0`).
pub fn identifier_of(key: &str) -> &str {
    let key = key.strip_suffix(".title").unwrap_or(key);
    key.rsplit('.').next().unwrap_or(key)
}

/// A value for a placeholder.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text inserted as it is.
    Text(String),
    /// A number written the language's way with exactly this many decimals.
    Number(f64, usize),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Number(value as f64, 0)
    }
}

/// One language's messages: id → text as written (placeholders unresolved).
type Messages = HashMap<&'static str, &'static str>;

/// Every message of one language, with English behind it.
pub struct Catalogue {
    lang: Lang,
    messages: Messages,
    /// English, for messages `messages` lacks; `None` when `lang` is English.
    english: Option<Messages>,
}

impl std::fmt::Debug for Catalogue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalogue").field("lang", &self.lang).finish_non_exhaustive()
    }
}

impl Catalogue {
    /// The catalogue of `lang` from the files compiled in. A language this build does not embed
    /// has no messages of its own here and reads in English; build it with [`Self::from_sources`].
    pub fn new(lang: Lang) -> Self {
        Self::from_sources(lang, source_list(lang))
    }

    /// The catalogue of `lang` from its files' text (every group's, in any order), with the
    /// compiled-in English behind it: how the browser installs a language it downloaded.
    /// English itself is always the compiled-in files.
    pub fn from_sources(lang: Lang, sources: impl IntoIterator<Item = &'static str>) -> Self {
        let english = || messages(source_list(Lang::En));
        if lang == Lang::En {
            return Self { lang, messages: english(), english: None };
        }
        Self { lang, messages: messages(sources), english: Some(english()) }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Adds the messages of one more file: of this catalogue's language, or of English (the
    /// fallback) when that is `lang` — how the browser adds a group it downloads when a page
    /// needs it ([`Group::on_demand`]). Messages already present are kept.
    pub fn add(&mut self, lang: Lang, source: &'static str) {
        let target = if lang == self.lang {
            &mut self.messages
        } else if lang == Lang::En {
            self.english.get_or_insert_with(Messages::new)
        } else {
            return;
        };
        for (id, text) in messages([source]) {
            target.entry(id).or_insert(text);
        }
    }

    /// Whether this language itself (not the English fallback) has the message.
    pub fn has_own(&self, key: &str) -> bool {
        self.messages.contains_key(fluent_id(key).as_ref())
    }

    /// The message `key`, or `None` when neither this language nor English has it.
    pub fn get(&self, key: &str, args: &[(&str, Arg)]) -> Option<String> {
        let id = fluent_id(key);
        let text = self.messages.get(id.as_ref()).or_else(|| self.english.as_ref()?.get(id.as_ref()))?;
        Some(fill(text, args, self.lang))
    }

    /// The message `key` with no placeholders, falling back as described in the crate docs.
    pub fn text(&self, key: &str) -> String {
        self.format(key, &[])
    }

    /// The message `key` with its placeholders filled, falling back as described in the crate docs.
    pub fn format(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.get(key, args).unwrap_or_else(|| identifier_of(key).to_owned())
    }

    /// A number written this language's way with `decimals` decimals.
    pub fn number(&self, value: f64, decimals: usize) -> String {
        format_number(value, decimals, self.lang)
    }
}

/// The messages of a language's files. The files are Fluent, restricted to what this reader
/// understands — one message per line, `id = text`, placeables that are plain variables
/// (`{ $name }`), `#` comments — which `tests/completeness.rs` enforces by comparing every
/// message with what Mozilla's `fluent-bundle` makes of it. The browser thus carries a few
/// hundred bytes of reader instead of a Fluent runtime with every locale's plural rules.
// Called from three places; one copy of its map-building code in the wasm is enough.
#[inline(never)]
fn messages(sources: impl IntoIterator<Item = &'static str>) -> Messages {
    let mut out = Messages::new();
    for source in sources {
        for line in source.lines() {
            let Some((id, text)) = line.split_once('=') else { continue };
            let id = id.trim_end();
            let starts_id = id.starts_with(|c: char| c.is_ascii_alphabetic());
            if starts_id && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                // The first definition wins, as in Fluent; the tests reject duplicates anyway.
                out.entry(id).or_insert_with(|| text.trim());
            }
        }
    }
    out
}

/// The compiled-in files of `lang` (none when it is not embedded).
fn source_list(lang: Lang) -> impl Iterator<Item = &'static str> {
    lang.sources().into_iter().flatten().map(|(_, source)| *source)
}

/// `text` with each `{ $name }` replaced by its argument; one without an argument stays as
/// Fluent writes it, `{$name}`.
fn fill(text: &str, args: &[(&str, Arg)], lang: Lang) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let inside = rest[open + 1..open + close].trim();
        match inside.strip_prefix('$').and_then(|name| args.iter().find(|(n, _)| *n == name)) {
            Some((_, Arg::Text(value))) => out.push_str(value),
            Some((_, Arg::Number(value, decimals))) => out.push_str(&format_number(*value, *decimals, lang)),
            None => {
                out.push('{');
                out.push_str(inside);
                out.push('}');
            }
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// The page's language: `?lang=` when it names one of ours, otherwise the first of the
/// browser's preferred languages (`navigator.languages`, best first) that we speak, otherwise
/// English.
pub fn negotiate(query: Option<&str>, browser: &[String]) -> Lang {
    query.and_then(Lang::from_tag).or_else(|| browser.iter().find_map(|tag| Lang::from_tag(tag))).unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_match_by_primary_subtag() {
        assert_eq!(Lang::from_tag("es-AR"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("pt_BR"), Some(Lang::Pt));
        assert_eq!(Lang::from_tag(" DE "), Some(Lang::De));
        assert_eq!(Lang::from_tag("ja"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn the_query_beats_the_browser_which_beats_english() {
        let browser = vec!["ja-JP".to_owned(), "fr-CA".to_owned(), "es".to_owned()];
        assert_eq!(negotiate(Some("it"), &browser), Lang::It);
        assert_eq!(negotiate(Some("xx"), &browser), Lang::Fr, "an unknown ?lang= is ignored");
        assert_eq!(negotiate(None, &browser), Lang::Fr);
        assert_eq!(negotiate(None, &["ja".to_owned()]), Lang::En);
        assert_eq!(negotiate(None, &[]), Lang::En);
    }

    #[test]
    fn dotted_manifest_keys_find_their_messages() {
        let es = Catalogue::new(Lang::Es);
        assert_eq!(es.text("process.data"), "Datos");
        assert_eq!(es.text("process-data"), "Datos");
        assert_eq!(Catalogue::new(Lang::En).text("axis.njets"), "Number of jets");
    }

    #[test]
    fn unknown_keys_read_as_their_identifier() {
        let de = Catalogue::new(Lang::De);
        assert_eq!(de.text("analysis.newthing.title"), "newthing");
        assert_eq!(de.text("axis.lep_pt_0"), "lep_pt_0");
        assert_eq!(de.get("axis.lep_pt_0", &[]), None);
    }

    #[test]
    fn optional_groups_fall_back_to_english() {
        // French need not translate the teacher page; whatever it leaves out reads in English.
        let fr = Catalogue::new(Lang::Fr);
        let en = Catalogue::new(Lang::En);
        for key in message_ids(source(Lang::En, Group::Teacher)) {
            if !fr.has_own(&key) {
                assert_eq!(fr.text(&key), en.text(&key));
            }
        }
    }

    #[test]
    fn a_group_added_later_reads_as_if_it_had_been_there() {
        let english = |group| source(Lang::En, group);
        let spanish = |group| source(Lang::Es, group);
        let mut es = Catalogue::from_sources(Lang::Es, [spanish(Group::Ui), spanish(Group::Guides)]);
        assert!(!es.has_own("teacher-heading"), "not there yet");
        es.add(Lang::Es, spanish(Group::Teacher));
        es.add(Lang::En, english(Group::Teacher));
        let whole = Catalogue::new(Lang::Es);
        for key in message_ids(spanish(Group::Teacher)).iter().chain(&message_ids(english(Group::Teacher))) {
            assert_eq!(es.text(key), whole.text(key), "{key}");
        }
        // A message already there stays; another language's file is not this catalogue's.
        es.add(Lang::Es, "app-title = Otro");
        es.add(Lang::Fr, "glossary-heading = Glossaire");
        assert_eq!(es.text("app-title"), whole.text("app-title"));
        assert!(!es.has_own("glossary-heading"));
    }

    #[test]
    fn only_explanations_and_the_teacher_page_are_on_demand() {
        assert_eq!(Group::ALL.map(Group::on_demand), [false, false, true, true]);
        // Natively every language carries every group.
        assert!(Lang::ALL.iter().all(|&lang| Group::ALL.iter().all(|&group| lang.embeds(group))));
    }

    #[test]
    fn numbers_in_placeholders_follow_the_language() {
        let args = [("s", Arg::Number(1234.5, 2)), ("b", Arg::Number(12.0, 2)), ("z", Arg::Number(0.25, 2))];
        let en = Catalogue::new(Lang::En).format("guide-challenge-reached", &args);
        let es = Catalogue::new(Lang::Es).format("guide-challenge-reached", &args);
        assert!(en.contains("0.25"), "{en}");
        assert!(es.contains("0,25"), "{es}");
    }

    fn message_ids(source: &str) -> Vec<String> {
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(r, _)| r);
        resource
            .body
            .into_iter()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_downloaded_language_reads_like_the_compiled_in_one() {
        let sources = Group::ALL.map(|group| source(Lang::Es, group));
        let fetched = Catalogue::from_sources(Lang::Es, sources);
        let embedded = Catalogue::new(Lang::Es);
        assert_eq!(fetched.lang(), Lang::Es);
        for key in ["process.data", "axis.njets", "app-title", "guide-step"] {
            assert_eq!(fetched.text(key), embedded.text(key), "{key}");
        }
        // A message its files lack reads in English, as with a compiled-in language.
        let partial = Catalogue::from_sources(Lang::Es, ["app-title = Analizador"]);
        assert_eq!(partial.text("app-title"), "Analizador");
        assert_eq!(partial.text("axis.njets"), "Number of jets");
        assert!(Lang::ALL.into_iter().all(Lang::is_embedded), "native builds carry every language");
    }

    #[test]
    fn placeholders_without_a_value_read_as_fluent_writes_them() {
        assert_eq!(fill("Cut on { $axis }", &[], Lang::En), "Cut on {$axis}");
        assert_eq!(
            fill("{ $n } of { $total }", &[("n", Arg::from(2usize)), ("total", Arg::Number(1234.5, 1))], Lang::De),
            "2 of 1234,5"
        );
        assert_eq!(fill("no placeholder", &[("x", Arg::from("y"))], Lang::En), "no placeholder");
    }
}
