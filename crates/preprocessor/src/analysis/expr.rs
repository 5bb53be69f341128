//! The small expression language of analysis files: variables such as `mass(lep)` or
//! `dphi(lep[0], lep[1])`, and cuts such as `count(jets) >= 3`.
//!
//! ```text
//! cut       := value OP number            OP: < <= > >= == !=
//! value     := name                        an event quantity: met, met_phi
//!            | name "(" arg ("," arg)* ")" a function of the vocabulary (docs/analysis-files.md)
//! arg       := name | name "[" integer "]" a collection, a pair, `met`, or one object (from 0)
//! ```
//!
//! Parsing only checks the shape; [`super::file`] resolves names against the file's objects and
//! pairings. Every node keeps its byte offset in the text so errors can point at it.

use std::fmt;

/// A parse error at a byte offset of the expression text.
#[derive(Clone, Debug, PartialEq)]
pub struct ParseError {
    pub offset: usize,
    pub message: String,
}

/// A reference to objects, a pair or the MET, as written in a function's arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub name: String,
    /// `lep[1]`: the second object of `lep`.
    pub index: Option<usize>,
    pub offset: usize,
}

impl fmt::Display for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.index {
            Some(i) => write!(f, "{}[{i}]", self.name),
            None => f.write_str(&self.name),
        }
    }
}

/// A value: a bare name (`met`) or a function call.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    pub function: String,
    /// `None` for a bare name, `Some` (possibly empty) for a call.
    pub args: Option<Vec<Arg>>,
    pub offset: usize,
}

/// Comparison of a cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Equal,
    NotEqual,
}

impl Op {
    pub fn holds(self, value: f64, threshold: f64) -> bool {
        match self {
            Op::Less => value < threshold,
            Op::LessEqual => value <= threshold,
            Op::Greater => value > threshold,
            Op::GreaterEqual => value >= threshold,
            Op::Equal => value == threshold,
            Op::NotEqual => value != threshold,
        }
    }
}

/// A cut: `value op threshold`.
#[derive(Clone, Debug, PartialEq)]
pub struct Cut {
    pub value: Value,
    pub op: Op,
    pub threshold: f64,
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Name(String),
    Number(f64, String),
    Punct(char),
    Op(Op),
    End,
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Token::Name(n) => write!(f, "`{n}`"),
            Token::Number(_, text) => write!(f, "`{text}`"),
            Token::Punct(c) => write!(f, "`{c}`"),
            Token::Op(_) => f.write_str("a comparison"),
            Token::End => f.write_str("the end"),
        }
    }
}

fn tokenize(text: &str) -> Result<Vec<(Token, usize)>, ParseError> {
    let mut tokens = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = text[i..].chars().next().expect("i is on a character boundary");
        let start = i;
        if c.is_whitespace() {
            i += c.len_utf8();
        } else if c.is_ascii_alphabetic() || c == '_' {
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            tokens.push((Token::Name(text[start..i].to_owned()), start));
        } else if c.is_ascii_digit() || c == '-' || c == '+' || c == '.' {
            i += 1;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'.' | b'_')) {
                // An exponent's sign: 1e-3.
                if matches!(bytes[i], b'e' | b'E') && i + 1 < bytes.len() && matches!(bytes[i + 1], b'-' | b'+') {
                    i += 1;
                }
                i += 1;
            }
            let literal = &text[start..i];
            let number = literal
                .replace('_', "")
                .parse::<f64>()
                .map_err(|_| ParseError { offset: start, message: format!("`{literal}` is not a number") })?;
            tokens.push((Token::Number(number, literal.to_owned()), start));
        } else if matches!(c, '(' | ')' | '[' | ']' | ',') {
            tokens.push((Token::Punct(c), start));
            i += 1;
        } else if matches!(c, '<' | '>' | '=' | '!') {
            let two = text.get(i..i + 2).unwrap_or("");
            let (op, len) = match (c, two) {
                (_, "<=") => (Op::LessEqual, 2),
                (_, ">=") => (Op::GreaterEqual, 2),
                (_, "==") => (Op::Equal, 2),
                (_, "!=") => (Op::NotEqual, 2),
                ('<', _) => (Op::Less, 1),
                ('>', _) => (Op::Greater, 1),
                _ => {
                    return Err(ParseError {
                        offset: start,
                        message: format!("`{c}` is not a comparison (use <, <=, >, >=, == or !=)"),
                    })
                }
            };
            tokens.push((Token::Op(op), start));
            i += len;
        } else {
            return Err(ParseError { offset: start, message: format!("unexpected character `{c}`") });
        }
    }
    tokens.push((Token::End, text.len()));
    Ok(tokens)
}

struct Parser {
    tokens: Vec<(Token, usize)>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> &(Token, usize) {
        &self.tokens[self.at]
    }

    fn next(&mut self) -> (Token, usize) {
        let token = self.tokens[self.at].clone();
        if self.at + 1 < self.tokens.len() {
            self.at += 1;
        }
        token
    }

    fn expected<T>(&self, what: &str) -> Result<T, ParseError> {
        let (token, offset) = self.peek();
        Err(ParseError { offset: *offset, message: format!("expected {what}, found {token}") })
    }

    fn punct(&mut self, c: char) -> bool {
        if self.peek().0 == Token::Punct(c) {
            self.next();
            true
        } else {
            false
        }
    }

    fn name(&mut self, what: &str) -> Result<(String, usize), ParseError> {
        match self.peek().clone() {
            (Token::Name(n), offset) => {
                self.next();
                Ok((n, offset))
            }
            _ => self.expected(what),
        }
    }

    fn value(&mut self) -> Result<Value, ParseError> {
        let (function, offset) = self.name("a variable such as `mass(lep)` or `met`")?;
        if !self.punct('(') {
            return Ok(Value { function, args: None, offset });
        }
        let mut args = Vec::new();
        if !self.punct(')') {
            loop {
                args.push(self.arg()?);
                if self.punct(')') {
                    break;
                }
                if !self.punct(',') {
                    return self.expected("`,` or `)`");
                }
            }
        }
        Ok(Value { function, args: Some(args), offset })
    }

    fn arg(&mut self) -> Result<Arg, ParseError> {
        let (name, offset) = self.name("objects (a collection, a pair, one object such as `lep[0]`, or `met`)")?;
        let mut index = None;
        if self.punct('[') {
            match self.next() {
                (Token::Number(n, _), _) if n >= 0.0 && n.fract() == 0.0 && n < 1e6 => index = Some(n as usize),
                (token, at) => {
                    return Err(ParseError {
                        offset: at,
                        message: format!("expected an object's position (0, 1, …), found {token}"),
                    })
                }
            }
            if !self.punct(']') {
                return self.expected("`]`");
            }
        }
        Ok(Arg { name, index, offset })
    }

    fn end(&self) -> Result<(), ParseError> {
        match self.peek() {
            (Token::End, _) => Ok(()),
            _ => self.expected("the end of the expression"),
        }
    }
}

/// Parses a variable such as `mass(lep)`.
pub fn parse_value(text: &str) -> Result<Value, ParseError> {
    let mut parser = Parser { tokens: tokenize(text)?, at: 0 };
    let value = parser.value()?;
    parser.end()?;
    Ok(value)
}

/// Parses a cut such as `count(jets) >= 3`.
pub fn parse_cut(text: &str) -> Result<Cut, ParseError> {
    let mut parser = Parser { tokens: tokenize(text)?, at: 0 };
    let value = parser.value()?;
    let op = match parser.peek() {
        (Token::Op(op), _) => *op,
        _ => return parser.expected("a comparison (<, <=, >, >=, == or !=) and a number"),
    };
    parser.next();
    let threshold = match parser.peek() {
        (Token::Number(n, _), _) => *n,
        _ => return parser.expected("a number"),
    };
    parser.next();
    parser.end()?;
    Ok(Cut { value, op, threshold })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_cuts_parse_with_offsets() {
        let v = parse_value("dphi(lep[0], met)").unwrap();
        assert_eq!(v.function, "dphi");
        let args = v.args.unwrap();
        assert_eq!(args[0], Arg { name: "lep".into(), index: Some(0), offset: 5 });
        assert_eq!(args[1].to_string(), "met");
        assert_eq!(parse_value("met").unwrap().args, None);
        let cut = parse_cut("count(jets) >= 3").unwrap();
        assert_eq!((cut.op, cut.threshold), (Op::GreaterEqual, 3.0));
        assert_eq!(parse_cut("charge(lep) != -1").unwrap().threshold, -1.0);
        assert_eq!(parse_cut("met < 2e2").unwrap().threshold, 200.0);
    }

    #[test]
    fn mistakes_name_the_position() {
        assert_eq!(parse_cut("mass(lep) 10").unwrap_err().offset, 10);
        assert_eq!(parse_value("mass(lep").unwrap_err().message, "expected `,` or `)`, found the end");
        assert_eq!(parse_cut("met < x").unwrap_err().message, "expected a number, found `x`");
        assert_eq!(parse_value("pt(lep[a])").unwrap_err().offset, 7);
        assert!(parse_value("mass(lep) + 1").is_err());
        assert_eq!(parse_cut("met = 3").unwrap_err().offset, 4);
    }
}
