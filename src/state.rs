//! The page's one state: what the user typed (`Form`), the last scenario and quote that were
//! valid, and a message per field that is not. Every `Action` re-reads the whole form; only a
//! fully valid form replaces the scenario and quote, so the last valid quote stays on screen.

use std::collections::BTreeMap;
use std::rc::Rc;

use rust_decimal::Decimal;
use yew::Reducible;

use crate::i18n::number::{parse_number, parse_whole};
use crate::i18n::text;
use crate::i18n::{Lang, Msg};
use crate::pricing::money::RATE_SHEET_CURRENCIES;
use crate::pricing::offers::LIST_PRICE_CURRENCY;
use crate::pricing::scenario::limits::{MAX_GROUPS, MAX_NAME_CHARS, MAX_USAGE_LINES};
use crate::pricing::scenario::{LineField, OfferField, Problem, ProblemKind, SCENARIO_VERSION};
use crate::pricing::{
    builtin_card, quote, Basis, CallRounding, Channel, Field, Group, Offer, OfferPreset, PhoneType,
    Quote, RateCard, Scenario, Side, UsageKind, UsageLine,
};
use crate::share::{self, CarriedRates, DisplayCurrency, Named, Saved, MAX_COMPARED};

#[derive(Clone, Debug, PartialEq)]
pub struct Form {
    pub tenant_country: String,
    pub offer: OfferPreset,
    pub licence_price: String,
    pub ppm_price: String,
    pub term_months: String,
    pub groups: Vec<GroupForm>,
    pub channel: Channel,
    pub rounding: CallRounding,
    /// The US/Canada add-on's price per organizer.
    pub add_on_price: String,
    /// Another currency to show totals in ("" for none), and its exchange rate as typed.
    pub display_currency: String,
    pub exchange_rate: String,
    /// The id the next line added gets.
    next_id: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GroupForm {
    pub name: String,
    pub organizers: String,
    /// Empty: one licence per organizer.
    pub licences: String,
    /// Licences already owned; empty: none.
    pub owned: String,
    pub add_on: bool,
    pub lines: Vec<LineForm>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LineForm {
    /// Stable across edits and removals, so each row keeps its DOM (and focus).
    pub id: u32,
    pub kind: UsageKind,
    pub country: String,
    pub phone: PhoneType,
    pub calls: String,
    pub minutes: String,
    pub basis: Basis,
    /// A call log's billed minutes, kept until the line's calls, length or basis change.
    pub billed: Option<Decimal>,
}

/// A text field of the form: the one identity an edit names, from the input the user types
/// into to the form value it changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    TenantCountry,
    TermMonths,
    LicencePrice,
    PpmPrice,
    ExchangeRate,
    GroupName(usize),
    Organizers(usize),
    Licences(usize),
    LicencesOwned(usize),
    AddOnPrice,
    /// A field of a call-mix line: the group by position, the line by its id (stable while
    /// lines are added and removed).
    Line(usize, u32, LineField),
}

/// What the user does: an edit of the form, after which the quote is worked out again from
/// it, or an action on the whole state, which says itself what it recomputes.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Edit(Edit),
    DismissNotice,
    /// Price with this card (an imported one) instead of the built-in sample card.
    UseCard(Rc<RateCard>),
    UseBuiltinCard,
    Reset,
    /// Show the page in another language; the scenario stays.
    SetLanguage(Lang),
    /// Start from another scenario (a preset); the rate card and the comparison stay.
    Load(Rc<Scenario>),
    /// Make these groups the call mix (imported from call logs); the tenant, the offers and the
    /// term stay, and the work on screen is kept aside.
    UseGroups(Rc<Vec<Group>>),
    /// Keep the current scenario for comparison, under a new name.
    Compare,
    /// Bring back the work kept aside (a link, start over or a preset replaced it); what was on
    /// screen is kept aside in its place.
    RestorePrevious,
    /// Forget the work kept aside.
    DismissPrevious,
    /// A link opened in a page already showing work (its fragment changed): it replaces the
    /// work on screen, which is kept aside; a link that doesn't open changes nothing but says so.
    OpenLink(String),
    RenameCompared(usize, String),
    RemoveCompared(usize),
    /// Edit a compared scenario: it replaces the one being edited.
    OpenCompared(usize),
}

impl Action {
    /// Text typed into `input`.
    pub fn text(input: Input, text: impl Into<String>) -> Action {
        Action::Edit(Edit::Text(input, text.into()))
    }
}

/// A change to the form.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Text typed into a field.
    Text(Input, String),
    /// A choice made in a line's select.
    Pick(usize, u32, LinePick),
    Offer(OfferPreset),
    Channel(Channel),
    Rounding(CallRounding),
    /// Whether a group takes the US/Canada add-on.
    AddOn(usize, bool),
    /// Also show totals in this currency ("" for none), at the exchange rate typed.
    DisplayCurrency(String),
    /// A new, empty group after the others.
    AddGroup,
    RemoveGroup(usize),
    AddLine(usize),
    RemoveLine(usize, u32),
}

/// A choice among a line's fixed options.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LinePick {
    Kind(UsageKind),
    Phone(PhoneType),
    Basis(Basis),
}

/// Why a field doesn't read: kept as the message and its values, and worded where it is shown,
/// in the page's language then.
#[derive(Clone, Debug, PartialEq)]
pub enum FieldError {
    /// The catalogue's message: the text isn't a number, a country, ...
    Says(Msg),
    /// What the engine refuses (a range, a count, too many decimals, ...).
    Problem(ProblemKind),
    /// An empty price, most often one waiting to be typed in the card's currency.
    PriceIn(String),
}

impl FieldError {
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            FieldError::Says(msg) => lang.says(*msg),
            FieldError::Problem(kind) => text::problem(lang, kind),
            FieldError::PriceIn(currency) => lang.tf(Msg::OfferPriceIn, &[("currency", currency)]),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub card: Rc<RateCard>,
    pub form: Form,
    pub scenario: Rc<Scenario>,
    pub quote: Rc<Quote>,
    /// Why each field that is not valid now doesn't read; empty when the quote is current.
    pub errors: BTreeMap<Field, FieldError>,
    /// Why the exchange rate typed can't be used (no conversion is shown); the quote is
    /// current all the same.
    pub rate_error: Option<FieldError>,
    /// Something the user should know that isn't tied to a field (a link that didn't open).
    pub notice: Option<String>,
    /// True when `card` is an imported card rather than the built-in sample.
    pub imported: bool,
    /// Scenarios kept for comparison, at most `share::MAX_COMPARED`.
    pub compared: Vec<Compared>,
    /// The page's language: its words, numbers and country names, and how numbers are typed.
    pub lang: Lang,
    /// Totals also shown in another currency, when one is chosen with a valid rate.
    pub display: Option<DisplayCurrency>,
    /// Work kept aside (as a link's text) when a link, start over or a preset replaced it:
    /// restoring it swaps the two.
    pub previous: Option<Rc<str>>,
    /// The page was opened with a link that didn't open: the address bar keeps it until the
    /// user changes something.
    pub link_failed: bool,
}

/// A scenario kept for comparison, and its quote with the current card (`None`: this card
/// can't price it).
#[derive(Clone, Debug, PartialEq)]
pub struct Compared {
    pub name: String,
    pub scenario: Rc<Scenario>,
    pub quote: Option<Rc<Quote>>,
}

impl Compared {
    fn new(name: String, scenario: Rc<Scenario>, card: &RateCard) -> Self {
        Compared {
            name: name.chars().take(MAX_NAME_CHARS).collect(),
            quote: quote(&scenario, card).ok().map(Rc::new),
            scenario,
        }
    }
}

impl Default for State {
    fn default() -> Self {
        let card = Rc::new(builtin_card());
        // The example scenario is valid for the built-in card (tests/state.rs checks it).
        State::new(card, false, Scenario::example())
            .unwrap_or_else(|_| unreachable!("the example scenario is valid"))
    }
}

impl State {
    /// A state showing `scenario`, or its problems if it can't be priced with `card`.
    /// `imported`: `card` is the user's own card, not the built-in sample.
    pub fn new(
        card: Rc<RateCard>,
        imported: bool,
        scenario: Scenario,
    ) -> Result<Self, BTreeMap<Field, FieldError>> {
        let quote = quote(&scenario, &card).map_err(problems)?;
        let form = Form::from_scenario(&scenario, Lang::En);
        Ok(State {
            card,
            form,
            scenario: Rc::new(scenario),
            quote: Rc::new(quote),
            errors: BTreeMap::new(),
            rate_error: None,
            notice: None,
            imported,
            compared: Vec::new(),
            lang: Lang::En,
            display: None,
            previous: None,
            link_failed: false,
        })
    }

    /// The state a page opens with: the link's fragment if there is one, else what was saved
    /// in this browser, else the example. A link that opens replaces what was on screen, and
    /// saved work that differs is kept aside (`previous`), one click away. A link that doesn't
    /// open shows the saved work (else the example) with a notice saying why, and leaves the
    /// address bar as it was (`link_failed`). `lang`: the language unless the link or saved
    /// work has one.
    pub fn restore(fragment: Option<&str>, stored: Option<&str>, lang: Lang) -> State {
        let fragment = fragment
            .map(|f| f.trim_start_matches('#'))
            .filter(|f| !f.trim().is_empty());
        let saved = stored.map(|text| (text, State::open(text, lang)));
        let Some(link) = fragment else {
            return match saved {
                Some((_, Ok(state))) => state,
                Some((_, Err(why))) => {
                    State::example_with_notice(lang, Msg::NoticeStoredFailed, &why)
                }
                None => State::default().in_language(lang),
            };
        };
        match (State::open(link, lang), saved) {
            (Ok(mut state), saved) => {
                state.previous = saved
                    .filter(|(text, opened)| *text != link && opened.is_ok())
                    .map(|(text, _)| Rc::from(text));
                state
            }
            (Err(why), Some((_, Ok(mut state)))) => {
                state.notice = Some(lang.tf(Msg::NoticeLinkFailedSaved, &[("why", &why)]));
                state.link_failed = true;
                state
            }
            (Err(why), _) => State {
                link_failed: true,
                ..State::example_with_notice(lang, Msg::NoticeLinkFailed, &why)
            },
        }
    }

    /// The state a link or saved work describes, or why it can't be opened.
    fn open(text: &str, lang: Lang) -> Result<State, String> {
        let saved = share::decode(text).map_err(|e| text::link_error(lang, &e))?;
        let (card, imported) = match &saved.rates {
            Some(rates) => (rates.to_card(&builtin_card()), true),
            None => (builtin_card(), false),
        };
        let card = Rc::new(card);
        let lang = saved.language.unwrap_or(lang);
        let mut state =
            State::new(Rc::clone(&card), imported, saved.scenario).map_err(|errors| {
                let first = errors
                    .into_iter()
                    .next()
                    .map_or_else(String::new, |(field, _)| field.to_string());
                lang.tf(Msg::NoticeScenarioProblem, &[("field", &first)])
            })?;
        state.compared = saved
            .compared
            .into_iter()
            .map(|n| Compared::new(n.name, Rc::new(n.scenario), &card))
            .collect();
        state.display = saved.display.filter(|d| display_problem(d).is_none());
        Ok(state.in_language(lang))
    }

    fn example_with_notice(lang: Lang, what: Msg, why: &str) -> State {
        State {
            notice: Some(lang.tf(what, &[("why", why)])),
            ..State::default().in_language(lang)
        }
    }

    /// This state shown in `lang`: the form rewritten in its numbers and country names.
    fn in_language(mut self, lang: Lang) -> State {
        let from = std::mem::replace(&mut self.lang, lang);
        if !self.errors.is_empty() || self.rate_error.is_some() {
            // Some field doesn't read, so the form is not the scenario: each field that reads
            // is rewritten as the same value in `lang` ("1,000" in English is "1000" in
            // Spanish, never 1), and what doesn't read stays as typed.
            self.form.reword(from, lang);
        } else {
            let mut form = Form::from_scenario(&self.scenario, lang);
            if let Some(display) = &self.display {
                form.display_currency = display.currency.clone();
                form.exchange_rate = lang.editable(display.rate);
            }
            self.form = form;
        }
        self
    }

    /// What a link or the browser's storage keeps: the scenario and, for an imported card, the
    /// rates it uses.
    pub fn saved(&self) -> Saved {
        let compared = self.compared.iter().map(|c| c.scenario.as_ref());
        Saved {
            language: Some(self.lang),
            display: self.display.clone(),
            scenario: (*self.scenario).clone(),
            rates: self.imported.then(|| {
                CarriedRates::from_card(
                    &self.card,
                    std::iter::once(self.scenario.as_ref()).chain(compared),
                )
            }),
            compared: self
                .compared
                .iter()
                .map(|c| Named {
                    name: c.name.clone(),
                    scenario: (*c.scenario).clone(),
                })
                .collect(),
        }
    }

    /// The message beside `field`, in the page's language, if its value doesn't read.
    pub fn error(&self, field: Field) -> Option<String> {
        self.errors.get(&field).map(|e| e.in_lang(self.lang))
    }

    /// The message beside the exchange rate, in the page's language, if it can't be used.
    pub fn rate_message(&self) -> Option<String> {
        self.rate_error.as_ref().map(|e| e.in_lang(self.lang))
    }

    fn apply(&mut self, action: Action) {
        match action {
            Action::Edit(edit) => {
                self.form.apply(edit, self.lang, &self.card.currency);
                self.recompute();
            }
            Action::UseCard(card) => {
                self.use_card(card, true);
                self.recompute();
            }
            Action::UseBuiltinCard => {
                self.use_card(Rc::new(builtin_card()), false);
                self.recompute();
            }
            Action::SetLanguage(lang) => {
                *self = self.clone().in_language(lang);
                self.recompute();
            }
            Action::Reset => self.replace_keeping_aside(|state| {
                *state = State {
                    previous: state.previous.take(),
                    ..State::default().in_language(state.lang)
                };
            }),
            Action::Load(scenario) => self.replace_keeping_aside(|state| state.load(&scenario)),
            Action::UseGroups(groups) => self.replace_keeping_aside(|state| {
                let scenario = Scenario {
                    groups: (*groups).clone(),
                    ..(*state.scenario).clone()
                };
                state.load(&scenario);
            }),
            Action::Compare => {
                if self.compared.len() < MAX_COMPARED {
                    let name = self.free_compared_name();
                    let scenario = Rc::clone(&self.scenario);
                    self.compared.push(Compared {
                        name,
                        scenario,
                        quote: Some(Rc::clone(&self.quote)),
                    });
                }
            }
            Action::RenameCompared(i, name) => {
                if let Some(c) = self.compared.get_mut(i) {
                    c.name = name.chars().take(MAX_NAME_CHARS).collect();
                }
            }
            Action::RemoveCompared(i) => {
                if i < self.compared.len() {
                    self.compared.remove(i);
                }
            }
            Action::OpenCompared(i) => self.open_compared(i),
            Action::RestorePrevious => self.restore_previous(),
            Action::DismissPrevious => self.previous = None,
            Action::OpenLink(text) => self.open_link(&text),
            Action::DismissNotice => self.notice = None,
        }
    }

    /// Edit a compared scenario. A swap: the scenario being edited takes the opened one's place
    /// in the comparison (under a name of its own), so editing a kept scenario loses nothing.
    fn open_compared(&mut self, i: usize) {
        if let Some(opened) = self.compared.get(i).map(|c| Rc::clone(&c.scenario)) {
            let editing = Rc::clone(&self.scenario);
            let quote = Rc::clone(&self.quote);
            self.compared.remove(i);
            let name = self.free_compared_name();
            self.compared.insert(
                i,
                Compared {
                    name,
                    scenario: editing,
                    quote: Some(quote),
                },
            );
            self.load(&opened);
        }
    }

    fn restore_previous(&mut self) {
        if let Some(previous) = self.previous.take() {
            let current = self.on_screen();
            // Kept aside, the work was readable; if it no longer is, nothing changes.
            match State::open(&previous, self.lang) {
                Ok(restored) => {
                    *self = State {
                        previous: Some(Rc::from(current)),
                        ..restored
                    }
                }
                Err(_) => self.previous = Some(previous),
            }
        }
    }

    fn open_link(&mut self, text: &str) {
        let link = text.trim_start_matches('#');
        let before = self.on_screen();
        // The page's own address (kept current as you type) is no new link.
        if link == before {
            return;
        }
        match State::open(link, self.lang) {
            Ok(opened) => {
                *self = State {
                    previous: Some(Rc::from(before)),
                    ..opened
                };
            }
            Err(why) => {
                let why = [("why", why.as_str())];
                self.notice = Some(self.lang.tf(Msg::NoticeLinkFailedSaved, &why));
                self.link_failed = true;
            }
        }
    }

    /// Shows `scenario` in the editor, keeping the card and the comparison; a scenario this card
    /// can't price changes nothing.
    fn load(&mut self, scenario: &Scenario) {
        let card = Rc::clone(&self.card);
        if let Ok(state) = State::new(card, self.imported, scenario.clone()) {
            let compared = std::mem::take(&mut self.compared);
            let previous = self.previous.take();
            *self = State {
                compared,
                previous,
                ..state
            }
            .in_language(self.lang);
        }
    }

    /// The work on screen, as a link's text: what is kept aside when something replaces it.
    fn on_screen(&self) -> String {
        share::encode(&self.saved())
    }

    /// Replaces the work on screen (start over, a preset) by what `replace` makes of it; the
    /// work that was there is kept aside, one click from coming back, unless nothing changed.
    fn replace_keeping_aside(&mut self, replace: impl FnOnce(&mut State)) {
        let before = self.on_screen();
        replace(self);
        if self.on_screen() != before {
            self.previous = Some(Rc::from(before));
        }
    }

    /// The first "Scenario N" no kept scenario is called.
    fn free_compared_name(&self) -> String {
        (1..)
            .map(|n| {
                self.lang
                    .tf(Msg::CompareDefaultName, &[("n", &n.to_string())])
            })
            .find(|name| self.compared.iter().all(|c| &c.name != name))
            .unwrap_or_default()
    }

    /// Prices with `card` from now on. A price typed in the old card's currency means nothing
    /// in another: it is never relabelled. The licence price returns to the offer's list price
    /// when that is in the new currency, else it waits, empty, for the user's price in it (the
    /// field says so); a pay-per-minute fee other than zero waits too.
    fn use_card(&mut self, card: Rc<RateCard>, imported: bool) {
        if card.currency != self.card.currency {
            let form = &mut self.form;
            form.licence_price = list_price(form.offer, &card.currency, self.lang);
            if parse_number(&form.ppm_price, self.lang).is_ok_and(|fee| !fee.is_zero()) {
                form.ppm_price.clear();
            }
        }
        self.card = card;
        self.imported = imported;
        self.requote_compared();
    }

    fn requote_compared(&mut self) {
        for c in &mut self.compared {
            c.quote = quote(&c.scenario, &self.card).ok().map(Rc::new);
        }
    }

    fn recompute(&mut self) {
        let lang = self.lang;
        let parsed = self.form.to_scenario(lang);
        let result = parsed.and_then(|scenario| match quote(&scenario, &self.card) {
            Ok(quote) => Ok((scenario, quote)),
            Err(found) => Err(problems(found)),
        });
        match result {
            Ok((scenario, quote)) => {
                self.scenario = Rc::new(scenario);
                self.quote = Rc::new(quote);
                self.errors.clear();
            }
            Err(errors) => self.errors = errors,
        }
        // An empty price is most often one waiting to be typed in the card's currency.
        for (side, text) in [
            (Side::PerUser, &self.form.licence_price),
            (Side::PayPerMinute, &self.form.ppm_price),
        ] {
            let field = Field::Offer(side, OfferField::Price);
            if text.trim().is_empty() && self.errors.contains_key(&field) {
                let currency = self.card.currency.to_string();
                self.errors.insert(field, FieldError::PriceIn(currency));
            }
        }
        self.rate_error = None;
        let currency = self.form.display_currency.trim();
        // No conversion until there is a rate to convert at: none is ever assumed.
        if currency.is_empty() || self.form.exchange_rate.trim().is_empty() {
            self.display = None;
        } else {
            let display = parse_number(&self.form.exchange_rate, lang).and_then(|rate| {
                let display = DisplayCurrency {
                    currency: currency.to_string(),
                    rate,
                };
                display_problem(&display).map_or(Ok(display), Err)
            });
            match display {
                Ok(display) => self.display = Some(display),
                // No conversion from a rate that doesn't read, nor from the last one that did.
                Err(msg) => {
                    self.display = None;
                    self.rate_error = Some(FieldError::Says(msg));
                }
            }
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}

impl Form {
    /// Applies `edit`; `lang` names a new group, and `currency` (the card's) decides whether
    /// an offer's list price can be shown.
    fn apply(&mut self, edit: Edit, lang: Lang, currency: &str) {
        match edit {
            Edit::Text(input, text) => {
                // A log's billed minutes no longer describe a line whose calls or length change.
                if let Input::Line(g, id, LineField::Calls | LineField::Minutes) = input {
                    if let Some(line) = self.line_mut(g, id) {
                        line.billed = None;
                    }
                }
                if let Some(slot) = self.text_mut(input) {
                    *slot = text;
                }
            }
            Edit::Pick(g, id, pick) => {
                if let Some(line) = self.line_mut(g, id) {
                    match pick {
                        LinePick::Kind(kind) => line.kind = kind,
                        LinePick::Phone(phone) => line.phone = phone,
                        LinePick::Basis(basis) => {
                            line.basis = basis;
                            line.billed = None;
                        }
                    }
                }
            }
            Edit::Channel(channel) => self.channel = channel,
            Edit::Rounding(rounding) => self.rounding = rounding,
            Edit::AddOn(g, on) => {
                if let Some(group) = self.groups.get_mut(g) {
                    group.add_on = on;
                }
            }
            Edit::Offer(preset) => {
                self.offer = preset;
                self.licence_price = list_price(preset, currency, lang);
            }
            Edit::DisplayCurrency(code) => self.display_currency = code,
            Edit::AddGroup => {
                if self.groups.len() < MAX_GROUPS {
                    // Unnamed: shown as "Group 2" in whichever language the page is read.
                    self.groups.push(GroupForm {
                        name: String::new(),
                        organizers: "10".into(),
                        licences: String::new(),
                        owned: String::new(),
                        add_on: false,
                        lines: Vec::new(),
                    });
                }
            }
            Edit::RemoveGroup(g) => {
                if self.groups.len() > 1 && g < self.groups.len() {
                    self.groups.remove(g);
                }
            }
            Edit::AddLine(g) => self.add_line(g),
            Edit::RemoveLine(g, id) => {
                if let Some(group) = self.groups.get_mut(g) {
                    group.lines.retain(|l| l.id != id);
                }
            }
        }
    }

    /// The text `input` holds, if it is on the form.
    fn text_mut(&mut self, input: Input) -> Option<&mut String> {
        Some(match input {
            Input::TenantCountry => &mut self.tenant_country,
            Input::TermMonths => &mut self.term_months,
            Input::LicencePrice => &mut self.licence_price,
            Input::PpmPrice => &mut self.ppm_price,
            Input::ExchangeRate => &mut self.exchange_rate,
            Input::GroupName(g) => &mut self.groups.get_mut(g)?.name,
            Input::Organizers(g) => &mut self.groups.get_mut(g)?.organizers,
            Input::Licences(g) => &mut self.groups.get_mut(g)?.licences,
            Input::LicencesOwned(g) => &mut self.groups.get_mut(g)?.owned,
            Input::AddOnPrice => &mut self.add_on_price,
            Input::Line(g, id, field) => {
                let line = self.line_mut(g, id)?;
                match field {
                    LineField::Country => &mut line.country,
                    LineField::Calls => &mut line.calls,
                    LineField::Minutes => &mut line.minutes,
                    // Read from a call log, never typed.
                    LineField::BilledMinutes => return None,
                }
            }
        })
    }

    fn line_mut(&mut self, g: usize, id: u32) -> Option<&mut LineForm> {
        let group = self.groups.get_mut(g)?;
        group.lines.iter_mut().find(|l| l.id == id)
    }

    fn add_line(&mut self, g: usize) {
        let tenant_country = &self.tenant_country;
        let group = self.groups.get_mut(g);
        if let Some(group) = group.filter(|g| g.lines.len() < MAX_USAGE_LINES) {
            // A new line copies the last one's country, the likeliest next entry.
            let country = group
                .lines
                .last()
                .map_or_else(|| tenant_country.clone(), |l| l.country.clone());
            group.lines.push(LineForm {
                id: self.next_id,
                kind: UsageKind::DialOut,
                country,
                phone: PhoneType::Wireline,
                calls: "1".into(),
                minutes: "10".into(),
                basis: Basis::PerOrganizer,
                billed: None,
            });
            self.next_id += 1;
        }
    }

    /// Every field that reads in `from` written as the same value in `to`.
    fn reword(&mut self, from: Lang, to: Lang) {
        let number = |text: &mut String| {
            if let Ok(value) = parse_number(text, from) {
                *text = to.editable(value);
            }
        };
        let country = |text: &mut String| {
            if let Ok(code) = from.read_country(text) {
                *text = to.country(code).into_owned();
            }
        };
        country(&mut self.tenant_country);
        for text in [
            &mut self.licence_price,
            &mut self.ppm_price,
            &mut self.term_months,
            &mut self.exchange_rate,
            &mut self.add_on_price,
        ] {
            number(text);
        }
        for group in &mut self.groups {
            number(&mut group.organizers);
            number(&mut group.licences);
            number(&mut group.owned);
            for line in &mut group.lines {
                country(&mut line.country);
                number(&mut line.calls);
                number(&mut line.minutes);
            }
        }
    }

    /// The form showing `scenario` in `lang`.
    pub fn from_scenario(scenario: &Scenario, lang: Lang) -> Form {
        let mut next_id = 0;
        let groups = scenario
            .groups
            .iter()
            .map(|group| GroupForm {
                name: group.name.clone(),
                organizers: group.organizers.to_string(),
                licences: group
                    .licences_purchased
                    .map_or_else(String::new, |n| n.to_string()),
                owned: match group.licences_owned {
                    0 => String::new(),
                    n => n.to_string(),
                },
                add_on: group.us_can_add_on,
                lines: group
                    .usage
                    .iter()
                    .map(|line| {
                        next_id += 1;
                        LineForm {
                            id: next_id - 1,
                            kind: line.kind,
                            country: lang.country(line.country).into_owned(),
                            phone: line.phone,
                            calls: lang.editable(line.calls.normalize()),
                            minutes: lang.editable(line.minutes_per_call.normalize()),
                            basis: line.basis,
                            billed: line.billed_minutes,
                        }
                    })
                    .collect(),
            })
            .collect();
        Form {
            tenant_country: lang.country(scenario.tenant_country).into_owned(),
            offer: scenario.per_user.preset,
            licence_price: lang.editable(scenario.per_user.price),
            ppm_price: lang.editable(scenario.pay_per_minute.price),
            term_months: scenario.term_months.to_string(),
            groups,
            channel: scenario.channel,
            rounding: scenario.rounding,
            add_on_price: lang.editable(scenario.us_can_add_on_price),
            display_currency: String::new(),
            exchange_rate: String::new(),
            next_id,
        }
    }

    /// The scenario the form describes (typed in `lang`), or a message for every field that
    /// doesn't read.
    pub fn to_scenario(&self, lang: Lang) -> Result<Scenario, BTreeMap<Field, FieldError>> {
        let parse_number = |text: &str| parse_number(text, lang);
        let parse_whole = |text: &str| parse_whole(text, lang);
        let mut errors = BTreeMap::new();
        let licence_price = read(
            &mut errors,
            Field::Offer(Side::PerUser, OfferField::Price),
            parse_number(&self.licence_price),
        );
        let ppm_price = read(
            &mut errors,
            Field::Offer(Side::PayPerMinute, OfferField::Price),
            parse_number(&self.ppm_price),
        );
        let term_months = read(
            &mut errors,
            Field::TermMonths,
            parse_whole(&self.term_months),
        );
        let add_on_price = read(
            &mut errors,
            Field::AddOnPrice,
            parse_number(&self.add_on_price),
        );
        let mut groups = Vec::new();
        for (g, group) in self.groups.iter().enumerate() {
            let organizers = read(
                &mut errors,
                Field::Organizers(g),
                parse_whole(&group.organizers),
            );
            let licences = if group.licences.trim().is_empty() {
                None
            } else {
                Some(read(
                    &mut errors,
                    Field::Licences(g),
                    parse_whole(&group.licences),
                ))
            };
            let owned = if group.owned.trim().is_empty() {
                Decimal::ZERO
            } else {
                read(
                    &mut errors,
                    Field::LicencesOwned(g),
                    parse_whole(&group.owned),
                )
            };
            let mut usage = Vec::new();
            for (l, line) in group.lines.iter().enumerate() {
                let country = lang.read_country(&line.country).map_err(|msg| {
                    errors.insert(Field::Line(g, l, LineField::Country), FieldError::Says(msg));
                });
                let calls = read(
                    &mut errors,
                    Field::Line(g, l, LineField::Calls),
                    parse_number(&line.calls),
                );
                let minutes = read(
                    &mut errors,
                    Field::Line(g, l, LineField::Minutes),
                    parse_number(&line.minutes),
                );
                usage.extend(country.ok().map(|country| UsageLine {
                    kind: line.kind,
                    country,
                    phone: line.phone,
                    calls,
                    minutes_per_call: minutes,
                    basis: line.basis,
                    billed_minutes: line.billed,
                }));
            }
            groups.push((group, organizers, licences, owned, usage));
        }
        let tenant = lang.read_country(&self.tenant_country).map_err(|msg| {
            errors.insert(Field::TenantCountry, FieldError::Says(msg));
        });
        match tenant {
            Ok(tenant_country) if errors.is_empty() => Ok(Scenario {
                version: SCENARIO_VERSION,
                tenant_country,
                per_user: Offer {
                    price: licence_price,
                    ..Offer::preset(self.offer)
                },
                pay_per_minute: Offer {
                    price: ppm_price,
                    ..Offer::preset(OfferPreset::PayPerMinute)
                },
                term_months: to_u32(term_months),
                groups: groups
                    .into_iter()
                    .map(|(group, organizers, licences, owned, usage)| Group {
                        name: group.name.clone(),
                        organizers: to_u32(organizers),
                        licences_purchased: licences.map(to_u32),
                        usage,
                        licences_owned: to_u32(owned),
                        us_can_add_on: group.add_on,
                    })
                    .collect(),
                channel: self.channel,
                rounding: self.rounding,
                us_can_add_on_price: add_on_price,
            }),
            _ => Err(errors),
        }
    }
}

/// What the licence price field shows for `preset` with a card in `currency`: Microsoft's list
/// price where it is in that currency (or free), else nothing, for the user to enter.
fn list_price(preset: OfferPreset, currency: &str, lang: Lang) -> String {
    let price = Offer::preset(preset).price;
    if price.is_zero() || currency == LIST_PRICE_CURRENCY {
        lang.editable(price)
    } else {
        String::new()
    }
}

/// Why a display currency can't be used: one the rate-sheet form doesn't offer, or a rate that
/// isn't above zero and at most 1,000,000 with at most 6 decimals.
fn display_problem(display: &DisplayCurrency) -> Option<Msg> {
    let rate = display.rate;
    if !RATE_SHEET_CURRENCIES.contains(&display.currency.as_str()) {
        Some(Msg::DisplayUnknownCurrency)
    } else if rate <= Decimal::ZERO
        || rate > Decimal::from(1_000_000)
        || rate.normalize().scale() > 6
    {
        Some(Msg::DisplayRateRange)
    } else {
        None
    }
}

/// The value, or zero with why not recorded against its field.
fn read(
    errors: &mut BTreeMap<Field, FieldError>,
    field: Field,
    result: Result<Decimal, Msg>,
) -> Decimal {
    result.unwrap_or_else(|msg| {
        errors.insert(field, FieldError::Says(msg));
        Decimal::ZERO
    })
}

/// The engine's problems, each against its field.
fn problems(found: Vec<Problem>) -> BTreeMap<Field, FieldError> {
    found
        .into_iter()
        .map(|p| (p.field, FieldError::Problem(p.kind)))
        .collect()
}

/// Whole numbers were checked by `parse_whole` to fit; anything larger saturates and the
/// engine's range check reports it.
fn to_u32(value: Decimal) -> u32 {
    u32::try_from(value.trunc().mantissa()).unwrap_or(u32::MAX)
}
