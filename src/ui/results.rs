use std::rc::Rc;

use yew::prelude::*;

use super::rendered;

use super::use_lang;
use crate::i18n::Msg;

use super::break_even_chart::BreakEvenChart;
use super::growth::growth;
use super::pool_gauge::pool_gauge;
use crate::i18n::text::{self, Summary};
use crate::pricing::{OptionQuote, Outcome, Quote, Scenario, Side, Verdict, Warning};
use crate::share::DisplayCurrency;
use rust_decimal::Decimal;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub quote: Rc<Quote>,
    pub scenario: Rc<Scenario>,
    /// Some input is invalid: the figures are the last valid quote's.
    pub stale: bool,
    /// Totals also shown in another currency.
    #[prop_or_default]
    pub display: Option<DisplayCurrency>,
}

/// Both options side by side, the verdict, the break-even, the pool and the warnings.
#[component]
pub fn Results(props: &ResultsProps) -> Html {
    rendered("Results");
    let quote = &props.quote;
    let lang = use_lang();
    let summary = Summary::new(lang, quote, &props.scenario);
    // Another currency's figure below a total, marked approximate; the card's stays first.
    let converted = |amount: Option<Decimal>, testid: &str| match (&props.display, amount) {
        (Some(d), Some(amount)) if d.currency != quote.currency => html! {
            <p class="converted" data-testid={format!("{testid}-converted")}>{lang.tf(Msg::DisplayConverted, &[
                ("amount", &lang.money(amount * d.rate, &d.currency)),
                ("from", &quote.currency), ("rate", &lang.editable(d.rate)), ("to", &d.currency)])}</p>
        },
        _ => Html::default(),
    };
    // "a month" and "… over 12 months" only beside an amount: "Not available" stands alone.
    let per_month = |priced: bool| {
        if priced {
            format!(" {}", lang.t(Msg::ResultsAMonth))
        } else {
            String::new()
        }
    };
    let over = |total: &str, priced: bool| {
        if priced {
            lang.tf(
                Msg::ResultsOver,
                &[
                    ("total", total),
                    ("term", &text::term(lang, quote.term_months)),
                ],
            )
        } else {
            String::new()
        }
    };
    let cheaper = quote.verdict.favours();
    // "Cheaper" when it is; the only option sold is not cheaper than anything.
    let badge = lang.t(match quote.verdict {
        Verdict::Cheaper { .. } => Msg::ResultsCheaper,
        _ => Msg::ResultsOnlyOption,
    });
    // Each option's card says why it can't be bought; the list holds everything else.
    let warnings: Vec<String> = quote
        .warnings
        .iter()
        .filter(|w| !matches!(w, Warning::Unavailable { .. } | Warning::ChannelUnconfirmed))
        .map(|w| text::warning(lang, w, &props.scenario))
        .collect();
    let real_mix = quote.mixed.as_ref().is_some_and(|m| !m.is_pure());

    let card = |option: &OptionQuote, monthly: &str, term: &str, testid: &'static str| {
        // Why this option can't be bought; when neither can, the verdict says it once.
        let reason = match &option.outcome {
            Outcome::Unavailable { reason } if quote.verdict != Verdict::NeitherAvailable => {
                Some(text::unavailable(lang, *reason, quote.tenant_country))
            }
            _ => None,
        };
        html! {
            <section class={classes!("option", (cheaper == Some(option.side)).then_some("cheaper"))}
                aria-labelledby={format!("{testid}-title")}>
                <h3 id={format!("{testid}-title")}>{text::side(lang, option.side)}</h3>
                <p class="offer-name">{text::offer(lang, option.preset)}</p>
                // `elementtiming`: scripts/bench-browser.mjs reads when this figure is first painted.
                <p class="monthly" elementtiming={testid}><span data-testid={testid}>{monthly}</span><span class="per">{per_month(option.monthly().is_some())}</span></p>
                <p class="term">{over(term, option.monthly().is_some())}</p>
                { converted(option.monthly(), testid) }
                if let Some(reason) = reason { <p class="unavailable">{reason}</p> }
                // Pay-per-minute priced for a buyer who may not be able to buy it.
                if option.side == Side::PayPerMinute && quote.warnings.contains(&Warning::ChannelUnconfirmed) {
                    <p class="channel-note" data-testid="channel-note">{lang.t(Msg::WarningChannelUnconfirmed)}</p>
                }
                if cheaper == Some(option.side) { <p class="badge">{badge}</p> }
            </section>
        }
    };
    // Focusable: beside the form on wide screens the results scroll on their own when taller
    // than the window (static/style.css), and the keyboard must reach that too.
    html! {
        <section class={classes!("results", props.stale.then_some("stale"))} aria-labelledby="results-title" tabindex="0">
            <h2 id="results-title">{lang.t(Msg::ResultsTitle)}</h2>
            if props.stale {
                <p class="stale-note" role="status">{lang.t(Msg::ResultsStale)}</p>
            }
            <div class="options" aria-live="polite">
                { card(&quote.per_user, &summary.total_per_user, &summary.term_per_user, "total-per-user") }
                { card(&quote.pay_per_minute, &summary.total_ppm, &summary.term_ppm, "total-ppm") }
                <section class={classes!("option", "mix", real_mix.then_some("cheaper"))} aria-labelledby="total-mixed-title">
                    <h3 id="total-mixed-title">{lang.t(Msg::ResultsBestMix)}</h3>
                    <p class="offer-name">{lang.t(Msg::ResultsBestMixWhat)}</p>
                    <p class="monthly"><span data-testid="total-mixed">{&summary.total_mixed}</span><span class="per">{per_month(quote.mixed.is_some())}</span></p>
                    <p class="term">{over(&summary.term_mixed, quote.mixed.is_some())}</p>
                    { converted(quote.mixed.as_ref().map(|m| m.monthly), "total-mixed") }
                    <p class="mix-detail" data-testid="mix-detail">{&summary.mix}</p>
                    if real_mix { <p class="badge">{lang.t(Msg::ResultsCheapest)}</p> }
                </section>
            </div>
            <div class="verdict-box">
                <p class="verdict" data-testid="verdict">{&summary.verdict}</p>
                <p><strong>{lang.t(Msg::ResultsSavings)}{" "}</strong><span data-testid="savings">{&summary.savings}</span></p>
                <p><strong>{lang.t(Msg::ResultsBreakEven)}{" "}</strong><span data-testid="break-even">{&summary.break_even}</span></p>
                if let Some(pool) = &summary.pool { <p class="pool" data-testid="pool">{pool}</p> }
                if let Some(pool) = quote.per_user.priced().and_then(|p| p.pool.clone()) {
                    { pool_gauge(lang, &pool) }
                }
            </div>
            if !summary.credits.is_empty() {
                <div class="credits" data-testid="credits">
                    <h3>{lang.t(Msg::CreditsTitle)}</h3>
                    <ul>{ for summary.credits.iter().map(|c| html! { <li>{c}</li> }) }</ul>
                </div>
            }
            // Right after the verdict, which they qualify (lines left out, what a country lacks).
            <div data-testid="warnings" class="warnings">
                if !warnings.is_empty() {
                    <h3>{lang.t(Msg::ResultsWarnings)}</h3>
                    <ul>{ for warnings.iter().map(|w| html! { <li>{w}</li> }) }</ul>
                }
            </div>
            <BreakEvenChart quote={Rc::clone(quote)} />
            { growth(lang, quote) }
        </section>
    }
}
