//! Mystery samples: a class gets pseudo-data with a hidden signal strength and must decide
//! whether there is a signal, and measure it.
//!
//! A teacher makes a code on the teacher page; `?a=<analysis>&mystery=<code>` then replaces the
//! analysis's data with pseudo-data drawn in the browser (`histcube::pseudo_data`) with every
//! signal scaled by μ = 0 (no signal), 1 (the Standard Model) or 2 (twice it), the code's
//! hidden choice. The teacher's answer link adds `&answer=<token>`, which reveals μ.
//!
//! A code is six letters of Crockford's base 32 (no I, L, O or U, so it reads aloud and types
//! without confusion): a 24-bit seed and a 6-bit check of it. The seed decides both the draws
//! and μ, through a mixing function, so nothing in the code's letters says which μ it hides;
//! a teacher's code for a chosen μ is found by trying seeds. A mistyped letter is caught by the
//! check (63 in 64 are) rather than silently opening another sample.

use crate::model::labels;

/// The signal strengths a mystery can hide, as multiples of the Standard Model's.
pub const SIGNAL_STRENGTHS: [f64; 3] = [0.0, 1.0, 2.0];

/// Crockford's base-32 alphabet.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH: usize = 6;
const SEED_BITS: u32 = 24;
/// Different salts make the check, the choice of μ, the draws and the answer independent.
const SALT_CHECK: u64 = 0x6d79_7374_6572_7901;
const SALT_STRENGTH: u64 = 0x6d79_7374_6572_7902;
const SALT_DRAWS: u64 = 0x6d79_7374_6572_7903;
const SALT_ANSWER: u64 = 0x6d79_7374_6572_7904;

/// One mystery sample.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mystery {
    seed: u32,
}

/// Why a text is not a mystery code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MysteryError {
    /// Not six characters.
    Length(usize),
    /// A character outside the alphabet.
    Character(char),
    /// The check does not match: a letter was mistyped.
    Check,
}

impl MysteryError {
    /// The reason in the page's language.
    pub fn message(&self) -> String {
        match self {
            MysteryError::Length(n) => labels::fill("mystery-bad-length", &[("length", &n.to_string())]),
            MysteryError::Character(c) => labels::fill("mystery-bad-character", &[("character", &c.to_string())]),
            MysteryError::Check => labels::text("mystery-bad-check"),
        }
    }
}

/// SplitMix64's finaliser: every input bit moves every output bit.
fn mix(value: u64, salt: u64) -> u64 {
    let mut z = value ^ salt;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

impl Mystery {
    /// The mystery of a 24-bit seed (higher bits are dropped).
    pub fn from_seed(seed: u32) -> Self {
        Self { seed: seed & ((1 << SEED_BITS) - 1) }
    }

    /// A mystery hiding `SIGNAL_STRENGTHS[strength]`, from the first seed at or after `start`
    /// (a random number) that hides it.
    pub fn hiding(strength: usize, start: u32) -> Self {
        (0..)
            .map(|step: u32| Self::from_seed(start.wrapping_add(step)))
            .find(|m| m.strength_index() == strength % SIGNAL_STRENGTHS.len())
            .expect("a third of all seeds hide each strength")
    }

    /// Reads a code: case and surrounding spaces do not matter.
    pub fn parse(code: &str) -> Result<Self, MysteryError> {
        let code = code.trim();
        let length = code.chars().count();
        if length != CODE_LENGTH {
            return Err(MysteryError::Length(length));
        }
        let mut value: u32 = 0;
        for c in code.chars() {
            let upper = c.to_ascii_uppercase();
            let digit = ALPHABET.iter().position(|&a| char::from(a) == upper).ok_or(MysteryError::Character(c))?;
            value = (value << 5) | digit as u32;
        }
        let mystery = Self::from_seed(value >> 6);
        if value & 63 != mystery.check() {
            return Err(MysteryError::Check);
        }
        Ok(mystery)
    }

    fn check(self) -> u32 {
        (mix(u64::from(self.seed), SALT_CHECK) & 63) as u32
    }

    fn strength_index(self) -> usize {
        (mix(u64::from(self.seed), SALT_STRENGTH) % SIGNAL_STRENGTHS.len() as u64) as usize
    }

    /// The six letters a class types.
    pub fn code(self) -> String {
        let value = (self.seed << 6) | self.check();
        (0..CODE_LENGTH).rev().map(|i| char::from(ALPHABET[((value >> (5 * i)) & 31) as usize])).collect()
    }

    /// The hidden signal strength, as a multiple of the Standard Model's.
    pub fn signal_strength(self) -> f64 {
        SIGNAL_STRENGTHS[self.strength_index()]
    }

    /// The seed of the pseudo-data draws.
    pub fn draw_seed(self) -> u64 {
        mix(u64::from(self.seed), SALT_DRAWS)
    }

    /// The token of the teacher's answer link: four letters that only this code's answer has.
    pub fn answer_token(self) -> String {
        let value = mix(u64::from(self.seed), SALT_ANSWER);
        (0..4).map(|i| char::from(ALPHABET[((value >> (5 * i)) & 31) as usize])).collect()
    }

    /// Whether `token` is this mystery's answer token.
    pub fn reveals(self, token: &str) -> bool {
        token.trim().eq_ignore_ascii_case(&self.answer_token())
    }

    /// The sentence that reveals μ.
    pub fn answer_text(self) -> String {
        let key = match self.strength_index() {
            0 => "mystery-answer-none",
            1 => "mystery-answer-sm",
            _ => "mystery-answer-twice",
        };
        labels::text(key)
    }
}

/// The `mystery=` and `answer=` of an address: the mystery, or why its code is unusable, and
/// the answer token if any.
pub fn from_query(query: &str) -> Option<(Result<Mystery, MysteryError>, Option<String>)> {
    let mut code = None;
    let mut answer = None;
    for (key, value) in query.trim_start_matches('?').split('&').filter_map(|part| part.split_once('=')) {
        match key {
            "mystery" => code = Some(value.to_owned()),
            "answer" => answer = Some(value.to_owned()),
            _ => {}
        }
    }
    code.map(|code| (Mystery::parse(&code), answer))
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    #[test]
    fn a_code_round_trips_and_hides_each_strength_as_often() {
        let mut hidden = [0usize; 3];
        for seed in (0..(1u32 << SEED_BITS)).step_by(9973) {
            let mystery = Mystery::from_seed(seed);
            let code = mystery.code();
            assert_eq!(code.len(), 6);
            assert_eq!(Mystery::parse(&code), Ok(mystery), "{code}");
            assert_eq!(Mystery::parse(&code.to_lowercase()), Ok(mystery));
            hidden[mystery.strength_index()] += 1;
        }
        let total: usize = hidden.iter().sum();
        assert!(hidden.iter().all(|&n| n * 4 > total), "each μ about a third of the codes: {hidden:?}");
    }

    #[test]
    fn a_teacher_gets_the_strength_asked_for() {
        for (strength, &mu) in SIGNAL_STRENGTHS.iter().enumerate() {
            for start in [0, 12_345, u32::MAX] {
                let mystery = Mystery::hiding(strength, start);
                assert_eq!(mystery.signal_strength(), mu);
                assert_eq!(Mystery::parse(&mystery.code()).unwrap().signal_strength(), mu);
            }
        }
    }

    #[test]
    fn mistyped_codes_are_refused_by_name() {
        let code = Mystery::from_seed(4_242_424).code();
        assert_eq!(Mystery::parse("ABC"), Err(MysteryError::Length(3)));
        assert_eq!(Mystery::parse("ABCDEU"), Err(MysteryError::Character('U')));
        // Every single-letter change of this code is caught.
        let mut caught = 0;
        let mut changed = 0;
        for position in 0..6 {
            for &letter in ALPHABET {
                let mut wrong: Vec<char> = code.chars().collect();
                if wrong[position] == char::from(letter) {
                    continue;
                }
                wrong[position] = char::from(letter);
                changed += 1;
                if Mystery::parse(&wrong.iter().collect::<String>()) == Err(MysteryError::Check) {
                    caught += 1;
                }
            }
        }
        assert!(caught * 100 >= changed * 95, "{caught} of {changed} typos caught");
    }

    #[test]
    fn only_the_right_token_reveals_the_answer() {
        let a = Mystery::from_seed(77);
        let b = Mystery::from_seed(78);
        assert!(a.reveals(&a.answer_token()));
        assert!(a.reveals(&a.answer_token().to_lowercase()));
        assert!(!a.reveals(&b.answer_token()) || a.answer_token() == b.answer_token());
        assert!(!a.reveals("1"));
        assert_ne!(a.draw_seed(), b.draw_seed());
    }

    #[test]
    fn the_address_carries_the_code_and_the_answer() {
        let code = Mystery::from_seed(5).code();
        let (mystery, answer) = from_query(&format!("?a=hzz4l&mystery={code}&answer=ABCD")).unwrap();
        assert_eq!(mystery, Ok(Mystery::from_seed(5)));
        assert_eq!(answer.as_deref(), Some("ABCD"));
        assert_eq!(from_query("a=hzz4l"), None);
        assert!(matches!(from_query("mystery=xyz"), Some((Err(MysteryError::Length(3)), None))));
    }
}
