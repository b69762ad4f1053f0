use std::rc::Rc;

use yew::prelude::*;

use super::rendered;

use gloo_timers::callback::Timeout;

use super::assumptions::Assumptions;
use super::browser;
use super::comparison::Comparison;
use super::country_lists::CountryLists;
use super::display_panel::DisplayPanel;
use super::group_panel::GroupPanel;
use super::language_picker::LanguagePicker;
use super::line_items::LineItems;
use super::offer_panel::OfferPanel;
use super::preset_picker::PresetPicker;
use super::print_summary::PrintSummary;
use super::quote_actions::QuoteActions;
use super::rate_card_panel::RateCardPanel;
use super::results::Results;
use super::results_bar::results_bar;
use super::tenant_panel::TenantPanel;
use super::theme_picker::ThemePicker;
use crate::embed::dialog::EmbedDialog;
use crate::embed::host_rates::HostRates;
use crate::embed::{EmbedOptions, Mode};
use crate::i18n::text;
use crate::i18n::{Lang, Msg};
use crate::io::rate_worker::Export;
use crate::pricing::scenario::limits::MAX_GROUPS;
use crate::pricing::scenario::OfferField;
use crate::pricing::{Field, Side};
use crate::share;
use crate::state::{Action, Edit, State};
use yew::Reducible;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// How and where the calculator is shown: its own page unless embedded.
    #[prop_or_default]
    pub options: Rc<EmbedOptions>,
    /// Rendering the first screen at build time (ui/prerender.rs): only what the app's own
    /// first render shows, which takes its place.
    #[prop_or_default]
    pub prerender: bool,
}

/// The calculator: inputs on one side, the comparison on the other, recomputed on every keystroke.
#[component]
pub fn App(props: &AppProps) -> Html {
    rendered("App");
    let options = Rc::clone(&props.options);
    let page = options.mode == Mode::Page;
    let state = use_reducer({
        let options = Rc::clone(&options);
        move || {
            // Embedded, the host decides the start (its snippet's scenario and attributes) and
            // nothing is kept in the browser: two embeds on a page must not share a scenario.
            // The embed's `locale`, else what this browser chose here before, else its language.
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
    });
    let fragment = AttrValue::from(share::encode(&state.saved()));
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
    let restore_button = use_node_ref();
    let first_render = use_mut_ref(|| true);
    use_effect_with(state.previous.clone(), {
        let restore_button = restore_button.clone();
        move |previous| {
            if page {
                browser::storage::keep_aside(previous.as_deref());
            }
            // Work just kept aside (start over, a preset, a link opened in this tab): the way
            // back takes the focus, which brings it into view wherever the page was read.
            if !first_render.replace(false) && previous.is_some() {
                if let Some(button) = restore_button.cast::<web_sys::HtmlElement>() {
                    let _ = button.focus();
                }
            }
        }
    });
    // The same callback every render (the dispatcher never changes), so a component whose
    // other props are unchanged skips its render.
    let on_action = use_callback(state.dispatcher(), |action: Action, dispatcher| {
        dispatcher.dispatch(action)
    });
    use_effect_with((), {
        let (on_action, debounce) = (on_action.clone(), debounce.clone());
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
    let error = |field: Field| state.error(field).map(AttrValue::from);
    // The first render shows the quote: the totals and what they mean. The rest of the page
    // (the form, the working, the comparison, country suggestions, the printed copy) follows
    // once that has been painted, so the quote is on screen sooner: Yew renders a tree in one
    // task, and the browser paints only between tasks. Server rendering has no second task
    // (except for the prerendered first screen, which is this first render).
    let settled = use_state(|| !cfg!(target_arch = "wasm32") && !props.prerender);
    use_effect_with((), {
        let settled = settled.clone();
        move |()| {
            if !*settled {
                browser::page::after_next_paint(move || settled.set(true));
            }
        }
    });
    let form = &state.form;
    let lang = state.lang;
    use_effect_with(lang, move |lang| {
        if page {
            browser::storage::remember_language(*lang);
        }
    });
    use_effect_with((), |()| browser::page::open_details_when_printing());
    // The prerendered first screen (if index.html has one) gives way to this first render, in
    // the same task: the browser never paints both.
    use_effect_with((), move |()| {
        if page {
            browser::page::remove_prerendered();
        }
    });
    let on_reset = on_action.reform(|_: MouseEvent| Action::Reset);
    let on_export = {
        let (state, fragment) = (state.clone(), fragment.clone());
        Callback::from(move |()| {
            let export = Export::QuoteCsv {
                scenario: (*state.scenario).clone(),
                card: (*state.card).clone(),
                today: browser::page::today(),
                link: browser::address::link_with(&fragment),
            };
            browser::worker::save(
                export,
                "audio-conferencing-quote.csv",
                "text/csv;charset=utf-8",
            );
        })
    };
    html! {
        <ContextProvider<Lang> context={lang}>
        <div class="calculator" lang={lang.code()}>
            <header class="masthead">
                if page {
                    <div class="pickers">
                        <LanguagePicker {lang} on_action={on_action.clone()} />
                        <ThemePicker />
                    </div>
                    <h1>{lang.t(Msg::AppTitle)}</h1>
                    <p class="lede">{lang.t(Msg::AppLede)}</p>
                }
                <p class="notice" data-testid="rate-card-notice" role="note">{text::rate_card_notice(lang, &state.card)}</p>
                if state.previous.is_some() {
                    <p class="notice" data-testid="previous-work" role="status">
                        {lang.t(Msg::PreviousKept)}{" "}
                        <button type="button" data-testid="restore-previous" ref={restore_button} onclick={on_action.reform(|_: MouseEvent| Action::RestorePrevious)}>{lang.t(Msg::PreviousRestore)}</button>{" "}
                        <button type="button" data-testid="forget-previous" onclick={on_action.reform(|_: MouseEvent| Action::DismissPrevious)}>{lang.t(Msg::PreviousDismiss)}</button>
                    </p>
                }
                if let Some(notice) = &state.notice {
                    <p class="notice problem" data-testid="notice" role="alert">
                        {notice}{" "}
                        <button type="button" onclick={on_action.reform(|_: MouseEvent| Action::DismissNotice)}>{lang.t(Msg::AppDismiss)}</button>
                    </p>
                }
                <HostRates options={Rc::clone(&options)} in_use={state.imported.then(|| AttrValue::from(state.card.name.to_string()))}
                    on_action={on_action.clone()} />
                if *settled {
                    <PresetPicker on_action={on_action.clone()} />
                    <QuoteActions fragment={fragment.clone()} on_export={on_export} />
                    if page { <EmbedDialog fragment={fragment.clone()} /> }
                    <PrintSummary scenario={Rc::clone(&state.scenario)} card={Rc::clone(&state.card)}
                        link={browser::address::link_with(&fragment).unwrap_or_default()} date={browser::page::today()} />
                }
            </header>
            if *settled { <CountryLists card={Rc::clone(&state.card)} /> }
            <main class="layout">
                if *settled {
                <form class="inputs" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
                    <TenantPanel
                        country={form.tenant_country.clone()}
                        term_months={form.term_months.clone()}
                        country_error={error(Field::TenantCountry)}
                        term_error={error(Field::TermMonths)}
                        on_action={on_action.clone()} />
                    <OfferPanel
                        offer={form.offer}
                        currency={state.card.currency.to_string()}
                        licence_price={form.licence_price.clone()}
                        ppm_price={form.ppm_price.clone()}
                        licence_price_error={error(Field::Offer(Side::PerUser, OfferField::Price))}
                        ppm_price_error={error(Field::Offer(Side::PayPerMinute, OfferField::Price))}
                        on_action={on_action.clone()} />
                </form>
                }
                if *settled {
                <div class="usage-area">
                    { for form.groups.iter().enumerate().map(|(g, group)| html! {
                        <GroupPanel index={g} group={group.clone()} errors={state.errors.clone()}
                            removable={form.groups.len() > 1} on_action={on_action.clone()} />
                    }) }
                    <p class="group-actions">
                        <button type="button" class="add" data-testid="add-group" disabled={form.groups.len() >= MAX_GROUPS}
                            onclick={on_action.reform(|_: MouseEvent| Action::Edit(Edit::AddGroup))}>{lang.t(Msg::AppAddGroup)}</button>
                        <span class="hint">{lang.t(Msg::AppAddGroupHint)}</span>
                    </p>
                    <button type="button" class="reset" data-testid="reset" onclick={on_reset}>{lang.t(Msg::AppStartOver)}</button>
                </div>
                }
                <div class="outputs">
                    <Results quote={Rc::clone(&state.quote)} scenario={Rc::clone(&state.scenario)} display={state.display.clone()} stale={!state.errors.is_empty()} />
                </div>
                // After the call mix and the answer: on a narrow screen they come first.
                if *settled {
                <div class="secondary">
                    <DisplayPanel card_currency={state.card.currency.to_string()} currency={form.display_currency.clone()}
                        rate={form.exchange_rate.clone()} rate_error={error(Field::ExchangeRate)} on_action={on_action.clone()} />
                    <RateCardPanel card={Rc::clone(&state.card)} imported={state.imported} on_action={on_action.clone()} />
                </div>
                }
                if *settled {
                <div class="details">
                    <Comparison scenario={Rc::clone(&state.scenario)} quote={Rc::clone(&state.quote)}
                        compared={state.compared.clone()} on_action={on_action.clone()} />
                    <LineItems quote={Rc::clone(&state.quote)} scenario={Rc::clone(&state.scenario)} />
                    <Assumptions card={Rc::clone(&state.card)} tenant={state.scenario.tenant_country} />
                </div>
                }
            </main>
            <footer class="sources">
                <p>{lang.t(Msg::AppFooter)}</p>
            </footer>
            if page { { results_bar(lang, &state.quote, &state.scenario, !state.errors.is_empty()) } }
        </div>
        </ContextProvider<Lang>>
    }
}
