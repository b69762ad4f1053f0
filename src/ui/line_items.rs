use std::rc::Rc;

use yew::prelude::*;

use crate::format;
use crate::pricing::{Priced, Quote, Scenario};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct LineItemsProps {
    pub quote: Rc<Quote>,
    pub scenario: Rc<Scenario>,
}

/// How every figure was computed: minutes, billed minutes, what the licence or pool covers,
/// the rate and the amount, per option.
#[component]
pub fn LineItems(props: &LineItemsProps) -> Html {
    let currency = props.quote.currency.as_str();
    let several = props.scenario.groups.len() > 1;
    let table = |caption: String, priced: &Priced| {
        let group_name = |g: usize| {
            props
                .scenario
                .groups
                .get(g)
                .map_or("", |group| group.name.as_str())
                .to_string()
        };
        html! {
            <div class="line-items-table">
                <table>
                    <caption>{caption}</caption>
                    <thead><tr>
                        <th scope="col">{"Item"}</th><th scope="col">{"Billed min"}</th><th scope="col">{"Included"}</th>
                        <th scope="col">{"Pool"}</th><th scope="col">{"Charged min"}</th><th scope="col">{"Rate / min"}</th>
                        <th scope="col">{"Amount"}</th>
                    </tr></thead>
                    <tbody>
                        { for priced.licence_items.iter().map(|item| html! {
                            <tr>
                                <th scope="row">{format!("{}: {} licences x {}", group_name(item.group), format::group_digits(&item.licences.to_string()), format::money(item.price, currency))}</th>
                                <td colspan="5"></td>
                                <td class="num">{format::money(item.amount, currency)}</td>
                            </tr>
                        }) }
                        { for priced.usage_items.iter().map(|item| html! {
                            <tr class={classes!(item.amount.is_none().then_some("not-priced"))}>
                                <th scope="row">
                                    if several { {format!("{}: ", group_name(item.group))} }
                                    {text::line_label(item.kind, item.country, item.phone)}
                                    <small>{format!("{} calls x {} min", format::minutes(item.calls), format::minutes(item.billed_minutes_per_call))}</small>
                                </th>
                                <td class="num">{format::minutes(item.billed_minutes)}</td>
                                <td class="num">{format::minutes(item.included_minutes)}</td>
                                <td class="num">{format::minutes(item.pool_minutes)}</td>
                                <td class="num">{format::minutes(item.charged_minutes)}</td>
                                <td class="num">{item.rate.map_or_else(|| "not available".into(), |r| format::rate(r.per_minute, currency))}</td>
                                <td class="num">{item.amount.map_or_else(|| "not priced".into(), |a| format::money(a, currency))}</td>
                            </tr>
                        }) }
                    </tbody>
                    <tfoot><tr>
                        <th scope="row">{"Total per month"}</th><td colspan="5"></td>
                        <td class="num">{format::money(priced.monthly, currency)}</td>
                    </tr></tfoot>
                </table>
            </div>
        }
    };
    html! {
        <details class="panel line-items" data-testid="line-items">
            <summary>{"Line items: how each figure is computed"}</summary>
            { for [&props.quote.per_user, &props.quote.pay_per_minute].into_iter().filter_map(|option| {
                option.priced().map(|priced| table(format!("{}: {}", text::side(option.side), text::offer(option.preset)), priced))
            }) }
            if let Some(priced) = props.quote.mixed.as_ref().and_then(|m| m.priced.as_deref()) {
                { table("Best mix: each group on its side, one shared pool".into(), priced) }
            }
        </details>
    }
}
