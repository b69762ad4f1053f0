//! The pure pricing engine: no UI, no browser APIs; runs and is tested natively.

pub mod break_even;
mod builtin;
pub mod country;
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
pub use mix::Mix;
pub use offers::{Offer, OfferPreset, PoolBasis, PoolCoverage};
pub use quote::{
    price_assignment, quote, LineItem, LineProblem, OneSided, OptionQuote, Outcome, Priced, Quote,
    Unavailable, Verdict, Warning,
};
pub use rate_card::{
    Availability, AvailabilityNote, CountryRates, Purchase, Rate, RateCard, Rates,
};
pub use scenario::{
    Basis, Field, Group, PhoneType, Problem, ProblemKind, Scenario, Side, UsageKind, UsageLine,
};
