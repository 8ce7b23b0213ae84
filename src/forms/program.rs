//! Which program shows a route. The landing page and the privacy note are plain HTML
//! (public/index.html, no engine); each tool is its own program (`amparo-survivors-web`,
//! `amparo-niss-web`), so a page of the other tool is a new page load. Routes either tool can
//! show ("delete everything", "open a file", not found) stay in the program that runs.
//! src/web/loader.js follows the same rule (tests/web_loader.rs checks both agree).

use super::Tool;
use super::routes::parts;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Landing,
    Tool(Tool),
    Any,
}

/// The program a location hash belongs to.
pub fn owner(hash: &str) -> Owner {
    let parts = parts(hash);
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    if let Some(tool) = parts.first().and_then(|p| Tool::from_code(p)) {
        return Owner::Tool(tool);
    }
    match parts.as_slice() {
        [] | ["privacy"] => Owner::Landing,
        ["delete", tool] => Tool::from_code(tool).map_or(Owner::Any, Owner::Tool),
        _ => Owner::Any,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_route_belongs_to_one_program() {
        for h in ["", "#", "#/", "#/privacy"] {
            assert_eq!(owner(h), Owner::Landing, "{h}");
        }
        for h in ["#/survivors", "#/survivors/deceased/change", "#/survivors/person/2", "#/delete/survivors"] {
            assert_eq!(owner(h), Owner::Tool(Tool::Survivors), "{h}");
        }
        for h in ["#/niss", "#/niss/check", "#/delete/niss"] {
            assert_eq!(owner(h), Owner::Tool(Tool::Niss), "{h}");
        }
        for h in ["#/delete", "#/open", "#/privacy/x", "#/nowhere", "#/delete/other"] {
            assert_eq!(owner(h), Owner::Any, "{h}");
        }
    }
}
