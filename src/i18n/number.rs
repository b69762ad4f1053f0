//! Numbers as people read and type them, in each language. Rounding happens here and only here:
//! the page, the CLI table and the CLI's `display` JSON all show these exact strings. English
//! is written here; Spanish through the browser's `Intl.NumberFormat` (no wasm cost), else
//! from the English digits.

use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

#[cfg(target_arch = "wasm32")]
use super::intl;
use super::{Lang, Msg};

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

impl Lang {
    /// Money rounded to the currency's minor unit: "$1,234.56", "1234,56 US$".
    pub fn money(self, amount: Decimal, currency: &str) -> String {
        match self {
            Lang::En => money(amount, currency),
            Lang::Es => {
                let rounded = round_money(amount, currency);
                let dp = minor_units(currency);
                #[cfg(target_arch = "wasm32")]
                if let Some(text) = intl::currency(self.locale(), currency, &plain(rounded, dp), dp)
                {
                    return text;
                }
                spanish_money(&fixed(rounded, dp), currency)
            }
        }
    }

    /// A per-minute rate at its full precision.
    pub fn rate(self, value: Decimal, currency: &str) -> String {
        match self {
            Lang::En => rate(value, currency),
            Lang::Es => {
                let dp = value.normalize().scale().max(minor_units(currency));
                #[cfg(target_arch = "wasm32")]
                if let Some(text) = intl::currency(self.locale(), currency, &plain(value, dp), dp) {
                    return text;
                }
                spanish_money(&fixed(value, dp), currency)
            }
        }
    }

    /// A number to a tenth, trailing zeros dropped: "2,333.3", "2333,3".
    pub fn minutes(self, value: Decimal) -> String {
        self.number(value, 1)
    }

    /// A whole count, grouped: "1,000,000", "1.000.000".
    pub fn count(self, n: impl Into<u64>) -> String {
        self.number(Decimal::from(n.into()), 0)
    }

    /// A percentage (already times 100) to a tenth: "21.8%", "21,8 %".
    pub fn percent(self, value: Decimal) -> String {
        match self {
            Lang::En => percent(value),
            Lang::Es => format!("{}\u{a0}%", self.minutes(value)),
        }
    }

    fn number(self, value: Decimal, dp: u32) -> String {
        match self {
            Lang::En => trimmed(value, dp),
            Lang::Es => {
                #[cfg(target_arch = "wasm32")]
                if let Some(text) = intl::number(self.locale(), &plain(value, dp), dp) {
                    return text;
                }
                spanish_digits(&trimmed(value, dp))
            }
        }
    }

    /// A number as a form field shows it, for editing: "2.5", "2,5"; no grouping.
    pub fn editable(self, value: Decimal) -> String {
        value
            .to_string()
            .replace('.', &self.marks().decimal.to_string())
    }

    /// The marks numbers are typed and shown with: English's, or those of the reader's
    /// locale in this language (es-MX writes "1,234.5", es-ES "1.234,5").
    pub fn marks(self) -> Marks {
        match self {
            Lang::En => Marks::POINT,
            #[cfg(target_arch = "wasm32")]
            Lang::Es => super::SPANISH_MARKS
                .get()
                .copied()
                .unwrap_or_else(spanish_marks),
            #[cfg(not(target_arch = "wasm32"))]
            Lang::Es => Marks::COMMA,
        }
    }

    /// A message about a number, its `{example}` ("2.5", "2,5") written with this reader's marks.
    pub fn says(self, msg: Msg) -> String {
        self.tf(msg, &[("example", &self.editable(Decimal::new(25, 1)))])
    }
}

/// Spanish digits from English ones: "," and "." swap, and a four-digit whole part isn't
/// grouped ("1,234.5" -> "1234,5", "12,345.5" -> "12.345,5"), as `Intl` writes Spanish.
fn spanish_digits(english: &str) -> String {
    let swapped: String = english
        .chars()
        .map(|c| match c {
            ',' => '.',
            '.' => ',',
            c => c,
        })
        .collect();
    let whole = swapped.split(',').next().unwrap_or("");
    if whole.trim_start_matches('-').len() == 5 {
        swapped.replacen('.', "", 1)
    } else {
        swapped
    }
}

fn spanish_money(english_digits: &str, currency: &str) -> String {
    let symbol = match currency {
        "USD" => "US$",
        "EUR" => "€",
        _ => currency,
    };
    format!("{}\u{a0}{symbol}", spanish_digits(english_digits))
}

/// The marks a locale writes numbers with: `POINT` for "1,234.5" (English; es-MX, es-US), `COMMA`
/// for "1.234,5" (es-ES, es-AR); the browser's `Intl` says which its locale uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marks {
    pub decimal: char,
    pub group: char,
}

impl Marks {
    pub const POINT: Marks = Marks {
        decimal: '.',
        group: ',',
    };
    pub const COMMA: Marks = Marks {
        decimal: ',',
        group: '.',
    };

    /// The other convention: what a reader of "1.5" means when they aren't from here.
    fn other(self) -> Marks {
        if self.decimal == '.' {
            Marks::COMMA
        } else {
            Marks::POINT
        }
    }
}

/// A number as typed in `lang`, with the marks of the reader's locale (`Lang::marks`).
pub fn parse_number(text: &str, lang: Lang) -> Result<Decimal, Msg> {
    read_number(text, lang.marks())
}

/// A number as typed with `marks`: digits with an optional decimal mark, the grouping mark only
/// between groups of three ("1,000"). Text that can't be read that way but reads with the other
/// convention is read so: "1.5" in Spain or "1,5" in Mexico can mean nothing else, while
/// "1.500" stays what the locale says. The engine checks the range. An error is the
/// catalogue's message (its `{example}` is filled in where it is shown: `Lang::says`).
pub fn read_number(text: &str, marks: Marks) -> Result<Decimal, Msg> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Msg::NumberEmpty);
    }
    if text.chars().count() > 24 {
        return Err(Msg::NumberTooLong);
    }
    match read_with(text, marks) {
        Err(msg @ (Msg::NumberSeparator | Msg::NumberMalformed)) => {
            match read_with(text, marks.other()) {
                Err(Msg::NumberSeparator | Msg::NumberMalformed) => Err(msg),
                read => read,
            }
        }
        read => read,
    }
}

fn read_with(text: &str, marks: Marks) -> Result<Decimal, Msg> {
    // Read as English: the decimal mark becomes "." and the grouping mark ",". A locale that
    // groups with a space (es-CR) has it typed as a space or a no-break space.
    let text: String = text
        .chars()
        .map(|c| match c {
            c if c == marks.decimal => '.',
            c if c == marks.group => ',',
            ' ' | '\u{a0}' | '\u{202f}' if marks.group.is_whitespace() => ',',
            '.' | ',' => '\0',
            c => c,
        })
        .collect();
    let (sign, unsigned) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |rest| ("-", rest));
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let grouped_ok = !int.contains(',')
        || int.split(',').enumerate().all(|(i, part)| {
            part.chars().all(|c| c.is_ascii_digit())
                && if i == 0 {
                    (1..=3).contains(&part.len())
                } else {
                    part.len() == 3
                }
        });
    let digits = int.replace(',', "");
    let well_formed = grouped_ok
        && !(digits.is_empty() && frac.is_empty())
        && digits
            .chars()
            .chain(frac.chars())
            .all(|c| c.is_ascii_digit());
    if !well_formed {
        return Err(
            if int.contains(',') && !grouped_ok && !unsigned.contains('.') {
                Msg::NumberSeparator
            } else {
                Msg::NumberMalformed
            },
        );
    }
    if sign == "-" && !(digits.chars().chain(frac.chars()).all(|c| c == '0')) {
        return Err(Msg::ProblemNegative);
    }
    let int = if digits.is_empty() { "0" } else { &digits };
    let literal = if frac.is_empty() {
        int.to_string()
    } else {
        format!("{int}.{frac}")
    };
    Decimal::from_str(&literal).map_err(|_| Msg::NumberTooLarge)
}

/// A whole number as typed (organizers, licences, months).
pub fn parse_whole(text: &str, lang: Lang) -> Result<Decimal, Msg> {
    // What doesn't read at all is given a whole number to copy, not "2.5".
    let value = parse_number(text, lang).map_err(|msg| match msg {
        Msg::NumberMalformed => Msg::NumberMalformedWhole,
        msg => msg,
    })?;
    if !value.fract().is_zero() {
        return Err(Msg::NumberWhole);
    }
    if value > Decimal::from(u32::MAX) {
        return Err(Msg::NumberTooLarge);
    }
    Ok(value)
}

/// What the browser's locale for Spanish writes numbers with (es-ES "1.234,5", es-MX
/// "1,234.5"); a comma for decimals when `Intl` can't say.
#[cfg(target_arch = "wasm32")]
pub(super) fn spanish_marks() -> Marks {
    intl::marks(Lang::Es.locale()).unwrap_or(Marks::COMMA)
}
