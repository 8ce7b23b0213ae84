# The survivors' benefits engine's words (en): reasons, questions, steps, headlines and notices
# (`surv-…`), and the rules table's words: `rule-<id>`, `param-<id>`, `note-<parameter>-<date>`.

surv-ask-alimony_monthly = Скільки аліментів, призначених судом, ця людина отримувала на місяць (0, якщо аліментів не було)?
surv-ask-amount = Скільки коштував похорон (загальна сума рахунків)?
surv-ask-at_risk = Соціальні служби зафіксували ситуацію ризику або соціального неблагополуччя?
surv-ask-birth_date = Яка дата народження?
surv-ask-birth_date-what-their-date-birth = Яка дата народження цієї людини? (Від віку на момент смерті залежить, як довго виплачуватиметься пенсія.)
surv-ask-collateral_degree = Який ступінь спорідненості (брати й сестри — 2; дядьки, тітки, племінники й племінниці — 3; родичі через шлюб за прямою лінією — 1)?
surv-ask-common_child = Ця людина має спільну дитину з людиною, яка померла, — уже народжену чи ще ні?
surv-ask-common_child-do-they-have-children = Ця людина має спільних дітей з людиною, яка померла, — уже народжених чи ще ні?
surv-ask-contribution_months = Скільки місяців людина, яка померла, сплачувала внески?
surv-ask-contribution_months-how-many-months-contributions = Скільки місяців людина, яка померла, сплачувала внески? (Це видно в Segurança Social Direta або у виписці про заробітки — extrato de remunerações.)
surv-ask-death_cause = Смерть спричинила хвороба чи нещасний випадок?
surv-ask-dependent_on_deceased = Ця людина була на утриманні людини, яка померла?
surv-ask-disabled = Ця людина має визнану інвалідність?
surv-ask-disabled-do-they-have-recognised = Ця людина має визнану інвалідність або непрацездатність?
surv-ask-education = Ця людина навчається (середня, вища або післядипломна освіта)?
surv-ask-emancipated = Ця людина має повну дієздатність до 18 років через шлюб (емансипація)?
surv-ask-household_monthly_income = Який місячний дохід до вирахувань (брутто) усього домогосподарства (тих, хто живе з дитиною і має з нею спільні витрати)?
surv-ask-household_size = Скільки людей у домогосподарстві, разом із дитиною?
surv-ask-illness_began_after_marriage = Хвороба почалася або проявилася після одруження?
surv-ask-judicially_separated = Ця людина і людина, яка померла, жили окремо як подружжя за рішенням суду або органу реєстрації актів цивільного стану (separação de pessoas e bens)?
surv-ask-lived_with_deceased = Ця людина жила з людиною, яка померла, в одному житлі зі спільними витратами (спільне господарство)?
surv-ask-marriage_date = Якого дня було укладено шлюб?
surv-ask-monthly_income = Який місячний дохід дитини до вирахувань (0, якщо доходу немає)?
surv-ask-monthly_income-what-their-gross-monthly = Який місячний дохід цієї людини до вирахувань (зарплата, доходи від оренди, інше; 0, якщо доходу немає)?
surv-ask-national_or_equivalent = Ця людина має громадянство Португалії або прирівняний статус?
surv-ask-national_or_equivalent-widow = Ця людина має громадянство Португалії або прирівняний статус (наприклад, чинний дозвіл на проживання)?
surv-ask-no_alimony_deceased_lacked_means = Суд визнав, що людина, яка померла, не мала коштів, щоб платити аліменти?
surv-ask-own_pension = Ця людина має право на власну пенсію (за віком, по інвалідності чи іншу, з будь-якої системи)?
surv-ask-paid_by = Хто оплатив похорон?
surv-ask-reference_pension = Яку пенсію за віком або по інвалідності отримувала (або отримувала б) людина, яка померла, на місяць?
surv-ask-resident = Людина, яка померла, жила в Португалії?
surv-ask-resident-does-person-paid-funeral = Той, хто оплатив похорон, живе в Португалії?
surv-ask-resident-orphan = Ця людина живе в Португалії?
surv-ask-scheme = До якої системи соціального страхування сплачувала внески людина, яка померла?
surv-ask-social_pension_recipient = Людина, яка померла, отримувала соціальну пенсію (за віком або по інвалідності)?
surv-ask-union_start_date = З якого часу вони жили разом у фактичному шлюбі?
surv-ask-union_start_date-since-when-they-live = З якого часу вони жили у фактичному шлюбі?
surv-ask-works_compulsory_scheme = Ця людина працює з обов’язковою сплатою внесків до Segurança Social (не рахуючи роботи на шкільних канікулах)?
surv-ask-works_compulsory_scheme-orphan = Ця людина працює з обов’язковою сплатою внесків до Segurança Social?
surv-benefit-death_grant = Одноразова допомога у зв’язку зі смертю (subsídio por morte)
surv-benefit-funeral_allowance = Допомога на поховання (subsídio de funeral)
surv-benefit-funeral_expenses_refund = Відшкодування витрат на поховання (reembolso das despesas de funeral)
surv-benefit-orphans_pension = Пенсія для дітей, які втратили батька або матір (pensão de orfandade)
surv-benefit-survivors_pension = Пенсія у зв’язку з втратою годувальника (pensão de sobrevivência)
surv-benefit-widows_pension = Пенсія вдови або вдівця (pensão de viuvez)
surv-class-ascendants = Родичі за висхідною лінією (батьки, дідусі, бабусі)
surv-class-descendants = Нащадки
surv-class-spouses = Чоловік або дружина, партнер або партнерка
surv-death_grant-agricultural_special-info = У спеціальній системі для сільського господарства (RESSAA) суму не вдалося підтвердити: показано суму загальної системи, але справжня сума може бути меншою.
surv-death_grant-amount-met = Одноразова допомога у зв’язку зі смертю дорівнює { $multiple } IAS, чинного на дату смерті.
surv-death_grant-deadline = Подайте заяву не пізніше { $date } ({ $months ->
        [one] { $months } місяць
        [few] { $months } місяці
        [many] { $months } місяців
       *[other] { $months } місяців
    } від дня смерті; деякі джерела рахують у днях).
surv-death_grant-family-info = Члени сім’ї мають відповідати тим самим умовам, що й для пенсії у зв’язку з втратою годувальника.
surv-death_grant-family-info-no-one-family-given = Ніхто із зазначених членів сім’ї не відповідає умовам.
surv-death_grant-headline-eligible = Імовірно, ви маєте право: { $total } одноразово, на { $people ->
        [one] { $people } особу
        [few] { $people } особи
        [many] { $people } осіб
       *[other] { $people } осіб
    }.
surv-death_grant-headline-needs-info = Потрібно більше відповідей, щоб визначити право на одноразову допомогу у зв’язку зі смертю.
surv-death_grant-headline-not-eligible = Імовірно, права на одноразову допомогу у зв’язку зі смертю немає.
surv-death_grant-order-info = Право мають члени сім’ї, тому інші родичі цієї допомоги не отримують.
surv-death_grant-order-met = Немає чоловіка чи дружини або нащадків із правом на допомогу: її отримують родичі за висхідною лінією (батьки, дідусі, бабусі).
surv-death_grant-other_relatives-info = Ніхто з членів сім’ї не має права: допомогу можуть отримати інші родичі, зокрема через шлюб, — за прямою лінією або за бічною лінією до { $max_degree }-го ступеня.
surv-death_grant-other_relatives-met = { $who }: родинний зв’язок за прямою лінією (кровний або через шлюб).
surv-death_grant-other_relatives-too-far = { $who }: родинний зв’язок { $degree }-го ступеня, а допускається щонайбільше { $max_degree }-й.
surv-death_grant-other_relatives-within = { $who }: родинний зв’язок (кровний або через шлюб) { $degree }-го ступеня, у межах допустимого { $max_degree }-го.
surv-death_grant-other_relatives_conditions-met = { $who }: спільне господарство з людиною, яка померла.
surv-death_grant-other_relatives_conditions-not-met = { $who }: спільного господарства з людиною, яка померла, не було.
surv-death_grant-other_relatives_order-met = Допомогу отримують найближчі: спершу родичі за прямою лінією вниз, потім — угору, потім інші; а в кожній лінії — найближчого ступеня.
surv-death_grant-scheme-agricultural = Спеціальна система для сільського господарства — обов’язкова система з внесками: мінімальний страховий стаж не потрібен.
surv-death_grant-scheme-general = У загальній системі мінімальний страховий стаж не потрібен.
surv-death_grant-scheme-voluntary-months = Для добровільного соціального страхування потрібно { $needed ->
        [one] { $needed } місяць
        [few] { $needed } місяці
        [many] { $needed } місяців
       *[other] { $needed } місяців
    } внесків; у людини, яка померла, їх було { $had }.
surv-death_grant-split-met = Є і чоловік чи дружина, і нащадки: допомогу ділять між цими двома групами.
surv-death_grant-split-met-group = Усередині групи ({ $group }) — рівні частки.
surv-death_grant-union_then_marriage-info = Вважається, що цей виняток діє й для одноразової допомоги у зв’язку зі смертю (умови для чоловіка чи дружини однакові для обох виплат).
surv-family-ascendants_last-not-met = { $who }: права немає, бо його має чоловік чи дружина, партнер чи партнерка або нащадок.
surv-family-dependent-met = { $who }: на утриманні людини, яка померла.
surv-family-dependent-not-met = { $who }: на утриманні людини, яка померла, не було.
surv-family-descendant_age-not-studying = { $who }: { $age ->
        [one] { $age } рік
        [few] { $age } роки
        [many] { $age } років
       *[other] { $age } років
    }, не навчається.
surv-family-descendant_age-over-limit = { $who }: { $age ->
        [one] { $age } рік
        [few] { $age } роки
        [many] { $age } років
       *[other] { $age } років
    }, а вікова межа{ $study ->
        [secondary_higher] {" "}для середньої або вищої освіти
        [postgraduate] {" "}для післядипломної освіти або обов’язкового стажування
       *[none] {""}
    } — { $limit ->
        [one] { $limit } рік
        [few] { $limit } роки
        [many] { $limit } років
       *[other] { $limit } років
    }.
surv-family-descendant_age-posthumous = { $who }: дитина народилася або народиться після смерті — право є від дня народження.
surv-family-descendant_age-studying = { $who }: { $age ->
        [one] { $age } рік
        [few] { $age } роки
        [many] { $age } років
       *[other] { $age } років
    }, навчається{ $study ->
        [secondary_higher] {" "}(середня або вища освіта)
        [postgraduate] {" "}(післядипломна освіта або обов’язкове стажування)
       *[none] {""}
    }: вікова межа — { $limit ->
        [one] { $limit } рік
        [few] { $limit } роки
        [many] { $limit } років
       *[other] { $limit } років
    }.
surv-family-descendant_age-under-base = { $who }: { $age ->
        [one] { $age } рік
        [few] { $age } роки
        [many] { $age } років
       *[other] { $age } років
    } на момент смерті — менше { $base ->
        [one] { $base } року
       *[other] { $base } років
    }.
surv-family-descendant_age_limit_reading-info = Межу «до { $limit ->
        [one] { $limit } року
       *[other] { $limit } років
    }» тут розуміють так: до дня перед { $limit }-річчям.
surv-family-descendant_disability-met = { $who }: є інвалідність, тому вікової межі немає.
surv-family-descendant_work-not-met = { $who }: працює з обов’язковою сплатою внесків (якщо це не робота на канікулах і не низький річний дохід — цього не зазначено).
surv-family-disabled_work_reading-info = { $who }: працює зі сплатою внесків, але умову «не працювати» тут застосовують лише до тих, хто навчається: право зберігається, поки виплачується допомога у зв’язку з інвалідністю або PSI (соціальна допомога для інклюзії, Prestação Social para a Inclusão).
surv-family-ex_spouse_alimony-info = { $who }: на день смерті аліментів від людини, яка померла, не було.
surv-family-ex_spouse_alimony-met = { $who }: аліменти { $alimony } на місяць.
surv-family-ex_spouse_alimony-not-met = { $who }: на день смерті аліментів від людини, яка померла, не було, і суд не визнавав, що в неї не було на них коштів.
surv-family-ex_spouse_no_means-met = { $who }: аліментів не було лише тому, що суд визнав: людина, яка померла, не мала коштів їх платити.
surv-family-judicially_separated-info = { $who }: окреме проживання подружжя за рішенням суду, тому діють правила для колишнього чоловіка або колишньої дружини.
surv-family-new_union_ends-not-met = { $who }: новий шлюб або нове спільне життя у фактичному шлюбі, а це припиняє право.
surv-family-new_union_ends-not-met-has-remarried-lives-new = { $who }: новий шлюб або нове спільне життя.
surv-family-other_relative_not_titular-info = { $who }: не чоловік чи дружина, не нащадок і не родич за висхідною лінією.
surv-family-partner-spouse-separated = { $spouse }: окреме проживання з людиною, яка померла, за рішенням суду, тому фактичний шлюб ({ $who }) може враховуватися.
surv-family-partner-undissolved-marriage = Людина, яка померла, ще перебувала в шлюбі (чоловік або дружина: { $spouse }). Фактичний шлюб поряд із нерозірваним шлюбом права не дає.
surv-family-partner_union-met = { $who }: фактичний шлюб з { $union_start } — понад { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } років
    }.
surv-family-partner_union-not-met = { $who }: фактичний шлюб почався { $union_start }, тож на момент смерті він не тривав понад { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } років
    }.
surv-family-spouse_exceptions-accident = Смерть спричинив нещасний випадок.
surv-family-spouse_exceptions-child = { $who }: є спільна дитина з людиною, яка померла (уже народжена або ще ні).
surv-family-spouse_exceptions-illness = Хвороба, що спричинила смерть, почалася після одруження.
surv-family-spouse_exceptions-none = { $who }: шлюб тривав менше { $min_years ->
        [one] { $min_years } року
       *[other] { $min_years } років
    }, і жоден виняток не застосовується.
surv-family-spouse_exceptions-union = Фактичний шлюб (з { $union_start }) і шлюб разом тривали понад { $union_years ->
        [one] { $union_years } рік
        [few] { $union_years } роки
        [many] { $union_years } років
       *[other] { $union_years } років
    }.
surv-family-spouse_marriage-info = { $who }: шлюб ({ $married }) тривав менше { $min_years ->
        [one] { $min_years } року
       *[other] { $min_years } років
    }; перевіряємо, чи є виняток.
surv-family-spouse_marriage-met = { $who }: шлюб з людиною, яка померла, укладено { $married }; він тривав щонайменше { $min_years ->
        [one] { $min_years } рік
        [few] { $min_years } роки
        [many] { $min_years } років
       *[other] { $min_years } років
    }.
surv-from-born-after-death = { $who }: дитина народилася після смерті, тому виплати — від дня народження ({ $birth }).
surv-from-late-claim-after-birth = Заяву подано після строку, який рахують від народження ({ $deadline }): виплати — з місяця після подання заяви.
surv-from-unborn = { $who }: дитина ще не народилася. Виплати — від дня народження; подайте заяву в наступні місяці після народження.
surv-funeral_allowance-deadline = Подайте заяву не пізніше { $date }: { $window ->
        [one] { $window } місяць
        [few] { $window } місяці
        [many] { $window } місяців
       *[other] { $window } місяців
    } від 1-го числа місяця, наступного після місяця смерті.
surv-funeral_allowance-deceased_resident-met = Людина, яка померла, жила в Португалії.
surv-funeral_allowance-deceased_resident-not-met = Людина, яка померла, не жила в Португалії.
surv-funeral_allowance-fixed_amount-met = Допомога на поховання становить { $amount }.
surv-funeral_allowance-headline-eligible = Імовірно, ви маєте право: { $amount } одноразово тому, хто оплатив похорон.
surv-funeral_allowance-headline-needs-info = Потрібно більше відповідей, щоб визначити право на допомогу на поховання.
surv-funeral_allowance-headline-not-eligible = Імовірно, права на допомогу на поховання немає.
surv-funeral_allowance-met-person-paid-funeral-lives = Той, хто оплатив похорон, живе в Португалії; оплату треба підтвердити (оригінал квитанції похоронного бюро).
surv-funeral_allowance-not-met-no-funeral-expenses-paid = Не зазначено оплачених витрат на похорон.
surv-funeral_allowance-not-met-person-paid-funeral-does = Той, хто оплатив похорон, не живе в Португалії.
surv-funeral_allowance-not_cumulable-death-grant-unknown = Хтось має право на одноразову допомогу у зв’язку зі смертю (її суми на цю дату немає в таблиці), а її не можна отримувати разом із допомогою на поховання.
surv-funeral_allowance-not_cumulable-met = Права на одноразову допомогу у зв’язку зі смертю або на відшкодування витрат на поховання немає.
surv-funeral_allowance-not_cumulable-other-eligible = Імовірно, є право на { $other ->
        [death_grant] одноразову допомогу у зв’язку зі смертю
       *[funeral_expenses_refund] відшкодування витрат на поховання
    }, а це не можна поєднувати з допомогою на поховання.
surv-funeral_allowance-not_cumulable-other-first = Спершу треба визначити право на { $other ->
        [death_grant] одноразову допомогу у зв’язку зі смертю
       *[funeral_expenses_refund] відшкодування витрат на поховання
    }.
surv-funeral_allowance-not_cumulable-other-unknown = { $other ->
        [death_grant] Одноразову допомогу у зв’язку зі смертю
       *[funeral_expenses_refund] Відшкодування витрат на поховання
    } не вдалося оцінити на цю дату, а від цього залежить допомога на поховання.
surv-funeral_refund-cap-met = Фактичні витрати відшкодовують у межах { $cap }.
surv-funeral_refund-deadline = Подайте заяву не пізніше { $date }: { $days ->
        [one] { $days } календарний день поспіль
        [few] { $days } календарні дні поспіль
        [many] { $days } календарних днів поспіль
       *[other] { $days } календарних днів поспіль
    } від реєстрації смерті.
surv-funeral_refund-deadline-from-death = Подайте заяву не пізніше { $date }: строк — { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } днів
    } від реєстрації смерті; без цієї дати його рахують від дня смерті, тож це найраніша можлива дата.
surv-funeral_refund-deadline-info = Строк — { $days ->
        [one] { $days } календарний день поспіль
        [few] { $days } календарні дні поспіль
        [many] { $days } календарних днів поспіль
       *[other] { $days } календарних днів поспіль
    } від реєстрації смерті.
surv-funeral_refund-death_grant-pending = Спершу треба з’ясувати, чи має хтось право на одноразову допомогу у зв’язку зі смертю.
surv-funeral_refund-headline-eligible = Імовірно, ви маєте право: відшкодування { $amount } тому, хто оплатив похорон.
surv-funeral_refund-headline-needs-info = Потрібно більше відповідей, щоб визначити право на відшкодування витрат на поховання.
surv-funeral_refund-headline-not-eligible = Імовірно, права на відшкодування витрат на поховання немає.
surv-funeral_refund-met = Ніхто не має права на одноразову допомогу у зв’язку зі смертю.
surv-funeral_refund-met-deceased-had-had-months = Людина, яка померла, сплачувала внески { $had ->
        [one] { $had } місяць
        [few] { $had } місяці
        [many] { $had } місяців
       *[other] { $had } місяців
    }.
surv-funeral_refund-not-met = Хтось має право на одноразову допомогу у зв’язку зі смертю, і вона замінює відшкодування.
surv-funeral_refund-not-met-deceased-had-no-contribution = Людина, яка померла, не сплачувала внесків (за деякими джерелами, мінімум — { $min_months ->
        [one] { $min_months } місяць
        [few] { $min_months } місяці
        [many] { $min_months } місяців
       *[other] { $min_months } місяців
    }).
surv-funeral_refund-not-met-deceased-not-registered-social = Людина, яка померла, не була зареєстрована в жодній системі соціального страхування.
surv-funeral_refund-not-met-no-funeral-expenses-were = Витрат на похорон не зазначено.
surv-funeral_refund-not-met-someone-entitled-death-grant = Хтось має право на одноразову допомогу у зв’язку зі смертю (її суми на цю дату немає в таблиці), і вона замінює відшкодування.
surv-funeral_refund-paid-by = Хто оплатив похорон: { $payer }; сума — { $spent }. Збережіть оригінали рахунку й квитанції.
surv-funeral_refund-voluntary_scheme-info = Людина, яка померла, мала добровільне соціальне страхування: вважається, що відшкодування діє і тут, з тією самою межею, що в загальній системі.
surv-group-ascendants = родичі за висхідною лінією
surv-group-descendants = нащадки
surv-group-others = інші родичі, зокрема через шлюб
surv-group-spouses = чоловік або дружина, партнер або партнерка
surv-headline-value-unknown = Цю виплату неможливо оцінити: у таблиці правил немає значення «{ $value }», чинного на { $date }. Жодних припущень не робилося.
surv-notice-estimate = Це приблизний розрахунок за вашими відповідями, а не рішення: вирішує лише Segurança Social, після того як ви подасте заяву.
surv-notice-projection = Прогноз: у таблиці ще немає значень за { $year } рік; використано останні відомі (за { $latest } рік). Реальні суми буде оновлено.
surv-notice-unconfirmed = Деякі результати спираються на правила або значення, які не вдалося звірити з офіційним текстом; їх позначено.
surv-notice-value-unknown = У таблиці правил бракує деяких значень, встановлених законом, для цієї дати: виплати, які від них залежать, не оцінено, а решту визначено.
surv-orphans_pension-age-met = { $who }: { $age ->
        [one] { $age } рік
        [few] { $age } роки
        [many] { $age } років
       *[other] { $age } років
    } — менше { $limit ->
        [one] { $limit } року
       *[other] { $limit } років
    }.
surv-orphans_pension-age-not-met = Не зазначено дітей людини, яка померла.
surv-orphans_pension-age-not-met-age-not-under-limit = { $who }: { $age ->
        [one] { $age } рік
        [few] { $age } роки
        [many] { $age } років
       *[other] { $age } років
    } — не менше { $limit ->
        [one] { $limit } року
       *[other] { $limit } років
    }.
surv-orphans_pension-amount-met = { $rate } соціальної пенсії на { $orphans ->
        [one] { $orphans } дитину
        [few] { $orphans } дитини
        [many] { $orphans } дітей
       *[other] { $orphans } дітей
    }, порівну.
surv-orphans_pension-column-with-spouse = є чоловік чи дружина (зокрема колишні)
surv-orphans_pension-column-without-spouse = немає чоловіка чи дружини (зокрема колишніх)
surv-orphans_pension-deadline = Якщо подати заяву не пізніше { $date }, пенсію виплачують з місяця після смерті; якщо пізніше — з місяця після подання заяви.
surv-orphans_pension-deceased_short_record-met = Людина, яка померла, сплачувала внески, але не мала мінімального страхового стажу для пенсії у зв’язку з втратою годувальника: тому вважається, що вона не була застрахована.
surv-orphans_pension-emancipated = { $who }: емансипація (повна дієздатність до 18 років).
surv-orphans_pension-headline-eligible = Імовірно, ви маєте право: { $total } на місяць загалом, на { $orphans ->
        [one] { $orphans } дитину
        [few] { $orphans } дитини
        [many] { $orphans } дітей
       *[other] { $orphans } дітей
    }.
surv-orphans_pension-headline-needs-info = Потрібно більше відповідей, щоб визначити право на пенсію для дітей, які втратили батька або матір.
surv-orphans_pension-headline-not-eligible = Імовірно, права на пенсію для дітей, які втратили батька або матір, немає.
surv-orphans_pension-info = Умова (а) не виконується: дохід дитини або домогосподарства перевищує межу.
surv-orphans_pension-met = Людина, яка померла, не була застрахована в жодній системі.
surv-orphans_pension-met-b-income-per-person = (б) Дохід на одну особу { $per_person } ≤ { $pp_limit }, і зафіксовано ситуацію ризику.
surv-orphans_pension-met-s-income-own-own = (а) Дохід: { $who } — { $own } ≤ { $own_limit }; домогосподарство — { $hh } ≤ { $hh_limit }.
surv-orphans_pension-national-met = { $who }: громадянство Португалії або прирівняний статус.
surv-orphans_pension-national-not-met = Не виконано: громадянство Португалії або прирівняний статус ({ $who }).
surv-orphans_pension-not-met = Людина, яка померла, була застрахована в системі з внесками: замість цієї пенсії застосовується пенсія у зв’язку з втратою годувальника.
surv-orphans_pension-not-met-b-no-risk-situation = (б) Ситуацію ризику не зафіксовано, і умова (а) не виконується.
surv-orphans_pension-not_working-under-age = До { $age ->
        [one] { $age } року
       *[other] { $age } років
    } про роботу та емансипацію не запитують.
surv-orphans_pension-resident-met = { $who }: живе в Португалії.
surv-orphans_pension-resident-not-met = Не виконано: проживання в Португалії ({ $who }).
surv-orphans_pension-resources-per-person-over = (б) Дохід на одну особу { $per_person } перевищує межу { $pp_limit }.
surv-orphans_pension-spouse_exists-info = Людина, яка померла, не залишила чоловіка чи дружини (зокрема колишніх): застосовується стовпець таблиці «немає чоловіка чи дружини» (партнер або партнерка у фактичному шлюбі не враховується).
surv-orphans_pension-spouse_exists-listed = Людина, яка померла, залишила чоловіка чи дружину або колишніх ({ $spouses }): застосовується стовпець таблиці «є чоловік чи дружина», незалежно від того, чи мають вони право на пенсію.
surv-orphans_pension-works = { $who }: працює з обов’язковою сплатою внесків.
surv-payer-unnamed = той, хто заплатив
surv-scheme-none = Людина, яка померла, не була застрахована в жодній системі з внесками.
surv-start-in-time = Якщо заяву подано вчасно, виплати йдуть з { $start }, тобто з місяця після смерті.
surv-start-late-claim = Заяву подано { $claim }, тобто після строку ({ $deadline }): виплати починаються з { $start }, а не з місяця після смерті.
surv-step-death_grant = { $multiple } × IAS { $ias } = { $total }
surv-step-death_grant-equal-shares = { $share } ÷ { $n } ({ $group }) = { $each } кожному{ $leftover ->
        [0] {""}
        [one] {" "}(1 зайвий цент отримує перша особа в списку)
        [few] {" "}({ $leftover } зайві центи — по одному першим { $leftover } особам у списку)
        [many] {" "}({ $leftover } зайвих центів — по одному першим { $leftover } особам у списку)
       *[other] {" "}({ $leftover } зайвих центів — по одному першим { $leftover } особам у списку)
    }
surv-step-death_grant-groups = { $share } — { $first_group }: { $first }; решта — { $second_group }: { $second }
surv-step-funeral_allowance = Фіксована сума у { $year } році: { $amount }
surv-step-funeral_refund = Межа: { $multiple } × IAS { $ias } = { $cap }
surv-step-funeral_refund-reimbursement-lower-spent-cap = Відшкодування: менша із сум { $spent } і { $cap } = { $amount }
surv-step-orphans_pension = Межі: { $own_rate } × IAS = { $own_limit }; { $hh_mult } × IAS = { $hh_limit }; { $pp_rate } × IAS = { $pp_limit } (IAS { $ias })
surv-step-orphans_pension-equal-shares = { $total } ÷ { $n } = { $each } кожній дитині
surv-step-orphans_pension-per-person = Дохід на одну особу: { $income } ÷ { $size } = { $per_person }
surv-step-orphans_pension-rate = { $orphans ->
        [one] { $orphans } дитина
        [few] { $orphans } дитини
        [many] { $orphans } дітей
       *[other] { $orphans } дітей
    }, { $column }: { $rate } × соціальна пенсія { $social } = { $total }
surv-step-survivors_pension = { $who }: частка { $share }, обмежена сумою аліментів ({ $alimony })
surv-step-survivors_pension-class = { $class } ({ $n ->
        [one] { $n } особа
        [few] { $n } особи
        [many] { $n } осіб
       *[other] { $n } осіб
    }): { $rate } × { $base } = { $total }
surv-step-survivors_pension-equal-shares = { $total } ÷ { $n } = { $each } кожному{ $leftover ->
        [0] {""}
        [one] {" "}(цент, що залишився, отримує перша особа в списку)
        [few] {" "}({ $leftover } центи, що залишилися, отримують по одному перші { $leftover } особи в списку)
        [many] {" "}({ $leftover } центів, що залишилися, отримують по одному перші { $leftover } осіб у списку)
       *[other] {" "}({ $leftover } центів, що залишилися, отримують по одному перші { $leftover } осіб у списку)
    }
surv-step-widows_pension = { $rate } × соціальна пенсія { $social } = { $full }
surv-step-widows_pension-income-limit-rate-ias = Межа доходу: { $rate } × IAS { $ias } = { $limit }
surv-step-widows_pension-minimum-pension-minimum-own = { $who }: мінімальна пенсія { $minimum } − власна соціальна пенсія { $own } = { $room }
surv-step-yearly = { $who }: { $amount } × { $payments ->
        [one] { $payments } виплата
        [few] { $payments } виплати
        [many] { $payments } виплат
       *[other] { $payments } виплат
    } = { $yearly } на рік
surv-survivors_pension-class_rates-met = { $class }: { $rate } базової пенсії (pensão de referência).
surv-survivors_pension-deadline = Якщо подати заяву не пізніше { $date }, пенсію виплачують з місяця після смерті; якщо пізніше — лише з місяця після подання заяви.
surv-survivors_pension-duration_exceptions-met = { $who }: на момент смерті вік до { $age_limit ->
        [one] { $age_limit } року
       *[other] { $age_limit } років
    }, але є інвалідність або спільні діти з людиною, яка померла: пенсію не обмежено { $years ->
        [one] { $years } роком
       *[other] { $years } роками
    }.
surv-survivors_pension-duration_under_35-met = { $who }: { $age ->
        [one] { $age } рік
        [few] { $age } роки
        [many] { $age } років
       *[other] { $age } років
    } на момент смерті ({ $age_limit } або більше): пенсія довічна.
surv-survivors_pension-duration_under_35-met-under-age-limit-death = { $who }: на момент смерті вік до { $age_limit ->
        [one] { $age_limit } року
       *[other] { $age_limit } років
    }, немає спільних дітей з людиною, яка померла, і немає інвалідності: пенсію виплачують { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } років
    }.
surv-survivors_pension-equal_split-met = Суму для групи ділять порівну між { $n ->
        [one] { $n } особою
       *[other] { $n } особами
    }.
surv-survivors_pension-ex_spouse_cap-met = { $who }: пенсію обмежено сумою аліментів, які ця людина отримувала ({ $alimony }).
surv-survivors_pension-ex_spouse_cap_excess-info = Різницю ({ $excess }) у цьому приблизному розрахунку нікому не призначено.
surv-survivors_pension-ex_spouse_cap_without_alimony-info = { $who }: аліментів не було, тому обмеження сумою аліментів не застосовується.
surv-survivors_pension-headline-eligible = Імовірно, ви маєте право: загалом { $total } на місяць для { $people ->
        [one] { $people } особи
        [few] { $people } осіб
        [many] { $people } осіб
       *[other] { $people } осіб
    }.
surv-survivors_pension-headline-needs-info = Щоб вирішити щодо пенсії у зв’язку з втратою годувальника, потрібно більше відповідей.
surv-survivors_pension-headline-not-eligible = Імовірно, права на пенсію у зв’язку з втратою годувальника немає.
surv-survivors_pension-payments-info = Виплачується { $payments } { $payments ->
        [one] раз
        [few] рази
        [many] разів
       *[other] разів
    } на рік (з додатковими виплатами в липні та грудні).
surv-survivors_pension-qualifying_period-months = Людина, яка померла, сплачувала внески { $months } { $months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяців
    }; потрібно щонайменше { $needed }.
surv-survivors_pension-reference_pension-info = Базова пенсія людини, яка померла (pensão de referência): { $base } на місяць.
surv-until-age-enrolment = До досягнення { $limit } { $limit ->
        [one] року
        [few] років
        [many] років
       *[other] років
    }, поки підтверджено навчання{ $study ->
        [secondary_higher] {" "}у закладі середньої або вищої освіти
        [postgraduate] {" "}на післядипломному рівні або обов’язкове стажування
       *[none] {""}
    }.
surv-until-age-posthumous = До досягнення { $base } { $base ->
        [one] року
        [few] років
        [many] років
       *[other] років
    } (або довше, якщо навчається).
surv-until-age-study = До досягнення { $limit } { $limit ->
        [one] року
        [few] років
        [many] років
       *[other] років
    }{ $study ->
        [secondary_higher] {" "}у разі навчання в закладі середньої або вищої освіти
        [postgraduate] {" "}у разі післядипломного навчання або обов’язкового стажування
       *[none] {""}
    }.
surv-until-conditions-last = Поки виконуються умови.
surv-until-disabled = Без обмеження віку, поки триває інвалідність.
surv-until-life = Довічно, крім випадку нового шлюбу або нового фактичного шлюбу.
surv-until-orphans-age = До досягнення { $limit } { $limit ->
        [one] року
        [few] років
        [many] років
       *[other] років
    } або до емансипації (набуття повної дієздатності), поки виконуються умови перевірки доходів.
surv-until-widows-means-test = Поки виконуються умови перевірки доходів; припиняється в разі нового шлюбу або нового фактичного шлюбу.
surv-until-years = Виплачується { $years } { $years ->
        [one] рік
        [few] роки
        [many] років
       *[other] років
    }.
surv-widows_pension-amount-met = Пенсія вдови або вдівця становить { $rate } соціальної пенсії.
surv-widows_pension-cumulation_cap-met = Разом із власною соціальною пенсією загальна сума не може перевищувати мінімальну пенсію ({ $minimum }).
surv-widows_pension-deadline = Якщо подати заяву не пізніше { $date }, пенсію виплачуватимуть з місяця після смерті.
surv-widows_pension-deceased-met = Людина, яка померла, отримувала соціальну пенсію.
surv-widows_pension-deceased-not-met = Людина, яка померла, не отримувала соціальної пенсії.
surv-widows_pension-headline-eligible = Імовірно, ви маєте право: { $total } на місяць.
surv-widows_pension-headline-needs-info = Щоб вирішити щодо пенсії вдови або вдівця, потрібно більше відповідей.
surv-widows_pension-headline-not-eligible = Імовірно, права на пенсію вдови або вдівця немає.
surv-widows_pension-income = { $who }: валовий дохід на місяць — { $income } (межа — { $limit }).
surv-widows_pension-national = { $met ->
        [no] Не виконано: { $who } має громадянство Португалії або прирівнюється до її громадян.
       *[yes] { $who } має громадянство Португалії або прирівнюється до її громадян.
    }
surv-widows_pension-no-own-pension = { $met ->
        [no] Не виконано: { $who } не має власної пенсії.
       *[yes] { $who } не має власної пенсії.
    }
surv-widows_pension-relation-not-met = { $who }: колишній чоловік або колишня дружина. Пенсія вдови або вдівця — лише для чоловіка чи дружини або партнера чи партнерки.
surv-widows_pension-relation-not-met-judicially-separated-from-deceased = { $who } і людина, яка померла, проживали окремо за рішенням суду: як і в колишнього чоловіка чи колишньої дружини, права на пенсію вдови або вдівця немає.
surv-widows_pension-relation-not-met-no-spouse-partner-given = Не вказано ні чоловіка чи дружини, ні партнера чи партнерки.
surv-widows_pension-relationship_length-met = У шлюбі з { $married }: понад { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } років
    }.
surv-widows_pension-relationship_length-met-union-fact-since-union = Фактичний шлюб із { $union_start }: понад { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } років
    }.
surv-widows_pension-relationship_length-not-met = У шлюбі з { $married }: не більше ніж { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } років
    }.
surv-widows_pension-relationship_length-not-met-union-fact-since-union = Фактичний шлюб із { $union_start }: не більше ніж { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } років
    }.
surv-widows_pension-resident = { $met ->
        [no] Не виконано: { $who } живе в Португалії.
       *[yes] { $who } живе в Португалії.
    }

## The rules table (src/rules/survivors.json): what each rule and parameter is, and notes on values.
param-ias = Індекс соціальної допомоги (IAS), сума на місяць
note-ias-2021-01-01 = У 2021 році IAS не оновлювали; правову підставу для цього не встановлено.
param-social_pension = Соціальна пенсія за віком і по інвалідності (не залежить від внесків), базова сума на місяць
note-social_pension-2023-07-01 = Проміжне оновлення в середині 2023 року.
note-social_pension-2026-01-01 = Жодне з переглянутих джерел не називає це значення прямо.
param-minimum_pension = Мінімальна пенсія загальної системи (стаж менше 15 років): межа для поєднання пенсії вдови або вдівця із соціальною пенсією
note-minimum_pension-2019-01-01 = Розраховано: 275,30 € за 2020 рік ÷ 1,007 (оновлення найнижчих пенсій на 0,7 % у 2020 році); жодне збережене джерело цього не підтверджує.
note-minimum_pension-2021-01-01 = У 2021 році звичайного оновлення пенсій не було; діє значення 2020 року.
note-minimum_pension-2023-01-01 = Розраховано: 278,05 € за 2022 рік × 1,0483 (оновлення пенсій до 2 IAS у січні 2023 року — те саме, що підвищило соціальну пенсію з 213,91 € до 224,24 €); жодне збережене джерело цього не підтверджує.
param-funeral_allowance-amount = Допомога на поховання: фіксована сума
note-funeral_allowance-amount-2019-08-28 = Не знайдено суму, чинну з 1 січня до 27 серпня 2019 року (Portaria n.º 160/2018).
note-funeral_allowance-amount-2026-01-01 = Номер наказу (Portaria) на 2026 рік не встановлено.
param-funeral_allowance-claim_window_months = Допомога на поховання: скільки місяців є на подання заяви, від 1-го дня місяця після смерті
param-survivors_pension-qualifying_months-general = Пенсія у зв’язку з втратою годувальника: мінімальний страховий стаж (prazo de garantia) у загальній системі (місяці із зареєстрованим заробітком)
param-survivors_pension-qualifying_months-agricultural_special = Пенсія у зв’язку з втратою годувальника: мінімальний страховий стаж у спеціальній сільськогосподарській (сільській) системі (місяці)
note-survivors_pension-qualifying_months-agricultural_special-1990-10-18 = Джерела вказують для сільської системи той самий стаж, що й для загальної.
param-survivors_pension-qualifying_months-voluntary = Пенсія у зв’язку з втратою годувальника: мінімальний страховий стаж у добровільному соціальному страхуванні (місяці сплачених внесків)
param-survivors_pension-rate-spouses = Пенсія у зв’язку з втратою годувальника: відсоток для чоловіка чи дружини, колишнього чоловіка чи колишньої дружини та партнерів (1 особа; 2 або більше)
param-survivors_pension-rate-descendants_with_spouse = Пенсія у зв’язку з втратою годувальника: відсоток для нащадків, якщо право має чоловік чи дружина або колишній чоловік чи колишня дружина (1; 2; 3 або більше)
param-survivors_pension-rate-descendants_without_spouse = Пенсія у зв’язку з втратою годувальника: відсоток для нащадків, якщо ні чоловік чи дружина, ні колишній чоловік чи колишня дружина права не мають (подвійний)
param-survivors_pension-rate-ascendants = Пенсія у зв’язку з втратою годувальника: відсоток для родичів за висхідною лінією (1; 2; 3 або більше)
param-survivors_pension-marriage_min_years = Пенсія у зв’язку з втратою годувальника: мінімальна тривалість шлюбу, крім винятків (роки)
param-survivors_pension-union_min_years = Фактичний шлюб: тривалість, яку потрібно перевищити (роки); також загальна тривалість фактичного шлюбу і шлюбу, за якої не потрібен один рік шлюбу
param-descendants-age_limit = Нащадки: вік, до якого право є завжди (роки)
param-descendants-age_limit_secondary_higher = Нащадки: граничний вік у разі навчання в закладі середньої, післясередньої або вищої освіти (роки)
param-descendants-age_limit_postgraduate = Нащадки: граничний вік у разі післядипломного навчання, магістратури, аспірантури або обов’язкового стажування (роки)
param-survivors_pension-short_duration_age = Пенсія у зв’язку з втратою годувальника: вік чоловіка чи дружини або партнера чи партнерки, нижче якого пенсія тимчасова (роки)
note-survivors_pension-short_duration_age-1990-10-18 = Лише вторинні джерела (SSA 2003, Expresso 2023); статтю DL 322/90 не знайдено.
param-survivors_pension-short_duration_years = Пенсія у зв’язку з втратою годувальника: тривалість тимчасової пенсії (роки)
param-pension-payments_per_year = Пенсії: кількість виплат на рік (12 місяців, а також у липні та грудні)
param-survivors_pension-claim_window_months = Пенсія у зв’язку з втратою годувальника: скільки місяців, від місяця після смерті, є на подання заяви, щоб отримувати пенсію з місяця після смерті
param-non_contributory-claim_window_months = Пенсія вдови або вдівця та пенсія для дітей, які втратили батька або матір: скільки місяців, від місяця після смерті, є на подання заяви, щоб отримувати пенсію з місяця після смерті
note-non_contributory-claim_window_months-1990-10-18 = Офіційна сторінка про пенсію вдови або вдівця (2024) дослівно каже «a partir do mês seguinte ao da apresentação do requerimento» (з місяця після подання заяви) в обох випадках.
param-death_grant-ias_multiple = Одноразова допомога у зв’язку зі смертю: сума як кратне IAS
param-death_grant-qualifying_months-voluntary = Одноразова допомога у зв’язку зі смертю: мінімальний страховий стаж у добровільному соціальному страхуванні (місяці)
param-death_grant-spouse_group_share = Одноразова допомога у зв’язку зі смертю: частка групи чоловіка чи дружини, якщо право мають також нащадки
note-death_grant-spouse_group_share-1990-10-18 = Підтверджено лише для системи CGA (для державних службовців); у загальній системі підтверджено тільки черговість.
param-death_grant-other_relatives_max_collateral_degree = Одноразова допомога у зв’язку зі смертю: найдальший ступінь бічної спорідненості інших родичів, якщо жоден член сім’ї не має права
param-death_grant-claim_window_months = Одноразова допомога у зв’язку зі смертю: строк для подання заяви, у місяцях від дня смерті
note-death_grant-claim_window_months-1990-10-18 = Деякі джерела вказують 180 днів.
param-funeral_refund-cap_ias_multiple = Відшкодування витрат на поховання: максимум як кратне IAS
param-funeral_refund-cap_ias_multiple_agricultural = Відшкодування витрат на поховання: максимум для спеціальної сільськогосподарської системи (RESSAA), як кратне IAS
param-funeral_refund-min_contribution_months = Відшкодування витрат на поховання: мінімальний період реєстрації людини, яка померла (місяці)
note-funeral_refund-min_contribution_months-1990-10-18 = Джерела розходяться: 1 місяць або 1 день; офіційна сторінка мінімуму не вказує.
param-funeral_refund-claim_window_days = Відшкодування витрат на поховання: скільки календарних днів поспіль є на подання заяви, від реєстрації смерті
param-widows_pension-rate = Пенсія вдови або вдівця: частка соціальної пенсії
param-widows_pension-income_limit_ias_rate = Пенсія вдови або вдівця: найбільший валовий дохід вдови або вдівця на місяць, як частка IAS
param-widows_pension-marriage_min_years = Пенсія вдови або вдівця: тривалість шлюбу, яку потрібно перевищити (роки)
note-widows_pension-marriage_min_years-1990-10-18 = Офіційна сторінка цієї умови не наводить.
param-widows_pension-union_min_years = Пенсія вдови або вдівця: мінімальна тривалість фактичного шлюбу (роки)
note-widows_pension-union_min_years-1990-10-18 = Офіційна сторінка цієї умови не наводить.
param-orphans_pension-rate-with_spouse = Пенсія для дітей, які втратили батька або матір: частка соціальної пенсії, якщо право має чоловік чи дружина або колишній чоловік чи колишня дружина (1; 2; 3 або більше дітей)
param-orphans_pension-rate-without_spouse = Пенсія для дітей, які втратили батька або матір: частка соціальної пенсії, якщо ні чоловік чи дружина, ні колишній чоловік чи колишня дружина права не мають
param-orphans_pension-age_limit = Пенсія для дітей, які втратили батька або матір: вік, до якого її виплачують (повноліття)
param-orphans_pension-own_income_limit_ias_rate = Пенсія для дітей, які втратили батька або матір, умова (а): валовий дохід дитини на місяць, як частка IAS
param-orphans_pension-household_limit_ias_multiple = Пенсія для дітей, які втратили батька або матір, умова (а): дохід домогосподарства на місяць, як кратне IAS
param-orphans_pension-per_person_limit_ias_rate = Пенсія для дітей, які втратили батька або матір, умова (б): дохід домогосподарства на одну особу, як частка IAS (за наявності ситуації ризику)
note-orphans_pension-per_person_limit_ias_rate-1990-10-18 = Деякі вторинні джерела вказують 40 %; офіційні сторінки — 30 %.
param-minors-work_or_marriage_min_age = Вік, з якого неповнолітні можуть працювати або вступати в шлюб (і так набути повної дієздатності — емансипація)
note-minors-work_or_marriage_min_age-1990-10-18 = Використовується лише для того, щоб не ставити зайвих запитань про молодших дітей.
param-form-contributory_death_benefits = Заява «Requerimento de Prestações por Morte» (пенсія у зв’язку з втратою годувальника та одноразова допомога у зв’язку зі смертю)
param-form-non_contributory_pensions = Заява на пенсію вдови або вдівця та пенсію для дітей, які втратили батька або матір (не залежать від внесків)
param-form-funeral_allowance = Заява на допомогу на поховання
param-form-funeral_refund = Заява на відшкодування витрат на поховання
param-form-third_party_liability = Декларація про дії третьої особи (смерть унаслідок нещасного випадку)
rule-survivors_pension-scheme = Людина, яка померла, мала бути застрахована в системі з внесками (загальна, сільська/сільськогосподарська або добровільне страхування).
rule-survivors_pension-qualifying_period = Людина, яка померла, повинна мати мінімальний страховий стаж (prazo de garantia) — потрібну кількість місяців із зареєстрованим заробітком.
rule-survivors_pension-reference_pension = Основа розрахунку — пенсія по інвалідності або за віком, яку отримувала людина, яка померла, або на яку вона мала б право на день смерті.
rule-family-spouse_marriage = Чоловік або дружина має право, якщо шлюб тривав щонайменше один рік, крім винятків.
rule-family-spouse_exceptions = Рік шлюбу не потрібен, якщо є спільна дитина (навіть ще не народжена), якщо смерть сталася внаслідок нещасного випадку або хвороби, що почалася після укладення шлюбу, або якщо фактичний шлюб і шлюб разом тривали понад два роки.
rule-family-ex_spouse_alimony = Колишній чоловік або колишня дружина (після розлучення або окремого проживання за рішенням суду) має право, якщо на день смерті йому або їй виплачували аліменти, призначені або затверджені судом.
rule-family-ex_spouse_no_means = Колишній чоловік або колишня дружина (або чоловік чи дружина, які проживали окремо за рішенням суду) без аліментів теж має право, якщо аліменти не призначили лише тому, що суд визнав: у людини, яка померла, не було на це коштів.
rule-family-judicially_separated = Чоловік або дружина, які проживали окремо за рішенням суду (окреме проживання з поділом майна), вважаються колишнім чоловіком або колишньою дружиною (діє правило про аліменти). Про це запитують, лише якщо вказано також партнера чи партнерку.
rule-survivors_pension-ex_spouse_cap = Пенсія колишнього чоловіка або колишньої дружини не може перевищувати суму аліментів, яку ця людина отримувала.
rule-survivors_pension-ex_spouse_cap_excess = Невідомо, чи переходить частина понад суму аліментів до інших отримувачів; у цьому приблизному розрахунку її не перерозподілено.
rule-survivors_pension-ex_spouse_cap_without_alimony = Якщо аліментів не було, бо людина, яка померла, не мала на це коштів, обмеження сумою аліментів не застосовується (обмеження в нуль скасувало б право).
rule-family-partner_union = Партнер або партнерка має право після понад двох років спільного життя з людиною, яка померла, як пара.
rule-family-partner_undissolved_marriage = Фактичний шлюб не дає права, поки людина, яка померла, перебувала в шлюбі з кимось іншим, хіба що подружжя проживало окремо за рішенням суду: у групі тоді залишається лише чоловік або дружина.
rule-family-new_union_ends = Новий шлюб або новий фактичний шлюб припиняє пенсію чоловіка чи дружини, колишнього чоловіка чи колишньої дружини або партнера чи партнерки.
rule-family-descendant_age = Нащадки мають право до 18 років; до 25 — у разі навчання в закладі середньої, післясередньої або вищої освіти; до 27 — у разі післядипломного навчання, магістратури, аспірантури або обов’язкового стажування.
rule-family-descendant_age_limit_reading = «Від 18 до 25 років» (або 27) тлумачиться як «до дня перед 25-м (або 27-м) днем народження», так само як «до 18» означає «молодше 18 років».
rule-family-descendant_disability = Нащадки з інвалідністю (які отримують сімейну допомогу у зв’язку з інвалідністю або соціальну допомогу для інклюзії — prestação social para a inclusão, PSI) мають право незалежно від віку.
rule-family-disabled_work_reading = Умова не працювати в межах обов’язкової системи страхування тлумачиться як умова для нащадків, які навчаються; нащадок з інвалідністю, який працює, зберігає право, поки отримує допомогу у зв’язку з інвалідністю або PSI.
rule-family-descendant_work = З 18 років нащадок не повинен працювати в межах обов’язкової системи страхування, крім роботи під час шкільних канікул або з річним доходом до 14 мінімальних зарплат.
rule-family-dependent_descendant = Онуки мають право, лише якщо були на утриманні людини, яка померла; пасинки й падчерки — лише якщо людина, яка померла, мала законний обов’язок їх утримувати.
rule-family-ascendants_last = Родичі за висхідною лінією (батьки, дідусі, бабусі) мають право, лише якщо права немає ні в чоловіка чи дружини, ні в колишнього чоловіка чи колишньої дружини, ні в партнера чи партнерки, ні в нащадків, і якщо вони були на утриманні людини, яка померла.
rule-family-other_relative_not_titular = Інші родичі не отримують пенсії у зв’язку з втратою годувальника.
rule-survivors_pension-class_rates = Кожна група отримує відсоток від базової пенсії залежно від кількості отримувачів; нащадки отримують подвійний відсоток, якщо ні чоловік чи дружина, ні колишній чоловік чи колишня дружина права не мають.
rule-survivors_pension-equal_split = Сума кожної групи ділиться порівну між її отримувачами.
rule-survivors_pension-duration_under_35 = Чоловік чи дружина, колишній чоловік чи колишня дружина або партнер чи партнерка, молодші 35 років на день смерті, отримують пенсію 5 років, крім випадків інвалідності або дітей на утриманні. Якщо дати народження немає, її запитують: тривалість ніколи не визначається за припущенням.
rule-survivors_pension-duration_exceptions = Винятки з обмеження в 5 років (непрацездатність, діти на утриманні) не підтверджено в тексті закону.
rule-survivors_pension-payments = Пенсію виплачують 14 разів на рік: щомісяця, а також додатково в липні та грудні.
rule-survivors_pension-start = Якщо подати заяву протягом 6 місяців після місяця смерті, пенсію виплачують з місяця після смерті; якщо пізніше — з місяця після подання заяви.
rule-descendants-posthumous_start = Дитині, яка народилася після смерті, пенсію виплачують від народження; 6-місячний строк відлічується від народження.
rule-death_grant-scheme = У загальній системі для одноразової допомоги у зв’язку зі смертю мінімальний страховий стаж не потрібен; у добровільному страхуванні потрібно 36 місяців внесків.
rule-death_grant-amount = Одноразова допомога у зв’язку зі смертю — це одноразова сума в розмірі 3 IAS, чинних на день смерті.
rule-death_grant-agricultural_special = У спеціальній сільськогосподарській системі (RESSAA) розмір одноразової допомоги у зв’язку зі смертю не підтверджено: офіційна сторінка згадує лише загальну й добровільну системи, а до 2013 року ця система платила менше (4, а не 6 середніх місячних заробітків). Показано 3 × IAS.
rule-death_grant-family = Право мають ті самі члени сім’ї, на тих самих умовах, що й на пенсію у зв’язку з втратою годувальника.
rule-death_grant-union_then_marriage = Виняток для фактичного шлюбу, після якого уклали шлюб (загалом понад 2 роки), стосується й одноразової допомоги у зв’язку зі смертю, бо умови для чоловіка чи дружини (art. 9.º) спільні для всіх виплат у зв’язку зі смертю.
rule-death_grant-split = Половина — групі чоловіка чи дружини, колишнього чоловіка чи колишньої дружини та партнера чи партнерки, половина — нащадкам; якщо однієї групи немає, усе отримує інша; усередині групи — порівну.
rule-death_grant-order = Родичі за висхідною лінією отримують допомогу, лише якщо немає чоловіка чи дружини, колишнього чоловіка чи колишньої дружини, партнера чи партнерки або нащадків із правом на неї; інші родичі — лише якщо немає нікого з них.
rule-death_grant-other_relatives = Якщо жоден член сім’ї не має права, допомогу можуть отримати інші родичі, свояки або прирівняні до них особи по прямій лінії (зокрема нащадки й родичі за висхідною лінією, які не відповідають умовам для членів сім’ї) або до 3-го ступеня бічної спорідненості.
rule-death_grant-other_relatives_conditions = Ці інші родичі мали жити з людиною, яка померла, спільним господарством (правило попередньої системи, Decreto 45266, art. 98.º, і системи CGA; у DL 322/90 не підтверджено).
rule-death_grant-other_relatives_order = Серед цих родичів отримують найближчі: спершу родичі по прямій низхідній лінії, потім по прямій висхідній, потім інші; у кожній — найближчий ступінь; між родичами одного ступеня — порівну.
rule-death_grant-deadline = Заяву на одноразову допомогу у зв’язку зі смертю потрібно подати протягом 6 місяців після смерті.
rule-funeral_refund-only_without_death_grant = Відшкодування можливе, лише коли ніхто не має права на одноразову допомогу у зв’язку зі смертю.
rule-funeral_refund-scheme = Людина, яка померла, мала бути зареєстрована в системі соціального страхування (джерела вимагають 1 місяць або 1 день реєстрації).
rule-funeral_refund-voluntary_scheme = Якщо людина, яка померла, мала добровільне соціальне страхування, вважається, що відшкодування теж можливе, з максимумом загальної системи; офіційна сторінка говорить про отримувачів загальної системи.
rule-funeral_refund-cap = Відшкодовуються фактичні витрати, але не більше ніж 3 IAS (1,5 IAS у спеціальній сільськогосподарській системі).
rule-funeral_refund-payer = Відшкодування отримує той, хто доведе, що оплатив похорон (рахунок і квитанція в оригіналі: fatura, recibo).
rule-funeral_refund-deadline = Заяву на відшкодування потрібно подати протягом 90 календарних днів поспіль від реєстрації смерті.
rule-widows_pension-deceased = Людина, яка померла, мала отримувати соціальну пенсію (за віком або по інвалідності).
rule-widows_pension-relation = Право має чоловік або дружина чи партнер або партнерка у фактичному шлюбі; колишній чоловік або колишня дружина — ні.
rule-widows_pension-nationality = Вдові або вдівцеві потрібне громадянство Португалії або статус, прирівняний до нього.
rule-widows_pension-residence = Вдова або вдівець має жити в Португалії.
rule-widows_pension-no_own_pension = Вдова або вдівець не може мати права на власну пенсію з жодної системи.
rule-widows_pension-income = Валовий дохід вдови або вдівця на місяць не може перевищувати 40 % IAS.
rule-widows_pension-relationship_length = На день смерті шлюб тривав понад один рік або фактичний шлюб — понад два роки (другої річниці фактичного шлюбу недостатньо: Lei 7/2001 каже «понад два роки»).
rule-widows_pension-amount = Пенсія вдови або вдівця становить 60 % соціальної пенсії.
rule-widows_pension-cumulation_cap = Разом із власною соціальною пенсією вдови або вдівця загальна сума не може перевищувати мінімальну пенсію загальної системи.
rule-non_contributory-start = Якщо подати заяву протягом 6 місяців після місяця смерті, пенсію виплачують з місяця після смерті; якщо пізніше — з місяця після подання заяви (офіційна сторінка про пенсію вдови або вдівця каже «mês seguinte ao do pedido» — місяць після заяви).
rule-orphans_pension-deceased_not_covered = Батько або мати, які померли, не були охоплені жодною системою соціального захисту.
rule-orphans_pension-deceased_short_record = Неохопленими також вважаються батько або мати, які сплачували внески, але не набрали мінімального страхового стажу для пенсії у зв’язку з втратою годувальника (менше 36 місяців): про це каже лише одне вторинне джерело.
rule-orphans_pension-age = Дитині має бути менше 18 років, і її не повинно бути емансиповано (тобто вона ще не набула повної дієздатності).
rule-orphans_pension-not_working = Дитина не повинна працювати в межах обов’язкової системи страхування.
rule-orphans_pension-nationality_residence = Дитині потрібне громадянство Португалії (або прирівняний статус), і вона має жити в Португалії.
rule-orphans_pension-resources = Перевірка доходів: (а) дохід дитини — до 40 % IAS, а дохід домогосподарства — до 1,5 IAS; або (б) дохід домогосподарства на одну особу — до 30 % IAS і є ситуація ризику.
rule-orphans_pension-amount = Пенсія для дітей, які втратили батька або матір, — це частка соціальної пенсії залежно від кількості дітей і від того, чи має право чоловік або дружина чи колишній чоловік або колишня дружина.
rule-orphans_pension-spouse_exists = Ставка залежить від того, чи залишила людина, яка померла, чоловіка або дружину чи колишнього чоловіка або колишню дружину (у таблиці: «є / немає чоловіка або дружини чи колишнього чоловіка або колишньої дружини»), незалежно від їхнього права на пенсію; партнер або партнерка у фактичному шлюбі, якщо читати дослівно, не враховується.
rule-funeral_allowance-payer = Хто оплатив похорон, має жити в Португалії (або прирівнюватися до резидентів) і довести оплату.
rule-funeral_allowance-deceased_resident = Людина, яка померла, мала жити в Португалії.
rule-funeral_allowance-not_cumulable = Допомогу на поховання не можна поєднувати з одноразовою допомогою у зв’язку зі смертю або з відшкодуванням витрат на поховання.
rule-funeral_allowance-fixed_amount = Допомога на поховання — це фіксована сума, яку оновлюють щороку.
rule-funeral_allowance-deadline = Заяву на допомогу на поховання потрібно подати протягом 6 місяців від 1-го дня місяця після смерті.
rule-third_party-form = Якщо смерть сталася внаслідок нещасного випадку з вини третьої особи, додається декларація RP 5078-DGSS.
rule-death_grant-late_claim = Жодне знайдене джерело не каже, що буває з одноразовою допомогою у зв’язку зі смертю, якщо заяву подано після 6 місяців: її можуть уже не виплатити, тому у звіті радять запитати в Segurança Social.
rule-funeral_refund-late_claim = Жодне знайдене джерело не каже, що буває з відшкодуванням витрат на поховання, якщо заяву подано після 90 днів: його можуть уже не виплатити, тому у звіті радять запитати в Segurança Social.
rule-funeral_allowance-late_claim = Жодне знайдене джерело не каже, що буває з допомогою на поховання, якщо заяву подано після 6 місяців: її можуть уже не виплатити, тому у звіті радять запитати в Segurança Social.
rule-calendar-enrolment_reminder = Нащадок віком від 18 років зберігає пенсію у зв’язку з втратою годувальника лише під час навчання, а вторинні джерела кажуть, що без довідки про навчання виплату призупиняють; календар нагадує щороку 1 жовтня — цю дату обрав Amparo (навчальний рік уже почався), бо жодне джерело її не називає.

## Deadlines against today (evaluate_on): what is left, and what a claim made today brings.
surv-deadline-open = Подайте заяву не пізніше { $date }: { $days ->
        [one] залишився { $days } день
        [few] залишилося { $days } дні
        [many] залишилося { $days } днів
       *[other] залишилося { $days } дня
    }.
surv-deadline-due_today = Сьогодні, { $date }, — останній день, щоб подати заяву.
surv-deadline-passed = Строк подання заяви закінчився { $date }, { $days ->
        [one] { $days } день тому
        [few] { $days } дні тому
        [many] { $days } днів тому
       *[other] { $days } дня тому
    }.
surv-deadline-claim_now-pension = Перший місяць виплати, якби заяву подали вчасно: { $start }. Перший місяць виплати, якщо подати заяву сьогодні: { $from }. Тож { $lost ->
        [one] { $lost } місяць не буде оплачено
        [few] { $lost } місяці не буде оплачено
        [many] { $lost } місяців не буде оплачено
       *[other] { $lost } місяця не буде оплачено
    }. Заяву можна подати будь-коли: що раніше ви її подасте, то менше втратите.
surv-deadline-claim_now-lump_sum = Джерела, які ми знайшли, не кажуть, що буває із заявою, поданою після цього строку: { $benefit ->
        [death_grant] одноразову допомогу у зв’язку зі смертю
        [funeral_expenses_refund] відшкодування витрат на поховання
       *[other] допомогу на поховання
    } можуть уже не виплатити. Перш ніж відмовитися від неї, запитайте в Segurança Social.

## The calendar (.ics) of the open deadlines and the dates that follow.
cal-name = Amparo: виплати у зв’язку зі смертю
cal-claim-summary = Останній день, щоб подати форму { $form }
cal-claim-description = Подайте форму { $form } ({ $name }) до Segurança Social найпізніше сьогодні. Ця форма — заява на:
cal-claim-benefit = – { $benefit }
cal-age_limit-summary = { $who }: { $age } років — надішліть довідку про навчання
cal-age_limit-description = { $who }: пенсія у зв’язку з втратою годувальника припиняється у { $age } років, якщо людина не навчається в школі чи університеті. Якщо навчається, надішліть до Segurança Social довідку про навчання (declaração de matrícula).
cal-enrolment-summary = Нагадування: довідка про навчання — { $who }
cal-enrolment-description = Нагадування від Amparo на початку навчального року: надішліть до Segurança Social довідку про навчання на цей навчальний рік (declaração de matrícula) — { $who }. Без неї виплату пенсії у зв’язку з втратою годувальника можуть призупинити. Жодне джерело не називає дати: якщо Segurança Social попросить довідку в інший день, робіть так, як там скажуть. Поки людина навчається, пенсія може тривати до { $until }.
cal-award_ends-summary = { $who }: останній день виплати — { $benefit ->
        [widows_pension] пенсія вдови або вдівця
        [orphans_pension] пенсія для дітей, які втратили батька або матір
       *[other] пенсія у зв’язку з втратою годувальника
    }
cal-award_ends-description = За вашими відповідями, { $date } — останній день виплати ({ $who }): { $benefit ->
        [widows_pension] пенсія вдови або вдівця
        [orphans_pension] пенсія для дітей, які втратили батька або матір
       *[other] пенсія у зв’язку з втратою годувальника
    }.

## The documents table (src/rules/survivors.json `documents`): doc-<id>. A document asked for
## each person names them ($who).
doc-death_certificate = Свідоцтво про смерть (certidão de óbito) або свідоцтво про народження з відміткою про смерть. Його видає відділ реєстрації актів цивільного стану (conservatória); попросіть копію «для Segurança Social» — вона дешевша.
doc-claimant_id = Документ, що посвідчує особу, і номер соціального страхування (NISS) кожної людини, яка подає заяву. Хто не має NISS, заповнює форму RV 1017-DGSS (іноземці — ще й RV 1006-DGSS).
doc-bank_account = IBAN банківського рахунку, на який кожна людина хоче отримувати виплати, і документ банку, де його видно (наприклад, виписка).
doc-marriage_certificate = { $who }: свідоцтво про шлюб з людиною, яка померла.
doc-union_proof = { $who }: підтвердження, що ця людина і людина, яка померла, понад 2 роки жили разом як пара (união de facto), — довідка від парафіяльної ради (junta de freguesia) за місцем проживання.
doc-alimony_decision = { $who }: рішення суду (або органу реєстрації актів цивільного стану) про аліменти, які отримувала ця людина, і підтвердження того, скільки сплачувалося на момент смерті. Якщо аліменти не призначили, бо людина, яка померла, не могла їх сплачувати, — рішення суду, де це сказано.
doc-birth_certificate = { $who }: свідоцтво про народження (або рішення про усиновлення).
doc-enrolment_proof = { $who }: довідка про навчання в школі чи університеті на цей навчальний рік (declaração de matrícula). Segurança Social просить її знову щороку.
doc-disability_proof = { $who }: підтвердження інвалідності — наприклад, що людина отримує сімейну допомогу у зв’язку з інвалідністю або соціальну допомогу на інклюзію (PSI).
doc-dependency_proof = { $who }: підтвердження, що ця людина була на утриманні людини, яка померла. Запитайте в Segurança Social, які документи там приймають.
doc-income_proof = Підтвердження доходів людини, яка подає заяву, і її домогосподарства (наприклад, розрахункові листи, довідки про пенсію або остання податкова декларація IRS) — для перевірки доходів.
doc-funeral_invoice = Рахунок-фактура і квитанція за похорон в оригіналі, з іменем того, хто платив, та іменем людини, яка померла.
doc-residence_proof = Підтвердження адреси людини, яка померла, і того, хто оплатив похорон.
doc-third_party_statement = Форма RP 5078-DGSS — декларація про дії третьої особи: заповніть її, якщо за нещасний випадок, що спричинив смерть, може відповідати інша людина.
