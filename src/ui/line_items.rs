use std::rc::Rc;

use yew::prelude::*;

use super::rendered;

use super::use_lang;
use crate::i18n::Msg;

use crate::i18n::text;
use crate::pricing::{Inclusion, LicenceCharge, Priced, Quote, Scenario, Side};

#[derive(Properties, PartialEq)]
pub struct LineItemsProps {
    pub quote: Rc<Quote>,
    pub scenario: Rc<Scenario>,
}

/// How every figure was computed: minutes, billed minutes, what the licence or pool covers,
/// the rate and the amount, per option.
#[component]
pub fn LineItems(props: &LineItemsProps) -> Html {
    rendered("LineItems");
    let lang = use_lang();
    let currency = props.quote.currency.as_str();
    let several = props.scenario.groups.len() > 1;
    let table = |caption: String, priced: &Priced| {
        let group_name = |g: usize| text::scenario_group_name(lang, &props.scenario, g);
        html! {
            <div class="line-items-table">
                <table>
                    <caption>{caption}</caption>
                    <thead><tr>
                        <th scope="col">{lang.t(Msg::ItemsItem)}</th><th scope="col">{lang.t(Msg::ItemsBilled)}</th><th scope="col">{lang.t(Msg::ItemsIncluded)}</th>
                        <th scope="col">{lang.t(Msg::ItemsPool)}</th><th scope="col">{lang.t(Msg::ItemsCharged)}</th><th scope="col">{lang.t(Msg::ItemsRate)}</th>
                        <th scope="col">{lang.t(Msg::ItemsAmount)}</th>
                    </tr></thead>
                    <tbody>
                        { for priced.licence_items.iter().map(|item| html! {
                            <tr>
                                <th scope="row">{lang.tf(match (item.charge, item.side) {
                                    (LicenceCharge::UsCanAddOn, _) => Msg::ItemsAddOn,
                                    (LicenceCharge::Licence, Side::PerUser) => Msg::ItemsLicences,
                                    (LicenceCharge::Licence, Side::PayPerMinute) => Msg::ItemsOrganizerFee,
                                }, &[("group", &group_name(item.group)), ("n", &lang.count(item.licences)), ("price", &lang.money(item.price, currency))])}</th>
                                <td colspan="5"></td>
                                <td class="num">{lang.money(item.amount, currency)}</td>
                            </tr>
                        }) }
                        { for priced.usage_items.iter().map(|item| html! {
                            <tr class={classes!(item.amount.is_none().then_some("not-priced"))}>
                                <th scope="row">
                                    if several { {format!("{}: ", group_name(item.group))} }
                                    {text::line_label(lang, item.kind, item.country, item.phone)}
                                    if item.owned { <small class="owned">{format!(" ({})", lang.t(Msg::LineOwned))}</small> }
                                    if item.included_by == Some(Inclusion::UsCanAddOn) { <small class="add-on">{format!(" ({})", lang.t(Msg::IncludedAddOn))}</small> }
                                    <small>{lang.tf(Msg::ItemsCalls, &[("calls", &lang.minutes(item.calls)), ("minutes", &lang.minutes(item.billed_minutes_per_call))])}</small>
                                </th>
                                <td class="num">{lang.minutes(item.billed_minutes)}</td>
                                <td class="num">{lang.minutes(item.included_minutes)}</td>
                                <td class="num">{lang.minutes(item.pool_minutes)}</td>
                                <td class="num">{lang.minutes(item.charged_minutes)}</td>
                                <td class="num">{item.rate.map_or_else(|| lang.t(Msg::ItemsNoRate).into(), |r| text::rate(lang, &r, currency))}</td>
                                <td class="num">{item.amount.map_or_else(|| lang.t(Msg::ItemsNotPriced).into(), |a| lang.money(a, currency))}</td>
                            </tr>
                        }) }
                    </tbody>
                    <tfoot><tr>
                        <th scope="row">{lang.t(Msg::ItemsTotal)}</th><td colspan="5"></td>
                        <td class="num">{lang.money(priced.monthly, currency)}</td>
                    </tr></tfoot>
                </table>
            </div>
        }
    };
    html! {
        <details class="panel line-items" data-testid="line-items">
            <summary>{lang.t(Msg::ItemsTitle)}</summary>
            { for [&props.quote.per_user, &props.quote.pay_per_minute].into_iter().filter_map(|option| {
                option.priced().map(|priced| table(format!("{}: {}", text::side(lang, option.side), text::offer(lang, option.preset)), priced))
            }) }
            if let Some(priced) = props.quote.mixed.as_ref().and_then(|m| m.priced.as_deref()) {
                { table(lang.t(Msg::ItemsMixCaption).into(), priced) }
            }
        </details>
    }
}
