use yew::prelude::*;

use super::rendered;

use super::choice::{on_pick, options, Choices};
use crate::i18n::{Lang, Msg};
use crate::state::Action;

const LANGUAGES: &Choices<Lang> = &[(Lang::En, "en"), (Lang::Es, "es")];

#[derive(Properties, PartialEq)]
pub struct LanguagePickerProps {
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

/// English or Spanish: the words, the numbers and the country names; remembered here and
/// carried in the share link.
#[component]
pub fn LanguagePicker(props: &LanguagePickerProps) -> Html {
    rendered("LanguagePicker");
    let onchange = on_pick(LANGUAGES, props.on_action.reform(Action::SetLanguage));
    html! {
        <div class="language-picker">
            <label for="language">{props.lang.t(Msg::LanguageLabel)}</label>
            <select id="language" data-testid="language" {onchange}>
                { options(LANGUAGES, props.lang, Lang::name) }
            </select>
        </div>
    }
}
