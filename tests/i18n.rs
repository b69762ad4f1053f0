//! The English and Spanish catalogues, and numbers the way each language writes them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use audio_cost::i18n::number::{parse_number, read_number, Marks};
use audio_cost::i18n::text;
use audio_cost::i18n::{Lang, Msg, EN, ES, KEYS};
use audio_cost::pricing::scenario::LineField;
use audio_cost::pricing::{builtin_card, BreakEven, CountryCode, Crossing, Side};
use audio_cost::state::{Action, Input, State};
use rust_decimal_macros::dec;
use yew::Reducible;

#[test]
fn each_message_is_its_line_of_each_catalogue() {
    // build/messages.rs fails the build when a key or a {placeholder} is missing in either file;
    // what it could still get wrong is the pairing: a variant, a key and a text from different
    // lines, or one language's text in the other's table. The first message (en.txt:5,
    // es.txt:5), one from the middle (en.txt:15, es.txt:15) and the last (en.txt:352,
    // es.txt:352), copied from the files:
    for (msg, key, en, es) in [
        (
            Msg::KindTollDialIn,
            "kind_toll_dial_in",
            "Toll dial-in",
            "Entrante a n.º de pago",
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
            "{what} difiere de lo que Microsoft documenta para este país; un tarifario solo lleva \
             tarifas (los hechos vienen de los datos de la calculadora)",
        ),
    ] {
        assert_eq!(KEYS[msg as usize], key);
        assert_eq!((Lang::En.t(msg), Lang::Es.t(msg)), (en, es), "{key}");
    }
    assert_eq!(Msg::KindTollDialIn as usize, 0, "in the order of en.txt");
    // Placeholders are filled by name: es.txt:26 "Entrante a número gratuito desde {place},
    // {phone}".
    let args = [("place", "Alemania (DE)"), ("phone", "fijo")];
    assert_eq!(
        Lang::Es.tf(Msg::LineTollFreeDialIn, &args),
        "Entrante a número gratuito desde Alemania (DE), fijo"
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
    // A Spanish page without a browser (and in Spain, es-ES): a decimal comma, "." groups.
    let es = |s: &str| parse_number(s, Lang::Es).map_err(|msg| Lang::Es.says(msg));
    assert_eq!(es("1,5"), Ok(dec!(1.5)));
    assert_eq!(es("1.000"), Ok(dec!(1000)));
    assert_eq!(es("1.000,25"), Ok(dec!(1000.25)));
    // "1.5" can't be Spanish grouping (a group has three digits), so it can only be 1,5.
    assert_eq!(es("1.5"), Ok(dec!(1.5)));
    assert_eq!(es("1.2.3"), Err("Escribe los decimales como en 2,5".into()));
    assert_eq!(es("abc"), Err("Escribe un número como 20 o 2,5".into()));
    assert_eq!(Lang::Es.editable(dec!(2.5)), "2,5");
}

#[test]
fn each_locale_types_numbers_its_own_way_and_either_way_when_unambiguous() {
    // es-ES (Intl: "12.345,5") and es-MX / es-US (Intl: "12,345.5"): Lang::marks gives the page
    // these from the browser's locale; natively they are given here.
    let es_es = |s: &str| read_number(s, Marks::COMMA);
    let es_mx = |s: &str| read_number(s, Marks::POINT);
    // What each locale means by its own marks.
    assert_eq!(es_es("1,5"), Ok(dec!(1.5)));
    assert_eq!(es_mx("1.5"), Ok(dec!(1.5)));
    assert_eq!(es_es("1.234,5"), Ok(dec!(1234.5)));
    assert_eq!(es_mx("1,234.5"), Ok(dec!(1234.5)));
    // The same text, read the locale's way where both readings are possible: "1.500" is
    // 1500 in Spain and 1.5 in Mexico; "1,500" the other way round.
    assert_eq!(es_es("1.500"), Ok(dec!(1500)));
    assert_eq!(es_mx("1.500"), Ok(dec!(1.5)));
    assert_eq!(es_es("1,500"), Ok(dec!(1.5)));
    assert_eq!(es_mx("1,500"), Ok(dec!(1500)));
    // Where only the other reading is possible, it is taken: "1,5" in Mexico (no group of
    // one digit) and "1.5" in Spain; "1,234.5" in Spain and "1.234,5" in Mexico.
    assert_eq!(es_mx("1,5"), Ok(dec!(1.5)));
    assert_eq!(es_es("1.5"), Ok(dec!(1.5)));
    assert_eq!(es_es("1,234.5"), Ok(dec!(1234.5)));
    assert_eq!(es_mx("1.234,5"), Ok(dec!(1234.5)));
    // A number that reads either way keeps its other problems: -1.5 is negative, not malformed.
    assert_eq!(es_es("-1.5"), Err(Msg::ProblemNegative));
    // Neither reading: the locale's message.
    assert_eq!(es_mx("1,2,3"), Err(Msg::NumberSeparator));
    assert_eq!(es_es("1.2.3"), Err(Msg::NumberSeparator));
    assert_eq!(es_mx("1.2.3"), Err(Msg::NumberMalformed));
    // Costa Rica groups with a (no-break) space and a decimal comma: "1 234,5".
    let es_cr = |s: &str| {
        read_number(
            s,
            Marks {
                decimal: ',',
                group: '\u{a0}',
            },
        )
    };
    assert_eq!(es_cr("1 234,5"), Ok(dec!(1234.5)));
    assert_eq!(es_cr("1\u{a0}234,5"), Ok(dec!(1234.5)));
    assert_eq!(es_cr("1.5"), Ok(dec!(1.5)));
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

#[test]
fn the_sample_card_is_dated_and_sourced_by_its_anchor_not_by_the_build() {
    // data/sample-anchor.csv: 1.3p and 0.60p a minute, from a 2017 post by 365uc quoting
    // Microsoft's sheet, at 1.27 USD/GBP (undated). The card's date is the anchor's, and the
    // notice says all of it in the reader's language, with the reader's decimal marks; no word
    // of the card's English name ("Built-in sample rates").
    let card = builtin_card();
    assert_eq!(card.as_of, "2017");
    assert_eq!(
        text::rate_card_notice(Lang::Es, &card),
        "Tarifas de ejemplo, no la lista de precios de Microsoft, en USD. Parten del único par \
         de tarifas de Microsoft publicado, de 2017: para un inquilino del Reino Unido con pago \
         por minuto, la llamada entrante desde EE. UU. cuesta 1,3 peniques por minuto a un \
         número de pago y 0,60 peniques a un número gratuito (la hoja de tarifas de Microsoft, \
         citada por 365uc (medium.com)), convertido a 1,27 USD por GBP, un tipo de cambio cuya \
         fecha no se registró; las demás tarifas siguen una regla fija. Para un presupuesto \
         real, importa la hoja de tarifas de Microsoft (más abajo, en «Tarifario»)."
    );
    let english = text::rate_card_notice(Lang::En, &card);
    assert!(english.starts_with("Sample rates, not Microsoft's price list, in USD."));
    assert!(english.contains("from 2017: for a UK tenant on pay-per-minute"));
    assert!(english.contains("1.3 pence a minute to a toll number and 0.60 pence"));
    assert!(english
        .contains("converted at 1.27 USD per GBP, an exchange rate whose date was not recorded"));
    // 1.3p x 1.27 = 1.651 US cents = 0.01651, rounded to 0.0165: the Zone A toll rate (GB).
    let gb = card.country(CountryCode::parse("GB").unwrap()).unwrap();
    assert_eq!(
        gb.rates.toll_dial_in.map(|r| r.per_minute),
        Some(dec!(0.0165))
    );
    // 0.60p x 1.27 = 0.762 US cents, rounded to 0.0076: toll-free from a wireline phone.
    assert_eq!(
        gb.rates.toll_free_wireline.map(|r| r.per_minute),
        Some(dec!(0.0076))
    );
}

#[test]
fn a_group_nobody_named_is_named_in_the_readers_language() {
    // The example's only group has no name: "All organizers", "Todos los organizadores"; a
    // second unnamed group is "Group 2" / "Grupo 2", and the first becomes "Group 1"; a typed
    // name is shown as typed in either language.
    let state = Rc::new(State::default());
    assert_eq!(state.scenario.groups[0].name, "");
    let name =
        |state: &State, lang, g| text::scenario_group_name(lang, &state.scenario, g).into_owned();
    assert_eq!(name(&state, Lang::En, 0), "All organizers");
    assert_eq!(name(&state, Lang::Es, 0), "Todos los organizadores");
    let state = state
        .reduce(Action::Edit(audio_cost::state::Edit::AddGroup))
        .reduce(Action::text(Input::GroupName(1), "Sales"));
    assert_eq!(name(&state, Lang::Es, 0), "Grupo 1");
    assert_eq!(name(&state, Lang::Es, 1), "Sales");
    // The best mix names them so: the first group licensed, "Sales" (10 organizers, no calls)
    // on pay-per-minute (tests/state.rs works out the figures: 30.10 saved against the
    // licence; against pay-per-minute 445.81 - 348.40 = 97.41, the first screen's totals with
    // calls that vary in length, tests/ssr.rs).
    let summary = text::Summary::new(Lang::Es, &state.quote, &state.scenario);
    assert_eq!(
        summary.mix.replace('\u{a0}', " "),
        "Licencia por usuario: Grupo 1. Pago por minuto: Sales. Ahorra 30,10 US$ al mes frente \
         a la licencia por usuario y 97,41 US$ frente al pago por minuto."
    );
}
