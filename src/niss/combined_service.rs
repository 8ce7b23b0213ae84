//! The combined NIF + NISS + SNS-number service at Espaços Cidadão: for people without a
//! Portuguese Citizen Card, with a Portuguese address, in one of the listed situations;
//! temporary-protection holders are excluded (their numbers come with the declaration).

use super::answers::{NationalityGroup, NissAnswers, ResidenceStatus};
use super::catalogue::{Catalogue, Sourced};
use super::conditions::Facts;
use super::merge::resolved_ids;
use super::pack::{CombinedServiceVerdict, PackItem, ServiceConditionResult};
use super::words::item_text;

/// Whether each condition (in `SERVICE_CONDITION_IDS` order) is met.
pub fn condition_met(id: &str, a: &NissAnswers) -> bool {
    match id {
        "no_pt_citizen_card" => !a.has_pt_citizen_card,
        "pt_address" => a.has_pt_address,
        "listed_status" => {
            a.nationality_group == NationalityGroup::Eu
                || matches!(
                    a.residence_status,
                    ResidenceStatus::Title
                        | ResidenceStatus::PendingWithReceipt
                        | ResidenceStatus::Visa
                        | ResidenceStatus::InternationalProtection
                )
        }
        "not_temporary_protection" => a.nationality_group != NationalityGroup::UkraineTemporaryProtection,
        _ => false,
    }
}

pub fn verdict(cat: &Catalogue, facts: &Facts) -> CombinedServiceVerdict {
    let a = facts.answers;
    let cs = &cat.combined_service;
    let conditions: Vec<ServiceConditionResult> = cs
        .conditions
        .iter()
        .map(|c| {
            let met = condition_met(&c.id, a);
            ServiceConditionResult {
                id: c.id.clone(),
                met,
                text: c.text(met),
                source: c.source(),
            }
        })
        .collect();
    let eligible = conditions.iter().all(|c| c.met);
    // The exclusion for temporary protection is the decisive reason when it applies.
    let first_unmet = conditions
        .iter()
        .find(|c| !c.met && c.id == "not_temporary_protection")
        .or_else(|| conditions.iter().find(|c| !c.met));
    let reason = match first_unmet {
        Some(c) => c.text.clone(),
        None => cs.eligible_text(),
    };
    CombinedServiceVerdict {
        name: cs.name(),
        eligible,
        reason,
        conditions,
        channel: cs.channel(),
        documents: if eligible { resolved_ids(cat, facts, "combined_service", &cs.documents) } else { Vec::new() },
        steps: if eligible {
            cs.steps
                .iter()
                .filter(|s| facts.all(&s.only_if))
                .map(|s| PackItem { id: s.id.clone(), text: item_text("combined_service-step", s), source: s.source() })
                .collect()
        } else {
            Vec::new()
        },
        advice: if eligible {
            None
        } else {
            Some(cs.advice(super::catalogue::pick(&cs.not_eligible_advice_if, facts)))
        },
        wanted: a.wants_combined_service,
        source: cs.source(),
    }
}
