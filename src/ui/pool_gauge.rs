use rust_decimal::Decimal;
use yew::prelude::*;

use crate::i18n::{Lang, Msg};

use crate::pricing::quote::PoolUse;

/// How much of the tenant's dial-out pool the call mix uses, with the 80 % and 100 % marks at
/// which Microsoft alerts admins. SVG attributes, not inline styles (the page's CSP forbids them).
/// A view, not a component: it shows part of the quote, and renders when the results do.
pub fn pool_gauge(lang: Lang, pool: &PoolUse) -> Html {
    let share = pool.share_used.unwrap_or(Decimal::ZERO);
    // The bar is 300 units wide; Decimal, not f64, to keep float formatting out of the wasm.
    let filled = (share.min(Decimal::ONE).max(Decimal::ZERO) * Decimal::from(300)).round_dp(1);
    let beyond = (pool.eligible - pool.used).max(Decimal::ZERO);
    let level = if share >= Decimal::ONE {
        "full"
    } else if share >= Decimal::new(8, 1) {
        "alert"
    } else {
        "ok"
    };
    let percent = lang.percent(share * Decimal::ONE_HUNDRED);
    let label = lang.tf(
        Msg::GaugeLabel,
        &[
            ("used", &lang.minutes(pool.used)),
            ("size", &lang.minutes(pool.size)),
            ("percent", &percent),
        ],
    );
    html! {
        <div class="pool-gauge" data-testid="pool-gauge">
            <svg viewBox="0 0 300 28" role="meter" aria-label={label.clone()} aria-valuemin="0"
                aria-valuemax={pool.size.to_string()} aria-valuenow={pool.used.to_string()} aria-valuetext={percent.clone()}>
                <rect class="track" x="0" y="4" width="300" height="14" rx="3" />
                <rect class={classes!("fill", level)} x="0" y="4" width={filled.to_string()} height="14" rx="3" />
                <line class="mark" x1="240" x2="240" y1="0" y2="22" />
                <line class="mark" x1="299" x2="299" y1="0" y2="22" />
                <text class="mark-label" x="240" y="28" text-anchor="middle">{lang.percent(Decimal::from(80))}</text>
                <text class="mark-label" x="296" y="28" text-anchor="end">{lang.percent(Decimal::ONE_HUNDRED)}</text>
            </svg>
            <p class="hint">
                {lang.t(Msg::GaugeAlerts)}
                if !beyond.is_zero() {
                    {" "}{lang.tf(Msg::GaugeBeyond, &[("minutes", &lang.minutes(beyond))])}
                }
            </p>
        </div>
    }
}
