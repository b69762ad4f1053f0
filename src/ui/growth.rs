use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use crate::format;
use crate::pricing::Quote;
use crate::text;

#[derive(Properties, PartialEq)]
pub struct GrowthProps {
    pub quote: Rc<Quote>,
}

/// Usage growth to show: (label, scale of every line's calls).
const STEPS: [(&str, i64); 3] = [("Today", 100), ("+20% usage", 120), ("+50% usage", 150)];

/// What if usage grows? Both totals and the cheaper option at +20 % and +50 %, without retyping.
#[component]
pub fn Growth(props: &GrowthProps) -> Html {
    let currency = props.quote.currency.as_str();
    let show = |total: Option<Decimal>| {
        total.map_or_else(
            || "Not available".to_string(),
            |t| format::money(t, currency),
        )
    };
    html! {
        <table class="growth" data-testid="growth">
            <caption>{"If usage grows"}</caption>
            <thead><tr>
                <th scope="col">{"Usage"}</th>
                <th scope="col">{text::side(crate::pricing::Side::PerUser)}</th>
                <th scope="col">{text::side(crate::pricing::Side::PayPerMinute)}</th>
                <th scope="col">{"Cheaper"}</th>
            </tr></thead>
            <tbody>
                { for STEPS.iter().map(|(label, percent)| {
                    let (l, p) = props.quote.totals_at(Decimal::new(*percent, 2));
                    let cheaper = match (l, p) {
                        (Some(l), Some(p)) if l < p => text::side(crate::pricing::Side::PerUser),
                        (Some(l), Some(p)) if p < l => text::side(crate::pricing::Side::PayPerMinute),
                        (Some(_), Some(_)) => "Same",
                        _ => "—",
                    };
                    html! {
                        <tr>
                            <th scope="row">{*label}</th>
                            <td class="num">{show(l)}</td>
                            <td class="num">{show(p)}</td>
                            <td>{cheaper}</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
