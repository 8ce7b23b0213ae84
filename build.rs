//! Compiles the Fluent message files (`src/i18n/locales/<lang>/*.ftl`) into one compact JSON
//! file per language in `OUT_DIR` (`messages-<lang>.json`, every message: the CLI and the native
//! tests), read by `src/i18n/compiled.rs`, and one per language and web program
//! (`messages-<lang>-<tool>.json`: a tool's program carries or fetches only its own words, see
//! [`TOOLS`]), with a content-hashed copy (`OUT_DIR/web/messages-<lang>-<tool>-<hash>.json`, its
//! name in the `AMPARO_MESSAGES_<lang>_<tool>` variable) that the program fetches for a language
//! it does not carry.
//! The `.ftl` files stay the standard source; parsing them here keeps Fluent's parser and
//! resolver out of the wasm (measured: +84.8 KB gzip for fluent-bundle at run time, against
//! +9.6 KB for the plural rules alone). A syntax error, or a Fluent feature the small runtime
//! does not have (functions), fails the build with the file and message named.
//!
//! The compiled form: `{"id": pattern}`, attributes as `"id.attr"`, where a pattern is a list
//! of parts: a string (text), `{"v": name}` (a variable), `{"r": id}` (another message or a
//! term, `-name`), or `{"s": name, "k": [[key, pattern]…], "d": index}` (a selection on a
//! variable: a number key matches equal numbers, a name matches the plural category).

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use serde_json::{Map, Value, json};
use std::path::Path;

/// The web programs, and the message files each leaves out (the other tool's). What a tool keeps
/// must be whole: a kept message that refers to a left-out one fails the build.
const TOOLS: &[(&str, &[&str])] = &[("survivors", &["niss.ftl", "niss-ui.ftl"]), ("niss", &["survivors.ftl"])];

fn main() {
    let root = Path::new("src/i18n/locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let out = std::env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    let mut langs: Vec<_> = std::fs::read_dir(root).expect("src/i18n/locales").flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    langs.sort();
    for dir in langs {
        let lang = dir.file_name().and_then(|n| n.to_str()).expect("a locale folder name").to_string();
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = std::fs::read_dir(&dir).expect("locale folder").flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect();
        files.sort();
        let mut messages = Map::new();
        // The file each message comes from.
        let mut source: std::collections::HashMap<String, String> = std::collections::HashMap::new();
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let src = std::fs::read_to_string(&f).expect("read a .ftl file");
            let res = fluent_syntax::parser::parse(src.as_str()).unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", f.display()));
            for entry in res.body {
                let (id, value, attributes) = match entry {
                    Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                    Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                    Entry::Junk { content } => panic!("{}: cannot read {content:?}", f.display()),
                    _ => continue,
                };
                let at = format!("{} {id}", f.display());
                let file_name = f.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
                source.insert(id.clone(), file_name.clone());
                for a in &attributes {
                    source.insert(format!("{id}.{}", a.id.name), file_name.clone());
                }
                if let Some(v) = value {
                    insert(&mut messages, id.clone(), pattern(&v, &at), &at);
                }
                for a in attributes {
                    insert(&mut messages, format!("{id}.{}", a.id.name), pattern(&a.value, &at), &at);
                }
            }
        }
        // The language's own name and review flag are needed before its messages are loaded (the
        // language list shows every language in its own name): they become build variables.
        for (id, var) in [("language-name", "NAME"), ("language-reviewed", "REVIEWED")] {
            let text = messages.get(id).and_then(Value::as_array).and_then(|p| p.first()).and_then(Value::as_str);
            let text = text.unwrap_or_else(|| panic!("{lang}: formats.ftl needs a plain `{id}`"));
            println!("cargo:rustc-env=AMPARO_LANGUAGE_{var}_{lang}={text}");
        }
        for (tool, left_out) in TOOLS {
            let kept: Map<String, Value> = messages.iter().filter(|(id, _)| !source.get(*id).is_some_and(|f| left_out.contains(&f.as_str()))).map(|(k, v)| (k.clone(), v.clone())).collect();
            for (id, p) in &kept {
                let mut refs = Vec::new();
                references(p, &mut refs);
                for r in refs {
                    assert!(kept.contains_key(&r), "{lang}: {id} (kept for the {tool} program) refers to {r}, which it leaves out");
                }
            }
            let json = serde_json::to_string(&Value::Object(kept)).expect("serialize messages");
            // The program fetches a language it does not carry by this name (content-hashed, so a
            // file never changes under its name); scripts/post-build.mjs copies it into dist/.
            let file = format!("messages-{lang}-{tool}-{:016x}.json", fnv1a(json.as_bytes()));
            let web = Path::new(&out).join("web");
            std::fs::create_dir_all(&web).expect("create OUT_DIR/web");
            std::fs::write(web.join(&file), &json).expect("write the web copy");
            println!("cargo:rustc-env=AMPARO_MESSAGES_{lang}_{tool}={file}");
            std::fs::write(Path::new(&out).join(format!("messages-{lang}-{tool}.json")), json).expect("write a program's messages");
        }
        let json = serde_json::to_string(&Value::Object(messages)).expect("serialize messages");
        std::fs::write(Path::new(&out).join(format!("messages-{lang}.json")), json).expect("write compiled messages");
    }
}

/// The ids a compiled pattern refers to (`{"r": id}`), at any depth.
fn references(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Array(items) => items.iter().for_each(|i| references(i, out)),
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get("r") {
                out.push(r.clone());
            }
            m.values().for_each(|i| references(i, out));
        }
        _ => {}
    }
}

/// FNV-1a, 64 bits: a content hash for the file name (not for security).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3))
}

fn insert(messages: &mut Map<String, Value>, id: String, p: Value, at: &str) {
    if messages.insert(id, p).is_some() {
        panic!("{at}: defined twice in this language");
    }
}

fn pattern(p: &Pattern<&str>, at: &str) -> Value {
    let mut parts: Vec<Value> = Vec::new();
    for e in &p.elements {
        match e {
            PatternElement::TextElement { value } => push_text(&mut parts, value),
            PatternElement::Placeable { expression } => expression_parts(expression, &mut parts, at),
        }
    }
    Value::Array(parts)
}

/// Adjacent text is merged, so a literal `{"{"}` costs nothing at run time.
fn push_text(parts: &mut Vec<Value>, text: &str) {
    if let Some(Value::String(last)) = parts.last_mut() {
        last.push_str(text);
    } else {
        parts.push(Value::String(text.to_string()));
    }
}

fn expression_parts(e: &Expression<&str>, parts: &mut Vec<Value>, at: &str) {
    match e {
        Expression::Inline(i) => inline_parts(i, parts, at),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id } = selector else {
                panic!("{at}: only a variable can be selected on");
            };
            let mut keys = Vec::new();
            let mut default = 0;
            for (n, v) in variants.iter().enumerate() {
                let key = match &v.key {
                    VariantKey::Identifier { name } => name.to_string(),
                    VariantKey::NumberLiteral { value } => value.to_string(),
                };
                if v.default {
                    default = n;
                }
                keys.push(json!([key, pattern(&v.value, at)]));
            }
            parts.push(json!({"s": id.name, "k": keys, "d": default}));
        }
    }
}

fn inline_parts(i: &InlineExpression<&str>, parts: &mut Vec<Value>, at: &str) {
    match i {
        InlineExpression::StringLiteral { value } => push_text(parts, &unescape(value)),
        InlineExpression::NumberLiteral { value } => push_text(parts, value),
        InlineExpression::VariableReference { id } => parts.push(json!({"v": id.name})),
        InlineExpression::MessageReference { id, attribute } => {
            let id = match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_string(),
            };
            parts.push(json!({"r": id}));
        }
        InlineExpression::TermReference { id, attribute, arguments } => {
            if arguments.is_some() {
                panic!("{at}: terms with arguments are not supported");
            }
            let id = match attribute {
                Some(a) => format!("-{}.{}", id.name, a.name),
                None => format!("-{}", id.name),
            };
            parts.push(json!({"r": id}));
        }
        InlineExpression::FunctionReference { id, .. } => panic!("{at}: the function {} is not supported", id.name),
        InlineExpression::Placeable { expression } => expression_parts(expression, parts, at),
    }
}

/// Fluent string literals escape `\"`, `\\` and `\uXXXX` / `\UXXXXXX`.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('u') => out.push(hex(&mut chars, 4)),
            Some('U') => out.push(hex(&mut chars, 6)),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

fn hex(chars: &mut std::str::Chars, n: usize) -> char {
    let digits: String = chars.take(n).collect();
    u32::from_str_radix(&digits, 16).ok().and_then(char::from_u32).unwrap_or('\u{fffd}')
}
