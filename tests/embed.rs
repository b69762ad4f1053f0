//! Embed options as a host page writes them: read strictly, with a warning for anything else.
#![cfg(not(target_arch = "wasm32"))]

use audio_cost::embed::{host_csp, origin_allowed, snippets, EmbedOptions, Mode, Theme};
use audio_cost::pricing::CountryCode;
use audio_cost::state::{Action, Input};

fn read(pairs: &[(&str, &str)]) -> (EmbedOptions, Vec<String>) {
    EmbedOptions::read(Mode::Script, pairs.iter().copied(), "USD")
}

#[test]
fn the_issues_example_attributes_apply() {
    // data-country="GB" data-theme="dark" data-organizers="100": all valid.
    let (options, warnings) = read(&[
        ("country", "GB"),
        ("theme", "dark"),
        ("organizers", "100"),
        ("brand", "#c00"),
        ("radius", "4px"),
        ("font", "Georgia, serif"),
        ("transparent", "true"),
    ]);
    assert_eq!(warnings, Vec::<String>::new());
    assert!(options.transparent);
    assert_eq!(options.country, CountryCode::parse("GB"));
    assert_eq!(options.theme, Theme::Dark);
    assert_eq!(options.organizers, Some(100));
    assert_eq!(
        options.style,
        vec![
            ("--ac-brand", "#c00".to_string()),
            ("--ac-radius", "4px".to_string()),
            ("--ac-font", "Georgia, serif".to_string())
        ]
    );
    assert_eq!(
        options.initial_actions(),
        vec![
            Action::text(Input::TenantCountry, "United Kingdom"),
            Action::text(Input::Organizers(0), "100")
        ]
    );
}

#[test]
fn unknown_or_invalid_attributes_warn_and_fall_back() {
    let (options, warnings) = read(&[
        ("country", "Atlantis"),
        ("organizers", "-5"),
        ("organizers", "0"),
        ("theme", "neon"),
        ("brand", "red; background: url(http://x)"),
        ("font", "x}body{display:none"),
        ("radius", "calc(1px)"),
        ("colour", "blue"),
        ("locale", "fr"),
        ("currency", "EUR"),
        ("origins", "javascript:alert(1)"),
    ]);
    assert_eq!(
        options,
        EmbedOptions {
            mode: Mode::Script,
            ..EmbedOptions::default()
        }
    );
    assert_eq!(warnings.len(), 11, "{warnings:#?}");
    assert_eq!(
        warnings[0],
        "Audio Conferencing calculator: country=\"Atlantis\" ignored: not a country name or code."
    );
    assert!(warnings[8].contains("use en or es"), "{}", warnings[8]);
    assert!(
        warnings[9].contains("the rate card's currency, USD"),
        "{}",
        warnings[9]
    );
    // The currency the card has, and English, are accepted silently.
    assert!(read(&[("currency", "usd"), ("locale", "en-GB")])
        .1
        .is_empty());
}

#[test]
fn origins_are_listed_and_checked() {
    let (options, warnings) = read(&[
        ("origins", "https://example.com http://127.0.0.1:8080/"),
        ("rates", "/rates/negotiated.json"),
        ("rates-origins", "https://cdn.example.com"),
    ]);
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(
        options.parent_origins,
        ["https://example.com", "http://127.0.0.1:8080"]
    );
    assert!(origin_allowed(
        "http://127.0.0.1:8080",
        &options.parent_origins
    ));
    assert!(!origin_allowed(
        "http://127.0.0.1:9999",
        &options.parent_origins
    ));
    assert!(
        origin_allowed("https://any.example", &[]),
        "nothing listed: any parent"
    );
    assert_eq!(options.rates.as_deref(), Some("/rates/negotiated.json"));
    assert_eq!(options.rates_origins, ["https://cdn.example.com"]);
}

#[test]
fn snippets_carry_the_scenario_and_theme() {
    let (iframe, script) = snippets("https://calc.example/", "v2.AAAA", Theme::Dark);
    assert_eq!(
        iframe,
        "<iframe src=\"https://calc.example/?embed=1&amp;theme=dark#v2.AAAA\" title=\"Teams Audio Conferencing cost calculator\" allow=\"clipboard-write\" data-audio-cost-frame style=\"width:100%;height:900px;border:0\"></iframe>\n<script src=\"https://calc.example/embed.js\" defer></script>"
    );
    assert_eq!(
        script,
        "<div data-audio-cost-calculator data-scenario=\"v2.AAAA\" data-theme=\"dark\"></div>\n<script src=\"https://calc.example/embed.js\" defer></script>"
    );
}

#[test]
fn the_host_csp_names_the_calculators_origin() {
    // Sources are origins: the calculator's path (here /calc/) doesn't belong in them.
    let (iframe, script) = host_csp("https://calc.example:8443/calc/");
    assert_eq!(
        iframe,
        "frame-src https://calc.example:8443; script-src https://calc.example:8443"
    );
    assert_eq!(
        script,
        "script-src https://calc.example:8443 'wasm-unsafe-eval'; connect-src https://calc.example:8443; style-src https://calc.example:8443; worker-src blob:"
    );
}
