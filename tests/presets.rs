//! Presets: each is a valid scenario both options can price; one worked out by hand.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use audio_cost::i18n::number::money;
use audio_cost::pricing::presets::Preset;
use audio_cost::pricing::{builtin_card, quote};
use audio_cost::state::{Action, State};
use yew::Reducible;

#[test]
fn every_preset_is_priced_by_both_options() {
    let card = builtin_card();
    let mut keys: Vec<&str> = Preset::ALL.iter().map(|p| p.key()).collect();
    keys.dedup();
    assert_eq!(keys.len(), Preset::ALL.len(), "unique keys");
    for preset in Preset::ALL {
        let q =
            quote(&preset.scenario(), &card).unwrap_or_else(|e| panic!("{}: {e:?}", preset.key()));
        assert!(
            q.per_user.monthly().is_some() && q.pay_per_minute.monthly().is_some(),
            "{}",
            preset.key()
        );
        assert!(q.warnings.is_empty(), "{}: {:?}", preset.key(), q.warnings);
        assert!(
            !audio_cost::i18n::text::preset(audio_cost::i18n::Lang::En, preset)
                .1
                .is_empty()
        );
    }
}

#[test]
fn loading_the_us_only_preset_by_hand() {
    // 25 organizers: licences 25 x 4.00 = 100.00; toll dial-in included; dial-out to US
    // landlines 25 x 3 x 15 = 1,125 min inside the 1,500-minute pool: 100.00 in all.
    // Pay-per-minute: 25 x 12 x 45 = 13,500 x 0.0165 = 222.75, plus 1,125 x 0.0165 = 18.5625:
    // 241.3125, shown as $241.31.
    let preset = Preset::UsOnly;
    let state = Rc::new(State::default()).reduce(Action::Load(Rc::new(preset.scenario())));
    let show = |o: &audio_cost::pricing::OptionQuote| money(o.monthly().unwrap(), "USD");
    assert_eq!(
        (
            show(&state.quote.per_user),
            show(&state.quote.pay_per_minute)
        ),
        ("$100.00".into(), "$241.31".into())
    );
    assert_eq!(state.form.groups[0].organizers, "25");
    assert_eq!(state.form.groups[0].lines.len(), 2);
}
