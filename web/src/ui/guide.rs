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

/// The panel. `enabled` says which processes count in s, b and Z (the shown ones);
/// `show_me` applies a step's cut on an axis through the view's own cut handling (history,
/// address), so a guided cut is undone and shared like any other.
#[component]
pub fn GuidePanel(
    state: AnalysisState,
    #[prop(into)] enabled: Signal<Vec<bool>>,
    show_me: Callback<(usize, AxisCut)>,
) -> impl IntoView {
    let paths: Vec<GuidedPath> = state.with_untracked(|e| e.cube().manifest().guided_paths.clone());
    if paths.is_empty() {
        return ().into_any();
    }
    let paths = StoredValue::new(paths);
    let position = RwSignal::new(Position::Choosing);
    let figures = move || enabled.with(|enabled| state.with(|e| Figures::of(e, enabled)));
    // For event handlers, which must not subscribe to anything.
    let figures_now = move || enabled.with_untracked(|enabled| state.with_untracked(|e| Figures::of(e, enabled)));

    let axis_label = move |axis: usize| {
        state.with_untracked(|e| labels::short(&labels::text(&e.cube().manifest().axes[axis].label_key)).to_owned())
    };

    let choose = move || {
        paths.with_value(|paths| {
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
                                on:click=move |_| position.set(Position::Step { path: index, step: 0, moved: None })
                            >
                                {labels::text(&path.title_key)}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    let step_view = move |path_index: usize, step_index: usize, moved: Option<(Figures, Figures)>| {
        let (path_id, title_key, total, step) = paths.with_value(|paths| {
            let path = &paths[path_index];
            (path.id.clone(), path.title_key.clone(), path.steps.len(), path.steps[step_index].clone())
        });
        let (cut, look_at) = state.with_untracked(|e| {
            let manifest = e.cube().manifest();
            (step_cut(manifest, &step), step_axis(manifest, &step))
        });
        let text = labels::format(&step.text_key, &step_args(&step));
        let look = look_at.filter(|_| cut.is_none()).map(|axis| {
            view! { <p class="guide-look" data-testid="guide-look">{labels::format("guide-look-at", &[("axis", Arg::Text(axis_label(axis)))])}</p> }
        });
        let show = cut.map(|(axis, cut)| {
            let press = move |_| {
                let before = figures_now();
                show_me.run((axis, cut.clone()));
                let after = figures_now();
                position.set(Position::Step { path: path_index, step: step_index, moved: Some((before, after)) });
            };
            view! {
                <button type="button" class="guide-show-me" data-testid="guide-show-me" on:click=press>
                    {labels::text("guide-show-me")}
                </button>
            }
        });
        let moved = moved.map(|(before, after)| {
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
        });
        let last = step_index + 1 == total;
        let next = move |_| {
            if last {
                let reached = enabled.with_untracked(|enabled| {
                    state.with_untracked(|e| {
                        paths.with_value(|paths| path_figures(e.cube(), &paths[path_index], enabled))
                    })
                });
                match reached {
                    Ok(reached) => position.set(Position::Challenge { reached }),
                    Err(_) => position.set(Position::Choosing),
                }
            } else {
                position.set(Position::Step { path: path_index, step: step_index + 1, moved: None });
            }
        };
        let back = move |_| {
            position.set(if step_index == 0 {
                Position::Choosing
            } else {
                Position::Step { path: path_index, step: step_index - 1, moved: None }
            })
        };
        let intro = (step_index == 0)
            .then(|| view! { <p class="guide-intro">{labels::text(&format!("path.{path_id}.intro"))}</p> });
        view! {
            <h3>{labels::text(&title_key)}</h3>
            {intro}
            <p class="guide-progress">
                {labels::format("guide-step", &[("n", Arg::from(step_index + 1)), ("total", Arg::from(total))])}
            </p>
            <p class="guide-text" data-testid="guide-step-text">{text}</p>
            {look}
            {show}
            {moved}
            <div class="guide-nav">
                <button type="button" data-testid="guide-back" on:click=back>{labels::text("guide-back")}</button>
                <button type="button" data-testid="guide-next" on:click=next>
                    {labels::text(if last { "guide-finish" } else { "guide-next" })}
                </button>
            </div>
        }
        .into_any()
    };

    let challenge_view = move |reached: Figures| {
        let status = move || {
            let now = figures();
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
                <button type="button" data-testid="guide-close" on:click=move |_| position.set(Position::Choosing)>
                    {labels::text("guide-close")}
                </button>
            </div>
        }
        .into_any()
    };

    view! {
        <section class="guide" aria-labelledby="guide-heading" data-testid="guide-panel">
            <h2 id="guide-heading">{labels::text("guide-heading")}</h2>
            {move || match position.get() {
                Position::Choosing => {
                    view! {
                        <p>{labels::text("guide-choose")}</p>
                        <ul class="guide-paths">{choose()}</ul>
                    }
                        .into_any()
                }
                Position::Step { path, step, moved } => step_view(path, step, moved),
                Position::Challenge { reached } => challenge_view(reached),
            }}
        </section>
    }
    .into_any()
}
