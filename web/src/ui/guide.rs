//! The guided-path panel: pick a path of the cube's manifest, read each step, press "Show me"
//! to apply its cut (or make the cut yourself), see how s, b and Z moved, and end with a
//! challenge to beat the significance the path reaches on this cube.

use histcube::{AxisCut, GuidedPath};
use i18n::Arg;
use leptos::prelude::*;

use crate::model::guide::{challenge_met, path_figures, step_args, step_axis, step_cut, Figures};
use crate::model::labels;
use crate::model::numbers::DECIMALS;
use crate::ui::state::AnalysisState;

/// Where the student is.
#[derive(Clone, Debug, PartialEq)]
enum Position {
    /// Choosing a path.
    Choosing,
    /// Reading step `step` (from 0) of path `path`; `moved` holds the figures before and after
    /// the step's "show me", once pressed.
    Step { path: usize, step: usize, moved: Option<(Figures, Figures)> },
    /// The challenge after a path, with the figures its cuts reach.
    Challenge { reached: Figures },
}

fn number(value: f64) -> Arg {
    Arg::Number(value, DECIMALS)
}

fn z_arg(z: Option<f64>) -> Arg {
    match z {
        Some(z) => number(z),
        None => Arg::Text(crate::model::numbers::NOT_DEFINED.to_owned()),
    }
}

/// What the panel's parts share; `Copy`, so closures capture it freely.
#[derive(Clone, Copy)]
struct Guide {
    state: AnalysisState,
    paths: StoredValue<Vec<GuidedPath>>,
    position: RwSignal<Position>,
    /// Which processes count in s, b and Z (the shown ones).
    enabled: Signal<Vec<bool>>,
    show_me: Callback<(usize, AxisCut)>,
    /// The one path of an embedded lesson: it replaces the choice of paths.
    only_path: Option<usize>,
}

impl Guide {
    /// s, b and Z of the selection now, followed as the cuts change.
    fn figures(&self) -> Figures {
        let state = self.state;
        self.enabled.with(|enabled| state.with(|e| Figures::of(e, enabled)))
    }

    /// The same, for event handlers, which must not subscribe to anything.
    fn figures_now(&self) -> Figures {
        let state = self.state;
        self.enabled.with_untracked(|enabled| state.with_untracked(|e| Figures::of(e, enabled)))
    }

    fn axis_label(&self, axis: usize) -> String {
        self.state
            .with_untracked(|e| labels::short(&labels::text(&e.cube().manifest().axes[axis].label_key)).to_owned())
    }

    fn go(&self, position: Position) {
        self.position.set(position);
    }

    /// Where "back" from the first step and "close" after the challenge lead: the choice of
    /// paths, or the first step of the only path.
    fn start(&self) -> Position {
        match self.only_path {
            Some(path) => Position::Step { path, step: 0, moved: None },
            None => Position::Choosing,
        }
    }

    /// The figures the cuts of path `path` reach, for the challenge after it.
    fn reached_by(&self, path: usize) -> Result<Figures, histcube::CutError> {
        let (state, paths) = (self.state, self.paths);
        self.enabled.with_untracked(|enabled| {
            state.with_untracked(|e| paths.with_value(|paths| path_figures(e.cube(), &paths[path], enabled)))
        })
    }
}

/// The panel. `enabled` says which processes count in s, b and Z (the shown ones);
/// `show_me` applies a step's cut on an axis through the view's own cut handling (history,
/// address), so a guided cut is undone and shared like any other. `only_path` (an index into the
/// manifest's paths) shows that path alone, from its first step, for an embedded lesson.
#[component]
pub fn GuidePanel(
    state: AnalysisState,
    #[prop(into)] enabled: Signal<Vec<bool>>,
    show_me: Callback<(usize, AxisCut)>,
    #[prop(optional)] only_path: Option<usize>,
) -> impl IntoView {
    let paths: Vec<GuidedPath> = state.with_untracked(|e| e.cube().manifest().guided_paths.clone());
    if paths.is_empty() {
        return ().into_any();
    }
    let only_path = only_path.filter(|&path| path < paths.len());
    let start = only_path.map_or(Position::Choosing, |path| Position::Step { path, step: 0, moved: None });
    let guide =
        Guide { state, paths: StoredValue::new(paths), position: RwSignal::new(start), enabled, show_me, only_path };
    view! {
        <section class="guide" aria-labelledby="guide-heading" data-testid="guide-panel">
            <h2 id="guide-heading">{labels::text("guide-heading")}</h2>
            {move || match guide.position.get() {
                Position::Choosing => view! { <PathChoice guide /> }.into_any(),
                Position::Step { path, step, moved } => view! { <GuideStep guide path step moved /> }.into_any(),
                Position::Challenge { reached } => view! { <Challenge guide reached /> }.into_any(),
            }}
        </section>
    }
    .into_any()
}

/// One button per guided path of the manifest.
#[component]
fn PathChoice(guide: Guide) -> impl IntoView {
    let buttons = guide.paths.with_value(|paths| {
        paths
            .iter()
            .enumerate()
            .map(|(index, path)| {
                let id = path.id.clone();
                view! {
                    <li>
                        <button
                            type="button"
                            data-testid=format!("guide-path-{id}")
                            on:click=move |_| guide.go(Position::Step { path: index, step: 0, moved: None })
                        >
                            {labels::text(&path.title_key)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    });
    view! {
        <p>{labels::text("guide-choose")}</p>
        <ul class="guide-paths">{buttons}</ul>
    }
}

/// Step `step` of path `path`: its text, the axis to look at or the "Show me" button, how s, b
/// and Z moved once it was pressed, and the way back and on.
#[component]
fn GuideStep(guide: Guide, path: usize, step: usize, moved: Option<(Figures, Figures)>) -> impl IntoView {
    let (path_id, title_key, total, guided) = guide.paths.with_value(|paths| {
        let p = &paths[path];
        (p.id.clone(), p.title_key.clone(), p.steps.len(), p.steps[step].clone())
    });
    let (cut, look_at) = guide.state.with_untracked(|e| {
        let manifest = e.cube().manifest();
        (step_cut(manifest, &guided), step_axis(manifest, &guided))
    });
    let text = labels::format(&guided.text_key, &step_args(&guided));
    let look = look_at.filter(|_| cut.is_none()).map(|axis| {
        let look = labels::format("guide-look-at", &[("axis", Arg::Text(guide.axis_label(axis)))]);
        view! { <p class="guide-look" data-testid="guide-look">{look}</p> }
    });
    let show = cut.map(|(axis, cut)| {
        let press = move |_| {
            let before = guide.figures_now();
            guide.show_me.run((axis, cut.clone()));
            let after = guide.figures_now();
            guide.go(Position::Step { path, step, moved: Some((before, after)) });
        };
        view! {
            <button type="button" class="guide-show-me" data-testid="guide-show-me" on:click=press>
                {labels::text("guide-show-me")}
            </button>
        }
    });
    let moved = moved.map(|(before, after)| view! { <MovedFigures before after /> });
    let intro =
        (step == 0).then(|| view! { <p class="guide-intro">{labels::text(&format!("path.{path_id}.intro"))}</p> });
    view! {
        <h3>{labels::text(&title_key)}</h3>
        {intro}
        <p class="guide-progress">
            {labels::format("guide-step", &[("n", Arg::from(step + 1)), ("total", Arg::from(total))])}
        </p>
        <p class="guide-text" data-testid="guide-step-text">{text}</p>
        {look}
        {show}
        {moved}
        <StepNav guide path step last=step + 1 == total />
    }
}

/// s, b and Z before and after a step's "Show me".
#[component]
fn MovedFigures(before: Figures, after: Figures) -> impl IntoView {
    let args = [
        ("s_before", number(before.s)),
        ("s_after", number(after.s)),
        ("b_before", number(before.b)),
        ("b_after", number(after.b)),
        ("z_before", z_arg(before.z)),
        ("z_after", z_arg(after.z)),
    ];
    view! {
        <p class="guide-shown" role="status">{labels::text("guide-shown")}</p>
        <p class="guide-moved" data-testid="guide-moved">{labels::format("guide-moved", &args)}</p>
    }
}

/// Back (to the previous step or the paths) and next (or, after the last step, the challenge).
#[component]
fn StepNav(guide: Guide, path: usize, step: usize, last: bool) -> impl IntoView {
    let next = move |_| {
        if last {
            match guide.reached_by(path) {
                Ok(reached) => guide.go(Position::Challenge { reached }),
                Err(_) => guide.go(guide.start()),
            }
        } else {
            guide.go(Position::Step { path, step: step + 1, moved: None });
        }
    };
    let back = move |_| {
        guide.go(if step == 0 { guide.start() } else { Position::Step { path, step: step - 1, moved: None } });
    };
    view! {
        <div class="guide-nav">
            // An embedded lesson's first step has nothing to go back to.
            {(step > 0 || guide.only_path.is_none())
                .then(|| {
                    view! {
                        <button type="button" data-testid="guide-back" on:click=back>
                            {labels::text("guide-back")}
                        </button>
                    }
                })}
            <button type="button" data-testid="guide-next" on:click=next>
                {labels::text(if last { "guide-finish" } else { "guide-next" })}
            </button>
        </div>
    }
}

/// The challenge after a path: beat the significance its cuts reach.
#[component]
fn Challenge(guide: Guide, reached: Figures) -> impl IntoView {
    let status = move || {
        let now = guide.figures();
        if challenge_met(&now, &reached) {
            labels::format(
                "guide-challenge-reached",
                &[("s", number(now.s)), ("b", number(now.b)), ("z", z_arg(now.z))],
            )
        } else {
            labels::format("guide-challenge-not-yet", &[("z", z_arg(now.z))])
        }
    };
    view! {
        <h3>{labels::text("guide-challenge-heading")}</h3>
        <p data-testid="guide-challenge" data-target=reached.z.map(|z| format!("{z:.DECIMALS$}"))>
            {labels::format("guide-challenge", &[("reached", z_arg(reached.z))])}
        </p>
        <p class="guide-status" role="status" data-testid="guide-challenge-status">{status}</p>
        <div class="guide-nav">
            <button type="button" data-testid="guide-close" on:click=move |_| guide.go(guide.start())>
                {labels::text("guide-close")}
            </button>
        </div>
    }
}
