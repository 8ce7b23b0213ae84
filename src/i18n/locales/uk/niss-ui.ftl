# The interface's words (niss-ui), en.
niss-caption-optional = Документи для NISS — необов’язкове запитання
niss-caption-required = Документи для NISS

niss-check-contradiction_lead = Деякі відповіді не можуть бути правдивими одночасно. Змініть одну з них:
niss-check-missing = дайте відповідь на це запитання, щоб отримати пакет документів
niss-check-missing_lead = Деякі запитання ще без відповіді.
niss-check-next = Якщо все правильно, перегляньте свій пакет документів. Ви можете будь-коли повернутися і змінити відповіді.
niss-check-not_answered = Ще немає відповіді
niss-check-not_answered_optional = Немає відповіді (необов’язково)
niss-check-see_pack = Переглянути пакет документів
niss-check-title = Перевірте свої відповіді

niss-check_number-ok = Перевірено:
niss-check_number-problem = Перевірте цей номер:

niss-choice-dont_know = Не знаю
niss-choice-filed_by-employer = Мій роботодавець
niss-choice-filed_by-representative = Хтось від мого імені (адвокат, юрист, людина з довіреністю)
niss-choice-filed_by-self = Я особисто
niss-choice-nationality_group-cplp = Країна, де говорять португальською (CPLP), наприклад Бразилія, Ангола чи Кабо-Верде
niss-choice-nationality_group-eu = Країна Європейського Союзу
niss-choice-nationality_group-other = Інша країна
niss-choice-nationality_group-ukraine_temporary_protection = Маю тимчасовий захист у Португалії (для тих, хто виїхав з України)
niss-choice-needed_for-aima_renewal = Для AIMA: щоб продовжити або оновити дозвіл на проживання
niss-choice-needed_for-benefit = Щоб подати заяву на виплату від Segurança Social
niss-choice-needed_for-job = Щоб почати або зберегти роботу
niss-choice-needed_for-other = Інша причина
niss-choice-no = Ні
niss-choice-portal_message-data_cannot_be_updated = «Não é possível atualizar os dados» (неможливо оновити дані)
niss-choice-portal_message-documents_insufficient = Segurança Social каже, що документів недостатньо
niss-choice-portal_message-employer_asks_for_niss = Роботодавець просить у мене NISS
niss-choice-portal_message-employer_requires_niss = Роботодавець каже: без NISS договору не буде
niss-choice-portal_message-niss_invalid = «NISS inválido» або «NISS não reconhecido» (NISS недійсний або не розпізнаний)
niss-choice-portal_message-niss_missing = «NISS em falta» або «NISS não localizado» (NISS відсутній або не знайдений)
niss-choice-portal_message-none = Жодного з цих повідомлень
niss-choice-residence_status-international_protection = Міжнародний захист: ви подали заяву, маєте статус біженця або інший такий захист
niss-choice-residence_status-none = Поки нічого з переліченого
niss-choice-residence_status-pending_with_receipt = Заяву на дозвіл на проживання подано, маю квитанцію (recibo) від AIMA
niss-choice-residence_status-title = Посвідка на проживання (título de residência) або дозвіл на проживання (для громадян ЄС — свідоцтво про реєстрацію, certificado de registo)
niss-choice-residence_status-visa = Віза на проживання (visto de residência)
niss-choice-work_situation-company_officer = Керівник, директор або член органу управління компанії
niss-choice-work_situation-employee_no_contract = Найманий працівник із пропозицією роботи, але ще без підписаного договору
niss-choice-work_situation-employee_signed_contract = Найманий працівник із підписаним трудовим договором
niss-choice-work_situation-foreign_employer = Працюю з Португалії на роботодавця з-за кордону (наприклад, віддалено)
niss-choice-work_situation-independent_no_activity = Самозайнята особа, але діяльність ще не зареєстровано в податковій (Finanças)
niss-choice-work_situation-independent_with_activity = Самозайнята особа, діяльність зареєстровано в податковій (início de atividade)
niss-choice-work_situation-not_working = Не працюю (навчаюся, шукаю роботу, вдома…)
niss-choice-work_situation-voluntary_insurance = Я не мушу сплачувати внески, але хочу приєднатися до добровільного соціального страхування
niss-choice-yes = Так

niss-combined-conditions = Умови — кожна окремо
niss-combined-eligible = Ви можете нею скористатися
niss-combined-how = Як це працює
niss-combined-instead = Інший варіант:
niss-combined-met = Виконано
niss-combined-not_eligible = Вам не підходить
niss-combined-not_met = Не виконано
niss-combined-not_wanted = Ви не казали, що хочете нею скористатися; це для довідки.
niss-combined-wanted = Ви сказали, що хочете нею скористатися.

niss-confidence-derived = виведено з інших даних
niss-confidence-official = офіційне джерело
niss-confidence-secondary = вторинне джерело
niss-confidence-seed_only = неофіційний довідник
niss-confidence-unverified = не підтверджено

niss-doc-form-copy = Копія
niss-doc-form-original = Оригінал
niss-doc-form-original_and_copy = Оригінал і копія
niss-doc-form-screenshot_or_printout = Знімок екрана або роздруківка
niss-doc-more = Про цей документ
niss-doc-obtained_from = Де взяти:
niss-doc-optional = Необов’язково
niss-doc-proves = Що він підтверджує:
niss-doc-translation-if_not_in_portuguese = з перекладом, якщо документ не португальською
niss-doc-translation-not_needed = переклад не потрібен
niss-doc-why = Навіщо він потрібен

niss-errors-choose = Виберіть один із варіантів, щоб продовжити.
niss-errors-internal = У застосунку сталася помилка. Ваші відповіді збережено; спробуйте перезавантажити сторінку.
niss-errors-title = Виникла проблема

niss-escalation-contents = Що додати до теки
niss-escalation-cover_letter = Супровідний лист
niss-escalation-deadline = Строки:
niss-escalation-evidence_loop = Коли кожна установа спершу вимагає документ від іншої
niss-escalation-title = Якщо справа застрягла: ваша тека документів

niss-field-address_changed = Адреса змінилася
niss-field-filed_by = Хто подає заяву
niss-field-filing_for_family_member = Для члена сім’ї
niss-field-had_niss_before = NISS уже був раніше
niss-field-has_pt_address = Адреса в Португалії
niss-field-has_pt_citizen_card = Португальське посвідчення громадянина (Cartão de Cidadão)
niss-field-name = Ім’я для листів
niss-field-nationality_group = Громадянство
niss-field-needed_for = Навіщо потрібен NISS
niss-field-niss_requested = Заяву на NISS уже подано
niss-field-other = Ваші відповіді
niss-field-passport_or_name_changed = Змінився паспорт або ім’я
niss-field-portal_message = Отримане повідомлення
niss-field-residence_status = Статус проживання
niss-field-typed_nif = NIF (податковий номер)
niss-field-typed_niss = NISS (номер соціального страхування)
niss-field-wants_combined_service = Спільна послуга NIF + NISS + SNS
niss-field-work_situation = Ситуація з роботою

niss-first_week-title = Ваш перший тиждень із NISS

niss-help-activity-body = Це заява в податковій службі (Finanças, зазвичай онлайн) про те, що ви починаєте працювати на себе. Після цього ви можете виставляти рахунки або видавати квитанції.
niss-help-activity-title = Що таке «início de atividade»?
niss-help-combined-body = Пункт обслуговування громадян, часто в міській раді (câmara municipal) або місцевій раді (junta de freguesia), де можна вирішити справи кількох установ в одному місці. Не в кожному Espaço Cidadão є ця послуга.
niss-help-combined-title = Що таке Espaço Cidadão?
niss-help-cplp-body = Співдружність португаломовних країн: Ангола, Бразилія, Кабо-Верде, Екваторіальна Гвінея, Гвінея-Бісау, Мозамбік, Сан-Томе і Принсіпі та Тимор-Лешті (і Португалія).
niss-help-cplp-title = Які країни входять до CPLP?
niss-help-niss-body = Ідентифікаційний номер соціального страхування (Número de Identificação da Segurança Social): 11 цифр, за якими Segurança Social (соціальне страхування Португалії) ідентифікує вас, коли йдеться про внески й виплати. У кожної людини він лише один, на все життя.
niss-help-niss-title = Що таке NISS?
niss-help-protection-body = Міжнародний захист — це притулок: ви подали заяву на нього, маєте статус біженця або додатковий захист. Тимчасовий захист — це режим для людей, які виїхали з України; якщо це ваш випадок, вкажіть це в запитанні про громадянство.
niss-help-protection-title = Міжнародний захист чи тимчасовий захист?

niss-hint-address_changed = Відповідайте «так», лише якщо ви переїхали (або адреса, яку має AIMA, неправильна). Інакше пакет не проситиме вас її оновити.
niss-hint-filed_by = Роботодавець може подати заяву лише за свого працівника.
niss-hint-filing_for_family_member = Наприклад, для чоловіка чи дружини або для дитини, яка живе з вами. Тоді інші відповіді — про цю людину.
niss-hint-had_niss_before = Навіть якщо це було багато років тому, або номер для вас колись запитав роботодавець. Його може бути видно на старому розрахунковому листку або в листі від Segurança Social.
niss-hint-has_pt_address = Там, де ви живете зараз, навіть якщо це орендована кімната або житло родичів.
niss-hint-has_pt_citizen_card = Cartão de Cidadão — це посвідчення особи громадян Португалії. Посвідка на проживання (título de residência) — це не Cartão de Cidadão.
niss-hint-name = Ваше повне ім’я, як у паспорті. Воно потрапляє лише в чернетки листів на цьому пристрої. Залиште поле порожнім, щоб вписати ім’я від руки.
niss-hint-nationality_group = Громадянство за паспортом або посвідченням особи, яке ви будете використовувати.
niss-hint-niss_requested = Відповідайте «так», якщо ви вже надіслали заяву і чекаєте на відповідь. Подавати другу заяву ніколи не потрібно.
niss-hint-numbers = Ми перевіряємо кожен номер, коли ви виходите з поля: чи він правильно складений і чи збігається контрольна цифра. Номер, який не пройшов перевірку, все одно можна залишити.
niss-hint-passport_or_name_changed = Наприклад, новий номер паспорта, прізвище, змінене після шлюбу, або ваше ім’я, написане по-різному в різних документах.
niss-hint-portal_messages = Позначте всі повідомлення, які ви отримали, навіть з різних місць (наприклад, AIMA просить NISS, а Segurança Social у ньому відмовила). Ваш пакет пояснює кожне з них.
niss-hint-residence_status = Виберіть документ, який маєте зараз.
niss-hint-typed_nif = 9 цифр.
niss-hint-typed_niss = 11 цифр; номер людини починається з 1. Пробіли не заважають.
niss-hint-wants_combined_service = Один візит, щоб отримати податковий номер, номер соціального страхування і номер пацієнта в державній системі охорони здоров’я (SNS). Ваш пакет покаже, чи можете ви цим скористатися.
niss-hint-work_situation = Виберіть те, що описує вас зараз, або роботу, яку ви ось-ось почнете.

niss-ids-issuer = Видає:
niss-ids-status-held = У вас він є
niss-ids-status-on_citizen_card = У вашому Cartão de Cidadão
niss-ids-status-on_protection_declaration = У вашій довідці про тимчасовий захист
niss-ids-status-to_request = Потрібно отримати
niss-ids-status-unknown = Поки невідомо
niss-ids-title = Ваші ідентифікаційні номери

niss-letters-blank-date = дата
niss-letters-blank-documents = перелік документів
niss-letters-blank-employer_request_date = дата, коли роботодавець попросив
niss-letters-blank-missing_document = документ, якого бракує
niss-letters-blank-name = ваше ім’я
niss-letters-blank-nif = ваш NIF
niss-letters-blank-niss = ваш NISS
niss-letters-blank-other = інші дані
niss-letters-blank-reason = причина
niss-letters-blank-request_date = дата вашої заяви
niss-letters-blank-ss_reply_summary = що відповіла Segurança Social
niss-letters-blanks = Заповнити від руки:
niss-letters-copied = Лист скопійовано. Вставте його в електронний лист або документ.
niss-letters-copied_button = Скопійовано ✓
niss-letters-copy = Копіювати лист
niss-letters-copy_failed = Цей браузер не дозволив копіювання. Виділіть текст листа і скопіюйте його вручну.
niss-letters-hint = Це лише чернетки: Amparo нічого не надсилає. Відкрийте лист, скопіюйте його, заповніть пропуски й надішліть самі.
niss-letters-pt_failed = Не вдалося завантажити лист португальською. Підключіться до інтернету й відкрийте цю сторінку знову; переклад нижче показує, що в ньому написано.
niss-letters-pt_loading = Завантажуємо лист португальською…
niss-letters-subject = Тема:
niss-letters-translation = Переклад, щоб ви розуміли лист: надсилайте текст португальською.
niss-letters-title = Листи, які можна скопіювати
niss-letters-to-aima = До AIMA
niss-letters-to-employer = До роботодавця
niss-letters-to-other = Лист
niss-letters-to-social_security = До Segurança Social

niss-optional-skip = Це запитання необов’язкове: можна продовжити без відповіді.

niss-pack-by_portal_message = повідомлення
niss-pack-by_representation = хтось подає заяву за вас
niss-pack-cannot_build = Пакет поки не можна скласти. Змініть ці відповіді:
niss-pack-change_answers = Змінити відповіді
niss-pack-change_filer = Змінити, хто подає заяву
niss-pack-do_not = Чого не робити
niss-pack-documents = Які документи зібрати
niss-pack-documents_hint = Позначайте кожен документ, коли він у вас є. Позначки зберігаються на цьому пристрої.
niss-pack-documents_optional = Корисні, якщо є
niss-pack-documents_required = Потрібні
niss-pack-fallbacks = Якщо щось піде не так
niss-pack-filer_not_allowed = у цій ситуації людина, яку ви вибрали, не може подати заяву.
niss-pack-lead = Складено з ваших відповідей, на цьому пристрої. Спершу прочитайте попередження.
niss-pack-notes = Корисно знати
niss-pack-one_of = Один із цих документів
niss-pack-one_of_hint = Достатньо одного документа з цієї групи.
niss-pack-profiles = Ваша ситуація
niss-pack-source = джерело
niss-pack-steps = Кроки по черзі
niss-pack-ticked = Позначено { $ticked } з { $total } { $total ->
    [one] документа
    [few] документів
    [many] документів
   *[other] документів
}
niss-pack-title = Ваш пакет документів
niss-pack-typed_numbers = Номери, які ви ввели
niss-pack-warning = Важливо:
niss-pack-where = Де:
niss-pack-who_may_file = Хто може подати заяву:

niss-portal-means = Що це зазвичай означає
niss-portal-title = Повідомлення
niss-portal-what_to_do = Що робити

niss-q-address_changed = Ваша адреса змінилася відтоді, як AIMA востаннє її записала?
niss-q-filed_by = Хто подаватиме заяву на NISS?
niss-q-filing_for_family_member = Ви робите це для члена сім’ї?
niss-q-had_niss_before = У вас колись був NISS?
niss-q-has_pt_address = У вас є адреса в Португалії?
niss-q-has_pt_citizen_card = У вас є португальське посвідчення громадянина (Cartão de Cidadão)?
niss-q-name = Яке ім’я вказати в листах?
niss-q-nationality_group = Яке у вас громадянство?
niss-q-needed_for = Навіщо вам NISS?
niss-q-niss_requested = Ви вже подали заяву на NISS до Segurança Social?
niss-q-numbers = Ваші NISS і NIF, якщо вони у вас є
niss-q-passport_or_name_changed = У вас змінився паспорт або ім’я?
niss-q-portal_message = Ви отримували одне з цих повідомлень на порталі або від установи?
niss-q-residence_status = Який у вас статус проживання в Португалії?
niss-q-wants_combined_service = Хочете скористатися спільною послугою NIF + NISS + SNS в Espaço Cidadão?
niss-q-work_situation = Яка у вас ситуація з роботою?

niss-sources-hint = Біля кожного пункту пакета стоїть номер його джерела. Пункти з позначками «вторинне джерело», «неофіційний довідник» або «не підтверджено» не вдалося звірити з офіційним текстом: перш ніж на них покладатися, уточніть їх в установі.
niss-sources-show = Показати джерела (з номерами, як у тексті)
niss-sources-title = Джерела
niss-sources-version = Версія каталогу:

niss-start-button = Почати
niss-start-gives_check = перевірку NISS або NIF, який ви введете, щоб помітити помилку в номері
niss-start-gives_documents = перелік потрібних документів, у якому можна ставити позначки, поки ви їх збираєте
niss-start-gives_letters = чернетки листів, які можна скопіювати, і теку документів на випадок, якщо ваша справа застрягне
niss-start-gives_steps = кроки по черзі: хто робить кожен крок і чого не робити
niss-start-lead = Дізнайтеся, які документи зібрати, що робити і в якому порядку, щоб отримати або виправити номер соціального страхування (NISS) у Segurança Social (соціальне страхування Португалії).
niss-start-not_advice = Це практична інформація, а не юридична консультація. Рішення щодо вашої заяви ухвалює лише Segurança Social.
niss-start-private = Ваші відповіді залишаються на цьому пристрої. Нічого з того, що ви вводите, нікуди не надсилається: немає ні облікового запису, ні сервера.
niss-start-someone_else = Якщо ви допомагаєте іншій людині (члену сім’ї, працівникові), відповідайте за неї.
niss-start-what = Дайте відповідь на кілька коротких запитань, по одному на сторінці. Наприкінці ви отримаєте свій пакет документів:


niss-who-employer = роботодавець
niss-who-other = інша людина
niss-who-representative = представник
niss-who-self = ви самі

# --- question flow (issue 13) ---
niss-errors-required-filed_by = Виберіть, хто подаватиме заяву на NISS.
niss-errors-required-had_niss_before = Виберіть, чи був у вас колись NISS, або «Не знаю».
niss-errors-required-has_pt_address = Виберіть, чи маєте ви адресу в Португалії.
niss-errors-required-has_pt_citizen_card = Виберіть, чи маєте ви португальську картку громадянина.
niss-errors-required-nationality_group = Виберіть ваше громадянство.
niss-errors-required-needed_for = Виберіть, для чого вам потрібен NISS.
niss-errors-required-passport_or_name_changed = Виберіть, чи змінювалися ваш паспорт або ім’я.
niss-errors-required-residence_status = Виберіть ваш статус проживання в Португалії.
niss-errors-required-work_situation = Виберіть вашу ситуацію з роботою.
