# The survivors' benefits engine's words (en): reasons, questions, steps, headlines and notices
# (`surv-…`), and the rules table's words: `rule-<id>`, `param-<id>`, `note-<parameter>-<date>`.

surv-ask-alimony_monthly = How much court-set alimony did they receive a month (0 if none)?
surv-ask-amount = How much did the funeral cost (total of the invoices)?
surv-ask-at_risk = Have the social services flagged a situation of risk or social dysfunction?
surv-ask-birth_date = What is the date of birth?
surv-ask-birth_date-what-their-date-birth = What is their date of birth? (Their age at the death decides how long the pension lasts.)
surv-ask-collateral_degree = What is the degree of kinship (siblings 2; uncles, aunts, nephews and nieces 3; in-laws in the direct line 1)?
surv-ask-common_child = Do they have a child with the person who died, born or unborn?
surv-ask-common_child-do-they-have-children = Do they have children with the person who died, born or unborn?
surv-ask-contribution_months = How many months of contributions did the person who died have?
surv-ask-contribution_months-how-many-months-contributions = How many months of contributions did the person who died have? (See Segurança Social Direta or the earnings statement.)
surv-ask-death_cause = Was the death caused by an illness or an accident?
surv-ask-dependent_on_deceased = Was this person supported by the person who died?
surv-ask-disabled = Do they have a recognised disability?
surv-ask-disabled-do-they-have-recognised = Do they have a recognised disability or incapacity?
surv-ask-education = Are they enrolled in any education (secondary, higher or postgraduate)?
surv-ask-emancipated = Are they emancipated (married)?
surv-ask-household_monthly_income = What is the gross monthly income of the whole household (those living with the orphan and sharing expenses)?
surv-ask-household_size = How many people are in the household, the orphan included?
surv-ask-illness_began_after_marriage = Did the illness begin or show itself after the marriage?
surv-ask-judicially_separated = Was this spouse judicially separated from the person who died (separation of persons and property, decided by a court or registry)?
surv-ask-lived_with_deceased = Did they live with the person who died in the same home, sharing expenses (common household)?
surv-ask-marriage_date = On what date did they marry?
surv-ask-monthly_income = What is the orphan's gross monthly income (0 if none)?
surv-ask-monthly_income-what-their-gross-monthly = What is their gross monthly income (wages, rents, other; 0 if none)?
surv-ask-national_or_equivalent = Are they Portuguese or treated as Portuguese?
surv-ask-national_or_equivalent-widow = Are they Portuguese or treated as Portuguese (for example, with a valid residence permit)?
surv-ask-no_alimony_deceased_lacked_means = Did a court recognise that the person who died did not have the means to pay alimony?
surv-ask-own_pension = Are they entitled to a pension of their own (old-age, invalidity or other, from any scheme)?
surv-ask-paid_by = Who paid for the funeral?
surv-ask-reference_pension = What old-age or invalidity pension did (or would) the person who died receive a month?
surv-ask-resident = Did the person who died live in Portugal?
surv-ask-resident-does-person-paid-funeral = Does the person who paid for the funeral live in Portugal?
surv-ask-resident-orphan = Do they live in Portugal?
surv-ask-scheme = Which social security scheme did the person who died contribute to?
surv-ask-social_pension_recipient = Did the person who died receive the social pension (old-age or invalidity)?
surv-ask-union_start_date = Since when did they live together as a couple (união de facto)?
surv-ask-union_start_date-since-when-they-live = Since when did they live together as a couple (união de facto)?
surv-ask-works_compulsory_scheme = Do they work with compulsory Social Security contributions (outside school holidays)?
surv-ask-works_compulsory_scheme-orphan = Do they work with compulsory Social Security contributions?
surv-benefit-death_grant = Death grant
surv-benefit-funeral_allowance = Funeral allowance
surv-benefit-funeral_expenses_refund = Reimbursement of funeral expenses
surv-benefit-orphans_pension = Orphan's pension
surv-benefit-survivors_pension = Survivor's pension
surv-benefit-widows_pension = Widow(er)'s pension
surv-class-ascendants = Ascendants
surv-class-descendants = Descendants
surv-class-spouses = Spouses and partners
surv-death_grant-agricultural_special-info = In the special agricultural scheme (RESSAA) the amount could not be confirmed: the general scheme's is shown, but it may be lower.
surv-death_grant-amount-met = The death grant is { $multiple } times the IAS in force at the death.
surv-death_grant-deadline = Claim by { $date } ({ $months } months from the death; some sources count in days).
surv-death_grant-family-info = Family members must meet the same conditions as for the survivor's pension.
surv-death_grant-family-info-no-one-family-given = No one in the family given meets the conditions.
surv-death_grant-headline-eligible = You are probably entitled: { $total } once, for { $people ->
        [one] { $people } person
       *[other] { $people } people
    }.
surv-death_grant-headline-needs-info = More answers are needed to decide the death grant.
surv-death_grant-headline-not-eligible = You are probably not entitled to the death grant.
surv-death_grant-order-info = Family members are entitled, so other relatives do not receive it.
surv-death_grant-order-met = No spouse or descendant is entitled: the ascendants receive it.
surv-death_grant-other_relatives-info = No family member is entitled: the grant may go to other relatives or in-laws, in the direct line or up to degree { $max_degree } of the collateral line.
surv-death_grant-other_relatives-met = { $who } is a relative or in-law in the direct line.
surv-death_grant-other_relatives-too-far = { $who } is a relative of degree { $degree }, beyond the { $max_degree } allowed.
surv-death_grant-other_relatives-within = { $who } is a relative or in-law of degree { $degree }, within the { $max_degree } allowed.
surv-death_grant-other_relatives_conditions-met = { $who } lived with the person who died in a common household.
surv-death_grant-other_relatives_conditions-not-met = { $who } did not live with the person who died in a common household.
surv-death_grant-other_relatives_order-met = The closest receive it: first the direct line down, then up, then the others; and in each, the nearest degree.
surv-death_grant-scheme-agricultural = The special agricultural scheme is a compulsory contributory scheme: no qualifying period is required.
surv-death_grant-scheme-general = The general scheme requires no qualifying period.
surv-death_grant-scheme-voluntary-months = Voluntary insurance needs { $needed } months of contributions; the person who died had { $had }.
surv-death_grant-split-met = There are both a spouse and descendants: the grant is divided between the two groups.
surv-death_grant-split-met-group = Equal shares inside the group ({ $group }).
surv-death_grant-union_then_marriage-info = This exception is read as applying to the death grant too (the spouse's conditions are the same for both benefits).
surv-family-ascendants_last-not-met = { $who } is not entitled because a spouse, partner or descendant is.
surv-family-dependent-met = { $who } was supported by the person who died.
surv-family-dependent-not-met = { $who } was not supported by the person who died.
surv-family-descendant_age-not-studying = { $who } was { $age } and not studying.
surv-family-descendant_age-over-limit = { $who } was { $age }: the limit{ $study ->
        [secondary_higher] {" "}in secondary or higher education
        [postgraduate] {" "}in postgraduate studies or a mandatory internship
       *[none] {""}
    } is { $limit }.
surv-family-descendant_age-posthumous = { $who } was or will be born after the death: entitled from birth.
surv-family-descendant_age-studying = { $who } was { $age } and studying{ $study ->
        [secondary_higher] {" "}in secondary or higher education
        [postgraduate] {" "}in postgraduate studies or a mandatory internship
       *[none] {""}
    }: the limit is { $limit }.
surv-family-descendant_age-under-base = { $who } was { $age } at the death: under { $base }.
surv-family-descendant_age_limit_reading-info = The limit "up to { $limit }" is read as up to the day before the { $limit }th birthday.
surv-family-descendant_disability-met = { $who } has a disability: there is no age limit.
surv-family-descendant_work-not-met = { $who } works with compulsory contributions (unless holiday work or a low yearly income, not stated).
surv-family-disabled_work_reading-info = { $who } works with contributions, but the no-work condition is read as applying to students only: the right stays while the disability benefit or the PSI is received.
surv-family-ex_spouse_alimony-info = { $who } was not receiving alimony from the person who died at the death.
surv-family-ex_spouse_alimony-met = { $who } received { $alimony } a month in alimony.
surv-family-ex_spouse_alimony-not-met = { $who } was not receiving alimony from the person who died at the death, and no court recognised that the person who died lacked the means.
surv-family-ex_spouse_no_means-met = { $who } received no alimony only because a court recognised that the person who died could not pay it.
surv-family-judicially_separated-info = { $who } was judicially separated: the ex-spouse rules apply.
surv-family-new_union_ends-not-met = { $who } has remarried or lives with a new partner as a couple, which ends the entitlement.
surv-family-new_union_ends-not-met-has-remarried-lives-new = { $who } has remarried or lives in a new union.
surv-family-other_relative_not_titular-info = { $who } is not a spouse, descendant or ascendant.
surv-family-partner-spouse-separated = { $spouse } and the person who died were judicially separated: { $who }'s union (living together as a couple) can count.
surv-family-partner-undissolved-marriage = The person who died was still married to { $spouse }: living together as a couple beside an undissolved marriage gives no right.
surv-family-partner_union-met = { $who } lived together as a couple (união de facto) since { $union_start }: more than { $years } years.
surv-family-partner_union-not-met = { $who }'s union (living together as a couple) began on { $union_start }: it had not passed { $years } years at the death.
surv-family-spouse_exceptions-accident = The death was caused by an accident.
surv-family-spouse_exceptions-child = { $who } has a child with the person who died (born or unborn).
surv-family-spouse_exceptions-illness = The illness that caused the death began after the marriage.
surv-family-spouse_exceptions-none = No exception applies to { $who }'s marriage of less than { $min_years ->
        [one] { $min_years } year
       *[other] { $min_years } years
    }.
surv-family-spouse_exceptions-union = Living together as a couple since { $union_start } and the marriage add up to more than { $union_years } years.
surv-family-spouse_marriage-info = { $who }'s marriage ({ $married }) lasted less than { $min_years ->
        [one] { $min_years } year
       *[other] { $min_years } years
    }; checking for an exception.
surv-family-spouse_marriage-met = { $who } married the person who died on { $married }: the marriage lasted at least { $min_years ->
        [one] { $min_years } year
       *[other] { $min_years } years
    }.
surv-from-born-after-death = { $who } was born after the death: paid from birth ({ $birth }).
surv-from-late-claim-after-birth = Claimed after the time limit counted from the birth ({ $deadline }): paid from the month after the claim.
surv-from-unborn = { $who } is not born yet: it is paid from birth; claim it in the months after the birth.
surv-funeral_allowance-deadline = Claim by { $date }: { $window } months from the 1st day of the month after the death.
surv-funeral_allowance-deceased_resident-met = The person who died lived in Portugal.
surv-funeral_allowance-deceased_resident-not-met = The person who died did not live in Portugal.
surv-funeral_allowance-fixed_amount-met = The funeral allowance is { $amount }.
surv-funeral_allowance-headline-eligible = You are probably entitled: { $amount } once, to whoever paid the funeral.
surv-funeral_allowance-headline-needs-info = More answers are needed to decide the funeral allowance.
surv-funeral_allowance-headline-not-eligible = You are probably not entitled to the funeral allowance.
surv-funeral_allowance-met-person-paid-funeral-lives = The person who paid the funeral lives in Portugal; they must prove the payment (the funeral agency's original receipt).
surv-funeral_allowance-not-met-no-funeral-expenses-paid = No funeral expenses paid were given.
surv-funeral_allowance-not-met-person-paid-funeral-does = The person who paid the funeral does not live in Portugal.
surv-funeral_allowance-not_cumulable-death-grant-unknown = Someone is entitled to the death grant (its amount for this date is not in the table), and it cannot be combined with the funeral allowance.
surv-funeral_allowance-not_cumulable-met = There is no entitlement to the death grant or the reimbursement of funeral expenses.
surv-funeral_allowance-not_cumulable-other-eligible = The { $other ->
        [death_grant] death grant
       *[funeral_expenses_refund] reimbursement of funeral expenses
    } is likely due, and it cannot be combined with the funeral allowance.
surv-funeral_allowance-not_cumulable-other-first = The { $other ->
        [death_grant] death grant
       *[funeral_expenses_refund] reimbursement of funeral expenses
    } must be decided first.
surv-funeral_allowance-not_cumulable-other-unknown = The { $other ->
        [death_grant] death grant
       *[funeral_expenses_refund] reimbursement of funeral expenses
    } could not be estimated for this date, and this allowance depends on it.
surv-funeral_refund-cap-met = Actual expenses are reimbursed up to { $cap }.
surv-funeral_refund-deadline = Claim by { $date }: { $days } consecutive days from the registration of the death.
surv-funeral_refund-deadline-from-death = Claim by { $date }: the time limit is { $days } days from the registration of the death; without that date it is counted from the death, which gives the earliest possible date.
surv-funeral_refund-deadline-info = The time limit is { $days } consecutive days from the registration of the death.
surv-funeral_refund-death_grant-pending = First it must be known whether anyone is entitled to the death grant.
surv-funeral_refund-headline-eligible = You are probably entitled: { $amount } back to whoever paid the funeral.
surv-funeral_refund-headline-needs-info = More answers are needed to decide the reimbursement of funeral expenses.
surv-funeral_refund-headline-not-eligible = You are probably not entitled to the reimbursement of funeral expenses.
surv-funeral_refund-met = Nobody is entitled to the death grant.
surv-funeral_refund-met-deceased-had-had-months = The person who died had { $had } months of contributions.
surv-funeral_refund-not-met = Someone is entitled to the death grant, which replaces the reimbursement.
surv-funeral_refund-not-met-deceased-had-no-contribution = The person who died had no contribution record ({ $min_months ->
        [one] { $min_months } month
       *[other] { $min_months } months
    } needed, according to some sources).
surv-funeral_refund-not-met-deceased-not-registered-social = The person who died was not registered in a social security scheme.
surv-funeral_refund-not-met-no-funeral-expenses-were = No funeral expenses were given.
surv-funeral_refund-not-met-someone-entitled-death-grant = Someone is entitled to the death grant (its amount for this date is not in the table), which replaces the reimbursement.
surv-funeral_refund-paid-by = The funeral was paid by { $payer }: { $spent }. Keep the original invoice and receipt.
surv-funeral_refund-voluntary_scheme-info = The person who died was in voluntary social insurance: the reimbursement is read as applying too, with the general scheme's cap.
surv-group-ascendants = ascendants
surv-group-descendants = descendants
surv-group-others = other relatives and in-laws
surv-group-spouses = spouses and partners
surv-headline-value-unknown = This benefit cannot be estimated: the rules table has no value of "{ $value }" in force on { $date }. Nothing was assumed.
surv-notice-estimate = This is an estimate from your answers, not a decision: only Social Security decides, once you claim.
surv-notice-projection = Projection: the table has no values for { $year } yet; the latest known ones ({ $latest }) are used. Real amounts will be updated.
surv-notice-unconfirmed = Some results use rules or values that could not be checked against the official text; they are marked.
surv-notice-value-unknown = The rules table lacks some legal values for this date: the benefits that depend on them are left unestimated, and the others were decided.
surv-orphans_pension-age-met = { $who } was { $age }: under { $limit }.
surv-orphans_pension-age-not-met = No children of the person who died were given.
surv-orphans_pension-age-not-met-age-not-under-limit = { $who } was { $age }: not under { $limit }.
surv-orphans_pension-amount-met = { $rate } of the social pension for { $orphans ->
        [one] { $orphans } orphan
       *[other] { $orphans } orphans
    }, shared equally.
surv-orphans_pension-column-with-spouse = with a spouse or ex-spouse
surv-orphans_pension-column-without-spouse = with no spouse or ex-spouse
surv-orphans_pension-deadline = Claim by { $date } to be paid from the month after the death; later, from the month after the claim.
surv-orphans_pension-deceased_short_record-met = The person who died contributed, but without the qualifying period for the survivor's pension: this counts as not covered.
surv-orphans_pension-emancipated = { $who } is emancipated.
surv-orphans_pension-headline-eligible = You are probably entitled: { $total } a month in all, for { $orphans ->
        [one] { $orphans } orphan
       *[other] { $orphans } orphans
    }.
surv-orphans_pension-headline-needs-info = More answers are needed to decide the orphan's pension.
surv-orphans_pension-headline-not-eligible = You are probably not entitled to the orphan's pension.
surv-orphans_pension-info = (a) is not met: the orphan's or the household's income is over the limit.
surv-orphans_pension-met = The person who died was not covered by any scheme.
surv-orphans_pension-met-b-income-per-person = (b) Income per person { $per_person } ≤ { $pp_limit } and a flagged risk situation.
surv-orphans_pension-met-s-income-own-own = (a) { $who }'s income { $own } ≤ { $own_limit } and the household's { $hh } ≤ { $hh_limit }.
surv-orphans_pension-national-met = { $who } is Portuguese or treated as such.
surv-orphans_pension-national-not-met = Not met: { $who } is Portuguese or treated as such.
surv-orphans_pension-not-met = The person who died was covered by a contributory scheme: the survivor's pension applies instead.
surv-orphans_pension-not-met-b-no-risk-situation = (b) No risk situation is flagged, and (a) is not met.
surv-orphans_pension-not_working-under-age = Under { $age }, work and emancipation are not asked about.
surv-orphans_pension-resident-met = { $who } lives in Portugal.
surv-orphans_pension-resident-not-met = Not met: { $who } lives in Portugal.
surv-orphans_pension-resources-per-person-over = (b) Income per person { $per_person } is over the limit of { $pp_limit }.
surv-orphans_pension-spouse_exists-info = The person who died left no spouse or ex-spouse: the table's "no spouse" column applies (a partner living together as a couple does not count).
surv-orphans_pension-spouse_exists-listed = The person who died left a spouse or ex-spouse ({ $spouses }): the table's "there is a spouse" column applies, whether or not they are entitled to a pension.
surv-orphans_pension-works = { $who } works with compulsory contributions.
surv-payer-unnamed = the person who paid
surv-scheme-none = The person who died was not covered by any contributory scheme.
surv-start-in-time = Claimed in time, it is paid from { $start }, the month after the death.
surv-start-late-claim = The claim, on { $claim }, is made after the time limit ({ $deadline }): payment starts on { $start }, not from the month after the death.
surv-step-death_grant = { $multiple } × IAS { $ias } = { $total }
surv-step-death_grant-equal-shares = { $share } ÷ { $n } { $group } = { $each } each{ $leftover ->
        [0] {""}
        [one] {" "}(1 extra cent to the first person listed)
       *[other] {" "}({ $leftover } extra cents, one each to the first { $leftover } people listed)
    }
surv-step-death_grant-groups = { $share } to { $first_group }: { $first }; the rest to { $second_group }: { $second }
surv-step-funeral_allowance = Fixed amount in { $year }: { $amount }
surv-step-funeral_refund = Cap: { $multiple } × IAS { $ias } = { $cap }
surv-step-funeral_refund-reimbursement-lower-spent-cap = Reimbursement: the lower of { $spent } and { $cap } = { $amount }
surv-step-orphans_pension = Limits: { $own_rate } × IAS = { $own_limit }; { $hh_mult } × IAS = { $hh_limit }; { $pp_rate } × IAS = { $pp_limit } (IAS { $ias })
surv-step-orphans_pension-equal-shares = { $total } ÷ { $n } = { $each } each
surv-step-orphans_pension-per-person = Income per person: { $income } ÷ { $size } = { $per_person }
surv-step-orphans_pension-rate = { $orphans ->
        [one] { $orphans } orphan
       *[other] { $orphans } orphans
    }, { $column }: { $rate } × social pension { $social } = { $total }
surv-step-survivors_pension = { $who }: share of { $share } capped at the alimony, { $alimony }
surv-step-survivors_pension-class = { $class } ({ $n ->
        [one] { $n } beneficiary
       *[other] { $n } beneficiaries
    }): { $rate } × { $base } = { $total }
surv-step-survivors_pension-equal-shares = { $total } ÷ { $n } = { $each } each{ $leftover ->
        [0] {""}
        [one] {" "}(the cent left over goes to the first person listed)
       *[other] {" "}(the { $leftover } cents left over go, one each, to the first { $leftover } people listed)
    }
surv-step-widows_pension = { $rate } × social pension { $social } = { $full }
surv-step-widows_pension-income-limit-rate-ias = Income limit: { $rate } × IAS { $ias } = { $limit }
surv-step-widows_pension-minimum-pension-minimum-own = { $who }: minimum pension { $minimum } − own social pension { $own } = { $room }
surv-step-yearly = { $who }: { $amount } × { $payments } payments = { $yearly } a year
surv-survivors_pension-class_rates-met = { $class }: { $rate } of the reference pension.
surv-survivors_pension-deadline = Claim by { $date } to be paid from the month after the death; later claims are paid from the month after the claim.
surv-survivors_pension-duration_exceptions-met = { $who } was under { $age_limit }, but is disabled or has children with the person who died: the pension is not limited to { $years } years.
surv-survivors_pension-duration_under_35-met = { $who } was { $age } at the death ({ $age_limit } or over): the pension is for life.
surv-survivors_pension-duration_under_35-met-under-age-limit-death = { $who } was under { $age_limit } at the death, with no children with the person who died and no disability: the pension lasts { $years } years.
surv-survivors_pension-equal_split-met = The class amount is shared equally among { $n } people.
surv-survivors_pension-ex_spouse_cap-met = { $who }'s pension is capped at the alimony received ({ $alimony }).
surv-survivors_pension-ex_spouse_cap_excess-info = The difference ({ $excess }) is not given to anyone in this estimate.
surv-survivors_pension-ex_spouse_cap_without_alimony-info = { $who } received no alimony: the alimony cap is not applied.
surv-survivors_pension-headline-eligible = You are probably entitled: { $total } a month in all, for { $people ->
        [one] { $people } person
       *[other] { $people } people
    }.
surv-survivors_pension-headline-needs-info = More answers are needed to decide the survivor's pension.
surv-survivors_pension-headline-not-eligible = You are probably not entitled to a survivor's pension.
surv-survivors_pension-payments-info = Paid { $payments } times a year (July and December included).
surv-survivors_pension-qualifying_period-months = The person who died had { $months } months of contributions; at least { $needed } are needed.
surv-survivors_pension-reference_pension-info = Reference pension of the person who died: { $base } a month.
surv-until-age-enrolment = Until turning { $limit }, while enrolment{ $study ->
        [secondary_higher] {" "}in secondary or higher education
        [postgraduate] {" "}in postgraduate studies or a mandatory internship
       *[none] {""}
    } is proved.
surv-until-age-posthumous = Until turning { $base } (or longer if studying).
surv-until-age-study = Until turning { $limit }{ $study ->
        [secondary_higher] {" "}in secondary or higher education
        [postgraduate] {" "}in postgraduate studies or a mandatory internship
       *[none] {""}
    }.
surv-until-conditions-last = While the conditions last.
surv-until-disabled = No age limit, while the disability lasts.
surv-until-life = For life, unless they remarry or start living with a new partner as a couple.
surv-until-orphans-age = Until turning { $limit } or emancipation, while the means test is met.
surv-until-widows-means-test = While the means test is met; it ends on remarriage or living with a new partner as a couple.
surv-until-years = Paid for { $years } years.
surv-widows_pension-amount-met = The widow(er)'s pension is { $rate } of the social pension.
surv-widows_pension-cumulation_cap-met = With their own social pension, the total cannot exceed the minimum pension ({ $minimum }).
surv-widows_pension-deadline = Claim by { $date } for payment from the month after the death.
surv-widows_pension-deceased-met = The person who died received the social pension.
surv-widows_pension-deceased-not-met = The person who died did not receive the social pension.
surv-widows_pension-headline-eligible = You are probably entitled: { $total } a month.
surv-widows_pension-headline-needs-info = More answers are needed to decide the widow(er)'s pension.
surv-widows_pension-headline-not-eligible = You are probably not entitled to the widow(er)'s pension.
surv-widows_pension-income = { $who }'s gross monthly income: { $income } (limit { $limit }).
surv-widows_pension-national = { $met ->
        [no] Not met: { $who } is Portuguese or treated as such.
       *[yes] { $who } is Portuguese or treated as such.
    }
surv-widows_pension-no-own-pension = { $met ->
        [no] Not met: { $who } has no pension of their own.
       *[yes] { $who } has no pension of their own.
    }
surv-widows_pension-relation-not-met = { $who } is an ex-spouse: the widow(er)'s pension is only for the spouse or partner.
surv-widows_pension-relation-not-met-judicially-separated-from-deceased = { $who } was judicially separated from the person who died: like an ex-spouse, they are not entitled to the widow(er)'s pension.
surv-widows_pension-relation-not-met-no-spouse-partner-given = No spouse or partner was given.
surv-widows_pension-relationship_length-met = Married since { $married }: more than { $years ->
        [one] { $years } year
       *[other] { $years } years
    }.
surv-widows_pension-relationship_length-met-union-fact-since-union = Union of fact since { $union_start }: more than { $years ->
        [one] { $years } year
       *[other] { $years } years
    }.
surv-widows_pension-relationship_length-not-met = Married since { $married }: not more than { $years ->
        [one] { $years } year
       *[other] { $years } years
    }.
surv-widows_pension-relationship_length-not-met-union-fact-since-union = Union of fact since { $union_start }: not more than { $years ->
        [one] { $years } year
       *[other] { $years } years
    }.
surv-widows_pension-resident = { $met ->
        [no] Not met: { $who } lives in Portugal.
       *[yes] { $who } lives in Portugal.
    }

## The rules table (src/rules/survivors.json): what each rule and parameter is, and notes on values.
param-ias = Social support index (IAS), monthly value
note-ias-2021-01-01 = The IAS was not updated in 2021; the legal mechanism was not identified.
param-social_pension = Social pension (non-contributory old-age and invalidity), monthly base amount
note-social_pension-2023-07-01 = Interim mid-year update in 2023.
note-social_pension-2026-01-01 = No source consulted states this value directly.
param-minimum_pension = General-scheme minimum pension (careers under 15 years): cap on combining the widow(er)'s pension with the social pension
note-minimum_pension-2019-01-01 = Computed: 2020's 275.30 € ÷ 1.007 (the 0.7 % update of the lowest pensions in 2020); no stored source confirms it.
note-minimum_pension-2021-01-01 = There was no regular pension update in 2021; the 2020 value stands.
note-minimum_pension-2023-01-01 = Computed: 2022's 278.05 € × 1.0483 (the January 2023 update of pensions up to 2 IAS, the same that took the social pension from 213.91 € to 224.24 €); no stored source confirms it.
param-funeral_allowance-amount = Funeral allowance: fixed amount
note-funeral_allowance-amount-2019-08-28 = The value in force from 1 January to 27 August 2019 (Portaria 160/2018) was not found.
note-funeral_allowance-amount-2026-01-01 = The number of the 2026 Portaria was not identified.
param-funeral_allowance-claim_window_months = Funeral allowance: months to claim, from the 1st day of the month after the death
param-survivors_pension-qualifying_months-general = Survivor's pension: qualifying period in the general scheme (months with registered earnings)
param-survivors_pension-qualifying_months-agricultural_special = Survivor's pension: qualifying period in the special agricultural (rural) scheme (months)
note-survivors_pension-qualifying_months-agricultural_special-1990-10-18 = Sources give the rural scheme the same period as the general scheme.
param-survivors_pension-qualifying_months-voluntary = Survivor's pension: qualifying period in voluntary social insurance (months of contributions)
param-survivors_pension-rate-spouses = Survivor's pension: rate for spouses, ex-spouses and partners (1 person; 2 or more)
param-survivors_pension-rate-descendants_with_spouse = Survivor's pension: rate for descendants when a spouse or ex-spouse is entitled (1; 2; 3 or more)
param-survivors_pension-rate-descendants_without_spouse = Survivor's pension: rate for descendants with no spouse or ex-spouse entitled (doubled)
param-survivors_pension-rate-ascendants = Survivor's pension: rate for ascendants (1; 2; 3 or more)
param-survivors_pension-marriage_min_years = Survivor's pension: minimum length of the marriage, save exceptions (years)
param-survivors_pension-union_min_years = Union of fact: length that must be exceeded (years); also the union + marriage total that waives the one-year marriage rule
param-descendants-age_limit = Descendants: age below which they always qualify (years)
param-descendants-age_limit_secondary_higher = Descendants: age limit when enrolled in secondary, post-secondary or higher education (years)
param-descendants-age_limit_postgraduate = Descendants: age limit in postgraduate, master's or doctoral studies or a mandatory internship (years)
param-survivors_pension-short_duration_age = Survivor's pension: age of the spouse or partner below which the pension is temporary (years)
note-survivors_pension-short_duration_age-1990-10-18 = Secondary sources only (SSA 2003, Expresso 2023); the article of DL 322/90 was not found.
param-survivors_pension-short_duration_years = Survivor's pension: duration of the temporary pension (years)
param-pension-payments_per_year = Pensions: payments a year (12 months plus July and December)
param-survivors_pension-claim_window_months = Survivor's pension: months, from the month after the death, to claim and be paid from the month after the death
param-non_contributory-claim_window_months = Widow(er)'s and orphan's pensions: months, from the month after the death, to claim and be paid from the month after the death
note-non_contributory-claim_window_months-1990-10-18 = The official widow(er)'s pension page (2024) literally says 'from the month after the claim' in both cases.
param-death_grant-ias_multiple = Death grant: amount as a multiple of the IAS
param-death_grant-qualifying_months-voluntary = Death grant: qualifying period in voluntary social insurance (months)
param-death_grant-spouse_group_share = Death grant: share of the spouse group when descendants are also entitled
note-death_grant-spouse_group_share-1990-10-18 = Confirmed only for the CGA (public-sector) regime; in the general scheme only the order of priority is confirmed.
param-death_grant-other_relatives_max_collateral_degree = Death grant: furthest collateral degree of other relatives when no family member is entitled
param-death_grant-claim_window_months = Death grant: time to claim, in months from the death
note-death_grant-claim_window_months-1990-10-18 = Some sources say 180 days.
param-funeral_refund-cap_ias_multiple = Reimbursement of funeral expenses: cap as a multiple of the IAS
param-funeral_refund-cap_ias_multiple_agricultural = Reimbursement of funeral expenses: cap for the special agricultural scheme (RESSAA), as a multiple of the IAS
param-funeral_refund-min_contribution_months = Reimbursement of funeral expenses: minimum record of the person who died (months)
note-funeral_refund-min_contribution_months-1990-10-18 = Sources split between 1 month and 1 day; the official page states no minimum.
param-funeral_refund-claim_window_days = Reimbursement of funeral expenses: consecutive days to claim, from the registration of the death
param-widows_pension-rate = Widow(er)'s pension: share of the social pension
param-widows_pension-income_limit_ias_rate = Widow(er)'s pension: the survivor's highest gross monthly income, as a fraction of the IAS
param-widows_pension-marriage_min_years = Widow(er)'s pension: length of marriage that must be exceeded (years)
note-widows_pension-marriage_min_years-1990-10-18 = The official page does not list this condition.
param-widows_pension-union_min_years = Widow(er)'s pension: minimum time living together as a couple (years)
note-widows_pension-union_min_years-1990-10-18 = The official page does not list this condition.
param-orphans_pension-rate-with_spouse = Orphan's pension: share of the social pension when a spouse or ex-spouse is entitled (1; 2; 3 or more orphans)
param-orphans_pension-rate-without_spouse = Orphan's pension: share of the social pension with no spouse or ex-spouse entitled
param-orphans_pension-age_limit = Orphan's pension: age until which it is paid (adulthood)
param-orphans_pension-own_income_limit_ias_rate = Orphan's pension, test (a): the orphan's gross monthly income, as a fraction of the IAS
param-orphans_pension-household_limit_ias_multiple = Orphan's pension, test (a): household monthly income, as a multiple of the IAS
param-orphans_pension-per_person_limit_ias_rate = Orphan's pension, test (b): household income per person, as a fraction of the IAS (with a risk situation)
note-orphans_pension-per_person_limit_ias_rate-1990-10-18 = Some secondary sources say 40%; the official pages say 30%.
param-minors-work_or_marriage_min_age = Age from which a minor may work or marry (and so be emancipated)
note-minors-work_or_marriage_min_age-1990-10-18 = Used only to avoid pointless questions about younger children.
param-form-contributory_death_benefits = Claim for death benefits (survivor's pension and death grant)
param-form-non_contributory_pensions = Claim for the non-contributory widow(er)'s and orphan's pensions
param-form-funeral_allowance = Claim for the funeral allowance
param-form-funeral_refund = Claim for reimbursement of funeral expenses
param-form-third_party_liability = Statement on an act of a third party (death by accident)
rule-survivors_pension-scheme = The person who died must have been covered by a contributory scheme (general, rural/agricultural or voluntary insurance).
rule-survivors_pension-qualifying_period = The person who died must have the qualifying period in months with registered earnings.
rule-survivors_pension-reference_pension = The base is the invalidity or old-age pension the person who died received or would have been entitled to at the death.
rule-family-spouse_marriage = A spouse qualifies if the marriage lasted at least one year, save exceptions.
rule-family-spouse_exceptions = The year of marriage is not required with a common child (even unborn), a death from an accident or an illness that began after the marriage, or living together as a couple and marriage adding up to more than two years.
rule-family-ex_spouse_alimony = An ex-spouse (divorced or judicially separated) qualifies if receiving court-set or court-approved alimony at the death.
rule-family-ex_spouse_no_means = An ex-spouse (or judicially separated spouse) with no alimony also qualifies if it was not set only because a court recognised that the person who died lacked the means.
rule-family-judicially_separated = A spouse judicially separated (separation of persons and property) is treated as an ex-spouse (the alimony rule). It is only asked when a partner is listed too.
rule-survivors_pension-ex_spouse_cap = An ex-spouse's pension cannot exceed the alimony they received.
rule-survivors_pension-ex_spouse_cap_excess = It is not known whether the part above the alimony goes to the other beneficiaries; this estimate does not redistribute it.
rule-survivors_pension-ex_spouse_cap_without_alimony = When there was no alimony because the person who died lacked the means, the alimony cap is not applied (a cap of zero would cancel the right).
rule-family-partner_union = A partner qualifies after more than two years living with the person who died as a couple.
rule-family-partner_undissolved_marriage = Living together as a couple (união de facto) gives no right while the person who died was married to someone else, unless judicially separated: the spouse stays alone in the class.
rule-family-new_union_ends = A new marriage or a new couple relationship ends the pension of a spouse, ex-spouse or partner.
rule-family-descendant_age = Descendants qualify under 18; to 25 in secondary, post-secondary or higher education; to 27 in postgraduate, master's or doctoral studies or a mandatory internship.
rule-family-descendant_age_limit_reading = "From 18 to 25" (or 27) is read as up to the day before the 25th (or 27th) birthday, as "up to 18" means under 18.
rule-family-descendant_disability = Descendants with a disability (receiving a disability family benefit or the social inclusion benefit) qualify at any age.
rule-family-disabled_work_reading = The no-compulsory-work condition is read as applying to studying descendants; a disabled descendant who works keeps the right while receiving the disability benefit or the PSI.
rule-family-descendant_work = From 18, a descendant must not work under a compulsory scheme, except in school holidays or with yearly pay up to 14 times the minimum wage.
rule-family-dependent_descendant = Grandchildren only qualify if the person who died supported them; stepchildren only if the person who died had a legal duty to maintain them.
rule-family-ascendants_last = Ascendants only qualify when no spouse, ex-spouse, partner or descendant does, and if the person who died supported them.
rule-family-other_relative_not_titular = Other relatives are not beneficiaries of the survivor's pension.
rule-survivors_pension-class_rates = Each class gets a percentage of the reference pension by number of beneficiaries; descendants get double when no spouse or ex-spouse is entitled.
rule-survivors_pension-equal_split = Each class amount is shared equally among its beneficiaries.
rule-survivors_pension-duration_under_35 = A spouse, ex-spouse or partner under 35 at the death receives the pension for 5 years, unless disabled or with dependent children. Without the date of birth it is asked for: the duration is never assumed.
rule-survivors_pension-duration_exceptions = The exceptions to the 5-year limit (incapacity, dependent children) were not confirmed in the legal text.
rule-survivors_pension-payments = The pension is paid 14 times a year: monthly, plus July and December.
rule-survivors_pension-start = Claimed within 6 months after the month of the death, the pension is paid from the month after the death; later, from the month after the claim.
rule-descendants-posthumous_start = A child born after the death is paid from birth; the 6-month window counts from the birth.
rule-death_grant-scheme = In the general scheme the death grant needs no qualifying period; in voluntary insurance it needs 36 months of contributions.
rule-death_grant-amount = The death grant is a lump sum of 3 times the IAS at the date of death.
rule-death_grant-agricultural_special = In the special agricultural scheme (RESSAA) the death grant's amount was not confirmed: the official page names only the general and voluntary schemes, and before 2013 this scheme paid less (4 instead of 6 average monthly earnings). 3 × IAS is shown.
rule-death_grant-family = The same family members qualify, under the same conditions, as for the survivor's pension.
rule-death_grant-union_then_marriage = The exception of living together as a couple followed by marriage (more than 2 years in all) applies to the death grant too, since the spouse's conditions (art. 9) are common to the death benefits.
rule-death_grant-split = Half to the spouse, ex-spouse and partner group, half to the descendants; all to one group if the other is absent; equal shares inside each group.
rule-death_grant-order = Ascendants only receive if there is no entitled spouse, ex-spouse, partner or descendant; other relatives only if none of these exist.
rule-death_grant-other_relatives = If no family member qualifies, the grant may go to other relatives, in-laws or equivalents in the direct line (including descendants and ascendants who fail the family conditions) or up to the 3rd collateral degree.
rule-death_grant-other_relatives_conditions = These other relatives must have lived with the person who died in a common household (the rule of the former regime, Decreto 45266 art. 98, and of the CGA regime; not confirmed in DL 322/90).
rule-death_grant-other_relatives_order = Among those relatives the closest receive it: the direct line down, then up, then the others; in each, the nearest degree; equal shares among those of the same degree.
rule-death_grant-deadline = The death grant must be claimed within 6 months of the death.
rule-funeral_refund-only_without_death_grant = The reimbursement only exists when nobody is entitled to the death grant.
rule-funeral_refund-scheme = The person who died must have been registered in a social security scheme (sources require 1 month or 1 day of record).
rule-funeral_refund-voluntary_scheme = When the person who died was in voluntary social insurance, the reimbursement is read as applying too, with the general scheme's cap; the official page speaks of general-scheme beneficiaries.
rule-funeral_refund-cap = Actual expenses are reimbursed, up to 3 times the IAS (1.5 times in the special agricultural scheme).
rule-funeral_refund-payer = The reimbursement goes to whoever proves they paid the funeral (original invoice and receipt).
rule-funeral_refund-deadline = The reimbursement must be claimed within 90 consecutive days of the registration of the death.
rule-widows_pension-deceased = The person who died must have been receiving the social pension (old-age or invalidity).
rule-widows_pension-relation = The spouse or the partner living together as a couple qualifies; an ex-spouse does not.
rule-widows_pension-nationality = The survivor must be Portuguese or treated as Portuguese.
rule-widows_pension-residence = The survivor must live in Portugal.
rule-widows_pension-no_own_pension = The survivor must not be entitled to a pension of their own from any scheme.
rule-widows_pension-income = The survivor's gross monthly income cannot exceed 40% of the IAS.
rule-widows_pension-relationship_length = Married for more than one year, or living together as a couple for more than two years, at the death (the union's 2nd anniversary is not enough: Lei 7/2001 says "more than two years").
rule-widows_pension-amount = The widow(er)'s pension is 60% of the social pension.
rule-widows_pension-cumulation_cap = Combined with the survivor's own social pension, the total cannot exceed the general-scheme minimum pension.
rule-non_contributory-start = Claimed within 6 months after the month of the death, the pension is paid from the month after the death; later, from the month after the claim (the official widow(er)'s pension page says 'month after the claim').
rule-orphans_pension-deceased_not_covered = The person who died parent was not covered by any social protection scheme.
rule-orphans_pension-deceased_short_record = A parent who contributed without reaching the survivor's-pension qualifying period (under 36 months) also counts as not covered: only one secondary source says so.
rule-orphans_pension-age = The orphan must be under 18 and not emancipated.
rule-orphans_pension-not_working = The orphan must not work under a compulsory scheme.
rule-orphans_pension-nationality_residence = The orphan must be Portuguese (or treated as such) and live in Portugal.
rule-orphans_pension-resources = Means test: (a) the orphan's income up to 40% of the IAS and the household's up to 1.5 IAS; or (b) household income per person up to 30% of the IAS and a risk situation.
rule-orphans_pension-amount = The orphan's pension is a share of the social pension by number of orphans and whether a spouse or ex-spouse is entitled.
rule-orphans_pension-spouse_exists = The rate depends on whether the person who died left a spouse or ex-spouse (the table says "there is / there is no spouse or ex-spouse"), entitled to a pension or not; a partner living together as a couple does not count, read literally.
rule-funeral_allowance-payer = Whoever paid the funeral must live in Portugal (or be treated as resident) and prove the payment.
rule-funeral_allowance-deceased_resident = The person who died must have lived in Portugal.
rule-funeral_allowance-not_cumulable = The funeral allowance cannot be combined with the death grant or the reimbursement of funeral expenses.
rule-funeral_allowance-fixed_amount = The funeral allowance is a fixed amount, updated every year.
rule-funeral_allowance-deadline = The funeral allowance must be claimed within 6 months from the 1st day of the month after the death.
rule-third_party-form = If a third party caused the death in an accident, the RP 5078-DGSS statement is added.
rule-death_grant-late_claim = No source found says what happens to a death grant claimed after the 6 months: it may no longer be paid, so the report says to ask Social Security.
rule-funeral_refund-late_claim = No source found says what happens to a reimbursement of funeral expenses claimed after the 90 days: it may no longer be paid, so the report says to ask Social Security.
rule-funeral_allowance-late_claim = No source found says what happens to a funeral allowance claimed after the 6 months: it may no longer be paid, so the report says to ask Social Security.
rule-calendar-enrolment_reminder = A descendant aged 18 or over keeps the survivor's pension only while enrolled, and secondary sources say it is suspended without proof of enrolment; the calendar reminds every year on 1 October, a date Amparo chose (the school year has begun), as no source gives one.

## Deadlines against today (evaluate_on): what is left, and what a claim made today brings.
surv-deadline-open = Claim by { $date }: { $days ->
        [one] 1 day left
       *[other] { $days } days left
    }.
surv-deadline-due_today = Today, { $date }, is the last day to claim.
surv-deadline-passed = The time limit to claim ended on { $date }, { $days ->
        [one] 1 day ago
       *[other] { $days } days ago
    }.
surv-deadline-claim_now-pension = Claimed in time, it would have been paid from { $start }. If you claim today, it is paid from { $from }: { $lost ->
        [one] 1 month is
       *[other] { $lost } months are
    } not paid. You can still claim at any time: the sooner you claim, the less is lost.
surv-deadline-claim_now-lump_sum = The sources we found do not say what happens to a claim made after this time limit: the { $benefit ->
        [death_grant] death grant
        [funeral_expenses_refund] reimbursement of funeral expenses
       *[other] funeral allowance
    } may no longer be paid. Ask Social Security before you give up on it.

## The calendar (.ics) of the open deadlines and the dates that follow.
cal-name = Amparo: survivors' benefits
cal-claim-summary = Last day to send form { $form }
cal-claim-description = Send form { $form } ({ $name }) to Social Security by today at the latest. It claims:
cal-claim-benefit = – { $benefit }
cal-age_limit-summary = { $who } turns { $age }: send proof of enrolment
cal-age_limit-description = { $who }'s survivor's pension ends at { $age } unless they are enrolled in school or university. If they study, send Social Security the proof of enrolment (declaração de matrícula).
cal-enrolment-summary = Reminder: proof of enrolment for { $who }
cal-enrolment-description = A reminder from Amparo at the start of the school year: send Social Security the proof of { $who }'s enrolment for this school year (declaração de matrícula). Without it the survivor's pension can be suspended. No source gives a date for it: if Social Security asks for it on another date, follow what they say. While { $who } studies, the pension can last until { $until }.
cal-award_ends-summary = Last day of { $who }'s { $benefit ->
        [widows_pension] widow(er)'s pension
        [orphans_pension] orphan's pension
       *[other] survivor's pension
    }
cal-award_ends-description = From your answers, { $date } is the last day of { $who }'s { $benefit ->
        [widows_pension] widow(er)'s pension
        [orphans_pension] orphan's pension
       *[other] survivor's pension
    }.

## The documents table (src/rules/survivors.json `documents`): doc-<id>. A document asked for
## each person names them ($who).
doc-death_certificate = The death certificate (certidão de óbito), or a birth certificate with the death noted on it. The civil registry office (conservatória) issues it; ask for the copy "for Social Security purposes", which costs less.
doc-claimant_id = The identity document and the Social Security number (NISS) of each person who claims. Someone who has no NISS fills in form RV 1017-DGSS (foreign citizens also RV 1006-DGSS).
doc-bank_account = The IBAN of the bank account where each person wants to be paid, with a bank document that shows it (for example a bank statement).
doc-marriage_certificate = The marriage certificate of { $who } and the person who died.
doc-union_proof = Proof that { $who } and the person who died lived together as a couple (união de facto) for more than 2 years: a declaration from the parish council (junta de freguesia) where they lived.
doc-alimony_decision = The decision of the court (or of the civil registry office) that set the alimony { $who } received, and proof of what was paid at the time of the death. If no alimony was set because the person who died could not pay, the court decision that says so.
doc-birth_certificate = The birth certificate of { $who } (or the adoption decision).
doc-enrolment_proof = Proof of { $who }'s enrolment in school or university for this school year (declaração de matrícula). Social Security asks for it again every school year.
doc-disability_proof = Proof of { $who }'s disability: for example, proof that they receive the disability family benefit or the social inclusion benefit (PSI).
doc-dependency_proof = Proof that { $who } depended on the person who died for their living. Ask Social Security which documents they accept.
doc-income_proof = Proof of the income of the person who claims and of their household (for example payslips, pension statements or the last tax return, IRS), for the means test.
doc-funeral_invoice = The funeral invoice and receipt, the originals, with the name of the person who paid and the name of the person who died.
doc-residence_proof = Proof of address of the person who died and of the person who paid for the funeral.
doc-third_party_statement = Form RP 5078-DGSS, the statement about an act of someone else: fill it in if another person may be responsible for the accident that caused the death.
