//! The English and Spanish catalogues, and numbers the way each language writes them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use audio_cost::i18n::number::parse_number;
use audio_cost::i18n::text;
use audio_cost::i18n::{Lang, Msg, EN, ES, KEYS};
use audio_cost::pricing::scenario::LineField;
use audio_cost::pricing::{BreakEven, Crossing, Side};
use audio_cost::state::{Action, Input, State};
use rust_decimal_macros::dec;
use yew::Reducible;

#[test]
fn each_message_is_its_line_of_each_catalogue() {
    // build/messages.rs fails the build when a key or a {placeholder} is missing in either file;
    // what it could still get wrong is the pairing: a variant, a key and a text from different
    // lines, or one language's text in the other's table. The first message (en.txt:5,
    // es.txt:4), one from the middle (en.txt:15, es.txt:14) and the last (en.txt:343,
    // es.txt:342), copied from the files:
    for (msg, key, en, es) in [
        (
            Msg::KindTollDialIn,
            "kind_toll_dial_in",
            "Toll dial-in",
            "Entrante de pago",
        ),
        (
            Msg::SidePerUser,
            "side_per_user",
            "Per-user licence",
            "Licencia por usuario",
        ),
        (
            Msg::ImportFactsDiffer,
            "import_facts_differ",
            "{what} differs from what Microsoft documents for this country; a card carries \
             rates only (the facts come from the calculator's data)",
            "{what} difiere de lo que Microsoft documenta para este país; una tarifa solo lleva \
             precios (los hechos vienen de los datos de la calculadora)",
        ),
    ] {
        assert_eq!(KEYS[msg as usize], key);
        assert_eq!((Lang::En.t(msg), Lang::Es.t(msg)), (en, es), "{key}");
    }
    assert_eq!(Msg::KindTollDialIn as usize, 0, "in the order of en.txt");
    // Placeholders are filled by name: es.txt:25 "Entrante gratuita desde {place}, {phone}".
    let args = [("place", "Alemania (DE)"), ("phone", "fijo")];
    assert_eq!(
        Lang::Es.tf(Msg::LineTollFreeDialIn, &args),
        "Entrante gratuita desde Alemania (DE), fijo"
    );
}

#[test]
fn spanish_is_translated_not_copied() {
    // The same word in both languages, on purpose.
    let same = ["row_min", "embed_iframe", "embed_script"];
    let copied: Vec<&str> = KEYS
        .iter()
        .enumerate()
        .filter(|(i, key)| EN[*i] == ES[*i] && !same.contains(key))
        .map(|(_, key)| *key)
        .collect();
    assert!(copied.is_empty(), "untranslated: {copied:?}");
}

#[test]
fn no_component_writes_its_own_words() {
    // Text in markup (`{"Words"}`) or in a labelling attribute must come from the catalogue.
    let patterns = ["{\"", "label=\"", "hint=\"", "placeholder=\"", "title=\""];
    let mut dirs = vec!["src/ui".into(), std::path::PathBuf::from("src/embed")];
    let mut files = Vec::new();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 20, "the components: {files:?}");
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        for (n, line) in source.lines().enumerate() {
            for pattern in patterns {
                for (at, _) in line.match_indices(pattern) {
                    let rest = &line[at + pattern.len()..];
                    let words = rest
                        .chars()
                        .take_while(|c| *c != '"')
                        .filter(|c| c.is_alphabetic())
                        .count();
                    assert!(words < 2, "{}:{}: {}", path.display(), n + 1, line.trim());
                }
            }
        }
    }
}

#[test]
fn money_and_numbers_the_spanish_way_without_a_browser() {
    // Natively (the CLI, server-side rendering) the fallback writes what Intl writes for "es":
    // a decimal comma, "." grouping from five digits, the currency after a no-break space.
    assert_eq!(Lang::Es.money(dec!(1234.565), "USD"), "1234,57\u{a0}US$");
    assert_eq!(Lang::Es.money(dec!(12345.6), "EUR"), "12.345,60\u{a0}€");
    assert_eq!(Lang::Es.minutes(dec!(2333.33)), "2333,3");
    assert_eq!(Lang::Es.count(1_000_000u32), "1.000.000");
    assert_eq!(Lang::Es.percent(dec!(21.81)), "21,8\u{a0}%");
    assert_eq!(Lang::En.money(dec!(1234.565), "USD"), "$1,234.57");
    assert_eq!(Lang::En.percent(dec!(21.81)), "21.8%");
}

#[test]
fn spanish_numbers_are_typed_with_a_decimal_comma() {
    let es = |s: &str| parse_number(s, Lang::Es).map_err(|msg| Lang::Es.t(msg));
    assert_eq!(es("1,5"), Ok(dec!(1.5)));
    assert_eq!(es("1.000"), Ok(dec!(1000)));
    assert_eq!(es("1.000,25"), Ok(dec!(1000.25)));
    assert_eq!(
        es("1.5"),
        Err("Usa una coma para los decimales, p. ej. 1,5")
    );
    assert_eq!(es("abc"), Err("Escribe un número como 20 o 2,5"));
    assert_eq!(
        parse_number("1,5", Lang::En).map_err(|msg| Lang::En.t(msg)),
        Err("Use a point for decimals, e.g. 1.5")
    );
}

#[test]
fn switching_to_spanish_rewrites_the_form_and_the_messages() {
    // The example in Spanish: the same figures, written the Spanish way ($348.40, tests/ssr.rs,
    // is "348,40 US$"), the verdict and a field's message in Spanish.
    let state = Rc::new(State::default()).reduce(Action::SetLanguage(Lang::Es));
    assert_eq!(state.lang, Lang::Es);
    assert_eq!(state.form.licence_price, "4,00");
    let summary = audio_cost::i18n::text::Summary::new(state.lang, &state.quote, &state.scenario);
    assert_eq!(summary.total_per_user, "348,40\u{a0}US$");
    assert!(summary
        .verdict
        .starts_with("La licencia por usuario sale más barata."));
    let state = state.reduce(Action::text(Input::Organizers(0), "abc"));
    assert_eq!(
        state
            .error(audio_cost::pricing::Field::Organizers(0))
            .as_deref(),
        Some("Escribe un número entero, como 20")
    );
    // Typed the Spanish way: 2,5 calls per organizer on the first line.
    let id = state.form.groups[0].lines[0].id;
    let state = state
        .reduce(Action::text(Input::Organizers(0), "50"))
        .reduce(Action::text(Input::Line(0, id, LineField::Calls), "2,5"));
    assert!(state.errors.is_empty(), "{:?}", state.errors);
    assert_eq!(state.scenario.groups[0].usage[0].calls, dec!(2.5));
    assert_eq!(Lang::Es.t(Msg::SidePerUser), "Licencia por usuario");
}

#[test]
fn the_break_even_sentence_opens_with_a_capital_in_both_languages() {
    // The example's one crossing is at 200 / 313.5 x 440 = 280.70 minutes (tests/engine.rs),
    // today 440. A second, made-up crossing at 1,000 minutes shows how the next ones follow.
    let card = audio_cost::pricing::builtin_card();
    let mut q = audio_cost::pricing::quote(&common::example(), &card).unwrap();
    let BreakEven::Crossings { points } = &mut q.break_even else {
        panic!("expected a crossing: {:?}", q.break_even)
    };
    points.push(Crossing {
        minutes_per_organizer: dec!(1000),
        scale: dec!(1000) / dec!(440),
        cheaper_above: Side::PayPerMinute,
    });
    assert_eq!(
        text::break_even(Lang::En, &q),
        "The per-user licence pays off above 280.7 phone minutes per organizer per month; \
         pay-per-minute is cheaper above 1,000 phone minutes per organizer per month (today: 440)."
    );
    assert_eq!(
        text::break_even(Lang::Es, &q),
        "La licencia por usuario compensa a partir de 280,7 minutos de teléfono por organizador al mes; \
         el pago por minuto sale más barato a partir de 1000 minutos de teléfono por organizador al mes (hoy: 440)."
    );
}
