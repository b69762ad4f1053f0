use yew::prelude::*;

use super::rendered;

use super::use_lang;

use crate::pricing::{country, RateCard};

pub const TENANT_LIST_ID: &str = "tenant-countries";
pub const ALL_LIST_ID: &str = "all-countries";

#[derive(Properties, PartialEq)]
pub struct CountryListsProps {
    pub card: std::rc::Rc<RateCard>,
}

/// The two `<datalist>`s every country input suggests from, rendered once: the tenant
/// countries (those with documented availability) and every ISO 3166-1 country.
#[component]
pub fn CountryLists(props: &CountryListsProps) -> Html {
    rendered("CountryLists");
    let lang = use_lang();
    html! {
        <>
            <datalist id={TENANT_LIST_ID}>
                { for props.card.tenant_countries().map(|c| html! { <option value={lang.country(c.code).into_owned()}>{c.code.as_str()}</option> }) }
            </datalist>
            <datalist id={ALL_LIST_ID}>
                { for country::all().map(|(code, _)| html! { <option value={lang.country(code).into_owned()}>{code.as_str()}</option> }) }
            </datalist>
        </>
    }
}
