//! What Microsoft's documents say about a few tenant countries beyond the availability table,
//! enforced by the engine rather than noted beside a price. Sources (rows of data/):
//! - Russia, South Korea and Taiwan: "The end of the complimentary dial-out period did not take
//!   place on November 30, 2019, for countries where the Audio Conferencing subscription is
//!   available, but we do not currently provide the ability to set up Communications Credits"
//!   (Teams/audio-conferencing-subscription-dial-out.md; licence-facts.csv, 2019-12-01). The
//!   complimentary period's last terms: 900 minutes per licence a month to Zone A, pooled
//!   (Teams/complimentary-dial-out-period.md; licence-facts.csv, 2019-05 to 2019-11-30).
//! - China: "Call Me/dial-out disabled and toll-free unavailable for customers buying from
//!   China" (availability.csv, CN).
//! - China and India: the "Audio Conferencing with dial-out to USA/CAN" licence is not sold there
//!   (licence-facts.csv, product page after 2023-10).

use rust_decimal::Decimal;

use super::country::CountryCode;

/// The complimentary period's pool: minutes a month per subscription licence, to Zone A.
pub const COMPLIMENTARY_POOL_MINUTES: u32 = 900;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CountryRules {
    /// The per-user licence's Zone A pool is the complimentary period's 900 minutes a licence.
    pub complimentary_dial_out: bool,
    /// No dial-out from meetings, and no toll-free numbers, for customers buying here.
    pub no_dial_out_or_toll_free: bool,
    /// The "dial-out to USA/CAN" licence is not sold here.
    pub no_us_can_licence: bool,
}

pub fn rules(tenant: CountryCode) -> CountryRules {
    match tenant.as_str() {
        "RU" | "KR" | "TW" => CountryRules {
            complimentary_dial_out: true,
            ..CountryRules::default()
        },
        "CN" => CountryRules {
            no_dial_out_or_toll_free: true,
            no_us_can_licence: true,
            ..CountryRules::default()
        },
        "IN" => CountryRules {
            no_us_can_licence: true,
            ..CountryRules::default()
        },
        _ => CountryRules::default(),
    }
}

impl CountryRules {
    pub fn complimentary_pool(&self) -> Option<Decimal> {
        self.complimentary_dial_out
            .then(|| Decimal::from(COMPLIMENTARY_POOL_MINUTES))
    }
}
