use std::rc::Rc;

use yew::prelude::*;

use super::use_lang;
use crate::i18n::Msg;

use rust_decimal::Decimal;

use crate::chart::{chart, to_svg, Chart, Point};
use crate::pricing::{Quote, Side};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct BreakEvenChartProps {
    pub quote: Rc<Quote>,
}

// Plot area inside a 560 x 260 viewBox: room on the left for cost labels, below for minutes.
// The axes' fixed coordinates are written as literals in the markup below (x 64..544, y 12..212).
const LEFT: i64 = 64;
const TOP: i64 = 12;
const WIDTH: i64 = 480;
const HEIGHT: i64 = 200;

/// A point in SVG units, offset into the plot area.
fn svg(point: Point, chart: &Chart) -> (Decimal, Decimal) {
    let (x, y) = to_svg(point, chart, Decimal::from(WIDTH), Decimal::from(HEIGHT));
    (x + Decimal::from(LEFT), y + Decimal::from(TOP))
}

fn polyline(points: &[Point], chart: &Chart) -> String {
    points
        .iter()
        .map(|p| {
            let (x, y) = svg(*p, chart);
            format!("{x},{y}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Monthly cost of each option against phone minutes per organizer, the crossover marked and
/// labelled, today's usage marked. Inline SVG with a title and description, and the same
/// figures as a table for screen readers.
#[component]
pub fn BreakEvenChart(props: &BreakEvenChartProps) -> Html {
    let Some(chart) = chart(&props.quote) else {
        return Html::default();
    };
    let currency = props.quote.currency.as_str();
    let (today_x, _) = svg(
        Point {
            minutes: chart.today,
            cost: chart.max_cost,
        },
        &chart,
    );
    let lang = use_lang();
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
                <line class="axis" x1="64" y1="212" x2="544" y2="212" />
                <line class="axis" x1="64" y1="12" x2="64" y2="212" />
                <text class="tick" x="58" y="212" text-anchor="end">{lang.money(Decimal::ZERO, currency)}</text>
                <text class="tick" x="58" y="22" text-anchor="end">{lang.money(chart.max_cost, currency)}</text>
                <text class="tick" x="64" y="228" text-anchor="middle">{"0"}</text>
                <text class="tick" x="544" y="228" text-anchor="end">{lang.minutes(chart.max_minutes)}</text>
                <text class="axis-label" x="304" y="254" text-anchor="middle">{lang.t(Msg::ChartAxis)}</text>
                <line class="today" x1={today_x.to_string()} x2={today_x.to_string()} y1="12" y2="212" />
                <text class="today-label" x={(today_x + Decimal::from(4)).to_string()} y="24">{lang.tf(Msg::ChartToday, &[("minutes", &lang.minutes(chart.today))])}</text>
                <polyline class="per-user" points={polyline(&chart.per_user, &chart)} />
                <polyline class="ppm" points={polyline(&chart.pay_per_minute, &chart)} />
                { for chart.crossings.iter().map(|(point, side)| {
                    let (x, y) = svg(*point, &chart);
                    let label = match side {
                        Side::PerUser => lang.tf(Msg::ChartLicenceAbove, &[("minutes", &lang.minutes(point.minutes))]),
                        Side::PayPerMinute => lang.tf(Msg::ChartPpmAbove, &[("minutes", &lang.minutes(point.minutes))]),
                    };
                    let anchor = if x > Decimal::from(LEFT + WIDTH * 6 / 10) { "end" } else { "start" };
                    let label_x = x + Decimal::from(if anchor == "end" { -8 } else { 8 });
                    html! {
                        <g class="crossing">
                            <circle cx={x.to_string()} cy={y.to_string()} r="5" />
                            <text data-testid="chart-crossing" x={label_x.to_string()} y={(y - Decimal::from(10)).to_string()} text-anchor={anchor}>{label}</text>
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
