# The interface's words (niss-ui), en.
niss-caption-optional = Documents for a NISS — optional question
niss-caption-required = Documents for a NISS

niss-check-contradiction_lead = Some answers cannot all be true. Change one of them:
niss-check-missing = answer this question to get your pack
niss-check-missing_lead = Some questions still need an answer.
niss-check-next = If everything is right, see your document pack. You can come back and change your answers at any time.
niss-check-not_answered = Not answered yet
niss-check-not_answered_optional = Not answered (optional)
niss-check-see_pack = See your document pack
niss-check-title = Check your answers

niss-check_number-ok = Checked:
niss-check_number-problem = Check this number:

niss-choice-dont_know = I don't know
niss-choice-filed_by-employer = My employer
niss-choice-filed_by-representative = Someone on my behalf (lawyer, solicitor, a person with a power of attorney)
niss-choice-filed_by-self = I will, myself
niss-choice-nationality_group-cplp = A Portuguese-speaking country (CPLP), such as Brazil, Angola or Cabo Verde
niss-choice-nationality_group-eu = A European Union country
niss-choice-nationality_group-other = Another country
niss-choice-nationality_group-ukraine_temporary_protection = I have temporary protection in Portugal (displaced from Ukraine)
niss-choice-needed_for-aima_renewal = For AIMA: to renew or update my residence
niss-choice-needed_for-benefit = To claim a Social Security benefit
niss-choice-needed_for-job = To start or keep a job
niss-choice-needed_for-other = Another reason
niss-choice-no = No
niss-choice-portal_message-data_cannot_be_updated = "Data cannot be updated"
niss-choice-portal_message-documents_insufficient = Social Security says the documents are insufficient
niss-choice-portal_message-employer_asks_for_niss = My employer asks me for my NISS
niss-choice-portal_message-employer_requires_niss = An employer says: no contract without a NISS
niss-choice-portal_message-niss_invalid = "Invalid NISS" or "NISS not recognised"
niss-choice-portal_message-niss_missing = "NISS missing" or "NISS not found"
niss-choice-portal_message-none = None of these
niss-choice-residence_status-international_protection = International protection: applicant, refugee or beneficiary
niss-choice-residence_status-none = None of these yet
niss-choice-residence_status-pending_with_receipt = I applied for residence and have the AIMA receipt
niss-choice-residence_status-title = A residence card or authorisation (for EU citizens: the registration certificate)
niss-choice-residence_status-visa = A residence visa
niss-choice-work_situation-company_officer = Manager, director or member of a company's board
niss-choice-work_situation-employee_no_contract = Employee with a job offer, but no signed contract yet
niss-choice-work_situation-employee_signed_contract = Employee, with a signed employment contract
niss-choice-work_situation-foreign_employer = Working from Portugal for an employer abroad (for example, remote work)
niss-choice-work_situation-independent_no_activity = Self-employed, but the activity is not opened at the tax office yet
niss-choice-work_situation-independent_with_activity = Self-employed, with the activity opened at the tax office (início de atividade)
niss-choice-work_situation-not_working = Not working (studying, looking for work, at home…)
niss-choice-work_situation-voluntary_insurance = Not obliged to contribute, but I want to join voluntary social insurance
niss-choice-yes = Yes

niss-combined-conditions = The conditions, one by one
niss-combined-eligible = You can use it
niss-combined-how = How it works
niss-combined-instead = Instead:
niss-combined-met = Met
niss-combined-not_eligible = Not for you
niss-combined-not_met = Not met
niss-combined-not_wanted = You did not say you want to use it; this is for information.
niss-combined-wanted = You said you want to use it.

niss-confidence-derived = deduced
niss-confidence-official = official source
niss-confidence-secondary = secondary source
niss-confidence-seed_only = unofficial guide
niss-confidence-unverified = unconfirmed

niss-doc-form-copy = A copy
niss-doc-form-original = Original
niss-doc-form-original_and_copy = Original and a copy
niss-doc-form-screenshot_or_printout = Screenshot or printout
niss-doc-more = About this document
niss-doc-obtained_from = Where to get it:
niss-doc-optional = Optional
niss-doc-proves = What it proves:
niss-doc-translation-if_not_in_portuguese = translated if it is not in Portuguese
niss-doc-translation-not_needed = no translation needed
niss-doc-why = Why it is needed

niss-errors-choose = Choose one of the options to continue.
niss-errors-internal = Something went wrong inside the app. Your answers are kept; try reloading the page.
niss-errors-title = There is a problem

niss-escalation-contents = What to put in it
niss-escalation-cover_letter = Cover letter
niss-escalation-deadline = Deadlines:
niss-escalation-evidence_loop = When each service asks for the other's document first
niss-escalation-title = If you are blocked: your file

niss-field-address_changed = Address changed
niss-field-filed_by = Who makes the request
niss-field-filing_for_family_member = For a family member
niss-field-had_niss_before = Had a NISS before
niss-field-has_pt_address = Address in Portugal
niss-field-has_pt_citizen_card = Portuguese Citizen Card
niss-field-name = Name for the letters
niss-field-nationality_group = Nationality
niss-field-needed_for = NISS needed for
niss-field-niss_requested = NISS already requested
niss-field-other = Your answers
niss-field-passport_or_name_changed = Passport or name changed
niss-field-portal_message = Message received
niss-field-residence_status = Residence situation
niss-field-typed_nif = NIF (tax number)
niss-field-typed_niss = NISS (Social Security number)
niss-field-wants_combined_service = Combined NIF + NISS + SNS service
niss-field-work_situation = Work situation

niss-first_week-title = Your first week with the NISS

niss-help-activity-body = It is the declaration, made at the tax office (Finanças, usually online), that you start working on your own account. From then on you can issue invoices or receipts.
niss-help-activity-title = What is "início de atividade"?
niss-help-combined-body = A public service desk, often in a town hall or parish council, where several administrations can be dealt with in one place. Not every Espaço Cidadão offers this service.
niss-help-combined-title = What is an Espaço Cidadão?
niss-help-cplp-body = The Community of Portuguese-Speaking Countries: Angola, Brazil, Cabo Verde, Equatorial Guinea, Guinea-Bissau, Mozambique, São Tomé and Príncipe and Timor-Leste (and Portugal).
niss-help-cplp-title = Which countries are in the CPLP?
niss-help-niss-body = The Social Security identification number: 11 digits that identify you to Social Security for contributions and benefits. Each person has only one, for life.
niss-help-niss-title = What is the NISS?
niss-help-protection-body = International protection is asylum: you applied for it, or you are a refugee or have subsidiary protection. Temporary protection is the scheme for people displaced from Ukraine; if that is you, say so in the nationality question instead.
niss-help-protection-title = International protection or temporary protection?

niss-hint-address_changed = Answer yes only if you moved (or the address AIMA holds is wrong). Otherwise the pack will not ask you to update it.
niss-hint-filed_by = An employer can only make it for an employee.
niss-hint-filing_for_family_member = For example your spouse or a child who lives with you. If so, the other answers are about that person.
niss-hint-had_niss_before = Even years ago, or one an employer asked for on your behalf. An old payslip or a letter from Social Security may show it.
niss-hint-has_pt_address = Where you live now, even in a rented room or with family.
niss-hint-has_pt_citizen_card = The Citizen Card is the identity card of Portuguese citizens. A residence card (título de residência) is not a Citizen Card.
niss-hint-name = Your full name as on your passport. It is only written into the draft letters on this device. Leave it blank to fill it in by hand.
niss-hint-nationality_group = The nationality on the passport or identity card you will use.
niss-hint-niss_requested = Answer yes if you sent the request and are waiting for the reply. A second request is never needed.
niss-hint-numbers = We check each number when you leave the box: whether it is well formed and its check digit matches. A number that fails the check can still be kept.
niss-hint-passport_or_name_changed = For example a new passport number, a name changed by marriage, or your name written differently on different documents.
niss-hint-portal_messages = Tick every message you have received, even from different places (for example AIMA asks for the NISS and Social Security refused it). Your pack explains each one.
niss-hint-residence_status = Choose the document you have now.
niss-hint-typed_nif = 9 digits.
niss-hint-typed_niss = 11 digits, starting with 1 for a person. Spaces are fine.
niss-hint-wants_combined_service = One appointment for the tax number, the Social Security number and the health service user number. Your pack says whether you can use it.
niss-hint-work_situation = Choose the one that describes you now, or the job you are about to start.

niss-ids-issuer = Issued by:
niss-ids-status-held = You have it
niss-ids-status-on_citizen_card = On your Citizen Card
niss-ids-status-on_protection_declaration = On your temporary protection declaration
niss-ids-status-to_request = To request
niss-ids-status-unknown = Not known yet
niss-ids-title = Your identification numbers

niss-letters-blank-date = the date
niss-letters-blank-documents = the list of documents
niss-letters-blank-employer_request_date = the date the employer asked
niss-letters-blank-missing_document = the missing document
niss-letters-blank-name = your name
niss-letters-blank-nif = your NIF
niss-letters-blank-niss = your NISS
niss-letters-blank-other = other details
niss-letters-blank-reason = the reason
niss-letters-blank-request_date = the date of your request
niss-letters-blank-ss_reply_summary = what Social Security answered
niss-letters-blanks = To fill in by hand:
niss-letters-copied = The letter was copied. Paste it into your email or document.
niss-letters-copied_button = Copied ✓
niss-letters-copy = Copy the letter
niss-letters-copy_failed = This browser did not allow copying. Select the letter's text and copy it by hand.
niss-letters-hint = Drafts only: Amparo sends nothing. Open a letter, copy it, fill in the blanks and send it yourself.
niss-letters-pt_failed = The letter in Portuguese could not be loaded. Connect to the internet and open this page again; the translation below says what it contains.
niss-letters-pt_loading = Loading the letter in Portuguese…
niss-letters-subject = Subject:
niss-letters-translation = Translation, for you to understand the letter: send the Portuguese text.
niss-letters-title = Letters to copy
niss-letters-to-aima = To AIMA
niss-letters-to-employer = To the employer
niss-letters-to-other = Letter
niss-letters-to-social_security = To Social Security

niss-optional-skip = This question is optional: you can continue without answering.

niss-pack-by_portal_message = the message
niss-pack-by_representation = someone makes the request for you
niss-pack-cannot_build = The pack cannot be made yet. Change these answers:
niss-pack-change_answers = Change your answers
niss-pack-change_filer = Change who makes the request
niss-pack-do_not = What not to do
niss-pack-documents = Documents to gather
niss-pack-documents_hint = Tick each document when you have it. The ticks are kept on this device.
niss-pack-documents_optional = Useful if you have them
niss-pack-documents_required = Needed
niss-pack-fallbacks = If something goes wrong
niss-pack-filer_not_allowed = for this situation, the person you chose cannot make the request.
niss-pack-lead = Made from your answers, on this device. Read the warnings first.
niss-pack-notes = Good to know
niss-pack-one_of = One of these
niss-pack-one_of_hint = One document from this group is enough.
niss-pack-profiles = Your situation
niss-pack-source = source
niss-pack-steps = Steps, in order
niss-pack-ticked = { $ticked } of { $total } ticked
niss-pack-title = Your document pack
niss-pack-typed_numbers = The numbers you typed
niss-pack-warning = Important:
niss-pack-where = Where:
niss-pack-who_may_file = Who can make the request:

niss-portal-means = What it usually means
niss-portal-title = The message
niss-portal-what_to_do = What to do

niss-q-address_changed = Has your address changed since AIMA last recorded it?
niss-q-filed_by = Who will make the NISS request?
niss-q-filing_for_family_member = Are you doing this for a family member?
niss-q-had_niss_before = Have you ever had a NISS?
niss-q-has_pt_address = Do you have an address in Portugal?
niss-q-has_pt_citizen_card = Do you have a Portuguese Citizen Card (Cartão de Cidadão)?
niss-q-name = What name should the letters use?
niss-q-nationality_group = What is your nationality?
niss-q-needed_for = Why do you need the NISS?
niss-q-niss_requested = Have you already filed a NISS request with Social Security?
niss-q-numbers = Your NISS and NIF, if you have them
niss-q-passport_or_name_changed = Has your passport or your name changed?
niss-q-portal_message = Has a portal or a service given you one of these messages?
niss-q-residence_status = What is your residence situation in Portugal?
niss-q-wants_combined_service = Do you want to use the combined NIF + NISS + SNS service at an Espaço Cidadão?
niss-q-work_situation = What is your work situation?

niss-sources-hint = Next to each point in the pack, the number of its source. Points marked "secondary source", "unofficial guide" or "unconfirmed" could not be checked against an official text: confirm them with the service before relying on them.
niss-sources-show = Show the sources (numbered as in the text)
niss-sources-title = Sources
niss-sources-version = Catalogue version:

niss-start-button = Start now
niss-start-gives_check = a check of the NISS or NIF you type, to catch a mistyped number
niss-start-gives_documents = a checklist of the documents you need, which you can tick as you gather them
niss-start-gives_letters = draft letters to copy, and a file to put together if your case is blocked
niss-start-gives_steps = the steps in order, who does each one, and what not to do
niss-start-lead = Find out which documents to gather, what to do and in which order to get or fix your Social Security number (NISS).
niss-start-not_advice = This is practical information, not legal advice. Only Social Security decides on your request.
niss-start-private = Your answers stay on this device. Nothing you type is sent anywhere: there is no account and no server.
niss-start-someone_else = If you are helping someone else (a family member, an employee), answer for them.
niss-start-what = Answer a few short questions, one per page. At the end you get your document pack:


niss-who-employer = the employer
niss-who-other = someone else
niss-who-representative = a representative
niss-who-self = you

# --- question flow (issue 13) ---
niss-errors-required-filed_by = Choose who will make the NISS request.
niss-errors-required-had_niss_before = Choose whether you have ever had a NISS, or ‘I don't know’.
niss-errors-required-has_pt_address = Choose whether you have an address in Portugal.
niss-errors-required-has_pt_citizen_card = Choose whether you have a Portuguese Citizen Card.
niss-errors-required-nationality_group = Choose your nationality.
niss-errors-required-needed_for = Choose why you need the NISS.
niss-errors-required-passport_or_name_changed = Choose whether your passport or your name has changed.
niss-errors-required-residence_status = Choose your residence situation in Portugal.
niss-errors-required-work_situation = Choose your work situation.
