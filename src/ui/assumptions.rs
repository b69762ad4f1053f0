use std::rc::Rc;

use yew::prelude::*;

use crate::pricing::{CountryCode, RateCard};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct AssumptionsProps {
    pub card: Rc<RateCard>,
    pub tenant: CountryCode,
}

#[component]
pub fn Assumptions(props: &AssumptionsProps) -> Html {
    html! {
        <details class="panel assumptions" data-testid="assumptions">
            <summary>{"Assumptions"}</summary>
            <ul>{ for text::assumptions(&props.card, props.tenant).into_iter().map(|a| html! { <li>{a}</li> }) }</ul>
        </details>
    }
}
