use std::rc::Rc;

use yew::prelude::*;

use crate::format;
use crate::pricing::{RateCard, Scenario};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct PrintSummaryProps {
    pub scenario: Rc<Scenario>,
    pub card: Rc<RateCard>,
    pub link: AttrValue,
    pub date: AttrValue,
}

/// Shown only on paper (see the print stylesheet): the inputs as text instead of form
/// controls, with the date, the rate card and the link that reopens the quote.
#[component]
pub fn PrintSummary(props: &PrintSummaryProps) -> Html {
    let s = &props.scenario;
    let currency = props.card.currency.as_ref();
    html! {
        <section class="print-only print-summary" aria-hidden="true">
            <p>{format!("Quote prepared {}", props.date)}</p>
            <table>
                <tbody>
                    <tr><th>{"Tenant country"}</th><td>{s.tenant_country.label()}</td></tr>
                    <tr><th>{"Per-user licence"}</th><td>{format!("{}, {} per organizer per month", text::offer(s.per_user.preset), format::money(s.per_user.price, currency))}</td></tr>
                    <tr><th>{"Pay-per-minute fee"}</th><td>{format!("{} per organizer per month", format::money(s.pay_per_minute.price, currency))}</td></tr>
                    <tr><th>{"Term"}</th><td>{text::term(s.term_months)}</td></tr>
                    { for s.groups.iter().map(|g| html! {
                        <tr><th>{&g.name}</th><td>{format!("{} organizers, {} licences purchased", g.organizers, g.licences())}</td></tr>
                    }) }
                    { for s.groups.iter().flat_map(|g| g.usage.iter().enumerate().map(move |(i, l)| (g, i, l))).map(|(g, i, l)| html! {
                        <tr><th>{format!("{}, call mix line {}", g.name, i + 1)}</th><td>{format!("{}: {} calls {} x {} min", text::line_label(l.kind, l.country, l.phone), l.calls.normalize(), text::basis(l.basis), l.minutes_per_call.normalize())}</td></tr>
                    }) }
                </tbody>
            </table>
            <p class="print-link">{"Reopen this quote: "}{&props.link}</p>
        </section>
    }
}
