//! The document pack, rendered from the engine's `DocumentPack`: warnings and what not to do
//! first, then the profiles, the checklist with tick boxes (saved), the steps, the combined
//! service, the portal message, the letters (copy button), the escalation file, the first week,
//! the identifiers and the sources. The pack is built once when the page opens (ticking a box
//! must not redraw the page and lose focus); switching language redraws it.

use super::{change_href, pack_untracked};
use crate::i18n::{Lang, tr};
use crate::niss::DocumentPack;
use crate::niss::IdCheck;
use crate::niss::catalogue::{DocForm, Need, Source, Translation};
use crate::niss::pack::{Because, FilledLetter, PackDocument, PackItem};
use crate::text::{Confidence, Reference};
use crate::ui::app_state::{App, use_app};
use crate::ui::components::focus_on_mount;
use leptos::html;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::closure::Closure;

/// The pack's distinct sources, numbered in order of first appearance.
struct Sources(Vec<(Reference, Confidence)>);

impl Sources {
    fn collect(p: &DocumentPack) -> Sources {
        let mut all: Vec<&Source> = Vec::new();
        all.extend(p.warnings.iter().map(|i| &i.source));
        all.extend(p.do_not.iter().map(|i| &i.source));
        all.extend(p.profiles.iter().map(|i| &i.source));
        all.extend(p.documents.iter().map(|i| &i.source));
        all.extend(p.choose_one.iter().flat_map(|c| c.options.iter().map(|i| &i.source)));
        all.extend(p.steps.iter().map(|i| &i.source));
        all.extend(p.fallbacks.iter().map(|i| &i.source));
        all.push(&p.combined_service.source);
        all.extend(p.combined_service.conditions.iter().map(|i| &i.source));
        all.extend(p.combined_service.steps.iter().map(|i| &i.source));
        all.extend(p.portal_messages.iter().map(|i| &i.source));
        all.extend(p.letters.iter().map(|i| &i.source));
        for e in &p.escalations {
            all.extend(e.contents.iter().map(|i| &i.source));
            all.extend(e.evidence_loop.iter().map(|i| &i.source));
            all.extend(e.deadline_note.iter().map(|i| &i.source));
            all.extend(e.cover_letters.iter().map(|i| &i.source));
        }
        all.extend(p.first_week.iter().map(|i| &i.source));
        all.extend(p.identifiers.iter().map(|i| &i.source));
        all.extend(p.notes.iter().map(|i| &i.source));
        let mut out: Vec<(Reference, Confidence)> = Vec::new();
        for s in all {
            match out.iter_mut().find(|(r, _)| *r == s.reference) {
                // One reference, several items: keep the weakest confidence for the notice.
                Some((_, c)) => *c = (*c).min(s.confidence),
                None => out.push((s.reference.clone(), s.confidence)),
            }
        }
        Sources(out)
    }

    fn number(&self, s: &Source) -> usize {
        self.0.iter().position(|(r, _)| *r == s.reference).map_or(0, |i| i + 1)
    }
}

fn confidence_key(c: Confidence) -> &'static str {
    match c {
        Confidence::Official => "niss.confidence.official",
        Confidence::Secondary => "niss.confidence.secondary",
        Confidence::Derived => "niss.confidence.derived",
        Confidence::SeedOnly => "niss.confidence.seed_only",
        Confidence::Unverified => "niss.confidence.unverified",
    }
}

/// "source 3", and a word of caution when the item is not from an official text.
fn source_line(lang: Lang, sources: &Sources, s: &Source) -> impl IntoView + use<> {
    let n = sources.number(s);
    let caution = (s.confidence != Confidence::Official).then(|| format!(" · {}", tr(lang, confidence_key(s.confidence))));
    view! { <span class="source">" ("{tr(lang, "niss.pack.source")}" "{n}{caution}")"</span> }
}

fn item_list(lang: Lang, sources: &Sources, items: &[PackItem], class: &'static str) -> impl IntoView + use<> {
    let lis = items
        .iter()
        .map(|i| view! { <li data-id=i.id.clone()>{lang.pick(&i.text).to_string()}{source_line(lang, sources, &i.source)}</li> })
        .collect_view();
    view! { <ul class=class>{lis}</ul> }
}

fn form_key(f: DocForm) -> &'static str {
    match f {
        DocForm::Original => "niss.doc.form.original",
        DocForm::Copy => "niss.doc.form.copy",
        DocForm::OriginalAndCopy => "niss.doc.form.original_and_copy",
        DocForm::ScreenshotOrPrintout => "niss.doc.form.screenshot_or_printout",
    }
}

fn translation_key(t: Translation) -> &'static str {
    match t {
        Translation::NotNeeded => "niss.doc.translation.not_needed",
        Translation::IfNotInPortuguese => "niss.doc.translation.if_not_in_portuguese",
    }
}

/// Who a document or step is for: a matched profile's name, or the representation / portal
/// message / combined service.
fn by_label(lang: Lang, p: &DocumentPack, by: &str) -> String {
    if let Some(m) = p.profiles.iter().find(|m| m.id == by) {
        return lang.pick(&m.name).to_string();
    }
    if by.starts_with("representation:") {
        return tr(lang, "niss.pack.by_representation").to_string();
    }
    if let Some(id) = by.strip_prefix("portal_message:") {
        return match p.portal_messages.iter().find(|d| d.id == id) {
            Some(d) => format!("{} {}", tr(lang, "niss.pack.by_portal_message"), lang.pick(&d.title)),
            None => tr(lang, "niss.pack.by_portal_message").to_string(),
        };
    }
    if by == "combined_service" {
        return lang.pick(&p.combined_service.name).to_string();
    }
    by.to_string()
}

fn why_list(lang: Lang, p: &DocumentPack, because: &[Because]) -> impl IntoView + use<> {
    let mut seen: Vec<String> = Vec::new();
    let lis = because
        .iter()
        .filter_map(|b| {
            let why = lang.pick(&b.why).to_string();
            if seen.contains(&why) {
                return None;
            }
            seen.push(why.clone());
            let who = by_label(lang, p, &b.by);
            Some(view! { <li>{why}" ("{who}")"</li> })
        })
        .collect_view();
    view! { <ul>{lis}</ul> }
}

/// One document with its tick box (`tick-<id>`, saved in `SavedState.ticks`).
fn document(app: App, lang: Lang, p: &DocumentPack, sources: &Sources, d: &PackDocument, because: &[Because]) -> impl IntoView + use<> {
    let id = d.id.clone();
    let box_id = format!("tick-{id}");
    let details_id = format!("doc-{id}--details");
    let (id_a, id_b) = (id.clone(), id.clone());
    let checked = move || app.state.with(|s| s.ticks.contains(&id_a));
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        let id = id_b.clone();
        app.state.update(|s| {
            s.ticks.retain(|t| *t != id);
            if on {
                s.ticks.push(id);
            }
        });
    };
    let optional = (d.need == Need::Optional).then(|| view! { " " <span class="tag">{tr(lang, "niss.doc.optional")}</span> });
    let how = format!("{} · {}", tr(lang, form_key(d.form)), tr(lang, translation_key(d.translation)));
    let why = (!because.is_empty()).then(|| {
        view! { <h4>{tr(lang, "niss.doc.why")}</h4>{why_list(lang, p, because)} }
    });
    view! {
        <li class="doc" data-id=id.clone()>
            <div class="checkbox">
                <input type="checkbox" id=box_id.clone() prop:checked=checked on:change=toggle aria-describedby=details_id.clone() />
                <label for=box_id>{lang.pick(&d.name).to_string()}{optional}</label>
            </div>
            <p class="hint doc-how" id=details_id>{how}</p>
            <details class="help">
                <summary>{tr(lang, "niss.doc.more")}</summary>
                <p><strong>{tr(lang, "niss.doc.proves")}</strong>" "{lang.pick(&d.proves).to_string()}</p>
                <p><strong>{tr(lang, "niss.doc.obtained_from")}</strong>" "{lang.pick(&d.obtained_from).to_string()}</p>
                {why}
                <p>{source_line(lang, sources, &d.source)}</p>
            </details>
        </li>
    }
}

fn checklist(app: App, lang: Lang, p: &Arc<DocumentPack>, sources: &Sources) -> impl IntoView + use<> {
    let all: Vec<String> = p.all_document_ids().into_iter().map(str::to_string).collect();
    let total = all.len();
    let ticked = move || app.state.with(|s| all.iter().filter(|id| s.ticks.contains(id)).count());
    let required = p
        .documents
        .iter()
        .filter(|d| d.need == Need::Required)
        .map(|d| document(app, lang, p, sources, d, &d.needed_for))
        .collect_view();
    let optional: Vec<&PackDocument> = p.documents.iter().filter(|d| d.need == Need::Optional).collect();
    let optional = (!optional.is_empty()).then(|| {
        let items = optional.into_iter().map(|d| document(app, lang, p, sources, d, &d.needed_for)).collect_view();
        view! {
            <h3>{tr(lang, "niss.pack.documents_optional")}</h3>
            <ul class="checklist">{items}</ul>
        }
    });
    let groups = p
        .choose_one
        .iter()
        .enumerate()
        .map(|(n, g)| {
            let options = g.options.iter().map(|d| document(app, lang, p, sources, d, &[])).collect_view();
            let need = if g.need == Need::Optional { Some(format!(" ({})", tr(lang, "niss.doc.optional").to_lowercase())) } else { None };
            view! {
                <div class="one-of" id=format!("one-of-{n}") role="group" aria-labelledby=format!("one-of-{n}--title")>
                    <h3 id=format!("one-of-{n}--title")>{tr(lang, "niss.pack.one_of")}": "{lang.pick(&g.label).to_string()}{need}</h3>
                    <p class="hint">{tr(lang, "niss.pack.one_of_hint")}</p>
                    <ul class="checklist">{options}</ul>
                    <details class="help">
                        <summary>{tr(lang, "niss.doc.why")}</summary>
                        {why_list(lang, p, &g.needed_for)}
                    </details>
                </div>
            }
        })
        .collect_view();
    view! {
        <section id="documents" aria-labelledby="documents-title">
            <h2 id="documents-title">{tr(lang, "niss.pack.documents")}</h2>
            <p class="hint">{tr(lang, "niss.pack.documents_hint")}</p>
            <p id="tick-count"><strong>{move || tr(lang, "niss.pack.ticked").replace("{ticked}", &ticked().to_string()).replace("{total}", &total.to_string())}</strong></p>
            <h3>{tr(lang, "niss.pack.documents_required")}</h3>
            <ul class="checklist">{required}</ul>
            {groups}
            {optional}
        </section>
    }
}

/// Copies a letter through the Clipboard API and says so; if the browser has no clipboard or
/// refuses, says how to copy by hand. Nothing leaves the device.
fn copy_text(app: App, text: String, copied: RwSignal<bool>) {
    let nav = window().navigator();
    let ok_msg = app.t_untracked("niss.letters.copied").to_string();
    let err_msg = app.t_untracked("niss.letters.copy_failed").to_string();
    app.announce.set(String::new());
    let has_clipboard = js_sys::Reflect::get(&nav, &wasm_bindgen::JsValue::from_str("clipboard"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    if !has_clipboard {
        app.announce.set(err_msg);
        return;
    }
    let promise = nav.clipboard().write_text(&text);
    let ok = Closure::once(move |_: wasm_bindgen::JsValue| {
        copied.set(true);
        app.announce.set(ok_msg);
    });
    let err = Closure::once(move |_: wasm_bindgen::JsValue| app.announce.set(err_msg));
    let _ = promise.then2(&ok, &err);
    // The promise settles once; the two small closures live until then (a few bytes per click).
    ok.forget();
    err.forget();
}

fn recipient_key(r: &str) -> &'static str {
    match r {
        "employer" => "niss.letters.to.employer",
        "social_security" => "niss.letters.to.social_security",
        "aima" => "niss.letters.to.aima",
        _ => "niss.letters.to.other",
    }
}

fn blank_key(b: &str) -> &'static str {
    match b {
        "name" => "niss.letters.blank.name",
        "nif" => "niss.letters.blank.nif",
        "niss" => "niss.letters.blank.niss",
        "reason" => "niss.letters.blank.reason",
        "documents" => "niss.letters.blank.documents",
        "request_date" => "niss.letters.blank.request_date",
        "ss_reply_summary" => "niss.letters.blank.ss_reply_summary",
        "missing_document" => "niss.letters.blank.missing_document",
        "employer_request_date" => "niss.letters.blank.employer_request_date",
        "date" => "niss.letters.blank.date",
        _ => "niss.letters.blank.other",
    }
}

fn letter(app: App, lang: Lang, sources: &Sources, l: &FilledLetter) -> impl IntoView + use<> {
    let subject = lang.pick(&l.subject).to_string();
    let body = lang.pick(&l.body).to_string();
    let text = format!("{subject}\n\n{body}");
    let copied = RwSignal::new(false);
    let blanks = (!l.blanks.is_empty()).then(|| {
        let list = l.blanks.iter().map(|b| tr(lang, blank_key(b))).collect::<Vec<_>>().join(", ");
        view! { <p class="hint"><strong>{tr(lang, "niss.letters.blanks")}</strong>" "{list}</p> }
    });
    let body_id = format!("letter-{}--body", l.id);
    view! {
        <details class="letter" id=format!("letter-{}", l.id)>
            <summary><strong>{tr(lang, recipient_key(&l.recipient))}</strong>": "{subject.clone()}</summary>
            <p class="notice-small">{lang.pick(&l.notice).to_string()}</p>
            {blanks}
            <p><strong>{tr(lang, "niss.letters.subject")}</strong>" "{subject}</p>
            <pre id=body_id.clone() class="letter-body">{body}</pre>
            <button type="button" class="button button-secondary" id=format!("copy-{}", l.id) aria-describedby=body_id
                on:click=move |_| copy_text(app, text.clone(), copied)>
                {move || if copied.get() { tr(lang, "niss.letters.copied_button") } else { tr(lang, "niss.letters.copy") }}
            </button>
            <p>{source_line(lang, sources, &l.source)}</p>
        </details>
    }
}

fn id_check_view(lang: Lang, label: &'static str, c: &IdCheck) -> impl IntoView + use<> {
    let msg = if lang == Lang::Pt { c.message_pt.clone() } else { c.message_en.clone() };
    let ok = c.problem.is_none();
    let verdict = tr(lang, if ok { "niss.check_number.ok" } else { "niss.check_number.problem" });
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
        "held" => "niss.ids.status.held",
        "to_request" => "niss.ids.status.to_request",
        "on_protection_declaration" => "niss.ids.status.on_protection_declaration",
        "on_citizen_card" => "niss.ids.status.on_citizen_card",
        _ => "niss.ids.status.unknown",
    }
}

fn who_key(w: &str) -> &'static str {
    match w {
        "self" => "niss.who.self",
        "employer" => "niss.who.employer",
        "representative" => "niss.who.representative",
        _ => "niss.who.other",
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
                        <p><strong>{t("niss.pack.warning")}</strong>" "{lang.pick(&w.text).to_string()}{source_line(lang, &sources, &w.source)}</p>
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
                let text = lang.pick(&d.text).to_string();
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
                <h2 id="do-not-title">{t("niss.pack.do_not")}</h2>
                <ul class="do-not">{items}</ul>
            </section>
        }
    });

    // 2. The numbers the person typed, as checked.
    let checks: Vec<_> = [("niss.field.typed_niss", &p.id_checks.niss), ("niss.field.typed_nif", &p.id_checks.nif)]
        .into_iter()
        .filter_map(|(label, c)| c.as_ref().map(|c| id_check_view(lang, label, c)))
        .collect();
    let checks = (!checks.is_empty()).then(|| {
        view! {
            <section id="typed-numbers" aria-labelledby="typed-numbers-title">
                <h2 id="typed-numbers-title">{t("niss.pack.typed_numbers")}</h2>
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
                    <p class="notice"><strong>{t("niss.pack.warning")}</strong>" "{t("niss.pack.filer_not_allowed")}" "
                        <a href=change_href("filed_by")>{t("niss.pack.change_filer")}</a></p>
                }
            });
            view! {
                <li data-id=m.id.clone()>
                    <h3>{lang.pick(&m.name).to_string()}</h3>
                    <p>{lang.pick(&m.reason).to_string()}</p>
                    <p><strong>{t("niss.pack.where")}</strong>" "{lang.pick(&m.channel).to_string()}</p>
                    <p><strong>{t("niss.pack.who_may_file")}</strong>" "{who}{source_line(lang, &sources, &m.source)}</p>
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
                    <strong>{lang.pick(&s.who_label).to_string()}": "</strong>{lang.pick(&s.text).to_string()}
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
                    <li><strong>{by_label(lang, &p, &f.profile)}": "</strong>{lang.pick(&f.text).to_string()}{source_line(lang, &sources, &f.source)}</li>
                }
            })
            .collect_view();
        view! {
            <details class="help" id="fallbacks">
                <summary>{t("niss.pack.fallbacks")}</summary>
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
            let (mark, word) = if c.met { ("✓", t("niss.combined.met")) } else { ("✗", t("niss.combined.not_met")) };
            view! {
                <li class=if c.met { "reason reason-met" } else { "reason reason-not-met" } data-id=c.id.clone() data-met=c.met.to_string()>
                    <span class="mark" aria-hidden="true">{mark}</span>
                    <strong>{word}": "</strong>{lang.pick(&c.text).to_string()}{source_line(lang, &sources, &c.source)}
                </li>
            }
        })
        .collect_view();
    let cs_steps = (cs.eligible && !cs.steps.is_empty()).then(|| {
        let items = cs.steps.iter().map(|s| view! { <li>{lang.pick(&s.text).to_string()}{source_line(lang, &sources, &s.source)}</li> }).collect_view();
        view! { <h3>{t("niss.combined.how")}</h3><ol>{items}</ol> }
    });
    let cs_advice = cs.advice.as_ref().map(|a| view! { <p><strong>{t("niss.combined.instead")}</strong>" "{lang.pick(a).to_string()}</p> });
    let wanted = if cs.wanted { t("niss.combined.wanted") } else { t("niss.combined.not_wanted") };
    let verdict = if cs.eligible { t("niss.combined.eligible") } else { t("niss.combined.not_eligible") };
    let combined = view! {
        <section id="combined-service" aria-labelledby="combined-title" data-eligible=cs.eligible.to_string()>
            <h2 id="combined-title">{lang.pick(&cs.name).to_string()}</h2>
            <p class="tag">{verdict}</p>
            <p>{lang.pick(&cs.reason).to_string()}</p>
            <p class="hint">{wanted}</p>
            {cs_advice}
            <p><strong>{t("niss.pack.where")}</strong>" "{lang.pick(&cs.channel).to_string()}{source_line(lang, &sources, &cs.source)}</p>
            <details class="help">
                <summary>{t("niss.combined.conditions")}</summary>
                <ul class="reasons">{conditions}</ul>
            </details>
            {cs_steps}
        </section>
    };

    // 7. The portal messages, one section each.
    let portal = p.portal_messages.iter().enumerate().map(|(i, d)| {
        let means = d.usually_means.iter().map(|m| view! { <li>{lang.pick(m).to_string()}</li> }).collect_view();
        let todo = d.what_to_do.iter().map(|m| view! { <li>{lang.pick(m).to_string()}</li> }).collect_view();
        let check = d.typed_niss_check.as_ref().map(|c| view! { <ul class="id-checks">{id_check_view(lang, "niss.field.typed_niss", c)}</ul> });
        view! {
            <section id=if i == 0 { "portal-message".to_string() } else { format!("portal-message-{i}") }
                class="portal-message" aria-labelledby=format!("portal-title-{i}") data-id=d.id.clone()>
                <h2 id=format!("portal-title-{i}")>{t("niss.portal.title")}" "{lang.pick(&d.title).to_string()}</h2>
                <h3>{t("niss.portal.means")}</h3>
                <ul>{means}</ul>
                <h3>{t("niss.portal.what_to_do")}</h3>
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
                <h2 id="letters-title">{t("niss.letters.title")}</h2>
                <p class="hint">{t("niss.letters.hint")}</p>
                {items}
            </section>
        }
    });

    // 9. The escalation files, one per blockage.
    let escalation = p.escalations.iter().enumerate().map(|(i, e)| {
        let deadline = e.deadline_note.as_ref().map(|d| view! {
            <p><strong>{t("niss.escalation.deadline")}</strong>" "{lang.pick(&d.text).to_string()}{source_line(lang, &sources, &d.source)}</p>
        });
        let covers = e.cover_letters.iter().map(|l| letter(app, lang, &sources, l)).collect_view();
        view! {
            <section id=if i == 0 { "escalation".to_string() } else { format!("escalation-{i}") } class="escalation"
                data-id=e.id.clone() aria-labelledby=format!("escalation-title-{i}")>
                <h2 id=format!("escalation-title-{i}")>{t("niss.escalation.title")}</h2>
                <p class="notice">{lang.pick(&e.reason).to_string()}</p>
                <h3>{t("niss.escalation.contents")}</h3>
                {item_list(lang, &sources, &e.contents, "escalation-contents")}
                <details class="help">
                    <summary>{t("niss.escalation.evidence_loop")}</summary>
                    {item_list(lang, &sources, &e.evidence_loop, "evidence-loop")}
                </details>
                {deadline}
                <h3>{t("niss.escalation.cover_letter")}</h3>
                {covers}
            </section>
        }
    }).collect_view();

    // 10. First week, identifiers, notes, sources.
    let first_week = (!p.first_week.is_empty()).then(|| {
        view! {
            <section id="first-week" aria-labelledby="first-week-title">
                <h2 id="first-week-title">{t("niss.first_week.title")}</h2>
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
                    <strong>{lang.pick(&i.name).to_string()}</strong>
                    <br/>{t(status_key(&i.status))}{value}
                    <br/><span class="hint">{t("niss.ids.issuer")}" "{lang.pick(&i.issuer).to_string()}</span>
                    {source_line(lang, &sources, &i.source)}
                </li>
            }
        })
        .collect_view();
    let notes = (!p.notes.is_empty()).then(|| {
        view! {
            <section id="notes" aria-labelledby="notes-title">
                <h2 id="notes-title">{t("niss.pack.notes")}</h2>
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
            let notice = c.notice().map(|x| view! { <p class="notice-small">{lang.pick(&x).to_string()}</p> });
            view! { <li id=format!("source-{}", n + 1) data-confidence=c.as_str()>{title}{act}{notice}</li> }
        })
        .collect_view();

    view! {
        {warnings}
        {do_not}
        {checks}
        <section id="profiles" aria-labelledby="profiles-title">
            <h2 id="profiles-title">{t("niss.pack.profiles")}</h2>
            <ul class="tools">{profiles}</ul>
        </section>
        {docs}
        <section id="steps" aria-labelledby="steps-title">
            <h2 id="steps-title">{t("niss.pack.steps")}</h2>
            <ol class="steps">{steps}</ol>
            {fallbacks}
        </section>
        {combined}
        {portal}
        {letters}
        {escalation}
        {first_week}
        <section id="identifiers" aria-labelledby="identifiers-title">
            <h2 id="identifiers-title">{t("niss.ids.title")}</h2>
            <ul class="tools">{identifiers}</ul>
        </section>
        {notes}
        <section id="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{t("niss.sources.title")}</h2>
            <details class="help">
                <summary>{t("niss.sources.show")}</summary>
                <p class="hint">{t("niss.sources.hint")}</p>
                <ol class="sources">{source_items}</ol>
            </details>
            <p class="hint">{t("niss.sources.version")}" "{p.catalogue_version.clone()}</p>
        </section>
        <p class="no-print"><a href="#/niss/check">{t("niss.pack.change_answers")}</a></p>
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
                {super::check::problem_summary(lang, &e.errors, "niss.pack.cannot_build")}
                <p><a href="#/niss/check">{tr(lang, "niss.check.title")}</a></p>
            }
            .into_any(),
            None => view! { <p role="alert">{tr(lang, "niss.errors.internal")}</p> }.into_any(),
        }
    };
    view! {
        <a class="back-link" href="#/niss/check">{move || app.t("nav.back")}</a>
        <h1 tabindex="-1" node_ref=heading>{move || app.t("niss.pack.title")}</h1>
        <p class="lead">{move || app.t("niss.pack.lead")}</p>
        {content}
    }
}
