//! Building blocks in the GOV.UK question-page pattern: a page with a caption and one question
//! as its heading (focused on arrival), an error summary linking to the fields, and fields whose
//! element ids are their input paths, so an engine error lands on its field.

use super::app_state::use_app;
use crate::forms::questions::{Choice, NISS, Questions, SURVIVORS};
use crate::forms::{self, DONT_KNOW, FieldKind};
use crate::i18n::{Lang, tr};
use leptos::html;
use leptos::prelude::*;
use serde_json::Value;

/// Which form a field belongs to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Form {
    Survivors,
    Niss,
}

pub type Errors = RwSignal<Vec<(String, String)>>;

pub fn form_value(form: Form, path: &str) -> Value {
    let app = use_app();
    app.state.with(|s| {
        let f = match form {
            Form::Survivors => &s.survivors,
            Form::Niss => &s.niss,
        };
        forms::get(f, path).cloned().unwrap_or(Value::Null)
    })
}

pub fn set_form_value(form: Form, path: &str, v: Value) {
    let app = use_app();
    app.state.update(|s| {
        let f = match form {
            Form::Survivors => &mut s.survivors,
            Form::Niss => &mut s.niss,
        };
        forms::set(f, path, v);
    });
}

impl Form {
    /// The form's questions.
    pub fn questions(self) -> &'static Questions {
        match self {
            Form::Survivors => &SURVIVORS,
            Form::Niss => &NISS,
        }
    }
}

/// Goes to `to` when a page has no errors; shows them otherwise. Both tools' Continue buttons.
pub fn go_or_show(errors: Errors, found: Vec<(String, String)>, to: &str) {
    if found.is_empty() {
        errors.set(Vec::new());
        super::route::go(to);
    } else {
        errors.set(found);
    }
}

fn as_text(v: &Value) -> String {
    match v {
        Value::String(s) if s != DONT_KNOW => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => String::new(),
    }
}

/// Set in embed mode: while the host's page has the focus (the person has not used the widget
/// yet), a new page in the widget does not take it away.
pub static EMBEDDED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Moves keyboard and screen-reader focus to an element once it is on the page.
pub fn focus_on_mount<E>(node: NodeRef<E>)
where
    E: html::ElementType,
    E::Output: Clone + 'static + wasm_bindgen::JsCast,
{
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            if EMBEDDED.load(std::sync::atomic::Ordering::Relaxed) && !document().has_focus().unwrap_or(false) {
                return;
            }
            let el: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(el);
            request_animation_frame(move || {
                let _ = el.focus();
            });
        }
    });
}

/// A second way on from a question page, before Continue ("Save and add another"): its
/// element id, its words (a message id) and what it does.
#[derive(Clone, Copy)]
pub struct Another {
    pub id: &'static str,
    pub label: &'static str,
    pub run: Callback<()>,
}

/// A question page: Back, caption, heading (the question), error summary, the fields, Continue.
#[component]
pub fn QuestionPage(
    #[prop(into)] caption: Signal<String>,
    #[prop(into)] title: Signal<String>,
    errors: Errors,
    #[prop(into)] on_continue: Callback<()>,
    /// Where Back goes (`ui::nav::back`); no link when `None`.
    #[prop(optional, into)]
    back: Option<Signal<Option<String>>>,
    /// The words of the Continue button (a message id; "Continue" by default).
    #[prop(optional)]
    continue_label: Option<&'static str>,
    #[prop(optional)] another: Option<Another>,
    children: Children,
) -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_continue.run(());
    };
    let continue_label = continue_label.unwrap_or("nav-continue");
    view! {
        {back.map(super::nav::back_link)}
        <ErrorSummary errors=errors />
        <form novalidate on:submit=submit>
            <span class="caption">{move || caption.get()}</span>
            <h1 tabindex="-1" node_ref=heading>{move || title.get()}</h1>
            {children()}
            <div class="button-group">
                {another.map(|a| view! {
                    <button id=a.id class="button button-secondary" type="button" on:click=move |_| a.run.run(())>{move || app.t(a.label)}</button>
                })}
                <button id="continue" class="button" type="submit">{move || app.t(continue_label)}</button>
            </div>
        </form>
    }
}

/// "There is a problem", with a link to each field; focused when it appears.
#[component]
pub fn ErrorSummary(errors: Errors) -> impl IntoView {
    let app = use_app();
    let node = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if !errors.with(Vec::is_empty)
            && let Some(el) = node.get()
        {
            let _ = el.focus();
        }
    });
    view! {
        <Show when=move || !errors.with(Vec::is_empty)>
            <div id="error-summary" class="error-summary" role="alert" tabindex="-1" node_ref=node aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">{move || app.t("errors-title")}</h2>
                <ul>
                    {move || errors.get().into_iter().map(|(field, msg)| {
                        let href = format!("#{field}");
                        let target = field.clone();
                        view! { <li><a href=href on:click=move |ev| {
                            ev.prevent_default();
                            if let Some(el) = document().get_element_by_id(&target) {
                                let el: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(el);
                                let _ = el.focus();
                            }
                        }>{crate::source::no_break_amounts(&msg)}</a></li> }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

/// A field's message as shown: an amount in it never breaks across lines (the summary does the
/// same).
pub(super) fn field_error(errors: Errors, path: &str) -> Option<String> {
    errors.with(|e| e.iter().find(|(f, _)| f == path || f.starts_with(&format!("{path}--"))).map(|(_, m)| crate::source::no_break_amounts(m)))
}

/// The label of one value of an answer, in a language (`deceased.scheme` + `general` →
/// "Regime geral"). A value no question offers: "Other" in the survivors' tool, the value
/// itself in the NISS advisor's.
pub fn choice_label(lang: Lang, form: Form, path: &str, value: &str) -> String {
    match (form.questions().choice_label(path, value), form) {
        (Some(id), _) => tr(lang, id).to_string(),
        (None, Form::Survivors) => tr(lang, "choice-unknown").to_string(),
        (None, Form::Niss) => value.to_string(),
    }
}

/// One field, drawn by kind. `label` is the question (a legend for radios).
#[component]
pub fn Field(
    form: Form,
    #[prop(into)] path: String,
    #[prop(into)] label: Signal<String>,
    kind: FieldKind,
    errors: Errors,
    /// An i18n key for the hint under the question.
    #[prop(default = None)]
    hint: Option<&'static str>,
    /// Offer "I don't know".
    #[prop(optional)]
    dont_know: bool,
    /// Use the question as the page heading's companion: hide the visible label.
    #[prop(optional)]
    label_hidden: bool,
) -> impl IntoView {
    let app = use_app();
    let hint_id = format!("{path}--hint");
    let err_id = format!("{path}--error");
    let described = {
        let hint_id = hint_id.clone();
        let err_id = err_id.clone();
        let p = path.clone();
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if field_error(errors, &p).is_some() {
                ids.push(err_id.clone());
            }
            ids.join(" ")
        }
    };
    let hint_view = hint.map(|h| view! { <div id=hint_id.clone() class="hint">{move || app.t(h)}</div> });
    let err_view = {
        let p = path.clone();
        let err_id = err_id.clone();
        move || field_error(errors, &p).map(|m| view! { <p id=err_id.clone() class="field-error">{m}</p> })
    };
    let has_error = {
        let p = path.clone();
        move || field_error(errors, &p).is_some()
    };
    let questions = form.questions();
    match kind {
        FieldKind::YesNo | FieldKind::Choice(_) => {
            let choices: Vec<Choice> = match kind {
                FieldKind::Choice(list) => list.to_vec(),
                _ => vec![Choice { value: "true", label: questions.yes }, Choice { value: "false", label: questions.no }],
            };
            let p = path.clone();
            let radios = choices
                .into_iter()
                .map(|Choice { value: v, label: choice_key }| {
                    let id = format!("{p}--{v}");
                    let p2 = p.clone();
                    let p3 = p.clone();
                    let is_bool = matches!(kind, FieldKind::YesNo);
                    let checked = move || {
                        let cur = form_value(form, &p2);
                        match &cur {
                            Value::Bool(b) => b.to_string() == v,
                            Value::String(s) => s == v,
                            _ => false,
                        }
                    };
                    let on_change = move |_| {
                        let val = if is_bool { Value::Bool(v == "true") } else { Value::String(v.to_string()) };
                        set_form_value(form, &p3, val);
                    };
                    let name = p.clone();
                    view! {
                        <div class="radio">
                            <input type="radio" id=id.clone() name=name value=v prop:checked=checked on:change=on_change />
                            <label for=id>{move || app.t(choice_key)}</label>
                        </div>
                    }
                })
                .collect_view();
            let dk = dont_know.then(|| {
                let id = format!("{p}--{DONT_KNOW}");
                let p2 = p.clone();
                let p3 = p.clone();
                let name = p.clone();
                view! {
                    <div class="radio">
                        <input type="radio" id=id.clone() name=name value=DONT_KNOW
                            prop:checked=move || form_value(form, &p2) == Value::String(DONT_KNOW.into())
                            on:change=move |_| set_form_value(form, &p3, Value::String(DONT_KNOW.into())) />
                        <label for=id>{move || app.t(questions.dont_know)}</label>
                    </div>
                }
            });
            view! {
                <fieldset class="fieldset" class:has-error=has_error aria-describedby=described id=path.clone()>
                    <legend class:visually-hidden=label_hidden>{move || label.get()}</legend>
                    {hint_view}
                    {err_view}
                    <div class="radios">{radios}{dk}</div>
                </fieldset>
            }
            .into_any()
        }
        // A box to tick: true, or not answered.
        FieldKind::Tick => {
            let p2 = path.clone();
            let p3 = path.clone();
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=path.clone() prop:checked=move || form_value(form, &p2) == Value::Bool(true)
                        on:change=move |ev| set_form_value(form, &p3, if event_target_checked(&ev) { Value::Bool(true) } else { Value::Null }) />
                    <label for=path.clone()>{move || label.get()}</label>
                </div>
            }
            .into_any()
        }
        FieldKind::Date => super::date_field::date_input(form, path, label, errors, hint, dont_know, label_hidden).into_any(),
        // The payer and the lists are drawn by their own pages; as text here.
        FieldKind::Money | FieldKind::Whole | FieldKind::Text | FieldKind::Payer | FieldKind::Several(_) => {
            let (input_type, mode, class) = match kind {
                FieldKind::Money => ("text", "decimal", "input input-money"),
                FieldKind::Whole => ("text", "numeric", "input input-short"),
                _ => ("text", "text", "input"),
            };
            let p2 = path.clone();
            let p3 = path.clone();
            let p4 = path.clone();
            let p5 = path.clone();
            // Set once: writing the value back on every keystroke resets the browser's own
            // editing state (a date input loses the digit being typed).
            let value = as_text(&form_value(form, &p2));
            let on_input = move |ev| set_form_value(form, &p3, Value::String(event_target_value(&ev)));
            let dk = dont_know.then(|| {
                let id = format!("{p4}--{DONT_KNOW}");
                let p6 = p4.clone();
                view! {
                    <div class="checkbox">
                        <input type="checkbox" id=id.clone()
                            prop:checked=move || form_value(form, &p6) == Value::String(DONT_KNOW.into())
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                set_form_value(form, &p5, if on { Value::String(DONT_KNOW.into()) } else { Value::Null });
                            } />
                        <label for=id>{move || app.t(questions.dont_know)}</label>
                    </div>
                }
            });
            let prefix = matches!(kind, FieldKind::Money).then(|| view! { <span class="prefix" aria-hidden="true">"€"</span> });
            view! {
                <div class="form-group" class:has-error=has_error>
                    <label for=path.clone() class:visually-hidden=label_hidden>{move || label.get()}</label>
                    {hint_view}
                    {err_view}
                    <div class="input-wrap">
                        {prefix}
                        <input id=path.clone() class=class type=input_type inputmode=mode autocomplete="off"
                            aria-describedby=described prop:value=value on:input=on_input />
                    </div>
                    {dk}
                </div>
            }
            .into_any()
        }
    }
}

/// A link to a legal or official source: in a new tab (inside the widget's frame a plain link
/// would take the frame away from the host's page), saying so to screen readers.
pub fn source_link(lang: Lang, url: &str, title: &str) -> impl IntoView + use<> {
    view! {
        <a href=url.to_string() target="_blank" rel="noopener noreferrer">
            {title.to_string()}<span class="visually-hidden">" "{tr(lang, "link-new_tab")}</span>
        </a>
    }
}

/// "What does this mean?": a short explanation of a hard word.
#[component]
pub fn Help(title_key: &'static str, body_key: &'static str) -> impl IntoView {
    let app = use_app();
    view! {
        <details class="help">
            <summary>{move || app.t(title_key)}</summary>
            <p>{move || app.t(body_key)}</p>
        </details>
    }
}
