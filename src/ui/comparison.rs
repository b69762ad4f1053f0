use std::rc::Rc;

use yew::prelude::*;

use crate::format;
use crate::pricing::{Quote, Scenario, Verdict};
use crate::share::MAX_COMPARED;
use crate::state::{Action, Compared};
use crate::text::{self, Summary};

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub scenario: Rc<Scenario>,
    pub quote: Rc<Quote>,
    pub compared: Vec<Compared>,
    pub on_action: Callback<Action>,
}

/// What a column shows for one scenario, row by row (`ROWS`).
fn column(scenario: &Scenario, quote: Option<&Quote>) -> Vec<String> {
    let organizers: u64 = scenario
        .groups
        .iter()
        .map(|g| u64::from(g.organizers))
        .sum();
    let mut cells = vec![
        scenario.tenant_country.name().to_string(),
        format::group_digits(&organizers.to_string()),
        scenario.groups.len().to_string(),
        text::offer(scenario.per_user.preset).to_string(),
    ];
    match quote {
        Some(quote) => {
            let summary = Summary::new(quote, scenario);
            let cheaper = match quote.verdict {
                Verdict::Cheaper { side, .. } => text::side(side).to_string(),
                Verdict::OnlyAvailable { side } => {
                    format!("{} (the only option)", text::side(side))
                }
                Verdict::Equal => "Same cost".into(),
                Verdict::NeitherAvailable => "Neither is sold".into(),
            };
            cells.extend([
                format::minutes(quote.minutes_per_organizer),
                summary.total_per_user,
                summary.total_ppm,
                summary.total_mixed,
                cheaper,
                summary.savings,
            ]);
        }
        None => cells.extend(std::iter::repeat_n(
            "Can't be priced with this rate card".to_string(),
            ROWS.len() - 4,
        )),
    }
    cells
}

const ROWS: [&str; 10] = [
    "Tenant country",
    "Organizers",
    "Groups",
    "Licence offer",
    "Phone minutes per organizer",
    "Per-user licence, a month",
    "Pay-per-minute, a month",
    "Best mix, a month",
    "Cheaper option",
    "Savings",
];

/// Up to three copies of the scenario kept side by side with the one being edited; each cell
/// that differs from the edited scenario's is highlighted.
#[component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let current = column(&props.scenario, Some(&props.quote));
    let others: Vec<Vec<String>> = props
        .compared
        .iter()
        .map(|c| column(&c.scenario, c.quote.as_deref()))
        .collect();
    let on_add = props.on_action.reform(|_: MouseEvent| Action::Compare);
    let full = props.compared.len() >= MAX_COMPARED;
    html! {
        <section class={classes!("panel", "comparison", props.compared.is_empty().then_some("empty"))} aria-labelledby="compare-title">
            <h2 id="compare-title">{"Compare scenarios"}</h2>
            <p class="hint">{"Keep a copy of this scenario, change it, and see both side by side (up to three copies; the share link carries them). Highlighted cells differ from the scenario you are editing."}</p>
            <button type="button" class="add" data-testid="compare-add" onclick={on_add} disabled={full}>
                {if full { "Three scenarios kept (remove one to keep another)" } else { "Keep this scenario for comparison" }}
            </button>
            if !props.compared.is_empty() {
                <div class="table-scroll">
                    <table data-testid="compare-table">
                        <caption class="visually-hidden">{"The scenario being edited and the ones kept, side by side"}</caption>
                        <thead>
                            <tr>
                                <td></td>
                                <th scope="col">{"Editing now"}</th>
                                { for props.compared.iter().enumerate().map(|(i, c)| {
                                    let on_rename = props.on_action.reform(move |e: InputEvent| {
                                        Action::RenameCompared(i, e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
                                    });
                                    html! {
                                        <th scope="col" data-testid="compare-column">
                                            <input type="text" aria-label={format!("Name of kept scenario {}", i + 1)} data-testid="compare-name"
                                                value={c.name.clone()} maxlength="60" oninput={on_rename} />
                                            <span class="compare-actions">
                                                <button type="button" data-testid="compare-open" aria-label={format!("Edit {}", c.name)}
                                                    onclick={props.on_action.reform(move |_: MouseEvent| Action::OpenCompared(i))}>{"Edit"}</button>
                                                <button type="button" data-testid="compare-remove" aria-label={format!("Remove {}", c.name)}
                                                    onclick={props.on_action.reform(move |_: MouseEvent| Action::RemoveCompared(i))}>{"Remove"}</button>
                                            </span>
                                        </th>
                                    }
                                }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for ROWS.iter().enumerate().map(|(r, label)| html! {
                                <tr>
                                    <th scope="row">{*label}</th>
                                    <td>{&current[r]}</td>
                                    { for others.iter().map(|cells| {
                                        let differs = cells[r] != current[r];
                                        html! {
                                            <td class={classes!(differs.then_some("differs"))}>
                                                {&cells[r]}
                                                if differs { <span class="visually-hidden">{" (differs)"}</span> }
                                            </td>
                                        }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            }
        </section>
    }
}
