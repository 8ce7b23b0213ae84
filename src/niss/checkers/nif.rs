//! The NIF checker (the NISS's twin in `checkers`): a leading `PT` ignored, the range by the
//! leading digits, the check digit, and the generic "consumidor final" number.

use super::{Digits, GENERIC_CONSUMER_NIF, IdCheck, NifKind, Problem, digits_of, nif_check_digit, nif_kind, result, shown, text_of};

fn strip_pt_prefix(input: &str) -> &str {
    let t = input.trim_start();
    let mut chars = t.char_indices();
    match (chars.next(), chars.next()) {
        (Some((_, a)), Some((i, b))) if a.eq_ignore_ascii_case(&'p') && b.eq_ignore_ascii_case(&'t') => {
            t.get(i + b.len_utf8()..).unwrap_or("")
        }
        _ => input,
    }
}

/// Checks a NIF as a person would type it.
pub fn check_nif(input: &str) -> IdCheck {
    const ID: &str = "nif";
    let digits = match digits_of(strip_pt_prefix(input)) {
        Digits::Empty => {
            return result(
                ID,
                false,
                "unknown",
                Some(Problem::Empty),
                "Não foi escrito nenhum número. O NIF tem 9 algarismos.".into(),
                "No number was typed. A NIF has 9 digits.".into(),
                None,
                false,
            );
        }
        Digits::NonDigit(c) => {
            return result(
                ID,
                false,
                "unknown",
                Some(Problem::NonDigit),
                format!(
                    "O NIF só tem algarismos, mas o texto inclui {}. Pode usar espaços, pontos ou hífenes para separar.",
                    shown(c)
                ),
                format!(
                    "A NIF has digits only, but the text includes {}. Spaces, dots or hyphens may be used as separators.",
                    shown(c)
                ),
                None,
                false,
            );
        }
        Digits::Ok(d) => d,
    };
    let normalized = Some(text_of(&digits));
    if digits.len() != 9 {
        return result(
            ID,
            false,
            "unknown",
            Some(Problem::Length),
            format!("Tem {} algarismos; o NIF tem 9. Confirme no documento das Finanças.", digits.len()),
            format!("It has {} digits; a NIF has 9. Check it against the tax office document.", digits.len()),
            normalized,
            false,
        );
    }
    if normalized.as_deref() == Some(GENERIC_CONSUMER_NIF) {
        return result(
            ID,
            false,
            "generic_final_consumer",
            Some(Problem::GenericConsumer),
            "999 999 990 é o NIF genérico de «consumidor final», impresso nas faturas quando não se indica nenhum NIF. Não é o número de ninguém: não o use como o seu. O seu NIF pessoal começa por 1, 2, 3 ou 45 e vem no documento das Finanças (ou no Cartão de Cidadão).".into(),
            "999 999 990 is the generic \"consumidor final\" (final consumer) NIF, printed on receipts when no NIF is given. It is nobody's number: do not use it as yours. Your personal NIF starts with 1, 2, 3 or 45 and is on the tax office document (or the Citizen Card).".into(),
            normalized,
            false,
        );
    }
    let first = digits.first().copied().unwrap_or(0);
    let second = digits.get(1).copied().unwrap_or(0);
    let Some(kind) = nif_kind(first, second) else {
        return result(
            ID,
            false,
            "unknown",
            Some(Problem::UnknownPrefix),
            format!("Nenhum NIF em uso começa por {first}{second}. Confirme o número."),
            format!("No NIF in use starts with {first}{second}. Check the number."),
            normalized,
            false,
        );
    };
    let mut first_eight = [0u8; 8];
    for (slot, d) in first_eight.iter_mut().zip(digits.iter()) {
        *slot = *d;
    }
    let expected = nif_check_digit(&first_eight);
    let last = digits.get(8).copied().unwrap_or(u8::MAX);
    let (label_pt, label_en) = kind.label();
    if expected != last {
        return result(
            ID,
            false,
            "unknown",
            Some(Problem::CheckDigit),
            "O algarismo de controlo não confere: provavelmente há um algarismo mal escrito (ou dois trocados). Compare com o documento das Finanças.".into(),
            "The check digit does not match: probably one digit was mistyped (or two were swapped). Compare it with the tax office document.".into(),
            normalized,
            false,
        );
    }
    if kind == NifKind::ObsoleteSoleTrader {
        return result(
            ID,
            false,
            kind.as_str(),
            Some(Problem::ObsoletePrefix),
            "Os NIF começados por 8 eram de empresários em nome individual e já não são usados; hoje o empresário usa o seu NIF pessoal.".into(),
            "NIFs starting with 8 belonged to sole traders and are no longer used; a sole trader now uses their personal NIF.".into(),
            normalized,
            false,
        );
    }
    if !kind.is_person() {
        return result(
            ID,
            true,
            kind.as_str(),
            Some(Problem::EntityNotPerson),
            format!(
                "É um NIF válido, mas de {label_pt}, não de uma pessoa. O NIF de uma pessoa começa por 1, 2, 3 ou 45."
            ),
            format!(
                "This is a valid NIF, but it belongs to {label_en}, not to a person. A person's NIF starts with 1, 2, 3 or 45."
            ),
            normalized,
            false,
        );
    }
    result(
        ID,
        true,
        kind.as_str(),
        None,
        format!(
            "O NIF tem um formato válido, é de {label_pt} e o algarismo de controlo confere. Isto não prova que o número seja seu."
        ),
        format!(
            "The NIF is well formed, belongs to {label_en} and its check digit matches. This does not prove the number is yours."
        ),
        normalized,
        true,
    )
}
