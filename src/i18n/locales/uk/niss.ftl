# The NISS catalogue (src/rules/niss.json): the words of each entry, under ids derived from the
# entry (scheme in src/niss/catalogue.rs). Extracted from the former bilingual catalogue.

## Documents

niss-cat-doc-passport-name = Дійсний паспорт
niss-cat-doc-passport-proves = Особу людини, на яку буде оформлено NISS.
niss-cat-doc-passport-obtained_from = Органи влади країни вашого громадянства.
niss-cat-doc-old_passport-name = Попередній паспорт (якщо він у вас ще є)
niss-cat-doc-old_passport-proves = Зв’язок між вашими теперішніми даними і тими, з якими було створено старий запис.
niss-cat-doc-old_passport-obtained_from = Ваші власні документи; якщо паспорт загублено, консульство може видати довідку.
niss-cat-doc-residence_title-name = Посвідка на проживання (título de residência) або дозвіл на проживання
niss-cat-doc-residence_title-proves = Що людина з громадянством країни поза ЄС законно проживає в Португалії.
niss-cat-doc-residence_title-obtained_from = AIMA (раніше SEF).
niss-cat-doc-aima_receipt-name = Підтвердження заяви на дозвіл на проживання: квитанція (recibo) від AIMA
niss-cat-doc-aima_receipt-proves = Що ви подали заяву на дозвіл на проживання і вона ще розглядається.
niss-cat-doc-aima_receipt-obtained_from = AIMA: особистий онлайн-кабінет, електронна пошта або відділення, де ви подавали заяву.
niss-cat-doc-residence_visa-name = Віза на проживання (visto de residência)
niss-cat-doc-residence_visa-proves = Що ви в’їхали до Португалії за візою на проживання.
niss-cat-doc-residence_visa-obtained_from = Консульство Португалії, яке її видало (віза в паспорті).
niss-cat-doc-cplp_residence_visa-name = Віза на проживання CPLP
niss-cat-doc-cplp_residence_visa-proves = Окремий шлях до проживання для громадян країн CPLP.
niss-cat-doc-cplp_residence_visa-obtained_from = Консульство Португалії, яке її видало (віза в паспорті).
niss-cat-doc-cplp_ar_certificate-name = Свідоцтво про надання дозволу на проживання CPLP
niss-cat-doc-cplp_ar_certificate-proves = Що вам надано дозвіл на проживання CPLP.
niss-cat-doc-cplp_ar_certificate-obtained_from = AIMA (портал дозволів на проживання CPLP).
niss-cat-doc-eu_registration_certificate-name = Свідоцтво про реєстрацію громадянина ЄС (certificado de registo)
niss-cat-doc-eu_registration_certificate-proves = Що людина з громадянством ЄС зареєструвала своє проживання в Португалії.
niss-cat-doc-eu_registration_certificate-obtained_from = Міська рада (Câmara Municipal) за місцем вашого проживання.
niss-cat-doc-international_protection_document-name = Підтвердження заяви на міжнародний захист або посвідчення біженця
niss-cat-doc-international_protection_document-proves = Що ви подали заяву на притулок або додатковий захист, або маєте статус біженця чи особи з додатковим захистом.
niss-cat-doc-international_protection_document-obtained_from = AIMA.
niss-cat-doc-tp_declaration-name = Довідка про тимчасовий захист
niss-cat-doc-tp_declaration-proves = Тимчасовий захист; у довідці зазвичай вказано ваші NIF, NISS і номер пацієнта SNS.
niss-cat-doc-tp_declaration-obtained_from = Її надсилають електронною поштою після заяви на платформі тимчасового захисту (AIMA, раніше SEF).
niss-cat-doc-nif_proof-name = Підтвердження NIF (податкового номера)
niss-cat-doc-nif_proof-proves = Ваш податковий номер, який пов’язує податкові записи із записами Segurança Social.
niss-cat-doc-nif_proof-obtained_from = Податкова служба (Portal das Finanças або відділення Finanças).
niss-cat-doc-employment_contract-name = Підписаний трудовий договір
niss-cat-doc-employment_contract-proves = Найману роботу: це головний документ, щоб іноземному працівникові присвоїли NISS.
niss-cat-doc-employment_contract-obtained_from = Роботодавець (договір підписують обидві сторони).
niss-cat-doc-employer_declaration-name = Довідка від роботодавця
niss-cat-doc-employer_declaration-proves = Трудові відносини, поки договір ще не підписано.
niss-cat-doc-employer_declaration-obtained_from = Роботодавець, на фірмовому бланку і з підписом.
niss-cat-doc-activity_start-name = Декларація про початок діяльності самозайнятої особи (declaração de início de atividade)
niss-cat-doc-activity_start-proves = Що ви зареєструвалися як самозайнята особа.
niss-cat-doc-activity_start-obtained_from = Податкова служба (Portal das Finanças).
niss-cat-doc-invoices_receipts-name = Уже виставлені рахунки або рахунки-квитанції (faturas, faturas-recibo)
niss-cat-doc-invoices_receipts-proves = Що ваша діяльність як самозайнятої особи справжня і вже почалася.
niss-cat-doc-invoices_receipts-obtained_from = Portal das Finanças (рахунки-квитанції) або ваша програма для виставлення рахунків.
niss-cat-doc-company_registry_certificate-name = Витяг із комерційного реєстру, де видно вашу посаду (certidão de registo comercial)
niss-cat-doc-company_registry_certificate-proves = Що ви обіймаєте посаду керівника чи директора або входите до статутного органу компанії.
niss-cat-doc-company_registry_certificate-obtained_from = Інститут реєстрів і нотаріату, IRN (Instituto dos Registos e do Notariado; постійний витяг, certidão permanente).
niss-cat-doc-foreign_employment_contract-name = Трудовий договір з іноземним роботодавцем
niss-cat-doc-foreign_employment_contract-proves = Що ви працюєте віддалено на роботодавця за кордоном.
niss-cat-doc-foreign_employment_contract-obtained_from = Іноземний роботодавець.
niss-cat-doc-remote_work_evidence-name = Докази віддаленої роботи (лист від роботодавця, розрахункові листки)
niss-cat-doc-remote_work_evidence-proves = Що робота виконується з Португалії.
niss-cat-doc-remote_work_evidence-obtained_from = Іноземний роботодавець.
niss-cat-doc-a1_certificate-name = Довідка A1 або інший документ про координацію соціального страхування між країнами
niss-cat-doc-a1_certificate-proves = Що на вас і далі поширюється система соціального страхування іншої країни, якщо це так.
niss-cat-doc-a1_certificate-obtained_from = Установа соціального страхування країни, система якої на вас поширюється.
niss-cat-doc-voluntary_insurance_basis-name = Документ, що дає підставу для добровільного соціального страхування
niss-cat-doc-voluntary_insurance_basis-proves = Вашу підставу для добровільного соціального страхування (який саме документ, підтвердити не вдалося: запитайте в Segurança Social).
niss-cat-doc-voluntary_insurance_basis-obtained_from = Залежить від випадку; Segurança Social скаже, який саме.
niss-cat-doc-official_requirement-name = Офіційна вимога, для якої потрібен NISS (знімок екрана або повідомлення, з датою)
niss-cat-doc-official_requirement-proves = Навіщо вам NISS, якщо немає роботи, яка б це пояснювала.
niss-cat-doc-official_requirement-obtained_from = Портал або електронна пошта AIMA (або тієї установи, яка його вимагає).
niss-cat-doc-ss_reply-name = Відповіді Segurança Social (відмова, запит документів) і дати звернень
niss-cat-doc-ss_reply-proves = Що Segurança Social уже вирішила або запитала, і коли.
niss-cat-doc-ss_reply-obtained_from = Ваша електронна пошта або Segurança Social Direta.
niss-cat-doc-niss_notice-name = Повідомлення про присвоєння NISS
niss-cat-doc-niss_notice-proves = Що NISS існує і на чиї дані його оформлено.
niss-cat-doc-niss_notice-obtained_from = Segurança Social (електронний лист, лист поштою або Segurança Social Direta).
niss-cat-doc-niss_request_proof-name = Підтвердження заяви на NISS (дата і надіслані додатки)
niss-cat-doc-niss_request_proof-proves = Що ви подали заяву на NISS, і коли, навіть якщо відповіді ще немає.
niss-cat-doc-niss_request_proof-obtained_from = Лист-підтвердження від Segurança Social на електронну пошту або знімок екрана з надсиланням заяви.
niss-cat-doc-address_proof-name = Підтвердження теперішньої адреси
niss-cat-doc-address_proof-proves = Вашу адресу в Португалії (договір оренди або безоплатного користування житлом, рахунок за воду, електроенергію чи газ, витяг із реєстру нерухомості, довідка від власника житла).
niss-cat-doc-address_proof-obtained_from = Власник житла, постачальник комунальних послуг або реєстр нерухомості.
niss-cat-doc-prior_work_evidence-name = Докази попередньої роботи в Португалії (розрахункові листки, договори)
niss-cat-doc-prior_work_evidence-proves = Зв’язок із вашим старим записом у Segurança Social.
niss-cat-doc-prior_work_evidence-obtained_from = Ваші документи або колишні роботодавці.
niss-cat-doc-name_change_certificate-name = Свідоцтво про шлюб, розлучення або зміну імені
niss-cat-doc-name_change_certificate-proves = Чому змінилося ім’я.
niss-cat-doc-name_change_certificate-obtained_from = Орган реєстрації актів цивільного стану країни, де цю зміну зареєстровано.
niss-cat-doc-identity_link_statement-name = Коротка заява, що пов’язує ваші старі й нові дані
niss-cat-doc-identity_link_statement-proves = Що старе й нове ім’я або старий і новий паспорт належать одній і тій самій людині (імена, номери паспортів, дата народження).
niss-cat-doc-identity_link_statement-obtained_from = Ви пишете її самі, ставите дату й підпис.
niss-cat-doc-representation_proof-name = Довіреність або заява про дозвіл третій особі (Declaração de Autorização a Terceiros)
niss-cat-doc-representation_proof-proves = Що людина, яка подає заяву, може вас представляти.
niss-cat-doc-representation_proof-obtained_from = Її підписуєте ви (або батьки чи опікун, якщо йдеться про неповнолітню дитину).
niss-cat-doc-representative_id-name = Документ, що посвідчує особу представника
niss-cat-doc-representative_id-proves = Особу того, хто подає заяву від вашого імені.
niss-cat-doc-representative_id-obtained_from = Сам представник.
niss-cat-doc-ss_contract_notice-name = Роз’яснення Segurança Social щодо договорів з іноземцями (роздруковане або посилання на нього)
niss-cat-doc-ss_contract_notice-proves = Що договір можна підписати ще до того, як з’явиться NISS.
niss-cat-doc-ss_contract_notice-obtained_from = Портал Segurança Social (розділ новин).
niss-cat-doc-portal_error_screenshot-name = Знімок екрана з точним текстом помилки (повний текст, дата й час)
niss-cat-doc-portal_error_screenshot-proves = Що саме блокує справу, щоб той, хто її розглядає, знав, що не спрацювало.
niss-cat-doc-portal_error_screenshot-obtained_from = Екран порталу в момент, коли з’являється помилка.
niss-cat-doc-family_member_reason-name = Докази того, навіщо члену сім’ї NISS
niss-cat-doc-family_member_reason-proves = Що в цієї людини є власна причина (робота, виплата, вимога AIMA).
niss-cat-doc-family_member_reason-obtained_from = Залежить від причини: договір, вимога AIMA, заява на виплату.
niss-cat-doc-employer_identification-name = Дані роботодавця (його NIPC та ідентифікаційний номер у Segurança Social)
niss-cat-doc-employer_identification-proves = Визначає роботодавця, який подає заяву за працівника.
niss-cat-doc-employer_identification-obtained_from = Сам роботодавець.
niss-cat-doc-employer_signatory_id-name = Документ, що посвідчує особу того, хто підписує від імені роботодавця, і підтвердження, що ця людина має право діяти від його імені (наприклад, код доступу до постійного витягу з комерційного реєстру)
niss-cat-doc-employer_signatory_id-proves = Хто підписує заяву від імені роботодавця.
niss-cat-doc-employer_signatory_id-obtained_from = Сам роботодавець.

## What not to do

niss-cat-do_not-no_second_niss = Не подавайте заяву на другий NISS. Якщо він у вас уже є (навіть старий або такий, якого AIMA не може знайти), попросіть виправити або оновити запис: через подвійні номери виникають проблеми з внесками й виплатами.
niss-cat-do_not-no_fake_work_evidence = Не заявляйте про роботу, якої немає, і не платіть за договір: неправдива підстава шкодить вашій справі і в AIMA, і в Segurança Social.
niss-cat-do_not-no_borrowed_niss = Не використовуйте позичений, чужий або вигаданий NISS і не дозволяйте цього роботодавцю.
niss-cat-do_not-tp_no_ordinary_request = Не подавайте звичайну заяву на NISS: за тимчасового захисту NISS присвоюють у самій процедурі захисту, і він має бути у вашій довідці. Якщо його там немає, це вирішують відділення, які працюють із тимчасовим захистом.
niss-cat-do_not-no_hr_refusal_acceptance = Не погоджуйтеся, щоб відділ кадрів відкладав договір лише тому, що у вас ще немає NISS: Segurança Social роз’яснила, що договір можна підписати спершу.
niss-cat-do_not-no_blank_forms = Не підписуйте порожніх бланків і не віддавайте посередникам, що обіцяють NISS одразу, копій своїх документів у форматі, який можна змінити.
niss-cat-do_not-identity_versions = Не допускайте, щоб Segurança Social, AIMA, ваш роботодавець і банк мали різні варіанти вашого імені чи паспорта.
niss-cat-do_not-no_resubmit_same = Не надсилайте знову той самий неповний набір документів: надішліть саме той документ, якого бракує.
niss-cat-do_not-no_wait_deadline = Не чекайте, поки спливе строк AIMA: дійте раніше і зберігайте підтвердження кожного кроку з датою.
niss-cat-do_not-activity_is_not_niss = Не думайте, що реєстрація як самозайнятої особи в податковій дає вам NISS: це два окремі кроки.
niss-cat-do_not-intention_not_evidence = Не подавайте заяву на NISS лише з наміром працювати на себе: без зареєстрованої діяльності й рахунків у такій заяві зазвичай відмовляють.
niss-cat-do_not-niss_not_settle_nomad = Не думайте, що NISS вирішує питання податків, трудових відносин чи внесків: це лише ідентифікаційний номер.
niss-cat-do_not-officer_not_contract = Не використовуйте особистий трудовий договір замість витягу з комерційного реєстру, де видно вашу посаду.
niss-cat-do_not-ssv_not_automatic = Не думайте, що добровільне соціальне страхування доступне вам лише тому, що вам потрібен NISS.
niss-cat-do_not-cplp_one_rule = Не думайте, що правило для одного року чи одного громадянства CPLP діє в усіх випадках CPLP: правила кілька разів змінювалися.
niss-cat-do_not-tp_no_combined = Не звертайтеся по спільну послугу в Espaço Cidadão: вона не для людей із тимчасовим захистом, бо їхні номери вже є в довідці.
niss-cat-do_not-household_not_shared = Не думайте, що NISS одного члена домогосподарства підходить іншим: у кожної людини свій.
niss-cat-do_not-check_before_request = Не подавайте нову заяву на NISS, поки Segurança Social не скаже, чи він у вас уже є: його могли присвоїти на запит колишнього роботодавця, під час попереднього перебування або автоматично разом із заявою на проживання.
niss-cat-do_not-no_double_route = Не подавайте ще й онлайн-заяву до Segurança Social: NISS присвоюють через спільну послугу, а дві заяви можуть створити два номери.
niss-cat-do_not-no_file_twice = Не подавайте другу заяву, поки перша розглядається: стежте за нею і зберігайте підтвердження кожного звернення.

## Steps

niss-cat-step-tp_check_declaration = Знайдіть NISS у довідці про тимчасовий захист, яку ви отримали електронною поштою.
niss-cat-step-unknown_ask_ss = Спершу запитайте в Segurança Social, чи вам колись присвоювали NISS (у відділенні, телефоном або письмово: лист нижче). Для цього потрібні ваш паспорт (і попередній, якщо є), NIF і дата народження. NISS могли присвоїти на запит колишнього роботодавця, під час попереднього перебування або автоматично разом із заявою на проживання.
niss-cat-step-ret_recover = Попросіть Segurança Social підтвердити або відновити ваш старий NISS і додайте документи, що посвідчують особу (теперішні й старі). Не подавайте нової заяви.
niss-cat-step-aima_check_record = Перш ніж заходити на портал продовження дозволів, перевірте, чи правильні NISS і адреса, які має AIMA.
niss-cat-step-aima_update_address = Оновіть свою адресу в AIMA: посвідку на проживання надсилають поштою на зареєстровану адресу.
niss-cat-step-id_update_ss = Попросіть Segurança Social оновити ім’я і номер паспорта, пов’язані з вашим NISS, і додайте документи, що пов’язують старі й нові дані.
niss-cat-step-id_update_others = Потім узгодьте те саме ім’я, номер паспорта, NIF і дату народження з AIMA, роботодавцем і банком.
niss-cat-step-cs_appointment = Запишіться на прийом до Espaço Cidadão, який надає спільну послугу NIF + NISS + номер пацієнта SNS, і візьміть документи з цього переліку. Це ваш шлях до NISS: не подавайте ще й онлайн-заяву до Segurança Social.
niss-cat-step-unknown_then_combined = Лише якщо Segurança Social підтвердить, що NISS у вас немає, запишіться на спільну заяву (NIF, NISS і номер пацієнта SNS) до Espaço Cidadão, який надає цю послугу. Якщо номер знайдеться, скажіть про це у відділенні, щоб не створили другий.
niss-cat-step-emp_sign_contract = Роботодавець підписує трудовий договір, не чекаючи на NISS; вказувати номер у договорі не потрібно.
niss-cat-step-ind_open_activity = Зареєструйте свою діяльність як самозайнятої особи в податковій і виставте перші рахунки, перш ніж подавати заяву на NISS.
niss-cat-step-ind_open_activity_has_niss = Зареєструйте свою діяльність як самозайнятої особи в податковій, перш ніж почати працювати; Segurança Social використовує NISS, який у вас уже є (нова заява не потрібна).
niss-cat-step-ssv_ask_basis = Письмово запитайте в Segurança Social, який документ дає вам підставу для добровільного соціального страхування.
niss-cat-step-nomad_a1_first = Перш ніж подавати заяву на NISS, з’ясуйте питання координації: запитайте роботодавця (або установу соціального страхування його країни), чи поширюється на вас і далі ця система. Якщо так, попросіть довідку A1 (ЄС, ЄЕЗ, Швейцарія) або довідку за двосторонньою угодою і додайте її до заяви; якщо ні, можливо, доведеться сплачувати внески в Португалії. Не робіть жодних висновків без цієї відповіді.
niss-cat-step-not_working_explain = У заяві чесно вкажіть, що ви не працюєте і що NISS вимагає AIMA (або інша установа), і запитайте, який документ використати як підставу.
niss-cat-step-fam_own_request = Оформлюйте NISS кожного члена домогосподарства окремо, з документами саме цієї людини; за неповнолітню дитину заяву подають батьки або законний представник, з підтвердженням представництва.
niss-cat-step-ss_send_missing = Прочитайте відповідь Segurança Social і надішліть саме той документ, якого, за її словами, бракує: розбірливий і з перекладом, якщо він не португальською. Не надсилайте знову ті самі документи.
niss-cat-step-follow_up_request = Ви вже подали заяву: не подавайте іншу. Зберігайте підтвердження (дата і надіслані додатки) і стежте за заявою в Segurança Social, записуючи кожне звернення.
niss-cat-step-file_request = Подайте заяву на NISS через онлайн-форму Segurança Social (Sou Cidadão › Atribuição de NISS › Cidadãos estrangeiros) і додайте документи з цього переліку.
niss-cat-step-unknown_then_request = Лише якщо Segurança Social підтвердить, що NISS у вас немає, подайте заяву (онлайн-форма: Sou Cidadão › Atribuição de NISS › Cidadãos estrangeiros) з документами з цього переліку. Якщо номер знайдеться, попросіть підтвердити або виправити цей запис, а не видати новий номер.
niss-cat-step-ask_copies = Попросіть того, хто подає заяву за вас, дати вам копію всього надісланого і кожної відповіді.
niss-cat-step-tp_desk = Якщо в довідці немає NISS, зверніться до відділення, яке працює з тимчасовим захистом.
niss-cat-step-collect_niss = Коли надійде лист-підтвердження на електронну пошту, отримайте NISS особисто у відділенні Segurança Social; візьміть із собою документ, що посвідчує особу.
niss-cat-step-emp_give_niss = Передайте NISS роботодавцю письмово і збережіть підтвердження, що ви його надіслали.
niss-cat-step-emp_register_link = Роботодавець повідомляє про договір і трудові відносини в Segurança Social Direta (Trabalho › Admissão de trabalhadores › Comunicar contrato e vínculo).
niss-cat-step-aima_send_niss = Надішліть NISS до AIMA через її форму зв’язку (contactenos.aima.gov.pt) разом із підтвердженням номера (повідомлення про присвоєння NISS або довідка про тимчасовий захист) і збережіть квитанцію. AIMA повідомила, що вносить номер приблизно за 2 робочі дні.
niss-cat-step-tp_show_declaration = Якщо в якійсь установі кажуть, що вашого NISS немає, покажіть довідку про тимчасовий захист і запитайте, яке саме поле не пройшло перевірку.
niss-cat-step-emp_check_ssd = Після першої зарплати перевірте в Segurança Social Direta, чи видно трудові відносини й внески.
niss-cat-step-ret_ssd = Відновіть доступ до Segurança Social Direta і перевірте історію своїх внесків.
niss-cat-step-ind_check_obligations = Запитайте в Segurança Social, яка реєстрація і які внески стосуються вашої діяльності та чи діє для вас період звільнення від внесків; не вирішуйте цього самі.
niss-cat-step-nomad_cross_border = Отримайте консультацію щодо координації соціального страхування між країнами (довідка A1 або двостороння угода), перш ніж вирішувати, чи повинні ви сплачувати внески в Португалії.
niss-cat-step-officer_framework = Уточніть у сертифікованого бухгалтера (contabilista certificado), як сплачують внески члени статутних органів компанії.
niss-cat-step-cplp_keep_docs = Зберігайте документи CPLP разом з іншими документами щодо NISS і перевірте чинні роз’яснення Segurança Social або gov.pt.
niss-cat-step-not_working_loop = Якщо Segurança Social відмовить або попросить підтвердження роботи, збережіть відповідь і дійте за розділом «Коли кожна установа спершу вимагає документ від іншої» у вашій теці документів.
niss-cat-step-fam_table = Ведіть таблицю домогосподарства: людина, NIF, NISS, номер пацієнта SNS, номер AIMA, статус, хто видав і пов’язана електронна пошта.
niss-cat-step-id_align_later = Коли NISS присвоять, перевірте, що в Segurança Social, AIMA, вашого роботодавця і банку однакове ім’я і номер вашого теперішнього паспорта.

## Profiles

niss-cat-profile-employee-name = Наймана робота
niss-cat-profile-employee-match_reason = Ви відповіли, що працюєте (або скоро почнете працювати) на роботодавця в Португалії.
niss-cat-profile-employee-channel = Онлайн-форма заяви на NISS на порталі Segurança Social (потім номер отримують особисто); або відділення Segurança Social.
niss-cat-profile-employee-fallback = Якщо відділ кадрів відмовляє, покажіть роз’яснення Segurança Social, попросіть письмово викласти правила компанії і запропонуйте правильний порядок: підписаний договір, заява на NISS із договором, потім роботодавець повідомляє про трудові відносини.
niss-cat-profile-employee-fallback-if-has_niss_now = Якщо роботодавець не повідомляє про трудові відносини після того, як ви дали йому NISS, письмово запитайте, коли він це зробить, і перевірте Segurança Social Direta після першої зарплати.
niss-cat-profile-employee-fallback-if-combined_route = Якщо в Espaço Cidadão не можуть присвоїти NISS у вашому випадку, попросіть письмово пояснити причину, а потім подайте заяву на NISS до Segurança Social із підписаним договором.
niss-cat-profile-employee-doc-passport-why = Посвідчує особу людини, на яку буде оформлено NISS.
niss-cat-profile-employee-doc-nif_proof-why = Його зазвичай просять разом із заявою, і він допомагає пов’язати записи.
niss-cat-profile-employee-doc-employment_contract-why = Робота — це підстава для заяви; підписаний договір — головний доказ.
niss-cat-profile-employee-doc-employment_contract-or-employer_declaration-label = Підтвердження роботи
niss-cat-profile-employee-doc-employment_contract-or-employer_declaration-why = Робота — це підстава для заяви: попросіть підписаний договір (щоб його підписати, NISS не потрібен) або, поки що, довідку від роботодавця.
niss-cat-profile-employee-doc-residence-third_country-why = Людина з громадянством країни поза ЄС має підтвердити проживання або заяву на проживання.
niss-cat-profile-employee-doc-residence-eu-why = Для громадян ЄС цей документ не обов’язковий для NISS, але він допомагає підтвердити проживання.
niss-cat-profile-employee-doc-ss_contract_notice-why = Щоб показати відділу кадрів, що спершу підписують договір.
niss-cat-profile-independent_worker-name = Самозайнята особа
niss-cat-profile-independent_worker-match_reason = Ви відповіли, що працюєте на себе як самозайнята особа.
niss-cat-profile-independent_worker-channel = Онлайн-форма заяви на NISS на порталі Segurança Social (потім номер отримують особисто); або відділення Segurança Social.
niss-cat-profile-independent_worker-fallback = Якщо в заяві відмовили через брак доказів роботи, зачекайте, поки у вас будуть зареєстрована діяльність і виставлені рахунки, а тоді подайте заяву знову разом із ними.
niss-cat-profile-independent_worker-fallback-if-has_niss_now = Якщо Segurança Social попросить більше даних про вашу діяльність, надішліть декларацію про початок діяльності та свої рахунки; ваш NISS залишається тим самим.
niss-cat-profile-independent_worker-doc-passport-why = Посвідчує особу людини, на яку буде оформлено NISS.
niss-cat-profile-independent_worker-doc-nif_proof-why = Вашу діяльність як самозайнятої особи зареєстровано на ваш NIF.
niss-cat-profile-independent_worker-doc-activity_start-with_activity-why = Підтверджує, що діяльність зареєстровано.
niss-cat-profile-independent_worker-doc-activity_start-no_activity-why = У вас її ще немає: спершу зареєструйте діяльність у податковій (див. кроки). Без неї в заяві зазвичай відмовляють.
niss-cat-profile-independent_worker-doc-invoices_receipts-no_activity-why = У вас їх ще немає: виставте перший рахунок або рахунок-квитанцію, перш ніж подавати заяву на NISS.
niss-cat-profile-independent_worker-doc-invoices_receipts-with_activity-why = Підтверджують, що діяльність уже почалася.
niss-cat-profile-independent_worker-doc-residence-third_country-why = Людина з громадянством країни поза ЄС має підтвердити проживання або заяву на проживання.
niss-cat-profile-independent_worker-doc-residence-eu-why = Для громадян ЄС цей документ не обов’язковий для NISS, але він допомагає підтвердити проживання.
niss-cat-profile-digital_nomad-name = Цифрові кочівники / іноземний роботодавець
niss-cat-profile-digital_nomad-match_reason = Ви відповіли, що працюєте на роботодавця за кордоном.
niss-cat-profile-digital_nomad-channel = Онлайн-форма заяви на NISS на порталі Segurança Social (потім номер отримують особисто); або відділення Segurança Social.
niss-cat-profile-digital_nomad-fallback = Якщо на вас поширюється система іншої країни, додайте документ про координацію (наприклад, A1) і попросіть роз’яснень у Segurança Social; багато цифрових кочівників не сплачують внесків у Португалії.
niss-cat-profile-digital_nomad-doc-passport-why = Посвідчує особу людини, на яку буде оформлено NISS.
niss-cat-profile-digital_nomad-doc-nif_proof-why = Його зазвичай просять разом із заявою, і він допомагає пов’язати записи.
niss-cat-profile-digital_nomad-doc-foreign_employment_contract-why = Саме цей доказ роботи для цифрових кочівників називає довідник, на якому ґрунтується цей перелік.
niss-cat-profile-digital_nomad-doc-remote_work_evidence-why = Показує, що робота виконується з Португалії.
niss-cat-profile-digital_nomad-doc-a1_certificate-why = Якщо на вас і далі поширюється система іншої країни, ця довідка це підтверджує.
niss-cat-profile-digital_nomad-doc-residence-third_country-why = Людина з громадянством країни поза ЄС має підтвердити проживання або заяву на проживання.
niss-cat-profile-digital_nomad-doc-residence-eu-why = Для громадян ЄС цей документ не обов’язковий для NISS, але він допомагає підтвердити проживання.
niss-cat-profile-company_officer-name = Керівна посада або членство в органі управління компанії
niss-cat-profile-company_officer-match_reason = Ви відповіли, що обіймаєте посаду керівника чи директора або входите до органу управління компанії.
niss-cat-profile-company_officer-channel = Онлайн-форма заяви на NISS на порталі Segurança Social (потім номер отримують особисто); або відділення Segurança Social.
niss-cat-profile-company_officer-fallback = Правила сплати внесків тут складні: зверніться по допомогу до сертифікованого бухгалтера або адвоката.
niss-cat-profile-company_officer-doc-passport-why = Посвідчує особу людини, яка матиме NISS.
niss-cat-profile-company_officer-doc-nif_proof-why = Його зазвичай просять разом із заявою на NISS, і він допомагає пов’язати записи про вас.
niss-cat-profile-company_officer-doc-company_registry_certificate-why = Це підтвердження роботи для людини, яка керує компанією.
niss-cat-profile-company_officer-doc-residence-third_country-why = Людина з громадянством країни поза ЄС має підтвердити проживання або подану заяву на дозвіл на проживання.
niss-cat-profile-company_officer-doc-residence-eu-why = Для громадян ЄС цей документ не обов’язковий для NISS, але допомагає підтвердити проживання.
niss-cat-profile-voluntary_insurance-name = Добровільне соціальне страхування
niss-cat-profile-voluntary_insurance-match_reason = Ви відповіли, що хочете приєднатися до добровільного соціального страхування.
niss-cat-profile-voluntary_insurance-channel = Segurança Social (у відділенні або через онлайн-форму), після того як ви з’ясуєте підставу.
niss-cat-profile-voluntary_insurance-fallback = Якщо Segurança Social скаже, що добровільне страхування вам не підходить, перевірте, чи може інша ситуація (робота, вимога AIMA) бути підставою для заяви.
niss-cat-profile-voluntary_insurance-fallback-if-has_niss_now = Якщо Segurança Social скаже, що добровільне соціальне страхування вам не підходить, запитайте письмово, яка система застосовується у вашому випадку; ваш NISS залишається тим самим.
niss-cat-profile-voluntary_insurance-doc-passport-why = Посвідчує особу людини, яка матиме NISS.
niss-cat-profile-voluntary_insurance-doc-voluntary_insurance_basis-why = Це підстава для заяви; з’ясуйте, яка саме стосується вас.
niss-cat-profile-voluntary_insurance-doc-residence-third_country-why = Людина з громадянством країни поза ЄС має підтвердити проживання або подану заяву на дозвіл на проживання.
niss-cat-profile-voluntary_insurance-doc-residence-eu-why = Для громадян ЄС цей документ не обов’язковий для NISS, але допомагає підтвердити проживання.
niss-cat-profile-student_or_not_working-name = Навчаєтеся або живете в Португалії без роботи
niss-cat-profile-student_or_not_working-match_reason = Ви відповіли, що не працюєте.
niss-cat-profile-student_or_not_working-channel = Онлайн-форма Segurança Social; підставою є офіційна вимога надати NISS (наприклад, від AIMA).
niss-cat-profile-student_or_not_working-fallback = Замкнене коло: збережіть вимогу AIMA, подайте з нею заяву на NISS, збережіть відповідь Segurança Social, надішліть її до AIMA і подайте заяву знову, коли з’явиться нова підстава. У серпні 2025 р. Segurança Social заявила, що видаватиме NISS тим, кому він потрібен для продовження дозволу на проживання.
niss-cat-profile-student_or_not_working-fallback-if-has_niss_now = Якщо якась установа не визнає ваш NISS, надішліть їй підтвердження номера (документ про присвоєння NISS або довідку про тимчасовий захист) і збережіть підтвердження надсилання; не подавайте заяву на новий номер.
niss-cat-profile-student_or_not_working-fallback-if-combined_route = Якщо в Espaço Cidadão не можуть присвоїти NISS, попросіть письмово пояснити причину, а потім подайте заяву до Segurança Social разом з офіційною вимогою надати NISS.
niss-cat-profile-student_or_not_working-doc-passport-why = Посвідчує особу людини, яка матиме NISS.
niss-cat-profile-student_or_not_working-doc-official_requirement-why = Якщо ви не працюєте, найсильніший доказ — сама офіційна вимога надати NISS.
niss-cat-profile-student_or_not_working-doc-residence-third_country-why = Людина з громадянством країни поза ЄС має підтвердити проживання або подану заяву на дозвіл на проживання.
niss-cat-profile-student_or_not_working-doc-residence-eu-why = Для громадян ЄС цей документ не обов’язковий для NISS, але допомагає підтвердити проживання.
niss-cat-profile-student_or_not_working-doc-ss_reply-why = Показує, що вже відповіла Segurança Social.
niss-cat-profile-aima_renewal-name = Продовження або оновлення в AIMA
niss-cat-profile-aima_renewal-match_reason = Ви відповіли, що NISS потрібен вам, щоб продовжити або оновити дозвіл на проживання в AIMA.
niss-cat-profile-aima_renewal-channel = Контактна форма AIMA (contactenos.aima.gov.pt), щоб додати NISS або змінити адресу; Segurança Social або деякі Lojas do Cidadão, якщо NISS у вас ще немає.
niss-cat-profile-aima_renewal-fallback = Підготуйте теку документів до кінця строку і збережіть підтвердження з датою того, що ви діяли вчасно.
niss-cat-profile-aima_renewal-doc-passport-why = Посвідчує особу людини, яка матиме NISS.
niss-cat-profile-aima_renewal-doc-niss_notice-why = Підтверджує, що NISS уже існує, щоб AIMA могла його додати.
niss-cat-profile-aima_renewal-doc-niss_request_proof-why = Підтверджує, що ви подали заяву на NISS вчасно.
niss-cat-profile-aima_renewal-doc-official_requirement-why = Показує, що NISS вимагає саме AIMA.
niss-cat-profile-aima_renewal-doc-address_proof-why = Ваша адреса змінилася: посвідку надсилають поштою на адресу, яка записана в AIMA.
niss-cat-profile-aima_renewal-doc-residence-third_country-why = Людина з громадянством країни поза ЄС має підтвердити проживання або подану заяву на дозвіл на проживання.
niss-cat-profile-aima_renewal-doc-residence-eu-why = Для громадян ЄС цей документ не обов’язковий для NISS, але допомагає підтвердити проживання.
niss-cat-profile-returning_with_old_niss-name = Повернення до Португалії зі старим NISS
niss-cat-profile-returning_with_old_niss-match_reason = Ви відповіли, що раніше у вас уже був NISS.
niss-cat-profile-returning_with_old_niss-channel = Segurança Social (у відділенні або через Segurança Social Direta), щоб підтвердити наявний номер.
niss-cat-profile-returning_with_old_niss-fallback = Якщо в старому записі неправильні дані, попросіть виправити цей запис (а не видати новий номер) і додайте документи, які підтверджують, що йдеться про ту саму людину.
niss-cat-profile-returning_with_old_niss-doc-passport-why = Посвідчує особу людини, яка матиме NISS.
niss-cat-profile-returning_with_old_niss-doc-old_passport-why = Пов’язує вас із даними, за якими було створено старий запис.
niss-cat-profile-returning_with_old_niss-doc-nif_proof-why = Його зазвичай просять разом із заявою на NISS, і він допомагає пов’язати записи про вас.
niss-cat-profile-returning_with_old_niss-doc-prior_work_evidence-why = Допомагає Segurança Social знайти старий запис.
niss-cat-profile-returning_with_old_niss-doc-niss_notice-why = Якщо він у вас ще є, на ньому видно старий номер.
niss-cat-profile-niss_unknown-name = Не знаєте, чи був у вас колись NISS
niss-cat-profile-niss_unknown-match_reason = Ви відповіли, що не знаєте, чи був у вас колись NISS.
niss-cat-profile-niss_unknown-channel = Segurança Social (у відділенні, телефоном або письмово), щоб до будь-якої заяви з’ясувати, чи номер уже існує.
niss-cat-profile-niss_unknown-fallback = Якщо Segurança Social не може сказати, чи існує номер, попросіть відповідь письмово і збережіть її: вона захистить вас, якщо пізніше з’явиться другий номер.
niss-cat-profile-niss_unknown-doc-passport-why = За ним Segurança Social шукає запис на ваше ім’я.
niss-cat-profile-niss_unknown-doc-old_passport-why = Старий NISS може бути пов’язаний з попереднім паспортом.
niss-cat-profile-niss_unknown-doc-nif_proof-why = Допомагає знайти наявний запис.
niss-cat-profile-niss_unknown-doc-prior_work_evidence-why = Якщо ви раніше працювали в Португалії, вам тоді могли присвоїти NISS.
niss-cat-profile-identity_changed-name = Змінився паспорт або ім’я
niss-cat-profile-identity_changed-match_reason = Ви відповіли, що у вас змінився паспорт або ім’я.
niss-cat-profile-identity_changed-channel = Оновлення даних у Segurança Social; потім в AIMA, у роботодавця і в банку.
niss-cat-profile-identity_changed-fallback = Якщо установа не приймає зміну, зверніться вище з документами, які підтверджують, що йдеться про ту саму людину.
niss-cat-profile-identity_changed-doc-passport-why = Посвідчує особу людини, яка матиме NISS.
niss-cat-profile-identity_changed-doc-old_passport-why = Пов’язує новий паспорт зі старим.
niss-cat-profile-identity_changed-doc-name_change_certificate-why = Якщо ім’я змінилося, пояснює причину.
niss-cat-profile-identity_changed-doc-identity_link_statement-why = На одній сторінці пояснює, що старі й нові дані належать одній людині.
niss-cat-profile-cplp_national-name = Громадянство країни CPLP
niss-cat-profile-cplp_national-match_reason = Ви відповіли, що маєте громадянство країни CPLP.
niss-cat-profile-cplp_national-channel = Онлайн-форма заяви на NISS на порталі Segurança Social (потім номер отримують особисто) або відділення Segurança Social.
niss-cat-profile-cplp_national-fallback = Перевірте чинні роз’яснення Segurança Social або gov.pt: правила для CPLP змінювалися кілька разів.
niss-cat-profile-cplp_national-doc-passport-why = Посвідчує особу людини, яка матиме NISS.
niss-cat-profile-cplp_national-doc-residence-third_country-why = Людина з громадянством країни поза ЄС має підтвердити проживання або подану заяву на дозвіл на проживання.
niss-cat-profile-cplp_national-doc-residence-eu-why = Для громадян ЄС цей документ не обов’язковий для NISS, але допомагає підтвердити проживання.
niss-cat-profile-ukraine_temporary_protection-name = Тимчасовий захист (Україна)
niss-cat-profile-ukraine_temporary_protection-match_reason = Ви відповіли, що маєте тимчасовий захист як людина, яка виїхала з України.
niss-cat-profile-ukraine_temporary_protection-channel = Платформа тимчасового захисту (раніше sefforukraine.sef.pt) і спеціальні пункти прийому; номери присвоюють на підставі заяви на тимчасовий захист.
niss-cat-profile-ukraine_temporary_protection-fallback = Зверніться до спеціальних пунктів прийому для людей, які виїхали з України.
niss-cat-profile-ukraine_temporary_protection-doc-passport-why = Посвідчує особу людини, яка матиме NISS.
niss-cat-profile-ukraine_temporary_protection-doc-tp_declaration-why = Зазвичай у ній указано ваші NIF, NISS і номер пацієнта SNS.
niss-cat-profile-family_member-name = Заява для члена сім’ї
niss-cat-profile-family_member-match_reason = Ви відповіли, що займаєтеся NISS для члена сім’ї; інші відповіді стосуються цієї людини.
niss-cat-profile-family_member-channel = Спільна послуга в Espaço Cidadão (якщо людина має на неї право) або форма Segurança Social.
niss-cat-profile-family_member-fallback = Якщо людина має на це право, спільна послуга в Espaço Cidadão оформлює всі три номери за один візит; інакше скористайтеся формою Segurança Social.
niss-cat-profile-family_member-fallback-if-temporary_protection = За тимчасового захисту номери кожного члена сім’ї вказано у власній довідці про тимчасовий захист цієї людини: перевірте кожну довідку.
niss-cat-profile-family_member-fallback-if-has_niss_now = Перевірте, що NISS кожного члена домогосподарства справді належить саме цій людині, і оновлюйте таблицю домогосподарства.
niss-cat-profile-family_member-doc-family_member_reason-why = Кожній людині потрібна власна підстава, щоб мати NISS.

## Representation

niss-cat-representation-employer-note = Роботодавець може подати заяву на NISS за вас лише тоді, коли між вами є трудові відносини; він додає власні документи і договір, а не приватну довіреність.
niss-cat-representation-employer-doc-employer_identification-why = Роботодавець подає заяву за вас як ваш представник і надає документи про себе.
niss-cat-representation-employer-doc-employer_signatory_id-why = Посвідчує особу того, хто підписує від імені роботодавця.
niss-cat-representation-representative-note = Законний представник додає підтвердження представництва і власний документ, що посвідчує особу.
niss-cat-representation-representative-doc-representation_proof-why = Той, хто подає заяву від вашого імені, має підтвердити представництво.
niss-cat-representation-representative-doc-representative_id-why = Посвідчує особу представника.

## Proof of residence

niss-cat-residence-tp_declaration-label = Підтвердження проживання
niss-cat-residence-eu_registration_certificate-label = Підтвердження проживання
niss-cat-residence-residence_title-or-cplp_ar_certificate-label = Дозвіл на проживання (або сертифікат CPLP)
niss-cat-residence-cplp_residence_visa-or-residence_visa-label = Віза на проживання CPLP або інша віза на проживання
niss-cat-residence-aima_receipt-label = Підтвердження проживання
niss-cat-residence-international_protection_document-label = Підтвердження проживання
niss-cat-residence-residence_title-label = Підтвердження проживання
niss-cat-residence-residence_visa-label = Підтвердження проживання

## Combined service

niss-cat-combined_service-name = Спільна заява на NIF, NISS і номер пацієнта SNS (Espaço Cidadão)
niss-cat-combined_service-channel = Espaços Cidadão, які надають цю послугу, за один візит: особу підтверджують за паспортом і активують Chave Móvel Digital (цифровий ключ).
niss-cat-combined_service-eligible_text = Ви можете скористатися спільною послугою: усі умови виконано.
niss-cat-combined_service-not_eligible_advice = Якщо ця послуга вам недоступна, подайте заяви на номери окремо: NIF — у Finanças, NISS — у Segurança Social, номер пацієнта SNS — у центрі здоров’я (centro de saúde).
niss-cat-combined_service-not_eligible_advice-if-temporary_protection = Ваші NIF, NISS і номер пацієнта SNS видають разом із довідкою про тимчасовий захист: шукайте їх там; якщо якогось номера бракує, зверніться до спеціального пункту прийому для людей із тимчасовим захистом.
niss-cat-combined_service-not_eligible_advice-if-has_niss_now = У вас уже є NISS: подайте заяву лише на те, чого бракує, — NIF у Finanças і номер пацієнта SNS у центрі здоров’я.
niss-cat-combined_service-condition-no_pt_citizen_card-met = У вас немає португальського посвідчення громадянина (Cartão de Cidadão).
niss-cat-combined_service-condition-no_pt_citizen_card-not_met = У вас є португальське посвідчення громадянина (Cartão de Cidadão): послуга лише для тих, у кого його немає (а ваш NISS указано на звороті посвідчення).
niss-cat-combined_service-condition-pt_address-met = У вас є адреса в Португалії.
niss-cat-combined_service-condition-pt_address-not_met = У вас немає адреси в Португалії: без неї послугою скористатися не можна, і людей за кордоном тут не обслуговують.
niss-cat-combined_service-condition-listed_status-met = Ваша ситуація є в переліку (віза або дозвіл на проживання, заява на розгляді з квитанцією, громадянство ЄС, міжнародний захист або статус біженця).
niss-cat-combined_service-condition-listed_status-not_met = Вашої ситуації немає в переліку (віза або дозвіл на проживання, заява на розгляді з квитанцією, громадянство ЄС, міжнародний захист або статус біженця).
niss-cat-combined_service-condition-not_temporary_protection-met = На вас не поширюється тимчасовий захист.
niss-cat-combined_service-condition-not_temporary_protection-not_met = У вас тимчасовий захист (RCM 29-A/2022): ця послуга вам недоступна, бо ваші номери вже присвоєно разом із довідкою про захист.
niss-cat-combined_service-doc-passport-why = У спільній послузі вашу особу підтверджують за паспортом.
niss-cat-combined_service-doc-address_proof-why = Якщо у вашому документі, що посвідчує особу, немає адреси, візьміть підтвердження з точною адресою, яку ви вкажете.
niss-cat-combined_service-doc-residence-why = Підтверджує ситуацію, яка дає доступ до послуги.
niss-cat-combined_service-step-cs_go = Прийдіть із документами до Espaço Cidadão, де є ця послуга; попросіть активувати Chave Móvel Digital.
niss-cat-combined_service-step-cs_ask_immediate = Запитайте, які номери присвоюють одразу, а які — пізніше.
niss-cat-combined_service-step-cs_receive = Номери надходять електронною поштою і з’являються у вашому особистому кабінеті на gov.pt.
niss-cat-combined_service-step-cs_say_existing = Скажіть працівникам, що у вас уже є NISS, щоб не створили другий номер.

## Portal messages

niss-cat-portal-niss_missing-title = «NISS em falta» або «NISS não localizado» (NISS відсутній або не знайдений)
niss-cat-portal-niss_missing-case-had_niss-means = NISS існує, але ще не потрапив до записів того, хто його вимагає (наприклад, AIMA): системи не синхронізовані.
niss-cat-portal-niss_missing-case-had_niss-todo-1 = Надішліть оновлення з документом про присвоєння NISS і збережіть квитанцію.
niss-cat-portal-niss_missing-case-had_niss-todo-2 = Не подавайте заяву на новий NISS.
niss-cat-portal-niss_missing-case-no_niss_yet-means = Вам ще не присвоїли NISS.
niss-cat-portal-niss_missing-case-no_niss_yet-todo-1 = Отримайте NISS способом, описаним у кроках нижче, і збережіть як доказ вимогу надати NISS; потім надішліть номер тому, хто його просив.
niss-cat-portal-niss_missing-case-niss_unknown-means = Ви не знаєте, чи є у вас NISS: можливо, номер існує, але до вас так і не дійшов, а можливо, його немає.
niss-cat-portal-niss_missing-case-niss_unknown-todo-1 = Спершу попросіть Segurança Social перевірити, чи існує NISS на ваше ім’я; не подавайте нову заяву, поки не отримаєте відповідь.
niss-cat-portal-niss_missing-case-temporary_protection-means = NISS має бути вказано в довідці про тимчасовий захист: це проблема з даними, а не відсутній номер.
niss-cat-portal-niss_missing-case-temporary_protection-todo-1 = Покажіть довідку і запитайте, яке поле не пройшло перевірку.
niss-cat-portal-niss_missing-doc-portal_error_screenshot-why = Показує, що саме написав портал.
niss-cat-portal-niss_missing-doc-niss_notice-why = Підтверджує, що NISS існує.
niss-cat-portal-niss_invalid-title = «NISS inválido» або «NISS não reconhecido» (NISS недійсний або не розпізнаний)
niss-cat-portal-niss_invalid-case-typed_niss_fails_check-means = Введений вами номер не проходить перевірку контрольної цифри: майже напевно в ньому помилка.
niss-cat-portal-niss_invalid-case-typed_niss_fails_check-todo-1 = Звірте його цифру за цифрою з документом про присвоєння NISS і введіть знову.
niss-cat-portal-niss_invalid-case-typed_niss_not_failing-means = Якщо номер введено правильно, найімовірніше, дані особи (ім’я, паспорт, дата народження) у Segurança Social і в того, хто перевіряє номер, не збігаються.
niss-cat-portal-niss_invalid-case-typed_niss_not_failing-todo-1 = Звірте цифри з документом про присвоєння NISS.
niss-cat-portal-niss_invalid-case-typed_niss_not_failing-todo-2 = Якщо у вас змінився паспорт або ім’я, виправте дані за допомогою документів, які підтверджують, що йдеться про ту саму людину.
niss-cat-portal-niss_invalid-case-typed_niss_not_failing-todo-3 = Просіть виправити дані, а не видати новий номер.
niss-cat-portal-niss_invalid-doc-niss_notice-why = Дає змогу звірити номер і дані особи.
niss-cat-portal-niss_invalid-doc-portal_error_screenshot-why = Показує, що саме написав портал.
niss-cat-portal-niss_invalid-doc-old_passport-why = NISS могли присвоїти за старим паспортом.
niss-cat-portal-data_cannot_be_updated-title = «Não é possível atualizar os dados» (неможливо оновити дані)
niss-cat-portal-data_cannot_be_updated-case-always-means = Зазвичай це означає неправильний канал або тип продовження, застарілу адресу, прострочену посвідку або спосіб продовження, який вам не підходить.
niss-cat-portal-data_cannot_be_updated-case-always-todo-1 = Скопіюйте точний текст помилки і зробіть знімок екрана з датою.
niss-cat-portal-data_cannot_be_updated-case-always-todo-2 = Скористайтеся офіційним каналом зв’язку з AIMA.
niss-cat-portal-data_cannot_be_updated-case-always-todo-3 = Зберігайте всі квитанції в теці документів.
niss-cat-portal-data_cannot_be_updated-case-address_changed-means = Ваша адреса змінилася: це одна з частих причин.
niss-cat-portal-data_cannot_be_updated-case-address_changed-todo-1 = Спершу виправте адресу в AIMA (через контактну форму), а потім спробуйте ще раз.
niss-cat-portal-data_cannot_be_updated-case-address_not_changed-means = Якщо адреса не змінилася, найімовірніша причина — канал, тип продовження або строк дії посвідки.
niss-cat-portal-data_cannot_be_updated-case-address_not_changed-todo-1 = Перевірте, чи правильні канал і тип продовження ви вибрали для своєї посвідки.
niss-cat-portal-data_cannot_be_updated-doc-portal_error_screenshot-why = Без точного тексту помилки ніхто не знає, що пішло не так.
niss-cat-portal-data_cannot_be_updated-doc-address_proof-why = Застаріла адреса — одна з найчастіших причин.
niss-cat-portal-documents_insufficient-title = Segurança Social: «documentos insuficientes» (документів недостатньо)
niss-cat-portal-documents_insufficient-case-not_temporary_protection-means = Бракує підтвердження роботи, підтвердження проживання (для громадян країн поза ЄС) або підтвердження представництва; або документи нерозбірливі, без перекладу чи з даними особи, які не збігаються.
niss-cat-portal-documents_insufficient-case-not_temporary_protection-todo-1 = Прочитайте причину і надішліть саме той документ, якого бракує.
niss-cat-portal-documents_insufficient-case-not_temporary_protection-todo-2 = Перевірте, що кожен документ розбірливий і, якщо він не португальською, перекладений.
niss-cat-portal-documents_insufficient-case-not_working-no_niss_known-means = Якщо ви не працюєте, у заяви немає звичайної підстави.
niss-cat-portal-documents_insufficient-case-not_working-no_niss_known-todo-1 = Додайте вимогу AIMA і запитайте, як Segurança Social хоче розглянути вашу справу.
niss-cat-portal-documents_insufficient-case-temporary_protection-means = За тимчасового захисту вам не мала б знадобитися звичайна заява: NISS видають разом із довідкою про захист.
niss-cat-portal-documents_insufficient-case-temporary_protection-todo-1 = Не надсилайте більше документів до звичайної заяви: покажіть довідку в спеціальному пункті прийому для людей із тимчасовим захистом і запитайте, яких даних бракує.
niss-cat-portal-documents_insufficient-doc-ss_reply-why = У ній точно сказано, чого бракує.
niss-cat-portal-employer_requires_niss-title = Роботодавець: «без NISS договору не буде»
niss-cat-portal-employer_requires_niss-case-no_niss_known-means = Це непорозуміння: Segurança Social роз’яснила, що договір можна підписати ще до появи NISS і що номер не обов’язково вказувати в договорі.
niss-cat-portal-employer_requires_niss-case-no_niss_known-todo-1 = Покажіть офіційне роз’яснення Segurança Social.
niss-cat-portal-employer_requires_niss-case-no_niss_known-todo-2 = Попросіть викласти політику компанії письмово.
niss-cat-portal-employer_requires_niss-case-no_niss_known-todo-3 = Запропонуйте правильний порядок: підписаний договір, заява на NISS із цим договором, потім роботодавець повідомляє про трудові відносини.
niss-cat-portal-employer_requires_niss-case-had_niss-means = У вас уже є NISS: роботодавцю потрібен саме він, а не новий.
niss-cat-portal-employer_requires_niss-case-had_niss-todo-1 = Передайте роботодавцю свій NISS письмово (він є в документі про присвоєння NISS, або його може підтвердити Segurança Social).
niss-cat-portal-employer_requires_niss-case-temporary_protection-means = Ваш NISS указано в довідці про тимчасовий захист.
niss-cat-portal-employer_requires_niss-case-temporary_protection-todo-1 = Письмово передайте роботодавцю NISS, указаний у довідці.
niss-cat-portal-employer_requires_niss-doc-ss_contract_notice-why = Це офіційне підтвердження того, що спершу укладають договір.
niss-cat-portal-employer_asks_for_niss-title = Роботодавець: «дайте нам свій NISS»
niss-cat-portal-employer_asks_for_niss-case-had_niss-means = Роботодавцю потрібен ваш наявний NISS, щоб повідомити Segurança Social про трудові відносини.
niss-cat-portal-employer_asks_for_niss-case-had_niss-todo-1 = Передайте йому NISS письмово і збережіть підтвердження; якщо не можете знайти документ про присвоєння NISS, попросіть Segurança Social підтвердити номер (а не видати новий).
niss-cat-portal-employer_asks_for_niss-case-temporary_protection-means = Ваш NISS указано в довідці про тимчасовий захист.
niss-cat-portal-employer_asks_for_niss-case-temporary_protection-todo-1 = Письмово передайте роботодавцю NISS, указаний у довідці.
niss-cat-portal-employer_asks_for_niss-case-niss_unknown-means = Можливо, у вас уже є NISS, а ви про це не знаєте.
niss-cat-portal-employer_asks_for_niss-case-niss_unknown-todo-1 = Скажіть роботодавцю, що ви з’ясовуєте в Segurança Social, чи є у вас уже номер, і попросіть Segurança Social перевірити це до будь-якої нової заяви.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-signed_contract-means = Роботодавцю потрібен NISS, щоб повідомити про трудові відносини, але саме підписаний договір дає вам змогу цей номер отримати.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-signed_contract-todo-1 = Подайте заяву на NISS уже зараз, із підписаним договором (або роботодавець може подати її за вас як ваш представник).
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-signed_contract-todo-2 = Письмово повідомте роботодавця, що заяву вже подано і що ви надішлете номер, щойно його присвоять.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-no_signed_contract-means = Це той самий глухий кут: заяву на NISS подають із договором, а Segurança Social заявила, що договір можна підписати ще до появи NISS.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-no_signed_contract-todo-1 = Покажіть офіційне роз’яснення Segurança Social і попросіть підписаний договір (або довідку від роботодавця), щоб додати його до заяви.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-work_evidence_held-means = Тому, хто просить ваш NISS, він потрібен, щоб повідомити Segurança Social про роботу; заяву на NISS ви подаєте з підтвердженням вашої ситуації з роботою.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-work_evidence_held-todo-1 = Виконайте кроки нижче, щоб подати заяву на NISS, і надішліть номер тому, хто його просив, щойно він у вас буде.
niss-cat-portal-employer_asks_for_niss-doc-ss_contract_notice-why = Показує роботодавцю, що спершу укладають договір і що заяву на NISS подають разом із ним.

## Letters (always sent in Portuguese; the other languages are a translation for the person)

niss-cat-letter-employer_contract_first-subject = Трудовий договір до присвоєння NISS
niss-cat-letter-employer_contract_first-body =
    Шановні пані та панове,

    Я, { $name }, NIF { $nif }, потребую підписаного трудового договору, щоб подати заяву на свій ідентифікаційний номер соціального страхування (NISS). Segurança Social у роз’ясненні «Contratos de Trabalho com Cidadãos Estrangeiros» («Трудові договори з іноземними громадянами») зазначила, що договір можна укласти ще до появи NISS і що номер не обов’язково вказувати в ньому; після присвоєння NISS роботодавець повідомляє про трудові відносини в Segurança Social Direta.

    Тому прошу надати підписаний договір (або довідку від роботодавця), щоб додати його до заяви. Якщо політика компанії інша, прошу надіслати її мені письмово.

    З повагою,
    { $name }
    { $date }
niss-cat-letter-employer_niss_given-subject = Мій NISS
niss-cat-letter-employer_niss_given-body =
    Шановні пані та панове,

    Повідомляю свій ідентифікаційний номер соціального страхування: { $niss }. Прошу підтвердити, коли про трудові відносини буде повідомлено Segurança Social, і чи потрібні вам від мене ще якісь документи.

    З повагою,
    { $name }
    { $date }
niss-cat-letter-ss_request-subject = Заява на присвоєння NISS
niss-cat-letter-ss_request-body =
    Шановні пані та панове,

    Прошу присвоїти мені ідентифікаційний номер соціального страхування (NISS). Я маю іноземне громадянство. Причина заяви: { $reason }.

    Додаю такі документи:
    { $documents }

    Прошу повідомити, якщо бракує якогось документа.

    З повагою,
    { $name }
    { $date }
niss-cat-letter-ss_voluntary_basis-subject = Який документ підтверджує мою підставу для добровільного соціального страхування?
niss-cat-letter-ss_voluntary_basis-body =
    Шановні пані та панове,

    Я, { $name }, NIF { $nif }, хочу приєднатися до добровільного соціального страхування, і для цього мені потрібен ідентифікаційний номер соціального страхування (NISS). Прошу повідомити, який документ підтверджує мою підставу для добровільного соціального страхування, щоб додати його до заяви на NISS.

    З повагою,
    { $name }
    { $date }
niss-cat-letter-ss_check_existing-subject = Прохання перевірити, чи мені колись присвоювали NISS
niss-cat-letter-ss_check_existing-body =
    Шановні пані та панове,

    Я не знаю, чи мені колись присвоювали ідентифікаційний номер соціального страхування (NISS). Перш ніж подавати будь-яку заяву, прошу перевірити за наведеними нижче даними, чи існує NISS на моє ім’я, і, якщо так, повідомити мені номер; якщо його немає, прошу це підтвердити, щоб не запитувати номер удруге.

    Ім’я: { $name }
    NIF: { $nif }
    Додаю копію паспорта (і попереднього паспорта, якщо він у мене є).

    З повагою,
    { $name }
    { $date }
niss-cat-letter-ss_correction-subject = Підтвердження та виправлення даних мого NISS
niss-cat-letter-ss_correction-body =
    Шановні пані та панове,

    Мені вже присвоєно NISS { $niss }. Причина звернення: { $reason }. Прошу підтвердити цей номер і, за потреби, виправити пов’язані з ним дані особи (ім’я, номер паспорта, дату народження), не присвоюючи нового номера.

    Додаю такі документи:
    { $documents }

    З повагою,
    { $name }
    { $date }
niss-cat-letter-aima_update-subject = Додавання або виправлення NISS у моєму записі
niss-cat-letter-aima_update-body =
    Шановні пані та панове,

    Для продовження або оновлення мого дозволу на проживання потрібен NISS, але мій номер ({ $niss }) не відображається або не розпізнається в записах AIMA. Мій NIF: { $nif }. Додаю підтвердження NISS (документ про присвоєння NISS або підтвердження від Segurança Social), паспорт і документ про право на проживання.

    Прошу оновити мій запис або повідомити, як його виправити.

    З повагою,
    { $name }
    { $date }
niss-cat-letter-aima_pending-subject = Заяву на NISS подано, вона ще розглядається
niss-cat-letter-aima_pending-body =
    Шановні пані та панове,

    Для продовження або оновлення мого дозволу на проживання потрібен NISS, якого в мене ще немає. Заяву на нього подано до Segurança Social { $request_date } (підтвердження додаю). Прошу зафіксувати, що звернення зроблено вчасно, і повідомити, як діяти далі.

    З повагою,
    { $name }
    { $date }
niss-cat-letter-aima_tp-subject = NISS, присвоєний разом із тимчасовим захистом
niss-cat-letter-aima_tp-body =
    Шановні пані та панове,

    Мій NISS присвоєно разом із довідкою про тимчасовий захист, яку додаю. Номер ({ $niss }) не відображається або не розпізнається в записах AIMA. Прошу додати його до мого запису або повідомити, які саме дані не збігаються.

    З повагою,
    { $name }
    { $date }

## Escalation files

niss-cat-escalation-aima_loop-reason = AIMA вимагає NISS, якого немає, який не розпізнається або який не вдається додати: зберіть цю теку документів, перш ніж пробувати знову, і до закінчення строку.
niss-cat-escalation-aima_loop-content-esc_requirement = Офіційна вимога AIMA (знімок екрана або повідомлення, з датою).
niss-cat-escalation-aima_loop-content-esc_check_result = Відповідь Segurança Social на запитання, чи існує NISS на ваше ім’я.
niss-cat-escalation-aima_loop-content-esc_request_proof = Підтвердження заяви на NISS: дата надсилання і додатки.
niss-cat-escalation-aima_loop-content-esc_request_later = Коли подасте заяву на NISS, додайте сюди її підтвердження (дата і надіслані додатки).
niss-cat-escalation-aima_loop-content-esc_ss_reply = Відповідь Segurança Social (відмова, запит документів) або, якщо відповіді не було, дати кожного повторного звернення.
niss-cat-escalation-aima_loop-content-esc_ss_confirmation = Підтвердження від Segurança Social вашого NISS і даних особи, які в неї є, якщо ви його просили.
niss-cat-escalation-aima_loop-content-esc_identity = Документи, що посвідчують особу: паспорт (старий і новий, якщо змінився), посвідка на проживання (título de residência) або квитанція (recibo), NIF.
niss-cat-escalation-aima_loop-content-esc_tp_declaration = Ваша довідка про тимчасовий захист (у ній указано NISS) і паспорт.
niss-cat-escalation-aima_loop-content-esc_address = Підтвердження оновлення адреси: в AIMA і в місцевій раді (junta de freguesia) або міській раді (câmara municipal).
niss-cat-escalation-aima_loop-content-esc_notice = Документ про присвоєння NISS.
niss-cat-escalation-aima_loop-content-esc_log = Хронологічний журнал усіх звернень: канал, дата і реєстраційний номер.
niss-cat-escalation-aima_loop-content-esc_cover = Короткий супровідний лист лише з фактами (шаблон нижче), без звинувачень.
niss-cat-escalation-aima_loop-evidence-loop_save_request = Збережіть вимогу AIMA надати NISS.
niss-cat-escalation-aima_loop-evidence-loop_check_first = Попросіть Segurança Social перевірити, чи вже існує NISS на ваше ім’я, і збережіть її відповідь.
niss-cat-escalation-aima_loop-evidence-loop_file = Подайте заяву на NISS із цим доказом і документами про ваш статус.
niss-cat-escalation-aima_loop-evidence-loop_save_reply = Якщо Segurança Social відмовить або попросить підтвердження роботи, збережіть відповідь.
niss-cat-escalation-aima_loop-evidence-loop_to_aima = Надішліть відповідь Segurança Social до AIMA і попросіть роз’яснень або виправлення.
niss-cat-escalation-aima_loop-evidence-loop_refile = Коли з’явиться нова підстава (наприклад, робота), подайте заяву знову з цим доказом.
niss-cat-escalation-aima_loop-evidence-loop_send_niss = Надішліть NISS до AIMA через її контактну форму разом із підтвердженням номера (документ про присвоєння NISS або довідка про тимчасовий захист) і збережіть підтвердження надсилання.
niss-cat-escalation-aima_loop-evidence-loop_follow_up = Якщо приблизно через 2 робочі дні номера все ще немає в записі AIMA, попросіть Segurança Social письмово підтвердити ваш NISS і дані особи, які в неї є.
niss-cat-escalation-aima_loop-evidence-loop_confirm_to_aima = Надішліть це підтвердження до AIMA з посиланням на перше підтвердження надсилання і попросіть виправити ваш запис.
niss-cat-escalation-aima_loop-deadline-esc_deadline = Якщо NISS досі немає, а строк AIMA наближається, збережіть датований доказ того, що ви діяли вчасно: це може не гарантувати результату, але показує, що ви не пропустили строк.
niss-cat-letter-escalation_cover-subject = Прохання про роз’яснення: NISS потрібен для продовження дозволу на проживання
niss-cat-letter-escalation_cover-body =
    Шановні пані та панове,

    AIMA вимагає NISS для продовження або оновлення мого дозволу на проживання. Заяву на NISS подано { $request_date } з документами, переліченими в додатку. Segurança Social відповіла: { $ss_reply_summary }.

    Прошу повідомити, як діяти далі, або оновити мій запис.

    З повагою,
    { $name }
    { $date }
niss-cat-letter-escalation_cover_pending-subject = NISS потрібен для продовження дозволу на проживання: заява в процесі
niss-cat-letter-escalation_cover_pending-body =
    Шановні пані та панове,

    AIMA вимагає NISS для продовження або оновлення мого дозволу на проживання. NISS у мене ще немає, і я подаю заяву на нього до Segurança Social. Надішлю вам відповідь Segurança Social, щойно її отримаю. Прошу зафіксувати, що звернення зроблено до закінчення строку, і повідомити, як діяти далі.

    З повагою,
    { $name }
    { $date }
niss-cat-letter-escalation_cover_unknown-subject = NISS потрібен для продовження дозволу на проживання: триває перевірка
niss-cat-letter-escalation_cover_unknown-body =
    Шановні пані та панове,

    AIMA вимагає NISS для продовження або оновлення мого дозволу на проживання. Я звертаюся до Segurança Social із проханням перевірити, чи мені колись присвоювали NISS; надішлю вам її відповідь (і номер, якщо він є), щойно отримаю. Прошу зафіксувати, що звернення зроблено до закінчення строку, і повідомити, як діяти далі.

    З повагою,
    { $name }
    { $date }
niss-cat-letter-escalation_cover_has_niss-subject = Присвоєного NISS немає у моєму записі в AIMA
niss-cat-letter-escalation_cover_has_niss-body =
    Шановні пані та панове,

    AIMA вимагає NISS для продовження або оновлення мого дозволу на проживання. Segurança Social присвоїла мені NISS { $niss }, але він не відображається або не розпізнається у моєму записі в AIMA. Додаю підтвердження номера і документи, що посвідчують мою особу. Прошу додати його до мого запису або повідомити, які саме дані не збігаються.

    З повагою,
    { $name }
    { $date }
niss-cat-letter-escalation_cover_tp-subject = NISS, присвоєного з тимчасовим захистом, немає у моєму записі в AIMA
niss-cat-letter-escalation_cover_tp-body =
    Шановні пані та панове,

    AIMA вимагає NISS для продовження або оновлення мого дозволу на проживання. Мій NISS ({ $niss }) присвоєно разом із довідкою про тимчасовий захист, яку додаю, але він не відображається або не розпізнається у моєму записі в AIMA. Прошу додати його до мого запису або повідомити, які саме дані не збігаються.

    З повагою,
    { $name }
    { $date }
niss-cat-escalation-employer_refusal-reason = Роботодавець просить NISS, якого у вас ще немає. Segurança Social заявила, що спершу укладають договір, а NISS запитують разом із ним: ця тека документів показує це роботодавцю і просить Segurança Social підтвердити це письмово.
niss-cat-escalation-employer_refusal-content-emp_esc_request = Письмова вимога або відмова роботодавця (електронний лист чи повідомлення) або, якщо це сказали лише усно, ваша нотатка з датою та ім’ям людини, яка це сказала.
niss-cat-escalation-employer_refusal-content-emp_esc_notice = Роз’яснення Segurança Social «Contratos de Trabalho com Cidadãos Estrangeiros» («Трудові договори з іноземними громадянами», грудень 2024 р.), роздруковане або як посилання.
niss-cat-escalation-employer_refusal-content-emp_esc_offer = Пропозиція роботи або проєкт договору з датою початку роботи.
niss-cat-escalation-employer_refusal-content-emp_esc_contract = Ваш підписаний трудовий договір.
niss-cat-escalation-employer_refusal-content-emp_esc_check = Відповідь Segurança Social на запитання, чи вже існує NISS на ваше ім’я.
niss-cat-escalation-employer_refusal-content-emp_esc_identity = Ваш паспорт, документ про право на проживання і NIF.
niss-cat-escalation-employer_refusal-content-emp_esc_log = Журнал усіх звернень до роботодавця і до Segurança Social: дата, канал і людина.
niss-cat-escalation-employer_refusal-evidence-emp_loop_writing = Попросіть роботодавця викласти свою вимогу письмово.
niss-cat-escalation-employer_refusal-evidence-emp_loop_notice = Надішліть роботодавцю роз’яснення Segurança Social разом із першим листом нижче і запропонуйте правильний порядок: підписати договір, подати з ним заяву на NISS, повідомити про трудові відносини, коли номер з’явиться.
niss-cat-escalation-employer_refusal-evidence-emp_loop_file = У вас уже є підписаний договір: не чекайте на роботодавця; подайте з ним заяву на NISS і повідомте роботодавцю, що заява в процесі.
niss-cat-escalation-employer_refusal-evidence-emp_loop_ss = Якщо роботодавець і далі відмовляє, надішліть до Segurança Social другий лист нижче і попросіть письмову відповідь, яку можна буде показати.
niss-cat-escalation-employer_refusal-evidence-emp_loop_forward = Перешліть відповідь Segurança Social роботодавцю і збережіть копію.
niss-cat-letter-employer_escalation_contract-subject = Трудовий договір до отримання NISS
niss-cat-letter-employer_escalation_contract-body =
    Шановні пані та панове,

    { $employer_request_date } мені сказали, що трудовий договір можна підписати лише тоді, коли в мене буде ідентифікаційний номер соціального страхування (NISS). Segurança Social у своєму роз’ясненні «Contratos de Trabalho com Cidadãos Estrangeiros» («Трудові договори з іноземними громадянами», грудень 2024 р.) зазначила, що роботодавець може укласти договір з іноземним громадянином, який ще не має NISS, що номер не обов’язково вказувати в договорі і що NISS запитують разом із договором. Після присвоєння NISS роботодавець повідомляє про трудові відносини в Segurança Social Direta.

    Тому прошу підписати договір зараз, щоб подати з ним заяву на NISS. Якщо позиція компанії інша, прошу надіслати її мені письмово з обґрунтуванням.

    З повагою,
    { $name }
    { $date }
niss-cat-letter-employer_escalation_signed-subject = Мій NISS: заява в процесі
niss-cat-letter-employer_escalation_signed-body =
    Шановні пані та панове,

    { $employer_request_date } ви попросили в мене мій ідентифікаційний номер соціального страхування (NISS). Його в мене ще немає: я подаю заяву на нього до Segurança Social разом із нашим підписаним договором, як передбачає роз’яснення Segurança Social «Contratos de Trabalho com Cidadãos Estrangeiros» («Трудові договори з іноземними громадянами», грудень 2024 р.). Надішлю вам номер, щойно його присвоять, щоб ви могли повідомити про трудові відносини в Segurança Social Direta. Якщо тим часом вам потрібно від мене ще щось, прошу повідомити мене письмово.

    З повагою,
    { $name }
    { $date }
niss-cat-letter-ss_employer_escalation-subject = Роботодавець вимагає NISS, перш ніж рухатися далі
niss-cat-letter-ss_employer_escalation-body =
    Шановні пані та панове,

    Наскільки мені відомо, у мене немає ідентифікаційного номера соціального страхування (NISS). Мій роботодавець (або майбутній роботодавець) каже, що без NISS не може продовжити оформлення мого договору. У вашому роз’ясненні «Contratos de Trabalho com Cidadãos Estrangeiros» («Трудові договори з іноземними громадянами», грудень 2024 р.) зазначено, що договір можна укласти ще до появи NISS. Прошу підтвердити мені це письмово, щоб показати роботодавцю, і повідомити, як подати заяву на NISS у моїй ситуації.

    Ім’я: { $name }
    NIF: { $nif }

    З повагою,
    { $name }
    { $date }
niss-cat-escalation-ss_documents-reason = Segurança Social відповіла на вашу заяву на NISS: «documentos insuficientes» (недостатньо документів). Надішліть у відповідь саме те, чого бракує, і зберігайте записи про все.
niss-cat-escalation-ss_documents-content-ssd_reply = Відповідь Segurança Social з датою і реєстраційним номером.
niss-cat-escalation-ss_documents-content-ssd_missing = Саме той документ, який просять у відповіді: розбірливий, повний і з перекладом, якщо він не португальською.
niss-cat-escalation-ss_documents-content-ssd_request_proof = Підтвердження вашої заяви на NISS (дата і надіслані додатки).
niss-cat-escalation-ss_documents-content-ssd_identity = Ваш паспорт, документ про право на проживання і NIF — з тим самим ім’ям і номером паспорта, що й у заяві.
niss-cat-escalation-ss_documents-content-ssd_log = Журнал усіх звернень: дата, канал і реєстраційний номер.
niss-cat-escalation-ss_documents-evidence-ssd_loop_read = Прочитайте причину у відповіді й запишіть, який саме документ у ній просять.
niss-cat-escalation-ss_documents-evidence-ssd_loop_ask = Якщо у відповіді не сказано, якого документа бракує, запитайте письмово, перш ніж щось надсилати.
niss-cat-escalation-ss_documents-evidence-ssd_loop_send = Надішліть саме цей документ із посиланням на реєстраційний номер заяви; не надсилайте повторно ті самі документи.
niss-cat-escalation-ss_documents-evidence-ssd_loop_keep = Збережіть підтвердження того, що ви надіслали, і стежте за заявою, записуючи кожне звернення.
niss-cat-escalation-ss_documents-evidence-ssd_loop_refile = Якщо заяву відхилять через відсутність підстави (наприклад, роботи ще немає), подайте її знову, коли з’явиться доказ, — і ніколи з вигаданими доказами.
niss-cat-letter-ss_documents_reply-subject = Відповідь: недостатньо документів у моїй заяві на NISS
niss-cat-letter-ss_documents_reply-body =
    Шановні пані та панове,

    Щодо моєї заяви на NISS від { $request_date }: ви відповіли, що документів недостатньо ({ $ss_reply_summary }). Додаю документ, якого бракувало: { $missing_document }. Якщо бракує ще якогось документа, прошу повідомити, якого саме, щоб надіслати саме його.

    Ім’я: { $name }
    NIF: { $nif }

    З повагою,
    { $name }
    { $date }

## First week

niss-cat-first_week-fw_store = Зберігайте документ про присвоєння NISS щонайменше у двох місцях.
niss-cat-first_week-fw_send = Надішліть NISS тим, кому він потрібен: роботодавцю, бухгалтеру або службі, яка його просила.
niss-cat-first_week-fw_aima = Якщо NISS був потрібен для AIMA, надішліть оновлення через відповідний канал і збережіть підтвердження.
niss-cat-first_week-fw_ssd = Налаштуйте доступ до Segurança Social Direta (онлайн-кабінет соціального страхування) і перевірте своє ім’я, дату народження і контактні дані.
niss-cat-first_week-fw_employee = Запитайте роботодавця, коли трудові відносини з’являться в Segurança Social; згодом перевірте, чи відображаються внески. Якщо в розрахунковому листку внески утримано, а в Segurança Social їх не видно, це ознака того, що роботодавець неправильно подає дані.
niss-cat-first_week-fw_independent = Запитайте, чи після присвоєння NISS потрібен ще якийсь крок реєстрації або сплати внесків.
niss-cat-first_week-fw_nomad = Не вважайте заздалегідь, що внески треба сплачувати чи не треба: перегляньте свою ситуацію щодо роботи між країнами.
niss-cat-first_week-fw_inventory = Оновіть перелік своїх ідентифікаційних номерів (див. нижче): для кожного — статус, хто його видав і пов’язана електронна пошта.
niss-cat-first_week-fw_leaving = Якщо колись виїдете з Португалії, збережіть доступ до Segurança Social Direta і завантажте історію своїх внесків.

## Identifiers

niss-cat-identifier-nif-name = NIF (податковий номер)
niss-cat-identifier-nif-issuer = Податкова служба — Autoridade Tributária (Finanças)
niss-cat-identifier-niss-name = NISS (номер соціального страхування)
niss-cat-identifier-niss-issuer = Instituto da Segurança Social
niss-cat-identifier-sns_number-name = Номер пацієнта SNS (número de utente)
niss-cat-identifier-sns_number-issuer = SNS — державна система охорони здоров’я (центр здоров’я / SPMS)
niss-cat-identifier-aima_number-name = Номер справи в AIMA або номер посвідки на проживання
niss-cat-identifier-aima_number-issuer = AIMA
niss-cat-identifier-bank_customer_number-name = Номер клієнта банку
niss-cat-identifier-bank_customer_number-issuer = Ваш банк
niss-cat-identifier-financas_credentials-name = Пароль до Portal das Finanças
niss-cat-identifier-financas_credentials-issuer = Autoridade Tributária (податкова служба)
niss-cat-identifier-ssd_credentials-name = Доступ до Segurança Social Direta
niss-cat-identifier-ssd_credentials-issuer = Instituto da Segurança Social

## Warnings

niss-cat-warning-citizen_card_holder = У вас є португальське посвідчення громадянина (Cartão de Cidadão): ваш NISS указано на звороті картки, тож подавати заяву на нього не потрібно.
niss-cat-warning-tp_declaration_first = За тимчасового захисту NISS присвоюють у самому процесі надання захисту: шукайте його у своїй довідці про тимчасовий захист. Не подавайте звичайну заяву на NISS.
niss-cat-warning-no_residence_evidence = Ви не вказали ні посвідки на проживання (título de residência), ні поданої заяви з квитанцією (recibo), ні візи на проживання (visto de residência). Від людей із громадянством країни поза ЄС Segurança Social вимагає один із цих документів: без нього заяву зазвичай відхиляють. Спершу врегулюйте свій статус проживання в AIMA.
niss-cat-warning-niss_unknown_check = Ви не знаєте, чи був у вас колись NISS: спершу попросіть Segurança Social перевірити, чи існує NISS на ваше ім’я. Другий номер створює проблеми з внесками і виплатами.
niss-cat-warning-combined_is_route = Ви можете отримати NIF, NISS і номер пацієнта SNS за один візит до Espaço Cidadão, де є ця послуга: це ваш шлях. Не подавайте ще й онлайн-заяву до Segurança Social.
niss-cat-warning-wait_for_activity = Зачекайте: не подавайте заяву на NISS, доки не зареєструєте діяльність у податковій («início de atividade») і не виставите перший рахунок (fatura) або рахунок-квитанцію (fatura-recibo). Без цього доказу заяву зазвичай відхиляють.
niss-cat-warning-typed_niss_check_failed = Введений вами NISS не пройшов перевірку: перевірте його, перш ніж давати будь-якій службі.
niss-cat-warning-typed_nif_generic = Введений вами NIF 999 999 990 — це загальний номер «consumidor final» (кінцевий споживач), який друкують на чеках, коли NIF не вказано: він нікому не належить. Використовуйте свій власний NIF або, якщо його ще немає, отримайте його в податковій (Finanças).
niss-cat-warning-typed_nif_not_person = Введений вами NIF не є дійсним NIF людини (див. перевірку нижче): перевірте його, перш ніж давати будь-якій службі.

## Notes

niss-cat-note-niss_is_identifier = NISS ідентифікує вас у Segurança Social. Це не дозвіл на проживання, не робоча віза, не доказ податкового резидентства і не доказ сплати внесків.
niss-cat-note-niss_not_benefit = Сам лише NISS не дає права на виплати: для кожної виплати є свої умови.
niss-cat-note-not_legal_advice = Це адміністративна інформація, а не юридична консультація; правила і портали змінюються. Уточнюйте в офіційних службах.

## The advisor's own sentences (built in src/niss)

## Who does a step

niss-step-who-you = Ви
niss-step-who-employer = Роботодавець
niss-step-who-representative = Представник

## Letters: the reason and the document list (filled in; Portuguese in the letter itself)

niss-letter-work-employee_signed_contract = підписаний трудовий договір з роботодавцем у Португалії
niss-letter-work-employee_no_contract = початок роботи за наймом у Португалії
niss-letter-work-independent_with_activity = діяльність як самозайнята особа, уже зареєстрована в податковій (Finanças)
niss-letter-work-independent_no_activity = початок діяльності як самозайнята особа
niss-letter-work-company_officer = виконання функцій керівника (gerente) або члена статутного органу компанії
niss-letter-work-foreign_employer = віддалена робота на роботодавця з-за кордону
niss-letter-work-voluntary_insurance = приєднання до добровільного соціального страхування
niss-letter-work-not_working = я не працюю
niss-letter-need-aima_renewal = AIMA вимагає NISS для продовження або оновлення мого дозволу на проживання
niss-letter-need-benefit = мені потрібен NISS, щоб подати заяву на соціальну виплату
niss-letter-need-other = інша причина: ____________
niss-letter-reason-and-need = { $work }; { $need }
niss-letter-documents-more =
    - { $doc }
    { $rest }
niss-letter-documents-last = - { $doc }
niss-letter-document-or = { $first } або { $rest }
niss-letter-notice = Чернетка, яку можна скопіювати: Amparo нічого не надсилає. Заповніть пропуски й перевірте дані, перш ніж надсилати.

## How sure a source is (next to the sources of the pack)


## The NIF ranges (what a NIF belongs to)

niss-nif-kind-person = фізична особа
niss-nif-kind-non_resident_person = фізична особа — нерезидент
niss-nif-kind-company = юридична особа (компанія)
niss-nif-kind-public_body = орган державного управління
niss-nif-kind-estate = неподілена спадщина
niss-nif-kind-non_resident_company = юридична особа — нерезидент
niss-nif-kind-investment_fund = інвестиційний фонд
niss-nif-kind-ex_officio = номер, присвоєний податковою з власної ініціативи
niss-nif-kind-vat_refund_non_resident = нерезидент у процедурі повернення ПДВ (IVA)
niss-nif-kind-exceptional_regime = винятковий режим
niss-nif-kind-obsolete_sole_trader = колишній індивідуальний підприємець
niss-nif-kind-condominium_or_irregular = об’єднання співвласників (condomínio) або незареєстроване товариство (sociedade irregular)
niss-nif-kind-non_resident_no_establishment = нерезидент без постійного представництва
niss-nif-kind-civil_company = цивільне товариство без статусу юридичної особи (sociedade civil)

## The NISS and NIF checks

niss-idcheck-niss-empty = Номер не введено. NISS має 11 цифр.
niss-idcheck-niss-non_digit = NISS складається лише з цифр, але в тексті є { $char }. Як роздільники можна використовувати пробіли, крапки або дефіси.
niss-idcheck-niss-length =
    { $count ->
        [one] У номері { $count } цифра
        [few] У номері { $count } цифри
        [many] У номері { $count } цифр
       *[other] У номері { $count } цифр
    }, а в NISS їх 11. Звірте номер із документом про присвоєння NISS.
niss-idcheck-niss-unknown_prefix = NISS починається з 1 (людина) або 2 (організація); цей починається з { $prefix }. Перевірте номер.
niss-idcheck-niss-check_digit = Контрольна цифра не збігається: імовірно, одну цифру введено неправильно (або дві переставлено місцями). Звірте номер із документом про присвоєння NISS.
niss-idcheck-niss-entity_not_person = Це дійсний NISS, але він належить організації (починається з 2), наприклад роботодавцю. NISS людини починається з 1.
niss-idcheck-niss-ok = NISS має правильний формат, і контрольна цифра збігається. Це не доводить, що номер присвоєно саме вам.
niss-idcheck-nif-empty = Номер не введено. NIF має 9 цифр.
niss-idcheck-nif-non_digit = NIF складається лише з цифр, але в тексті є { $char }. Як роздільники можна використовувати пробіли, крапки або дефіси.
niss-idcheck-nif-length =
    { $count ->
        [one] У номері { $count } цифра
        [few] У номері { $count } цифри
        [many] У номері { $count } цифр
       *[other] У номері { $count } цифр
    }, а в NIF їх 9. Звірте номер із документом від податкової (Finanças).
niss-idcheck-nif-generic_consumer = 999 999 990 — це загальний NIF «consumidor final» (кінцевий споживач), який друкують на чеках, коли NIF не вказано. Він нікому не належить: не використовуйте його як свій. Ваш особистий NIF починається з 1, 2, 3 або 45 і вказаний у документі від податкової (або в Cartão de Cidadão).
niss-idcheck-nif-unknown_prefix = Жоден чинний NIF не починається з { $prefix }. Перевірте номер.
niss-idcheck-nif-check_digit = Контрольна цифра не збігається: імовірно, одну цифру введено неправильно (або дві переставлено місцями). Звірте номер із документом від податкової.
niss-idcheck-nif-obsolete_prefix = NIF, що починаються з 8, належали індивідуальним підприємцям (empresário em nome individual) і більше не використовуються; тепер індивідуальний підприємець використовує свій особистий NIF.
niss-idcheck-nif-entity_not_person = Це дійсний NIF, але він належить не людині. Категорія: { $kind }. NIF людини починається з 1, 2, 3 або 45.
niss-idcheck-nif-ok = NIF має правильний формат, і контрольна цифра збігається. Категорія: { $kind }. Це не доводить, що номер ваш.
