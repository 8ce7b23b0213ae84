//! The links the web app shows as sources: every one is https (a page on Social Security's or the
//! tax authority's site opened from a widget must not be readable or changeable on the way).

fn urls(json: &str) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    match x.as_str() {
                        Some(s) if k == "url" => out.push(s.to_string()),
                        _ => walk(x, out),
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(&serde_json::from_str(json).expect("the catalogue is JSON"), &mut out);
    out
}

#[test]
fn every_source_link_is_https() {
    for (file, json) in [("survivors.json", include_str!("../src/rules/survivors.json")), ("niss.json", include_str!("../src/rules/niss.json"))] {
        let all = urls(json);
        assert!(!all.is_empty(), "{file} has source links");
        let plain: Vec<&String> = all.iter().filter(|u| !u.starts_with("https://")).collect();
        assert!(plain.is_empty(), "{file}: links that are not https: {plain:?}");
        assert!(!json.contains("http://"), "{file}: an http:// address outside a url field");
    }
}
