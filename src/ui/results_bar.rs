use yew::prelude::*;

use crate::i18n::text;
use crate::i18n::{Lang, Msg};
use crate::pricing::{Quote, Scenario, Side};

/// The answer kept in view on narrow screens, where the results are far down the page: both
/// monthly totals and the verdict, at the bottom of the window (static/style.css). It repeats
/// what the results say (aloud too, through their live region), so it is hidden from screen
/// readers. `stale`: some input is invalid, the figures are the last valid quote's.
pub fn results_bar(lang: Lang, quote: &Quote, scenario: &Scenario, stale: bool) -> Html {
    let cheaper = quote.verdict.favours();
    let total = |side: Side, testid: &'static str| {
        let option = match side {
            Side::PerUser => &quote.per_user,
            Side::PayPerMinute => &quote.pay_per_minute,
        };
        html! {
            <p class={classes!("bar-total", (cheaper == Some(side)).then_some("cheaper"))}>
                <span class="bar-side">{text::side(lang, side)}</span>{" "}
                <span class="bar-amount" data-testid={testid}>{text::monthly_total(lang, option, &quote.currency)}</span>
            </p>
        }
    };
    html! {
        <aside class={classes!("results-bar", stale.then_some("stale"))} aria-hidden="true">
            { total(Side::PerUser, "bar-per-user") }
            { total(Side::PayPerMinute, "bar-ppm") }
            <p class="bar-verdict">
                if stale { <span class="stale-note">{lang.t(Msg::BarStale)}</span>{" "} }
                <span data-testid="bar-verdict">{text::short_verdict(lang, quote, scenario)}</span>
            </p>
        </aside>
    }
}
