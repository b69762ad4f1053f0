//! The scenario reducer, natively: every change the page can make.
//! Default scenario: 50 organizers in the US; licence $347.75, pay-per-minute $444.75
//! (worked out in tests/engine.rs) with each call's average rounded up once, as `run` sets it;
//! the page's first screen (calls that vary in length) shows $348.40 and $445.81 (tests/ssr.rs).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use audio_cost::i18n::number::money;
use audio_cost::i18n::number::parse_number;
use audio_cost::i18n::{text, Lang};
use audio_cost::pricing::scenario::{LineField, OfferField};
use audio_cost::pricing::{Field, OfferPreset, PhoneType, Side, UsageKind, Warning};
use audio_cost::share::decode;
use audio_cost::state::{Action, Edit, Input, LinePick, State};
use common::{run, run_from};
use yew::Reducible;

/// The monthly totals as shown: (per-user licence, pay-per-minute).
fn totals(state: &State) -> (String, String) {
    common::shown_totals(&state.quote)
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.into(), b.into())
}

#[test]
fn the_first_screen_is_the_example_quote() {
    let state = State::default();
    assert_eq!(totals(&state), pair("$348.40", "$445.81"));
    assert!(state.errors.is_empty());
    assert_eq!(state.form.tenant_country, "United States");
}

#[test]
fn more_organizers_recompute_the_quote() {
    // 100 organizers: licences 400.00; toll-free 100 x 2 x 25 = 5,000 x 0.0228 = 114.00;
    // GB 8,000 min, pool 6,000, 2,000 x 0.0165 = 33.00; AE 1,000 x 0.1485 = 148.50 -> 695.50.
    // Pay-per-minute doubles: 889.50.
    let state = run(vec![Action::text(Input::Organizers(0), "100")]);
    assert_eq!(totals(&state), pair("$695.50", "$889.50"));
}

#[test]
fn bad_input_keeps_the_text_and_the_last_valid_quote() {
    for (typed, message) in [
        ("abc", "Enter a whole number like 20"),
        ("1e30", "Enter a whole number like 20"),
        ("-1", "Can't be negative"),
        ("", "Enter a number"),
        ("2.5", "Enter a whole number"),
        ("99999999999", "That number is too large"),
        ("0", "Enter a number from 1 to 1,000,000"),
        ("😀", "Enter a whole number like 20"),
    ] {
        let state = run(vec![
            Action::text(Input::Organizers(0), "100"),
            Action::text(Input::Organizers(0), typed),
        ]);
        assert_eq!(
            state.form.groups[0].organizers, typed,
            "the text stays as typed"
        );
        assert_eq!(
            state.error(Field::Organizers(0)).as_deref(),
            Some(message),
            "for {typed:?}"
        );
        assert_eq!(
            totals(&state),
            pair("$695.50", "$889.50"),
            "last valid quote for {typed:?}"
        );
    }
}

#[test]
fn fixing_the_field_clears_the_message() {
    let state = run(vec![
        Action::text(Input::Organizers(0), "x"),
        Action::text(Input::Organizers(0), "100"),
    ]);
    assert!(state.errors.is_empty());
    assert_eq!(totals(&state), pair("$695.50", "$889.50"));
}

#[test]
fn numbers_read_as_people_type_them() {
    assert_eq!(
        parse_number(" 1,000 ", Lang::En).unwrap().to_string(),
        "1000"
    );
    assert_eq!(parse_number("2.5", Lang::En).unwrap().to_string(), "2.5");
    assert_eq!(parse_number(".5", Lang::En).unwrap().to_string(), "0.5");
    // "1,5" can't be English grouping, so it can only be a decimal comma; "1,2,3" is neither.
    assert_eq!(parse_number("1,5", Lang::En).unwrap().to_string(), "1.5");
    assert_eq!(
        Lang::En.says(parse_number("1,2,3", Lang::En).unwrap_err()),
        "Write decimals as in 2.5"
    );
    assert_eq!(
        Lang::En.t(parse_number(&"9".repeat(1_000_000), Lang::En).unwrap_err()),
        "That is too long for a number"
    );
}

#[test]
fn adding_a_line_copies_the_last_country() {
    // The new line: dial-out to the last line's country (AE, not Zone A), wireline, 1 call x 10
    // min per organizer = 500 min x 0.0495 = 24.75 on both: 372.50 and 469.50.
    let state = run(vec![Action::Edit(Edit::AddLine(0))]);
    let lines = &state.form.groups[0].lines;
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[4].country, "United Arab Emirates");
    assert_eq!(totals(&state), pair("$372.50", "$469.50"));
}

#[test]
fn removing_and_editing_lines() {
    // Removing toll dial-in (15,000 min, 247.50 on pay-per-minute only): 347.75 vs 197.25.
    let first = State::default().form.groups[0].lines[0].id;
    let state = run(vec![Action::Edit(Edit::RemoveLine(0, first))]);
    assert_eq!(state.form.groups[0].lines.len(), 3);
    assert_eq!(totals(&state), pair("$347.75", "$197.25"));

    // The AE line (id 3) to wireline: 500 min x 0.0495 = 24.75 instead of 74.25 on both.
    let state = run(vec![Action::Edit(Edit::Pick(
        0,
        3,
        LinePick::Phone(PhoneType::Wireline),
    ))]);
    assert_eq!(totals(&state), pair("$298.25", "$395.25"));

    // The same line as toll dial-in from AE, which has no documented toll numbers: not priced.
    let state = run(vec![Action::Edit(Edit::Pick(
        0,
        3,
        LinePick::Kind(UsageKind::TollDialIn),
    ))]);
    assert_eq!(totals(&state), pair("$273.50", "$370.50"));
    let left_out = state.quote.warnings.iter();
    let left_out = left_out.filter(|w| matches!(w, Warning::LineNotPriced { .. }));
    assert_eq!(left_out.count(), 1);
}

#[test]
fn an_unknown_country_is_a_message_beside_its_field() {
    let state = run(vec![Action::text(
        Input::Line(0, 2, LineField::Country),
        "Narnia",
    )]);
    assert!(state
        .error(Field::Line(0, 2, LineField::Country))
        .as_deref()
        .unwrap()
        .starts_with("Pick a country"));
    assert_eq!(totals(&state), pair("$347.75", "$444.75"));
    let state = run(vec![Action::text(Input::TenantCountry, "Atlantis")]);
    assert_eq!(
        state.error(Field::TenantCountry).as_deref(),
        Some("Pick a country from the list (a name or a two-letter code such as GB)")
    );
}

#[test]
fn a_pay_per_minute_only_tenant() {
    // Albania: the licence can't be bought. Pay-per-minute rates don't depend on the tenant.
    let state = run(vec![Action::text(Input::TenantCountry, "albania")]);
    assert!(state.errors.is_empty());
    assert_eq!(totals(&state), pair("n/a", "$444.75"));
}

#[test]
fn choosing_the_us_can_offer_sets_its_price_and_pool() {
    // Price 0; its pool covers US/Canada only, so GB dial-out is billed in full:
    // 0 + 57.00 + 66.00 + 74.25 = 197.25.
    let state = run(vec![Action::Edit(Edit::Offer(OfferPreset::DialOutUsCan))]);
    assert_eq!(state.form.licence_price, "0");
    assert_eq!(totals(&state), pair("$197.25", "$444.75"));
}

#[test]
fn prices_and_term_are_editable() {
    // Licence at 2.50: 50 x 2.50 = 125.00 instead of 200.00 -> 272.75. Pay-per-minute fee 1.00
    // per organizer: +50.00 -> 494.75. 24 months: 272.75 x 24 = 6,546.00.
    let state = run(vec![
        Action::text(Input::LicencePrice, "2.50"),
        Action::text(Input::PpmPrice, "1"),
        Action::text(Input::TermMonths, "24"),
    ]);
    assert_eq!(totals(&state), pair("$272.75", "$494.75"));
    assert_eq!(
        money(state.quote.per_user.priced().unwrap().term_total, "USD"),
        "$6,546.00"
    );
    let state = run(vec![Action::text(Input::LicencePrice, "-4")]);
    assert_eq!(
        state
            .error(Field::Offer(Side::PerUser, OfferField::Price))
            .as_deref(),
        Some("Can't be negative")
    );
}

#[test]
fn licences_below_organizers_are_refused() {
    let state = run(vec![Action::text(Input::Licences(0), "10")]);
    assert!(state
        .error(Field::Licences(0))
        .as_deref()
        .unwrap()
        .starts_with("Buy at least one licence per organizer"));
    // 60 licences for 50 organizers: 240.00 in licences and a 3,600-minute pool, which now covers
    // all 4,000 GB minutes but 400: 400 x 0.0165 = 6.60. 240 + 57 + 6.60 + 74.25 = 377.85.
    let state = run(vec![Action::text(Input::Licences(0), "60")]);
    assert_eq!(totals(&state), pair("$377.85", "$444.75"));
}

#[test]
fn start_over_restores_the_example() {
    let run = |actions| run_from(State::default(), actions);
    let state = run(vec![
        Action::text(Input::Organizers(0), "7"),
        Action::Edit(Edit::AddLine(0)),
        Action::Reset,
    ]);
    // The example again; the work it replaced (7 organizers) is kept aside, one click away.
    assert!(state.previous.is_some(), "the edited work is kept aside");
    let mut example = (*state).clone();
    example.previous = None;
    assert_eq!(example, State::default());
    let back = state.reduce(Action::RestorePrevious);
    assert_eq!(back.form.groups[0].organizers, "7");
    assert_eq!(back.form.groups[0].lines.len(), 5);
    // Starting over on the example itself keeps nothing aside: there is nothing to lose.
    assert_eq!(run(vec![Action::Reset]).previous, None);
    // A preset keeps the work it replaces aside too.
    let preset = run(vec![
        Action::text(Input::Organizers(0), "7"),
        Action::Load(Rc::new(audio_cost::pricing::Scenario::example())),
    ]);
    let kept = decode(preset.previous.as_deref().expect("kept aside")).unwrap();
    assert_eq!(kept.scenario.groups[0].organizers, 7);
}

#[test]
fn groups_are_added_named_and_removed_and_the_best_mix_follows() {
    // A second group of 10 organizers with no calls. Licence for all: 60 licences, 240.00; the
    // pool grows to 3,600 so GB's 4,000 minutes leave 400 x 0.0165 = 6.60; with toll-free 57.00
    // and AE 74.25: 377.85. Pay-per-minute is unchanged: 444.75.
    // Best mix: the first group licensed (347.75) and the new one on pay-per-minute (0.00):
    // 347.75, 30.10 below the licence for all and 97.00 below pay-per-minute.
    let state = run(vec![Action::Edit(Edit::AddGroup)]);
    assert_eq!(totals(&state), pair("$377.85", "$444.75"));
    // Unnamed, so each language names it: "Group 2", "Grupo 2"; the first group, no longer
    // the only one, is "Group 1".
    assert_eq!(state.form.groups[1].name, "");
    let name = |lang, g| text::scenario_group_name(lang, &state.scenario, g).into_owned();
    assert_eq!(name(Lang::En, 1), "Group 2");
    assert_eq!(name(Lang::Es, 1), "Grupo 2");
    assert_eq!(name(Lang::En, 0), "Group 1");
    let mix = state.quote.mixed.as_ref().unwrap();
    assert_eq!(mix.assignment, vec![Side::PerUser, Side::PayPerMinute]);
    assert_eq!(money(mix.monthly, "USD"), "$347.75");
    assert_eq!(money(mix.saves_against_per_user.unwrap(), "USD"), "$30.10");

    let state = state
        .reduce(Action::text(Input::GroupName(1), "Sales"))
        .reduce(Action::text(Input::Organizers(1), "abc"));
    assert_eq!(state.scenario.groups[1].name, "Sales");
    assert_eq!(
        state.error(Field::Organizers(1)).as_deref(),
        Some("Enter a whole number like 20")
    );
    // Removing the group with the bad field clears its message and prices one group again.
    let state = state.reduce(Action::Edit(Edit::RemoveGroup(1)));
    assert!(state.errors.is_empty());
    assert_eq!(totals(&state), pair("$347.75", "$444.75"));
    // The last group can't be removed.
    assert_eq!(
        state
            .reduce(Action::Edit(Edit::RemoveGroup(0)))
            .form
            .groups
            .len(),
        1
    );
}

#[test]
fn a_long_group_name_is_a_message_beside_it() {
    let state = run(vec![Action::text(Input::GroupName(0), "x".repeat(61))]);
    assert_eq!(
        state.error(Field::GroupName(0)).as_deref(),
        Some("Use at most 60 characters")
    );
}

#[test]
fn no_more_than_eight_groups() {
    let state = run(vec![Action::Edit(Edit::AddGroup); 9]);
    assert_eq!(state.form.groups.len(), 8);
    assert!(state.errors.is_empty());
}

#[test]
fn scenarios_are_kept_renamed_opened_and_removed_for_comparison() {
    // Keep the example (347.75), then edit to 100 organizers (695.50, see above) and keep that.
    let state = run(vec![
        Action::Compare,
        Action::text(Input::Organizers(0), "100"),
        Action::Compare,
        Action::RenameCompared(0, "Today".into()),
    ]);
    let names: Vec<&str> = state.compared.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Today", "Scenario 2"]);
    let kept = |state: &State, i: usize| {
        common::shown(&state.compared[i].quote.as_ref().unwrap().per_user)
    };
    assert_eq!(
        (kept(&state, 0), kept(&state, 1)),
        pair("$347.75", "$695.50")
    );
    // Editing "Today" is a swap: it comes into the editor (50 organizers: $347.75), and the
    // scenario being edited (100 organizers: $695.50) takes its place in the comparison, under
    // the first free name, "Scenario 1". Nothing is lost.
    let state = state.reduce(Action::OpenCompared(0));
    assert_eq!(totals(&state), pair("$347.75", "$444.75"));
    assert_eq!(state.form.groups[0].organizers, "50");
    let names: Vec<&str> = state.compared.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Scenario 1", "Scenario 2"]);
    assert_eq!(state.compared[0].scenario.groups[0].organizers, 100);
    assert_eq!(kept(&state, 0), "$695.50");
    // Editing it again swaps back: the 50-organizer scenario is kept as "Scenario 1" again.
    let back = state.clone().reduce(Action::OpenCompared(0));
    assert_eq!(back.form.groups[0].organizers, "100");
    assert_eq!(back.compared[0].scenario.groups[0].organizers, 50);
    // A third takes the first free name, "Scenario 3"; no more than three. Removing
    // "Scenario 1" frees its name for the next.
    let state = state.reduce(Action::Compare).reduce(Action::Compare);
    assert_eq!(state.compared.len(), 3);
    let state = state
        .reduce(Action::RemoveCompared(0))
        .reduce(Action::Compare);
    let names: Vec<&str> = state.compared.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Scenario 2", "Scenario 3", "Scenario 1"]);
    // A preset keeps the comparison; starting over clears it.
    let preset = std::rc::Rc::new(audio_cost::pricing::Scenario::example());
    assert_eq!(state.clone().reduce(Action::Load(preset)).compared.len(), 3);
    assert!(state.reduce(Action::Reset).compared.is_empty());
}

#[test]
fn totals_can_also_be_shown_in_another_currency() {
    // EUR at 0.92 a dollar: the example's licence total 347.75 is about 319.93 EUR
    // (347.75 x 0.92 = 319.93); the card's dollars stay what is priced.
    let state = run(vec![
        Action::Edit(Edit::DisplayCurrency("EUR".into())),
        Action::text(Input::ExchangeRate, "0.92"),
    ]);
    let display = state.display.clone().unwrap();
    assert_eq!(
        (display.currency.as_str(), display.rate.to_string().as_str()),
        ("EUR", "0.92")
    );
    assert_eq!(totals(&state), pair("$347.75", "$444.75"));
    // A rate that can't be: a message beside it, and no conversion shown from it. A rate is
    // above 0, at most 1,000,000, with at most 6 decimals (0.1234567 has 7).
    let out_of_range = "Enter a rate above 0 and at most 1,000,000, with at most 6 decimals";
    for (bad, message) in [
        ("0", out_of_range),
        ("-1", "Can't be negative"),
        ("abc", "Enter a number like 20 or 2.5"),
        ("1000001", out_of_range),
        ("0.1234567", out_of_range),
    ] {
        let state = state.clone().reduce(Action::text(Input::ExchangeRate, bad));
        assert_eq!(
            state
                .rate_error
                .as_ref()
                .map(|e| e.in_lang(Lang::En))
                .as_deref(),
            Some(message),
            "{bad}"
        );
        // The quote itself is current: no other field is invalid. No conversion is shown, not
        // even at the rate that read before.
        assert!(state.errors.is_empty(), "{:?}", state.errors);
        assert_eq!(state.display, None, "{bad}");
    }
    // Switching language keeps a rate that doesn't read as typed, and rewrites one that does
    // (0.92 in English is 0,92 in Spanish).
    let typo = state
        .clone()
        .reduce(Action::text(Input::ExchangeRate, "0.9x"));
    let typo = typo.reduce(Action::SetLanguage(Lang::Es));
    assert_eq!(typo.form.exchange_rate, "0.9x");
    assert_eq!(typo.form.display_currency, "EUR");
    let spanish = state.clone().reduce(Action::SetLanguage(Lang::Es));
    assert_eq!(spanish.form.exchange_rate, "0,92");
    // It travels in the link.
    let saved = state.saved();
    assert_eq!(saved.display, Some(display));
    let none = state.reduce(Action::Edit(Edit::DisplayCurrency(String::new())));
    assert_eq!(none.display, None);
}

#[test]
fn a_group_takes_no_more_than_fifty_lines() {
    // The example's group has 4 lines; 46 more reach the limit of 50, and the 51st is refused
    // (the page disables its button and says why) instead of freezing the quote as invalid.
    let state = run((0..47).map(|_| Action::Edit(Edit::AddLine(0))).collect());
    assert_eq!(state.form.groups[0].lines.len(), 50);
    assert!(state.errors.is_empty(), "{:?}", state.errors);
}

#[test]
fn choosing_a_display_currency_converts_nothing_until_a_rate_is_typed() {
    // No rate is ever assumed: EUR alone shows no conversion and no message; 0.92 then does.
    let state = run(vec![Action::Edit(Edit::DisplayCurrency("EUR".into()))]);
    assert_eq!(state.form.exchange_rate, "");
    assert_eq!(state.display, None);
    assert!(state.errors.is_empty());
    let state = state.reduce(Action::text(Input::ExchangeRate, "0.92"));
    assert_eq!(
        state.display.as_ref().map(|d| d.rate.to_string()),
        Some("0.92".into())
    );
}

#[test]
fn a_card_in_another_currency_asks_for_the_licence_price_in_it() {
    // The built-in card is in USD; a GBP card (the same rates, relabelled, for the test) must
    // not turn the USD 4.00 list price into GBP 4.00: the field empties and asks for pounds,
    // and the quote waits. Back on the USD card, the list price returns.
    let mut gbp = audio_cost::pricing::builtin_card();
    gbp.currency = "GBP".into();
    let state = run(vec![Action::UseCard(Rc::new(gbp))]);
    assert_eq!(state.form.licence_price, "");
    assert_eq!(
        state
            .error(Field::Offer(Side::PerUser, OfferField::Price))
            .as_deref(),
        Some("Enter your price in GBP: the list price is in US dollars")
    );
    // 3.20 a licence: 50 x 3.20 = 160.00 instead of 200.00, so 347.75 - 40.00 = 307.75.
    let state = state.reduce(Action::text(Input::LicencePrice, "3.20"));
    assert!(state.errors.is_empty());
    assert_eq!(
        money(state.quote.per_user.monthly().unwrap(), "GBP"),
        "£307.75"
    );
    // The free USA/CAN offer is free in any currency.
    let free = state
        .clone()
        .reduce(Action::Edit(Edit::Offer(OfferPreset::DialOutUsCan)));
    assert_eq!(free.form.licence_price, "0");
    let back = state.reduce(Action::UseBuiltinCard);
    assert_eq!(back.form.licence_price, "4.00");
    assert_eq!(totals(&back), pair("$347.75", "$444.75"));
}

#[test]
fn re_choosing_the_offer_in_spanish_writes_a_spanish_price() {
    // The Spanish form reads "4,00"; writing "4.00" would be refused ("Usa una coma…").
    let state = run(vec![
        Action::SetLanguage(Lang::Es),
        Action::Edit(Edit::Offer(OfferPreset::DialOutUsCan)),
        Action::Edit(Edit::Offer(OfferPreset::AudioConferencing)),
    ]);
    assert_eq!(state.form.licence_price, "4,00");
    assert!(state.errors.is_empty(), "{:?}", state.errors);
    assert_eq!(totals(&state), pair("$347.75", "$444.75"));
}

#[test]
fn a_country_name_being_typed_is_not_read_as_the_code_it_spells() {
    // "Ge" begins Germany (DE) and Georgia (GE): keep typing. "GE" in capitals is Georgia's
    // code; "gb" is read because no country's name begins "gb"; "de" is not (Denmark).
    let country = |text: &str| {
        let state = run(vec![Action::text(
            Input::Line(0, 2, LineField::Country),
            text,
        )]);
        let field = Field::Line(0, 2, LineField::Country);
        match state.error(field).as_deref() {
            Some(message) => Err(message.to_string()),
            None => Ok(state.scenario.groups[0].usage[2].country.to_string()),
        }
    };
    let keep_typing = Err(
        "Keep typing, or pick a country from the list (a two-letter code in capitals, such as GB)"
            .to_string(),
    );
    assert_eq!(country("Ge"), keep_typing);
    assert_eq!(country("de"), keep_typing);
    assert_eq!(country("GE"), Ok("GE".into()));
    assert_eq!(country("gb"), Ok("GB".into()));
    assert_eq!(country("Germany"), Ok("DE".into()));
    assert!(country("Narnia").unwrap_err().starts_with("Pick a country"));
}

#[test]
fn switching_language_with_a_field_invalid_keeps_what_every_other_field_means() {
    // English "1,000" calls is a thousand; read again with Spanish rules it would be 1 ("," is
    // the decimal comma there), and "2.5" minutes would be 2,500 or refused. With the tenant
    // field invalid the form can't be rebuilt from the scenario, so each field that reads is
    // rewritten as the same number in Spanish, and the invalid one stays as typed.
    let state = run(vec![
        Action::text(Input::Line(0, 0, LineField::Calls), "1,000"),
        Action::text(Input::Line(0, 1, LineField::Minutes), "2.5"),
        Action::text(Input::TenantCountry, "Narn"),
        Action::SetLanguage(Lang::Es),
    ]);
    let lines = &state.form.groups[0].lines;
    assert_eq!(
        (lines[0].calls.as_str(), lines[1].minutes.as_str()),
        ("1000", "2,5")
    );
    assert_eq!(state.form.tenant_country, "Narn");
    assert_eq!(state.form.licence_price, "4,00");
    // Fixing the tenant prices what was typed: 1,000 toll calls of 30 min per organizer.
    let state = state.reduce(Action::text(Input::TenantCountry, "US"));
    assert!(state.errors.is_empty(), "{:?}", state.errors);
    let usage = &state.scenario.groups[0].usage;
    assert_eq!(
        (
            usage[0].calls.to_string(),
            usage[1].minutes_per_call.to_string()
        ),
        ("1000".to_string(), "2.5".to_string())
    );
}

/// An imported call mix replaces the groups only: the tenant typed and the term stay, and the
/// work it replaced is kept aside.
#[test]
fn an_imported_call_mix_replaces_the_groups_only() {
    let mut group = audio_cost::pricing::Scenario::example().groups[0].clone();
    group.name = "Imported".into();
    group.organizers = 3;
    group.usage.truncate(1);
    let state = run(vec![
        Action::text(Input::TenantCountry, "United Kingdom"),
        Action::text(Input::TermMonths, "24"),
        Action::UseGroups(Rc::new(vec![group])),
    ]);
    assert_eq!(state.scenario.tenant_country.as_str(), "GB");
    assert_eq!(state.scenario.term_months, 24);
    assert_eq!(state.scenario.groups.len(), 1);
    assert_eq!(state.scenario.groups[0].name, "Imported");
    assert_eq!(state.form.groups[0].organizers, "3");
    assert_eq!(state.form.groups[0].lines.len(), 1);
    let kept = decode(state.previous.as_deref().expect("kept aside")).unwrap();
    assert_eq!(kept.scenario.groups[0].usage.len(), 4);
}
