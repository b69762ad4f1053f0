use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::rendered;

use super::use_lang;
use crate::i18n::Msg;

use super::browser;
use crate::io::import_problem::ImportProblem;
use crate::io::rate_worker::Export;
use crate::pricing::RateCard;
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

/// Your own rates: import Microsoft's rate sheet (or a CSV or JSON card), export the card in
/// use, or go back to the built-in sample. Files are read in the page (in the importer worker);
/// nothing is uploaded.
#[component]
pub fn RateCardPanel(props: &RateCardPanelProps) -> Html {
    rendered("RateCardPanel");
    let lang = use_lang();
    let rejected = use_state(|| None::<Rejected>);
    let reading = use_state(|| None::<String>);
    let onchange = {
        let (rejected, reading, on_action) =
            (rejected.clone(), reading.clone(), props.on_action.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let (rejected, reading, on_action) =
                (rejected.clone(), reading.clone(), on_action.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Some((file, bytes)) = browser::files::read_picked_file(&input).await else {
                    return;
                };
                // The same file picked again after a fix must fire `change` again.
                input.set_value("");
                reading.set(Some(lang.tf(Msg::RatesReading, &[("file", &file)])));
                let imported = browser::worker::import_card(file.clone(), bytes).await;
                reading.set(None);
                match imported {
                    Ok(card) => {
                        rejected.set(None);
                        on_action.emit(Action::UseCard(Rc::new(card)));
                    }
                    Err(problems) => rejected.set(Some(Rejected { file, problems })),
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
            <div class="field">
                <label for="import-rates">{lang.t(Msg::RatesImport)}</label>
                <input id="import-rates" type="file" accept=".xlsx,.csv,.json" data-testid="import-rates" {onchange} />
            </div>
            if let Some(status) = &*reading {
                <p role="status">{status}</p>
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
