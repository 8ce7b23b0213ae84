//! The NIF ranges by leading digits (research §8.2).

use crate::message::Msg;

/// The NIF ranges, by leading digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NifKind {
    Person,
    NonResidentPerson,
    Company,
    PublicBody,
    Estate,
    NonResidentCompany,
    InvestmentFund,
    ExOfficio,
    VatRefundNonResident,
    ExceptionalRegime,
    ObsoleteSoleTrader,
    CondominiumOrIrregular,
    NonResidentNoEstablishment,
    CivilCompany,
}

impl NifKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NifKind::Person => "person",
            NifKind::NonResidentPerson => "non_resident_person",
            NifKind::Company => "company",
            NifKind::PublicBody => "public_body",
            NifKind::Estate => "estate",
            NifKind::NonResidentCompany => "non_resident_company",
            NifKind::InvestmentFund => "investment_fund",
            NifKind::ExOfficio => "ex_officio",
            NifKind::VatRefundNonResident => "vat_refund_non_resident",
            NifKind::ExceptionalRegime => "exceptional_regime",
            NifKind::ObsoleteSoleTrader => "obsolete_sole_trader",
            NifKind::CondominiumOrIrregular => "condominium_or_irregular",
            NifKind::NonResidentNoEstablishment => "non_resident_no_establishment",
            NifKind::CivilCompany => "civil_company",
        }
    }

    /// What the range belongs to ("a natural person"…): message `niss-nif-kind-<id>`.
    pub fn label(self) -> Msg {
        Msg::code(Msg::table_id("niss-nif-kind", self.as_str()))
    }

    pub(crate) fn is_person(self) -> bool {
        matches!(self, NifKind::Person | NifKind::NonResidentPerson)
    }
}

/// The range of a 9-digit NIF from its first two digits, or `None` for a prefix not in use.
pub fn nif_kind(first: u8, second: u8) -> Option<NifKind> {
    match (first, second) {
        (1..=3, _) => Some(NifKind::Person),
        (4, 5) => Some(NifKind::NonResidentPerson),
        (5, _) => Some(NifKind::Company),
        (6, _) => Some(NifKind::PublicBody),
        (7, 0) | (7, 4) | (7, 5) => Some(NifKind::Estate),
        (7, 1) => Some(NifKind::NonResidentCompany),
        (7, 2) => Some(NifKind::InvestmentFund),
        (7, 7) => Some(NifKind::ExOfficio),
        (7, 8) => Some(NifKind::VatRefundNonResident),
        (7, 9) => Some(NifKind::ExceptionalRegime),
        (8, _) => Some(NifKind::ObsoleteSoleTrader),
        (9, 0) | (9, 1) => Some(NifKind::CondominiumOrIrregular),
        (9, 8) => Some(NifKind::NonResidentNoEstablishment),
        (9, 9) => Some(NifKind::CivilCompany),
        _ => None,
    }
}
