# Input errors: what is wrong with an answer and how to fix it. Ids are error-<code>, or
# error-<code>-<case> when one code has several sentences; error-what-*, error-expected-*,
# error-person-* and error-answer-* name a thing inside another error's sentence.
# uk: unreviewed, machine-assisted translation (agent). Grammar of the nested pieces:
# error-expected-* are nominative ("… має бути { $expected }"); error-what-* are nominative
# subjects: the text ones take "містить" (no gender agreement), the date ones all begin with
# "Дата" so the feminine "пізніша/раніша" fits; $person (a typed name, not declinable) is put as a
# label ("{ $person }: …" or in brackets), never in the genitive; error-answer-* are nominative
# labels, shown in «…» or after a colon.

## The document as a whole and the command line
error-invalid_json = Вміст не є коректним JSON (рядок { $line }, стовпець { $column }).
error-too_many_errors = Помилок забагато: показано лише перші { $max }. Виправте їх і перевірте ще раз.
error-unreadable = Не вдалося прочитати вхідні дані: { $why }.
error-too_large-input = Вхідні дані завеликі: щонайбільше { $mib } МіБ. Відповіді одного домогосподарства займають кілька КБ; перевірте файл.
error-not_utf8-input = Вхідні дані не є текстом у кодуванні UTF-8: збережіть файл як UTF-8 і спробуйте ще раз.
error-not_utf8-argument = В аргументі є символи, які не є коректним текстом (UTF-8): введіть його ще раз.
error-internal-catalogue = Вбудований каталог пошкоджено: { $why }
error-internal-write = Не вдалося записати результат: { $why }
error-required-number = Вкажіть номер, який треба перевірити.
error-too_long-argument = Аргумент довший за { $max } { $max ->
    [one] символ
    [few] символи
    [many] символів
   *[other] символів
}: це не може бути номер з опискою.

## A field: missing, of the wrong kind, unknown
error-required = Це поле обов’язкове.
error-empty = Це поле не може бути порожнім.
error-invalid_type = Тут має бути { $expected }.
error-expected-text = текст
error-expected-yes_no = так або ні (true/false)
error-expected-object = об’єкт
error-expected-list = список
error-unknown_field = Невідоме поле «{ $name }»: перевірте написання.
error-invalid_choice = Невідоме значення. Можливі варіанти: { $options }.

## Numbers, dates and amounts
error-too_large-value = Значення не може бути більшим за { $max }.
error-invalid_number = Введіть ціле число, нуль або більше, без дробової частини.
error-invalid_number-household = У домогосподарстві має бути щонайменше одна людина.
error-invalid_date = Неправильна дата: використовуйте формат РРРР-ММ-ДД (наприклад, 2025-03-14).
error-invalid_amount = Неправильна сума: введіть суму в євро, наприклад 1250,50.
error-invalid_amount-typed = Це не сума в євро. Вводьте лише цифри, з комою перед центами, наприклад: { $examples }.
error-ambiguous_amount = Незрозуміло, яка це сума. Поставте кому перед центами і, якщо хочете, крапку або пробіл між тисячами, наприклад: { $examples } (дві тисячі триста п’ятдесят євро сімдесят п’ять центів).
error-too_many_decimals = Після коми можна вказати щонайбільше дві цифри (центи).
error-too_large-amount = Сума завелика: щонайбільше { $max }. Перевірте, чи немає зайвих цифр.
error-negative = Сума не може бути від’ємною.

## Typed text: too long, or with characters that do not belong in it. $what names the answer.
error-too_long = { $what } містить забагато символів: можна щонайбільше { $max } { $max ->
    [one] символ
    [few] символи
    [many] символів
   *[other] символів
}.
error-invalid_characters-control = { $what } містить керівні символи (наприклад, перенесення рядка). Будь ласка, введіть текст ще раз.
error-invalid_characters-bidi = { $what } містить невидимий символ, який змінює напрямок тексту і може приховати те, що насправді написано. Будь ласка, наберіть текст ще раз, а не вставляйте скопійований.
error-what-name = Ім’я
error-what-id = Ідентифікатор
error-what-payer_id = Ідентифікатор людини, яка оплатила похорон,
error-what-answer = Відповідь «{ $answer }»

## The survivors' household. $person is the name typed, or error-person-number.
error-person-number = Людина { $n }
error-too_many-people = Можна додати щонайбільше { $max } { $max ->
    [one] людину
    [few] людини
    [many] людей
   *[other] людей
}.
error-required-id = Кожній людині потрібен ідентифікатор.
error-duplicate_id = Ідентифікатор «{ $id }» уже використано для іншої людини.
error-reserved_id = Ідентифікатор «other» зарезервовано для людини, яка оплатила похорон і не належить до родини.
error-unknown_person = У списку людей ні в кого немає ідентифікатора «{ $id }». Вкажіть ідентифікатор однієї з людей або «other».
error-before_death-claim = Заяву не можна подати до дати смерті. Перевірте дату.
error-before_death-registration = Смерть не можна зареєструвати раніше, ніж вона сталася. Перевірте дату.
error-too_late-after_death = { $what } пізніша за дату смерті більш ніж на { $years } { $years ->
    [one] рік
    [few] роки
    [many] років
   *[other] років
}: перевірте рік.
error-what-claim_date = Дата подання заяви
error-what-registration_date = Дата реєстрації смерті
error-after_death = { $what } пізніша за дату смерті. Перевірте дату.
error-before_birth = { $what } раніша за дату народження ({ $person }): перевірте обидві дати.
error-too_early = { $what } раніша за дату смерті більш ніж на { $years } { $years ->
    [one] рік
    [few] роки
    [many] років
   *[other] років
}: перевірте рік.
error-what-marriage_date = Дата шлюбу
error-what-union_start_date = Дата початку спільного життя (фактичний шлюб)
error-after_death-birth = { $person }: дата народження пізніша за дату смерті. Перевірте дату.
error-too_late-birth = Дитина може народитися після смерті щонайбільше приблизно через 300 днів. { $person }: дата народження пізніша за дату смерті більш ніж на рік. Перевірте рік.
error-too_early-birth = { $person }: дата народження раніша за дату смерті більш ніж на { $years } { $years ->
    [one] рік
    [few] роки
    [many] років
   *[other] років
}. Перевірте рік.
error-invalid_value-separated = Окреме проживання за рішенням суду можливе лише для чоловіка або дружини (після розлучення це вже колишній чоловік або колишня дружина).
error-invalid_value-no_alimony = Ця відповідь стосується лише колишнього чоловіка чи колишньої дружини або чоловіка чи дружини, які проживають окремо за рішенням суду.
error-invalid_value-unborn = Позначку «Дитина ще не народилася» можна поставити лише для сина або дочки.
error-no_rules_for_date = У цьому інструменті немає сум для смерті { $date }. Перевірте дату; якщо вона правильна, зверніться до Segurança Social.
error-no_rules_for_date-not_published = Суми на { $year } рік ще не опубліковано. Виберіть «Планування наперед», щоб використати останні відомі суми (за { $latest } рік), або перевірте рік.
error-no_rules_for_date-before = Цей інструмент охоплює випадки смерті від { $first }. Перевірте рік; щодо смерті { $date } зверніться до Segurança Social.
error-no_rules_for_date-table = Це збій у правилах цього інструмента, а не у ваших відповідях. Спробуйте пізніше.
error-death_in_future = Дата смерті не може бути пізнішою за сьогоднішню дату ({ $today }). Перевірте день, місяць і рік.

## The NISS advisor's answers. $answer is an error-answer-<key> below.
error-invalid_type-answers = Відповіді мають бути об’єктом JSON ({"{"} ... {"}"}).
error-unknown_field-answers = Поля «{ $name }» не існує.
error-unknown_field-suggestion = Поля «{ $name }» не існує. Можливо, ви мали на увазі «{ $suggestion }»?
error-required-answer = Бракує відповіді: { $answer }.
error-invalid_type-answer = У відповіді «{ $answer }» має бути { $expected }.
error-expected-true_false = true або false
error-expected-string = текст
error-expected-strings = список текстів
error-expected-had_niss = true або false, або "yes", "no" чи "dont_know"
error-invalid_value-answer = «{ $value }» не може бути відповіддю для «{ $answer }». Допустимі значення: { $options }.
error-invalid_value-message = Повідомлення «{ $value }» невідоме. Допустимі значення: { $options }.
error-too_long-answer = Відповідь «{ $answer }» задовга (щонайбільше { $max } { $max ->
    [one] символ
    [few] символи
    [many] символів
   *[other] символів
}).
error-invalid_value-control = Відповідь «{ $answer }» містить керівні символи; будь ласка, введіть її ще раз.
error-answer-nationality_group = громадянство
error-answer-has_pt_citizen_card = чи є Cartão de Cidadão
error-answer-has_pt_address = чи є адреса в Португалії
error-answer-residence_status = статус проживання
error-answer-work_situation = ситуація з роботою
error-answer-needed_for = навіщо потрібен NISS
error-answer-had_niss_before = чи був NISS раніше
error-answer-passport_or_name_changed = чи змінився паспорт або ім’я
error-answer-filed_by = хто подає заяву
error-answer-filing_for_family_member = заява для члена сім’ї
error-answer-wants_combined_service = чи потрібна спільна послуга
error-answer-address_changed = чи змінилася адреса
error-answer-niss_requested = чи вже подано заяву на NISS
error-answer-portal_message = отримане повідомлення
error-answer-portal_messages = отримані повідомлення
error-answer-typed_niss = введений NISS
error-answer-typed_nif = введений NIF
error-answer-name = ім’я

## Answers that cannot all be true: a question back, on each field involved.
error-contradiction-never_had_but_invalid = Ви відповіли, що NISS у вас ніколи не було (had_niss_before), але портал повідомляє, що ваш NISS недійсний (portal_messages). Чи був у вас колись NISS — навіть давно або оформлений роботодавцем? Будь ласка, виправте одну з двох відповідей.
error-contradiction-typed_but_never_had = Ви ввели NISS (typed_niss), але відповіли, що NISS у вас ніколи не було (had_niss_before). Чий це номер? Якщо ваш, відповідайте, що NISS у вас був; якщо ні, видаліть його.
error-contradiction-citizen_card_but_never_had = Ви відповіли, що маєте Cartão de Cidadão — португальське посвідчення громадянина (has_pt_citizen_card), і що NISS у вас ніколи не було (had_niss_before). На звороті Cartão de Cidadão є номер соціального страхування. У вас справді Cartão de Cidadão, а не посвідка на проживання (título de residência)?
error-contradiction-protection_and_combined = Ви відповіли, що маєте тимчасовий захист у Португалії після виїзду з України (nationality_group) і хочете скористатися спільною послугою NIF + NISS + SNS (wants_combined_service). Ця послуга не для тих, хто має тимчасовий захист: їхні номери видають разом із довідкою про тимчасовий захист. У вас тимчасовий захист чи інший статус?
error-contradiction-employer_but_not_employee = Ви відповіли, що заяву подає роботодавець (filed_by), але в ситуації з роботою ви не вказали, що працюєте за наймом (work_situation). Роботодавець може подати заяву на NISS, лише коли є трудові відносини. Яка з відповідей правильна?
error-contradiction-employer_requires_but_not_employee = Ви відповіли, що роботодавець вимагає NISS до підписання договору (portal_messages), але в ситуації з роботою ви не вказали, що працюєте за наймом (work_situation). У вас є пропозиція роботи? Якщо так, виберіть «Найманий працівник із пропозицією роботи, але ще без підписаного договору»; якщо ні, зніміть позначку з цього повідомлення.
error-contradiction-not_working_but_job = Ви відповіли, що не працюєте (work_situation) і що NISS потрібен для роботи (needed_for). У вас уже є пропозиція роботи або договір? Якщо так, виберіть «Найманий працівник» — з підписаним договором або без нього; якщо ви ще шукаєте роботу, виберіть іншу причину.

# The CLI's --lang names a language that is not registered.
error-unknown_language = Невідома мова: «{ $given }». Виберіть одну з цих: { $known }.
error-missing_language = Після --lang потрібно вказати мову. Виберіть одну з цих: { $known }.
