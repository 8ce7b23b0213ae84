//! What a portal or institution message usually means, and what to do about it.

use super::answers::PortalMessage;
use super::catalogue::{Catalogue, Sourced};
use super::checkers::check_niss;
use super::conditions::Facts;
use super::pack::PortalDiagnosis;

pub fn diagnose(cat: &Catalogue, facts: &Facts, message: PortalMessage) -> Option<PortalDiagnosis> {
    let def = cat.portal_message(message)?;
    let cases: Vec<_> = def.cases.iter().filter(|c| facts.all(&c.only_if)).collect();
    let typed_niss_check = match message {
        PortalMessage::NissInvalid | PortalMessage::NissMissing => facts.answers.typed_niss.as_deref().map(check_niss),
        _ => None,
    };
    Some(PortalDiagnosis {
        id: message.as_str().to_string(),
        title: def.title(),
        usually_means: cases.iter().map(|c| def.means(c)).collect(),
        what_to_do: cases.iter().flat_map(|c| def.what_to_do(c)).collect(),
        typed_niss_check,
        source: def.source(),
    })
}
