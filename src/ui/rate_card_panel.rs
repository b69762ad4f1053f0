use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::rendered;

use super::use_lang;
use crate::i18n::Msg;

use super::browser;
use super::choice::{on_pick, options, Choices};
use crate::i18n::text;
use crate::io::import_problem::ImportProblem;
use crate::io::rate_worker::Export;
use crate::pricing::{RateCard, SheetFor};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct RateCardPanelProps {
    pub card: Rc<RateCard>,
    pub imported: bool,
    pub on_action: Callback<Action>,
}

/// Shown problems: the file they belong to and every problem found in it.
#[derive(PartialEq)]
struct Rejected {
    file: String,
    problems: Vec<ImportProblem>,
}

/// Microsoft's "Pricing for Audio Conferencing" page, whose section "See rates for where you
/// want to call" gives the rate sheets (Microsoft Docs: Teams/what-are-communications-credits.md,
/// Teams/audio-conferencing-pay-per-minute.md). A plain link: following it is the user's request.
const MICROSOFT_RATES: &str = "https://go.microsoft.com/fwlink/?linkid=799762";

/// How many problems the list shows before "and N more" (the CLI lists them all).
const SHOWN_PROBLEMS: usize = 100;

/// The option a card about to be imported is for: `None` is what its file says.
const SHEETS: &Choices<Option<SheetFor>> = &[
    (None, "auto"),
    (Some(SheetFor::PerUser), "per_user"),
    (Some(SheetFor::PayPerMinute), "pay_per_minute"),
    (Some(SheetFor::Both), "both"),
];

fn sheet_choice(lang: crate::i18n::Lang, sheet: Option<SheetFor>) -> &'static str {
    sheet.map_or(lang.t(Msg::RatesForAuto), |s| text::sheet_name(lang, s))
}

/// Your own rates: import Microsoft's rate sheet (or a CSV or JSON card), export the card in
/// use, or go back to the built-in sample. Files are read in the page (in the importer worker);
/// nothing is uploaded.
#[component]
pub fn RateCardPanel(props: &RateCardPanelProps) -> Html {
    rendered("RateCardPanel");
    let lang = use_lang();
    let rejected = use_state(|| None::<Rejected>);
    let reading = use_state(|| None::<String>);
    let chosen = use_state(|| None::<SheetFor>);
    // What the last import did, sentence by sentence.
    let summary = use_state(Vec::<String>::new);
    let on_sheet = on_pick(SHEETS, {
        let chosen = chosen.clone();
        Callback::from(move |sheet| chosen.set(sheet))
    });
    let onchange = {
        let (rejected, reading, summary, on_action) = (
            rejected.clone(),
            reading.clone(),
            summary.clone(),
            props.on_action.clone(),
        );
        let (chosen, current) = (*chosen, Rc::clone(&props.card));
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let (rejected, reading, summary, on_action, current) = (
                rejected.clone(),
                reading.clone(),
                summary.clone(),
                on_action.clone(),
                Rc::clone(&current),
            );
            wasm_bindgen_futures::spawn_local(async move {
                let Some((file, bytes)) = browser::files::read_picked_file(&input).await else {
                    return;
                };
                // The same file picked again after a fix must fire `change` again.
                input.set_value("");
                reading.set(Some(lang.tf(Msg::RatesReading, &[("file", &file)])));
                let imported = browser::worker::import_card(file.clone(), bytes, chosen).await;
                reading.set(None);
                summary.set(Vec::new());
                let imported = match imported {
                    Ok(imported) => imported,
                    Err(problems) => return rejected.set(Some(Rejected { file, problems })),
                };
                let sheet = imported.card.sheet;
                let pair = imported.card.pay_per_minute.is_some();
                // A card for one option joins the other option's card, if it has one.
                match current.with_card(imported.card) {
                    Ok(card) => {
                        rejected.set(None);
                        summary.set(text::import_summary(lang, &file, &imported.summary, pair));
                        on_action.emit(Action::UseCard(Rc::new(card)));
                    }
                    Err(clash) => rejected.set(Some(Rejected {
                        problems: vec![ImportProblem::clash(&file, &clash, &current, sheet)],
                        file,
                    })),
                }
            });
        })
    };
    let export = |make: fn(RateCard) -> Export, filename, mime| {
        let card = Rc::clone(&props.card);
        Callback::from(move |_: MouseEvent| {
            browser::worker::save(make((*card).clone()), filename, mime);
        })
    };
    let export_json = export(Export::CardJson, "rate-card.json", "application/json");
    let export_csv = export(Export::CardCsv, "rate-card.csv", "text/csv;charset=utf-8");
    let (open_before, open_after) = lang
        .t(Msg::RatesStepOpen)
        .split_once("{link}")
        .unwrap_or_default();
    html! {
        <details class="panel rates" open={props.imported || rejected.is_some()}>
            <summary>{lang.t(Msg::RatesTitle)}</summary>
            <p class="hint">{lang.t(Msg::RatesHint)}</p>
            <p>{lang.t(Msg::RatesSteps)}</p>
            <ol class="rate-steps" data-testid="rate-steps">
                <li>{open_before}<a href={MICROSOFT_RATES} target="_blank" rel="noopener noreferrer">{lang.t(Msg::RatesStepOpenLink)}</a>{open_after}</li>
                <li>{lang.t(Msg::RatesStepChoose)}</li>
                <li>{lang.t(Msg::RatesStepType)}</li>
                <li>{lang.t(Msg::RatesStepImport)}</li>
            </ol>
            <p class="hint" data-testid="which-sheet">{lang.t(Msg::RatesWhichSheet)}</p>
            <div class="field">
                <label for="import-rates-for">{lang.t(Msg::RatesFor)}</label>
                <select id="import-rates-for" data-testid="import-rates-for" onchange={on_sheet}>
                    { options(SHEETS, *chosen, |s| sheet_choice(lang, s)) }
                </select>
            </div>
            <div class="field">
                <label for="import-rates">{lang.t(Msg::RatesImport)}</label>
                <input id="import-rates" type="file" accept=".xlsx,.csv,.json" data-testid="import-rates" {onchange} />
            </div>
            if let Some(status) = &*reading {
                <p role="status">{status}</p>
            }
            if !summary.is_empty() {
                <ul class="import-summary" role="status" data-testid="import-summary">
                    { for summary.iter().map(|s| html! { <li>{s}</li> }) }
                </ul>
            }
            if props.imported {
                <p data-testid="rate-cards">{text::cards_in_use(lang, &props.card)}</p>
            }
            if let Some(rejected) = &*rejected {
                <div class="import-problems" role="alert" data-testid="import-problems">
                    <p><strong>{lang.plural(rejected.problems.len(), (Msg::RatesRejectedOne, Msg::RatesRejected), &[("file", &rejected.file)])}</strong></p>
                    <ul>{ for rejected.problems.iter().take(SHOWN_PROBLEMS).map(|p| html! { <li>{p.in_lang(lang)}</li> }) }</ul>
                    if rejected.problems.len() > SHOWN_PROBLEMS {
                        <p>{lang.tf(Msg::RatesMore, &[("count", &(rejected.problems.len() - SHOWN_PROBLEMS).to_string())])}</p>
                    }
                </div>
            }
            <div class="card-actions">
                <button type="button" data-testid="export-card-json" onclick={export_json}>{lang.t(Msg::RatesExportJson)}</button>
                <button type="button" data-testid="export-card-csv" onclick={export_csv}>{lang.t(Msg::RatesExportCsv)}</button>
                if props.imported {
                    <button type="button" data-testid="use-builtin-rates" onclick={props.on_action.reform(|_: MouseEvent| Action::UseBuiltinCard)}>{lang.t(Msg::RatesBuiltin)}</button>
                }
            </div>
        </details>
    }
}
