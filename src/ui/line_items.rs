use std::rc::Rc;

use yew::prelude::*;

use crate::format;
use crate::pricing::{OptionQuote, Quote, Scenario};
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
    let table = |option: &OptionQuote| {
        let Some(priced) = option.priced() else {
            return Html::default();
        };
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
                    <caption>{format!("{}: {}", text::side(option.side), text::offer(option.preset))}</caption>
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
            { table(&props.quote.per_user) }
            { table(&props.quote.pay_per_minute) }
        </details>
    }
}
