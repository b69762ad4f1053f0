use std::rc::Rc;

use yew::prelude::*;

use super::rendered;

use super::use_lang;
use crate::i18n::Msg;

use crate::i18n::text;
use crate::pricing::{RateCard, Scenario};

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
    rendered("PrintSummary");
    let lang = use_lang();
    let s = &props.scenario;
    let currency = props.card.currency.as_ref();
    let per_month = |price| {
        lang.tf(
            Msg::PrintPerOrganizer,
            &[("price", &lang.money(price, currency))],
        )
    };
    html! {
        <section class="print-only print-summary" aria-hidden="true">
            <p>{lang.tf(Msg::PrintPrepared, &[("date", &props.date)])}</p>
            <table>
                <tbody>
                    <tr><th>{lang.t(Msg::TenantCountry)}</th><td>{lang.country_label(s.tenant_country)}</td></tr>
                    <tr><th>{lang.t(Msg::SidePerUser)}</th><td>{format!("{}, {}", text::offer(lang, s.per_user.preset), per_month(s.per_user.price))}</td></tr>
                    <tr><th>{lang.t(Msg::PrintPpmFee)}</th><td>{per_month(s.pay_per_minute.price)}</td></tr>
                    <tr><th>{lang.t(Msg::PrintTerm)}</th><td>{text::term(lang, s.term_months)}</td></tr>
                    <tr><th>{lang.t(Msg::ChannelLabel)}</th><td>{text::channel(lang, s.channel)}</td></tr>
                    <tr><th>{lang.t(Msg::RoundingLabel)}</th><td>{text::rounding(lang, s.rounding)}</td></tr>
                    { for s.groups.iter().enumerate().map(|(i, g)| html! {
                        <tr><th>{text::scenario_group_name(lang, s, i).into_owned()}</th><td>{text::print_group(lang, g)}</td></tr>
                    }) }
                    { for s.groups.iter().enumerate().flat_map(|(n, g)| g.usage.iter().enumerate().map(move |(i, l)| (n, i, l))).map(|(n, i, l)| html! {
                        <tr><th>{lang.tf(Msg::PrintLine, &[("group", &text::scenario_group_name(lang, s, n)), ("n", &(i + 1).to_string())])}</th><td>{lang.tf(Msg::PrintLineText, &[("what", &text::line_label(lang, l.kind, l.country, l.phone)), ("calls", &lang.editable(l.calls.normalize())), ("basis", text::basis(lang, l.basis)), ("minutes", &lang.editable(l.minutes_per_call.normalize()))])}</td></tr>
                    }) }
                </tbody>
            </table>
            <p class="print-link">{lang.t(Msg::PrintReopen)}{" "}{&props.link}</p>
        </section>
    }
}
