//! The translations are complete where they must be and consistent everywhere.
//!
//! - every Fluent file parses, and no message id appears twice in a language;
//! - no language has a message English lacks (a stale or misspelt key);
//! - a language holds every English message of each group [`Group::required_in`] it: UI and
//!   guides in all six languages, explanations and the teacher page in English and Spanish
//!   (French, Portuguese, Italian and German translate them too, but may leave a message to the
//!   English fallback);
//! - every translated message uses exactly English's placeholders (`{ $n }`) and attributes.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use i18n::{source, Group, Lang};

/// Message id → (placeholder names, attribute names).
type Messages = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn parse(lang: Lang, group: Group) -> Messages {
    let text = source(lang, group);
    let resource = fluent_syntax::parser::parse(text)
        .unwrap_or_else(|(_, errors)| panic!("i18n/{}/{}: syntax errors {errors:?}", lang.code(), group.file_name()));
    let mut out = Messages::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern_vars(value, &mut vars);
                }
                let mut attrs = BTreeSet::new();
                for a in &m.attributes {
                    pattern_vars(&a.value, &mut vars);
                    attrs.insert(a.id.name.to_owned());
                }
                assert!(m.value.is_some(), "i18n/{}/{}: `{}` has no text", lang.code(), group.file_name(), m.id.name);
                let previous = out.insert(m.id.name.to_owned(), (vars, attrs));
                assert!(
                    previous.is_none(),
                    "i18n/{}/{}: `{}` appears twice",
                    lang.code(),
                    group.file_name(),
                    m.id.name
                );
            }
            Entry::Junk { content } => panic!("i18n/{}/{}: cannot parse {content:?}", lang.code(), group.file_name()),
            _ => {}
        }
    }
    out
}

fn pattern_vars(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        Expression::Inline(inline) => inline_vars(inline, out),
    }
}

fn inline_vars(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

#[test]
fn every_required_message_exists_with_englishs_placeholders() {
    let mut problems = Vec::new();
    for group in Group::ALL {
        let english = parse(Lang::En, group);
        assert!(!english.is_empty(), "i18n/en/{} is empty", group.file_name());
        for lang in Lang::ALL.into_iter().skip(1) {
            let file = format!("i18n/{}/{}", lang.code(), group.file_name());
            let translated = parse(lang, group);
            for id in translated.keys().filter(|id| !english.contains_key(*id)) {
                problems.push(format!("{file}: `{id}` is not an English message"));
            }
            for (id, (vars, attrs)) in &english {
                match translated.get(id) {
                    None if group.required_in(lang) => problems.push(format!("{file}: `{id}` is missing")),
                    None => {}
                    Some((t_vars, t_attrs)) => {
                        if t_vars != vars {
                            problems.push(format!("{file}: `{id}` has placeholders {t_vars:?}, English has {vars:?}"));
                        }
                        if t_attrs != attrs {
                            problems.push(format!("{file}: `{id}` has attributes {t_attrs:?}, English has {attrs:?}"));
                        }
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn no_message_id_is_in_two_groups() {
    for lang in Lang::ALL {
        let mut seen = BTreeMap::new();
        for group in Group::ALL {
            for id in parse(lang, group).into_keys() {
                if let Some(other) = seen.insert(id.clone(), group) {
                    panic!("{}: `{id}` is in both {other:?} and {group:?}", lang.code());
                }
            }
        }
    }
}

#[test]
fn spanish_is_not_english_in_disguise() {
    // A required message copied untranslated would pass the key check; catch the long ones
    // (short ones such as "4e", "tt̄Z" or "MET" are the same in both). Messages that are only
    // notation are the same in every language.
    const NOTATION: &[&str] = &["guide-moved", "plot-energy-lumi", "fit-norm-part"];
    let english = i18n::Catalogue::new(Lang::En);
    let spanish = i18n::Catalogue::new(Lang::Es);
    let mut same = Vec::new();
    for group in Group::ALL {
        for id in parse(Lang::En, group).into_keys() {
            let (en, es) = (english.text(&id), spanish.text(&id));
            if en.len() > 24 && en == es && !NOTATION.contains(&id.as_str()) {
                same.push(id);
            }
        }
    }
    assert!(same.is_empty(), "untranslated in Spanish: {same:?}");
}

#[test]
fn the_reader_agrees_with_fluent_bundle_on_every_message() {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let catalogue = i18n::Catalogue::new(lang);
        let tag: unic_langid::LanguageIdentifier = lang.code().parse().unwrap();
        let mut bundle = FluentBundle::new(vec![tag]);
        bundle.set_use_isolating(false);
        for group in Group::ALL {
            bundle.add_resource(FluentResource::try_new(source(lang, group).to_owned()).unwrap()).unwrap();
            for (id, (vars, attrs)) in parse(lang, group) {
                if !attrs.is_empty() {
                    problems.push(format!("{}: `{id}` has attributes, which the reader does not read", lang.code()));
                }
                // Every placeholder gets a recognisable value.
                let values: Vec<(String, String)> = vars.iter().map(|v| (v.clone(), format!("<{v}>"))).collect();
                let mut args = FluentArgs::new();
                for (name, value) in &values {
                    args.set(name.clone(), value.clone());
                }
                let ours_args: Vec<(&str, i18n::Arg)> =
                    values.iter().map(|(n, v)| (n.as_str(), i18n::Arg::from(v.as_str()))).collect();
                let pattern = bundle.get_message(&id).and_then(|m| m.value()).expect("parsed above");
                let mut errors = Vec::new();
                let reference = bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned();
                let ours = catalogue.get(&id, &ours_args).unwrap_or_default();
                if !catalogue.has_own(&id) || ours != reference || !errors.is_empty() {
                    problems.push(format!(
                        "{}: `{id}`: reader {ours:?}, fluent-bundle {reference:?} {errors:?}",
                        lang.code()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn placeholders_are_plain_variables() {
    // The reader fills `{ $name }` only: no selectors, functions, terms or literals.
    for lang in Lang::ALL {
        for group in Group::ALL {
            let resource = fluent_syntax::parser::parse(source(lang, group)).unwrap();
            for entry in resource.body {
                let Entry::Message(m) = entry else { continue };
                for element in m.value.iter().flat_map(|p| &p.elements) {
                    if let PatternElement::Placeable { expression } = element {
                        assert!(
                            matches!(expression, Expression::Inline(InlineExpression::VariableReference { .. })),
                            "{}/{}: `{}` has a placeable that is not a plain variable",
                            lang.code(),
                            group.file_name(),
                            m.id.name
                        );
                    }
                }
            }
        }
    }
}
