//! Figures as people read them. Rounding happens here and only here: the page, the CLI table and
//! the CLI's `display` JSON all show these exact strings.

use rust_decimal::{Decimal, RoundingStrategy};

use crate::pricing::money::{minor_units, round_money};

/// "1234567" -> "1,234,567" (digits only).
pub fn group_digits(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Rounded half away from zero to exactly `dp` decimals, thousands grouped: 1234.5 -> "1,234.50".
pub fn fixed(value: Decimal, dp: u32) -> String {
    let rounded = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
        "-"
    } else {
        ""
    };
    let text = format!("{:.*}", dp as usize, rounded.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = if frac.is_empty() {
        String::new()
    } else {
        format!(".{frac}")
    };
    format!("{sign}{}{frac}", group_digits(int))
}

/// At most `dp` decimals, trailing zeros dropped: 4000.0 -> "4,000", 2500.46 -> "2,500.5" (dp 1).
pub fn trimmed(value: Decimal, dp: u32) -> String {
    let rounded = value
        .round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    fixed(rounded, rounded.scale())
}

fn symbol(currency: &str) -> Option<&'static str> {
    match currency {
        "USD" => Some("$"),
        "EUR" => Some("€"),
        "GBP" => Some("£"),
        "JPY" => Some("¥"),
        _ => None,
    }
}

/// "$1,234.56", "€12.00", "CHF 1,234.56": rounded to the currency's minor unit.
pub fn money(amount: Decimal, currency: &str) -> String {
    let rounded = round_money(amount, currency);
    let digits = fixed(rounded.abs(), minor_units(currency));
    let sign = if rounded.is_sign_negative() && !rounded.is_zero() {
        "-"
    } else {
        ""
    };
    match symbol(currency) {
        Some(s) => format!("{sign}{s}{digits}"),
        None => format!("{sign}{currency} {digits}"),
    }
}

/// A per-minute rate at its full precision (never rounded), at least the minor unit's digits.
pub fn rate(value: Decimal, currency: &str) -> String {
    let dp = value.normalize().scale().max(minor_units(currency));
    let digits = fixed(value, dp);
    match symbol(currency) {
        Some(s) => format!("{s}{digits}"),
        None => format!("{currency} {digits}"),
    }
}

/// Minutes to a tenth: "4,000", "2,333.3".
pub fn minutes(value: Decimal) -> String {
    trimmed(value, 1)
}

/// A share in percent to a tenth: 21.81 -> "21.8%".
pub fn percent(value: Decimal) -> String {
    format!("{}%", trimmed(value, 1))
}

/// For files: rounded half away from zero to `dp` decimals, no grouping ("4173.00").
pub fn plain(value: Decimal, dp: u32) -> String {
    let rounded = value.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    format!("{rounded:.*}", dp as usize)
}

/// For files: an amount rounded to the currency's minor unit, no symbol ("347.75").
pub fn plain_money(amount: Decimal, currency: &str) -> String {
    plain(round_money(amount, currency), minor_units(currency))
}

/// For files: minutes to a tenth, trailing zeros dropped ("4000", "2333.3").
pub fn plain_minutes(value: Decimal) -> String {
    let rounded = value
        .round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    plain(rounded, rounded.scale())
}
