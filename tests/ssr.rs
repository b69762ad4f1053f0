//! A server-side render of the first screen, natively: the page's markup and figures exist
//! before any browser runs it.
#![cfg(not(target_arch = "wasm32"))]

use audio_cost::i18n::Lang;
use audio_cost::share;
use audio_cost::ui::browser::storage::KEYS;
use audio_cost::ui::{prerender, App};
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
    // The example (tests/engine.rs works it out with each average rounded up once: $347.75 and
    // $444.75) as the page first shows it, with calls that vary in length: every call bills
    // 0.05 min more. Licence: 200.00 + toll-free 100 x 25.05 x 0.0228 = 57.114 + GB
    // (200 x 20.05 - 3,000 pool) x 0.0165 = 16.665 + AE 50 x 10.05 x 0.1485 = 74.62125:
    // 348.40025. Pay-per-minute: toll 500 x 30.05 x 0.0165 = 247.9125 + 57.114 + GB
    // 4,010 x 0.0165 = 66.165 + 74.62125 = 445.81275. Savings 445.81 - 348.40 = 97.41.
    assert_eq!(text_of(&html, "total-per-user"), "$348.40");
    assert_eq!(text_of(&html, "total-ppm"), "$445.81");
    assert!(text_of(&html, "savings").starts_with("$97.41 a month"));
    assert!(text_of(&html, "break-even").contains("phone minutes per organizer"));
    assert!(
        text_of(&html, "rate-card-notice").starts_with("Sample rates, not Microsoft's price list")
    );
    assert_eq!(html.matches("data-testid=\"usage-line\"").count(), 4);
    // The chart marks the crossover the engine found; the what-if shows +20 % (tests/chart.rs).
    assert_eq!(
        text_of(&html, "chart-crossing"),
        "licence pays off above 280.7 min"
    );
    // +20 %: 200.00 + toll-free 57.114 x 1.2 = 68.5368 + GB (4,812 - 3,000) x 0.0165 = 29.898
    // + AE 74.62125 x 1.2 = 89.5455: 387.9803.
    assert!(html.contains("<td class=\"num\">$387.98</td>"));
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

#[tokio::test(flavor = "current_thread")]
async fn the_prerendered_first_screen_is_the_quote_inert_and_without_hooks() {
    let local = tokio::task::LocalSet::new();
    let screen = local.run_until(prerender::first_screen()).await;
    assert!(screen.starts_with("<div class=\"ac-prerendered\" inert>"));
    // The example's totals as first shown (above), marked for Element Timing.
    for (timing, total) in [("total-per-user", "$348.40"), ("total-ppm", "$445.81")] {
        let at = screen
            .find(&format!("elementtiming=\"{timing}\""))
            .unwrap_or_else(|| panic!("no {timing}"));
        assert!(screen[at..].contains(total), "{total}");
    }
    assert!(screen.contains("The per-user licence is cheaper."));
    // The hooks and ids belong to the live page; the form comes with the app.
    assert!(!screen.contains("data-testid="));
    assert!(!screen.contains(" id=\""));
    assert!(!screen.contains("<form"));
}

#[test]
fn the_first_screen_goes_into_the_built_page_once() {
    let page = "<!doctype html>\n<html>\n<head>\n  <title>t</title>\n</head>\n<body>\n  \
                <div id=\"audio-cost-app\"><noscript>n</noscript></div>\n</body>\n</html>\n";
    let screen = "<div class=\"ac-prerendered\" inert>S</div>";
    let built = prerender::into_page(page, screen, "v3.AB").unwrap();
    assert_eq!(
        built,
        "<!doctype html>\n<html>\n<head>\n  <meta name=\"audio-cost-first-screen\" content=\"v3.AB\">\n  \
         <title>t</title>\n</head>\n<body>\n  <div id=\"audio-cost-app\"><div class=\"ac-prerendered\" \
         inert>S</div><noscript>n</noscript></div>\n</body>\n</html>\n"
    );
    assert_eq!(
        prerender::into_page(&built, screen, "v3.AB"),
        Err("the page already has a prerendered first screen".into())
    );
    assert_eq!(
        prerender::into_page("<head></head>", screen, "v3.AB"),
        Err("the page has no <div id=\"audio-cost-app\">".into())
    );
}

#[test]
fn the_guard_script_knows_the_first_screen_fragment_the_keys_and_the_languages() {
    // The guard compares links and saved work with the first screen's fragment: the one the app
    // writes for its first state, in English.
    let first = prerender::first_fragment();
    assert_eq!(
        share::decode(&first).unwrap().language,
        Some(Lang::En),
        "the link carries its language"
    );
    let guard = std::fs::read_to_string("static/prerender-guard.js").unwrap();
    // The storage keys are the app's (src/ui/browser/storage.rs).
    for key in KEYS {
        assert!(guard.contains(&format!("'{key}'")), "{key}");
    }
    // The languages are Lang::ALL.
    let codes: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("'{}'", l.code()))
        .collect();
    assert!(guard.contains(&format!("[{}]", codes.join(", "))));
}
