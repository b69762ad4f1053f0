//! The break-even chart: each option's monthly cost against phone minutes per organizer
//! (geometry.rs works out the lines; this draws them).

pub mod geometry;

use std::rc::Rc;

use rust_decimal::Decimal;
use yew::prelude::*;

use super::{rendered, use_lang};
use crate::i18n::{text, Msg};
use crate::pricing::{Quote, Side};
use geometry::{chart, to_svg, Chart, Point};

#[derive(Properties, PartialEq)]
pub struct BreakEvenChartProps {
    pub quote: Rc<Quote>,
}

// A 560 x 260 viewBox: the cost labels left of the plot, the minutes below it. The plot runs
// from `Plot::left` (sized to the cost labels) to x 544, and from y 12 to 212.
const VIEW_WIDTH: i64 = 560;
const RIGHT: i64 = 544;
const TOP: i64 = 12;
const HEIGHT: i64 = 200;
/// At least the width of one character in viewBox units, in the 11 px tick labels (DejaVu Sans,
/// among the widest fallback fonts, draws a digit 7 units wide and "U" 8) and in the 12 px bold
/// crossing label (7 units on average). Text is measured only after layout, and the chart is
/// drawn (and prerendered) before it, so the labels' room comes from their length.
const TICK_CHAR: i64 = 8;
const LABEL_CHAR: i64 = 8;

/// Where the plot starts: right of the longest cost label, so that none is cut off.
struct Plot {
    left: i64,
}

impl Plot {
    fn new(labels: &[&str]) -> Self {
        let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        // 4 units from the viewBox's edge, 6 from the axis.
        Plot {
            left: 10 + TICK_CHAR * i64::try_from(longest).unwrap_or(0),
        }
    }

    /// A point in SVG units, offset into the plot area.
    fn svg(&self, point: Point, chart: &Chart) -> (Decimal, Decimal) {
        let width = Decimal::from(RIGHT - self.left);
        let (x, y) = to_svg(point, chart, width, Decimal::from(HEIGHT));
        (x + Decimal::from(self.left), y + Decimal::from(TOP))
    }

    fn polyline(&self, points: &[Point], chart: &Chart) -> String {
        points
            .iter()
            .map(|p| {
                let (x, y) = self.svg(*p, chart);
                format!("{x},{y}")
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Where a crossing's label starts: right of the point if it fits there, else left of it,
/// kept inside the viewBox.
fn label_start(x: Decimal, label: &str) -> Decimal {
    let width = Decimal::from(LABEL_CHAR * i64::try_from(label.chars().count()).unwrap_or(0));
    let (gap, edge) = (Decimal::from(8), Decimal::from(4));
    if x + gap + width <= Decimal::from(VIEW_WIDTH) - edge {
        x + gap
    } else {
        (x - gap - width).max(edge)
    }
}

/// Monthly cost of each option against phone minutes per organizer, the crossover marked and
/// labelled, today's usage marked. Inline SVG with a title and description, and the same
/// figures as a table for screen readers.
#[component]
pub fn BreakEvenChart(props: &BreakEvenChartProps) -> Html {
    rendered("BreakEvenChart");
    // Hooks first, on every render: Yew requires the same hooks in the same order, and a
    // quote with no chart returns early below.
    let lang = use_lang();
    let Some(chart) = chart(&props.quote) else {
        return Html::default();
    };
    let currency = props.quote.currency.as_str();
    let (zero, top) = (
        lang.money(Decimal::ZERO, currency),
        lang.money(chart.max_cost, currency),
    );
    let plot = Plot::new(&[&zero, &top]);
    let (left, tick_x) = (plot.left.to_string(), (plot.left - 6).to_string());
    let (today_x, _) = plot.svg(
        Point {
            minutes: chart.today,
            cost: chart.max_cost,
        },
        &chart,
    );
    let description = text::break_even(lang, &props.quote);
    let mut rows: Vec<Point> = chart
        .per_user
        .iter()
        .chain(&chart.pay_per_minute)
        .copied()
        .collect();
    rows.sort_by_key(|p| p.minutes);
    rows.dedup_by(|a, b| a.minutes == b.minutes);
    let totals_at = |minutes: Decimal| {
        let scale = minutes / chart.today;
        props.quote.totals_at(scale)
    };
    html! {
        <figure class="chart" data-testid="break-even-chart">
            <svg viewBox="0 0 560 260" role="img" aria-labelledby="chart-title chart-desc">
                <title id="chart-title">{lang.t(Msg::ChartTitle)}</title>
                <desc id="chart-desc">{description}</desc>
                <line class="axis" x1={left.clone()} y1="212" x2="544" y2="212" />
                <line class="axis" x1={left.clone()} y1="12" x2={left.clone()} y2="212" />
                <text class="tick" x={tick_x.clone()} y="212" text-anchor="end">{zero}</text>
                <text class="tick" x={tick_x} y="22" text-anchor="end">{top}</text>
                <text class="tick" x={left} y="228" text-anchor="middle">{"0"}</text>
                <text class="tick" x="544" y="228" text-anchor="end">{lang.minutes(chart.max_minutes)}</text>
                <text class="axis-label" x="304" y="254" text-anchor="middle">{lang.t(Msg::ChartAxis)}</text>
                <line class="today" x1={today_x.to_string()} x2={today_x.to_string()} y1="12" y2="212" />
                <text class="today-label" x={(today_x + Decimal::from(4)).to_string()} y="24">{lang.tf(Msg::ChartToday, &[("minutes", &lang.minutes(chart.today))])}</text>
                <polyline class="per-user" points={plot.polyline(&chart.per_user, &chart)} />
                <polyline class="ppm" points={plot.polyline(&chart.pay_per_minute, &chart)} />
                { for chart.crossings.iter().map(|(point, side)| {
                    let (x, y) = plot.svg(*point, &chart);
                    let label = match side {
                        Side::PerUser => lang.tf(Msg::ChartLicenceAbove, &[("minutes", &lang.minutes(point.minutes))]),
                        Side::PayPerMinute => lang.tf(Msg::ChartPpmAbove, &[("minutes", &lang.minutes(point.minutes))]),
                    };
                    let label_x = label_start(x, &label);
                    html! {
                        <g class="crossing">
                            <circle cx={x.to_string()} cy={y.to_string()} r="5" />
                            <text data-testid="chart-crossing" x={label_x.to_string()} y={(y - Decimal::from(10)).to_string()}>{label}</text>
                        </g>
                    }
                }) }
            </svg>
            <figcaption class="legend">
                <span class="key per-user">{text::side(lang, Side::PerUser)}</span>
                <span class="key ppm">{text::side(lang, Side::PayPerMinute)}</span>
            </figcaption>
            <div class="visually-hidden"><table>
                <caption>{lang.t(Msg::ChartTableCaption)}</caption>
                <thead><tr><th scope="col">{lang.t(Msg::ChartTableMinutes)}</th><th scope="col">{text::side(lang, Side::PerUser)}</th><th scope="col">{text::side(lang, Side::PayPerMinute)}</th></tr></thead>
                <tbody>
                    { for rows.iter().map(|p| {
                        let (l, ppm) = totals_at(p.minutes);
                        let show = |t: Option<Decimal>| t.map_or_else(String::new, |t| lang.money(t, currency));
                        html! { <tr><th scope="row">{lang.minutes(p.minutes)}</th><td>{show(l)}</td><td>{show(ppm)}</td></tr> }
                    }) }
                </tbody>
            </table></div>
        </figure>
    }
}
