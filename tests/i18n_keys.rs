//! The interface's words: both languages have every key, no text is empty, and every key the
//! UI code uses exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn table(json: &str) -> BTreeMap<String, String> {
    serde_json::from_str(json).expect("i18n file is a flat JSON object of strings")
}

#[test]
fn both_languages_have_every_key() {
    let mut pt = table(amparo::i18n::PT_JSON);
    let mut en = table(amparo::i18n::EN_JSON);
    let (npt, nen) = (table(amparo::i18n::NISS_PT_JSON), table(amparo::i18n::NISS_EN_JSON));
    for k in npt.keys().chain(nen.keys()) {
        assert!(k.starts_with("niss."), "{k}: keys of the NISS files start with niss.");
        assert!(!pt.contains_key(k) && !en.contains_key(k), "{k} is in both the main and the NISS files");
    }
    pt.extend(npt);
    en.extend(nen);
    let pk: BTreeSet<_> = pt.keys().collect();
    let ek: BTreeSet<_> = en.keys().collect();
    assert_eq!(pk.difference(&ek).collect::<Vec<_>>(), Vec::<&&String>::new(), "keys only in pt.json");
    assert_eq!(ek.difference(&pk).collect::<Vec<_>>(), Vec::<&&String>::new(), "keys only in en.json");
    for (k, v) in pt.iter().chain(en.iter()) {
        assert!(!v.trim().is_empty(), "{k} is empty");
    }
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("dir").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Form paths that look like keys but are not.
const NOT_KEYS: &[&str] = &["funeral.amount", "funeral.paid_by", "funeral.payer_resident"];

#[test]
fn every_key_used_by_the_ui_exists() {
    let mut pt = table(amparo::i18n::PT_JSON);
    pt.extend(table(amparo::i18n::NISS_PT_JSON));
    let prefixes: BTreeSet<&str> = pt.keys().filter_map(|k| k.split('.').next()).collect();
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"), &mut files);
    let mut missing = Vec::new();
    for f in files {
        let src = std::fs::read_to_string(&f).expect("read");
        for lit in src.split('"').skip(1).step_by(2) {
            let looks_like_key = lit.contains('.')
                && !lit.ends_with('.')
                && lit.chars().all(|c| c.is_ascii_lowercase() || c == '.' || c == '_')
                && lit.split('.').next().is_some_and(|p| prefixes.contains(p));
            if looks_like_key && !NOT_KEYS.contains(&lit) && !pt.contains_key(lit) {
                missing.push(format!("{}: {lit}", f.display()));
            }
        }
    }
    assert!(missing.is_empty(), "keys used but not in the i18n files:\n{}", missing.join("\n"));
}

#[test]
fn lookups_fall_back_to_the_key_instead_of_failing() {
    use amparo::i18n::{Lang, tr};
    assert_eq!(tr(Lang::Pt, "nav.continue"), "Continuar");
    assert_eq!(tr(Lang::En, "nav.continue"), "Continue");
    assert_eq!(tr(Lang::En, "no.such.key"), "no.such.key");
}
