//! Presets: each is a valid scenario both options can price, as worked out by hand.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;
use std::rc::Rc;

use audio_cost::pricing::presets::Preset;
use audio_cost::pricing::{CallRounding, Warning};
use audio_cost::state::{Action, Edit};
use common::{per_user, ppm, priced, run, shown_totals};
use rust_decimal_macros::dec;

#[test]
fn preset_keys_are_unique() {
    // A set keeps one of each key: as many keys as presets means no key is used twice.
    let keys: BTreeSet<&str> = Preset::ALL.iter().map(|p| p.key()).collect();
    assert_eq!(keys.len(), Preset::ALL.len(), "{keys:?}");
}

#[test]
fn every_preset_is_priced_by_both_options_as_worked_out_by_hand() {
    // Sample rates (data/README.md): Zone A toll dial-in and dial-out to landlines 0.0165,
    // toll-free 0.0076 from landlines and 0.0228 from mobiles, dial-out to mobiles 0.0495.
    // Licence 4.00 per organizer with 60 pooled Zone A dial-out minutes each.
    // - example: tests/engine.rs, 347.75 and 444.75.
    // - us-only: tests below, 100.00 and 241.3125.
    // - emea-sales, 40 organizers in GB: toll-free from GB mobiles 6 x 30 x 40 = 7,200 min x
    //   0.0228 = 164.16, from DE landlines 4 x 30 x 40 = 4,800 x 0.0076 = 36.48, from FR mobiles
    //   3 x 30 x 40 = 3,600 x 0.0228 = 82.08 (on both options); toll dial-in from GB
    //   8 x 45 x 40 = 14,400 x 0.0165 = 237.60 (included in the licence); dial-out to DE mobiles
    //   2 x 20 x 40 = 1,600 x 0.0495 = 79.20, inside the licence's 2,400-minute pool.
    //   Licence 160.00 + 164.16 + 36.48 + 82.08 = 442.72; pay-per-minute
    //   164.16 + 36.48 + 82.08 + 237.60 + 79.20 = 599.52.
    // - global-support, 15 organizers in the US: dial-out to mobiles in IN 20 x 12 x 15 = 3,600,
    //   BR and MX 15 x 10 x 15 = 2,250 each, GB 10 x 10 x 15 = 1,500, all Zone A: 9,600 min;
    //   toll dial-in from the US 5 x 30 x 15 = 2,250 min. Licence 60.00 + (9,600 - 900 pooled)
    //   x 0.0495 = 60.00 + 430.65 = 490.65; pay-per-minute 9,600 x 0.0495 = 475.20 + 2,250 x
    //   0.0165 = 37.125: 512.325.
    let worked = [
        ("example", dec!(347.75), dec!(444.75)),
        ("us-only", dec!(100.00), dec!(241.3125)),
        ("emea-sales", dec!(442.72), dec!(599.52)),
        ("global-support", dec!(490.65), dec!(512.325)),
    ];
    assert_eq!(Preset::ALL.len(), worked.len());
    // (Each average rounded up once: the presets start with calls that vary in length, which
    // tests/buyer.rs prices.)
    for (preset, (key, licence, per_minute)) in Preset::ALL.into_iter().zip(worked) {
        assert_eq!(preset.key(), key);
        let mut scenario = preset.scenario();
        assert_eq!(scenario.rounding, CallRounding::Varied);
        scenario.rounding = CallRounding::ExactAverage;
        let q = priced(&scenario);
        assert_eq!((per_user(&q), ppm(&q)), (licence, per_minute), "{key}");
        // Nothing is left out or unavailable: only the standing notes (how the tenant buys is
        // not known yet; toll-free stops at a zero balance).
        let standing = [Warning::ChannelUnconfirmed, Warning::TollFreeStopsAtZero];
        let others: Vec<_> = q
            .warnings
            .iter()
            .filter(|w| !standing.contains(w))
            .collect();
        assert!(others.is_empty(), "{key}: {others:?}");
    }
}

#[test]
fn loading_the_us_only_preset_by_hand() {
    // 25 organizers: licences 25 x 4.00 = 100.00; toll dial-in included; dial-out to US
    // landlines 25 x 3 x 15 = 1,125 min inside the 1,500-minute pool: 100.00 in all.
    // Pay-per-minute: 25 x 12 x 45 = 13,500 x 0.0165 = 222.75, plus 1,125 x 0.0165 = 18.5625:
    // 241.3125, shown as $241.31.
    let state = run(vec![
        Action::Load(Rc::new(Preset::UsOnly.scenario())),
        Action::Edit(Edit::Rounding(CallRounding::ExactAverage)),
    ]);
    assert_eq!(
        shown_totals(&state.quote),
        ("$100.00".into(), "$241.31".into())
    );
    assert_eq!(state.form.groups[0].organizers, "25");
    assert_eq!(state.form.groups[0].lines.len(), 2);
}
