# Input errors: what is wrong with an answer and how to fix it. Ids are error-<code>, or
# error-<code>-<case> when one code has several sentences; error-what-*, error-expected-*,
# error-person-* and error-answer-* name a thing inside another error's sentence.

## The document as a whole and the command line
error-invalid_json = The input is not valid JSON (line { $line }, column { $column }).
error-too_many_errors = There are too many errors: only the first { $max } are shown. Correct them and check again.
error-unreadable = The input could not be read: { $why }.
error-too_large-input = The input is too large: at most { $mib } MiB. A household's answers take a few KB; check the file.
error-not_utf8-input = The input is not UTF-8 text: save the file as UTF-8 and try again.
error-not_utf8-argument = The argument has characters that are not valid text (UTF-8): type it again.
error-internal-catalogue = The built-in catalogue is broken: { $why }
error-internal-write = The result could not be written: { $why }
error-required-number = Give the number to check.
error-too_long-argument = The argument is longer than { $max } characters: it is not a mistyped number.

## A field: missing, of the wrong kind, unknown
error-required = This field is required.
error-empty = This field cannot be empty.
error-invalid_type = This should be { $expected }.
error-expected-text = text
error-expected-yes_no = yes or no (true/false)
error-expected-object = an object
error-expected-list = a list
error-unknown_field = Unknown field "{ $name }": check the spelling.
error-invalid_choice = Unrecognised value. Options: { $options }.

## Numbers, dates and amounts
error-too_large-value = The value cannot exceed { $max }.
error-invalid_number = Enter a whole number, zero or more, without decimals.
error-invalid_number-household = A household has at least one person.
error-invalid_date = Invalid date: use the format YYYY-MM-DD (for example 2025-03-14).
error-invalid_amount = Invalid amount: enter an amount in euros, for example 1250.50.
error-invalid_amount-typed = This is not an amount in euros. Use digits only, with a comma before the cents, for example: { $examples }.
error-ambiguous_amount = It is not clear which amount this is. Use a comma before the cents and, if you like, a dot or a space between thousands, for example: { $examples } (two thousand three hundred and fifty euros and seventy-five cents).
error-too_many_decimals = Use at most two decimal places (cents).
error-too_large-amount = The amount is too high: at most { $max }. Check for extra digits.
error-negative = The amount cannot be negative.

## Typed text: too long, or with characters that do not belong in it. $what names the answer.
error-too_long = { $what } is too long: at most { $max } characters.
error-invalid_characters-control = { $what } contains control characters (such as a line break). Please type it again.
error-invalid_characters-bidi = { $what } contains an invisible character that changes the direction of the text, which can disguise what is written. Please type it again rather than pasting it.
error-what-name = The name
error-what-id = The identifier
error-what-payer_id = The payer's identifier
error-what-answer = The answer "{ $answer }"

## The survivors' household. $person is the name typed, or error-person-number.
error-person-number = Person { $n }
error-too_many-people = At most { $max } people are accepted.
error-required-id = Each person needs an identifier.
error-duplicate_id = The identifier "{ $id }" is already used for another person.
error-reserved_id = The identifier "other" is reserved for a funeral payer outside the family.
error-unknown_person = No one in the list of people has the identifier "{ $id }". Use a person's identifier or "other".
error-before_death-claim = The claim cannot be before the death.
error-before_death-registration = The death cannot be registered before it happened.
error-too_late-after_death = { $what } is more than { $years } years after the death: check the year.
error-what-claim_date = The claim date
error-what-registration_date = The date the death was registered
error-after_death = { $what } is after the death.
error-before_birth = { $what } is before { $person } was born: check both dates.
error-too_early = { $what } is more than { $years } years before the death: check the year.
error-what-marriage_date = The date of the marriage
error-what-union_start_date = When they began living together as a couple
error-after_death-birth = { $person }'s date of birth is after the death.
error-too_late-birth = A child born after the death is born at most about 300 days later; { $person }'s date of birth is more than a year after the death: check the year.
error-too_early-birth = { $person }'s date of birth is more than { $years } years before the death: check the year.
error-invalid_value-separated = Only a spouse can be judicially separated (a divorced person is an ex-spouse).
error-invalid_value-no_alimony = This answer only applies to an ex-spouse or a judicially separated spouse.
error-invalid_value-unborn = Only a child can be not yet born.
error-no_rules_for_date = This tool does not have the amounts for a death on { $date }. Check the date; if it is right, ask Social Security.
error-no_rules_for_date-not_published = The amounts for { $year } are not published yet. Choose "planning ahead" to use the latest known amounts ({ $latest }), or check the year.
error-no_rules_for_date-before = This tool covers deaths from { $first } onwards. Check the year; for a death on { $date }, ask Social Security.
error-no_rules_for_date-table = This is a fault in this tool's rules, not in your answers. Please try again later.
error-death_in_future = The date of death cannot be after today ({ $today }). Check the day, month and year.

## The NISS advisor's answers. $answer is an error-answer-<key> below.
error-invalid_type-answers = The answers must be a JSON object ({"{"} ... {"}"}).
error-unknown_field-answers = There is no field "{ $name }".
error-unknown_field-suggestion = There is no field "{ $name }". Did you mean "{ $suggestion }"?
error-required-answer = This answer is missing: { $answer }.
error-invalid_type-answer = The answer "{ $answer }" must be { $expected }.
error-expected-true_false = true or false
error-expected-string = a string
error-expected-strings = a list of strings
error-expected-had_niss = true or false, or "yes", "no" or "dont_know"
error-invalid_value-answer = "{ $value }" is not a possible answer for "{ $answer }". Accepted values: { $options }.
error-invalid_value-message = "{ $value }" is not a known message. Accepted values: { $options }.
error-too_long-answer = The answer "{ $answer }" is too long (at most { $max } characters).
error-invalid_value-control = The answer "{ $answer }" contains control characters; please type it again.
error-answer-nationality_group = nationality group
error-answer-has_pt_citizen_card = has a Portuguese Citizen Card
error-answer-has_pt_address = has a Portuguese address
error-answer-residence_status = residence status
error-answer-work_situation = work situation
error-answer-needed_for = why the NISS is needed
error-answer-had_niss_before = had a NISS before
error-answer-passport_or_name_changed = passport or name changed
error-answer-filed_by = who files
error-answer-filing_for_family_member = filing for a family member
error-answer-wants_combined_service = wants the combined service
error-answer-address_changed = the address changed
error-answer-niss_requested = already requested the NISS
error-answer-portal_message = portal message
error-answer-portal_messages = portal messages
error-answer-typed_niss = typed NISS
error-answer-typed_nif = typed NIF
error-answer-name = name

## Answers that cannot all be true: a question back, on each field involved.
error-contradiction-never_had_but_invalid = You answered that you never had a NISS (had_niss_before), but that the portal says your NISS is invalid (portal_messages). Did you ever have a NISS, even from an earlier period or given by an employer? Please correct one of the two answers.
error-contradiction-typed_but_never_had = You typed a NISS (typed_niss), but answered that you never had one (had_niss_before). Whose number is it? If it is yours, answer that you had a NISS; if not, remove it.
error-contradiction-citizen_card_but_never_had = You answered that you hold a Portuguese Citizen Card (has_pt_citizen_card) and never had a NISS (had_niss_before). The Citizen Card carries the social security number on its back. Do you really hold a Citizen Card (and not a residence card)?
error-contradiction-protection_and_combined = You answered that you hold temporary protection from Ukraine (nationality_group) and want the combined NIF + NISS + SNS service (wants_combined_service). That service excludes temporary-protection holders, because their numbers come with the protection declaration. Do you hold temporary protection, or another status?
error-contradiction-employer_but_not_employee = You answered that the employer files the request (filed_by), but your work situation is not employment (work_situation). An employer can only request the NISS when there is an employment relationship. Which answer is right?
error-contradiction-employer_requires_but_not_employee = You answered that an employer requires the NISS before the contract (portal_messages), but your work situation is not employment (work_situation). Do you have a job offer? If so, choose "employee without a signed contract"; if not, remove the message.
error-contradiction-not_working_but_job = You answered that you are not working (work_situation) and that you need the NISS for a job (needed_for). Do you already have an offer or a contract? If so, choose "employee" with or without a signed contract; if you are still looking for work, choose another reason.

# The CLI's --lang names a language that is not registered.
error-unknown_language = Unknown language "{ $given }". Use one of: { $known }.
error-missing_language = --lang needs a language. Use one of: { $known }.
