use std::rc::Rc;

use yew::prelude::*;

use super::{EmbedOptions, HostRatesProblem, Mode};
use crate::i18n::text;
use crate::i18n::Msg;
use crate::state::Action;
use crate::ui::{browser, rendered, use_lang};

#[derive(Properties, PartialEq)]
pub struct HostRatesProps {
    pub options: Rc<EmbedOptions>,
    /// The name of the card in use; `None` for the built-in one.
    pub in_use: Option<AttrValue>,
    pub on_action: Callback<Action>,
}

/// The host's rate card, if the embed names one (`rates`) or, in an iframe, the host sends one
/// (this is where the iframe starts talking to its host): imported like a file the user picked.
/// A card that can't be used leaves a notice, worded when shown so that it names the card in
/// use then: a later card from the host, a file or the built-in button may have replaced it.
#[component]
pub fn HostRates(props: &HostRatesProps) -> Html {
    rendered("HostRates");
    let lang = use_lang();
    let problem = use_state(|| None::<HostRatesProblem>);
    use_effect_with((), {
        let (options, on_action) = (Rc::clone(&props.options), props.on_action.clone());
        let problem = problem.setter();
        move |()| fetch(&options, on_action, problem)
    });
    let Some(shown) = &*problem else {
        return Html::default();
    };
    let dismiss = {
        let problem = problem.clone();
        Callback::from(move |_: MouseEvent| problem.set(None))
    };
    html! {
        <p class="notice problem" data-testid="notice" role="alert">
            {text::host_rates_problem(lang, shown, props.in_use.as_deref())}{" "}
            <button type="button" onclick={dismiss}>{lang.t(Msg::AppDismiss)}</button>
        </p>
    }
}

fn fetch(
    options: &EmbedOptions,
    on_action: Callback<Action>,
    problem: UseStateSetter<Option<HostRatesProblem>>,
) {
    let use_card = {
        let problem = problem.clone();
        Callback::from(move |(name, bytes): (String, Vec<u8>)| {
            let (on_action, problem) = (on_action.clone(), problem.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // Whatever the name, a host's card is the card JSON format.
                let file = if name.ends_with(".json") {
                    name.clone()
                } else {
                    format!("{name}.json")
                };
                match browser::worker::import_card(file, bytes, None).await {
                    Ok(imported) => {
                        problem.set(None);
                        on_action.emit(Action::UseCard(Rc::new(imported.card)));
                    }
                    Err(problems) => {
                        problem.set(Some(HostRatesProblem::Rejected(name, problems)));
                    }
                }
            });
        })
    };
    if options.mode == Mode::Frame {
        super::frame::connect(
            options.parent_origins.clone(),
            use_card.reform(|(name, json): (String, String)| (name, json.into_bytes())),
        );
    }
    let Some(rates) = options.rates.clone() else {
        return;
    };
    let origins = options.rates_origins.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let fetched = match browser::address::same_origin_url(&rates, &origins) {
            Ok(url) => browser::address::fetch_text(&url).await,
            Err(why) => Err(why),
        };
        match fetched {
            Ok(json) => {
                let name = rates.rsplit('/').next().unwrap_or(&rates).to_string();
                use_card.emit((name, json.into_bytes()));
            }
            Err(why) => problem.set(Some(HostRatesProblem::Unreachable(rates, why))),
        }
    });
}
