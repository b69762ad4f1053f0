use std::rc::Rc;

use yew::prelude::*;

use super::rendered;

use super::assumptions::Assumptions;
use super::browser;
use super::call_logs::CallLogs;
use super::comparison::Comparison;
use super::country_lists::CountryLists;
use super::display_panel::DisplayPanel;
use super::group_panel::GroupPanel;
use super::hooks::{
    opening_state, use_focus_after_removal, use_page, use_saved_work, use_selects_show_state,
    use_settled,
};
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
use super::theme::ThemePicker;
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
use crate::state::{Action, Edit};

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
        move || opening_state(&options)
    });
    // The same callback every render (the dispatcher never changes), so a component whose
    // other props are unchanged skips its render.
    let on_action = use_callback(state.dispatcher(), |action: Action, dispatcher| {
        dispatcher.dispatch(action)
    });
    let fragment = AttrValue::from(share::encode(&state.saved()));
    let restore_button = use_saved_work(page, &state, &fragment, &on_action);
    let settled = use_settled(props.prerender);
    let add_group = use_node_ref();
    use_focus_after_removal(state.form.groups.len(), &add_group);
    let form = &state.form;
    // Once per card, not per keystroke: it reads every country of both cards.
    let toll_by_phone = *use_memo(Rc::clone(&state.card), |card| card.toll_by_phone());
    let lang = state.lang;
    use_page(page, lang);
    use_selects_show_state();
    let error = |field: Field| state.error(field).map(AttrValue::from);
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
                if settled {
                    <PresetPicker on_action={on_action.clone()} />
                    <QuoteActions fragment={fragment.clone()} on_export={on_export} />
                    if page { <EmbedDialog fragment={fragment.clone()} /> }
                    <PrintSummary scenario={Rc::clone(&state.scenario)} card={Rc::clone(&state.card)}
                        link={browser::address::link_with(&fragment).unwrap_or_default()} date={browser::page::today()} />
                }
            </header>
            if settled { <CountryLists card={Rc::clone(&state.card)} /> }
            <main class="layout">
                if settled {
                <form class="inputs" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
                    <TenantPanel
                        country={form.tenant_country.clone()}
                        term_months={form.term_months.clone()}
                        channel={form.channel}
                        rounding={form.rounding}
                        snapshot={text::availability_snapshot(lang, &state.card, state.scenario.tenant_country).map(AttrValue::from)}
                        country_error={error(Field::TenantCountry)}
                        term_error={error(Field::TermMonths)}
                        on_action={on_action.clone()} />
                    <OfferPanel
                        offer={form.offer}
                        currency={state.card.currency.to_string()}
                        licence_price={form.licence_price.clone()}
                        ppm_price={form.ppm_price.clone()}
                        add_on_price={form.add_on_price.clone()}
                        licence_price_error={error(Field::Offer(Side::PerUser, OfferField::Price))}
                        ppm_price_error={error(Field::Offer(Side::PayPerMinute, OfferField::Price))}
                        add_on_price_error={error(Field::AddOnPrice)}
                        on_action={on_action.clone()} />
                </form>
                }
                if settled {
                <div class="usage-area">
                    { for form.groups.iter().enumerate().map(|(g, group)| html! {
                        <GroupPanel index={g} group={group.clone()} errors={state.errors.clone()}
                            toll_by_phone={toll_by_phone} removable={form.groups.len() > 1} on_action={on_action.clone()} />
                    }) }
                    <p class="group-actions">
                        <button type="button" class="add" data-testid="add-group" ref={add_group} disabled={form.groups.len() >= MAX_GROUPS}
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
                if settled {
                <div class="secondary">
                    <DisplayPanel card_currency={state.card.currency.to_string()} currency={form.display_currency.clone()}
                        rate={form.exchange_rate.clone()} rate_error={state.rate_message().map(AttrValue::from)} on_action={on_action.clone()} />
                    <RateCardPanel card={Rc::clone(&state.card)} imported={state.imported} on_action={on_action.clone()} />
                    <CallLogs card={Rc::clone(&state.card)} on_action={on_action.clone()} />
                </div>
                }
                if settled {
                <div class="details">
                    <Comparison scenario={Rc::clone(&state.scenario)} quote={Rc::clone(&state.quote)}
                        compared={state.compared.clone()} on_action={on_action.clone()} />
                    <LineItems quote={Rc::clone(&state.quote)} scenario={Rc::clone(&state.scenario)} />
                    <Assumptions card={Rc::clone(&state.card)} assumed={crate::i18n::text::Assumed::of(&state.scenario)} />
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
