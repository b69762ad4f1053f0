use std::rc::Rc;

use yew::prelude::*;

use super::break_even_chart::BreakEvenChart;
use super::growth::Growth;
use super::pool_gauge::PoolGauge;
use crate::pricing::{OptionQuote, Outcome, Quote, Scenario, Verdict};
use crate::text::{self, Summary};

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub quote: Rc<Quote>,
    pub scenario: Rc<Scenario>,
    /// Some input is invalid: the figures are the last valid quote's.
    pub stale: bool,
}

/// Both options side by side, the verdict, the break-even, the pool and the warnings.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    let quote = &props.quote;
    let summary = Summary::new(quote, &props.scenario);
    let cheaper = match quote.verdict {
        Verdict::Cheaper { side, .. } | Verdict::OnlyAvailable { side } => Some(side),
        Verdict::Equal | Verdict::NeitherAvailable => None,
    };
    let real_mix = quote.mixed.as_ref().is_some_and(|m| !m.is_pure());
    let card = |option: &OptionQuote, monthly: &str, term: &str, testid: &'static str| {
        let reason = match &option.outcome {
            Outcome::Unavailable { reason } => {
                Some(text::unavailable(*reason, quote.tenant_country))
            }
            Outcome::Priced(_) => None,
        };
        html! {
            <section class={classes!("option", (cheaper == Some(option.side)).then_some("cheaper"))}
                aria-labelledby={format!("{testid}-title")}>
                <h3 id={format!("{testid}-title")}>{text::side(option.side)}</h3>
                <p class="offer-name">{text::offer(option.preset)}</p>
                <p class="monthly"><span data-testid={testid}>{monthly}</span><span class="per">{" a month"}</span></p>
                <p class="term">{format!("{term} over {}", text::term(quote.term_months))}</p>
                if let Some(reason) = reason { <p class="unavailable">{reason}</p> }
                if cheaper == Some(option.side) { <p class="badge">{"Cheaper"}</p> }
            </section>
        }
    };
    html! {
        <section class={classes!("results", props.stale.then_some("stale"))} aria-labelledby="results-title">
            <h2 id="results-title">{"What it costs"}</h2>
            if props.stale {
                <p class="stale-note" role="status">{"Showing the last valid quote: fix the marked field to update it."}</p>
            }
            <div class="options" aria-live="polite">
                { card(&quote.per_user, &summary.total_per_user, &summary.term_per_user, "total-per-user") }
                { card(&quote.pay_per_minute, &summary.total_ppm, &summary.term_ppm, "total-ppm") }
                <section class={classes!("option", "mix", real_mix.then_some("cheaper"))} aria-labelledby="total-mixed-title">
                    <h3 id="total-mixed-title">{"Best mix"}</h3>
                    <p class="offer-name">{"Each group on the option that makes the tenant's total lowest, sharing one pool"}</p>
                    <p class="monthly"><span data-testid="total-mixed">{&summary.total_mixed}</span><span class="per">{" a month"}</span></p>
                    <p class="term">{format!("{} over {}", summary.term_mixed, text::term(quote.term_months))}</p>
                    <p class="mix-detail" data-testid="mix-detail">{&summary.mix}</p>
                    if real_mix { <p class="badge">{"Cheapest"}</p> }
                </section>
            </div>
            <div class="verdict-box">
                <p class="verdict" data-testid="verdict">{&summary.verdict}</p>
                <p><strong>{"Savings: "}</strong><span data-testid="savings">{&summary.savings}</span></p>
                <p><strong>{"Break-even: "}</strong><span data-testid="break-even">{&summary.break_even}</span></p>
                if let Some(pool) = &summary.pool { <p class="pool" data-testid="pool">{pool}</p> }
                if let Some(pool) = quote.per_user.priced().and_then(|p| p.pool.clone()) {
                    <PoolGauge {pool} />
                }
            </div>
            <BreakEvenChart quote={Rc::clone(quote)} />
            <Growth quote={Rc::clone(quote)} />
            <div data-testid="warnings" class="warnings">
                if !summary.warnings.is_empty() {
                    <h3>{"Warnings"}</h3>
                    <ul>{ for summary.warnings.iter().map(|w| html! { <li>{w}</li> }) }</ul>
                }
            </div>
        </section>
    }
}
