use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::use_lang;
use crate::i18n::Msg;

use super::choice::{on_pick, options, Choices};
use super::country_lists::ALL_LIST_ID;
use super::rendered;
use crate::i18n::text;
use crate::pricing::scenario::LineField;
use crate::pricing::{Basis, PhoneType, UsageKind};
use crate::state::{Action, Edit, Input, LineForm, LinePick};

#[derive(Properties, PartialEq)]
pub struct UsageRowProps {
    /// The line's group, by position.
    pub group: usize,
    /// 1-based, as people count lines.
    pub number: usize,
    pub line: LineForm,
    pub country_error: Option<AttrValue>,
    pub calls_error: Option<AttrValue>,
    pub minutes_error: Option<AttrValue>,
    /// The rate card prices toll dial-in by phone type somewhere: the phone applies to it too.
    pub toll_by_phone: bool,
    /// The app's dispatcher, the same every render, so an unchanged row skips its render.
    pub on_action: Callback<Action>,
}

const KINDS: &Choices<UsageKind> = &[
    (UsageKind::TollDialIn, "toll_dial_in"),
    (UsageKind::TollFreeDialIn, "toll_free_dial_in"),
    (UsageKind::DialOut, "dial_out"),
];
const PHONES: &Choices<PhoneType> = &[
    (PhoneType::Wireline, "wireline"),
    (PhoneType::Wireless, "wireless"),
];
const BASES: &Choices<Basis> = &[
    (Basis::PerOrganizer, "per_organizer"),
    (Basis::Total, "total"),
];

fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// One usage line: what kind of call, where from or to, how many, how long.
#[component]
pub fn UsageRow(props: &UsageRowProps) -> Html {
    rendered("UsageRow");
    let lang = use_lang();
    let line = &props.line;
    let (g, line_id) = (props.group, line.id);
    let n = props.number;
    let n_text = n.to_string();
    let label = |msg: Msg| lang.tf(msg, &[("n", &n_text)]);
    let id = |name: &str| format!("line-{}-{name}", line.id);
    let on_action = &props.on_action;
    let pick = move |pick: LinePick| Action::Edit(Edit::Pick(g, line_id, pick));
    let on_kind = on_pick(KINDS, on_action.reform(move |k| pick(LinePick::Kind(k))));
    let on_phone = on_pick(PHONES, on_action.reform(move |p| pick(LinePick::Phone(p))));
    let on_basis = on_pick(BASES, on_action.reform(move |b| pick(LinePick::Basis(b))));
    let text = |field: LineField| {
        on_action.reform(move |e: InputEvent| {
            Action::text(Input::Line(g, line_id, field), input_value(&e))
        })
    };
    let (on_country, on_calls, on_minutes) = (
        text(LineField::Country),
        text(LineField::Calls),
        text(LineField::Minutes),
    );
    let on_remove =
        on_action.reform(move |_: MouseEvent| Action::Edit(Edit::RemoveLine(g, line_id)));
    let (place, place_label, phone_label, phone_aria) = if line.kind == UsageKind::DialOut {
        (
            Msg::RowTo,
            Msg::RowCountryTo,
            Msg::RowNumberDialled,
            Msg::RowPhoneDialled,
        )
    } else {
        (
            Msg::RowFrom,
            Msg::RowCountryFrom,
            Msg::RowCallersPhone,
            Msg::RowPhoneCaller,
        )
    };
    let phone_label = lang.t(phone_label);
    let one_rate = line.kind == UsageKind::TollDialIn && !props.toll_by_phone;
    let errors = [
        &props.country_error,
        &props.calls_error,
        &props.minutes_error,
    ];
    let input = |name: &str,
                 value: &str,
                 error: &Option<AttrValue>,
                 label: String,
                 testid: &str,
                 list: Option<&'static str>,
                 mode: &'static str,
                 oninput: Callback<InputEvent>| {
        html! {
            <input id={id(name)} type="text" inputmode={mode} autocomplete="off" list={list}
                aria-label={label} data-testid={testid.to_string()} value={value.to_string()}
                aria-invalid={error.is_some().then_some("true")}
                aria-describedby={id(&format!("{name}-error"))} {oninput} />
        }
    };
    html! {
        <li class={classes!("usage-line", errors.iter().any(|e| e.is_some()).then_some("invalid"))} data-testid="usage-line">
            <span class="line-number" aria-hidden="true">{n}</span>
            <select class="kind" aria-label={label(Msg::RowKind)} data-testid="usage-kind" onchange={on_kind}>
                { options(KINDS, line.kind, |k| text::kind(lang, k)) }
            </select>
            <span class="place">{lang.t(place)}</span>
            <span class="country">{ input("country", &line.country, &props.country_error, label(place_label), "usage-country", Some(ALL_LIST_ID), "text", on_country) }</span>
            <select class="phone" aria-label={label(phone_aria)} data-testid="usage-phone-type"
                onchange={on_phone} disabled={one_rate}
                title={if one_rate { lang.t(Msg::RowOneRate) } else { phone_label }}>
                { options(PHONES, line.phone, |p| text::phone(lang, p)) }
            </select>
            <span class="calls">
                { input("calls", &line.calls, &props.calls_error, label(Msg::RowCalls), "usage-calls", None, "decimal", on_calls) }
                <span class="unit">{lang.t(Msg::RowCallsOf)}</span>
            </span>
            <span class="minutes">
                { input("minutes", &line.minutes, &props.minutes_error, label(Msg::RowMinutes), "usage-minutes", None, "decimal", on_minutes) }
                <span class="unit">{lang.t(Msg::RowMin)}</span>
            </span>
            <select class="basis" aria-label={label(Msg::RowBasis)} data-testid="usage-basis" onchange={on_basis}>
                { options(BASES, line.basis, |b| text::basis(lang, b)) }
            </select>
            <button type="button" class="remove" aria-label={label(Msg::RowRemove)} data-testid="remove-usage-line" onclick={on_remove}>{"✕"}</button>
            // One message slot per field, always there (empty when the field reads), so the
            // row's elements never change while someone types through an invalid value.
            { for [("country", &props.country_error), ("calls", &props.calls_error), ("minutes", &props.minutes_error)].into_iter().map(|(name, error)| html! {
                <small id={id(&format!("{name}-error"))} class="error" role="alert">{error.clone().unwrap_or_default()}</small>
            }) }
        </li>
    }
}
