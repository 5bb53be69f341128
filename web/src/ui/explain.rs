//! "Physics explained": for one analysis, how its signal is made (a Feynman diagram from
//! `assets/diagrams/`), the equations behind the numbers on the page, and where to read more.
//!
//! The prose comes from the i18n catalogue (`i18n/<lang>/explain.ftl`); the equations are MathML
//! written here, since notation is the same in every language. The MathML strings are constants
//! of this file, never built from input, so setting them as inner HTML is safe.

use leptos::prelude::*;

use crate::model::labels;

/// m = √((ΣE)² − |Σp⃗|²), in natural units (c = 1).
const INVARIANT_MASS: &str = r#"<math display="block"><mi>m</mi><mo>=</mo><msqrt><msup><mrow><mo>(</mo><munder><mo>∑</mo><mi>i</mi></munder><msub><mi>E</mi><mi>i</mi></msub><mo>)</mo></mrow><mn>2</mn></msup><mo>−</mo><msup><mrow><mo>|</mo><munder><mo>∑</mo><mi>i</mi></munder><msub><mover><mi>p</mi><mo>→</mo></mover><mi>i</mi></msub><mo>|</mo></mrow><mn>2</mn></msup></msqrt></math>"#;

/// mT = √(2 pTℓℓ MET (1 − cos Δφ)), as the preprocessor computes it (crates/preprocessor, hww).
const TRANSVERSE_MASS: &str = r#"<math display="block"><msub><mi>m</mi><mi mathvariant="normal">T</mi></msub><mo>=</mo><msqrt><mn>2</mn><mo>⁢</mo><msubsup><mi>p</mi><mi mathvariant="normal">T</mi><mrow><mi>ℓ</mi><mi>ℓ</mi></mrow></msubsup><mo>⁢</mo><msubsup><mi>E</mi><mi mathvariant="normal">T</mi><mtext>miss</mtext></msubsup><mo>⁢</mo><mrow><mo>(</mo><mn>1</mn><mo>−</mo><mi>cos</mi><mo>⁡</mo><mi>Δ</mi><mi>φ</mi><mo>(</mo><mi>ℓ</mi><mi>ℓ</mi><mo>,</mo><msubsup><mi>E</mi><mi mathvariant="normal">T</mi><mtext>miss</mtext></msubsup><mo>)</mo><mo>)</mo></mrow></msqrt></math>"#;

/// s/√b and the Asimov significance, as histcube::stats computes them.
const SIGNIFICANCE: &str = r#"<math display="block"><mfrac><mi>s</mi><msqrt><mi>b</mi></msqrt></mfrac><mspace width="2em"></mspace><msub><mi>Z</mi><mi mathvariant="normal">A</mi></msub><mo>=</mo><msqrt><mn>2</mn><mrow><mo>(</mo><mrow><mo>(</mo><mi>s</mi><mo>+</mo><mi>b</mi><mo>)</mo></mrow><mi>ln</mi><mo>⁡</mo><mrow><mo>(</mo><mn>1</mn><mo>+</mo><mfrac><mi>s</mi><mi>b</mi></mfrac><mo>)</mo></mrow><mo>−</mo><mi>s</mi><mo>)</mo></mrow></msqrt></math>"#;

/// w = σ · L · w_MC · SF / Σ w_MC.
const EVENT_WEIGHT: &str = r#"<math display="block"><mi>w</mi><mo>=</mo><mfrac><mrow><mi>σ</mi><mo>·</mo><mi>L</mi><mo>·</mo><msub><mi>w</mi><mtext>MC</mtext></msub><mo>·</mo><mtext>SF</mtext></mrow><mrow><mo>∑</mo><msub><mi>w</mi><mtext>MC</mtext></msub></mrow></mfrac></math>"#;

/// The analyses with an introduction and a diagram (`explain-<id>-intro`, `assets/diagrams/<id>.svg`).
pub const EXPLAINED: [&str; 4] = ["hzz4l", "hww", "ttz", "ttz3l"];

/// The ATLAS note describing the 13 TeV Open Data release, and its CERN Document Server record;
/// the teacher page links it too.
pub const OPEN_DATA_NOTE: &str = "ATL-OREACH-PUB-2020-001";
pub const OPEN_DATA_NOTE_URL: &str = "https://cds.cern.ch/record/2707171";

/// A publication: who, title, and an identifier with its link.
struct Reference {
    about_key: &'static str,
    title: &'static str,
    id: &'static str,
    href: Option<&'static str>,
}

const REFERENCES: [Reference; 6] = [
    Reference {
        about_key: "ref-discovery",
        title: "Observation of a new particle in the search for the Standard Model Higgs boson with the ATLAS detector at the LHC",
        id: "arXiv:1207.7214",
        href: Some("https://arxiv.org/abs/1207.7214"),
    },
    Reference {
        about_key: "ref-hzz",
        title: "Measurements of the Higgs boson inclusive and differential fiducial cross sections in the 4ℓ decay channel at √s = 13 TeV",
        id: "arXiv:2004.03447",
        href: Some("https://arxiv.org/abs/2004.03447"),
    },
    Reference {
        about_key: "ref-hww",
        title: "Measurements of gluon–gluon fusion and vector-boson fusion Higgs boson production cross-sections in the H → WW* → eνμν decay channel in pp collisions at √s = 13 TeV with the ATLAS detector",
        id: "arXiv:1808.09054",
        href: Some("https://arxiv.org/abs/1808.09054"),
    },
    Reference {
        about_key: "ref-ttz",
        title: "Measurement of the tt̄Z and tt̄W cross sections in proton–proton collisions at √s = 13 TeV with the ATLAS detector",
        id: "arXiv:1901.03584",
        href: Some("https://arxiv.org/abs/1901.03584"),
    },
    Reference {
        about_key: "ref-opendata",
        title: "Review of the 13 TeV ATLAS Open Data release",
        id: OPEN_DATA_NOTE,
        href: Some(OPEN_DATA_NOTE_URL),
    },
    Reference { about_key: "ref-opendata-site", title: "ATLAS Open Data", id: "opendata.atlas.cern", href: Some("https://opendata.atlas.cern/") },
];

/// One equation: heading, MathML, the sentence that says what it means.
#[component]
fn Equation(heading_key: &'static str, mathml: &'static str, text_key: &'static str) -> impl IntoView {
    view! {
        <section class="equation">
            <h3>{labels::text(heading_key)}</h3>
            <div class="mathml" inner_html=mathml></div>
            <p>{labels::text(text_key)}</p>
        </section>
    }
}

/// How to read the event display, in order: the layers, tracks in the field, what each kind of
/// particle leaves, the side view and the table.
const DISPLAY_PARAGRAPHS: [&str; 4] =
    ["explain-display-1", "explain-display-2", "explain-display-3", "explain-display-4"];

/// The explanation page of `analysis` (an id such as `hzz4l`); an analysis without an
/// introduction of its own gets the equations and references only.
#[component]
pub fn Explain(analysis: String) -> impl IntoView {
    let known = EXPLAINED.contains(&analysis.as_str());
    let intro = known.then(|| {
        let diagram = format!("assets/diagrams/{analysis}.svg");
        view! {
            <section class="explain-intro" data-testid="explain-intro">
                <h2>{labels::text(&format!("analysis.{analysis}.title"))}</h2>
                <p>{labels::text(&format!("explain-{analysis}-intro"))}</p>
                <figure class="diagram">
                    <img src=diagram alt=labels::text(&format!("diagram-{analysis}-alt")) width="460" height="240" />
                    <figcaption>{labels::text("explain-diagram-heading")}</figcaption>
                </figure>
                <p>{labels::text(&format!("explain-{analysis}-why"))}</p>
            </section>
        }
    });
    view! {
        <article class="explain" data-testid="explain">
            <h1>{labels::text("explain-heading")}</h1>
            {intro}
            <section class="event-reading" aria-labelledby="display-heading" data-testid="explain-display">
                <h2 id="display-heading">{labels::text("explain-display-heading")}</h2>
                {DISPLAY_PARAGRAPHS.iter().map(|key| view! { <p>{labels::text(key)}</p> }).collect_view()}
            </section>
            <section class="equations" aria-labelledby="equations-heading">
                <h2 id="equations-heading">{labels::text("explain-equations-heading")}</h2>
                <Equation heading_key="eq-mass-heading" mathml=INVARIANT_MASS text_key="eq-mass-text" />
                <Equation heading_key="eq-mt-heading" mathml=TRANSVERSE_MASS text_key="eq-mt-text" />
                <Equation heading_key="eq-significance-heading" mathml=SIGNIFICANCE text_key="eq-significance-text" />
                <Equation heading_key="eq-weight-heading" mathml=EVENT_WEIGHT text_key="eq-weight-text" />
            </section>
            <section class="references" aria-labelledby="references-heading">
                <h2 id="references-heading">{labels::text("explain-references-heading")}</h2>
                <ul>
                    {REFERENCES
                        .iter()
                        .map(|r| {
                            let id = match r.href {
                                Some(href) => view! { <a href=href target="_blank" rel="noopener">{r.id}</a> }.into_any(),
                                None => view! { <span>{r.id}</span> }.into_any(),
                            };
                            view! {
                                <li>
                                    {labels::text(r.about_key)} " " <cite>{r.title}</cite> ", " {labels::text("ref-authors")} ", " {id}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        </article>
    }
}
