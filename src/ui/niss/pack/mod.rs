//! The document pack, rendered from the engine's `DocumentPack`: warnings and what not to do
//! first, then the profiles, the checklist with tick boxes (saved), the steps, the combined
//! service, the portal message, the letters (copy button), the escalation file, the first week,
//! the identifiers and the sources. The pack is built once when the page opens (ticking a box
//! must not redraw the page and lose focus); switching language redraws it.

use super::{change_href, pack_untracked};
use crate::i18n::{Lang, render, tr};
use crate::niss::DocumentPack;
use crate::niss::IdCheck;
use crate::ui::app_state::{App, use_app};
use crate::ui::components::focus_on_mount;
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;
mod checklist;
mod letters;
mod sources;

use checklist::{by_label, checklist};
use letters::letter;
use sources::{Sources, item_list, source_line};

fn id_check_view(lang: Lang, label: &'static str, c: &IdCheck) -> impl IntoView + use<> {
    let msg = render(lang, &c.message);
    let ok = c.problem.is_none();
    let verdict = tr(lang, if ok { "niss-check_number-ok" } else { "niss-check_number-problem" });
    let class = if ok { "hint check-ok" } else { "field-error check-problem" };
    view! {
        <li data-identifier=c.identifier.clone() data-valid=c.valid.to_string()>
            <strong>{tr(lang, label)}</strong>" "{c.normalized.clone().unwrap_or_default()}
            <p class=class><strong>{verdict}</strong>" "<span class="normal-weight">{msg}</span></p>
        </li>
    }
}

fn status_key(s: &str) -> &'static str {
    match s {
        "held" => "niss-ids-status-held",
        "to_request" => "niss-ids-status-to_request",
        "on_protection_declaration" => "niss-ids-status-on_protection_declaration",
        "on_citizen_card" => "niss-ids-status-on_citizen_card",
        _ => "niss-ids-status-unknown",
    }
}

fn who_key(w: &str) -> &'static str {
    match w {
        "self" => "niss-who-self",
        "employer" => "niss-who-employer",
        "representative" => "niss-who-representative",
        _ => "niss-who-other",
    }
}

fn pack_view(app: App, lang: Lang, p: Arc<DocumentPack>) -> impl IntoView + use<> {
    let t = move |k: &'static str| tr(lang, k);
    let sources = Sources::collect(&p);

    // 1. Warnings, then what not to do ("do not request a second NISS" leads when it applies).
    let warnings = (!p.warnings.is_empty()).then(|| {
        let items = p
            .warnings
            .iter()
            .map(|w| {
                view! {
                    <div class="notice warning" data-id=w.id.clone()>
                        <p><strong>{t("niss-pack-warning")}</strong>" "{render(lang, &w.text)}{source_line(lang, &sources, &w.source)}</p>
                    </div>
                }
            })
            .collect_view();
        view! { <div id="warnings">{items}</div> }
    });
    let do_not = (!p.do_not.is_empty()).then(|| {
        let items = p
            .do_not
            .iter()
            .enumerate()
            .map(|(n, d)| {
                let text = render(lang, &d.text);
                let text = if n == 0 && d.id == "no_second_niss" {
                    view! { <strong>{text}</strong> }.into_any()
                } else {
                    view! { <span>{text}</span> }.into_any()
                };
                view! { <li data-id=d.id.clone()>{text}{source_line(lang, &sources, &d.source)}</li> }
            })
            .collect_view();
        view! {
            <section id="do-not" aria-labelledby="do-not-title">
                <h2 id="do-not-title">{t("niss-pack-do_not")}</h2>
                <ul class="do-not">{items}</ul>
            </section>
        }
    });

    // 2. The numbers the person typed, as checked.
    let checks: Vec<_> = [("niss-field-typed_niss", &p.id_checks.niss), ("niss-field-typed_nif", &p.id_checks.nif)]
        .into_iter()
        .filter_map(|(label, c)| c.as_ref().map(|c| id_check_view(lang, label, c)))
        .collect();
    let checks = (!checks.is_empty()).then(|| {
        view! {
            <section id="typed-numbers" aria-labelledby="typed-numbers-title">
                <h2 id="typed-numbers-title">{t("niss-pack-typed_numbers")}</h2>
                <ul class="id-checks">{checks}</ul>
            </section>
        }
    });

    // 3. The profiles and why.
    let profiles = p
        .profiles
        .iter()
        .map(|m| {
            let who = m.who_may_file.iter().map(|w| tr(lang, who_key(w))).collect::<Vec<_>>().join(", ");
            let not_allowed = (!m.filer_allowed).then(|| {
                view! {
                    <p class="notice"><strong>{t("niss-pack-warning")}</strong>" "{t("niss-pack-filer_not_allowed")}" "
                        <a href=change_href("filed_by")>{t("niss-pack-change_filer")}</a></p>
                }
            });
            view! {
                <li data-id=m.id.clone()>
                    <h3>{render(lang, &m.name)}</h3>
                    <p>{render(lang, &m.reason)}</p>
                    <p><strong>{t("niss-pack-where")}</strong>" "{render(lang, &m.channel)}</p>
                    <p><strong>{t("niss-pack-who_may_file")}</strong>" "{who}{source_line(lang, &sources, &m.source)}</p>
                    {not_allowed}
                </li>
            }
        })
        .collect_view();

    // 4. The checklist.
    let docs = checklist(app, lang, &p, &sources);

    // 5. The steps, in order, with who does each; then the fallbacks.
    let steps = p
        .steps
        .iter()
        .map(|s| {
            view! {
                <li data-id=s.id.clone() data-who=s.who.clone()>
                    <strong>{render(lang, &s.who_label)}": "</strong>{render(lang, &s.text)}
                    {source_line(lang, &sources, &s.source)}
                </li>
            }
        })
        .collect_view();
    let fallbacks = (!p.fallbacks.is_empty()).then(|| {
        let items = p
            .fallbacks
            .iter()
            .map(|f| {
                view! {
                    <li><strong>{by_label(lang, &p, &f.profile)}": "</strong>{render(lang, &f.text)}{source_line(lang, &sources, &f.source)}</li>
                }
            })
            .collect_view();
        view! {
            <details class="help" id="fallbacks">
                <summary>{t("niss-pack-fallbacks")}</summary>
                <ul>{items}</ul>
            </details>
        }
    });

    // 6. The combined service.
    let cs = &p.combined_service;
    let conditions = cs
        .conditions
        .iter()
        .map(|c| {
            let (mark, word) = if c.met { ("✓", t("niss-combined-met")) } else { ("✗", t("niss-combined-not_met")) };
            view! {
                <li class=if c.met { "reason reason-met" } else { "reason reason-not-met" } data-id=c.id.clone() data-met=c.met.to_string()>
                    <span class="mark" aria-hidden="true">{mark}</span>
                    <strong>{word}": "</strong>{render(lang, &c.text)}{source_line(lang, &sources, &c.source)}
                </li>
            }
        })
        .collect_view();
    let cs_steps = (cs.eligible && !cs.steps.is_empty()).then(|| {
        let items = cs.steps.iter().map(|s| view! { <li>{render(lang, &s.text)}{source_line(lang, &sources, &s.source)}</li> }).collect_view();
        view! { <h3>{t("niss-combined-how")}</h3><ol>{items}</ol> }
    });
    let cs_advice = cs.advice.as_ref().map(|a| view! { <p><strong>{t("niss-combined-instead")}</strong>" "{render(lang, a)}</p> });
    let wanted = if cs.wanted { t("niss-combined-wanted") } else { t("niss-combined-not_wanted") };
    let verdict = if cs.eligible { t("niss-combined-eligible") } else { t("niss-combined-not_eligible") };
    let combined = view! {
        <section id="combined-service" aria-labelledby="combined-title" data-eligible=cs.eligible.to_string()>
            <h2 id="combined-title">{render(lang, &cs.name)}</h2>
            <p class="tag">{verdict}</p>
            <p>{render(lang, &cs.reason)}</p>
            <p class="hint">{wanted}</p>
            {cs_advice}
            <p><strong>{t("niss-pack-where")}</strong>" "{render(lang, &cs.channel)}{source_line(lang, &sources, &cs.source)}</p>
            <details class="help">
                <summary>{t("niss-combined-conditions")}</summary>
                <ul class="reasons">{conditions}</ul>
            </details>
            {cs_steps}
        </section>
    };

    // 7. The portal messages, one section each.
    let portal = p.portal_messages.iter().enumerate().map(|(i, d)| {
        let means = d.usually_means.iter().map(|m| view! { <li>{render(lang, m)}</li> }).collect_view();
        let todo = d.what_to_do.iter().map(|m| view! { <li>{render(lang, m)}</li> }).collect_view();
        let check = d.typed_niss_check.as_ref().map(|c| view! { <ul class="id-checks">{id_check_view(lang, "niss-field-typed_niss", c)}</ul> });
        view! {
            <section id=if i == 0 { "portal-message".to_string() } else { format!("portal-message-{i}") }
                class="portal-message" aria-labelledby=format!("portal-title-{i}") data-id=d.id.clone()>
                <h2 id=format!("portal-title-{i}")>{t("niss-portal-title")}" "{render(lang, &d.title)}</h2>
                <h3>{t("niss-portal-means")}</h3>
                <ul>{means}</ul>
                <h3>{t("niss-portal-what_to_do")}</h3>
                <ol>{todo}</ol>
                {check}
                <p>{source_line(lang, &sources, &d.source)}</p>
            </section>
        }
    }).collect_view();

    // 8. The letters.
    let letters = (!p.letters.is_empty()).then(|| {
        let items = p.letters.iter().map(|l| letter(app, lang, &sources, l)).collect_view();
        view! {
            <section id="letters" aria-labelledby="letters-title">
                <h2 id="letters-title">{t("niss-letters-title")}</h2>
                <p class="hint">{t("niss-letters-hint")}</p>
                {items}
            </section>
        }
    });

    // 9. The escalation files, one per blockage.
    let escalation = p.escalations.iter().enumerate().map(|(i, e)| {
        let deadline = e.deadline_note.as_ref().map(|d| view! {
            <p><strong>{t("niss-escalation-deadline")}</strong>" "{render(lang, &d.text)}{source_line(lang, &sources, &d.source)}</p>
        });
        let covers = e.cover_letters.iter().map(|l| letter(app, lang, &sources, l)).collect_view();
        view! {
            <section id=if i == 0 { "escalation".to_string() } else { format!("escalation-{i}") } class="escalation"
                data-id=e.id.clone() aria-labelledby=format!("escalation-title-{i}")>
                <h2 id=format!("escalation-title-{i}")>{t("niss-escalation-title")}</h2>
                <p class="notice">{render(lang, &e.reason)}</p>
                <h3>{t("niss-escalation-contents")}</h3>
                {item_list(lang, &sources, &e.contents, "escalation-contents")}
                <details class="help">
                    <summary>{t("niss-escalation-evidence_loop")}</summary>
                    {item_list(lang, &sources, &e.evidence_loop, "evidence-loop")}
                </details>
                {deadline}
                <h3>{t("niss-escalation-cover_letter")}</h3>
                {covers}
            </section>
        }
    }).collect_view();

    // 10. First week, identifiers, notes, sources.
    let first_week = (!p.first_week.is_empty()).then(|| {
        view! {
            <section id="first-week" aria-labelledby="first-week-title">
                <h2 id="first-week-title">{t("niss-first_week-title")}</h2>
                {item_list(lang, &sources, &p.first_week, "first-week")}
            </section>
        }
    });
    let identifiers = p
        .identifiers
        .iter()
        .map(|i| {
            let value = i.value.clone().map(|v| view! { " — " <strong>{v}</strong> });
            view! {
                <li data-id=i.id.clone() data-status=i.status.clone()>
                    <strong>{render(lang, &i.name)}</strong>
                    <br/>{t(status_key(&i.status))}{value}
                    <br/><span class="hint">{t("niss-ids-issuer")}" "{render(lang, &i.issuer)}</span>
                    {source_line(lang, &sources, &i.source)}
                </li>
            }
        })
        .collect_view();
    let notes = (!p.notes.is_empty()).then(|| {
        view! {
            <section id="notes" aria-labelledby="notes-title">
                <h2 id="notes-title">{t("niss-pack-notes")}</h2>
                {item_list(lang, &sources, &p.notes, "notes")}
            </section>
        }
    });
    let source_items = sources
        .0
        .iter()
        .enumerate()
        .map(|(n, (r, c))| {
            let title = match &r.url {
                Some(u) => crate::ui::components::source_link(lang, u, &r.title).into_any(),
                None => view! { <span>{r.title.clone()}</span> }.into_any(),
            };
            let act = r.act.clone().map(|a| view! { <br/><span class="hint">{a}</span> });
            let notice = crate::niss::pack::confidence_notice(*c).map(|x| view! { <p class="notice-small">{render(lang, &x)}</p> });
            view! { <li id=format!("source-{}", n + 1) data-confidence=c.as_str()>{title}{act}{notice}</li> }
        })
        .collect_view();

    view! {
        {warnings}
        {do_not}
        {checks}
        <section id="profiles" aria-labelledby="profiles-title">
            <h2 id="profiles-title">{t("niss-pack-profiles")}</h2>
            <ul class="tools">{profiles}</ul>
        </section>
        {docs}
        <section id="steps" aria-labelledby="steps-title">
            <h2 id="steps-title">{t("niss-pack-steps")}</h2>
            <ol class="steps">{steps}</ol>
            {fallbacks}
        </section>
        {combined}
        {portal}
        {letters}
        {escalation}
        {first_week}
        <section id="identifiers" aria-labelledby="identifiers-title">
            <h2 id="identifiers-title">{t("niss-ids-title")}</h2>
            <ul class="tools">{identifiers}</ul>
        </section>
        {notes}
        <section id="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{t("niss-sources-title")}</h2>
            <details class="help">
                <summary>{t("niss-sources-show")}</summary>
                <p class="hint">{t("niss-sources-hint")}</p>
                <ol class="sources">{source_items}</ol>
            </details>
            <p class="hint">{t("niss-sources-version")}" "{p.catalogue_version.clone()}</p>
        </section>
        <p class="no-print"><a href="#/niss/check">{t("niss-pack-change_answers")}</a></p>
    }
}

pub fn page() -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    // Built once: ticking a box changes the saved state but must not rebuild the page.
    let result = pack_untracked();
    let pack = result.as_ref().and_then(|r| r.as_ref().ok()).map(|p| Arc::new(p.clone()));
    let errors = result.and_then(Result::err);
    let content = move || {
        let lang = app.lang.get();
        if let Some(p) = &pack {
            return pack_view(app, lang, Arc::clone(p)).into_any();
        }
        match &errors {
            Some(e) => view! {
                {super::check::problem_summary(lang, &e.errors, "niss-pack-cannot_build")}
                <p><a href="#/niss/check">{tr(lang, "niss-check-title")}</a></p>
            }
            .into_any(),
            None => view! { <p role="alert">{tr(lang, "niss-errors-internal")}</p> }.into_any(),
        }
    };
    view! {
        <a class="back-link" href="#/niss/check">{move || app.t("nav-back")}</a>
        <h1 tabindex="-1" node_ref=heading>{move || app.t("niss-pack-title")}</h1>
        <p class="lead">{move || app.t("niss-pack-lead")}</p>
        {content}
    }
}
