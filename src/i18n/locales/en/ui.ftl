# The interface's words (ui), en.
caption-death = About the death
caption-deceased = About the person who died
caption-family = The family
caption-funeral = The funeral

check-next = If everything is right, see the results. You can always come back and change them.
check-see_results = See the results
check-title = Check your answers

choice-cause-accident = Accident
choice-cause-illness = Illness
choice-dont_know = I don't know
choice-education-higher = Higher education (first degree)
choice-education-none = Not studying
choice-education-postgraduate = Postgraduate, master's, doctorate or mandatory internship
choice-education-secondary = Secondary or post-secondary education
choice-no = No
choice-scheme-agricultural_special = Special agricultural scheme
choice-scheme-general = General scheme (employed or self-employed)
choice-scheme-none = None: never paid contributions
choice-scheme-voluntary = Voluntary social insurance
choice-unknown = Other
choice-yes = Yes

confidence-derived = Part of this result uses values computed from others, not officially published.
confidence-official = Rules checked against the official text.
confidence-secondary = Part of this result uses rules that could not be checked against the official text (secondary sources).
confidence-seed_only = Part of this result comes from a single unofficial guide.
confidence-unverified = Part of this result uses rules that could not be confirmed: check with Social Security.

delete-button = Delete my answers
delete-done = Your answers were deleted from this device.

embed-full_site = Open Amparo in a new tab
embed-privacy = Privacy (new tab)

errors-internal = Something went wrong inside the app. Your answers are kept; try reloading the page.
errors-required = Answer this question to continue.
errors-title = There is a problem

field-alimony_monthly = Monthly alimony
field-at_risk = Flagged risk situation
field-birth_date = Date of birth
field-claim_date = Date of the claim
field-collateral_degree = Degree of kinship
field-common_child = Has a child with the person who died
field-death_date = Date of death
field-death_registration_date = Date the death was registered
field-dependent_on_deceased = Was supported by the person who died
field-disabled = Has a recognised disability
field-education = Studies
field-emancipated = Is emancipated
field-funeral_amount = How much did the funeral cost?
field-household_monthly_income = Household monthly income
field-household_size = People in the household
field-illness_began_after_marriage = The illness began after the marriage
field-judicially_separated = Judicially separated (persons and property)
field-lived_with_deceased = Lived with the person who died (same home and expenses)
field-marriage_date = Date of marriage
field-monthly_income = Gross monthly income
field-name = Name (optional)
field-national_or_equivalent = Portuguese or treated as such
field-no_alimony_deceased_lacked_means = No alimony because a court recognised the person who died lacked the means
field-other = Other answer
field-own_pension = Has a pension of their own
field-own_social_pension = Own social pension (monthly)
field-payer_resident = Does the person who paid for the funeral live in Portugal?
field-projection = Kind of check
field-relation = Relation to the person who died
field-remarried = Remarried or lives with a new partner as a couple
field-resident = Lives in Portugal
field-union_start_date = Start of living together as a couple (união de facto)
field-works_compulsory_scheme = Works with compulsory contributions

footer-estimate = Amparo gives guidance and estimates, not decisions: only Social Security (and, for the NISS, AIMA and the tax office) decides.
footer-privacy = Privacy: what is stored and how to delete it
footer-version = Version

funeral-nobody = Nobody yet, or there were no costs
funeral-other = Someone else

help-alimony-body = It is the amount a court (or the civil registry) set for an ex-spouse to receive every month after a divorce or separation. What counts is what they were receiving at the time of the death.
help-alimony-title = What is alimony?
help-common_household-body = Living in the same home as the person who died and sharing meals and everyday expenses. When no close family member is entitled to the death grant, other relatives may receive it if they lived like this with them.
help-common_household-title = What is a common household?
help-compulsory-body = It is the system into which working people must pay Social Security contributions: the general scheme for employees and the self-employed. Voluntary social insurance is for people who are not obliged to pay but choose to.
help-compulsory-title = What is a compulsory scheme?
help-ias-body = The social support index (Indexante dos Apoios Sociais) is a reference amount, updated every year, from which many benefits and income limits are worked out (for example, 40% of the IAS).
help-ias-title = What is the IAS?
help-resident-body = It means usually living in Portugal, including foreign nationals with a valid residence permit. Also treated as residents are, for example, Portuguese civil servants abroad and workers covered by international agreements or European Union rules.
help-resident-title = What counts as living in Portugal?
help-separation-body = It is a decision of a court or a civil registry that separates a couple without divorcing them. For these benefits, someone separated this way counts as an ex-spouse, and living together as a couple (união de facto) only counts if the person who died was not married or was separated this way.
help-separation-title = What is a judicial separation?
help-social_pension-body = It is an old-age or invalidity pension for people with low income who did not pay enough contributions. It depends on a means test, not on contributions.
help-social_pension-title = What is the social pension?
help-unborn-body = A child of the person who died who is born after the death has the same rights, from birth. A stillborn child (dead at birth) gives whoever paid for the funeral a right to the funeral allowance.
help-unborn-title = What about a child not yet born?
help-union-body = Two people living together as a couple without being married. For these benefits it counts after more than two years living together, which can be proved, for example, with a statement from the parish council (junta de freguesia).
help-union-title = What is living together as a couple (união de facto)?

hint-cause = It matters only for some rules, for example a marriage of less than a year.
hint-contributions = It is shown in Segurança Social Direta (contribution record) or on a statement from a counter. A year is 12 months.
hint-death_date = It is on the death certificate. The amounts used are those in force on that date.
hint-death_date_planning = It can be a future date: the latest known amounts are used and the result says it is a projection.
hint-funeral_amount = The total of the funeral agency's invoices, in euros. Keep the originals: they are needed to claim.
hint-more = This answer can change the result. If you don't know, choose "I don't know": the results will say what is missing.
hint-name = Only to make the questions and results clearer; it never leaves this device.
hint-pension = The old-age or invalidity pension, in euros a month, before deductions. If they were not yet a pensioner, it is the pension they would have been entitled to; Social Security works it out. See the last pension letter or Segurança Social Direta.
hint-people = Add each family member who may be entitled: spouse or partner (living together as a couple), ex-spouse, children, stepchildren, grandchildren, parents, grandparents. If that is you, add yourself too.
hint-relation = An adopted child counts as a child.
hint-scheme = Anyone who worked in Portugal and paid contributions is almost always in the general scheme.

home-lead = Practical help after a death in the family, and with your Social Security number (NISS).
home-niss = For people moving to Portugal: the documents, steps and letters to get or fix a Social Security number (NISS).
home-private = Your answers stay on this device. Nothing is sent.
home-survivors = See which Social Security benefits the family may be entitled to, how much, until when and how to claim.
home-title = Amparo

lang-switch = Language
lang-load_failed = This language could not be opened (no connection?). Try again when you are online.
lang-switched = Language changed to English.

link-new_tab = (opens in a new tab)

nav-back = Back
nav-change = Change
nav-continue = Continue
nav-home = Go to the start
nav-loading = Preparing the next question…
nav-skip = Skip to content

notfound-title = Page not found

outcome-info = note
outcome-met = met
outcome-missing = not known yet
outcome-not_met = not met

people-add = Add a family member
people-none = You have not added anyone yet.
people-person = Person
people-remove = Remove
people-unborn = Not born yet

privacy-delete = How to delete: use "Delete my answers" at the bottom of every page. Before anything is deleted, you can choose to delete only one tool's answers.
privacy-how_long = For how long: until you delete them, or clear the browser's data.
privacy-offline = For use without internet, the browser also keeps a copy of Amparo's own files (the pages, the program and the rules). That copy holds none of your answers; a new version replaces it.
privacy-title = Privacy
privacy-what = What is stored: the answers you type, the documents you tick, the language you chose and the last page you saw.
privacy-where = Where: only on this device, in the browser's local storage (localStorage). Nothing is sent to any server; there are no cookies and no analytics.
privacy-widget = When Amparo is shown inside another site's page, your answers are kept in Amparo's own storage for that site, apart from the site's page, which cannot read them; "Delete my answers" inside the widget erases them.

q-cause = What caused the death?
q-contributions = How many months of contributions did the person who died have?
q-death_date = On what date did the person die?
q-death_date_planning = Which date should the projection use?
q-funeral = Who paid for the funeral?
q-more_fallback = One more question
q-pension = What monthly pension did, or would, the person who died receive?
q-people = Who was the family of the person who died?
q-person = Who is this family member?
q-resident = Did the person who died live in Portugal?
q-scheme = Which social security scheme did the person who died pay into?
q-social_pension = Did the person who died receive the social pension?
q-start = This is about…

relation-child = Child
relation-ex_spouse = Ex-spouse (divorced or judicially separated)
relation-grandchild = Grandchild
relation-grandparent = Grandparent
relation-other_relative = Other relative or in-law (brother, sister, uncle, aunt, nephew, niece, son- or daughter-in-law…)
relation-parent = Parent
relation-partner = Partner: living together as a couple (união de facto)
relation-spouse = Spouse
relation-stepchild = Stepchild

results-calculation = Calculation
results-change_answers = Change your answers
results-channel = Hand in the form through Segurança Social Direta (online), at a Social Security counter or by post.
results-chart_label = How the survivor's pension is shared in the family
results-contact_title = Questions?
results-deadline = Deadline
results-form = Form
results-from = From
results-how_to_claim = How to claim
results-once = once
results-per_month = a month
results-per_year = a year (14 payments)
results-print = Print
results-projection = Projection with the latest known amounts: real amounts will be updated.
results-rules_for = Amounts for deaths in
results-save = Save a copy
results-source = source
results-ss_line = Social Security line: 300 502 502 or 210 545 400 (working days, 9:00–18:00). From abroad: +351 300 502 502 or +351 210 545 400.
results-still_needed = To decide, we still need to know
results-title = What you can claim
results-until = Until
results-why = Why: the rules applied and their sources

resume-body = There are answers saved on this device.
resume-continue = Continue
resume-restart = Start again
resume-title = Continue where you left off?

start-happened = A death that has happened
start-planning = Planning ahead: what my family would receive

status-eligible = You are probably entitled
status-needs_info = More answers needed
status-not_eligible = You are probably not entitled
status-value_unknown = Cannot be estimated

storage-migrated = Your saved answers were from an earlier version and have been converted. Please check them.
storage-newer = Your saved answers were written by a newer version of Amparo. They are kept as they are: reload the page to use the newer version. Until then, what you answer on this page is not saved.
storage-reload = Reload the page
storage-repaired = Part of your saved answers could not be read and was left out; the rest is kept. Please check your answers.
storage-reset = Your saved answers could not be read (they were damaged). You are starting again.
storage-unavailable = This browser does not allow saving data: you can use the tool, but your answers are lost when you close the page.

survivors-intro = Answer a few questions about the person who died and their family. At the end you see each Social Security benefit: whether it is likely due, how much, for whom, until when and how to claim. Your answers stay on this device.
survivors-tool = Benefits after a death
niss-tool = Documents for a NISS

tabs-deleted = Your answers were deleted in another tab.
tabs-updated = Your answers were changed in another tab. This page now shows them.

update-button = Update now
update-ready = A new version of Amparo is ready. Your answers stay as they are.

# --- question flow (issue 13) ---
page-title = { $title } – Amparo
page-title-error = Error: { $title } – Amparo

date-day = Day
date-month = Month
date-year = Year
date-example = For example, 27 3 2007
date-what-birth_date = { $who }’s date of birth
date-what-claim_date = The date of the claim
date-what-death_date = The date of death
date-what-death_registration_date = The date the death was registered
date-what-marriage_date = { $who }’s date of marriage
date-what-other = The date
date-what-union_start_date = The date { $who } began living together as a couple
errors-date-missing-day = { $what } must include a day.
errors-date-missing-day_month = { $what } must include a day and a month.
errors-date-missing-day_year = { $what } must include a day and a year.
errors-date-missing-month = { $what } must include a month.
errors-date-missing-month_year = { $what } must include a month and a year.
errors-date-missing-year = { $what } must include a year.
errors-date-real = { $what } must be a real date.
errors-date-year_digits = { $what } must have a 4-digit year, for example 2007.

errors-required-alimony_monthly = Enter how much alimony { $who } received a month (0 if none), or choose ‘I don't know’.
errors-required-at_risk = Choose whether the social services flagged a risk situation for { $who }, or ‘I don't know’.
errors-required-claim_date = Enter the date of the claim, or choose ‘I don't know’.
errors-required-collateral_degree = Enter how closely { $who } is related to the person who died, or choose ‘I don't know’.
errors-required-common_child = Choose whether { $who } has a child with the person who died, or ‘I don't know’.
errors-required-contribution_months = Enter how many months of contributions the person who died had, or choose ‘I don't know’.
errors-required-death_cause = Choose whether the death was caused by illness or by an accident, or ‘I don't know’.
errors-required-death_date = Enter the date of death: day, month and year.
errors-required-death_registration_date = Enter the date the death was registered, or choose ‘I don't know’.
errors-required-deceased_resident = Choose whether the person who died lived in Portugal, or ‘I don't know’.
errors-required-dependent_on_deceased = Choose whether { $who } was supported by the person who died, or ‘I don't know’.
errors-required-disabled = Choose whether { $who } has a recognised disability, or ‘I don't know’.
errors-required-education = Choose what { $who } is studying now, or ‘I don't know’.
errors-required-emancipated = Choose whether { $who } is emancipated (married), or ‘I don't know’.
errors-required-funeral_amount = Enter how much the funeral cost, in euros.
errors-required-household_monthly_income = Enter the gross monthly income of { $who }’s household, or choose ‘I don't know’.
errors-required-household_size = Enter how many people are in { $who }’s household, or choose ‘I don't know’.
errors-required-illness_began_after_marriage = Choose whether the illness began after the marriage, or ‘I don't know’.
errors-required-judicially_separated = Choose whether { $who } was judicially separated from the person who died, or ‘I don't know’.
errors-required-lived_with_deceased = Choose whether { $who } lived with the person who died, or ‘I don't know’.
errors-required-marriage_date = Enter the date { $who } married the person who died, or choose ‘I don't know’.
errors-required-monthly_income = Enter { $who }’s gross monthly income (0 if none), or choose ‘I don't know’.
errors-required-national_or_equivalent = Choose whether { $who } is Portuguese or treated as Portuguese, or ‘I don't know’.
errors-required-no_alimony_deceased_lacked_means = Choose whether a court recognised that the person who died could not pay alimony to { $who }, or ‘I don't know’.
errors-required-own_pension = Choose whether { $who } is entitled to a pension of their own, or ‘I don't know’.
errors-required-own_social_pension = Enter { $who }’s monthly social pension, or choose ‘I don't know’.
errors-required-paid_by = Choose who paid for the funeral (or ‘Nobody yet’).
errors-required-payer_resident = Choose whether the person who paid for the funeral lives in Portugal.
errors-required-projection = Choose whether the death has happened or you are planning ahead.
errors-required-reference_pension = Enter the monthly pension of the person who died, or choose ‘I don't know’.
errors-required-relation = Choose how { $who } was related to the person who died.
errors-required-remarried = Choose whether { $who } has remarried or lives with a new partner as a couple, or ‘I don't know’.
errors-required-resident = Choose whether { $who } lives in Portugal, or ‘I don't know’.
errors-required-scheme = Choose the social security scheme the person who died paid into.
errors-required-social_pension_recipient = Choose whether the person who died received the social pension, or ‘I don't know’.
errors-required-union_start_date = Enter since when { $who } lived with the person who died as a couple (união de facto), or choose ‘I don't know’.
errors-required-works_compulsory_scheme = Choose whether { $who } works and pays compulsory Social Security contributions, or ‘I don't know’.

field-contribution_months = Months of contributions
field-death_cause = Cause of death
field-deceased_resident = Lived in Portugal
field-reference_pension = Monthly pension
field-scheme = Social security scheme
field-social_pension_recipient = Received the social pension
people-save_add_another = Save and add another person
people-save_continue = Save and continue
q-more-deceased = A few more questions about the person who died
q-more-person = A few more questions about { $who }
# --- results and storage (issue 13) ---
delete-title = Delete your answers?
delete-lead = This deletes from this device:
delete-what-survivors = your answers about benefits after a death{ $people ->
        [0] {""}
        [one] , with { $people } family member
       *[other] , with { $people } family members
    }
delete-what-niss = your answers for the NISS documents, and the documents you ticked
delete-what-lang = the language you chose
delete-what-nothing = There are no answers saved on this device.
delete-choose = What do you want to delete?
delete-scope-survivors = Only the answers about benefits after a death
delete-scope-niss = Only the answers for the NISS documents
delete-scope-all = All the answers, of both tools
delete-choose-error = Choose what to delete
delete-warning-label = Warning
delete-warning = Once deleted, the answers cannot be recovered. If you may need them again, save them to a file first.
delete-confirm = Yes, delete
delete-cancel = Cancel
delete-done-survivors = Your answers about benefits after a death were deleted from this device.
delete-done-niss = Your answers for the NISS documents were deleted from this device.
remove-question = Remove { $who }?
remove-answers_go = The answers about this person are deleted too.
remove-payer = { $who } paid for the funeral: you will need to say again who paid.
remove-payer-unnamed = This person paid for the funeral: you will need to say again who paid.
remove-yes = Yes, remove
remove-cancel = Cancel
remove-done = You removed { $who } from the list.
remove-done-payer = They paid for the funeral: say again who paid.
remove-funeral_link = Say who paid for the funeral
file-save = Save the answers to a file
file-save-tool = Save the answers to a file: { $tool }
file-saved = The file { $name } was saved in this device's downloads. It was not sent anywhere.
file-open-title = Do you have the answers in a file?
file-open = Open answers from a file
file-open-hint = A file made with "Save the answers to a file" (its name ends in .json). It is read only on this device, and its answers replace any answers here for that tool.
file-opened = You opened the answers saved on { $date } ({ $name }).
file-opened-check = Check them below, then see the results.
file-error-prefix = Error:
file-error-not_json = This is not an Amparo answers file. Choose the file made with "Save the answers to a file".
file-error-not_amparo = This file was not made by Amparo. Choose the file made with "Save the answers to a file".
file-error-newer = This file was saved by a newer version of Amparo. Reload the page to use the newer version, then open it again.
file-error-version = The file does not say which version of Amparo saved it (in the "version" field): it is not complete. Save it again in Amparo.
file-error-tool = The file does not say which tool its answers are for (in the "tool" field).
file-error-saved_on = The date the file was saved (in the "saved_on" field) is not a valid date.
file-error-answers = The file has no answers that can be read (in the "answers" field).
file-error-part = This part of the file's answers cannot be read: { $part }. Nothing was changed.
file-error-too_large = The file is too large to be an answers file (at most { $kib } KB).
results-group-eligible = You are probably entitled to { $n ->
        [one] one benefit
       *[other] { $n } benefits
    }
results-group-needs = We need to know more to decide { $n ->
        [one] one benefit
       *[other] { $n } benefits
    }
results-group-not = You are probably not entitled to { $n ->
        [one] one benefit
       *[other] { $n } benefits
    }
results-group-not-show = See which, and why
results-none_eligible = With these answers, we found no benefit you are probably entitled to.
results-for = For { $who }
results-made = Summary made on { $date } with Amparo { $version }{ $build ->
        [none] {""}
       *[other] {" "}(build { $build })
    }.
results-answers_title = Your answers
now-title = What to do now
now-can_get = What you can get
now-nearest = The nearest deadline
now-passed = { $n ->
        [one] The time limit for one benefit has passed
       *[other] The time limits for { $n } benefits have passed
    }: each claim below says what you can still do.
now-claims = The claims to make
now-covers = With this form you claim: { $benefits }.
now-one_form = One form covers them all: send it once.
now-documents = Documents to gather
now-calendar = Add to calendar
now-calendar-hint = A file (.ics) with the deadlines and the dates that follow, to open in your calendar app. It is made on this device and not sent anywhere.
# A confirmation carried from one of Amparo's pages to another (already in words).
flash-text = { $text }
# While a tool's program downloads (the landing page has none).
loading = Opening…
load-failed = This part of Amparo could not be opened (no internet connection?). Your answers are still saved on this device.
load-retry = Try again
