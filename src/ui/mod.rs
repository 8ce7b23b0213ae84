//! The browser shell (wasm32 only): renders the engines' answers; decides nothing itself.

mod answers_file;
mod app_state;
mod bundle;
mod components;
mod date_field;
mod delete;
mod device;
mod embed;
mod flash;
mod lang;
mod nav;
pub mod niss;
mod offline;
mod open;
mod route;
mod storage;
mod survivors;
mod tabs;

pub use app_state::App;
pub use bundle::{Bundle, set as set_bundle};

use crate::forms::LoadNotice;
use crate::i18n::Lang;
use app_state::use_app;
use leptos::prelude::*;

fn browser_lang() -> Lang {
    window().navigator().language().and_then(|l| Lang::from_code(&l)).unwrap_or(Lang::En)
}

fn set_html_lang(lang: Lang) {
    if let Some(el) = document().document_element() {
        let _ = el.set_attribute("lang", lang.code());
    }
}

pub fn not_found() -> impl IntoView {
    let app = use_app();
    let heading = NodeRef::<leptos::html::H1>::new();
    components::focus_on_mount(heading);
    view! {
        <h1 tabindex="-1" node_ref=heading>{move || app.t("notfound-title")}</h1>
        <p><a href="#/">{move || app.t("nav-home")}</a></p>
    }
}

/// What happened to the stored answers on loading, when the person should know.
fn storage_notice(app: App) -> Option<impl IntoView + use<>> {
    let key = match app.load_notice.get()? {
        LoadNotice::Reset => "storage-reset",
        LoadNotice::Migrated => "storage-migrated",
        LoadNotice::Repaired => "storage-repaired",
        LoadNotice::Newer => "storage-newer",
        LoadNotice::Fresh | LoadNotice::Restored => return None,
    };
    let reload = (key == "storage-newer").then(|| {
        view! {
            <button type="button" class="button" id="storage-reload" on:click=move |_| {
                let _ = window().location().reload();
            }>{move || app.t("storage-reload")}</button>
        }
    });
    Some(view! {
        <div class="notice" id="storage-notice" role="status">
            <p>{move || app.t(key)}</p>
            {reload}
        </div>
    })
}

#[component]
pub fn AmparoApp() -> impl IntoView {
    let storage_ok = storage::available();
    let (state, notice) = if storage_ok { storage::load() } else { (Default::default(), LoadNotice::Fresh) };
    let embed = embed::options();
    let lang = preferred_lang(&state, &embed);
    let bundle = bundle::get();
    if embed.embedded {
        embed::style_page(&embed);
        components::EMBEDDED.store(true, std::sync::atomic::Ordering::Relaxed);
        // The widget opens on its tool's first page, or where the person left off in it; the
        // landing page is the full site's.
        if !bundle.shows(&route::current_hash()) {
            let resumed = (notice == LoadNotice::Restored && state.has_answers())
                .then(|| state.last_step.clone())
                .flatten()
                .filter(|h| route::is_step_of(h, &state));
            route::replace(&resumed.unwrap_or_else(|| format!("#/{}", bundle.tool.code())));
        }
    }
    let app = App {
        lang: RwSignal::new(lang),
        state: RwSignal::new(state),
        route: route::hash_signal(),
        load_notice: RwSignal::new(Some(notice)),
        storage_ok: RwSignal::new(storage_ok),
        announce: RwSignal::new(String::new()),
        external: RwSignal::new(0),
        trail: RwSignal::new(Vec::new()),
        flash: RwSignal::new(None),
        skip_save: StoredValue::new(false),
        came_from: RwSignal::new("#/".to_string()),
    };
    provide_context(app);
    // A confirmation carried from the other program ("the answers from the file are open").
    if let Some((text, more)) = bundle::take_carried_flash() {
        let flash = app_state::Flash {
            route: route::current_hash(),
            message: crate::msg!("flash-text", text = text),
            more: more.map(|m| crate::msg!("flash-text", text = m)),
            link: None,
        };
        flash::show(app, flash);
    }
    let offline = offline::start();
    if embed.embedded {
        embed::connect(app.route);
    }
    nav::follow_trail();
    nav::watch_title();
    let build = offline::build_id();

    // Save every change; say so if the browser refuses. Right after "delete my answers" nothing
    // is written until the person answers something again, nor is a state another tab saved
    // written back; a state saved by a newer version is never written over.
    let skip_save = app.skip_save;
    Effect::new(move |_| {
        let s = app.state.get();
        if skip_save.get_value() {
            skip_save.set_value(false);
            return;
        }
        storage::keep(app, &s);
    });
    if storage_ok {
        tabs::follow_other_tabs(app, skip_save);
    }
    Effect::new(move |_| set_html_lang(app.lang.get()));
    // Remember the step, to offer "continue where you left off" (only a page, never a route
    // that shows "not found").
    Effect::new(move |_| {
        let r = app.route.get();
        if r.starts_with(&format!("#/{}/", bundle.tool.code())) && app.state.with_untracked(|s| route::is_step_of(&r, s)) {
            app.state.update(|s| s.last_step = Some(r.clone()));
        }
    });

    // Where "Cancel" on the "delete my answers" page returns.
    Effect::new(move |_| {
        let r = app.route.get();
        if !r.starts_with("#/delete") {
            app.came_from.set(if r.is_empty() { "#/".to_string() } else { r });
        }
    });

    let switch_lang = move |next: Lang| lang::switch(app, next, true);
    // A page is rebuilt when the route changes, and only then: what its constructor reads from
    // the answers must not rebuild it on every keystroke (that would reset the field being typed).
    // A route that names a person or a field is a page only when the answers have them
    // (`forms::routes`); anything else is "not found", which writes nothing. A change made in
    // another tab rebuilds the page too.
    let page = move || {
        let r = app.route.get();
        app.external.track();
        // A route of another program (the landing page, the other tool) shows nothing here:
        // the loader reloads the page into that program.
        if !bundle.shows(&r) {
            return ().into_any();
        }
        untrack(move || match route::parse(&r) {
            Some(route::Route::Delete(from)) => delete::page(from).into_any(),
            Some(route::Route::Open) => open::page().into_any(),
            Some(route) => bundle.render(route).unwrap_or_else(|| not_found().into_any()),
            None => not_found().into_any(),
        })
    };
    let update_now = move |_| offline.apply_update();
    // The languages, in the site header or at the top of the widget.
    let languages = move || {
        view! {
            // The languages as a short list, each in its own name and language; the current one
            // is marked, not a button (GOV.UK's language switcher).
            <nav id="lang-switch" class="lang-switch" aria-label=move || app.t("lang-switch")>
                <ul>
                    {Lang::all().map(|l| view! {
                        <li>
                            {move || if app.lang.get() == l {
                                view! { <span class="lang-current" aria-current="true" lang=l.code()>{l.name()}</span> }.into_any()
                            } else {
                                view! { <button type="button" id=format!("lang-{}", l.code()) class="link-button" lang=l.code()
                                    on:click=move |_| switch_lang(l)>{l.name()}</button> }.into_any()
                            }}
                        </li>
                    }).collect_view()}
                </ul>
            </nav>
        }
    };
    // "Delete my answers" asks first, on its own page; from a tool's page it offers that tool's
    // answers alone. Not beside the languages (a slip there deleted everything): at the foot of
    // every page, a 44 px target.
    let delete_link = move || {
        view! {
            <p class="delete-answers no-print">
                <a id="delete-answers" class="delete-link" href=move || delete_href(&app.route.get())>{move || app.t("delete-button")}</a>
            </p>
        }
    };
    let header = if embed.embedded {
        // The widget: no site header; the languages, and ways out to the full site and the
        // privacy note (new tabs: the host's page stays where it is). "Delete my answers" is
        // at its foot.
        view! {
            <header class="embed-bar">
                {languages()}
                <a id="embed-full-site" href="./" target="_blank" rel="noopener">{move || app.t("embed-full_site")}</a>
                <a id="embed-privacy" href="./#/privacy" target="_blank" rel="noopener">{move || app.t("embed-privacy")}</a>
                {move || (!app.lang.get().reviewed()).then(|| view! { <p id="translation-note">{app.t("language-unreviewed-note")}</p> })}
            </header>
        }
        .into_any()
    } else {
        view! {
            <header class="site-header">
                <a class="brand" href="#/">"Amparo"</a>
                <div class="header-actions">{languages()}</div>
            </header>
        }
        .into_any()
    };
    let footer = (!embed.embedded).then(|| {
        view! {
            <footer class="site-footer">
                {delete_link()}
                <p>{move || app.t("footer-estimate")}</p>
                {move || (!app.lang.get().reviewed()).then(|| view! { <p id="translation-note">{app.t("language-unreviewed-note")}</p> })}
                <p><a href="#/privacy">{move || app.t("footer-privacy")}</a></p>
                {build.clone().map(|b| view! { <p class="build" id="build-id">{move || app.t("footer-version")}" "{b.clone()}</p> })}
            </footer>
        }
    });
    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            if let Some(el) = document().get_element_by_id("main") {
                let el: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(el);
                let _ = el.focus();
            }
        }>{move || app.t("nav-skip")}</a>
        {header}
        <main id="main" tabindex="-1">
            <Show when=move || offline.update_ready.get()>
                <div class="notice" id="update-ready" role="status">
                    <p>{move || app.t("update-ready")}</p>
                    <button type="button" class="button" id="update-now" on:click=update_now>{move || app.t("update-button")}</button>
                </div>
            </Show>
            <Show when=move || !app.storage_ok.get()>
                <p class="notice" id="storage-off">{move || app.t("storage-unavailable")}</p>
            </Show>
            {move || storage_notice(app)}
            <flash::FlashNotice />
            {page}
        </main>
        {embed.embedded.then(|| view! { <footer class="embed-foot">{delete_link()}</footer> })}
        {footer}
        <div class="visually-hidden" aria-live="polite" id="announcer">{move || app.announce.get()}</div>
    }
}

/// Starts a tool's program: its pages in the shell, in the wanted language.
pub fn start(tool: Bundle) {
    bundle::set(tool);
    // The words the loader fetched beside the program, in the language it showed the page in.
    lang::take_handed();
    let start = || leptos::mount::mount_to_body(AmparoApp);
    // Words not there yet are fetched first, so nothing shows in another language.
    let state = if storage::available() { storage::peek() } else { Default::default() };
    let wanted = wanted_lang(&state, &embed::options());
    if crate::i18n::is_loaded(wanted) {
        start();
    } else {
        // Leptos's own executor starts with the app: before it, the browser's.
        wasm_bindgen_futures::spawn_local(async move {
            // Portuguese when the wanted language cannot be fetched and the loader handed none.
            if !lang::ensure(wanted).await && !Lang::all().any(crate::i18n::is_loaded) {
                let _ = lang::ensure(Lang::Pt).await;
            }
            start();
        });
    }
}

/// The "delete my answers" page for the page shown: from a tool's page, that tool's.
fn delete_href(route: &str) -> &'static str {
    if route.starts_with("#/survivors") || route.starts_with("#/delete/survivors") {
        "#/delete/survivors"
    } else if route.starts_with("#/niss") || route.starts_with("#/delete/niss") {
        "#/delete/niss"
    } else {
        "#/delete"
    }
}

/// The person's own choice first, then the host page's language (widget), then the browser's.
fn wanted_lang(state: &crate::forms::SavedState, embed: &crate::embed::EmbedOptions) -> Lang {
    state.lang.as_deref().and_then(Lang::from_code).or(embed.lang).unwrap_or_else(browser_lang)
}

/// The language the app starts in: the wanted one; when its words could not be fetched,
/// Portuguese if it is there, else the language the loader showed the page in.
fn preferred_lang(state: &crate::forms::SavedState, embed: &crate::embed::EmbedOptions) -> Lang {
    [wanted_lang(state, embed), Lang::Pt].into_iter().chain(Lang::all()).find(|l| crate::i18n::is_loaded(*l)).unwrap_or(Lang::Pt)
}
