//! The words: every language has every message with the same arguments, the files parse, every
//! code the Rust code can emit (`msg!("code", arg = …)`, and the interface's fixed keys) has a
//! message in every language with exactly those arguments, and every message is used.

use amparo::i18n::{LOCALES, Lang, render, tr};
use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Vars = BTreeSet<String>;

fn pattern_vars(p: &Pattern<&str>, out: &mut Vars) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            expr_vars(expression, out);
        }
    }
}

fn expr_vars(e: &Expression<&str>, out: &mut Vars) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut Vars) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

/// A language's `.ftl` files: name and text.
fn ftl_files(code: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/i18n/locales").join(code);
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("locale folder").flatten().map(|e| e.path()).collect();
    files.retain(|p| p.extension().is_some_and(|x| x == "ftl"));
    files.sort();
    files.into_iter().map(|p| (p.display().to_string(), std::fs::read_to_string(&p).expect("read"))).collect()
}

/// Each language's messages: id → the variables it uses (value and attributes).
fn messages() -> BTreeMap<&'static str, BTreeMap<String, Vars>> {
    let mut all = BTreeMap::new();
    for locale in LOCALES {
        let mut ids: BTreeMap<String, Vars> = BTreeMap::new();
        for (name, src) in ftl_files(locale.code) {
            let res = match fluent_syntax::parser::parse(src.as_str()) {
                Ok(r) => r,
                Err((_, errors)) => panic!("{name}: syntax errors {errors:?}"),
            };
            for entry in res.body {
                match entry {
                    Entry::Message(ast::Message { id, value, attributes, .. }) => {
                        let mut vars = Vars::new();
                        if let Some(v) = &value {
                            pattern_vars(v, &mut vars);
                        }
                        for a in &attributes {
                            pattern_vars(&a.value, &mut vars);
                        }
                        assert!(ids.insert(id.name.to_string(), vars).is_none(), "{}: {} is defined twice", locale.code, id.name);
                    }
                    Entry::Junk { content } => panic!("{}: junk in a message file: {content}", locale.code),
                    _ => {}
                }
            }
        }
        all.insert(locale.code, ids);
    }
    all
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let all = messages();
    let pt = &all["pt"];
    for (code, ids) in &all {
        let only_pt: Vec<_> = pt.keys().filter(|k| !ids.contains_key(*k)).collect();
        let extra: Vec<_> = ids.keys().filter(|k| !pt.contains_key(*k)).collect();
        assert!(only_pt.is_empty(), "{code} lacks {only_pt:?}");
        assert!(extra.is_empty(), "{code} has messages Portuguese lacks: {extra:?}");
        // A locale's formats pick what they need from the parts offered (day, month name…).
        for (id, vars) in ids.iter().filter(|(id, _)| !id.starts_with("format-")) {
            assert_eq!(vars, &pt[id], "{code}: {id} takes other arguments than in pt");
        }
    }
}

#[test]
fn no_message_is_empty() {
    let all = messages();
    for lang in Lang::all() {
        for id in all[lang.code()].keys() {
            let text = render(lang, &amparo::message::Msg::code(id.clone()));
            assert!(!text.is_empty(), "{}: {id} is empty", lang.code());
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The files that hold only unit tests: a child module declared as `#[cfg(test)] mod name;`
/// (in `dir/mod.rs` it is `dir/name.rs`; in `dir/file.rs` it is `dir/file/name.rs`).
fn test_only_files(files: &[(PathBuf, String)]) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    for (f, text) in files {
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for pair in lines.windows(2) {
            let Some(name) = pair[1].strip_prefix("mod ").and_then(|r| r.strip_suffix(';')) else { continue };
            if pair[0] != "#[cfg(test)]" {
                continue;
            }
            let dir = f.parent().expect("a file's folder");
            let stem = f.file_stem().expect("a file's name").to_string_lossy();
            let base = if stem == "mod" || stem == "lib" || stem == "main" { dir.to_path_buf() } else { dir.join(stem.as_ref()) };
            out.insert(base.join(format!("{name}.rs")));
        }
    }
    out
}

#[test]
fn a_test_only_child_module_is_told_from_code() {
    let dir = Path::new("src/some");
    let files = [
        (dir.join("mod.rs"), "mod code;\n#[cfg(test)]\nmod tests;\n".to_string()),
        (dir.join("thing.rs"), "#[cfg(test)]\n    mod checks;\npub mod more;\n".to_string()),
    ];
    assert_eq!(test_only_files(&files), BTreeSet::from([dir.join("tests.rs"), dir.join("thing").join("checks.rs")]));
}

fn sources() -> Vec<(PathBuf, String)> {
    let mut paths = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut paths);
    let mut files: Vec<(PathBuf, String)> = paths
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).expect("read");
            (f, text)
        })
        .collect();
    // Unit-test files make up messages to test the machinery, like #[cfg(test)] sections below.
    let tests_only = test_only_files(&files);
    assert!(tests_only.iter().all(|t| files.iter().any(|(f, _)| f == t)), "a #[cfg(test)] module's file is missing: {tests_only:?}");
    files.retain(|(f, _)| !tests_only.contains(f));
    // The code outside its unit tests (which make up messages to test the machinery).
    // Comments are left out too: they quote calls as examples.
    let outside_tests = |s: String| {
        let code = match s.find("#[cfg(test)]") {
            Some(i) => &s[..i],
            None => &s[..],
        };
        code.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
    };
    files.into_iter().map(|(f, text)| (f, outside_tests(text))).collect()
}

/// Splits `s` at the commas outside brackets and strings.
fn top_level_parts(s: &str) -> Vec<&str> {
    let (mut depth, mut in_str, mut start, mut prev) = (0usize, false, 0usize, ' ');
    let mut parts = Vec::new();
    for (j, c) in s.char_indices() {
        match c {
            '"' if prev != '\\' => in_str = !in_str,
            '(' | '[' | '{' if !in_str => depth += 1,
            ')' | ']' | '}' if !in_str => depth = depth.saturating_sub(1),
            ',' if !in_str && depth == 0 => {
                parts.push(&s[start..j]);
                start = j + 1;
            }
            _ => {}
        }
        prev = c;
    }
    parts.push(&s[start..]);
    parts
}

/// Every `msg!("literal", name = …, …)` in the code: its code and argument names.
fn msg_calls(src: &str) -> Vec<(String, Vars)> {
    let mut out = Vec::new();
    let mut rest = src;
    while let Some(i) = rest.find("msg!(") {
        rest = &rest[i + 5..];
        if rest.starts_with("$") {
            continue; // the macro's own definition
        }
        // The call's text up to its closing parenthesis.
        let (mut depth, mut end, mut in_str, mut prev) = (1usize, rest.len(), false, ' ');
        for (j, c) in rest.char_indices() {
            match c {
                '"' if prev != '\\' => in_str = !in_str,
                '(' | '[' | '{' if !in_str => depth += 1,
                ')' | ']' | '}' if !in_str => {
                    depth -= 1;
                    if depth == 0 {
                        end = j;
                        break;
                    }
                }
                _ => {}
            }
            prev = c;
        }
        let call = &rest[..end];
        let Some(code) = call.trim_start().strip_prefix('"').and_then(|s| s.split('"').next()) else { continue };
        let mut vars = Vars::new();
        for p in top_level_parts(call).iter().skip(1) {
            if let Some((name, _)) = p.split_once('=') {
                let name = name.trim();
                if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    vars.insert(name.to_string());
                }
            }
        }
        out.push((code.to_string(), vars));
    }
    out
}

#[test]
fn every_code_the_code_emits_has_its_message_with_its_arguments() {
    let all = messages();
    let mut problems = Vec::new();
    for (f, src) in sources() {
        for (code, vars) in msg_calls(&src) {
            for (lang, ids) in &all {
                match ids.get(&code) {
                    None => problems.push(format!("{}: {code} has no message in {lang}", f.display())),
                    Some(v) if *v != vars => {
                        problems.push(format!("{}: {code} is given {vars:?} but its {lang} message uses {v:?}", f.display()))
                    }
                    Some(_) => {}
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Strings in the code that look like message ids: lower case, digits, `_`, with a dash inside;
/// not an element's id, class or other attribute (`id="delete-answers"`).
fn id_literals(src: &str) -> impl Iterator<Item = &str> {
    let mut out = Vec::new();
    let mut pos: usize = 0;
    let mut parts = src.split('"');
    let mut inside = false;
    while let Some(part) = parts.next() {
        if inside {
            let before = src[..pos.saturating_sub(1)].trim_end();
            let attribute = ["id=", "class=", "for=", "href=", "name=", "role=", "aria-describedby=", "aria-labelledby="].iter().any(|a| before.ends_with(a));
            let looks = part.contains('-')
                && !part.ends_with('-')
                && !part.starts_with('-')
                && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
            if looks && !attribute {
                out.push(part);
            }
        }
        pos += part.len() + 1;
        inside = !inside;
    }
    out.into_iter()
}

/// Literals that look like message ids of a known family but are element ids or CSS classes.
const NOT_IDS: &[&str] = &[
    // The NISS questionnaire's step for `niss_requested` (a route, not a message).
    "niss-requested",
    // The prefixes of computed ids (see COMPUTED).
    "niss-cat",
    "niss-nif-kind",
    // Command names of the CLI.
    "niss-advice",
    "check-niss",
    "check-nif",
];

#[test]
fn every_key_the_interface_uses_exists() {
    let all = messages();
    let pt = &all["pt"];
    let families: BTreeSet<&str> = pt.keys().filter_map(|k| k.split('-').next()).collect();
    let mut missing = Vec::new();
    // The interface's fixed words are looked up in src/ui (engines and CLI speak in msg! codes).
    for (f, src) in sources().into_iter().filter(|(f, _)| f.components().any(|c| c.as_os_str() == "ui")) {
        for lit in id_literals(&src) {
            let family = lit.split('-').next().unwrap_or("");
            if families.contains(family) && !pt.contains_key(lit) && !NOT_IDS.contains(&lit) {
                missing.push(format!("{}: {lit}", f.display()));
            }
        }
    }
    for id in landing_ids() {
        if !pt.contains_key(&id) {
            missing.push(format!("public/index.html or scripts/landing.mjs: {id}"));
        }
    }
    assert!(missing.is_empty(), "ids used but not in the message files:\n{}", missing.join("\n"));
}

/// The ids the landing page uses: `{{id}}` in public/index.html's template (rendered by
/// scripts/landing.mjs), and the words it hands the loader (single-quoted ids there).
fn landing_ids() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let page = std::fs::read_to_string(root.join("public/index.html")).expect("public/index.html");
    let script = std::fs::read_to_string(root.join("scripts/landing.mjs")).expect("scripts/landing.mjs");
    let mut ids = BTreeSet::new();
    let template = page.split("<template id=\"landing-template\">").nth(1).and_then(|t| t.split("</template>").next()).unwrap_or("");
    for part in template.split("{{").skip(1) {
        let id = part.split("}}").next().unwrap_or("");
        if !matches!(id, "languages" | "translation-note") {
            ids.insert(id.to_string());
        }
    }
    // The loader's own words, and each `text(messages, 'id'…)` of the renderer.
    let quoted = |s: &str| s.split('\'').skip(1).step_by(2).map(str::to_string).collect::<Vec<_>>();
    let words = script.split("LOADER_WORDS = [").nth(1).and_then(|t| t.split(']').next()).unwrap_or("");
    ids.extend(quoted(words));
    for call in script.split("text(").skip(1) {
        if let Some(id) = quoted(call.split(')').next().unwrap_or("")).into_iter().next() {
            ids.insert(id);
        }
    }
    ids
}

/// Messages the code reaches by a computed id, by prefix: the locale's formats and name; the
/// NISS answers' names in errors (`error-answer-<key>`, checked in tests/error_messages.rs), the
/// rules table's words (`rule-`, `param-`, `note-`: `Msg::table_id`; checked by
/// `every_rule_and_parameter_of_the_table_has_its_message`), the NISS catalogue's words (`niss-cat-…`, ids from `amparo::niss::words`; every id of the bundled
/// catalogue is checked below), the NIF ranges (`niss-nif-kind-<kind>`, checked below) and the
/// survivors' documents (`doc-<id>`, checked by `every_document_of_the_table_has_its_words`).
const COMPUTED: &[&str] = &["format-", "language-", "error-answer-", "rule-", "param-", "note-", "niss-cat-", "niss-nif-kind-", "doc-"];

#[test]
fn every_niss_catalogue_word_exists_with_its_arguments() {
    let all = messages();
    let cat = amparo::niss::Catalogue::bundled().expect("the bundled catalogue");
    let ids = cat.message_ids();
    assert!(ids.len() > 400, "the catalogue's words are all listed ({})", ids.len());
    let mut problems = Vec::new();
    for (id, at) in &ids {
        for (lang, msgs) in &all {
            if !msgs.contains_key(id) {
                problems.push(format!("{at}: {id} is missing in {lang}"));
            }
        }
    }
    // A letter's body takes exactly its placeholders; every other catalogue word takes none.
    let letters = cat.letters.iter().chain(cat.escalations.iter().flat_map(|e| e.cover_letters.iter()));
    let bodies: BTreeMap<String, Vars> =
        letters.map(|l| (l.body_id(), l.placeholders.iter().cloned().collect())).collect();
    for (id, _) in &ids {
        let want = bodies.get(id).cloned().unwrap_or_default();
        for (lang, msgs) in &all {
            if let Some(vars) = msgs.get(id).filter(|v| **v != want) {
                problems.push(format!("{lang}: {id} uses {vars:?}, the catalogue gives {want:?}"));
            }
        }
    }
    // And every niss-cat- message belongs to an entry (none is left over from a removed one).
    let known: BTreeSet<&str> = ids.iter().map(|(id, _)| id.as_str()).collect();
    for id in all["pt"].keys().filter(|k| k.starts_with("niss-cat-")) {
        if !known.contains(id.as_str()) {
            problems.push(format!("{id} belongs to no catalogue entry"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_nif_range_has_its_name() {
    use amparo::niss::checkers::nif_kind;
    let all = messages();
    let kinds: BTreeSet<String> = (0..10u8)
        .flat_map(|a| (0..10u8).map(move |b| (a, b)))
        .filter_map(|(a, b)| nif_kind(a, b))
        .map(|k| k.label().code.into_owned())
        .collect();
    assert_eq!(kinds.len(), 14, "{kinds:?}");
    for (lang, msgs) in &all {
        for k in &kinds {
            assert!(msgs.contains_key(k), "{lang}: {k}");
        }
        let names = msgs.keys().filter(|k| k.starts_with("niss-nif-kind-")).count();
        assert_eq!(names, kinds.len(), "{lang}: a name for each range, no more");
    }
}

#[test]
fn every_message_is_used() {
    let all = messages();
    let mut used = BTreeSet::new();
    for (_, src) in sources() {
        used.extend(id_literals(&src).map(str::to_string));
        used.extend(msg_calls(&src).into_iter().map(|(code, _)| code));
    }
    used.extend(landing_ids());
    let unused: Vec<_> =
        all["pt"].keys().filter(|id| !used.contains(*id) && !COMPUTED.iter().any(|p| id.starts_with(p))).collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

/// Our resolver against Fluent's reference implementation: every message of every language,
/// with its variables given as numbers (1, 3, 5, 22: each plural form) and as text.
#[test]
fn every_message_renders_as_fluent_bundle_renders_it() {
    use amparo::message::{Arg, Msg};
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    let all = messages();
    for lang in Lang::all() {
        let mut bundle = FluentBundle::new(vec![lang.code().parse().expect("langid")]);
        bundle.set_use_isolating(false);
        for (name, src) in ftl_files(lang.code()) {
            let res = FluentResource::try_new(src).unwrap_or_else(|_| panic!("{name} parses"));
            bundle.add_resource(res).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        }
        for (id, vars) in &all[lang.code()] {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let samples: Vec<Option<i64>> = vec![Some(1), Some(3), Some(5), Some(22), None];
            for sample in samples {
                let mut fargs = FluentArgs::new();
                let mut args = Vec::new();
                for v in vars {
                    let name: &'static str = Box::leak(v.clone().into_boxed_str());
                    match sample {
                        Some(n) => {
                            fargs.set(name, FluentValue::from(n));
                            args.push((name, Arg::Count(n)));
                        }
                        None => {
                            fargs.set(name, FluentValue::from("texto"));
                            args.push((name, Arg::Text("texto".into())));
                        }
                    }
                }
                let mut errors = Vec::new();
                let expected = bundle.format_pattern(pattern, Some(&fargs), &mut errors).to_string();
                let ours = render(lang, &Msg::new(id.clone(), args));
                assert_eq!(ours, expected, "{}: {id} with {sample:?}", lang.code());
            }
        }
    }
}

/// A translation is complete: a message of a language other than English whose text is the
/// English text must have no English words in it (only arguments, codes and proper names).
#[test]
fn every_language_is_translated() {
    const NAMES: &[&str] = &["AIMA", "NISS", "NIF", "IAS", "Amparo", "SNS", "CPLP", "IBAN"];
    // The same word in both languages, and a setting that is not text.
    const SAME: &[(&str, &str)] = &[("pt", "niss-doc-form-original")];
    let english: BTreeMap<String, String> = ftl_files("en")
        .iter()
        .flat_map(|(_, src)| texts(src))
        .collect();
    let mut untranslated = Vec::new();
    for lang in Lang::all().filter(|l| l.code() != "en") {
        for (id, text) in ftl_files(lang.code()).iter().flat_map(|(_, src)| texts(src)) {
            if english.get(&id) != Some(&text) || id == "language-reviewed" || SAME.contains(&(lang.code(), id.as_str())) {
                continue;
            }
            let words: String = text.split('{').map(|part| part.split_once('}').map_or(part, |(_, after)| after)).collect();
            let english_words: Vec<&str> = words
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| w.chars().count() >= 3 && !NAMES.contains(w))
                .collect();
            if !english_words.is_empty() {
                untranslated.push(format!("{}: {id} {english_words:?}", lang.code()));
            }
        }
    }
    assert!(untranslated.is_empty(), "messages still in English:\n{}", untranslated.join("\n"));
}

/// Each message's source text (value and attributes, as written), by id.
fn texts(src: &str) -> Vec<(String, String)> {
    let Ok(res) = fluent_syntax::parser::parse(src) else { return Vec::new() };
    let mut out = Vec::new();
    for entry in res.body {
        if let Entry::Message(m) = entry {
            let mut text = String::new();
            if let Some(p) = &m.value {
                for e in &p.elements {
                    match e {
                        PatternElement::TextElement { value } => text.push_str(value),
                        PatternElement::Placeable { .. } => text.push_str("{}"),
                    }
                }
            }
            out.push((m.id.name.to_string(), text));
        }
    }
    out
}

#[test]
fn lookups_fall_back_to_the_key_instead_of_failing() {
    assert_eq!(tr(Lang::Pt, "nav-continue"), "Continuar");
    assert_eq!(tr(Lang::En, "nav-continue"), "Continue");
    assert_eq!(tr(Lang::En, "no-such-key"), "no-such-key");
}

#[test]
fn languages_are_found_by_their_codes() {
    let uk = Lang::from_code("uk").expect("uk is registered");
    assert_eq!(uk.code(), "uk");
    assert_eq!(uk.name(), "Українська");
    // Every language's own name is known without its messages (the web app fetches them).
    for lang in Lang::all() {
        assert_eq!(lang.name(), render(lang, &amparo::message::Msg::code("language-name")));
    }
    assert!(!uk.reviewed(), "the Ukrainian translation is marked as not yet reviewed");
    assert_eq!(Lang::from_code("pt-PT"), Some(Lang::Pt));
    assert_eq!(Lang::from_code("en_GB"), Some(Lang::En));
    assert_eq!(Lang::from_code("xx"), None);
}

#[test]
fn every_rule_and_parameter_of_the_table_has_its_message() {
    use amparo::message::Msg;
    let all = messages();
    let rules = amparo::rules::Rules::bundled().expect("bundled rules");
    let mut expected = BTreeSet::new();
    for (id, r) in &rules.rules {
        assert_eq!(r.description.code, Msg::table_id("rule", id));
        expected.insert(Msg::table_id("rule", id));
    }
    for (id, p) in &rules.parameters {
        assert_eq!(p.description.code, Msg::table_id("param", id));
        expected.insert(Msg::table_id("param", id));
        expected.extend(p.values.iter().filter_map(|v| v.note.as_ref()).map(|n| n.code.to_string()));
    }
    assert!(expected.len() > 100, "the table has its rules, parameters and notes");
    for lang in Lang::all() {
        let words = &all[lang.code()];
        let have: BTreeSet<String> = words.keys().filter(|k| ["rule-", "param-", "note-"].iter().any(|p| k.starts_with(p))).cloned().collect();
        let missing: Vec<_> = expected.difference(&have).collect();
        let stale: Vec<_> = have.difference(&expected).collect();
        assert!(missing.is_empty(), "{}: table entries without words: {missing:?}", lang.code());
        assert!(stale.is_empty(), "{}: words for no table entry: {stale:?}", lang.code());
        let with_args: Vec<_> = have.iter().filter(|k| words.get(*k).is_some_and(|v| !v.is_empty())).collect();
        assert!(with_args.is_empty(), "{}: table words take no arguments: {with_args:?}", lang.code());
    }
}

/// Each document of the survivors' table has its words `doc-<id>` in every language, taking the
/// person's name (`who`) exactly when it is asked for each person; and no `doc-` words are left
/// over from a removed document.
#[test]
fn every_document_of_the_table_has_its_words() {
    use amparo::message::Msg;
    let all = messages();
    let rules = amparo::rules::Rules::bundled().expect("bundled rules");
    assert!(rules.documents.len() >= 10, "the documents table is loaded");
    let expected: BTreeMap<String, Vars> = rules
        .documents
        .iter()
        .map(|d| {
            let vars: Vars = if d.when.per_person() { ["who".to_string()].into() } else { Vars::new() };
            (Msg::table_id("doc", &d.id), vars)
        })
        .collect();
    for lang in Lang::all() {
        let words = &all[lang.code()];
        let have: BTreeMap<String, Vars> = words.iter().filter(|(k, _)| k.starts_with("doc-")).map(|(k, v)| (k.clone(), v.clone())).collect();
        assert_eq!(have, expected, "{}: the documents' words and arguments", lang.code());
    }
}

/// Each web program carries (or fetches) only its tool's words (build.rs leaves out the other
/// tool's files): every message its code can use must be in its set. A file belongs to a tool by
/// its path (`niss` or `survivors`/`calendar` in it); the shell, the forms and the rest are in
/// both programs; the CLI in neither.
#[test]
fn each_web_program_has_the_words_its_code_uses() {
    let set = |json: &str| -> BTreeSet<String> {
        serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(json).expect("a program's messages").keys().cloned().collect()
    };
    let survivors = set(include_str!(concat!(env!("OUT_DIR"), "/messages-pt-survivors.json")));
    let niss = set(include_str!(concat!(env!("OUT_DIR"), "/messages-pt-niss.json")));
    let all = messages();
    let pt = &all["pt"];
    let mut missing = Vec::new();
    for (f, src) in sources() {
        let rel = f.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(&f).to_string_lossy().to_string();
        let has = |w: &str| rel.split(['/', '.']).any(|p| p == w);
        let programs: Vec<(&str, &BTreeSet<String>)> = if has("cli") || has("bin") {
            vec![]
        } else if has("niss") {
            vec![("niss", &niss)]
        } else if has("survivors") || has("calendar") {
            vec![("survivors", &survivors)]
        } else {
            vec![("survivors", &survivors), ("niss", &niss)]
        };
        let ids: BTreeSet<String> = id_literals(&src).map(str::to_string).chain(msg_calls(&src).into_iter().map(|(c, _)| c)).collect();
        for id in ids.iter().filter(|id| pt.contains_key(id.as_str())) {
            for (name, words) in &programs {
                if !words.contains(id) {
                    missing.push(format!("{rel}: {id} (not in the {name} program's words)"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
