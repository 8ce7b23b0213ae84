# The survivors' benefits engine's words (pt): reasons, questions, steps, headlines and notices
# (`surv-…`), and the rules table's words: `rule-<id>`, `param-<id>`, `note-<parameter>-<date>`.

surv-ask-alimony_monthly = Quanto recebia por mês de pensão de alimentos fixada pelo tribunal (0 se nada)?
surv-ask-amount = Quanto custou o funeral (total das faturas)?
surv-ask-at_risk = Os serviços de ação social sinalizaram uma situação de risco ou disfunção social?
surv-ask-birth_date = Qual é a data de nascimento?
surv-ask-birth_date-what-their-date-birth = Qual é a data de nascimento? (A idade à data da morte decide quanto tempo dura a pensão.)
surv-ask-collateral_degree = Qual é o grau de parentesco (irmãos 2; tios e sobrinhos 3; afins na linha reta 1)?
surv-ask-common_child = Tem um filho com a pessoa que morreu, nascido ou por nascer?
surv-ask-common_child-do-they-have-children = Tem filhos com a pessoa que morreu, nascidos ou por nascer?
surv-ask-contribution_months = Quantos meses de descontos tinha a pessoa que morreu?
surv-ask-contribution_months-how-many-months-contributions = Quantos meses de descontos tinha a pessoa que morreu? (Consulte a Segurança Social Direta ou o extrato de remunerações.)
surv-ask-death_cause = A morte foi causada por doença ou por acidente?
surv-ask-dependent_on_deceased = Esta pessoa estava a cargo da pessoa que morreu?
surv-ask-disabled = Tem alguma deficiência reconhecida?
surv-ask-disabled-do-they-have-recognised = Tem uma deficiência ou incapacidade reconhecida?
surv-ask-education = Está matriculado(a) em algum ensino (secundário, superior ou pós-graduação)?
surv-ask-emancipated = Está emancipado(a) (casou)?
surv-ask-household_monthly_income = Qual é o rendimento bruto mensal de todo o agregado (quem vive com o órfão em economia comum)?
surv-ask-household_size = Quantas pessoas tem o agregado, contando com o órfão?
surv-ask-illness_began_after_marriage = A doença começou ou manifestou-se depois do casamento?
surv-ask-judicially_separated = Estava separado(a) judicialmente de pessoas e bens da pessoa que morreu (decisão do tribunal ou da conservatória)?
surv-ask-lived_with_deceased = Vivia com a pessoa que morreu na mesma casa, partilhando as despesas (comunhão de mesa e habitação)?
surv-ask-marriage_date = Em que data casaram?
surv-ask-monthly_income = Qual é o rendimento bruto mensal do órfão (0 se nenhum)?
surv-ask-monthly_income-what-their-gross-monthly = Qual é o seu rendimento bruto mensal (salários, rendas, outros; 0 se nenhum)?
surv-ask-national_or_equivalent = É português(a) ou equiparado(a)?
surv-ask-national_or_equivalent-widow = É português ou equiparado a português (por exemplo, com autorização de residência válida)?
surv-ask-no_alimony_deceased_lacked_means = Um tribunal reconheceu que a pessoa que morreu não tinha meios para pagar pensão de alimentos?
surv-ask-own_pension = Tem direito a alguma pensão própria (de velhice, invalidez ou outra, de qualquer regime)?
surv-ask-paid_by = Quem pagou o funeral?
surv-ask-reference_pension = Qual era (ou seria) a pensão mensal de velhice ou invalidez da pessoa que morreu?
surv-ask-resident = A pessoa que morreu residia em Portugal?
surv-ask-resident-does-person-paid-funeral = Quem pagou o funeral reside em Portugal?
surv-ask-resident-orphan = Reside em Portugal?
surv-ask-scheme = Em que regime de segurança social descontava a pessoa que morreu?
surv-ask-social_pension_recipient = A pessoa que morreu recebia a pensão social (de velhice ou de invalidez)?
surv-ask-union_start_date = Desde quando viviam juntos em união de facto?
surv-ask-union_start_date-since-when-they-live = Desde quando viviam em união de facto?
surv-ask-works_compulsory_scheme = Trabalha com descontos obrigatórios para a Segurança Social (fora das férias escolares)?
surv-ask-works_compulsory_scheme-orphan = Trabalha com descontos obrigatórios para a Segurança Social?
surv-benefit-death_grant = Subsídio por morte
surv-benefit-funeral_allowance = Subsídio de funeral
surv-benefit-funeral_expenses_refund = Reembolso das despesas de funeral
surv-benefit-orphans_pension = Pensão de orfandade
surv-benefit-survivors_pension = Pensão de sobrevivência
surv-benefit-widows_pension = Pensão de viuvez
surv-class-ascendants = Ascendentes
surv-class-descendants = Descendentes
surv-class-spouses = Cônjuges e unidos de facto
surv-death_grant-agricultural_special-info = No regime especial agrícola (RESSAA) o valor não pôde ser confirmado: mostra-se o do regime geral, mas pode ser menor.
surv-death_grant-amount-met = O subsídio por morte é { $multiple } vezes o IAS em vigor à data da morte.
surv-death_grant-deadline = Peça até { $date } ({ $months } meses a contar da morte; algumas fontes contam em dias).
surv-death_grant-family-info = Os familiares têm de reunir as mesmas condições que na pensão de sobrevivência.
surv-death_grant-family-info-no-one-family-given = Ninguém na família indicada reúne as condições.
surv-death_grant-headline-eligible = Tem provavelmente direito: { $total } de uma só vez, para { $people ->
        [one] { $people } pessoa
       *[other] { $people } pessoas
    }.
surv-death_grant-headline-needs-info = Faltam respostas para decidir o subsídio por morte.
surv-death_grant-headline-not-eligible = Provavelmente não tem direito ao subsídio por morte.
surv-death_grant-order-info = Há familiares com direito, por isso os outros parentes não recebem.
surv-death_grant-order-met = Não há cônjuge nem descendentes com direito: recebem os ascendentes.
surv-death_grant-other_relatives-info = Nenhum familiar tem direito: o subsídio pode ir para outros parentes ou afins, na linha reta ou até ao { $max_degree }.º grau da linha colateral.
surv-death_grant-other_relatives-met = { $who } é parente ou afim na linha reta.
surv-death_grant-other_relatives-too-far = { $who } é parente no { $degree }.º grau, além do { $max_degree }.º grau admitido.
surv-death_grant-other_relatives-within = { $who } é parente ou afim no { $degree }.º grau, até ao { $max_degree }.º grau admitido.
surv-death_grant-other_relatives_conditions-met = { $who } vivia com a pessoa que morreu em comunhão de mesa e habitação.
surv-death_grant-other_relatives_conditions-not-met = { $who } não vivia com a pessoa que morreu em comunhão de mesa e habitação.
surv-death_grant-other_relatives_order-met = Recebem os mais próximos: primeiro a linha reta descendente, depois a ascendente, depois os restantes; e, em cada uma, o grau mais próximo.
surv-death_grant-scheme-agricultural = O regime especial agrícola é um regime contributivo obrigatório: não é exigido prazo de garantia.
surv-death_grant-scheme-general = No regime geral não é exigido prazo de garantia.
surv-death_grant-scheme-voluntary-months = No seguro social voluntário são precisos { $needed } meses de descontos; a pessoa que morreu tinha { $had }.
surv-death_grant-split-met = Há cônjuge e descendentes: o subsídio divide-se entre os dois grupos.
surv-death_grant-split-met-group = Partes iguais dentro do grupo ({ $group }).
surv-death_grant-union_then_marriage-info = Esta exceção lê-se como valendo também para o subsídio por morte (as condições do cônjuge são as mesmas das duas prestações).
surv-family-ascendants_last-not-met = { $who } não tem direito porque há cônjuge, unido de facto ou descendentes com direito.
surv-family-dependent-met = { $who } estava a cargo da pessoa que morreu.
surv-family-dependent-not-met = { $who } não estava a cargo da pessoa que morreu.
surv-family-descendant_age-not-studying = { $who } tinha { $age } anos e não estudava.
surv-family-descendant_age-over-limit = { $who } tinha { $age } anos: o limite{ $study ->
        [secondary_higher] {" "}no ensino secundário ou superior
        [postgraduate] {" "}em pós-graduação ou estágio obrigatório
       *[none] {""}
    } é { $limit }.
surv-family-descendant_age-posthumous = { $who } nasceu ou vai nascer depois da morte: tem direito desde o nascimento.
surv-family-descendant_age-studying = { $who } tinha { $age } anos e estudava{ $study ->
        [secondary_higher] {" "}no ensino secundário ou superior
        [postgraduate] {" "}em pós-graduação ou estágio obrigatório
       *[none] {""}
    }: o limite é { $limit } anos.
surv-family-descendant_age-under-base = { $who } tinha { $age } anos à data da morte: menos de { $base }.
surv-family-descendant_age_limit_reading-info = O limite "até aos { $limit } anos" lê-se como até à véspera de fazer { $limit } anos.
surv-family-descendant_disability-met = { $who } tem deficiência: não há limite de idade.
surv-family-descendant_work-not-met = { $who } trabalha com descontos obrigatórios (salvo trabalho em férias ou rendimento anual baixo, que não foram indicados).
surv-family-disabled_work_reading-info = { $who } trabalha com descontos, mas a condição de não trabalhar lê-se como própria dos estudantes: mantém o direito enquanto receber a prestação por deficiência ou a PSI.
surv-family-ex_spouse_alimony-info = { $who } não recebia pensão de alimentos da pessoa que morreu à data da morte.
surv-family-ex_spouse_alimony-met = { $who } recebia { $alimony } por mês de pensão de alimentos.
surv-family-ex_spouse_alimony-not-met = { $who } não recebia pensão de alimentos da pessoa que morreu à data da morte, nem um tribunal reconheceu a falta de meios da pessoa que morreu.
surv-family-ex_spouse_no_means-met = { $who } não recebia pensão de alimentos só porque um tribunal reconheceu que a pessoa que morreu não tinha meios para a pagar.
surv-family-judicially_separated-info = { $who } estava separado(a) judicialmente de pessoas e bens: aplicam-se as regras do ex-cônjuge.
surv-family-new_union_ends-not-met = { $who } voltou a casar ou vive em nova união de facto, o que faz cessar o direito.
surv-family-new_union_ends-not-met-has-remarried-lives-new = { $who } voltou a casar ou vive em nova união.
surv-family-other_relative_not_titular-info = { $who } não é cônjuge, descendente nem ascendente.
surv-family-partner-spouse-separated = { $spouse } e a pessoa que morreu estavam separados judicialmente: a união de facto de { $who } pode contar.
surv-family-partner-undissolved-marriage = A pessoa que morreu ainda estava casado com { $spouse }: uma união de facto ao lado de um casamento não dissolvido não dá direito.
surv-family-partner_union-met = { $who } vivia em união de facto desde { $union_start }: mais de { $years } anos.
surv-family-partner_union-not-met = A união de facto de { $who } começou em { $union_start }: não passou de { $years } anos à data da morte.
surv-family-spouse_exceptions-accident = A morte resultou de acidente.
surv-family-spouse_exceptions-child = { $who } tem um filho com a pessoa que morreu (nascido ou por nascer).
surv-family-spouse_exceptions-illness = A doença que causou a morte começou depois do casamento.
surv-family-spouse_exceptions-none = Nenhuma exceção se aplica ao casamento de { $who }, de menos de { $min_years ->
        [one] { $min_years } ano
       *[other] { $min_years } anos
    }.
surv-family-spouse_exceptions-union = União de facto desde { $union_start } e casamento somam mais de { $union_years } anos.
surv-family-spouse_marriage-info = O casamento de { $who } ({ $married }) durou menos de { $min_years ->
        [one] { $min_years } ano
       *[other] { $min_years } anos
    }; vê-se se há uma exceção.
surv-family-spouse_marriage-met = { $who } casou com a pessoa que morreu em { $married }: o casamento durou pelo menos { $min_years ->
        [one] { $min_years } ano
       *[other] { $min_years } anos
    }.
surv-from-born-after-death = { $who } nasceu depois da morte: paga-se desde o nascimento ({ $birth }).
surv-from-late-claim-after-birth = Pedido depois do prazo contado do nascimento ({ $deadline }): paga-se desde o mês seguinte ao pedido.
surv-from-unborn = { $who } ainda não nasceu: paga-se desde o nascimento; peça-a nos meses seguintes ao nascimento.
surv-funeral_allowance-deadline = Peça até { $date }: { $window } meses a contar do 1.º dia do mês seguinte à morte.
surv-funeral_allowance-deceased_resident-met = A pessoa que morreu residia em Portugal.
surv-funeral_allowance-deceased_resident-not-met = A pessoa que morreu não residia em Portugal.
surv-funeral_allowance-fixed_amount-met = O subsídio de funeral é de { $amount }.
surv-funeral_allowance-headline-eligible = Tem provavelmente direito: { $amount } de uma só vez a quem pagou o funeral.
surv-funeral_allowance-headline-needs-info = Faltam respostas para decidir o subsídio de funeral.
surv-funeral_allowance-headline-not-eligible = Provavelmente não tem direito ao subsídio de funeral.
surv-funeral_allowance-met-person-paid-funeral-lives = Quem pagou o funeral reside em Portugal; tem de provar o pagamento (recibo original da agência funerária).
surv-funeral_allowance-not-met-no-funeral-expenses-paid = Não foram indicadas despesas de funeral pagas.
surv-funeral_allowance-not-met-person-paid-funeral-does = Quem pagou o funeral não reside em Portugal.
surv-funeral_allowance-not_cumulable-death-grant-unknown = Há quem tenha direito ao subsídio por morte (o seu valor para esta data não está na tabela), que não se acumula com o subsídio de funeral.
surv-funeral_allowance-not_cumulable-met = Não há direito ao subsídio por morte nem ao reembolso das despesas de funeral.
surv-funeral_allowance-not_cumulable-other-eligible = Há direito provável ao { $other ->
        [death_grant] subsídio por morte
       *[funeral_expenses_refund] reembolso das despesas de funeral
    }, que não se acumula com o subsídio de funeral.
surv-funeral_allowance-not_cumulable-other-first = Primeiro é preciso decidir o { $other ->
        [death_grant] subsídio por morte
       *[funeral_expenses_refund] reembolso das despesas de funeral
    }.
surv-funeral_allowance-not_cumulable-other-unknown = O { $other ->
        [death_grant] subsídio por morte
       *[funeral_expenses_refund] reembolso das despesas de funeral
    } não pôde ser estimado para esta data, e este subsídio depende dele.
surv-funeral_refund-cap-met = São reembolsadas as despesas efetivas até { $cap }.
surv-funeral_refund-deadline = Peça até { $date }: { $days } dias seguidos a contar do registo do óbito.
surv-funeral_refund-deadline-from-death = Peça até { $date }: o prazo é de { $days } dias a contar do registo do óbito; sem essa data, conta-se a partir da morte, o que dá a data mais cedo possível.
surv-funeral_refund-deadline-info = O prazo é de { $days } dias seguidos a contar do registo do óbito.
surv-funeral_refund-death_grant-pending = Primeiro é preciso saber se alguém tem direito ao subsídio por morte.
surv-funeral_refund-headline-eligible = Tem provavelmente direito: reembolso de { $amount } a quem pagou o funeral.
surv-funeral_refund-headline-needs-info = Faltam respostas para decidir o reembolso das despesas de funeral.
surv-funeral_refund-headline-not-eligible = Provavelmente não tem direito ao reembolso das despesas de funeral.
surv-funeral_refund-met = Ninguém tem direito ao subsídio por morte.
surv-funeral_refund-met-deceased-had-had-months = A pessoa que morreu tinha { $had } meses de descontos.
surv-funeral_refund-not-met = Há quem tenha direito ao subsídio por morte, que substitui o reembolso.
surv-funeral_refund-not-met-deceased-had-no-contribution = A pessoa que morreu não tinha registo de descontos (segundo algumas fontes, é preciso { $min_months ->
        [one] { $min_months } mês
       *[other] { $min_months } meses
    }).
surv-funeral_refund-not-met-deceased-not-registered-social = A pessoa que morreu não estava inscrito num regime de segurança social.
surv-funeral_refund-not-met-no-funeral-expenses-were = Não foram indicadas despesas de funeral.
surv-funeral_refund-not-met-someone-entitled-death-grant = Há quem tenha direito ao subsídio por morte (o seu valor para esta data não está na tabela), que substitui o reembolso.
surv-funeral_refund-paid-by = O funeral foi pago por { $payer }: { $spent }. Guarde a fatura e o recibo originais.
surv-funeral_refund-voluntary_scheme-info = A pessoa que morreu estava no seguro social voluntário: lê-se que o reembolso também se aplica, com o limite do regime geral.
surv-group-ascendants = ascendentes
surv-group-descendants = descendentes
surv-group-others = outros parentes e afins
surv-group-spouses = cônjuges e unidos de facto
surv-headline-value-unknown = Não é possível estimar este apoio: a tabela de regras não tem o valor «{ $value }» em vigor em { $date }. Nada foi presumido.
surv-notice-estimate = Isto é uma estimativa com base nas suas respostas, não uma decisão: só a Segurança Social decide, depois do pedido.
surv-notice-projection = Projeção: a tabela ainda não tem valores para { $year }; usam-se os últimos conhecidos ({ $latest }). Os montantes reais serão atualizados.
surv-notice-unconfirmed = Alguns resultados usam regras ou valores que não puderam ser confirmados no texto oficial; estão assinalados.
surv-notice-value-unknown = A tabela de regras não tem todos os valores legais para esta data: os apoios que dependem deles ficam por estimar, e os restantes foram decididos.
surv-orphans_pension-age-met = { $who } tinha { $age } anos: menos de { $limit }.
surv-orphans_pension-age-not-met = Não foram indicados filhos da pessoa que morreu.
surv-orphans_pension-age-not-met-age-not-under-limit = { $who } tinha { $age } anos: não tinha menos de { $limit }.
surv-orphans_pension-amount-met = { $rate } da pensão social para { $orphans ->
        [one] { $orphans } órfão
       *[other] { $orphans } órfãos
    }, repartidos por igual.
surv-orphans_pension-column-with-spouse = com cônjuge ou ex-cônjuge
surv-orphans_pension-column-without-spouse = sem cônjuge nem ex-cônjuge
surv-orphans_pension-deadline = Pedindo até { $date }, a pensão é paga desde o mês seguinte à morte; depois, desde o mês seguinte ao pedido.
surv-orphans_pension-deceased_short_record-met = A pessoa que morreu descontou, mas sem prazo de garantia para a pensão de sobrevivência: conta como não abrangido.
surv-orphans_pension-emancipated = { $who } está emancipado(a).
surv-orphans_pension-headline-eligible = Tem provavelmente direito: { $total } por mês no total, para { $orphans ->
        [one] { $orphans } órfão
       *[other] { $orphans } órfãos
    }.
surv-orphans_pension-headline-needs-info = Faltam respostas para decidir a pensão de orfandade.
surv-orphans_pension-headline-not-eligible = Provavelmente não tem direito à pensão de orfandade.
surv-orphans_pension-info = a) não se verifica: o rendimento do órfão ou do agregado passa o limite.
surv-orphans_pension-met = A pessoa que morreu não estava abrangido por nenhum regime.
surv-orphans_pension-met-b-income-per-person = b) Rendimento por pessoa { $per_person } ≤ { $pp_limit } e situação de risco sinalizada.
surv-orphans_pension-met-s-income-own-own = a) Rendimento de { $who } { $own } ≤ { $own_limit } e do agregado { $hh } ≤ { $hh_limit }.
surv-orphans_pension-national-met = { $who } é português(a) ou equiparado(a).
surv-orphans_pension-national-not-met = Não se verifica: { $who } é português(a) ou equiparado(a).
surv-orphans_pension-not-met = A pessoa que morreu estava abrangida por um regime contributivo: aplica-se a pensão de sobrevivência.
surv-orphans_pension-not-met-b-no-risk-situation = b) Não há situação de risco sinalizada, e a) não se verifica.
surv-orphans_pension-not_working-under-age = Abaixo dos { $age } anos não se pergunta por trabalho nem emancipação.
surv-orphans_pension-resident-met = { $who } reside em Portugal.
surv-orphans_pension-resident-not-met = Não se verifica: { $who } reside em Portugal.
surv-orphans_pension-resources-per-person-over = b) Rendimento por pessoa { $per_person } passa o limite de { $pp_limit }.
surv-orphans_pension-spouse_exists-info = Não há cônjuge nem ex-cônjuge da pessoa que morreu: aplica-se a coluna "sem cônjuge" da tabela (uma pessoa em união de facto não conta).
surv-orphans_pension-spouse_exists-listed = Há cônjuge ou ex-cônjuge da pessoa que morreu ({ $spouses }): aplica-se a coluna "há cônjuge" da tabela, tenha ou não direito a alguma pensão.
surv-orphans_pension-works = { $who } trabalha com descontos obrigatórios.
surv-payer-unnamed = quem pagou
surv-scheme-none = A pessoa que morreu não estava abrangido por nenhum regime contributivo.
surv-start-in-time = Pedida a tempo, paga-se desde { $start }, o mês seguinte à morte.
surv-start-late-claim = O pedido, em { $claim }, é feito depois do prazo ({ $deadline }): paga-se desde { $start }, e não desde o mês seguinte à morte.
surv-step-death_grant = { $multiple } × IAS { $ias } = { $total }
surv-step-death_grant-equal-shares = { $share } ÷ { $n } { $group } = { $each } cada{ $leftover ->
        [0] {""}
        [one] {" "}(1 cêntimo a mais para a primeira pessoa da lista)
       *[other] {" "}({ $leftover } cêntimos a mais, um a cada uma das primeiras { $leftover } pessoas da lista)
    }
surv-step-death_grant-groups = { $share } para { $first_group }: { $first }; o resto para { $second_group }: { $second }
surv-step-funeral_allowance = Montante fixo em { $year }: { $amount }
surv-step-funeral_refund = Limite: { $multiple } × IAS { $ias } = { $cap }
surv-step-funeral_refund-reimbursement-lower-spent-cap = Reembolso: o menor entre { $spent } e { $cap } = { $amount }
surv-step-orphans_pension = Limites: { $own_rate } × IAS = { $own_limit }; { $hh_mult } × IAS = { $hh_limit }; { $pp_rate } × IAS = { $pp_limit } (IAS { $ias })
surv-step-orphans_pension-equal-shares = { $total } ÷ { $n } = { $each } cada
surv-step-orphans_pension-per-person = Rendimento por pessoa: { $income } ÷ { $size } = { $per_person }
surv-step-orphans_pension-rate = { $orphans ->
        [one] { $orphans } órfão
       *[other] { $orphans } órfãos
    }, { $column }: { $rate } × pensão social { $social } = { $total }
surv-step-survivors_pension = { $who }: parte de { $share } limitada à pensão de alimentos, { $alimony }
surv-step-survivors_pension-class = { $class } ({ $n ->
        [one] { $n } titular
       *[other] { $n } titulares
    }): { $rate } × { $base } = { $total }
surv-step-survivors_pension-equal-shares = { $total } ÷ { $n } = { $each } cada{ $leftover ->
        [0] {""}
        [one] {" "}(o cêntimo que sobra vai para a primeira pessoa da lista)
       *[other] {" "}(os { $leftover } cêntimos que sobram vão, um a cada, para as primeiras { $leftover } pessoas da lista)
    }
surv-step-widows_pension = { $rate } × pensão social { $social } = { $full }
surv-step-widows_pension-income-limit-rate-ias = Limite de rendimento: { $rate } × IAS { $ias } = { $limit }
surv-step-widows_pension-minimum-pension-minimum-own = { $who }: pensão mínima { $minimum } − pensão social própria { $own } = { $room }
surv-step-yearly = { $who }: { $amount } × { $payments } pagamentos = { $yearly } por ano
surv-survivors_pension-class_rates-met = { $class }: { $rate } da pensão de referência.
surv-survivors_pension-deadline = Pedindo até { $date }, a pensão é paga desde o mês seguinte à morte; depois, só desde o mês seguinte ao pedido.
surv-survivors_pension-duration_exceptions-met = { $who } tinha menos de { $age_limit } anos, mas tem deficiência ou filhos com a pessoa que morreu: a pensão não fica limitada a { $years } anos.
surv-survivors_pension-duration_under_35-met = { $who } tinha { $age } anos à data da morte ({ $age_limit } ou mais): a pensão é vitalícia.
surv-survivors_pension-duration_under_35-met-under-age-limit-death = { $who } tinha menos de { $age_limit } anos à data da morte, sem filhos com a pessoa que morreu nem deficiência: a pensão dura { $years } anos.
surv-survivors_pension-equal_split-met = O montante da classe é repartido por igual entre { $n } pessoas.
surv-survivors_pension-ex_spouse_cap-met = A pensão de { $who } fica limitada à pensão de alimentos que recebia ({ $alimony }).
surv-survivors_pension-ex_spouse_cap_excess-info = A diferença ({ $excess }) não foi atribuída a ninguém neste cálculo.
surv-survivors_pension-ex_spouse_cap_without_alimony-info = { $who } não recebia pensão de alimentos: não se aplica o limite da pensão de alimentos.
surv-survivors_pension-headline-eligible = Tem provavelmente direito: { $total } por mês no total, para { $people ->
        [one] { $people } pessoa
       *[other] { $people } pessoas
    }.
surv-survivors_pension-headline-needs-info = Faltam respostas para decidir a pensão de sobrevivência.
surv-survivors_pension-headline-not-eligible = Provavelmente não tem direito à pensão de sobrevivência.
surv-survivors_pension-payments-info = Paga { $payments } vezes por ano (inclui julho e dezembro).
surv-survivors_pension-qualifying_period-months = A pessoa que morreu tinha { $months } meses de descontos; são precisos pelo menos { $needed }.
surv-survivors_pension-reference_pension-info = Pensão de referência da pessoa que morreu: { $base } por mês.
surv-until-age-enrolment = Até fazer { $limit } anos, enquanto provar a matrícula{ $study ->
        [secondary_higher] {" "}no ensino secundário ou superior
        [postgraduate] {" "}em pós-graduação ou estágio obrigatório
       *[none] {""}
    }.
surv-until-age-posthumous = Até fazer { $base } anos (ou mais, se estudar).
surv-until-age-study = Até fazer { $limit } anos{ $study ->
        [secondary_higher] {" "}no ensino secundário ou superior
        [postgraduate] {" "}em pós-graduação ou estágio obrigatório
       *[none] {""}
    }.
surv-until-conditions-last = Enquanto se mantiverem as condições.
surv-until-disabled = Sem limite de idade, enquanto se mantiver a deficiência.
surv-until-life = Vitalícia, salvo novo casamento ou união de facto.
surv-until-orphans-age = Até fazer { $limit } anos ou se emancipar, enquanto se mantiver a condição de recursos.
surv-until-widows-means-test = Enquanto se mantiverem as condições de recursos; cessa com novo casamento ou união de facto.
surv-until-years = Paga durante { $years } anos.
surv-widows_pension-amount-met = A pensão de viuvez é { $rate } da pensão social.
surv-widows_pension-cumulation_cap-met = Com a pensão social própria, o total não pode passar da pensão mínima ({ $minimum }).
surv-widows_pension-deadline = Pedindo até { $date }, a pensão deve ser paga desde o mês seguinte à morte.
surv-widows_pension-deceased-met = A pessoa que morreu recebia a pensão social.
surv-widows_pension-deceased-not-met = A pessoa que morreu não recebia a pensão social.
surv-widows_pension-headline-eligible = Tem provavelmente direito: { $total } por mês.
surv-widows_pension-headline-needs-info = Faltam respostas para decidir a pensão de viuvez.
surv-widows_pension-headline-not-eligible = Provavelmente não tem direito à pensão de viuvez.
surv-widows_pension-income = Rendimento bruto mensal de { $who }: { $income } (limite { $limit }).
surv-widows_pension-national = { $met ->
        [no] Não se verifica: { $who } é português ou equiparado.
       *[yes] { $who } é português ou equiparado.
    }
surv-widows_pension-no-own-pension = { $met ->
        [no] Não se verifica: { $who } não tem pensão própria.
       *[yes] { $who } não tem pensão própria.
    }
surv-widows_pension-relation-not-met = { $who } é ex-cônjuge: a pensão de viuvez é só para o cônjuge ou unido de facto.
surv-widows_pension-relation-not-met-judicially-separated-from-deceased = { $who } estava separado(a) judicialmente da pessoa que morreu: como um ex-cônjuge, não tem direito à pensão de viuvez.
surv-widows_pension-relation-not-met-no-spouse-partner-given = Não foi indicado cônjuge nem unido de facto.
surv-widows_pension-relationship_length-met = Casados desde { $married }: mais de { $years ->
        [one] { $years } ano
       *[other] { $years } anos
    }.
surv-widows_pension-relationship_length-met-union-fact-since-union = União de facto desde { $union_start }: mais de { $years ->
        [one] { $years } ano
       *[other] { $years } anos
    }.
surv-widows_pension-relationship_length-not-met = Casados desde { $married }: não mais de { $years ->
        [one] { $years } ano
       *[other] { $years } anos
    }.
surv-widows_pension-relationship_length-not-met-union-fact-since-union = União de facto desde { $union_start }: não mais de { $years ->
        [one] { $years } ano
       *[other] { $years } anos
    }.
surv-widows_pension-resident = { $met ->
        [no] Não se verifica: { $who } reside em Portugal.
       *[yes] { $who } reside em Portugal.
    }

## The rules table (src/rules/survivors.json): what each rule and parameter is, and notes on values.
param-ias = Indexante dos Apoios Sociais (IAS), valor mensal
note-ias-2021-01-01 = Em 2021 o IAS não foi atualizado; o mecanismo legal não foi identificado.
param-social_pension = Pensão social de velhice e invalidez (regime não contributivo), valor mensal de base
note-social_pension-2023-07-01 = Atualização intercalar a meio do ano de 2023.
note-social_pension-2026-01-01 = Nenhuma fonte consultada indica este valor diretamente.
param-minimum_pension = Pensão mínima do regime geral (carreiras inferiores a 15 anos): limite da acumulação da pensão de viuvez com a pensão social
note-minimum_pension-2019-01-01 = Calculado: 275,30 € de 2020 ÷ 1,007 (atualização de 0,7 % das pensões mais baixas em 2020); nenhuma fonte guardada o confirma.
note-minimum_pension-2021-01-01 = Em 2021 não houve atualização regular das pensões; o valor de 2020 mantém-se.
note-minimum_pension-2023-01-01 = Calculado: 278,05 € de 2022 × 1,0483 (a atualização de janeiro de 2023 das pensões até 2 IAS, a mesma que levou a pensão social de 213,91 € a 224,24 €); nenhuma fonte guardada o confirma.
param-funeral_allowance-amount = Subsídio de funeral: montante fixo
note-funeral_allowance-amount-2019-08-28 = O valor em vigor entre 1 de janeiro e 27 de agosto de 2019 (Portaria n.º 160/2018) não foi encontrado.
note-funeral_allowance-amount-2026-01-01 = O número da portaria de 2026 não foi identificado.
param-funeral_allowance-claim_window_months = Subsídio de funeral: meses para requerer, a contar do 1.º dia do mês seguinte à morte
param-survivors_pension-qualifying_months-general = Pensão de sobrevivência: prazo de garantia no regime geral (meses com registo de remunerações)
param-survivors_pension-qualifying_months-agricultural_special = Pensão de sobrevivência: prazo de garantia no regime especial agrícola / rural (meses)
note-survivors_pension-qualifying_months-agricultural_special-1990-10-18 = As fontes indicam o mesmo prazo do regime geral para o regime rural.
param-survivors_pension-qualifying_months-voluntary = Pensão de sobrevivência: prazo de garantia no seguro social voluntário (meses de contribuições)
param-survivors_pension-rate-spouses = Pensão de sobrevivência: percentagem para cônjuges, ex-cônjuges e unidos de facto (1 titular; 2 ou mais)
param-survivors_pension-rate-descendants_with_spouse = Pensão de sobrevivência: percentagem para descendentes havendo cônjuge ou ex-cônjuge com direito (1; 2; 3 ou mais)
param-survivors_pension-rate-descendants_without_spouse = Pensão de sobrevivência: percentagem para descendentes sem cônjuge ou ex-cônjuge com direito (o dobro)
param-survivors_pension-rate-ascendants = Pensão de sobrevivência: percentagem para ascendentes (1; 2; 3 ou mais)
param-survivors_pension-marriage_min_years = Pensão de sobrevivência: duração mínima do casamento, salvo exceções (anos)
param-survivors_pension-union_min_years = União de facto: duração que tem de ser excedida (anos); também a soma união + casamento que dispensa o ano de casamento
param-descendants-age_limit = Descendentes: idade até à qual têm sempre direito (anos)
param-descendants-age_limit_secondary_higher = Descendentes: idade-limite se matriculados no ensino secundário, pós-secundário ou superior (anos)
param-descendants-age_limit_postgraduate = Descendentes: idade-limite em pós-graduação, mestrado, doutoramento ou estágio obrigatório (anos)
param-survivors_pension-short_duration_age = Pensão de sobrevivência: idade do cônjuge ou unido de facto abaixo da qual a pensão é temporária (anos)
note-survivors_pension-short_duration_age-1990-10-18 = Só fontes secundárias (SSA 2003, Expresso 2023); o artigo do DL 322/90 não foi encontrado.
param-survivors_pension-short_duration_years = Pensão de sobrevivência: duração da pensão temporária (anos)
param-pension-payments_per_year = Pensões: número de pagamentos por ano (12 meses, mais julho e dezembro)
param-survivors_pension-claim_window_months = Pensão de sobrevivência: meses, a contar do mês seguinte à morte, para requerer com pagamento desde o mês seguinte à morte
param-non_contributory-claim_window_months = Pensões de viuvez e orfandade: meses, a contar do mês seguinte à morte, para requerer com pagamento desde o mês seguinte à morte
note-non_contributory-claim_window_months-1990-10-18 = A página oficial da pensão de viuvez (2024) diz, à letra, 'a partir do mês seguinte ao da apresentação do requerimento' nos dois casos.
param-death_grant-ias_multiple = Subsídio por morte: montante em múltiplos do IAS
param-death_grant-qualifying_months-voluntary = Subsídio por morte: prazo de garantia no seguro social voluntário (meses)
param-death_grant-spouse_group_share = Subsídio por morte: parte do grupo do cônjuge quando também há descendentes com direito
note-death_grant-spouse_group_share-1990-10-18 = Confirmado só para o regime da CGA; no regime geral só a ordem de prioridade está confirmada.
param-death_grant-other_relatives_max_collateral_degree = Subsídio por morte: grau máximo da linha colateral dos outros parentes, na falta de familiares com direito
param-death_grant-claim_window_months = Subsídio por morte: prazo para requerer, em meses a contar da morte
note-death_grant-claim_window_months-1990-10-18 = Algumas fontes dizem 180 dias.
param-funeral_refund-cap_ias_multiple = Reembolso das despesas de funeral: limite em múltiplos do IAS
param-funeral_refund-cap_ias_multiple_agricultural = Reembolso das despesas de funeral: limite para o regime especial agrícola (RESSAA), em múltiplos do IAS
param-funeral_refund-min_contribution_months = Reembolso das despesas de funeral: registo mínimo da pessoa que morreu (meses)
note-funeral_refund-min_contribution_months-1990-10-18 = As fontes dividem-se entre 1 mês e 1 dia; a página oficial não indica mínimo.
param-funeral_refund-claim_window_days = Reembolso das despesas de funeral: prazo em dias seguidos a contar do registo do óbito
param-widows_pension-rate = Pensão de viuvez: percentagem da pensão social
param-widows_pension-income_limit_ias_rate = Pensão de viuvez: rendimento bruto mensal máximo do viúvo, em fração do IAS
param-widows_pension-marriage_min_years = Pensão de viuvez: duração do casamento que tem de ser excedida (anos)
note-widows_pension-marriage_min_years-1990-10-18 = A página oficial não lista esta condição.
param-widows_pension-union_min_years = Pensão de viuvez: duração mínima da união de facto (anos)
note-widows_pension-union_min_years-1990-10-18 = A página oficial não lista esta condição.
param-orphans_pension-rate-with_spouse = Pensão de orfandade: percentagem da pensão social havendo cônjuge ou ex-cônjuge com direito (1; 2; 3 ou mais órfãos)
param-orphans_pension-rate-without_spouse = Pensão de orfandade: percentagem da pensão social sem cônjuge ou ex-cônjuge com direito
param-orphans_pension-age_limit = Pensão de orfandade: idade até à qual é paga (maioridade)
param-orphans_pension-own_income_limit_ias_rate = Pensão de orfandade, condição a): rendimento bruto mensal do órfão, em fração do IAS
param-orphans_pension-household_limit_ias_multiple = Pensão de orfandade, condição a): rendimento mensal do agregado, em múltiplos do IAS
param-orphans_pension-per_person_limit_ias_rate = Pensão de orfandade, condição b): rendimento do agregado por pessoa, em fração do IAS (com situação de risco)
note-orphans_pension-per_person_limit_ias_rate-1990-10-18 = Algumas fontes secundárias indicam 40 %; as páginas oficiais indicam 30 %.
param-minors-work_or_marriage_min_age = Idade a partir da qual um menor pode trabalhar ou casar (e assim emancipar-se)
note-minors-work_or_marriage_min_age-1990-10-18 = Usada só para não fazer perguntas inúteis sobre crianças mais novas.
param-form-contributory_death_benefits = Requerimento de Prestações por Morte (pensão de sobrevivência e subsídio por morte)
param-form-non_contributory_pensions = Requerimento das pensões de viuvez e de orfandade (regime não contributivo)
param-form-funeral_allowance = Requerimento do subsídio de funeral
param-form-funeral_refund = Requerimento de reembolso das despesas de funeral
param-form-third_party_liability = Declaração sobre facto imputável a terceiro (morte por acidente)
rule-survivors_pension-scheme = A pessoa que morreu tem de estar abrangido por um regime contributivo (geral, rural/agrícola ou seguro social voluntário).
rule-survivors_pension-qualifying_period = A pessoa que morreu tem de ter o prazo de garantia em meses com registo de remunerações.
rule-survivors_pension-reference_pension = A base é a pensão de invalidez ou velhice que a pessoa que morreu recebia ou a que teria direito à data da morte.
rule-family-spouse_marriage = O cônjuge tem direito se o casamento durou pelo menos um ano, salvo exceções.
rule-family-spouse_exceptions = O ano de casamento não é exigido se houver filho comum (mesmo por nascer), se a morte resultar de acidente ou de doença surgida depois do casamento, ou se união de facto e casamento somarem mais de dois anos.
rule-family-ex_spouse_alimony = O ex-cônjuge (divorciado ou separado judicialmente) tem direito se recebia pensão de alimentos fixada ou homologada judicialmente à data da morte.
rule-family-ex_spouse_no_means = O ex-cônjuge (ou cônjuge separado judicialmente) sem pensão de alimentos também tem direito se esta não foi fixada só por falta de capacidade económica da pessoa que morreu, judicialmente reconhecida.
rule-family-judicially_separated = Um cônjuge separado judicialmente de pessoas e bens é tratado como ex-cônjuge (regra da pensão de alimentos). Só se pergunta quando também há uma pessoa em união de facto.
rule-survivors_pension-ex_spouse_cap = A pensão do ex-cônjuge não pode exceder a pensão de alimentos que recebia.
rule-survivors_pension-ex_spouse_cap_excess = Não se sabe se a parte acima da pensão de alimentos é redistribuída pelos outros titulares; não é redistribuída neste cálculo.
rule-survivors_pension-ex_spouse_cap_without_alimony = Quando não havia pensão de alimentos por falta de meios da pessoa que morreu, o limite da pensão de alimentos não se aplica (um limite de zero anularia o direito).
rule-family-partner_union = O unido de facto tem direito se vivia com a pessoa que morreu há mais de dois anos em condições análogas às dos cônjuges.
rule-family-partner_undissolved_marriage = A união de facto não dá direitos enquanto a pessoa que morreu estava casada com outra pessoa, salvo separação judicial de pessoas e bens: o cônjuge fica sozinho na sua classe.
rule-family-new_union_ends = Um novo casamento ou união de facto faz cessar a pensão do cônjuge, ex-cônjuge ou unido de facto.
rule-family-descendant_age = Os descendentes têm direito até aos 18 anos; até aos 25 se estudarem no secundário, pós-secundário ou superior; até aos 27 em pós-graduação, mestrado, doutoramento ou estágio obrigatório.
rule-family-descendant_age_limit_reading = "Dos 18 aos 25 anos" (ou 27) lê-se como até à véspera de fazer 25 (ou 27) anos, tal como "até aos 18" quer dizer menos de 18.
rule-family-descendant_disability = Os descendentes com deficiência (com prestação familiar por deficiência ou prestação social para a inclusão) têm direito sem limite de idade.
rule-family-disabled_work_reading = A condição de não trabalhar com descontos obrigatórios lê-se como própria dos descendentes que estudam; um descendente com deficiência que trabalha mantém o direito enquanto receber a prestação por deficiência ou a PSI.
rule-family-descendant_work = A partir dos 18 anos, o descendente não pode exercer atividade abrangida por regime obrigatório, salvo trabalho em férias escolares ou rendimentos anuais até 14 vezes o salário mínimo.
rule-family-dependent_descendant = Netos e bisnetos só têm direito se estavam a cargo da pessoa que morreu; enteados só se a pessoa que morreu tinha o dever legal de lhes prestar alimentos.
rule-family-ascendants_last = Os ascendentes só têm direito se não houver cônjuge, ex-cônjuge, unido de facto ou descendente com direito, e se estavam a cargo da pessoa que morreu.
rule-family-other_relative_not_titular = Outros parentes não são titulares da pensão de sobrevivência.
rule-survivors_pension-class_rates = Cada classe recebe uma percentagem da pensão de referência, conforme o número de titulares; os descendentes recebem o dobro se não houver cônjuge ou ex-cônjuge com direito.
rule-survivors_pension-equal_split = O montante de cada classe é dividido em partes iguais pelos seus titulares.
rule-survivors_pension-duration_under_35 = O cônjuge, ex-cônjuge ou unido de facto com menos de 35 anos à data da morte recebe a pensão durante 5 anos, salvo deficiência ou filhos a cargo. Sem a data de nascimento, esta é pedida: a duração nunca se presume.
rule-survivors_pension-duration_exceptions = As exceções ao limite de 5 anos (incapacidade, filhos a cargo) não foram confirmadas no texto legal.
rule-survivors_pension-payments = A pensão é paga 14 vezes por ano: mensalmente e ainda em julho e em dezembro.
rule-survivors_pension-start = Pedida nos 6 meses seguintes ao mês da morte, a pensão é paga desde o mês seguinte à morte; depois, desde o mês seguinte ao pedido.
rule-descendants-posthumous_start = Um filho nascido depois da morte recebe desde o nascimento; o prazo de 6 meses conta-se a partir do nascimento.
rule-death_grant-scheme = No regime geral o subsídio por morte não exige prazo de garantia; no seguro social voluntário exige 36 meses de contribuições.
rule-death_grant-amount = O subsídio por morte é um montante único igual a 3 vezes o IAS à data da morte.
rule-death_grant-agricultural_special = No regime especial das atividades agrícolas (RESSAA) o valor do subsídio por morte não foi confirmado: a página oficial só refere o regime geral e o voluntário, e antes de 2013 este regime pagava menos (4 e não 6 remunerações médias). Mostra-se 3 × IAS.
rule-death_grant-family = Têm direito os mesmos familiares, nas mesmas condições, que na pensão de sobrevivência.
rule-death_grant-union_then_marriage = A exceção da união de facto seguida de casamento (mais de 2 anos no total) vale também para o subsídio por morte, porque as condições do cônjuge (art. 9.º) são comuns às prestações por morte.
rule-death_grant-split = Metade para o grupo do cônjuge, ex-cônjuge e unido de facto, metade para os descendentes; tudo a um grupo se o outro não existir; partes iguais dentro de cada grupo.
rule-death_grant-order = Os ascendentes só recebem se não houver cônjuge, ex-cônjuge, unido de facto nem descendentes com direito; os outros parentes só na falta de todos estes.
rule-death_grant-other_relatives = Se nenhum familiar tiver direito, o subsídio pode ir para outros parentes, afins ou equiparados na linha reta (incluindo descendentes e ascendentes que não reúnem as condições de familiar) ou até ao 3.º grau da linha colateral.
rule-death_grant-other_relatives_conditions = Estes outros parentes têm de ter vivido com a pessoa que morreu em comunhão de mesa e habitação (regra do regime anterior, Decreto 45266, art. 98.º, e do regime da CGA; não confirmada no DL 322/90).
rule-death_grant-other_relatives_order = Entre esses parentes recebem os mais próximos: a linha reta descendente, depois a ascendente, depois os restantes; em cada uma, o grau mais próximo; partes iguais entre os do mesmo grau.
rule-death_grant-deadline = O subsídio por morte deve ser pedido nos 6 meses seguintes à morte.
rule-funeral_refund-only_without_death_grant = O reembolso só existe quando ninguém tem direito ao subsídio por morte.
rule-funeral_refund-scheme = A pessoa que morreu tem de estar inscrito num regime de segurança social (as fontes exigem 1 mês ou 1 dia de registo).
rule-funeral_refund-voluntary_scheme = Quando a pessoa que morreu estava no seguro social voluntário, lê-se que o reembolso também se aplica, com o limite do regime geral; a página oficial fala dos beneficiários do regime geral.
rule-funeral_refund-cap = São reembolsadas as despesas efetivas, até 3 vezes o IAS (1,5 vezes no regime especial agrícola).
rule-funeral_refund-payer = O reembolso é pago a quem prove ter pago o funeral (fatura e recibo originais).
rule-funeral_refund-deadline = O reembolso deve ser pedido nos 90 dias seguidos a contar do registo do óbito.
rule-widows_pension-deceased = A pessoa que morreu tinha de receber a pensão social (de velhice ou de invalidez).
rule-widows_pension-relation = Tem direito o cônjuge ou a pessoa que vivia em união de facto com a pessoa que morreu; o ex-cônjuge não.
rule-widows_pension-nationality = O viúvo tem de ser português ou equiparado a português.
rule-widows_pension-residence = O viúvo tem de residir em Portugal.
rule-widows_pension-no_own_pension = O viúvo não pode ter direito a pensão própria de qualquer regime.
rule-widows_pension-income = O rendimento bruto mensal do viúvo não pode passar de 40 % do IAS.
rule-widows_pension-relationship_length = Casados há mais de um ano, ou em união de facto há mais de dois anos, à data da morte (o 2.º aniversário da união não chega: a Lei 7/2001 fala em "mais de dois anos").
rule-widows_pension-amount = A pensão de viuvez é 60 % da pensão social.
rule-widows_pension-cumulation_cap = Acumulada com a pensão social do próprio, a soma não pode passar da pensão mínima do regime geral.
rule-non_contributory-start = Pedida até 6 meses depois do mês da morte, a pensão é paga desde o mês seguinte à morte; depois, desde o mês seguinte ao pedido (a página oficial da pensão de viuvez diz 'mês seguinte ao do pedido').
rule-orphans_pension-deceased_not_covered = O progenitor falecido não estava abrangido por nenhum regime de proteção social.
rule-orphans_pension-deceased_short_record = Conta também como não abrangido o progenitor que descontou sem chegar ao prazo de garantia da pensão de sobrevivência (menos de 36 meses): só uma fonte secundária o diz.
rule-orphans_pension-age = O órfão tem de ter menos de 18 anos e não estar emancipado.
rule-orphans_pension-not_working = O órfão não pode exercer atividade abrangida por regime obrigatório.
rule-orphans_pension-nationality_residence = O órfão tem de ser português (ou equiparado) e residir em Portugal.
rule-orphans_pension-resources = Condição de recursos: a) rendimento do órfão até 40 % do IAS e do agregado até 1,5 IAS; ou b) rendimento do agregado por pessoa até 30 % do IAS e situação de risco.
rule-orphans_pension-amount = A pensão de orfandade é uma percentagem da pensão social conforme o número de órfãos e a existência de cônjuge ou ex-cônjuge com direito.
rule-orphans_pension-spouse_exists = A taxa depende de a pessoa que morreu ter deixado cônjuge ou ex-cônjuge (a tabela diz "há / não há cônjuge ou ex-cônjuge"), tenha ou não direito a alguma pensão; uma pessoa em união de facto não conta, à letra.
rule-funeral_allowance-payer = Quem pagou o funeral tem de residir em Portugal (ou ser equiparado) e provar que o pagou.
rule-funeral_allowance-deceased_resident = A pessoa que morreu tinha de residir em Portugal.
rule-funeral_allowance-not_cumulable = O subsídio de funeral não se acumula com o subsídio por morte nem com o reembolso das despesas de funeral.
rule-funeral_allowance-fixed_amount = O subsídio de funeral é um montante fixo, atualizado anualmente.
rule-funeral_allowance-deadline = O subsídio de funeral deve ser pedido nos 6 meses a contar do 1.º dia do mês seguinte à morte.
rule-third_party-form = Se a morte resultou de acidente causado por terceiro, junta-se a declaração RP 5078-DGSS.
rule-death_grant-late_claim = Nenhuma fonte encontrada diz o que acontece a um subsídio por morte pedido depois dos 6 meses: pode já não ser pago, por isso o relatório diz para perguntar à Segurança Social.
rule-funeral_refund-late_claim = Nenhuma fonte encontrada diz o que acontece a um reembolso das despesas de funeral pedido depois dos 90 dias: pode já não ser pago, por isso o relatório diz para perguntar à Segurança Social.
rule-funeral_allowance-late_claim = Nenhuma fonte encontrada diz o que acontece a um subsídio de funeral pedido depois dos 6 meses: pode já não ser pago, por isso o relatório diz para perguntar à Segurança Social.
rule-calendar-enrolment_reminder = Um descendente com 18 anos ou mais só mantém a pensão de sobrevivência enquanto tiver matrícula, e fontes secundárias dizem que é suspensa sem a prova da matrícula; o calendário lembra todos os anos a 1 de outubro, data escolhida pelo Amparo (o ano letivo já começou), porque nenhuma fonte indica uma.

## Deadlines against today (evaluate_on): what is left, and what a claim made today brings.
surv-deadline-open = Peça até { $date }: { $days ->
        [one] falta 1 dia
       *[other] faltam { $days } dias
    }.
surv-deadline-due_today = Hoje, { $date }, é o último dia para pedir.
surv-deadline-passed = O prazo para pedir terminou em { $date }, há { $days ->
        [one] 1 dia
       *[other] { $days } dias
    }.
surv-deadline-claim_now-pension = Pedida dentro do prazo, seria paga desde { $start }. Se pedir hoje, é paga desde { $from }: { $lost ->
        [one] 1 mês fica
       *[other] { $lost } meses ficam
    } por pagar. Ainda pode pedir, em qualquer altura: quanto mais cedo pedir, menos perde.
surv-deadline-claim_now-lump_sum = As fontes que encontrámos não dizem o que acontece a um pedido feito depois deste prazo: o { $benefit ->
        [death_grant] subsídio por morte
        [funeral_expenses_refund] reembolso das despesas de funeral
       *[other] subsídio de funeral
    } pode já não ser pago. Pergunte à Segurança Social antes de desistir.

## The calendar (.ics) of the open deadlines and the dates that follow.
cal-name = Amparo: prestações por morte
cal-claim-summary = Último dia para entregar o formulário { $form }
cal-claim-description = Entregue o formulário { $form } ({ $name }) à Segurança Social até hoje, o mais tardar. Serve para pedir:
cal-claim-benefit = – { $benefit }
cal-age_limit-summary = { $who } faz { $age } anos: envie a prova de matrícula
cal-age_limit-description = A pensão de sobrevivência de { $who } termina aos { $age } anos, a não ser que tenha matrícula numa escola ou universidade. Se estudar, envie à Segurança Social a declaração de matrícula.
cal-enrolment-summary = Lembrete: prova de matrícula de { $who }
cal-enrolment-description = Lembrete do Amparo no início do ano letivo: envie à Segurança Social a declaração de matrícula de { $who } neste ano letivo. Sem ela, a pensão de sobrevivência pode ser suspensa. Nenhuma fonte indica uma data: se a Segurança Social a pedir noutra data, siga o que ela disser. Enquanto { $who } estudar, a pensão pode durar até { $until }.
cal-award_ends-summary = Último dia da { $benefit ->
        [widows_pension] pensão de viuvez
        [orphans_pension] pensão de orfandade
       *[other] pensão de sobrevivência
    } de { $who }
cal-award_ends-description = Pelas suas respostas, { $date } é o último dia da { $benefit ->
        [widows_pension] pensão de viuvez
        [orphans_pension] pensão de orfandade
       *[other] pensão de sobrevivência
    } de { $who }.

## The documents table (src/rules/survivors.json `documents`): doc-<id>. A document asked for
## each person names them ($who).
doc-death_certificate = A certidão de óbito, ou uma certidão de nascimento com o óbito averbado. Pede-se na conservatória do registo civil; peça a certidão «para efeitos de Segurança Social», que custa menos.
doc-claimant_id = O documento de identificação e o número de Segurança Social (NISS) de cada pessoa que pede. Quem não tem NISS preenche o formulário RV 1017-DGSS (os cidadãos estrangeiros também o RV 1006-DGSS).
doc-bank_account = O IBAN da conta bancária onde cada pessoa quer receber, com um documento do banco que o mostre (por exemplo, um extrato).
doc-marriage_certificate = A certidão de casamento de { $who } com a pessoa que morreu.
doc-union_proof = A prova de que { $who } e a pessoa que morreu viviam juntos como casal (união de facto) há mais de 2 anos: uma declaração da junta de freguesia onde viviam.
doc-alimony_decision = A decisão do tribunal (ou da conservatória) que fixou a pensão de alimentos que { $who } recebia, e a prova do que era pago à data da morte. Se não foram fixados alimentos porque a pessoa que morreu não os podia pagar, a decisão do tribunal que o diz.
doc-birth_certificate = A certidão de nascimento de { $who } (ou a decisão de adoção).
doc-enrolment_proof = A declaração de matrícula de { $who } numa escola ou universidade neste ano letivo. A Segurança Social volta a pedi-la em cada ano letivo.
doc-disability_proof = A prova da deficiência de { $who }: por exemplo, a prova de que recebe a bonificação do abono de família por deficiência ou a prestação social para a inclusão (PSI).
doc-dependency_proof = A prova de que { $who } vivia a cargo da pessoa que morreu. Pergunte à Segurança Social que documentos aceita.
doc-income_proof = A prova dos rendimentos de quem pede e do seu agregado familiar (por exemplo, recibos de vencimento, declarações de pensão ou a última declaração de IRS), para a condição de recursos.
doc-funeral_invoice = A fatura e o recibo do funeral, os originais, com o nome de quem pagou e o nome da pessoa que morreu.
doc-residence_proof = A prova da morada da pessoa que morreu e de quem pagou o funeral.
doc-third_party_statement = O formulário RP 5078-DGSS, a declaração sobre um ato de terceiro: preencha-o se outra pessoa puder ser responsável pelo acidente que causou a morte.
