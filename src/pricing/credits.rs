//! Communications Credits: the prepaid balance every per-minute charge is drawn from (toll-free
//! dial-in, dial-out beyond the pool or outside it, and all of pay-per-minute). Microsoft
//! recommends auto-recharge (a minimum balance that triggers a purchase of a set amount) so the
//! balance never reaches zero, where toll-free numbers stop working; it suggests starting small,
//! "even the minimum of $50", then adjusting to the PSTN usage report
//! (Teams/what-are-communications-credits.md; data/licence-facts.csv).

use rust_decimal::Decimal;
use serde::Serialize;

/// Microsoft's stated minimum funding, in US dollars (no other currency's is published).
pub const MINIMUM_FUNDING_USD: u32 = 50;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CreditsPlan {
    /// Expected per-minute charges a month: what the balance is drawn down by.
    pub monthly: Decimal,
    /// Suggested minimum balance that triggers a recharge: about a week's charges (a quarter
    /// of the month), so a recharge that fails still leaves days to act before zero.
    pub threshold: Decimal,
    /// Suggested recharge: a month's charges, so it runs about once a month; never below the
    /// stated minimum funding for a USD card.
    pub recharge: Decimal,
}

/// The plan for `monthly` per-minute charges, in whole units of the currency, rounded up.
pub fn credits_plan(monthly: Decimal, currency: &str) -> CreditsPlan {
    let minimum = if currency == "USD" {
        Decimal::from(MINIMUM_FUNDING_USD)
    } else {
        Decimal::ZERO
    };
    CreditsPlan {
        monthly,
        threshold: (monthly / Decimal::from(4)).ceil(),
        recharge: monthly.ceil().max(minimum),
    }
}
