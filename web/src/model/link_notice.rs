//! The notice a link with unusable parts gets, bounded and free of anything the link's author
//! wrote.
//!
//! Links are shared by anyone, so a notice that echoed them would let a link put its own words
//! on the page (`?Ask+your+teacher+at+evil.example=1`), or megabytes of them. The notice names
//! only the parameters it knows (`cut`, `hide`, `logy` …), each once with how many of its parts
//! were ignored, and counts unknown ones without naming them; [`ParsedView::ignored`] keeps the
//! full detail for tests and debugging.
//!
//! [`ParsedView::ignored`]: crate::model::view_state::ParsedView::ignored

use crate::model::labels;

/// Parameters a link can carry (`view_state.rs`, `catalog.rs`, `i18n.rs`): only these are named.
const KNOWN: [&str; 15] = [
    "a", "cut", "hide", "logy", "view", "proj", "event", "mystery", "answer", "lang", "embed", "plots", "controls",
    "panel", "path",
];

/// The longest the list of names in a notice can be, in characters (8 names with counts and an
/// unknown count stay far below it; the cap holds whatever comes in).
pub const MAX_PARTS_CHARS: usize = 160;

/// The parameter an ignored part belongs to: the text before its `=`, or before ` (` for the
/// app's own entries (`cut (…)` when the engine refused the link's cuts), if it is one of [`KNOWN`].
fn known_key(ignored: &str) -> Option<&'static str> {
    let key = ignored.split(['=', ' ']).next().unwrap_or("");
    KNOWN.iter().copied().find(|k| *k == key)
}

/// The `{ $parts }` of the notice: known parameter names in [`KNOWN`] order, `cut (3)` when
/// several parts of one were ignored, then the number of unknown parameters. `None` when
/// nothing was ignored.
pub fn notice_parts(ignored: &[String]) -> Option<String> {
    if ignored.is_empty() {
        return None;
    }
    let mut counts = [0usize; KNOWN.len()];
    let mut unknown = 0usize;
    for part in ignored {
        match known_key(part).and_then(|k| KNOWN.iter().position(|n| *n == k)) {
            Some(i) => counts[i] += 1,
            None => unknown += 1,
        }
    }
    let mut names: Vec<String> = KNOWN
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(name, n)| if n == 1 { (*name).to_owned() } else { format!("{name} ({n})") })
        .collect();
    if unknown > 0 {
        names.push(labels::fill("app-link-unknown", &[("count", &unknown.to_string())]));
    }
    let mut text = names.join(", ");
    if text.chars().count() > MAX_PARTS_CHARS {
        text = text.chars().take(MAX_PARTS_CHARS - 1).collect::<String>() + "…";
    }
    Some(text)
}

/// The whole notice in the page's language, or `None` when nothing was ignored.
pub fn notice(ignored: &[String]) -> Option<String> {
    notice_parts(ignored).map(|parts| labels::fill("app-link-ignored", &[("parts", &parts)]))
}

// Native only: the property test's proptest is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::model::fixtures;
    use crate::model::view_state::parse_query;
    use proptest::prelude::*;
    use proptest::test_runner::{RngAlgorithm, TestRng};

    fn ignored_of(query: &str) -> Vec<String> {
        let engine = fixtures::four_lepton_engine();
        let manifest = engine.cube().manifest();
        parse_query(query, &manifest.axes, &manifest.processes).ignored.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn names_known_parameters_and_counts_the_rest() {
        let ignored =
            ignored_of("cut=mass:1:2&cut=m4l:abc:130&hide=ttbar&logy=maybe&zoom=2&Ask+your+teacher+at+evil.example=1");
        let parts = notice_parts(&ignored).unwrap();
        assert_eq!(parts, "cut (2), hide, logy, unknown parameters: 2");
        assert!(!parts.contains("evil") && !parts.contains("mass") && !parts.contains("ttbar"));
        assert_eq!(notice_parts(&[]), None);
        assert_eq!(notice_parts(&["cut (every cut of the link (no axis 5))".to_owned()]).unwrap(), "cut");
        assert_eq!(notice_parts(&["lang=es (could not load i18n/es/ui.ftl: 404)".to_owned()]).unwrap(), "lang");
        let whole = notice(&ignored).unwrap();
        assert!(whole.starts_with("Parts of this link could not be used") && whole.ends_with(&parts), "{whole}");
    }

    #[test]
    fn a_huge_link_gives_a_short_notice() {
        let query: String = (0..20_000).map(|i| format!("k{i}=v&cut=x{i}:1:2&")).collect();
        let notice = notice(&ignored_of(&query)).unwrap();
        assert!(notice.chars().count() <= 400, "{} characters", notice.chars().count());
        assert!(notice.contains("cut (20000)") && notice.contains("unknown parameters: 20000"), "{notice}");
    }

    /// A random query of up to `len` bytes from `seed`: raw bytes (any UTF-8 after lossy
    /// decoding) or `key=value` pairs whose keys are mostly ones the parsers know.
    fn random_query(seed: [u8; 32], len: usize, shaped: bool) -> String {
        let mut rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed);
        if !shaped {
            let mut bytes = vec![0u8; len];
            rng.fill_bytes(&mut bytes);
            // Lossy decoding turns each invalid byte into a 3-byte U+FFFD: cut back to `len`.
            let mut text = String::from_utf8_lossy(&bytes).into_owned();
            text.truncate(text.floor_char_boundary_compat(len));
            return text;
        }
        const KEYS: [&str; 11] = ["a", "cut", "hide", "logy", "view", "proj", "lang", "embed", "x", "", "cut%3D"];
        const PIECES: [&str; 12] = ["m4l", "channel", ":", ",", "1", "115", "abc", "%", "%2C", "4mu", "+", "&"];
        let mut query = String::new();
        while query.len() < len {
            query.push_str(KEYS[rng.random_range(0..KEYS.len())]);
            query.push('=');
            for _ in 0..rng.random_range(0..12) {
                query.push_str(PIECES[rng.random_range(0..PIECES.len())]);
            }
            query.push('&');
        }
        query.truncate(query.floor_char_boundary_compat(len));
        query
    }

    trait FloorCharBoundary {
        fn floor_char_boundary_compat(&self, at: usize) -> usize;
    }

    impl FloorCharBoundary for String {
        fn floor_char_boundary_compat(&self, at: usize) -> usize {
            (0..=at.min(self.len())).rev().find(|&i| self.is_char_boundary(i)).unwrap_or(0)
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]
        /// 10 000 random queries up to 64 KiB: parsing never panics and the notice stays short.
        #[test]
        fn random_links_never_panic_and_the_notice_stays_under_400_characters(
            seed in any::<[u8; 32]>(),
            // Mostly link-sized, one in ten up to 64 KiB: the long ones cost the test's time.
            len in prop_oneof![9 => 0usize..2_048, 1 => 0usize..=65_536],
            shaped in any::<bool>(),
        ) {
            let query = random_query(seed, len, shaped);
            prop_assert!(query.len() <= 65_536);
            if let Some(text) = notice(&ignored_of(&query)) {
                prop_assert!(text.chars().count() <= 400, "{} characters", text.chars().count());
            }
        }
    }
}
