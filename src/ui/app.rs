use std::rc::Rc;

use yew::prelude::*;

use super::assumptions::Assumptions;
use super::country_lists::CountryLists;
use super::line_items::LineItems;
use super::offer_panel::OfferPanel;
use super::results::Results;
use super::tenant_panel::TenantPanel;
use super::usage_table::UsageTable;
use crate::pricing::scenario::OfferField;
use crate::pricing::{Field, Side};
use crate::state::{Action, State};
use crate::text;

/// The calculator: inputs on one side, the comparison on the other, recomputed on every keystroke.
#[component]
pub fn App() -> Html {
    let state = use_reducer(State::default);
    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let error = |field: Field| state.error(field).map(AttrValue::from);
    let form = &state.form;
    let group = form.groups.first();
    let group_text = |get: fn(&crate::state::GroupForm) -> &String| {
        AttrValue::from(group.map_or_else(String::new, |g| get(g).clone()))
    };
    let on_reset = on_action.reform(|_: MouseEvent| Action::Reset);
    html! {
        <div class="calculator">
            <header class="masthead">
                <h1>{"Teams Audio Conferencing cost calculator"}</h1>
                <p class="lede">{"Per-user licence or pay-per-minute? Describe your meetings' phone calls and see which costs less, by how much, and why."}</p>
                <p class="notice" data-testid="rate-card-notice" role="note">{text::rate_card_notice(&state.card)}</p>
            </header>
            <CountryLists card={Rc::clone(&state.card)} />
            <main class="layout">
                <form class="inputs" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
                    <TenantPanel
                        country={form.tenant_country.clone()}
                        organizers={group_text(|g| &g.organizers)}
                        licences={group_text(|g| &g.licences)}
                        term_months={form.term_months.clone()}
                        country_error={error(Field::TenantCountry)}
                        organizers_error={error(Field::Organizers(0))}
                        licences_error={error(Field::Licences(0))}
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
                </form>
                <div class="outputs">
                    <Results quote={Rc::clone(&state.quote)} scenario={Rc::clone(&state.scenario)} stale={!state.errors.is_empty()} />
                </div>
                <div class="usage-area">
                    <UsageTable group={0} lines={group.map(|g| g.lines.clone()).unwrap_or_default()}
                        errors={state.errors.clone()} on_action={on_action.clone()} />
                    <button type="button" class="reset" data-testid="reset" onclick={on_reset}>{"Start over"}</button>
                </div>
                <div class="details">
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
