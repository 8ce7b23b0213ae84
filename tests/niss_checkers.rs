//! NISS and NIF checkers: every public vector of research §8 both ways, the problems, and
//! property tests (exactly one check digit per prefix; no input panics).

use amparo::niss::checkers::{nif_check_digit, niss_check_digit};
use amparo::niss::{check_nif, check_niss};
use proptest::prelude::*;

/// The message in Portuguese / English, for the tests that check wording.
fn pt(m: &amparo::message::Msg) -> String {
    amparo::i18n::render(amparo::i18n::Lang::Pt, m)
}
fn en(m: &amparo::message::Msg) -> String {
    amparo::i18n::render(amparo::i18n::Lang::En, m)
}

const VALID_NISS: &[&str] = &[
    "12345678910",
    "12109072813",
    "10158266749",
    "13071480279",
    "11115611236",
    "23456789233",
    "13456789232",
    "12060903799",
    "12073833086",
];

#[test]
fn public_valid_niss_vectors_pass() {
    for n in VALID_NISS {
        let c = check_niss(n);
        assert!(c.valid, "{n}: {c:?}");
        assert_eq!(c.normalized.as_deref(), Some(*n));
    }
}

#[test]
fn public_invalid_niss_vectors_fail_with_the_right_problem() {
    let cases: &[(&str, &str)] = &[
        ("12109272813", "check_digit"),
        ("12109072812", "check_digit"),
        ("11115611235", "check_digit"),
        ("02109072813", "unknown_prefix"),
        ("1234567890", "length"),
        ("012345678910", "length"),
        ("99999999999", "unknown_prefix"),
        // Listed next to valid ones in a public README, but it fails the checksum.
        ("12060904475", "check_digit"),
    ];
    for (n, problem) in cases {
        let c = check_niss(n);
        assert!(!c.valid, "{n} must be invalid");
        assert_eq!(c.problem.as_deref(), Some(*problem), "{n}: {c:?}");
    }
}

#[test]
fn niss_person_and_entity() {
    let p = check_niss("12345678910");
    assert_eq!((p.kind.as_str(), p.problem.as_deref(), p.person), ("person", None, true));
    let e = check_niss("23456789233");
    assert!(e.valid, "an entity NISS is a valid number");
    assert_eq!((e.kind.as_str(), e.problem.as_deref(), e.person), ("entity", Some("entity_not_person"), false));
    assert!(en(&e.message).contains("entity") && pt(&e.message).contains("entidade"));
}

#[test]
fn niss_accepts_spaces_dots_and_hyphens() {
    for typed in ["123 456 789 10", "123.456.789.10", "123-456-789-10", " 12345678910 ", "1 2\u{a0}3\t45678910"] {
        let c = check_niss(typed);
        assert!(c.valid, "{typed:?}: {c:?}");
        assert_eq!(c.normalized.as_deref(), Some("12345678910"));
    }
}

#[test]
fn niss_problems_empty_and_non_digit() {
    for empty in ["", "   ", " . - "] {
        assert_eq!(check_niss(empty).problem.as_deref(), Some("empty"), "{empty:?}");
    }
    let c = check_niss("1234567891O"); // letter O instead of zero
    assert_eq!(c.problem.as_deref(), Some("non_digit"));
    assert_eq!(c.message.arg("char"), Some(&amparo::message::Arg::from("«O»")));
    assert!(en(&c.message).contains("«O»"), "{}", en(&c.message));
    // Non-ASCII digits are not digits here.
    assert_eq!(check_niss("١٢٣٤٥٦٧٨٩١٠").problem.as_deref(), Some("non_digit"));
}

#[test]
fn niss_check_digit_message_says_probably_mistyped_in_both_languages() {
    let c = check_niss("12109072812");
    assert!(en(&c.message).contains("probably one digit was mistyped"), "{}", en(&c.message));
    assert!(pt(&c.message).contains("provavelmente há um algarismo mal escrito"), "{}", pt(&c.message));
}

#[test]
fn id_check_serialises_with_the_contract_fields_first() {
    let json = serde_json::to_string(&check_niss("12109072812")).expect("json");
    // A number that fails its check is nobody's: its kind is not reported as a person's.
    assert!(
        json.starts_with(r#"{"valid":false,"kind":"unknown","problem":"check_digit","message":{"code":"niss-idcheck-niss-check_digit","args":{}},"#),
        "{json}"
    );
    let ok = serde_json::to_string(&check_nif("123456789")).expect("json");
    assert!(
        ok.starts_with(r#"{"valid":true,"kind":"person","problem":null,"message":{"code":"niss-idcheck-nif-ok","#),
        "{ok}"
    );
    let v: serde_json::Value = serde_json::from_str(&ok).expect("json");
    assert_eq!(v["message"]["args"]["kind"]["code"], "niss-nif-kind-person");
}

#[test]
fn public_nif_vectors_both_ways() {
    let valid: &[(&str, &str, bool)] = &[
        ("501964843", "company", false),
        ("123456789", "person", true),
        ("291659411", "person", true),
        ("720014360", "investment_fund", false),
        ("291633170", "person", true),
        ("980547490", "non_resident_no_establishment", false),
        ("510837620", "company", false),
    ];
    for (n, kind, person) in valid {
        let c = check_nif(n);
        assert!(c.valid, "{n}: {c:?}");
        assert_eq!(c.kind, *kind, "{n}");
        assert_eq!(c.person, *person, "{n}");
        let expected_problem = if *person { None } else { Some("entity_not_person") };
        assert_eq!(c.problem.as_deref(), expected_problem, "{n}");
    }
    for n in ["501964842", "281234500"] {
        let c = check_nif(n);
        assert!(!c.valid, "{n}");
        assert_eq!(c.problem.as_deref(), Some("check_digit"), "{n}");
    }
}

/// Builds a NIF with a correct check digit from 8 digits.
fn nif_with(first_eight: [u8; 8]) -> String {
    let d = nif_check_digit(&first_eight);
    first_eight.iter().chain(std::iter::once(&d)).map(|x| char::from(b'0' + x)).collect()
}

#[test]
fn nif_ranges_are_reported() {
    let cases: &[([u8; 2], &str)] = &[
        ([1, 0], "person"),
        ([2, 9], "person"),
        ([3, 0], "person"),
        ([4, 5], "non_resident_person"),
        ([5, 0], "company"),
        ([6, 0], "public_body"),
        ([7, 0], "estate"),
        ([7, 4], "estate"),
        ([7, 5], "estate"),
        ([7, 1], "non_resident_company"),
        ([7, 2], "investment_fund"),
        ([7, 7], "ex_officio"),
        ([7, 8], "vat_refund_non_resident"),
        ([7, 9], "exceptional_regime"),
        ([8, 0], "obsolete_sole_trader"),
        ([9, 0], "condominium_or_irregular"),
        ([9, 1], "condominium_or_irregular"),
        ([9, 8], "non_resident_no_establishment"),
        ([9, 9], "civil_company"),
    ];
    for ([a, b], kind) in cases {
        let n = nif_with([*a, *b, 3, 4, 5, 6, 7, 8]);
        let c = check_nif(&n);
        assert_eq!(c.kind, *kind, "{n}");
        match *kind {
            "person" | "non_resident_person" => assert!(c.valid && c.problem.is_none() && c.person, "{n}: {c:?}"),
            // Decision: the obsolete sole-trader range is not valid.
            "obsolete_sole_trader" => {
                assert!(!c.valid && c.problem.as_deref() == Some("obsolete_prefix"), "{n}: {c:?}")
            }
            _ => assert!(c.valid && c.problem.as_deref() == Some("entity_not_person") && !c.person, "{n}: {c:?}"),
        }
    }
    for prefix in [[0u8, 1], [4, 0], [4, 4], [7, 3], [7, 6], [9, 2], [9, 5], [9, 7]] {
        let n = nif_with([prefix[0], prefix[1], 3, 4, 5, 6, 7, 8]);
        assert_eq!(check_nif(&n).problem.as_deref(), Some("unknown_prefix"), "{n}");
    }
}

#[test]
fn nif_accepts_separators_and_a_pt_prefix() {
    for typed in ["123 456 789", "123.456.789", "123-456-789", "PT123456789", "pt 123 456 789"] {
        let c = check_nif(typed);
        assert!(c.valid, "{typed:?}: {c:?}");
        assert_eq!(c.normalized.as_deref(), Some("123456789"));
    }
    assert_eq!(check_nif("12345678").problem.as_deref(), Some("length"));
    assert_eq!(check_nif("1234567890").problem.as_deref(), Some("length"));
    assert_eq!(check_nif("12345678x").problem.as_deref(), Some("non_digit"));
    assert_eq!(check_nif("").problem.as_deref(), Some("empty"));
    assert_eq!(check_nif("PT").problem.as_deref(), Some("empty"));
}

#[test]
fn nif_check_digit_agrees_with_the_other_published_form() {
    // python-stdnum writes it as (11 - S) % 11 % 10; both forms must agree on every prefix sum.
    for a in 0..10u8 {
        for b in 0..10u8 {
            for c in 0..10u8 {
                let eight = [a, b, c, 9, 1, 4, 0, 7];
                let s: u32 = eight.iter().zip([9u32, 8, 7, 6, 5, 4, 3, 2]).map(|(d, w)| u32::from(*d) * w).sum();
                let other = ((11 - (s % 11)) % 11) % 10;
                assert_eq!(u32::from(nif_check_digit(&eight)), other, "{eight:?}");
            }
        }
    }
}

proptest! {
    #[test]
    fn every_ten_digit_prefix_has_exactly_one_valid_niss(prefix in proptest::collection::vec(0u8..10, 10), first in 1u8..3) {
        let mut p = prefix.clone();
        p[0] = first;
        let base: String = p.iter().map(|d| char::from(b'0' + d)).collect();
        let valid: Vec<u8> = (0..10u8).filter(|d| check_niss(&format!("{base}{d}")).valid).collect();
        prop_assert_eq!(valid.len(), 1);
        let mut ten = [0u8; 10];
        ten.copy_from_slice(&p);
        prop_assert_eq!(valid[0], niss_check_digit(&ten));
    }

    #[test]
    fn checkers_never_panic(s in any::<String>()) {
        let a = check_niss(&s);
        let b = check_nif(&s);
        prop_assert!(!pt(&a.message).is_empty() && !en(&a.message).is_empty());
        prop_assert!(!pt(&b.message).is_empty() && !en(&b.message).is_empty());
        prop_assert_eq!(a.valid, a.problem.is_none() || a.problem.as_deref() == Some("entity_not_person"));
    }

    #[test]
    fn checkers_never_panic_on_digit_like_strings(s in "[0-9 .\\-PpTt١٢]{0,30}") {
        let _ = check_niss(&s);
        let _ = check_nif(&s);
    }
}
