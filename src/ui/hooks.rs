//! The app's hooks: its opening state, keeping the work (autosave, the address, work kept
//! aside), the second render that follows the first paint, and the page-wide effects; and the
//! language every component reads.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;
use yew::Reducible;

use super::browser;
use crate::embed::{EmbedOptions, Mode};
use crate::i18n::Lang;
use crate::share;
use crate::state::{Action, State};

/// The page's language, which the app provides to every component.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The state a calculator opens with. Embedded, the host decides the start (its snippet's
/// scenario and attributes) and nothing is kept in the browser: two embeds on a page must not
/// share a scenario. The language: the embed's `locale`, else what this browser chose here
/// before, else its own.
pub fn opening_state(options: &EmbedOptions) -> State {
    crate::i18n::set_browser_locales(browser::page::languages());
    let lang = options
        .lang
        .or_else(|| browser::storage::stored_language().and_then(|l| Lang::from_code(&l)))
        .or_else(|| {
            browser::page::languages()
                .iter()
                .find_map(|l| Lang::from_code(l))
        })
        .unwrap_or_default();
    let restored = match options.mode {
        Mode::Page => {
            let mut state = State::restore(
                browser::address::fragment().as_deref(),
                browser::storage::stored().as_deref(),
                lang,
            );
            // Work kept aside on an earlier visit stays one click away.
            if state.previous.is_none() {
                state.previous = browser::storage::kept_aside()
                    .filter(|text| share::decode(text).is_ok())
                    .map(Rc::from);
            }
            state
        }
        Mode::Frame => State::restore(browser::address::fragment().as_deref(), None, lang),
        Mode::Script => State::restore(options.scenario.as_deref(), None, lang),
    };
    let state = options
        .initial_actions()
        .into_iter()
        .fold(Rc::new(restored), |state, action| state.reduce(action));
    Rc::unwrap_or_clone(state)
}

/// On its own page (`page`), the work is saved in this browser and written to the address
/// (`fragment`, once typing pauses); a link put in the address opens; work kept aside is kept
/// too, and when something new is kept aside the way back (the returned button) takes the
/// focus, which brings it into view wherever the page was read.
#[hook]
pub fn use_saved_work(
    page: bool,
    state: &State,
    fragment: &AttrValue,
    on_action: &Callback<Action>,
) -> NodeRef {
    let debounce = use_mut_ref(|| None::<Timeout>);
    // A link that didn't open stays in the address bar (the notice says so) until an edit.
    let keep_address = use_mut_ref(|| state.link_failed);
    use_effect_with(fragment.clone(), {
        let debounce = debounce.clone();
        move |fragment| {
            if page {
                browser::storage::store(fragment);
                if !keep_address.replace(false) {
                    // Replacing the pending timeout drops (cancels) it: one history update per pause.
                    let fragment = fragment.clone();
                    *debounce.borrow_mut() = Some(Timeout::new(400, move || {
                        browser::address::replace_fragment(&fragment)
                    }));
                }
            }
        }
    });
    // Listened to once: the dispatcher never changes, and a second listener would open each
    // link twice.
    use_effect_with((), {
        let on_action = on_action.clone();
        move |()| {
            if page {
                browser::address::on_fragment_change(move |link| {
                    // The link the user just put there wins over an address update still due.
                    debounce.borrow_mut().take();
                    on_action.emit(Action::OpenLink(link));
                });
            }
        }
    });
    let restore_button = use_node_ref();
    let first_render = use_mut_ref(|| true);
    use_effect_with(state.previous.clone(), {
        let restore_button = restore_button.clone();
        move |previous| {
            if page {
                browser::storage::keep_aside(previous.as_deref());
            }
            if !first_render.replace(false) && previous.is_some() {
                if let Some(button) = restore_button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        }
    });
    restore_button
}

/// False for the first render, which shows the quote: the totals and what they mean. The rest
/// of the page (the form, the working, the comparison, country suggestions, the printed copy)
/// follows once that has been painted, so the quote is on screen sooner: Yew renders a tree in
/// one task, and the browser paints only between tasks. Server rendering has no second task
/// (except for the prerendered first screen, `prerender`, which is this first render).
#[hook]
pub fn use_settled(prerender: bool) -> bool {
    let settled = use_state(|| !cfg!(target_arch = "wasm32") && !prerender);
    use_effect_with((), {
        let settled = settled.clone();
        move |()| {
            if !*settled {
                browser::page::after_next_paint(move || settled.set(true));
            }
        }
    });
    *settled
}

/// The page-wide effects: on its own page the language is remembered and the prerendered first
/// screen (if index.html has one) gives way to this first render, in the same task, so the
/// browser never paints both; printed, the disclosures open.
#[hook]
pub fn use_page(page: bool, lang: Lang) {
    use_effect_with(lang, move |lang| {
        if page {
            browser::storage::remember_language(*lang);
        }
    });
    use_effect_with((), |()| browser::page::open_details_when_printing());
    use_effect_with((), move |()| {
        if page {
            browser::page::remove_prerendered();
        }
    });
}

/// After something was removed (`count` fell), the focus goes to `target` (the add button next
/// to what was removed) if it fell to the page itself with the element that had it: a keyboard
/// or screen-reader user stays where they were instead of going back to the top.
#[hook]
pub fn use_focus_after_removal(count: usize, target: &NodeRef) {
    let before = use_mut_ref(|| count);
    use_effect_with(count, {
        let target = target.clone();
        move |count| {
            let fell = *count < before.replace(*count);
            if fell && browser::page::focus_is_lost() {
                if let Some(target) = target.cast::<web_sys::HtmlElement>() {
                    let _ = target.focus();
                }
            }
        }
    });
}

/// After every render of the page, each select shows the state's choice
/// (`browser::page::show_selected_options`).
#[hook]
pub fn use_selects_show_state() {
    use_effect(browser::page::show_selected_options);
}
