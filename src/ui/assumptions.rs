use std::rc::Rc;

use yew::prelude::*;

use super::rendered;

use super::use_lang;
use crate::i18n::Msg;

use crate::i18n::text::{self, Assumed};
use crate::pricing::RateCard;

#[derive(Properties, PartialEq)]
pub struct AssumptionsProps {
    pub card: Rc<RateCard>,
    pub assumed: Assumed,
}

#[component]
pub fn Assumptions(props: &AssumptionsProps) -> Html {
    rendered("Assumptions");
    let lang = use_lang();
    html! {
        <details class="panel assumptions" data-testid="assumptions">
            <summary>{lang.t(Msg::AssumptionsTitle)}</summary>
            <ul>{ for text::assumptions(lang, &props.card, props.assumed).into_iter().map(|a| html! { <li>{a}</li> }) }</ul>
        </details>
    }
}
