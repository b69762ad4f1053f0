use rust_decimal::Decimal;
use yew::prelude::*;

use crate::i18n::{text, Lang, Msg};
use crate::pricing::{Quote, Side};

/// Usage growth to show: (label, scale of every line's calls).
const STEPS: [(Msg, i64); 3] = [
    (Msg::GrowthToday, 100),
    (Msg::GrowthPlus20, 120),
    (Msg::GrowthPlus50, 150),
];

/// What if usage grows? Both totals and the cheaper option at +20 % and +50 %, without retyping.
/// A view, not a component: it shows part of the quote, and renders when the results do.
pub fn growth(lang: Lang, quote: &Quote) -> Html {
    let currency = quote.currency.as_str();
    let show = |total: Option<Decimal>| {
        total.map_or_else(
            || lang.t(Msg::NotAvailable).to_string(),
            |t| lang.money(t, currency),
        )
    };
    let side = |s| text::side(lang, s);
    html! {
        <div class="table-scroll"><table class="growth" data-testid="growth">
            <caption>{lang.t(Msg::GrowthCaption)}</caption>
            <thead><tr>
                <th scope="col">{lang.t(Msg::GrowthUsage)}</th>
                <th scope="col">{side(Side::PerUser)}</th>
                <th scope="col">{side(Side::PayPerMinute)}</th>
                <th scope="col">{lang.t(Msg::GrowthCheaper)}</th>
            </tr></thead>
            <tbody>
                { for STEPS.iter().map(|(label, percent)| {
                    let (l, p) = quote.totals_at(Decimal::new(*percent, 2));
                    let cheaper = match (l, p) {
                        // Totals of different calls name no winner.
                        _ if !quote.verdict.comparable() => "—",
                        (Some(l), Some(p)) if l < p => side(Side::PerUser),
                        (Some(l), Some(p)) if p < l => side(Side::PayPerMinute),
                        (Some(_), Some(_)) => lang.t(Msg::GrowthSame),
                        _ => "—",
                    };
                    html! {
                        <tr>
                            <th scope="row">{lang.t(*label)}</th>
                            <td class="num">{show(l)}</td>
                            <td class="num">{show(p)}</td>
                            <td>{cheaper}</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table></div>
    }
}
