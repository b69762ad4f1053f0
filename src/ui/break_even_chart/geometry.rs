//! The break-even chart's geometry, pure and tested natively: monthly cost of each option
//! against billed phone minutes per organizer, from zero to well past today's usage.

use rust_decimal::Decimal;

use crate::pricing::{BreakEven, CostCurve, Quote, Side};

/// A point in data units: minutes per organizer, monthly cost.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub minutes: Decimal,
    pub cost: Decimal,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub per_user: Vec<Point>,
    pub pay_per_minute: Vec<Point>,
    /// Where the cheaper option changes, with the side cheaper above it.
    pub crossings: Vec<(Point, Side)>,
    pub today: Decimal,
    pub max_minutes: Decimal,
    pub max_cost: Decimal,
}

/// `None` when there is nothing to draw: an option can't be bought, the options don't price
/// the same calls, or there is no usage.
pub fn chart(quote: &Quote) -> Option<Chart> {
    let (l, p) = (quote.per_user.priced()?, quote.pay_per_minute.priced()?);
    // Two lines that price different calls would cross where nothing changes.
    if !quote.verdict.comparable() {
        return None;
    }
    let today = quote.minutes_per_organizer;
    if today.is_zero() {
        return None;
    }
    let crossings: Vec<(Decimal, Side)> = match &quote.break_even {
        BreakEven::Crossings { points } => {
            points.iter().map(|c| (c.scale, c.cheaper_above)).collect()
        }
        _ => Vec::new(),
    };
    // Twice today's usage, or half again past the last crossing if that is further.
    let last = crossings
        .iter()
        .map(|(t, _)| *t)
        .max()
        .unwrap_or(Decimal::ZERO);
    let max_scale = Decimal::TWO
        .max(last * Decimal::new(15, 1))
        .min(Decimal::from(1_000));
    let line = |curve: &CostCurve| -> Option<Vec<Point>> {
        // A piecewise-linear curve is drawn exactly through its kinks.
        let mut scales: Vec<Decimal> = std::iter::once(Decimal::ZERO)
            .chain(
                curve
                    .pooled
                    .iter()
                    .map(|t| t.free_until)
                    .filter(|t| *t > Decimal::ZERO && *t < max_scale),
            )
            .chain(std::iter::once(max_scale))
            .collect();
        scales.sort();
        scales
            .iter()
            .map(|&t| {
                Some(Point {
                    minutes: t.checked_mul(today)?,
                    cost: curve.at(t)?,
                })
            })
            .collect()
    };
    let (per_user, pay_per_minute) = (line(&l.curve)?, line(&p.curve)?);
    let crossings = crossings
        .into_iter()
        .filter(|(t, _)| *t <= max_scale)
        .filter_map(|(t, side)| {
            Some((
                Point {
                    minutes: t.checked_mul(today)?,
                    cost: l.curve.at(t)?,
                },
                side,
            ))
        })
        .collect();
    let max_cost = per_user
        .iter()
        .chain(&pay_per_minute)
        .map(|p| p.cost)
        .max()
        .unwrap_or(Decimal::ONE)
        .max(Decimal::ONE);
    Some(Chart {
        per_user,
        pay_per_minute,
        crossings,
        today,
        max_minutes: max_scale * today,
        max_cost,
    })
}

/// Data units to SVG units in a `width` x `height` plot (y grows downwards), to a tenth of a
/// unit. Decimal, not f64: float formatting would add kilobytes to the wasm for pixels.
pub fn to_svg(point: Point, chart: &Chart, width: Decimal, height: Decimal) -> (Decimal, Decimal) {
    let x = point.minutes * width / chart.max_minutes;
    let y = height - point.cost * height / chart.max_cost;
    (x.round_dp(1), y.round_dp(1))
}
