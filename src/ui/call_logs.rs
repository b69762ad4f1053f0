use std::cell::Cell;
use std::rc::Rc;

use rust_decimal::Decimal;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::{browser, rendered, use_lang};
use crate::i18n::number::parse_number;
use crate::i18n::{text, Lang, Msg};
use crate::io::usage_protocol::{
    Choices, Derive, Grouping, TollClass, UsageRequest, UsageResponse, UsageView,
};
use crate::pricing::scenario::ProblemKind;
use crate::pricing::RateCard;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct CallLogsProps {
    pub card: Rc<RateCard>,
    pub on_action: Callback<Action>,
}

/// The file goes to the worker in slices of this size: the page never holds more of it.
const CHUNK: f64 = 4.0 * 1024.0 * 1024.0;

#[derive(Clone, PartialEq)]
enum Phase {
    Idle,
    /// Reading a file: how much, in thousandths.
    Reading {
        file: String,
        done: u32,
    },
    Cancelled,
    Failed(String),
    Ready,
}

/// Price what you used: a PSTN usage report or Graph call-log pages, read in the worker in
/// slices (progress, cancel), then its facts, the bridge numbers to mark, the grouping, the
/// reconciliation with the card, and a button that makes it the call mix. Until that button,
/// the scenario is untouched, whatever happens to the import.
#[component]
pub fn CallLogs(props: &CallLogsProps) -> Html {
    rendered("CallLogs");
    let lang = use_lang();
    let phase = use_state(|| Phase::Idle);
    let view = use_state(|| None::<Rc<UsageView>>);
    let choices = use_state(Choices::default);
    let cancelled = use_memo((), |_| Cell::new(false));
    let applied = use_state(|| false);
    // The mobile share as typed, kept even when it doesn't read, so its message shows beside it.
    let mobile = use_state(|| "0".to_string());

    let derive_with = {
        let (view, choices, card) = (view.clone(), choices.clone(), Rc::clone(&props.card));
        Callback::from(move |next: Choices| {
            choices.set(next.clone());
            let request = derive_request(next, &card, lang);
            let view = view.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let UsageResponse::View(v) =
                    browser::worker::usage(UsageRequest::Derive(request)).await
                {
                    view.set(Some(Rc::new(*v)));
                }
            });
        })
    };

    let onchange = {
        let (phase, view, choices, cancelled, applied, mobile) = (
            phase.clone(),
            view.clone(),
            choices.clone(),
            Rc::clone(&cancelled),
            applied.clone(),
            mobile.clone(),
        );
        let card = Rc::clone(&props.card);
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            cancelled.set(false);
            applied.set(false);
            // A new file starts from the default choices: no mobiles.
            mobile.set("0".into());
            let (phase, view, choices, cancelled) = (
                phase.clone(),
                view.clone(),
                choices.clone(),
                Rc::clone(&cancelled),
            );
            let request = derive_request(Choices::default(), &card, lang);
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let failed = |problem: &crate::i18n::Phrase| {
                    Phase::Failed(lang.tf(
                        Msg::LogsFailed,
                        &[("file", &name), ("problem", &lang.phrase(problem))],
                    ))
                };
                phase.set(Phase::Reading {
                    file: name.clone(),
                    done: 0,
                });
                browser::worker::usage(UsageRequest::Start { file: name.clone() }).await;
                let size = file.size();
                let mut offset = 0.0;
                while offset < size {
                    if cancelled.get() {
                        browser::worker::usage(UsageRequest::Cancel).await;
                        phase.set(Phase::Cancelled);
                        return;
                    }
                    let end = (offset + CHUNK).min(size);
                    let Ok(slice) = file.slice_with_f64_and_f64(offset, end) else {
                        return;
                    };
                    let Ok(buffer) = JsFuture::from(slice.array_buffer()).await else {
                        return;
                    };
                    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
                    if let UsageResponse::Failed(problem) =
                        browser::worker::usage(UsageRequest::Chunk(bytes)).await
                    {
                        phase.set(failed(&problem));
                        return;
                    }
                    offset = end;
                    phase.set(Phase::Reading {
                        file: name.clone(),
                        done: (offset / size * 1000.0) as u32,
                    });
                }
                if cancelled.get() {
                    browser::worker::usage(UsageRequest::Cancel).await;
                    phase.set(Phase::Cancelled);
                    return;
                }
                match browser::worker::usage(UsageRequest::Finish(request)).await {
                    UsageResponse::View(v) => {
                        choices.set(Choices {
                            bridges: v.bridges.iter().map(|b| b.class).collect(),
                            ..Choices::default()
                        });
                        view.set(Some(Rc::new(*v)));
                        phase.set(Phase::Ready);
                    }
                    UsageResponse::Failed(problem) => phase.set(failed(&problem)),
                    UsageResponse::Read => phase.set(Phase::Cancelled),
                }
            });
        })
    };

    let on_cancel = {
        let cancelled = Rc::clone(&cancelled);
        Callback::from(move |_: MouseEvent| cancelled.set(true))
    };
    let on_apply = {
        let (view, on_action, applied) = (view.clone(), props.on_action.clone(), applied.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(v) = &*view {
                on_action.emit(Action::UseGroups(Rc::new(v.groups.clone())));
                applied.set(true);
            }
        })
    };

    let body = match (&*phase, &*view) {
        (Phase::Reading { file, done }, _) => html! {
            <div class="call-logs-progress">
                <p role="status">{lang.tf(Msg::LogsReading, &[("file", file)])}</p>
                <progress data-testid="usage-progress" max="1000" value={done.to_string()}></progress>
                <button type="button" data-testid="usage-cancel" onclick={on_cancel}>{lang.t(Msg::LogsCancel)}</button>
            </div>
        },
        (Phase::Cancelled, _) => html! {
            <p role="status" data-testid="usage-status">{lang.t(Msg::LogsCancelled)}</p>
        },
        (Phase::Failed(message), _) => html! {
            <p role="alert" class="import-problems" data-testid="usage-problem">{message}</p>
        },
        (Phase::Ready, Some(v)) => {
            summary(lang, v, &choices, &mobile, &derive_with, on_apply, *applied)
        }
        _ => html! {},
    };
    html! {
        <details class="panel call-logs" open={*phase != Phase::Idle}>
            <summary>{lang.t(Msg::LogsTitle)}</summary>
            <p class="hint">{lang.t(Msg::LogsImportHint)}</p>
            <div class="field">
                <label for="import-usage">{lang.t(Msg::LogsImport)}</label>
                <input id="import-usage" type="file" accept=".csv,.json" data-testid="import-usage" {onchange} />
            </div>
            {body}
        </details>
    }
}

fn derive_request(choices: Choices, card: &RateCard, lang: Lang) -> Box<Derive> {
    Box::new(Derive {
        choices,
        card: card.clone(),
        lang,
    })
}

/// The import's facts and the choices the file leaves to the user.
fn summary(
    lang: Lang,
    v: &UsageView,
    choices: &Choices,
    mobile: &UseStateHandle<String>,
    derive_with: &Callback<Choices>,
    on_apply: Callback<MouseEvent>,
    applied: bool,
) -> Html {
    let bridges = v.bridges.iter().enumerate().map(|(i, b)| {
        let onchange = {
            let (choices, derive_with) = (choices.clone(), derive_with.clone());
            Callback::from(move |e: Event| {
                let input: HtmlInputElement = e.target_unchecked_into();
                let mut next = choices.clone();
                if let Some(class) = next.bridges.get_mut(i) {
                    *class = if input.checked() {
                        TollClass::TollFree
                    } else {
                        TollClass::Toll
                    };
                }
                derive_with.emit(next);
            })
        };
        html! {
            <li><label>
                <input type="checkbox" data-testid="usage-bridge" checked={b.class == TollClass::TollFree} {onchange} />
                {lang.tf(Msg::LogsBridge, &[("number", &b.number), ("calls", &b.calls)])}
                if b.from_file { {" "}{lang.t(Msg::LogsBridgeFromFile)} }
            </label></li>
        }
    });
    let on_grouping = {
        let (choices, derive_with) = (choices.clone(), derive_with.clone());
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let grouping = match select.value().as_str() {
                "location" => Grouping::Location,
                "heavy" => Grouping::HeavyLight,
                _ => Grouping::All,
            };
            derive_with.emit(Choices {
                grouping,
                ..choices.clone()
            });
        })
    };
    let on_mobile = {
        let (choices, derive_with, mobile) = (choices.clone(), derive_with.clone(), mobile.clone());
        Callback::from(move |e: InputEvent| {
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            let share = mobile_share(&typed, lang);
            mobile.set(typed);
            if let Ok(p) = share {
                derive_with.emit(Choices {
                    mobile_share: p / Decimal::ONE_HUNDRED,
                    ..choices.clone()
                });
            }
        })
    };
    let mobile_error = mobile_share(mobile, lang).err();
    let grouping = |value: &'static str, g: Grouping, msg: Msg| {
        html! { <option {value} selected={choices.grouping == g}>{lang.t(msg)}</option> }
    };
    html! {
        <div class="call-logs-summary" data-testid="usage-summary">
            <ul>{ for v.facts.iter().map(|f| html! { <li>{f}</li> }) }</ul>
            if !v.malformed.is_empty() {
                <ul class="import-problems" data-testid="usage-malformed">{ for v.malformed.iter().map(|m| html! { <li>{m}</li> }) }</ul>
            }
            if !v.bridges.is_empty() {
                <p>{lang.t(Msg::LogsBridges)}</p>
                <ul>{ for bridges }</ul>
            }
            <div class="field">
                <label for="usage-grouping">{lang.t(Msg::LogsGrouping)}</label>
                <select id="usage-grouping" data-testid="usage-grouping" onchange={on_grouping}>
                    {grouping("all", Grouping::All, Msg::LogsGroupingAll)}
                    {grouping("location", Grouping::Location, Msg::LogsGroupingLocation)}
                    {grouping("heavy", Grouping::HeavyLight, Msg::LogsGroupingHeavy)}
                </select>
            </div>
            // As a `Field` lays it out: the message's slot always there, so typing through a value
            // that doesn't read keeps the input and its focus.
            <div class={classes!("field", mobile_error.is_some().then_some("invalid"))}>
                <label for="usage-mobile">{lang.t(Msg::LogsMobile)}</label>
                <input id="usage-mobile" type="text" inputmode="decimal" data-testid="usage-mobile"
                    value={(**mobile).clone()} aria-invalid={mobile_error.is_some().then_some("true")}
                    aria-describedby="usage-mobile-error" oninput={on_mobile} />
                <small id="usage-mobile-error" class="error" role="alert">{mobile_error.unwrap_or_default()}</small>
            </div>
            <table data-testid="usage-reconciliation">
                <caption>{lang.t(Msg::LogsReconciliation)}</caption>
                <thead><tr>
                    <th scope="col">{lang.t(Msg::LogsColLine)}</th>
                    <th scope="col">{lang.t(Msg::LogsColCalls)}</th>
                    <th scope="col">{lang.t(Msg::LogsColMinutes)}</th>
                    <th scope="col">{lang.t(Msg::LogsColCharged)}</th>
                    <th scope="col">{lang.t(Msg::LogsColCard)}</th>
                </tr></thead>
                <tbody>{ for v.reconciliation.iter().map(|row| html! {
                    <tr><th scope="row">{&row[0]}</th>{ for row[1..].iter().map(|c| html! { <td>{c}</td> }) }</tr>
                }) }</tbody>
            </table>
            <p data-testid="usage-verdict">{&v.verdict}</p>
            <button type="button" data-testid="usage-apply" onclick={on_apply}>{lang.t(Msg::LogsApply)}</button>
            if applied {
                <p role="status" data-testid="usage-applied">{lang.t(Msg::LogsApplied)}</p>
            }
        </div>
    }
}

/// The mobile share typed, a percentage from 0 to 100, or the message beside the field.
fn mobile_share(text: &str, lang: Lang) -> Result<Decimal, String> {
    let percent = parse_number(text, lang).map_err(|msg| lang.says(msg))?;
    if (Decimal::ZERO..=Decimal::ONE_HUNDRED).contains(&percent) {
        Ok(percent)
    } else {
        Err(text::problem(
            lang,
            &ProblemKind::OutOfRange { min: 0, max: 100 },
        ))
    }
}
