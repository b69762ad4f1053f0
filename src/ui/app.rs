use std::rc::Rc;

use yew::prelude::*;

use gloo_timers::callback::Timeout;

use super::assumptions::Assumptions;
use super::browser;
use super::comparison::Comparison;
use super::country_lists::CountryLists;
use super::group_panel::GroupPanel;
use super::line_items::LineItems;
use super::offer_panel::OfferPanel;
use super::preset_picker::PresetPicker;
use super::print_summary::PrintSummary;
use super::quote_actions::QuoteActions;
use super::rate_card_panel::RateCardPanel;
use super::results::Results;
use super::tenant_panel::TenantPanel;
use super::theme_picker::ThemePicker;
use crate::io::quote_csv::quote_csv;
use crate::pricing::scenario::limits::MAX_GROUPS;
use crate::pricing::scenario::OfferField;
use crate::pricing::{Field, Side};
use crate::share;
use crate::state::{Action, State};
use crate::text;

/// The calculator: inputs on one side, the comparison on the other, recomputed on every keystroke.
#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        State::restore(browser::fragment().as_deref(), browser::stored().as_deref())
    });
    let fragment = AttrValue::from(share::encode(&state.saved()));
    let debounce = use_mut_ref(|| None::<Timeout>);
    use_effect_with(fragment.clone(), move |fragment| {
        browser::store(fragment);
        // Replacing the pending timeout drops (cancels) it: one history update per pause.
        let fragment = fragment.clone();
        *debounce.borrow_mut() = Some(Timeout::new(400, move || {
            browser::replace_fragment(&fragment)
        }));
    });
    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let error = |field: Field| state.error(field).map(AttrValue::from);
    let form = &state.form;
    use_effect_with((), |()| browser::open_details_when_printing());
    let on_reset = on_action.reform(|_: MouseEvent| Action::Reset);
    let on_export = {
        let (state, fragment) = (state.clone(), fragment.clone());
        Callback::from(move |()| {
            let link = browser::link_with(&fragment);
            let csv = quote_csv(
                &state.scenario,
                &state.card,
                &state.quote,
                &browser::today(),
                link.as_deref(),
            );
            browser::download(
                "audio-conferencing-quote.csv",
                "text/csv;charset=utf-8",
                &csv,
            );
        })
    };
    html! {
        <div class="calculator">
            <header class="masthead">
                <ThemePicker />
                <h1>{"Teams Audio Conferencing cost calculator"}</h1>
                <p class="lede">{"Per-user licence or pay-per-minute? Describe your meetings' phone calls and see which costs less, by how much, and why."}</p>
                <p class="notice" data-testid="rate-card-notice" role="note">{text::rate_card_notice(&state.card)}</p>
                if let Some(notice) = &state.notice {
                    <p class="notice problem" data-testid="notice" role="alert">
                        {notice}{" "}
                        <button type="button" onclick={on_action.reform(|_: MouseEvent| Action::DismissNotice)}>{"Dismiss"}</button>
                    </p>
                }
                <PresetPicker on_action={on_action.clone()} />
                <QuoteActions fragment={fragment.clone()} on_export={on_export} />
                <PrintSummary scenario={Rc::clone(&state.scenario)} card={Rc::clone(&state.card)}
                    link={browser::link_with(&fragment).unwrap_or_default()} date={browser::today()} />
            </header>
            <CountryLists card={Rc::clone(&state.card)} />
            <main class="layout">
                <form class="inputs" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
                    <TenantPanel
                        country={form.tenant_country.clone()}
                        term_months={form.term_months.clone()}
                        country_error={error(Field::TenantCountry)}
                        term_error={error(Field::TermMonths)}
                        on_action={on_action.clone()} />
                    <OfferPanel
                        offer={form.offer}
                        currency={state.card.currency.to_string()}
                        licence_price={form.licence_price.clone()}
                        ppm_price={form.ppm_price.clone()}
                        licence_price_error={error(Field::Offer(Side::PerUser, OfferField::Price))}
                        ppm_price_error={error(Field::Offer(Side::PayPerMinute, OfferField::Price))}
                        on_action={on_action.clone()} />
                    <RateCardPanel card={Rc::clone(&state.card)} imported={state.imported} on_action={on_action.clone()} />
                </form>
                <div class="outputs">
                    <Results quote={Rc::clone(&state.quote)} scenario={Rc::clone(&state.scenario)} stale={!state.errors.is_empty()} />
                </div>
                <div class="usage-area">
                    { for form.groups.iter().enumerate().map(|(g, group)| html! {
                        <GroupPanel index={g} group={group.clone()} errors={state.errors.clone()}
                            removable={form.groups.len() > 1} on_action={on_action.clone()} />
                    }) }
                    <p class="group-actions">
                        <button type="button" class="add" data-testid="add-group" disabled={form.groups.len() >= MAX_GROUPS}
                            onclick={on_action.reform(|_: MouseEvent| Action::AddGroup)}>{"+ Add an organizer group"}</button>
                        <span class="hint">{"Groups with different call habits (up to 8) can each take the cheaper option: see Best mix."}</span>
                    </p>
                    <button type="button" class="reset" data-testid="reset" onclick={on_reset}>{"Start over"}</button>
                </div>
                <div class="details">
                    <Comparison scenario={Rc::clone(&state.scenario)} quote={Rc::clone(&state.quote)}
                        compared={state.compared.clone()} on_action={on_action.clone()} />
                    <LineItems quote={Rc::clone(&state.quote)} scenario={Rc::clone(&state.scenario)} />
                    <Assumptions card={Rc::clone(&state.card)} tenant={state.scenario.tenant_country} />
                </div>
            </main>
            <footer class="sources">
                <p>{"Availability, Zone A and licence rules from Microsoft's documentation (see data/ in the source). Everything is computed in your browser; nothing you enter leaves it."}</p>
            </footer>
        </div>
    }
}
