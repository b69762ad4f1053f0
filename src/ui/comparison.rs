use std::rc::Rc;

use yew::prelude::*;

use super::rendered;

use super::use_lang;
use crate::i18n::{Lang, Msg};

use crate::i18n::text::{self, Summary};
use crate::pricing::{Quote, Scenario, Verdict};
use crate::share::MAX_COMPARED;
use crate::state::{Action, Compared};

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub scenario: Rc<Scenario>,
    pub quote: Rc<Quote>,
    pub compared: Vec<Compared>,
    pub on_action: Callback<Action>,
}

/// What a column shows for one scenario, row by row (`ROWS`).
fn column(lang: Lang, currency: &str, scenario: &Scenario, quote: Option<&Quote>) -> Vec<String> {
    let organizers: u64 = scenario
        .groups
        .iter()
        .map(|g| u64::from(g.organizers))
        .sum();
    let mut cells = vec![
        lang.country(scenario.tenant_country).into_owned(),
        lang.count(organizers),
        scenario.groups.len().to_string(),
        text::offer(lang, scenario.per_user.preset).to_string(),
        lang.money(scenario.per_user.price, currency),
        lang.money(scenario.pay_per_minute.price, currency),
        text::term(lang, scenario.term_months),
    ];
    let from_scenario = cells.len();
    match quote {
        Some(quote) => {
            let summary = Summary::new(lang, quote, scenario);
            let cheaper = match quote.verdict {
                Verdict::Cheaper { side, .. } => text::side(lang, side).to_string(),
                Verdict::OnlyAvailable { side } => lang.tf(
                    Msg::CompareOnlyOption,
                    &[("option", text::side(lang, side))],
                ),
                Verdict::Equal => lang.t(Msg::CompareSameCost).into(),
                Verdict::NeitherAvailable => lang.t(Msg::CompareNeither).into(),
                Verdict::Unequal { .. } => lang.t(Msg::CompareUnequal).into(),
            };
            cells.extend([
                lang.minutes(quote.minutes_per_organizer),
                summary.total_per_user,
                summary.total_ppm,
                summary.total_mixed,
                cheaper,
                summary.savings,
            ]);
        }
        None => cells.extend(std::iter::repeat_n(
            lang.t(Msg::CompareNotPriced).to_string(),
            ROWS.len() - from_scenario,
        )),
    }
    cells
}

const ROWS: [Msg; 13] = [
    Msg::CompareTenantCountry,
    Msg::CompareOrganizers,
    Msg::CompareGroups,
    Msg::CompareOffer,
    Msg::CompareLicencePrice,
    Msg::ComparePpmFee,
    Msg::CompareTerm,
    Msg::CompareMinutes,
    Msg::ComparePerUser,
    Msg::ComparePpm,
    Msg::CompareMix,
    Msg::CompareCheaper,
    Msg::CompareSavings,
];

/// Up to three copies of the scenario kept side by side with the one being edited; each cell
/// that differs from the edited scenario's is highlighted.
#[component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    rendered("Comparison");
    let lang = use_lang();
    // Every scenario is priced with the one card, in its currency.
    let currency = props.quote.currency.as_str();
    // Worded only when there is a table to show: this renders on every keystroke.
    let (current, others) = if props.compared.is_empty() {
        (Vec::new(), Vec::new())
    } else {
        (
            column(lang, currency, &props.scenario, Some(&props.quote)),
            props
                .compared
                .iter()
                .map(|c| column(lang, currency, &c.scenario, c.quote.as_deref()))
                .collect::<Vec<_>>(),
        )
    };
    let on_add = props.on_action.reform(|_: MouseEvent| Action::Compare);
    let full = props.compared.len() >= MAX_COMPARED;
    html! {
        <section class={classes!("panel", "comparison", props.compared.is_empty().then_some("empty"))} aria-labelledby="compare-title">
            <h2 id="compare-title">{lang.t(Msg::CompareTitle)}</h2>
            <p class="hint">{lang.t(Msg::CompareHint)}</p>
            <button type="button" class="add" data-testid="compare-add" onclick={on_add} disabled={full}>
                {lang.t(if full { Msg::CompareFull } else { Msg::CompareAdd })}
            </button>
            if !props.compared.is_empty() {
                <div class="table-scroll">
                    <table data-testid="compare-table">
                        <caption class="visually-hidden">{lang.t(Msg::CompareCaption)}</caption>
                        <thead>
                            <tr>
                                <td></td>
                                <th scope="col">{lang.t(Msg::CompareEditing)}</th>
                                { for props.compared.iter().enumerate().map(|(i, c)| {
                                    let on_rename = props.on_action.reform(move |e: InputEvent| {
                                        Action::RenameCompared(i, e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
                                    });
                                    html! {
                                        <th scope="col" data-testid="compare-column">
                                            <input type="text" aria-label={lang.tf(Msg::CompareNameLabel, &[("n", &(i + 1).to_string())])} data-testid="compare-name"
                                                value={c.name.clone()} maxlength="60" oninput={on_rename} />
                                            <span class="compare-actions">
                                                <button type="button" data-testid="compare-open" aria-label={lang.tf(Msg::CompareOpenLabel, &[("name", &c.name)])}
                                                    onclick={props.on_action.reform(move |_: MouseEvent| Action::OpenCompared(i))}>{lang.t(Msg::CompareOpen)}</button>
                                                <button type="button" data-testid="compare-remove" aria-label={lang.tf(Msg::CompareRemoveLabel, &[("name", &c.name)])}
                                                    onclick={props.on_action.reform(move |_: MouseEvent| Action::RemoveCompared(i))}>{lang.t(Msg::CompareRemove)}</button>
                                            </span>
                                        </th>
                                    }
                                }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for ROWS.iter().enumerate().map(|(r, label)| html! {
                                <tr>
                                    <th scope="row">{lang.t(*label)}</th>
                                    <td>{&current[r]}</td>
                                    { for others.iter().map(|cells| {
                                        let differs = cells[r] != current[r];
                                        html! {
                                            <td class={classes!(differs.then_some("differs"))}>
                                                {&cells[r]}
                                                if differs { <span class="visually-hidden">{" "}{lang.t(Msg::CompareDiffers)}</span> }
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
