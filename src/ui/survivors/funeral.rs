//! Who paid for the funeral, and how much.

use super::{person_label, try_continue};
use crate::forms::questions::{Asked, Question, SURVIVORS, survivors::caption};
use crate::ui::app_state::use_app;
use crate::ui::components::{Errors, Field, Form, QuestionPage, form_value, set_form_value};
use leptos::prelude::*;
use serde_json::Value;

const NOBODY: &str = "nobody";

pub fn page(changing: bool) -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let paid_by = move || form_value(Form::Survivors, "funeral.paid_by").as_str().unwrap_or("").to_string();
    let choose = move |v: String| {
        if v == NOBODY {
            app.state.update(|s| {
                crate::forms::remove(&mut s.survivors, "funeral");
                crate::forms::set(&mut s.survivors, "ui_funeral_none", Value::Bool(true));
            });
        } else {
            app.state.update(|s| {
                crate::forms::remove(&mut s.survivors, "ui_funeral_none");
            });
            set_form_value(Form::Survivors, "funeral.paid_by", Value::String(v));
        }
    };
    let nobody = move || form_value(Form::Survivors, "ui_funeral_none") == Value::Bool(true);
    let options = move || {
        let lang = app.lang.get();
        let form = app.state.with(|s| s.survivors.clone());
        let people: Vec<(String, String)> = form["people"]
            .as_array()
            .map(|a| {
                a.iter()
                    .enumerate()
                    .filter_map(|(i, p)| p["id"].as_str().map(|id| (id.to_string(), person_label(lang, &form, i))))
                    .collect()
            })
            .unwrap_or_default();
        let mut all = people;
        all.push(("other".into(), app.t("funeral-other").to_string()));
        all.push((NOBODY.into(), app.t("funeral-nobody").to_string()));
        all.into_iter()
            .map(|(value, label)| {
                let id = format!("funeral.paid_by--{value}");
                let v2 = value.clone();
                let v3 = value.clone();
                let checked = move || if v2 == NOBODY { nobody() } else { paid_by() == v2 };
                view! {
                    <div class="radio">
                        <input type="radio" id=id.clone() name="funeral.paid_by" value=value.clone() prop:checked=checked
                            on:change=move |_| choose(v3.clone()) />
                        <label for=id>{label}</label>
                    </div>
                }
            })
            .collect_view()
    };
    let cont = move |_| {
        let to = super::next("funeral", changing);
        if nobody() {
            errors.set(Vec::new());
            crate::ui::route::go(&to);
            return;
        }
        // Every question of the page is checked; those asked with these answers must be given
        // (how much, along with who paid: both are missing when neither is given).
        let form = app.state.with_untracked(|s| s.survivors.clone());
        let questions: Vec<_> = SURVIVORS.on_step("funeral").collect();
        let needed = |q: &Question| q.is_asked(&form, q.path) || matches!(q.asked, Asked::IfAnswered(_));
        let req: Vec<&str> = questions.iter().filter(|q| q.required && needed(q)).map(|q| q.path).collect();
        let paths: Vec<&str> = questions.iter().map(|q| q.path).collect();
        try_continue(errors, &paths, &req, to);
    };
    // The questions after the payer, each shown while it is asked.
    let follow = SURVIVORS
        .on_step("funeral")
        .filter(|q| q.asked != Asked::Always)
        .map(|q| {
            let shown = move || !nobody() && app.state.with(|s| q.is_asked(&s.survivors, q.path));
            view! {
                <Show when=shown>
                    <Field form=Form::Survivors path=q.path label=Signal::derive(move || app.t(q.label).to_string())
                        kind=q.kind errors=errors hint=q.hint />
                </Show>
            }
        })
        .collect_view();
    let title = SURVIVORS.find("funeral.paid_by").and_then(|q| q.title).unwrap_or("q-funeral");
    let payer_error = move || errors.with(|e| e.iter().find(|(f, _)| f == "funeral.paid_by").map(|(_, m)| m.clone()));
    view! {
        <QuestionPage caption=Signal::derive(move || app.t(caption("funeral.paid_by")).to_string())
            title=Signal::derive(move || app.t(title).to_string()) errors=errors on_continue=cont
            back=super::back(|| super::previous("funeral"), changing)>
            <fieldset class="fieldset" id="funeral.paid_by" class:has-error=move || payer_error().is_some()>
                <legend class="visually-hidden">{move || app.t(title)}</legend>
                {move || payer_error().map(|m| view! { <p id="funeral.paid_by--error" class="field-error">{m}</p> })}
                <div class="radios">{options}</div>
            </fieldset>
            {follow}
        </QuestionPage>
    }
}
