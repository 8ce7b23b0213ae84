//! The fixed questions about the death and the person who died.

use super::{next, previous, try_continue};
use crate::forms::FieldKind;
use crate::ui::app_state::use_app;
use crate::ui::components::{Errors, Field, Form, Help, QuestionPage, form_value, set_form_value};
use leptos::prelude::*;
use serde_json::Value;

struct Ask {
    step: &'static str,
    path: &'static str,
    kind: FieldKind,
    caption: &'static str,
    title: &'static str,
    hint: Option<&'static str>,
    dont_know: bool,
    required: bool,
    help: Option<(&'static str, &'static str)>,
}

fn single(a: Ask, changing: bool) -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let (step, path) = (a.step, a.path);
    let required = a.required;
    let cont = move |_| {
        let req: &[&str] = if required { &[path] } else { &[] };
        try_continue(errors, &[path], req, next(step, changing));
    };
    let back = Signal::derive(move || previous(step));
    view! {
        <QuestionPage caption=Signal::derive(move || app.t(a.caption).to_string())
            title=Signal::derive(move || app.t(a.title).to_string()) errors=errors on_continue=cont back=back>
            <Field form=Form::Survivors path=path label=Signal::derive(move || app.t(a.title).to_string()) kind=a.kind
                errors=errors hint=a.hint dont_know=a.dont_know label_hidden=true />
            {a.help.map(|(t, b)| view! { <Help title_key=t body_key=b /> })}
        </QuestionPage>
    }
}

pub fn start() -> impl IntoView {
    let app = use_app();
    let errors: Errors = RwSignal::new(Vec::new());
    let choose = |planning: bool| set_form_value(Form::Survivors, "projection", Value::Bool(planning));
    let current = move || form_value(Form::Survivors, "projection");
    let cont = move |_| {
        if current().is_null() {
            errors.set(vec![("projection".into(), app.t_untracked("errors-choose_one").to_string())]);
        } else {
            errors.set(Vec::new());
            crate::ui::route::go(&next("start", false));
        }
    };
    view! {
        <QuestionPage caption=Signal::derive(move || app.t("survivors-tool").to_string())
            title=Signal::derive(move || app.t("q-start").to_string()) errors=errors on_continue=cont
            back=Signal::derive(|| "#/".to_string())>
            <p>{move || app.t("survivors-intro")}</p>
            <fieldset class="fieldset" id="projection">
                <legend class="visually-hidden">{move || app.t("q-start")}</legend>
                <div class="radios">
                    <div class="radio">
                        <input type="radio" id="projection--false" name="projection" value="false"
                            prop:checked=move || current() == Value::Bool(false) on:change=move |_| choose(false) />
                        <label for="projection--false">{move || app.t("start-happened")}</label>
                    </div>
                    <div class="radio">
                        <input type="radio" id="projection--true" name="projection" value="true"
                            prop:checked=move || current() == Value::Bool(true) on:change=move |_| choose(true) />
                        <label for="projection--true">{move || app.t("start-planning")}</label>
                    </div>
                </div>
            </fieldset>
        </QuestionPage>
    }
}

pub fn death_date(changing: bool) -> impl IntoView {
    let planning = form_value(Form::Survivors, "projection") == Value::Bool(true);
    single(
        Ask {
            step: "death-date",
            path: "death_date",
            kind: FieldKind::Date,
            caption: "caption-death",
            title: if planning { "q-death_date_planning" } else { "q-death_date" },
            hint: Some(if planning { "hint-death_date_planning" } else { "hint-death_date" }),
            dont_know: false,
            required: true,
            help: None,
        },
        changing,
    )
}

pub fn scheme(changing: bool) -> impl IntoView {
    single(
        Ask {
            step: "scheme",
            path: "deceased.scheme",
            kind: FieldKind::Choice(crate::forms::SCHEMES),
            caption: "caption-deceased",
            title: "q-scheme",
            hint: Some("hint-scheme"),
            dont_know: false,
            required: true,
            help: Some(("help-compulsory-title", "help-compulsory-body")),
        },
        changing,
    )
}

pub fn contributions(changing: bool) -> impl IntoView {
    single(
        Ask {
            step: "contributions",
            path: "deceased.contribution_months",
            kind: FieldKind::Whole,
            caption: "caption-deceased",
            title: "q-contributions",
            hint: Some("hint-contributions"),
            dont_know: true,
            required: true,
            help: None,
        },
        changing,
    )
}

pub fn pension(changing: bool) -> impl IntoView {
    single(
        Ask {
            step: "pension",
            path: "deceased.reference_pension",
            kind: FieldKind::Money,
            caption: "caption-deceased",
            title: "q-pension",
            hint: Some("hint-pension"),
            dont_know: true,
            required: true,
            help: None,
        },
        changing,
    )
}

pub fn social_pension(changing: bool) -> impl IntoView {
    single(
        Ask {
            step: "social-pension",
            path: "deceased.social_pension_recipient",
            kind: FieldKind::YesNo,
            caption: "caption-deceased",
            title: "q-social_pension",
            hint: None,
            dont_know: true,
            required: true,
            help: Some(("help-social_pension-title", "help-social_pension-body")),
        },
        changing,
    )
}

pub fn resident(changing: bool) -> impl IntoView {
    single(
        Ask {
            step: "resident",
            path: "deceased.resident",
            kind: FieldKind::YesNo,
            caption: "caption-deceased",
            title: "q-resident",
            hint: None,
            dont_know: true,
            required: true,
            help: Some(("help-resident-title", "help-resident-body")),
        },
        changing,
    )
}

pub fn cause(changing: bool) -> impl IntoView {
    single(
        Ask {
            step: "cause",
            path: "deceased.death_cause",
            kind: FieldKind::Choice(crate::forms::CAUSES),
            caption: "caption-deceased",
            title: "q-cause",
            hint: Some("hint-cause"),
            dont_know: true,
            required: true,
            help: None,
        },
        changing,
    )
}
