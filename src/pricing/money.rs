//! Exact money: every rate and amount is a `Decimal`; rounding happens only for display/export.

use rust_decimal::{Decimal, RoundingStrategy};

/// Digits after the decimal point of a currency's minor unit (ISO 4217).
pub fn minor_units(currency: &str) -> u32 {
    match currency {
        "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX"
        | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
        "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
        _ => 2,
    }
}

/// The currencies Microsoft's rate-sheet form offers (../shared/data/SOURCES.md): what totals
/// can also be shown in, at an exchange rate the user enters.
pub const RATE_SHEET_CURRENCIES: [&str; 25] = [
    "ARS", "AUD", "BRL", "CAD", "CHF", "CNY", "DKK", "EUR", "GBP", "HKD", "IDR", "INR", "JPY",
    "KRW", "MXN", "MYR", "NOK", "NZD", "RUB", "SAR", "SEK", "TRY", "TWD", "USD", "ZAR",
];

/// An amount rounded to the currency's minor unit, half away from zero (commercial rounding).
pub fn round_money(amount: Decimal, currency: &str) -> Decimal {
    amount.round_dp_with_strategy(
        minor_units(currency),
        RoundingStrategy::MidpointAwayFromZero,
    )
}

/// What a term costs: each month is billed in the currency's minor unit, so the term is the
/// monthly total as billed (and shown) times the months, not the exact monthly total's multiple.
pub fn term_total(monthly: Decimal, months: u32, currency: &str) -> Decimal {
    round_money(monthly, currency) * Decimal::from(months)
}

/// A call length rounded **up** to the billing increment (0.1 min: 2.01 min is billed as 2.1).
pub fn round_up_to_increment(minutes: Decimal, increment: Decimal) -> Decimal {
    if increment <= Decimal::ZERO {
        return minutes;
    }
    // An increment of 10^-k (Microsoft's 0.1) is a ceiling at k decimals: no division.
    if increment.mantissa() == 1 {
        return minutes
            .round_dp_with_strategy(increment.scale(), RoundingStrategy::ToPositiveInfinity);
    }
    (minutes / increment).ceil() * increment
}
