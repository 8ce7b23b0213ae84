# The NISS catalogue (src/rules/niss.json): the words of each entry, under ids derived from the
# entry (scheme in src/niss/catalogue.rs). Extracted from the former bilingual catalogue.

## Documents

niss-cat-doc-passport-name = Valid passport
niss-cat-doc-passport-proves = The identity of the person who will hold the NISS.
niss-cat-doc-passport-obtained_from = The authorities of the country of nationality.
niss-cat-doc-old_passport-name = Previous passport (if you still have it)
niss-cat-doc-old_passport-proves = The link between your current identity and the one the old record was created under.
niss-cat-doc-old_passport-obtained_from = Your own records; the consulate may issue a statement if it was lost.
niss-cat-doc-residence_title-name = Residence card or residence authorisation
niss-cat-doc-residence_title-proves = That a third-country national lives in Portugal lawfully.
niss-cat-doc-residence_title-obtained_from = AIMA (formerly SEF).
niss-cat-doc-aima_receipt-name = Proof of the residence application (AIMA receipt)
niss-cat-doc-aima_receipt-proves = That you applied for residence and the application is pending.
niss-cat-doc-aima_receipt-obtained_from = AIMA: online account, e-mail, or the desk where you applied.
niss-cat-doc-residence_visa-name = Residence visa
niss-cat-doc-residence_visa-proves = That you entered Portugal on a residence visa.
niss-cat-doc-residence_visa-obtained_from = The Portuguese consulate that issued it (it is in the passport).
niss-cat-doc-cplp_residence_visa-name = CPLP residence visa
niss-cat-doc-cplp_residence_visa-proves = The residence route for CPLP citizens.
niss-cat-doc-cplp_residence_visa-obtained_from = The Portuguese consulate that issued it (it is in the passport).
niss-cat-doc-cplp_ar_certificate-name = CPLP residence-authorisation certificate
niss-cat-doc-cplp_ar_certificate-proves = That a CPLP residence authorisation was granted to you.
niss-cat-doc-cplp_ar_certificate-obtained_from = AIMA (the CPLP residence portal).
niss-cat-doc-eu_registration_certificate-name = EU citizen registration certificate
niss-cat-doc-eu_registration_certificate-proves = That an EU citizen registered their residence in Portugal.
niss-cat-doc-eu_registration_certificate-obtained_from = The town hall (Câmara Municipal) where you live.
niss-cat-doc-international_protection_document-name = Proof of the international-protection application, or refugee certificate
niss-cat-doc-international_protection_document-proves = That you applied for asylum or subsidiary protection, or hold refugee or beneficiary status.
niss-cat-doc-international_protection_document-obtained_from = AIMA.
niss-cat-doc-tp_declaration-name = Temporary-protection declaration
niss-cat-doc-tp_declaration-proves = Temporary protection; the declaration normally shows your NIF, NISS and SNS user number.
niss-cat-doc-tp_declaration-obtained_from = Sent by e-mail after the request on the temporary-protection platform (AIMA, formerly SEF).
niss-cat-doc-nif_proof-name = Proof of your NIF
niss-cat-doc-nif_proof-proves = Your tax number, which links the tax records to the social security ones.
niss-cat-doc-nif_proof-obtained_from = The tax office (Portal das Finanças or a desk).
niss-cat-doc-employment_contract-name = Signed employment contract
niss-cat-doc-employment_contract-proves = Employment: it is the key document for assigning a NISS to a foreign worker.
niss-cat-doc-employment_contract-obtained_from = The employer (signed by both parties).
niss-cat-doc-employer_declaration-name = Employer's declaration
niss-cat-doc-employer_declaration-proves = The employment relationship, while the contract is not yet signed.
niss-cat-doc-employer_declaration-obtained_from = The employer, on letterhead and signed.
niss-cat-doc-activity_start-name = Declaration of start of self-employed activity
niss-cat-doc-activity_start-proves = That you registered as self-employed.
niss-cat-doc-activity_start-obtained_from = The tax office (Portal das Finanças).
niss-cat-doc-invoices_receipts-name = Invoices or invoice-receipts already issued
niss-cat-doc-invoices_receipts-proves = That the self-employed activity is real and has started.
niss-cat-doc-invoices_receipts-obtained_from = Portal das Finanças (invoice-receipts) or your invoicing software.
niss-cat-doc-company_registry_certificate-name = Commercial registry certificate showing your role
niss-cat-doc-company_registry_certificate-proves = That you are a manager, director or member of a statutory body of the company.
niss-cat-doc-company_registry_certificate-obtained_from = The Registries and Notary Institute, IRN (permanent certificate).
niss-cat-doc-foreign_employment_contract-name = Employment contract with the foreign employer
niss-cat-doc-foreign_employment_contract-proves = That you work remotely for an employer abroad.
niss-cat-doc-foreign_employment_contract-obtained_from = The foreign employer.
niss-cat-doc-remote_work_evidence-name = Evidence of remote work (employer letter, payslips)
niss-cat-doc-remote_work_evidence-proves = That the work is done from Portugal.
niss-cat-doc-remote_work_evidence-obtained_from = The foreign employer.
niss-cat-doc-a1_certificate-name = A1 certificate or another coordination document
niss-cat-doc-a1_certificate-proves = That you remain covered by another country's social security system, if that is the case.
niss-cat-doc-a1_certificate-obtained_from = The social security institution of the country that covers you.
niss-cat-doc-voluntary_insurance_basis-name = Document that establishes the basis for voluntary social insurance
niss-cat-doc-voluntary_insurance_basis-proves = Your basis for voluntary social insurance (the exact document could not be confirmed: ask Social Security).
niss-cat-doc-voluntary_insurance_basis-obtained_from = It depends on the case; Social Security says which.
niss-cat-doc-official_requirement-name = The official request that requires the NISS (screenshot or message, dated)
niss-cat-doc-official_requirement-proves = Why you need the NISS when no work situation justifies it.
niss-cat-doc-official_requirement-obtained_from = The AIMA portal or e-mail (or that of the service that asked for it).
niss-cat-doc-ss_reply-name = Social Security replies (refusal, request for documents) and contact dates
niss-cat-doc-ss_reply-proves = What Social Security already decided or asked for, and when.
niss-cat-doc-ss_reply-obtained_from = Your e-mail or Segurança Social Direta.
niss-cat-doc-niss_notice-name = NISS attribution notice
niss-cat-doc-niss_notice-proves = That the NISS exists and which identity it was assigned to.
niss-cat-doc-niss_notice-obtained_from = Social Security (e-mail, letter or Segurança Social Direta).
niss-cat-doc-niss_request_proof-name = Proof of the NISS request (date and attachments sent)
niss-cat-doc-niss_request_proof-proves = That you requested the NISS, and when, even if no answer has arrived yet.
niss-cat-doc-niss_request_proof-obtained_from = Social Security's confirmation e-mail or a screenshot of the submission.
niss-cat-doc-address_proof-name = Proof of current address
niss-cat-doc-address_proof-proves = Your Portuguese address (lease or loan-for-use agreement, water, power or gas bill, land registry certificate, landlord's declaration).
niss-cat-doc-address_proof-obtained_from = Landlord, utility company or land registry.
niss-cat-doc-prior_work_evidence-name = Evidence of earlier work in Portugal (payslips, contracts)
niss-cat-doc-prior_work_evidence-proves = The link to your old Social Security record.
niss-cat-doc-prior_work_evidence-obtained_from = Your records or former employers.
niss-cat-doc-name_change_certificate-name = Marriage, divorce or name-change certificate
niss-cat-doc-name_change_certificate-proves = Why the name changed.
niss-cat-doc-name_change_certificate-obtained_from = The civil registry of the country where the change was registered.
niss-cat-doc-identity_link_statement-name = Short note linking the identities
niss-cat-doc-identity_link_statement-proves = That the old and the new name or passport belong to the same person (names, passport numbers, birth date).
niss-cat-doc-identity_link_statement-obtained_from = Written by you, dated and signed.
niss-cat-doc-representation_proof-name = Power of attorney or third-party authorisation declaration
niss-cat-doc-representation_proof-proves = That whoever files the request may represent you.
niss-cat-doc-representation_proof-obtained_from = Signed by you (or by the parents or guardian, for a minor).
niss-cat-doc-representative_id-name = The representative's identity document
niss-cat-doc-representative_id-proves = The identity of whoever files on your behalf.
niss-cat-doc-representative_id-obtained_from = The representative.
niss-cat-doc-ss_contract_notice-name = Social Security notice on contracts with foreign citizens (printed, or its link)
niss-cat-doc-ss_contract_notice-proves = That the contract may be signed before there is a NISS.
niss-cat-doc-ss_contract_notice-obtained_from = The Social Security portal (news).
niss-cat-doc-portal_error_screenshot-name = Screenshot of the exact error (full text, date and time)
niss-cat-doc-portal_error_screenshot-proves = The exact blocker, so whoever handles it knows what failed.
niss-cat-doc-portal_error_screenshot-obtained_from = The portal screen, when the error shows.
niss-cat-doc-family_member_reason-name = Evidence of why the family member needs a NISS
niss-cat-doc-family_member_reason-proves = That this person has a reason of their own (work, a benefit, an AIMA request).
niss-cat-doc-family_member_reason-obtained_from = It depends on the reason: contract, AIMA request, benefit claim.
niss-cat-doc-employer_identification-name = The employer's identification (its NIPC and its Social Security identification number)
niss-cat-doc-employer_identification-proves = Identifies the employer that files the request on the worker's behalf.
niss-cat-doc-employer_identification-obtained_from = The employer itself.
niss-cat-doc-employer_signatory_id-name = ID of the person who signs for the employer, and proof that they may bind it (for instance the access code of the permanent commercial registry certificate)
niss-cat-doc-employer_signatory_id-proves = Who signs the request in the employer's name.
niss-cat-doc-employer_signatory_id-obtained_from = The employer itself.

## What not to do

niss-cat-do_not-no_second_niss = Do not request a second NISS. If you already have one (even an old one, or one AIMA cannot find), ask for the record to be corrected or updated: duplicate numbers cause problems with contributions and benefits.
niss-cat-do_not-no_fake_work_evidence = Do not claim work that does not exist or pay for a contract: a false basis harms your file with both AIMA and Social Security.
niss-cat-do_not-no_borrowed_niss = Do not use a borrowed, someone else's or made-up NISS, and do not let the employer do so.
niss-cat-do_not-tp_no_ordinary_request = Do not file an ordinary NISS request: under temporary protection the NISS is assigned through the protection process itself and should be on your declaration. If it is not, the desks dedicated to temporary protection sort it out.
niss-cat-do_not-no_hr_refusal_acceptance = Do not accept HR postponing the contract only because you have no NISS yet: Social Security has stated that the contract can be signed first.
niss-cat-do_not-no_blank_forms = Do not sign blank forms or hand editable copies of your documents to go-betweens who promise an instant NISS.
niss-cat-do_not-identity_versions = Do not let Social Security, AIMA, your employer and your bank each keep a different version of your name or passport.
niss-cat-do_not-no_resubmit_same = Do not send the same incomplete file again: send exactly the missing document.
niss-cat-do_not-no_wait_deadline = Do not wait for the AIMA deadline: act before it and keep dated proof of every step.
niss-cat-do_not-activity_is_not_niss = Do not assume that registering as self-employed with the tax office gives you a NISS: they are two separate steps.
niss-cat-do_not-intention_not_evidence = Do not request the NISS on the mere intention of freelancing: without a registered activity and invoices, the request tends to be refused.
niss-cat-do_not-niss_not_settle_nomad = Do not assume the NISS settles tax, labour or contribution questions: it is only an identification number.
niss-cat-do_not-officer_not_contract = Do not use a personal employment contract instead of the commercial registry certificate that shows your role.
niss-cat-do_not-ssv_not_automatic = Do not assume voluntary social insurance is open to you just because you need a NISS.
niss-cat-do_not-cplp_one_rule = Do not assume the rule for one year or one CPLP nationality applies to every CPLP case: the rules have changed several times.
niss-cat-do_not-tp_no_combined = Do not go to the combined Espaço Cidadão service: it excludes temporary-protection holders, whose numbers already come with the declaration.
niss-cat-do_not-household_not_shared = Do not assume one household member's NISS covers the others: each person has their own.
niss-cat-do_not-check_before_request = Do not file a new NISS request before Social Security tells you whether you already have one: it may have been assigned by a former employer, during an earlier stay or automatically with a residence application.
niss-cat-do_not-no_double_route = Do not also file Social Security's online request: the combined service assigns the NISS, and two requests can create two numbers.
niss-cat-do_not-no_file_twice = Do not file a second request while the first one is pending: follow it up and keep proof of every contact.

## Steps

niss-cat-step-tp_check_declaration = Look for the NISS on the temporary-protection declaration you received by e-mail.
niss-cat-step-unknown_ask_ss = First ask Social Security whether a NISS was ever assigned to you (at a desk, by phone or in writing: letter below), with your passport (and any earlier one), your NIF and your birth date. A NISS may have been assigned by a former employer, during an earlier stay or automatically with a residence application.
niss-cat-step-ret_recover = Ask Social Security to confirm or recover your old NISS, with your identity documents (current and old); do not file a new request.
niss-cat-step-aima_check_record = Before entering the renewals portal, check that the NISS and the address AIMA holds are right.
niss-cat-step-aima_update_address = Update your address with AIMA: the residence card is posted to the recorded address.
niss-cat-step-id_update_ss = Ask Social Security to update the name and passport number linked to your NISS, attaching the documents that link the identities.
niss-cat-step-id_update_others = Then align the same name, passport number, NIF and birth date with AIMA, your employer and your bank.
niss-cat-step-cs_appointment = Book an appointment at a participating Espaço Cidadão for the combined NIF, NISS and SNS user number request, and bring the documents on this list. This is your route to the NISS: do not also file Social Security's online request.
niss-cat-step-unknown_then_combined = Only if Social Security confirms that you have no NISS, book the combined request (NIF, NISS and SNS user number) at a participating Espaço Cidadão. If it finds a number, say so at the desk, so that no second one is created.
niss-cat-step-emp_sign_contract = The employer signs the employment contract without waiting for the NISS; the number does not need to appear in it.
niss-cat-step-ind_open_activity = Register your self-employed activity with the tax office and issue the first invoices before requesting the NISS.
niss-cat-step-ind_open_activity_has_niss = Register your self-employed activity with the tax office before you start working; Social Security uses the NISS you already have (no new request is needed).
niss-cat-step-ssv_ask_basis = Ask Social Security, in writing, which document establishes your basis for voluntary social insurance.
niss-cat-step-nomad_a1_first = Before requesting the NISS, settle the coordination question: ask your employer (or its country's social security) whether you stay covered by that system. If you do, ask for the A1 certificate (EU, EEA, Switzerland) or the certificate under a bilateral agreement and attach it to the request; if you do not, contributions may be due in Portugal. Do not conclude either way without that answer.
niss-cat-step-not_working_explain = In the request, state truthfully that you are not working and that AIMA (or another service) requires the NISS, and ask which document to use as the basis.
niss-cat-step-fam_own_request = Handle each household member's NISS separately, with that person's own documents; for a minor, the parents or legal representative file, with proof of representation.
niss-cat-step-ss_send_missing = Read Social Security's reply and send exactly the document it says is missing, readable and translated if it is not in Portuguese; do not send the same file again.
niss-cat-step-follow_up_request = You have already filed the request: do not file another. Keep the proof (date and attachments sent) and follow it up with Social Security, noting each contact.
niss-cat-step-file_request = File the NISS request on Social Security's online form (Sou Cidadão › Atribuição de NISS › Cidadãos estrangeiros), attaching the documents on this list.
niss-cat-step-unknown_then_request = Only if Social Security confirms that you have no NISS, file the request (online form: Sou Cidadão › Atribuição de NISS › Cidadãos estrangeiros) with the documents on this list. If it finds a number, ask for that record to be confirmed or corrected, not for a new number.
niss-cat-step-ask_copies = Ask whoever files for you for a copy of everything sent and of every reply.
niss-cat-step-tp_desk = If the declaration does not show a NISS, go to a desk dedicated to temporary protection.
niss-cat-step-collect_niss = When the confirmation e-mail arrives, collect the NISS in person at a Social Security service desk, with your identity document.
niss-cat-step-emp_give_niss = Give the NISS to your employer in writing and keep proof that you sent it.
niss-cat-step-emp_register_link = The employer reports the contract and the employment link in Segurança Social Direta (Trabalho › Admissão de trabalhadores › Comunicar contrato e vínculo).
niss-cat-step-aima_send_niss = Send the NISS to AIMA through its contact form (contactenos.aima.gov.pt), with proof of the number (the attribution notice, or the temporary-protection declaration), and keep the receipt; AIMA has said it inserts it within about 2 business days.
niss-cat-step-tp_show_declaration = If a service says your NISS is missing, show the temporary-protection declaration and ask which field failed.
niss-cat-step-emp_check_ssd = After the first payday, check in Segurança Social Direta that the employment link and contributions show.
niss-cat-step-ret_ssd = Recover access to Segurança Social Direta and check your contribution history.
niss-cat-step-ind_check_obligations = Ask Social Security which registration and contributions apply to your activity and whether any exemption period applies; do not assume it.
niss-cat-step-nomad_cross_border = Get advice on social security coordination between countries (A1 certificate or a bilateral agreement) before concluding whether you owe contributions in Portugal.
niss-cat-step-officer_framework = Confirm the contribution framework for statutory-body members with a certified accountant.
niss-cat-step-cplp_keep_docs = Keep the CPLP documents in your NISS file and check the current guidance from Social Security or gov.pt.
niss-cat-step-not_working_loop = If Social Security refuses or asks for proof of work, keep the reply and follow the evidence loop in the escalation file.
niss-cat-step-fam_table = Keep a household table: person, NIF, NISS, SNS number, AIMA number, status, issuer and linked e-mail.
niss-cat-step-id_align_later = Once the NISS is assigned, check that Social Security, AIMA, your employer and your bank all hold the same name and your current passport number.

## Profiles

niss-cat-profile-employee-name = Employee
niss-cat-profile-employee-match_reason = You answered that you work (or are about to work) for an employer in Portugal.
niss-cat-profile-employee-channel = Social Security's online NISS request form (then the number is collected in person); or a Social Security desk.
niss-cat-profile-employee-fallback = If HR refuses, show the Social Security notice, ask for the company policy in writing and propose the right order: signed contract, NISS request with the contract, the employer reports the link.
niss-cat-profile-employee-fallback-if-has_niss_now = If the employer does not report the employment link after you give it the NISS, ask in writing when it will, and check Segurança Social Direta after the first payday.
niss-cat-profile-employee-fallback-if-combined_route = If the Espaço Cidadão cannot assign the NISS in your case, ask for the reason in writing, then request the NISS from Social Security with your signed contract.
niss-cat-profile-employee-doc-passport-why = Identifies the person who will hold the NISS.
niss-cat-profile-employee-doc-nif_proof-why = It is usually asked for with the request and helps link the records.
niss-cat-profile-employee-doc-employment_contract-why = The job is the basis of the request; the signed contract is the main evidence.
niss-cat-profile-employee-doc-employment_contract-or-employer_declaration-label = Proof of the job
niss-cat-profile-employee-doc-employment_contract-or-employer_declaration-why = The job is the basis of the request: ask for the signed contract (no NISS is needed to sign it) or, meanwhile, an employer's declaration.
niss-cat-profile-employee-doc-residence-third_country-why = A third-country national must prove residence, or the residence application.
niss-cat-profile-employee-doc-residence-eu-why = For an EU citizen it is not required for the NISS, but it helps prove residence.
niss-cat-profile-employee-doc-ss_contract_notice-why = To show HR that the contract comes first.
niss-cat-profile-independent_worker-name = Self-employed worker
niss-cat-profile-independent_worker-match_reason = You answered that you are self-employed.
niss-cat-profile-independent_worker-channel = Social Security's online NISS request form (then the number is collected in person); or a Social Security desk.
niss-cat-profile-independent_worker-fallback = If the request is refused for lack of work evidence, wait until you have the registered activity and issued invoices, then apply again with them.
niss-cat-profile-independent_worker-fallback-if-has_niss_now = If Social Security asks for more about your activity, send the start-of-activity declaration and your invoices; your NISS stays the same.
niss-cat-profile-independent_worker-doc-passport-why = Identifies the person who will hold the NISS.
niss-cat-profile-independent_worker-doc-nif_proof-why = Your self-employed activity is registered under your NIF.
niss-cat-profile-independent_worker-doc-activity_start-with_activity-why = Proves that the activity is registered.
niss-cat-profile-independent_worker-doc-activity_start-no_activity-why = You do not have it yet: register the activity with the tax office first (see the steps). Without it, the request tends to be refused.
niss-cat-profile-independent_worker-doc-invoices_receipts-no_activity-why = You do not have them yet: issue the first invoice or invoice-receipt before requesting the NISS.
niss-cat-profile-independent_worker-doc-invoices_receipts-with_activity-why = Proves that the activity has started.
niss-cat-profile-independent_worker-doc-residence-third_country-why = A third-country national must prove residence, or the residence application.
niss-cat-profile-independent_worker-doc-residence-eu-why = For an EU citizen it is not required for the NISS, but it helps prove residence.
niss-cat-profile-digital_nomad-name = Digital nomad / foreign employer
niss-cat-profile-digital_nomad-match_reason = You answered that you work for an employer abroad.
niss-cat-profile-digital_nomad-channel = Social Security's online NISS request form (then the number is collected in person); or a Social Security desk.
niss-cat-profile-digital_nomad-fallback = If another country's system covers you, attach the coordination document (such as the A1) and ask Social Security for guidance; many digital nomads do not contribute in Portugal.
niss-cat-profile-digital_nomad-doc-passport-why = Identifies the person who will hold the NISS.
niss-cat-profile-digital_nomad-doc-nif_proof-why = It is usually asked for with the request and helps link the records.
niss-cat-profile-digital_nomad-doc-foreign_employment_contract-why = It is the work evidence the source guide names for digital nomads.
niss-cat-profile-digital_nomad-doc-remote_work_evidence-why = Shows that the work is done from Portugal.
niss-cat-profile-digital_nomad-doc-a1_certificate-why = If you remain covered by another country, it shows this.
niss-cat-profile-digital_nomad-doc-residence-third_country-why = A third-country national must prove residence, or the residence application.
niss-cat-profile-digital_nomad-doc-residence-eu-why = For an EU citizen it is not required for the NISS, but it helps prove residence.
niss-cat-profile-company_officer-name = Company officer or statutory-body member
niss-cat-profile-company_officer-match_reason = You answered that you are a manager, director or member of a company body.
niss-cat-profile-company_officer-channel = Social Security's online NISS request form (then the number is collected in person); or a Social Security desk.
niss-cat-profile-company_officer-fallback = The framework is technical: ask a certified accountant or a lawyer for help.
niss-cat-profile-company_officer-doc-passport-why = Identifies the person who will hold the NISS.
niss-cat-profile-company_officer-doc-nif_proof-why = It is usually asked for with the request and helps link the records.
niss-cat-profile-company_officer-doc-company_registry_certificate-why = It is the work evidence for someone who runs a company.
niss-cat-profile-company_officer-doc-residence-third_country-why = A third-country national must prove residence, or the residence application.
niss-cat-profile-company_officer-doc-residence-eu-why = For an EU citizen it is not required for the NISS, but it helps prove residence.
niss-cat-profile-voluntary_insurance-name = Voluntary social insurance
niss-cat-profile-voluntary_insurance-match_reason = You answered that you want to join voluntary social insurance.
niss-cat-profile-voluntary_insurance-channel = Social Security (desk or online form), after confirming the basis.
niss-cat-profile-voluntary_insurance-fallback = If Social Security says voluntary insurance does not apply, check whether another situation (work, an AIMA request) supports the request.
niss-cat-profile-voluntary_insurance-fallback-if-has_niss_now = If Social Security says voluntary social insurance does not apply, ask in writing which scheme does; your NISS stays the same.
niss-cat-profile-voluntary_insurance-doc-passport-why = Identifies the person who will hold the NISS.
niss-cat-profile-voluntary_insurance-doc-voluntary_insurance_basis-why = It is the basis of the request; confirm which one applies to you.
niss-cat-profile-voluntary_insurance-doc-residence-third_country-why = A third-country national must prove residence, or the residence application.
niss-cat-profile-voluntary_insurance-doc-residence-eu-why = For an EU citizen it is not required for the NISS, but it helps prove residence.
niss-cat-profile-student_or_not_working-name = Student or resident not working
niss-cat-profile-student_or_not_working-match_reason = You answered that you are not working.
niss-cat-profile-student_or_not_working-channel = Social Security's online form, with the official request (for instance from AIMA) as the basis.
niss-cat-profile-student_or_not_working-fallback = Evidence loop: keep AIMA's request, request the NISS with it, keep Social Security's reply, send it to AIMA and apply again when a new basis appears. In August 2025 Social Security said it would issue the NISS to those who needed it for renewal.
niss-cat-profile-student_or_not_working-fallback-if-has_niss_now = If a service does not recognise your NISS, send it proof of the number (the attribution notice, or the temporary-protection declaration) and keep the receipt; do not request a new number.
niss-cat-profile-student_or_not_working-fallback-if-combined_route = If the Espaço Cidadão cannot assign the NISS, ask for the reason in writing, then request it from Social Security with the official request that requires the NISS.
niss-cat-profile-student_or_not_working-doc-passport-why = Identifies the person who will hold the NISS.
niss-cat-profile-student_or_not_working-doc-official_requirement-why = Without work, the strongest evidence is the official request that requires the NISS.
niss-cat-profile-student_or_not_working-doc-residence-third_country-why = A third-country national must prove residence, or the residence application.
niss-cat-profile-student_or_not_working-doc-residence-eu-why = For an EU citizen it is not required for the NISS, but it helps prove residence.
niss-cat-profile-student_or_not_working-doc-ss_reply-why = Shows what Social Security already answered.
niss-cat-profile-aima_renewal-name = AIMA renewal or update
niss-cat-profile-aima_renewal-match_reason = You answered that you need the NISS for a residence renewal or update with AIMA.
niss-cat-profile-aima_renewal-channel = AIMA's contact form (contactenos.aima.gov.pt) to add the NISS or change the address; Social Security or some Citizen Shops if you have no NISS yet.
niss-cat-profile-aima_renewal-fallback = Prepare the escalation file before the deadline and keep dated proof that you acted in time.
niss-cat-profile-aima_renewal-doc-passport-why = Identifies the person who will hold the NISS.
niss-cat-profile-aima_renewal-doc-niss_notice-why = Proves the NISS exists, so AIMA can add it.
niss-cat-profile-aima_renewal-doc-niss_request_proof-why = Proves you requested the NISS in time.
niss-cat-profile-aima_renewal-doc-official_requirement-why = Shows that AIMA requires the NISS.
niss-cat-profile-aima_renewal-doc-address_proof-why = Your address changed: the card is posted to the address AIMA holds.
niss-cat-profile-aima_renewal-doc-residence-third_country-why = A third-country national must prove residence, or the residence application.
niss-cat-profile-aima_renewal-doc-residence-eu-why = For an EU citizen it is not required for the NISS, but it helps prove residence.
niss-cat-profile-returning_with_old_niss-name = Returning to Portugal with an old NISS
niss-cat-profile-returning_with_old_niss-match_reason = You answered that you had a NISS before.
niss-cat-profile-returning_with_old_niss-channel = Social Security (desk or Segurança Social Direta), to confirm the existing number.
niss-cat-profile-returning_with_old_niss-fallback = If the old record holds wrong data, ask for that record to be corrected (not for a new number), with documents that link the identities.
niss-cat-profile-returning_with_old_niss-doc-passport-why = Identifies the person who will hold the NISS.
niss-cat-profile-returning_with_old_niss-doc-old_passport-why = Links you to the identity the old record was created under.
niss-cat-profile-returning_with_old_niss-doc-nif_proof-why = It is usually asked for with the request and helps link the records.
niss-cat-profile-returning_with_old_niss-doc-prior_work_evidence-why = Helps Social Security find the old record.
niss-cat-profile-returning_with_old_niss-doc-niss_notice-why = If you still have it, it shows the old number.
niss-cat-profile-niss_unknown-name = Not sure whether you ever had a NISS
niss-cat-profile-niss_unknown-match_reason = You answered that you do not know whether you ever had a NISS.
niss-cat-profile-niss_unknown-channel = Social Security (desk, phone line or in writing), to confirm whether a number already exists before any request.
niss-cat-profile-niss_unknown-fallback = If Social Security cannot say whether a number exists, ask for the answer in writing and keep it: it protects you if a second number appears later.
niss-cat-profile-niss_unknown-doc-passport-why = Social Security searches for a record in your name with it.
niss-cat-profile-niss_unknown-doc-old_passport-why = An old NISS may be linked to an earlier passport.
niss-cat-profile-niss_unknown-doc-nif_proof-why = Helps find an existing record.
niss-cat-profile-niss_unknown-doc-prior_work_evidence-why = Earlier work in Portugal may have created a NISS.
niss-cat-profile-identity_changed-name = Passport or name changed
niss-cat-profile-identity_changed-match_reason = You answered that your passport or name changed.
niss-cat-profile-identity_changed-channel = Data update with Social Security; then AIMA, your employer and your bank.
niss-cat-profile-identity_changed-fallback = If an institution does not accept the change, escalate with the documents that link the identities.
niss-cat-profile-identity_changed-doc-passport-why = Identifies the person who will hold the NISS.
niss-cat-profile-identity_changed-doc-old_passport-why = Links the new passport to the old one.
niss-cat-profile-identity_changed-doc-name_change_certificate-why = If the name changed, it explains why.
niss-cat-profile-identity_changed-doc-identity_link_statement-why = Explains on one page that both identities are the same person.
niss-cat-profile-cplp_national-name = CPLP national
niss-cat-profile-cplp_national-match_reason = You answered that you are a national of a CPLP country.
niss-cat-profile-cplp_national-channel = Social Security's online NISS request form (then the number is collected in person); or a Social Security desk.
niss-cat-profile-cplp_national-fallback = Check the current guidance from Social Security or gov.pt: CPLP rules have changed several times.
niss-cat-profile-cplp_national-doc-passport-why = Identifies the person who will hold the NISS.
niss-cat-profile-cplp_national-doc-residence-third_country-why = A third-country national must prove residence, or the residence application.
niss-cat-profile-cplp_national-doc-residence-eu-why = For an EU citizen it is not required for the NISS, but it helps prove residence.
niss-cat-profile-ukraine_temporary_protection-name = Temporary protection (Ukraine)
niss-cat-profile-ukraine_temporary_protection-match_reason = You answered that you hold temporary protection as a person displaced from Ukraine.
niss-cat-profile-ukraine_temporary_protection-channel = The temporary-protection platform (formerly sefforukraine.sef.pt) and dedicated desks; the numbers are assigned from the protection request.
niss-cat-profile-ukraine_temporary_protection-fallback = Go to the desks dedicated to people displaced from Ukraine.
niss-cat-profile-ukraine_temporary_protection-doc-passport-why = Identifies the person who will hold the NISS.
niss-cat-profile-ukraine_temporary_protection-doc-tp_declaration-why = It normally shows your NIF, NISS and SNS number.
niss-cat-profile-family_member-name = Request for a family member
niss-cat-profile-family_member-match_reason = You answered that you are handling a family member's NISS; the other answers describe that person.
niss-cat-profile-family_member-channel = The combined Espaço Cidadão service (if the person is eligible) or Social Security's form.
niss-cat-profile-family_member-fallback = If the person is eligible, the combined Espaço Cidadão service handles all three numbers in one visit; otherwise use Social Security's form.
niss-cat-profile-family_member-fallback-if-temporary_protection = Under temporary protection, each family member's numbers come on that person's own protection declaration: check each one.
niss-cat-profile-family_member-fallback-if-has_niss_now = Check that each household member's NISS is really their own, and keep the household table up to date.
niss-cat-profile-family_member-doc-family_member_reason-why = Each person needs a reason of their own to hold a NISS.

## Representation

niss-cat-representation-employer-note = An employer may request the NISS for you only when there is an employment relationship; it attaches its own documents and the contract, not a private power of attorney.
niss-cat-representation-employer-doc-employer_identification-why = The employer files for you, as your representative, and identifies itself.
niss-cat-representation-employer-doc-employer_signatory_id-why = Identifies who signs in the employer's name.
niss-cat-representation-representative-note = The legal representative attaches proof of representation and their own identity document.
niss-cat-representation-representative-doc-representation_proof-why = Whoever files on your behalf must prove the representation.
niss-cat-representation-representative-doc-representative_id-why = Identifies the representative.

## Proof of residence

niss-cat-residence-tp_declaration-label = Proof of residence
niss-cat-residence-eu_registration_certificate-label = Proof of residence
niss-cat-residence-residence_title-or-cplp_ar_certificate-label = Residence authorisation (or CPLP certificate)
niss-cat-residence-cplp_residence_visa-or-residence_visa-label = CPLP residence visa or another residence visa
niss-cat-residence-aima_receipt-label = Proof of residence
niss-cat-residence-international_protection_document-label = Proof of residence
niss-cat-residence-residence_title-label = Proof of residence
niss-cat-residence-residence_visa-label = Proof of residence

## Combined service

niss-cat-combined_service-name = Combined NIF, NISS and SNS user number request (Espaço Cidadão)
niss-cat-combined_service-channel = Participating Espaços Cidadão, in one visit, with passport identification and Chave Móvel Digital activation.
niss-cat-combined_service-eligible_text = You can use the combined service: you meet every condition.
niss-cat-combined_service-not_eligible_advice = If you are not eligible, request the numbers separately: the NIF from the tax office, the NISS from Social Security and the SNS number from a health centre.
niss-cat-combined_service-not_eligible_advice-if-temporary_protection = Your NIF, NISS and SNS user number come with the temporary-protection declaration: look for them there; if one is missing, go to a desk dedicated to temporary protection.
niss-cat-combined_service-not_eligible_advice-if-has_niss_now = You already have a NISS: request only what you are missing, the NIF from the tax office and the SNS user number from a health centre.
niss-cat-combined_service-condition-no_pt_citizen_card-met = You do not hold a Portuguese Citizen Card.
niss-cat-combined_service-condition-no_pt_citizen_card-not_met = You hold a Portuguese Citizen Card: the service is only for people without one (and your NISS is on the back of the card).
niss-cat-combined_service-condition-pt_address-met = You have a Portuguese address.
niss-cat-combined_service-condition-pt_address-not_met = You have no Portuguese address: the service requires one and does not serve people abroad.
niss-cat-combined_service-condition-listed_status-met = You are in one of the listed situations (residence visa or authorisation, pending application with receipt, EU citizenship, international protection or refugee status).
niss-cat-combined_service-condition-listed_status-not_met = You are not in any of the listed situations (residence visa or authorisation, pending application with receipt, EU citizenship, international protection or refugee status).
niss-cat-combined_service-condition-not_temporary_protection-met = You are not covered by temporary protection.
niss-cat-combined_service-condition-not_temporary_protection-not_met = You hold temporary protection (RCM 29-A/2022): you are excluded from this service, because your numbers are already assigned with the protection declaration.
niss-cat-combined_service-doc-passport-why = The combined service identifies you by passport.
niss-cat-combined_service-doc-address_proof-why = If your ID does not show the address, bring proof with the exact address you will declare.
niss-cat-combined_service-doc-residence-why = Proves the situation that gives access to the service.
niss-cat-combined_service-step-cs_go = Go to a participating Espaço Cidadão with the documents; ask them to activate the Chave Móvel Digital.
niss-cat-combined_service-step-cs_ask_immediate = Ask which numbers are assigned at once and which come later.
niss-cat-combined_service-step-cs_receive = The numbers arrive by e-mail and appear in your gov.pt account.
niss-cat-combined_service-step-cs_say_existing = Tell the desk that you already have a NISS, so that no second number is created.

## Portal messages

niss-cat-portal-niss_missing-title = "NISS missing" or "NISS not found"
niss-cat-portal-niss_missing-case-had_niss-means = The NISS exists but has not reached the record of whoever asks for it (AIMA, for instance): the systems are not in sync.
niss-cat-portal-niss_missing-case-had_niss-todo-1 = Send an update with the NISS attribution notice and keep the receipt.
niss-cat-portal-niss_missing-case-had_niss-todo-2 = Do not request a new NISS.
niss-cat-portal-niss_missing-case-no_niss_yet-means = No NISS has been assigned to you yet.
niss-cat-portal-niss_missing-case-no_niss_yet-todo-1 = Get the NISS by the route in the steps below, keeping the request that requires it as evidence; then send the number to whoever asked for it.
niss-cat-portal-niss_missing-case-niss_unknown-means = You do not know whether you have a NISS: a number may exist that never reached you, or none.
niss-cat-portal-niss_missing-case-niss_unknown-todo-1 = First ask Social Security to check whether a NISS exists in your name; do not file a new request before it answers.
niss-cat-portal-niss_missing-case-temporary_protection-means = The NISS should be on the temporary-protection declaration: it is a data problem, not a missing number.
niss-cat-portal-niss_missing-case-temporary_protection-todo-1 = Show the declaration and ask which field failed.
niss-cat-portal-niss_missing-doc-portal_error_screenshot-why = Shows exactly what the portal said.
niss-cat-portal-niss_missing-doc-niss_notice-why = Proves that the NISS exists.
niss-cat-portal-niss_invalid-title = "NISS invalid" or "NISS not recognised"
niss-cat-portal-niss_invalid-case-typed_niss_fails_check-means = The number you typed fails the check-digit test: there is almost certainly a typing mistake.
niss-cat-portal-niss_invalid-case-typed_niss_fails_check-todo-1 = Compare it digit by digit with the attribution notice and type it again.
niss-cat-portal-niss_invalid-case-typed_niss_not_failing-means = If the number is typed correctly, the likeliest cause is that the identity data (name, passport, birth date) differ between Social Security and whoever checks it.
niss-cat-portal-niss_invalid-case-typed_niss_not_failing-todo-1 = Compare the digits with the attribution notice.
niss-cat-portal-niss_invalid-case-typed_niss_not_failing-todo-2 = If your passport or name changed, correct the data with documents that link the identities.
niss-cat-portal-niss_invalid-case-typed_niss_not_failing-todo-3 = Ask for the data to be corrected, not for a new number.
niss-cat-portal-niss_invalid-doc-niss_notice-why = Lets you compare the number and the identity data.
niss-cat-portal-niss_invalid-doc-portal_error_screenshot-why = Shows exactly what the portal said.
niss-cat-portal-niss_invalid-doc-old_passport-why = The NISS may have been assigned under the old passport.
niss-cat-portal-data_cannot_be_updated-title = "Data cannot be updated"
niss-cat-portal-data_cannot_be_updated-case-always-means = It usually means the wrong channel or renewal type, an outdated address, an expired title, or a renewal route not open to you.
niss-cat-portal-data_cannot_be_updated-case-always-todo-1 = Copy the exact error text and take a dated screenshot.
niss-cat-portal-data_cannot_be_updated-case-always-todo-2 = Use AIMA's official contact channel.
niss-cat-portal-data_cannot_be_updated-case-always-todo-3 = Keep every receipt in the escalation file.
niss-cat-portal-data_cannot_be_updated-case-address_changed-means = Your address changed: that is one of the usual causes.
niss-cat-portal-data_cannot_be_updated-case-address_changed-todo-1 = Correct the address with AIMA first (contact form), then try again.
niss-cat-portal-data_cannot_be_updated-case-address_not_changed-means = If your address is the same, the likelier cause is the channel, the renewal type or the title's expiry.
niss-cat-portal-data_cannot_be_updated-case-address_not_changed-todo-1 = Check that you used the right channel and renewal type for your title.
niss-cat-portal-data_cannot_be_updated-doc-portal_error_screenshot-why = Without the exact error text nobody knows what failed.
niss-cat-portal-data_cannot_be_updated-doc-address_proof-why = An outdated address is one of the commonest causes.
niss-cat-portal-documents_insufficient-title = Social Security: "documents insufficient"
niss-cat-portal-documents_insufficient-case-not_temporary_protection-means = Work evidence, residence evidence (third country) or proof of representation is missing, or documents are unreadable, untranslated or show identity data that do not match.
niss-cat-portal-documents_insufficient-case-not_temporary_protection-todo-1 = Read the reason and send exactly the missing document.
niss-cat-portal-documents_insufficient-case-not_temporary_protection-todo-2 = Check that every document is readable and, if it is not in Portuguese, translated.
niss-cat-portal-documents_insufficient-case-not_working-no_niss_known-means = Without work, the request lacks the usual basis.
niss-cat-portal-documents_insufficient-case-not_working-no_niss_known-todo-1 = Attach AIMA's request and ask how Social Security wants to handle the case.
niss-cat-portal-documents_insufficient-case-temporary_protection-means = Under temporary protection you should not need an ordinary request: the NISS comes with the protection declaration.
niss-cat-portal-documents_insufficient-case-temporary_protection-todo-1 = Do not send more documents to an ordinary request: show the declaration at a desk dedicated to temporary protection and ask which detail is missing.
niss-cat-portal-documents_insufficient-doc-ss_reply-why = Says exactly what is missing.
niss-cat-portal-employer_requires_niss-title = Employer: "no contract without a NISS"
niss-cat-portal-employer_requires_niss-case-no_niss_known-means = It is a misunderstanding: Social Security has stated that the contract may be signed before there is a NISS and that the number need not appear in it.
niss-cat-portal-employer_requires_niss-case-no_niss_known-todo-1 = Show Social Security's official notice.
niss-cat-portal-employer_requires_niss-case-no_niss_known-todo-2 = Ask for the company policy in writing.
niss-cat-portal-employer_requires_niss-case-no_niss_known-todo-3 = Propose the right order: signed contract, NISS request with the contract, the employer reports the link.
niss-cat-portal-employer_requires_niss-case-had_niss-means = You already have a NISS: the employer needs that one, not a new one.
niss-cat-portal-employer_requires_niss-case-had_niss-todo-1 = Give the employer your NISS in writing (it is on the attribution notice, or Social Security can confirm it).
niss-cat-portal-employer_requires_niss-case-temporary_protection-means = Your NISS is on your temporary-protection declaration.
niss-cat-portal-employer_requires_niss-case-temporary_protection-todo-1 = Give the employer, in writing, the NISS shown on the declaration.
niss-cat-portal-employer_requires_niss-doc-ss_contract_notice-why = It is the official proof that the contract comes first.
niss-cat-portal-employer_asks_for_niss-title = Employer: "give us your NISS"
niss-cat-portal-employer_asks_for_niss-case-had_niss-means = The employer needs the NISS you already have to report the employment link to Social Security.
niss-cat-portal-employer_asks_for_niss-case-had_niss-todo-1 = Give it the NISS in writing and keep proof; if you cannot find the attribution notice, ask Social Security to confirm the number (not for a new one).
niss-cat-portal-employer_asks_for_niss-case-temporary_protection-means = Your NISS is on your temporary-protection declaration.
niss-cat-portal-employer_asks_for_niss-case-temporary_protection-todo-1 = Give the employer, in writing, the NISS shown on the declaration.
niss-cat-portal-employer_asks_for_niss-case-niss_unknown-means = You may already have a NISS without knowing it.
niss-cat-portal-employer_asks_for_niss-case-niss_unknown-todo-1 = Tell the employer you are checking with Social Security whether you already have a number, and ask for that check before any new request.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-signed_contract-means = The employer needs the NISS to report the employment link, but it is your signed contract that lets you get one.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-signed_contract-todo-1 = Request the NISS now with the signed contract (or the employer may request it for you, as your representative).
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-signed_contract-todo-2 = Tell the employer in writing that the request is under way and that you will send the number as soon as it is assigned.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-no_signed_contract-means = It is the same deadlock: the NISS is requested with the contract, and Social Security has stated that the contract may be signed before there is a NISS.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-no_signed_contract-todo-1 = Show Social Security's official notice and ask for the signed contract (or an employer's declaration) to attach to the request.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-work_evidence_held-means = Whoever asks for your NISS needs it to report the work to Social Security; you request it with the evidence of your work situation.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-work_evidence_held-todo-1 = Follow the steps below to request the NISS and send the number to whoever asked as soon as you have it.
niss-cat-portal-employer_asks_for_niss-doc-ss_contract_notice-why = Shows the employer that the contract comes first and that the NISS is requested with it.

## Letters (always sent in Portuguese; the other languages are a translation for the person)

niss-cat-letter-employer_contract_first-subject = Employment contract before the NISS is assigned
niss-cat-letter-employer_contract_first-body =
    Dear Sir or Madam,

    I, { $name }, NIF { $nif }, need the signed employment contract in order to request my Social Security Identification Number (NISS). Social Security has stated, in its notice "Employment Contracts with Foreign Citizens", that the contract may be concluded before a NISS exists and that the number need not appear in it; once the NISS is assigned, the employer reports the employment link in Segurança Social Direta.

    I therefore ask for the signed contract (or an employer's declaration) to attach to the request. If the company's policy is different, please send it to me in writing.

    Kind regards,
    { $name }
    { $date }
niss-cat-letter-employer_niss_given-subject = My NISS
niss-cat-letter-employer_niss_given-body =
    Dear Sir or Madam,

    Here is my Social Security Identification Number: { $niss }. Please confirm when the employment link will be reported to Social Security and whether you need any other document from me.

    Kind regards,
    { $name }
    { $date }
niss-cat-letter-ss_request-subject = Request for a NISS
niss-cat-letter-ss_request-body =
    Dear Sir or Madam,

    I am requesting a Social Security Identification Number (NISS) as a foreign citizen. Reason for the request: { $reason }.

    I attach the following documents:
    { $documents }

    Please tell me if any document is missing.

    Kind regards,
    { $name }
    { $date }
niss-cat-letter-ss_voluntary_basis-subject = Which document establishes my basis for voluntary social insurance?
niss-cat-letter-ss_voluntary_basis-body =
    Dear Sir or Madam,

    I, { $name }, NIF { $nif }, wish to join voluntary social insurance and need a Social Security Identification Number (NISS) for it. Please tell me which document establishes my basis for voluntary social insurance, so that I can attach it to the NISS request.

    Kind regards,
    { $name }
    { $date }
niss-cat-letter-ss_check_existing-subject = Request to check whether a NISS was ever assigned to me
niss-cat-letter-ss_check_existing-body =
    Dear Sir or Madam,

    I do not know whether a Social Security Identification Number (NISS) was ever assigned to me. Before filing any request, I ask you to check, with the details below, whether a NISS exists in my name and, if so, to tell me the number; if none exists, please confirm it, so that I do not request a duplicate.

    Name: { $name }
    NIF: { $nif }
    I attach a copy of my passport (and of an earlier passport, if I have one).

    Kind regards,
    { $name }
    { $date }
niss-cat-letter-ss_correction-subject = Confirmation and correction of my NISS record
niss-cat-letter-ss_correction-body =
    Dear Sir or Madam,

    The NISS { $niss } was already assigned to me. Reason for contacting you: { $reason }. I ask you to confirm this number and, if needed, to correct the identity data linked to it (name, passport number, birth date), without assigning a new number.

    I attach the following documents:
    { $documents }

    Kind regards,
    { $name }
    { $date }
niss-cat-letter-aima_update-subject = Adding or correcting the NISS in my record
niss-cat-letter-aima_update-body =
    Dear Sir or Madam,

    My renewal or update requires the NISS, but my number ({ $niss }) does not appear, or is not recognised, in AIMA's record. My NIF is { $nif }. I attach proof of the NISS (the attribution notice or Social Security's confirmation), my passport and my residence document.

    Please update my record or tell me how to have it corrected.

    Kind regards,
    { $name }
    { $date }
niss-cat-letter-aima_pending-subject = NISS requested and still pending
niss-cat-letter-aima_pending-body =
    Dear Sir or Madam,

    My renewal or update requires the NISS, which I do not have yet. I requested it from Social Security on { $request_date } (proof attached). Please record that I acted in time and tell me how to proceed.

    Kind regards,
    { $name }
    { $date }
niss-cat-letter-aima_tp-subject = NISS assigned with temporary protection
niss-cat-letter-aima_tp-body =
    Dear Sir or Madam,

    My NISS was assigned with my temporary-protection declaration, which I attach. The number ({ $niss }) does not appear, or is not recognised, in AIMA's record. Please add it to my record or tell me which detail does not match.

    Kind regards,
    { $name }
    { $date }

## Escalation files

niss-cat-escalation-aima_loop-reason = AIMA requires a NISS that is missing, not recognised or cannot be added: put this file together before trying again, and before the deadline.
niss-cat-escalation-aima_loop-content-esc_requirement = AIMA's official request (screenshot or message, dated).
niss-cat-escalation-aima_loop-content-esc_check_result = Social Security's answer on whether a NISS exists in your name.
niss-cat-escalation-aima_loop-content-esc_request_proof = Proof of the NISS request: date sent and attachments.
niss-cat-escalation-aima_loop-content-esc_request_later = When you file the NISS request, add its proof here (date and attachments sent).
niss-cat-escalation-aima_loop-content-esc_ss_reply = Social Security's reply (refusal, request for documents) or, if there was none, the dates of each follow-up.
niss-cat-escalation-aima_loop-content-esc_ss_confirmation = Social Security's confirmation of your NISS and of the identity data it holds, if you asked for one.
niss-cat-escalation-aima_loop-content-esc_identity = Identity: passport (old and new, if it changed), residence card or receipt, NIF.
niss-cat-escalation-aima_loop-content-esc_tp_declaration = Your temporary-protection declaration (it shows the NISS) and your passport.
niss-cat-escalation-aima_loop-content-esc_address = Proof of the address update (AIMA and parish or town hall).
niss-cat-escalation-aima_loop-content-esc_notice = The NISS attribution notice.
niss-cat-escalation-aima_loop-content-esc_log = A chronological log of every contact: channel, date and reference number.
niss-cat-escalation-aima_loop-content-esc_cover = A short, factual cover letter (template below), without accusations.
niss-cat-escalation-aima_loop-evidence-loop_save_request = Keep AIMA's request that requires the NISS.
niss-cat-escalation-aima_loop-evidence-loop_check_first = Ask Social Security to check whether a NISS already exists in your name, and keep its answer.
niss-cat-escalation-aima_loop-evidence-loop_file = Request the NISS with that evidence and your status documents.
niss-cat-escalation-aima_loop-evidence-loop_save_reply = If Social Security refuses or asks for proof of work, keep the reply.
niss-cat-escalation-aima_loop-evidence-loop_to_aima = Send Social Security's reply to AIMA and ask for guidance or a correction.
niss-cat-escalation-aima_loop-evidence-loop_refile = When a new basis appears (a job, for instance), apply again with that evidence.
niss-cat-escalation-aima_loop-evidence-loop_send_niss = Send AIMA the NISS through its contact form, with proof of the number (the attribution notice or the temporary-protection declaration), and keep the receipt.
niss-cat-escalation-aima_loop-evidence-loop_follow_up = If AIMA's record still lacks the number after about 2 business days, ask Social Security for a written confirmation of your NISS and of the identity data it holds.
niss-cat-escalation-aima_loop-evidence-loop_confirm_to_aima = Send that confirmation to AIMA, citing your first receipt, and ask for the record to be corrected.
niss-cat-escalation-aima_loop-deadline-esc_deadline = If the NISS is still pending close to the AIMA deadline, keep dated proof that you acted in time: it may not guarantee the outcome, but it shows you did not let the deadline pass.
niss-cat-letter-escalation_cover-subject = Request for guidance: NISS required for renewal
niss-cat-letter-escalation_cover-body =
    Dear Sir or Madam,

    AIMA requires the NISS for the renewal or update of my residence. I requested the NISS on { $request_date }, with the documents listed in the attachment. Social Security replied: { $ss_reply_summary }.

    Please advise me how to proceed or update my record.

    Kind regards,
    { $name }
    { $date }
niss-cat-letter-escalation_cover_pending-subject = NISS required for renewal: request under way
niss-cat-letter-escalation_cover_pending-body =
    Dear Sir or Madam,

    AIMA requires the NISS for the renewal or update of my residence. I do not have a NISS yet and I am requesting it from Social Security. I will send you Social Security's reply as soon as I receive it. Please record that I acted before the deadline and tell me how to proceed.

    Kind regards,
    { $name }
    { $date }
niss-cat-letter-escalation_cover_unknown-subject = NISS required for renewal: check under way
niss-cat-letter-escalation_cover_unknown-body =
    Dear Sir or Madam,

    AIMA requires the NISS for the renewal or update of my residence. I have asked Social Security to check whether a NISS was ever assigned to me; I will send you its answer (and the number, if there is one) as soon as I receive it. Please record that I acted before the deadline and tell me how to proceed.

    Kind regards,
    { $name }
    { $date }
niss-cat-letter-escalation_cover_has_niss-subject = Assigned NISS missing from my AIMA record
niss-cat-letter-escalation_cover_has_niss-body =
    Dear Sir or Madam,

    AIMA requires the NISS for the renewal or update of my residence. Social Security assigned me the NISS { $niss }, but it does not appear, or is not recognised, in my AIMA record. I attach proof of the number and my identity documents. Please add it to my record or tell me which details do not match.

    Kind regards,
    { $name }
    { $date }
niss-cat-letter-escalation_cover_tp-subject = Temporary-protection NISS missing from my AIMA record
niss-cat-letter-escalation_cover_tp-body =
    Dear Sir or Madam,

    AIMA requires the NISS for the renewal or update of my residence. My NISS ({ $niss }) was assigned with my temporary-protection declaration, which I attach, but it does not appear, or is not recognised, in my AIMA record. Please add it to my record or tell me which detail does not match.

    Kind regards,
    { $name }
    { $date }
niss-cat-escalation-employer_refusal-reason = Your employer asks for a NISS you do not have yet. Social Security has stated that the contract comes first and that the NISS is requested with it: this file puts that to the employer and asks Social Security to confirm it in writing.
niss-cat-escalation-employer_refusal-content-emp_esc_request = The employer's request or refusal in writing (e-mail or message) or, if it was only said, your own note of it with the date and the name of who said it.
niss-cat-escalation-employer_refusal-content-emp_esc_notice = Social Security's notice "Employment Contracts with Foreign Citizens" (Dec. 2024), printed or as a link.
niss-cat-escalation-employer_refusal-content-emp_esc_offer = The job offer or the draft contract, with the start date.
niss-cat-escalation-employer_refusal-content-emp_esc_contract = Your signed employment contract.
niss-cat-escalation-employer_refusal-content-emp_esc_check = Social Security's answer on whether a NISS already exists in your name.
niss-cat-escalation-employer_refusal-content-emp_esc_identity = Your passport, residence document and NIF.
niss-cat-escalation-employer_refusal-content-emp_esc_log = A log of every contact with the employer and with Social Security: date, channel and person.
niss-cat-escalation-employer_refusal-evidence-emp_loop_writing = Ask the employer to put its requirement in writing.
niss-cat-escalation-employer_refusal-evidence-emp_loop_notice = Send the employer Social Security's notice with the first letter below and propose the right order: contract signed, NISS requested with it, employment link reported once the number exists.
niss-cat-escalation-employer_refusal-evidence-emp_loop_file = You already have a signed contract: do not wait for the employer; request the NISS with it and tell the employer the request is under way.
niss-cat-escalation-employer_refusal-evidence-emp_loop_ss = If the employer still refuses, send Social Security the second letter below and ask for a written answer you can show.
niss-cat-escalation-employer_refusal-evidence-emp_loop_forward = Forward Social Security's answer to the employer and keep a copy.
niss-cat-letter-employer_escalation_contract-subject = Employment contract before the NISS
niss-cat-letter-employer_escalation_contract-body =
    Dear Sir or Madam,

    On { $employer_request_date } I was told that the employment contract can only be signed once I have a Social Security Identification Number (NISS). Social Security has stated, in its notice "Employment Contracts with Foreign Citizens" (December 2024), that an employer may conclude the contract with a foreign citizen who has no NISS yet, that the number need not appear in the contract, and that the NISS is requested with the contract. Once the NISS is assigned, the employer reports the employment link in Segurança Social Direta.

    I therefore ask for the contract to be signed now, so that I can request the NISS with it. If the company's position is different, please send it to me in writing, with its basis.

    Kind regards,
    { $name }
    { $date }
niss-cat-letter-employer_escalation_signed-subject = My NISS: request under way
niss-cat-letter-employer_escalation_signed-body =
    Dear Sir or Madam,

    On { $employer_request_date } you asked me for my Social Security Identification Number (NISS). I do not have one yet: I am requesting it from Social Security with our signed contract, as Social Security's notice "Employment Contracts with Foreign Citizens" (December 2024) provides. I will send you the number as soon as it is assigned, so that you can report the employment link in Segurança Social Direta. If you need anything else from me meanwhile, please tell me in writing.

    Kind regards,
    { $name }
    { $date }
niss-cat-letter-ss_employer_escalation-subject = My employer requires the NISS before going ahead
niss-cat-letter-ss_employer_escalation-body =
    Dear Sir or Madam,

    I have no Social Security Identification Number (NISS) that I know of. My employer (or future employer) says it cannot go ahead with my contract without a NISS. Your notice "Employment Contracts with Foreign Citizens" (December 2024) says that the contract may be concluded before the NISS exists. Please confirm this to me in writing, so that I can show it to the employer, and tell me how to request the NISS in my situation.

    Name: { $name }
    NIF: { $nif }

    Kind regards,
    { $name }
    { $date }
niss-cat-escalation-ss_documents-reason = Social Security answered your NISS request with "documents insufficient": reply with exactly what is missing, and keep a record.
niss-cat-escalation-ss_documents-content-ssd_reply = Social Security's reply, with its date and reference.
niss-cat-escalation-ss_documents-content-ssd_missing = The exact document the reply asks for: readable, complete and translated if it is not in Portuguese.
niss-cat-escalation-ss_documents-content-ssd_request_proof = Proof of your NISS request (date and attachments sent).
niss-cat-escalation-ss_documents-content-ssd_identity = Your passport, residence document and NIF, with the same name and passport number as in the request.
niss-cat-escalation-ss_documents-content-ssd_log = A log of every contact: date, channel and reference.
niss-cat-escalation-ss_documents-evidence-ssd_loop_read = Read the reason in the reply and note the exact document it asks for.
niss-cat-escalation-ss_documents-evidence-ssd_loop_ask = If the reply does not say which document is missing, ask in writing before sending anything.
niss-cat-escalation-ss_documents-evidence-ssd_loop_send = Send exactly that document, citing the request's reference; do not send the same file again.
niss-cat-escalation-ss_documents-evidence-ssd_loop_keep = Keep proof of what you sent and follow the request up, noting each contact.
niss-cat-escalation-ss_documents-evidence-ssd_loop_refile = If the request is refused for lack of a basis (no work yet, for instance), apply again when the evidence exists, never with invented evidence.
niss-cat-letter-ss_documents_reply-subject = Reply: documents insufficient in my NISS request
niss-cat-letter-ss_documents_reply-body =
    Dear Sir or Madam,

    Regarding my NISS request of { $request_date }, you replied that the documents are insufficient ({ $ss_reply_summary }). I attach the missing document: { $missing_document }. If any other document is missing, please tell me which, so that I can send exactly that one.

    Name: { $name }
    NIF: { $nif }

    Kind regards,
    { $name }
    { $date }

## First week

niss-cat-first_week-fw_store = Store the attribution notice in at least two places.
niss-cat-first_week-fw_send = Send the NISS to whoever needs it: employer, accountant or the service that asked for it.
niss-cat-first_week-fw_aima = If the NISS was for AIMA, send the update through the right channel and keep the confirmation.
niss-cat-first_week-fw_ssd = Set up access to Segurança Social Direta and check your name, birth date and contact details.
niss-cat-first_week-fw_employee = Ask your employer when the employment link will show in Social Security; later, check that contributions appear. Deductions on the payslip without Social Security records point to an employer reporting problem.
niss-cat-first_week-fw_independent = Ask whether any further registration or contribution step applies after the assignment.
niss-cat-first_week-fw_nomad = Do not assume contributions are, or are not, due: review your cross-border position.
niss-cat-first_week-fw_inventory = Update your identifier inventory (see below): for each, its status, issuer and linked e-mail.
niss-cat-first_week-fw_leaving = If you ever leave Portugal, keep your Segurança Social Direta access and download your contribution record.

## Identifiers

niss-cat-identifier-nif-name = NIF (tax number)
niss-cat-identifier-nif-issuer = Tax and Customs Authority (Finanças)
niss-cat-identifier-niss-name = NISS (social security number)
niss-cat-identifier-niss-issuer = Social Security Institute
niss-cat-identifier-sns_number-name = SNS user number
niss-cat-identifier-sns_number-issuer = National Health Service (health centre / SPMS)
niss-cat-identifier-aima_number-name = AIMA file or residence-card number
niss-cat-identifier-aima_number-issuer = AIMA
niss-cat-identifier-bank_customer_number-name = Bank customer number
niss-cat-identifier-bank_customer_number-issuer = Your bank
niss-cat-identifier-financas_credentials-name = Portal das Finanças password
niss-cat-identifier-financas_credentials-issuer = Tax and Customs Authority
niss-cat-identifier-ssd_credentials-name = Segurança Social Direta access
niss-cat-identifier-ssd_credentials-issuer = Social Security Institute

## Warnings

niss-cat-warning-citizen_card_holder = You hold a Portuguese Citizen Card: your NISS is on the back of the card and you do not need to request it.
niss-cat-warning-tp_declaration_first = Under temporary protection the NISS is assigned through the protection process itself: look for it on your protection declaration. Do not file an ordinary NISS request.
niss-cat-warning-no_residence_evidence = You gave no residence card, pending application with receipt or residence visa. For a third-country national, Social Security asks for one of these: without it, the request tends to be refused. Sort out your residence status with AIMA first.
niss-cat-warning-niss_unknown_check = You do not know whether you ever had a NISS: first ask Social Security to check whether one exists in your name. A second number causes problems with contributions and benefits.
niss-cat-warning-combined_is_route = You can get the NIF, the NISS and the SNS user number in one visit to a participating Espaço Cidadão: that is your route. Do not also file Social Security's online request.
niss-cat-warning-wait_for_activity = Wait: do not request the NISS until you have registered your activity with the tax office and issued your first invoice or invoice-receipt. Without that evidence, the request tends to be refused.
niss-cat-warning-typed_niss_check_failed = The NISS you typed fails the check: confirm it before giving it to any service.
niss-cat-warning-typed_nif_generic = The NIF you typed, 999 999 990, is the generic "consumidor final" (final consumer) number printed on receipts when no NIF is given: it is nobody's number. Use your own NIF, or request one from the tax office if you do not have it yet.
niss-cat-warning-typed_nif_not_person = The NIF you typed is not a person's valid NIF (see the check below): confirm it before giving it to any service.

## Notes

niss-cat-note-niss_is_identifier = The NISS identifies you to Social Security. It is not a residence permit, a work visa, proof of tax residence or proof of contributions.
niss-cat-note-niss_not_benefit = Holding a NISS does not by itself entitle you to benefits: each benefit has its own conditions.
niss-cat-note-not_legal_advice = This is administrative information, not legal advice; rules and portals change. Confirm with the official services.

## The advisor's own sentences (built in src/niss)

## Who does a step

niss-step-who-you = You
niss-step-who-employer = The employer
niss-step-who-representative = The representative

## Letters: the reason and the document list (filled in; Portuguese in the letter itself)

niss-letter-work-employee_signed_contract = a signed employment contract with an employer in Portugal
niss-letter-work-employee_no_contract = starting employment in Portugal
niss-letter-work-independent_with_activity = self-employed activity, already registered with the tax office
niss-letter-work-independent_no_activity = starting self-employed activity
niss-letter-work-company_officer = serving as a manager or statutory-body member of a company
niss-letter-work-foreign_employer = remote work for an employer abroad
niss-letter-work-voluntary_insurance = joining voluntary social insurance
niss-letter-work-not_working = I am not working
niss-letter-need-aima_renewal = AIMA requires the NISS for the renewal or update of my residence
niss-letter-need-benefit = I need the NISS to claim a social benefit
niss-letter-need-other = another reason: ____________
niss-letter-reason-and-need = { $work }; { $need }
niss-letter-documents-more =
    - { $doc }
    { $rest }
niss-letter-documents-last = - { $doc }
niss-letter-document-or = { $first } or { $rest }
niss-letter-notice = A draft to copy: Amparo sends nothing. Fill in the blanks and check the details before sending it.

## How sure a source is (next to the sources of the pack)


## The NIF ranges (what a NIF belongs to)

niss-nif-kind-person = a natural person
niss-nif-kind-non_resident_person = a non-resident natural person
niss-nif-kind-company = a legal person (company)
niss-nif-kind-public_body = a public administration body
niss-nif-kind-estate = an undivided estate
niss-nif-kind-non_resident_company = a non-resident legal person
niss-nif-kind-investment_fund = an investment fund
niss-nif-kind-ex_officio = a number assigned ex officio
niss-nif-kind-vat_refund_non_resident = a non-resident in the VAT refund process
niss-nif-kind-exceptional_regime = the exceptional regime
niss-nif-kind-obsolete_sole_trader = a former sole trader
niss-nif-kind-condominium_or_irregular = a condominium or irregular company
niss-nif-kind-non_resident_no_establishment = a non-resident without a permanent establishment
niss-nif-kind-civil_company = a civil company without legal personality

## The NISS and NIF checks

niss-idcheck-niss-empty = No number was typed. A NISS has 11 digits.
niss-idcheck-niss-non_digit = A NISS has digits only, but the text includes { $char }. Spaces, dots or hyphens may be used as separators.
niss-idcheck-niss-length =
    { $count ->
        [one] It has 1 digit
       *[other] It has { $count } digits
    }; a NISS has 11. Check it against the attribution notice.
niss-idcheck-niss-unknown_prefix = A NISS starts with 1 (person) or 2 (entity); this one starts with { $prefix }. Check the number.
niss-idcheck-niss-check_digit = The check digit does not match: probably one digit was mistyped (or two were swapped). Compare it with the attribution notice.
niss-idcheck-niss-entity_not_person = This is a valid NISS, but it belongs to an entity (it starts with 2), such as an employer. A person's NISS starts with 1.
niss-idcheck-niss-ok = The NISS is well formed and its check digit matches. This does not prove the number was assigned to you.
niss-idcheck-nif-empty = No number was typed. A NIF has 9 digits.
niss-idcheck-nif-non_digit = A NIF has digits only, but the text includes { $char }. Spaces, dots or hyphens may be used as separators.
niss-idcheck-nif-length =
    { $count ->
        [one] It has 1 digit
       *[other] It has { $count } digits
    }; a NIF has 9. Check it against the tax office document.
niss-idcheck-nif-generic_consumer = 999 999 990 is the generic "consumidor final" (final consumer) NIF, printed on receipts when no NIF is given. It is nobody's number: do not use it as yours. Your personal NIF starts with 1, 2, 3 or 45 and is on the tax office document (or the Citizen Card).
niss-idcheck-nif-unknown_prefix = No NIF in use starts with { $prefix }. Check the number.
niss-idcheck-nif-check_digit = The check digit does not match: probably one digit was mistyped (or two were swapped). Compare it with the tax office document.
niss-idcheck-nif-obsolete_prefix = NIFs starting with 8 belonged to sole traders and are no longer used; a sole trader now uses their personal NIF.
niss-idcheck-nif-entity_not_person = This is a valid NIF, but it belongs to { $kind }, not to a person. A person's NIF starts with 1, 2, 3 or 45.
niss-idcheck-nif-ok = The NIF is well formed, belongs to { $kind } and its check digit matches. This does not prove the number is yours.
