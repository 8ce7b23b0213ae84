//! Filling the letter templates from the answers. The name is left blank unless the person typed
//! it; a typed NISS or NIF goes in only when it passes the check. Nothing is sent anywhere.

use super::answers::{NeededFor, NissAnswers, WorkSituation};
use super::catalogue::{LetterDef, Recipient, Sourced};
use super::checkers::{check_nif, check_niss};
use super::pack::{DocumentChoice, FilledLetter, PackDocument};
use crate::text::Text;

/// What a placeholder left for the person looks like in the letter.
pub const BLANK: &str = "____________";

/// The values known from the answers, per language.
pub struct LetterValues {
    pub name: Option<String>,
    pub nif: Option<String>,
    pub niss: Option<String>,
    pub reason: Text,
    pub documents: Text,
}

fn work_reason(w: WorkSituation) -> (&'static str, &'static str) {
    match w {
        WorkSituation::EmployeeSignedContract => (
            "contrato de trabalho assinado com uma entidade empregadora em Portugal",
            "a signed employment contract with an employer in Portugal",
        ),
        WorkSituation::EmployeeNoContract => {
            ("início de trabalho por conta de outrem em Portugal", "starting employment in Portugal")
        }
        WorkSituation::IndependentWithActivity => (
            "atividade como trabalhador independente, já aberta nas Finanças",
            "self-employed activity, already registered with the tax office",
        ),
        WorkSituation::IndependentNoActivity => {
            ("início de atividade como trabalhador independente", "starting self-employed activity")
        }
        WorkSituation::CompanyOfficer => (
            "funções de gerente ou membro de órgão estatutário de uma sociedade",
            "serving as a manager or statutory-body member of a company",
        ),
        WorkSituation::ForeignEmployer => {
            ("trabalho remoto para um empregador no estrangeiro", "remote work for an employer abroad")
        }
        WorkSituation::VoluntaryInsurance => {
            ("adesão ao seguro social voluntário", "joining voluntary social insurance")
        }
        WorkSituation::NotWorking => ("não exerço atividade profissional", "I am not working"),
    }
}

fn need_reason(n: NeededFor) -> Option<(&'static str, &'static str)> {
    match n {
        NeededFor::Job => None,
        NeededFor::AimaRenewal => Some((
            "a AIMA exige o NISS para a renovação ou atualização da minha residência",
            "AIMA requires the NISS for the renewal or update of my residence",
        )),
        NeededFor::Benefit => {
            Some(("preciso do NISS para pedir uma prestação social", "I need the NISS to claim a social benefit"))
        }
        NeededFor::Other => Some(("outro motivo: ____________", "another reason: ____________")),
    }
}

fn reason(a: &NissAnswers) -> Text {
    let (wp, we) = work_reason(a.work_situation);
    match need_reason(a.needed_for) {
        Some((np, ne)) => Text::new(format!("{wp}; {np}"), format!("{we}; {ne}")),
        None => Text::new(wp, we),
    }
}

fn document_list(docs: &[PackDocument], choices: &[DocumentChoice]) -> Text {
    use super::catalogue::Need;
    let mut pt = Vec::new();
    let mut en = Vec::new();
    for d in docs.iter().filter(|d| d.need == Need::Required) {
        pt.push(format!("- {}", d.name.pt));
        en.push(format!("- {}", d.name.en));
    }
    for c in choices.iter().filter(|c| c.need == Need::Required) {
        pt.push(format!("- {}", c.options.iter().map(|o| &*o.name.pt).collect::<Vec<_>>().join(" ou ")));
        en.push(format!("- {}", c.options.iter().map(|o| &*o.name.en).collect::<Vec<_>>().join(" or ")));
    }
    Text::new(pt.join("\n"), en.join("\n"))
}

impl LetterValues {
    pub fn from(a: &NissAnswers, docs: &[PackDocument], choices: &[DocumentChoice]) -> LetterValues {
        let niss = a.typed_niss.as_deref().map(check_niss).filter(|c| c.valid && c.person).and_then(|c| c.normalized);
        let nif = a.typed_nif.as_deref().map(check_nif).filter(|c| c.valid && c.person).and_then(|c| c.normalized);
        LetterValues { name: a.name.clone(), nif, niss, reason: reason(a), documents: document_list(docs, choices) }
    }

    fn value(&self, key: &str, pt: bool) -> Option<String> {
        let pick = |t: &Text| if pt { t.pt.to_string() } else { t.en.to_string() };
        match key {
            "name" => self.name.clone(),
            "nif" => self.nif.clone(),
            "niss" => self.niss.clone(),
            "reason" => Some(pick(&self.reason)),
            "documents" => Some(pick(&self.documents)),
            _ => None,
        }
    }
}

/// Replaces `{key}` tokens in one pass (a typed value containing braces is never re-expanded).
/// Returns the text and the keys left blank.
pub fn render(template: &str, values: &LetterValues, pt: bool) -> (String, Vec<String>) {
    let mut out = String::with_capacity(template.len() + 64);
    let mut blanks = Vec::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(rest.get(..start).unwrap_or(""));
        let after = rest.get(start + 1..).unwrap_or("");
        match after.find('}') {
            Some(end) => {
                let key = after.get(..end).unwrap_or("");
                match values.value(key, pt) {
                    Some(v) => out.push_str(&v),
                    None => {
                        out.push_str(BLANK);
                        if !blanks.iter().any(|b: &String| b == key) {
                            blanks.push(key.to_string());
                        }
                    }
                }
                rest = after.get(end + 1..).unwrap_or("");
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    (out, blanks)
}

fn recipient_id(r: Recipient) -> &'static str {
    match r {
        Recipient::Employer => "employer",
        Recipient::SocialSecurity => "social_security",
        Recipient::Aima => "aima",
    }
}

pub fn fill(def: &LetterDef, values: &LetterValues) -> FilledLetter {
    let (pt, mut blanks) = render(&def.body.pt, values, true);
    let (en, blanks_en) = render(&def.body.en, values, false);
    for b in blanks_en {
        if !blanks.contains(&b) {
            blanks.push(b);
        }
    }
    FilledLetter {
        id: def.id.clone(),
        recipient: recipient_id(def.recipient).to_string(),
        subject: def.subject.clone(),
        body: Text::new(pt, en),
        blanks,
        notice: Text::new(
            "Rascunho para copiar: o Amparo não envia nada. Preencha os espaços em branco e confirme os dados antes de enviar.",
            "A draft to copy: Amparo sends nothing. Fill in the blanks and check the details before sending it.",
        ),
        source: def.source(),
    }
}
