//! Which profiles match the answers. A person may match several (work situation, AIMA renewal,
//! an old NISS, an identity change, CPLP, temporary protection, a family member).

use super::answers::{HadNiss, NationalityGroup, NeededFor, NissAnswers, WorkSituation};
use super::catalogue::{Catalogue, PROFILE_IDS, Profile, Sourced};
use super::pack::MatchedProfile;

/// The ids of the profiles that match, in the catalogue's canonical order.
pub fn matching_ids(a: &NissAnswers) -> Vec<&'static str> {
    let work = match a.work_situation {
        WorkSituation::EmployeeSignedContract | WorkSituation::EmployeeNoContract => "employee",
        WorkSituation::IndependentWithActivity | WorkSituation::IndependentNoActivity => "independent_worker",
        WorkSituation::ForeignEmployer => "digital_nomad",
        WorkSituation::CompanyOfficer => "company_officer",
        WorkSituation::VoluntaryInsurance => "voluntary_insurance",
        WorkSituation::NotWorking => "student_or_not_working",
    };
    // A Citizen Card carries the NISS, whatever the answer.
    let had = if a.has_pt_citizen_card { HadNiss::Yes } else { a.had_niss_before };
    let tp = a.nationality_group == NationalityGroup::UkraineTemporaryProtection;
    PROFILE_IDS
        .iter()
        .copied()
        .filter(|id| match *id {
            "aima_renewal" => a.needed_for == NeededFor::AimaRenewal,
            "returning_with_old_niss" => had == HadNiss::Yes,
            "niss_unknown" => had == HadNiss::DontKnow && !tp,
            "identity_changed" => a.passport_or_name_changed,
            "cplp_national" => a.nationality_group == NationalityGroup::Cplp,
            "ukraine_temporary_protection" => a.nationality_group == NationalityGroup::UkraineTemporaryProtection,
            "family_member" => a.filing_for_family_member,
            other => other == work,
        })
        .collect()
}

/// The matching profiles from the catalogue (a validated catalogue defines every id).
pub fn matching<'c>(a: &NissAnswers, cat: &'c Catalogue) -> Vec<&'c Profile> {
    matching_ids(a).into_iter().filter_map(|id| cat.profile(id)).collect()
}

pub fn describe(a: &NissAnswers, p: &Profile) -> MatchedProfile {
    MatchedProfile {
        id: p.id.clone(),
        name: p.name(),
        reason: p.match_reason(),
        channel: p.channel(),
        who_may_file: p.filers.iter().map(|f| f.as_str().to_string()).collect(),
        filer_allowed: p.filers.contains(&a.filed_by),
        source: p.source(),
    }
}
