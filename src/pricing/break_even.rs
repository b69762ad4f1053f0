//! Exact break-even between the two options as the whole call mix grows or shrinks.
//!
//! Scaling every line's calls by `t` keeps each call's billed length, so each cost is piecewise
//! linear in `t`: `fixed + per_scale * t + sum(pooled.per_scale * max(0, t - pooled.free_until))`.
//! The difference of two such curves is solved segment by segment: no scanning, no floats.
//! All arithmetic here is checked, because `t` itself is unbounded.

use rust_decimal::Decimal;
use serde::Serialize;

use super::scenario::Side;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CostCurve {
    /// Licences: the same at any usage.
    pub fixed: Decimal,
    /// Cost of lines no pool covers, per unit of scale.
    pub per_scale: Decimal,
    pub pooled: Vec<PooledTerm>,
}

/// Lines a pool covers: free up to scale `free_until` (pool size / eligible minutes), then
/// `per_scale` for each unit of scale beyond.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PooledTerm {
    pub per_scale: Decimal,
    pub free_until: Decimal,
}

impl CostCurve {
    /// Monthly cost with every line's calls multiplied by `scale`; `None` on overflow.
    pub fn at(&self, scale: Decimal) -> Option<Decimal> {
        let mut total = self.fixed.checked_add(self.per_scale.checked_mul(scale)?)?;
        for term in &self.pooled {
            let beyond = (scale - term.free_until).max(Decimal::ZERO);
            total = total.checked_add(term.per_scale.checked_mul(beyond)?)?;
        }
        Some(total)
    }

    /// d cost / d scale beyond every kink.
    fn final_slope(&self) -> Decimal {
        self.per_scale + self.pooled.iter().map(|t| t.per_scale).sum::<Decimal>()
    }

    fn kinks(&self) -> impl Iterator<Item = Decimal> + '_ {
        self.pooled.iter().map(|t| t.free_until)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BreakEven {
    /// One of the options can't be bought: there is nothing to compare.
    NotApplicable,
    /// The options don't price the same calls (`Verdict::Unequal`).
    Unequal,
    /// No phone minutes to scale.
    NoUsage,
    /// Both options cost the same at any usage of this mix.
    SameCost,
    /// This side is cheaper (or equal) at any usage of this mix, zero included.
    Always { side: Side },
    /// Where the cheaper option changes, in increasing order.
    Crossings { points: Vec<Crossing> },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Crossing {
    /// Billed phone minutes per organizer per month at which both options cost the same.
    pub minutes_per_organizer: Decimal,
    /// The same point as a multiple of today's call mix.
    pub scale: Decimal,
    /// The side that is cheaper just above this point.
    pub cheaper_above: Side,
}

/// Solves `per_user(t) = pay_per_minute(t)` for `t >= 0`, reported in minutes per organizer
/// (`t * minutes_today`).
pub fn break_even(
    per_user: &CostCurve,
    pay_per_minute: &CostCurve,
    minutes_today: Decimal,
) -> BreakEven {
    let diff =
        |t: Decimal| -> Option<Decimal> { per_user.at(t)?.checked_sub(pay_per_minute.at(t)?) };
    let mut points: Vec<Decimal> = std::iter::once(Decimal::ZERO)
        .chain(per_user.kinks())
        .chain(pay_per_minute.kinks())
        .filter(|t| *t >= Decimal::ZERO)
        .collect();
    points.sort();
    points.dedup();
    // A kink so far out that the cost overflows is beyond any usage worth reporting.
    let values: Vec<(Decimal, Decimal)> = points
        .iter()
        .map_while(|&t| diff(t).map(|d| (t, d)))
        .collect();
    let slope_after = per_user.final_slope() - pay_per_minute.final_slope();

    let cheaper_for = |d: Decimal| {
        if d < Decimal::ZERO {
            Side::PerUser
        } else {
            Side::PayPerMinute
        }
    };
    let mut crossings = Vec::new();
    // The last point where the difference was not zero, and the first zero after it.
    let mut last_nonzero: Option<(Decimal, Decimal)> = None;
    let mut first_zero: Option<Decimal> = None;
    for &(t, d) in &values {
        if d.is_zero() {
            first_zero.get_or_insert(t);
            continue;
        }
        if let Some((t0, d0)) = last_nonzero {
            if d0.is_sign_positive() != d.is_sign_positive() {
                let root = first_zero.or_else(|| interpolate(t0, d0, t, d));
                crossings.extend(root.map(|root| (root, cheaper_for(d))));
            }
        }
        last_nonzero = Some((t, d));
        first_zero = None;
    }
    // Beyond the last point the difference moves along `slope_after` for ever.
    if let Some(&(t_last, d_last)) = values.last() {
        if !slope_after.is_zero() {
            let far = cheaper_for(slope_after);
            match last_nonzero {
                Some((_, d0)) if cheaper_for(d0) != far => {
                    let root = if d_last.is_zero() {
                        first_zero
                    } else {
                        d_last
                            .checked_div(slope_after)
                            .and_then(|x| t_last.checked_sub(x))
                    };
                    crossings.extend(root.map(|root| (root, far)));
                }
                // Equal up to the last kink, then apart.
                None if !t_last.is_zero() => crossings.push((t_last, far)),
                _ => {}
            }
        }
    }

    let points: Vec<Crossing> = crossings
        .into_iter()
        .filter_map(|(scale, cheaper_above)| {
            Some(Crossing {
                minutes_per_organizer: scale.checked_mul(minutes_today)?,
                scale,
                cheaper_above,
            })
        })
        .collect();
    if !points.is_empty() {
        return BreakEven::Crossings { points };
    }
    match last_nonzero {
        Some((_, d)) => BreakEven::Always {
            side: cheaper_for(d),
        },
        None if slope_after.is_zero() => BreakEven::SameCost,
        None => BreakEven::Always {
            side: cheaper_for(slope_after),
        },
    }
}

/// The root of the line through (t0, d0) and (t1, d1), which have opposite signs.
fn interpolate(t0: Decimal, d0: Decimal, t1: Decimal, d1: Decimal) -> Option<Decimal> {
    let share = d0.checked_div(d0.checked_sub(d1)?)?;
    t0.checked_add((t1.checked_sub(t0)?).checked_mul(share)?)
}
