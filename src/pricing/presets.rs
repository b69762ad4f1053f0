//! Typical customers to start from; `i18n::text` says what each assumes, and README "Presets"
//! lists them.

use rust_decimal::Decimal;

use crate::pricing::scenario::SCENARIO_VERSION;
use crate::pricing::{
    CallRounding, Channel, CountryCode, Group, Offer, OfferPreset, PhoneType, Scenario, UsageKind,
    UsageLine,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    Example,
    UsOnly,
    EmeaSales,
    GlobalSupport,
}

impl Preset {
    pub const ALL: [Preset; 4] = [
        Preset::Example,
        Preset::UsOnly,
        Preset::EmeaSales,
        Preset::GlobalSupport,
    ];

    /// Stable key (the select's value and the e2e hook's option).
    pub fn key(self) -> &'static str {
        match self {
            Preset::Example => "example",
            Preset::UsOnly => "us-only",
            Preset::EmeaSales => "emea-sales",
            Preset::GlobalSupport => "global-support",
        }
    }

    pub fn scenario(self) -> Scenario {
        match self {
            Preset::Example => Scenario::example(),
            Preset::UsOnly => us_only(),
            Preset::EmeaSales => emea_sales(),
            Preset::GlobalSupport => global_support(),
        }
    }
}

/// One unnamed group (the page names it in its own language), the offers' list prices, 12 months.
fn scenario(tenant: &[u8; 2], organizers: u32, usage: Vec<UsageLine>) -> Scenario {
    Scenario {
        version: SCENARIO_VERSION,
        tenant_country: CountryCode::from_static(*tenant),
        per_user: Offer::preset(OfferPreset::AudioConferencing),
        pay_per_minute: Offer::preset(OfferPreset::PayPerMinute),
        term_months: 12,
        groups: vec![Group {
            name: String::new(),
            organizers,
            licences_purchased: None,
            usage,
            licences_owned: 0,
            us_can_add_on: false,
        }],
        channel: Channel::NotSure,
        rounding: CallRounding::Varied,
        us_can_add_on_price: Decimal::ZERO,
    }
}

fn us_only() -> Scenario {
    use PhoneType::Wireline;
    scenario(
        b"US",
        25,
        vec![
            UsageLine::per_organizer(UsageKind::TollDialIn, b"US", Wireline, 12, 45),
            UsageLine::per_organizer(UsageKind::DialOut, b"US", Wireline, 3, 15),
        ],
    )
}

fn emea_sales() -> Scenario {
    use PhoneType::{Wireless, Wireline};
    scenario(
        b"GB",
        40,
        vec![
            UsageLine::per_organizer(UsageKind::TollFreeDialIn, b"GB", Wireless, 6, 30),
            UsageLine::per_organizer(UsageKind::TollFreeDialIn, b"DE", Wireline, 4, 30),
            UsageLine::per_organizer(UsageKind::TollFreeDialIn, b"FR", Wireless, 3, 30),
            UsageLine::per_organizer(UsageKind::TollDialIn, b"GB", Wireline, 8, 45),
            UsageLine::per_organizer(UsageKind::DialOut, b"DE", Wireless, 2, 20),
        ],
    )
}

fn global_support() -> Scenario {
    use PhoneType::{Wireless, Wireline};
    scenario(
        b"US",
        15,
        vec![
            UsageLine::per_organizer(UsageKind::DialOut, b"IN", Wireless, 20, 12),
            UsageLine::per_organizer(UsageKind::DialOut, b"BR", Wireless, 15, 10),
            UsageLine::per_organizer(UsageKind::DialOut, b"MX", Wireless, 15, 10),
            UsageLine::per_organizer(UsageKind::DialOut, b"GB", Wireless, 10, 10),
            UsageLine::per_organizer(UsageKind::TollDialIn, b"US", Wireline, 5, 30),
        ],
    )
}
