//! Reading and writing a form (a JSON object) by field path: `deceased.scheme`,
//! `people[2].birth_date`. Paths are the engines' error fields and the UI's element ids.

use serde_json::{Map, Value};

enum Part<'a> {
    Key(&'a str),
    Index(usize),
}

fn parts(path: &str) -> Option<Vec<Part<'_>>> {
    let mut out = Vec::new();
    for seg in path.split('.') {
        match seg.split_once('[') {
            Some((key, rest)) => {
                out.push(Part::Key(key));
                out.push(Part::Index(rest.strip_suffix(']')?.parse().ok()?));
            }
            None => out.push(Part::Key(seg)),
        }
    }
    Some(out)
}

pub fn get<'v>(form: &'v Value, path: &str) -> Option<&'v Value> {
    let mut v = form;
    for p in parts(path)? {
        v = match p {
            Part::Key(k) => v.get(k)?,
            Part::Index(i) => v.get(i)?,
        };
    }
    Some(v)
}

/// Sets a value, creating objects on the way and growing an array by at most one element (a
/// path never makes a list longer than one more than it was). Returns false on a path that
/// cannot be followed (e.g. through a string, or past the end of a list).
pub fn set(form: &mut Value, path: &str, value: Value) -> bool {
    let Some(parts) = parts(path) else { return false };
    let mut v = form;
    for (n, p) in parts.iter().enumerate() {
        let last = n + 1 == parts.len();
        match p {
            Part::Key(k) => {
                if v.is_null() {
                    *v = Value::Object(Map::new());
                }
                let Some(m) = v.as_object_mut() else { return false };
                if last {
                    m.insert((*k).to_string(), value);
                    return true;
                }
                v = m.entry((*k).to_string()).or_insert(Value::Null);
            }
            Part::Index(i) => {
                if v.is_null() {
                    *v = Value::Array(Vec::new());
                }
                let Some(a) = v.as_array_mut() else { return false };
                if *i > a.len() {
                    return false;
                }
                if *i == a.len() {
                    a.push(Value::Null);
                }
                if last {
                    a[*i] = value;
                    return true;
                }
                v = &mut a[*i];
            }
        }
    }
    false
}

/// Removes a key (or an array element, shifting the rest).
pub fn remove(form: &mut Value, path: &str) -> Option<Value> {
    let parts = parts(path)?;
    let (last, init) = parts.split_last()?;
    let mut v = form;
    for p in init {
        v = match p {
            Part::Key(k) => v.get_mut(*k)?,
            Part::Index(i) => v.get_mut(*i)?,
        };
    }
    match last {
        Part::Key(k) => v.as_object_mut()?.remove(*k),
        Part::Index(i) => {
            let a = v.as_array_mut()?;
            (*i < a.len()).then(|| a.remove(*i))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn set_get_remove_by_path() {
        let mut f = json!({});
        assert!(set(&mut f, "deceased.scheme", json!("general")));
        assert!(set(&mut f, "people[0]", Value::Null));
        assert!(set(&mut f, "people[1].name", json!("Rui")));
        // Never more than one element past the end: a huge index writes nothing.
        assert!(!set(&mut f, "people[3].name", json!("x")));
        assert!(!set(&mut f, "people[18446744073709551615]", json!("x")));
        assert_eq!(f["people"].as_array().map(Vec::len), Some(2));
        assert_eq!(get(&f, "deceased.scheme"), Some(&json!("general")));
        assert_eq!(get(&f, "people[1].name"), Some(&json!("Rui")));
        assert_eq!(get(&f, "people[0]"), Some(&Value::Null));
        assert_eq!(remove(&mut f, "people[0]"), Some(Value::Null));
        assert_eq!(get(&f, "people[0].name"), Some(&json!("Rui")));
        assert!(!set(&mut f, "deceased.scheme.x", json!(1)));
        assert_eq!(get(&f, "people[x].name"), None);
        assert_eq!(get(&f, "nope.deeper"), None);
    }
}
