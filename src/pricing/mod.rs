//! The pure pricing engine: no UI, no browser APIs; runs and is tested natively.

pub mod break_even;
mod builtin;
pub mod country;
pub mod country_rules;
pub mod credits;
pub mod mix;
pub mod money;
pub mod offers;
pub mod presets;
pub mod quote;
pub mod rate_card;
pub mod scenario;

pub use break_even::{BreakEven, CostCurve, Crossing};
pub use builtin::{builtin_card, SampleAnchor, SAMPLE_ANCHOR};
pub use country::CountryCode;
pub use credits::CreditsPlan;
pub use mix::Mix;
pub use offers::{Offer, OfferPreset, PoolBasis, PoolCoverage};
pub use quote::{
    price_assignment, quote, Inclusion, LicenceCharge, LineItem, LineProblem, OneSided,
    OptionQuote, Outcome, Priced, Quote, Unavailable, Verdict, Warning,
};
pub use rate_card::{
    Availability, AvailabilityNote, CardClash, CountryRates, PrefixSpread, Purchase, Rate,
    RateCard, Rates, SheetFor,
};
pub use scenario::{
    Basis, CallRounding, Channel, Field, Group, PhoneType, Problem, ProblemKind, Scenario, Side,
    UsageKind, UsageLine,
};
