use std::collections::BTreeMap;

use yew::prelude::*;

use super::field::Field;
use super::usage_table::UsageTable;
use crate::pricing::Field as ScenarioField;
use crate::state::{Action, GroupForm};

#[derive(Properties, PartialEq)]
pub struct GroupPanelProps {
    pub index: usize,
    pub group: GroupForm,
    pub errors: BTreeMap<ScenarioField, String>,
    /// False for the only group: a tenant has at least one.
    pub removable: bool,
    pub on_action: Callback<Action>,
}

/// One organizer group: its name, size and licences, and its own call mix.
#[component]
pub fn GroupPanel(props: &GroupPanelProps) -> Html {
    let g = props.index;
    // The first group keeps the ids the page had before groups, so links to them still work.
    let id = |name: &str| {
        if g == 0 {
            AttrValue::from(name.to_string())
        } else {
            AttrValue::from(format!("{name}-{g}"))
        }
    };
    let error = |field: ScenarioField| props.errors.get(&field).map(|m| AttrValue::from(m.clone()));
    let group = &props.group;
    let title = if group.name.trim().is_empty() {
        format!("Group {}", g + 1)
    } else {
        group.name.clone()
    };
    let on_remove = props
        .on_action
        .reform(move |_: MouseEvent| Action::RemoveGroup(g));
    html! {
        <fieldset class="panel group" data-testid="group">
            <legend>{&title}</legend>
            <div class="group-fields">
                <Field id={id("group-name")} label="Group name" testid="group-name" inputmode="text"
                    value={group.name.clone()} error={error(ScenarioField::GroupName(g))}
                    on_input={props.on_action.reform(move |text| Action::SetGroupName(g, text))} />
                <Field id={id("organizers")} label="Meeting organizers" testid="organizers" inputmode="numeric"
                    value={group.organizers.clone()} hint="People who schedule meetings; attendees need no licence."
                    error={error(ScenarioField::Organizers(g))}
                    on_input={props.on_action.reform(move |text| Action::SetOrganizers(g, text))} />
                <Field id={id("licences")} label="Licences purchased" testid="licences" inputmode="numeric"
                    value={group.licences.clone()} placeholder="one per organizer"
                    hint="Leave empty for one per organizer. The pool counts purchased licences."
                    error={error(ScenarioField::Licences(g))}
                    on_input={props.on_action.reform(move |text| Action::SetLicences(g, text))} />
                if props.removable {
                    <button type="button" class="remove-group" data-testid="remove-group"
                        aria-label={format!("Remove the group {title}")} onclick={on_remove}>{"Remove group"}</button>
                }
            </div>
            <UsageTable group={g} lines={group.lines.clone()} errors={props.errors.clone()}
                on_action={props.on_action.clone()} />
        </fieldset>
    }
}
