//! A server-side render of the first screen, natively: the page's markup and figures exist
//! before any browser runs it.
#![cfg(not(target_arch = "wasm32"))]

use audio_cost::ui::App;
use yew::LocalServerRenderer;

async fn render() -> String {
    let local = tokio::task::LocalSet::new();
    local
        .run_until(async {
            LocalServerRenderer::<App>::new()
                .hydratable(false)
                .render()
                .await
        })
        .await
}

fn text_of(html: &str, testid: &str) -> String {
    let start = html
        .find(&format!("data-testid=\"{testid}\""))
        .unwrap_or_else(|| panic!("no {testid}"));
    let open_end = start + html[start..].find('>').unwrap() + 1;
    let close = open_end + html[open_end..].find('<').unwrap();
    html[open_end..close].to_string()
}

#[tokio::test(flavor = "current_thread")]
async fn the_first_screen_shows_a_complete_comparison() {
    let html = render().await;
    // Figures worked out in tests/engine.rs.
    assert_eq!(text_of(&html, "total-per-user"), "$347.75");
    assert_eq!(text_of(&html, "total-ppm"), "$444.75");
    assert!(text_of(&html, "savings").starts_with("$97.00 a month (21.8%)"));
    assert!(text_of(&html, "break-even").contains("above 280.7 phone minutes per organizer"));
    assert!(
        text_of(&html, "rate-card-notice").starts_with("Sample rates, not Microsoft's price list")
    );
    assert_eq!(html.matches("data-testid=\"usage-line\"").count(), 4);
    // The chart marks the crossover the engine found; the what-if shows +20 % (tests/chart.rs).
    assert_eq!(
        text_of(&html, "chart-crossing"),
        "licence pays off above 280.7 min"
    );
    assert!(html.contains("<td class=\"num\">$387.20</td>"));
    assert!(
        html.contains("aria-valuetext=\"100%\""),
        "the pool gauge is full"
    );
    for hook in [
        "tenant-country",
        "organizers",
        "licence-offer",
        "licence-price",
        "usage-kind",
        "usage-country",
        "usage-phone-type",
        "usage-calls",
        "usage-minutes",
        "add-usage-line",
        "verdict",
        "warnings",
    ] {
        assert!(html.contains(&format!("data-testid=\"{hook}\"")), "{hook}");
    }
}
