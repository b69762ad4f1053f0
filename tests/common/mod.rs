//! Shared by the native test suites.

use audio_cost::pricing::{builtin_card, CountryCode, RateCard, Rates};

/// The built-in card with `code`'s rates changed by `edit`.
pub fn card_with(code: &str, edit: impl FnOnce(&mut Rates)) -> RateCard {
    let mut card = builtin_card();
    let mut countries = card.countries.to_vec();
    let code = CountryCode::parse(code).expect("a known country code");
    let entry = countries
        .iter_mut()
        .find(|c| c.code == code)
        .expect("every ISO country is on the card");
    edit(&mut entry.rates);
    card.countries = countries.into();
    card
}
