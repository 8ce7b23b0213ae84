# The interface's words (ui), pt.
caption-death = Sobre a morte
caption-deceased = Sobre a pessoa que morreu
caption-family = A família
caption-funeral = O funeral

check-next = Se estiver tudo certo, veja o resultado. Pode sempre voltar e alterar.
check-see_results = Ver o resultado
check-title = Verifique as suas respostas

choice-cause-accident = Acidente
choice-cause-illness = Doença
choice-dont_know = Não sei
choice-education-higher = Ensino superior (licenciatura)
choice-education-none = Não estuda
choice-education-postgraduate = Pós-graduação, mestrado, doutoramento ou estágio obrigatório
choice-education-secondary = Ensino secundário ou pós-secundário
choice-no = Não
choice-scheme-agricultural_special = Regime especial agrícola
choice-scheme-general = Regime geral (trabalho por conta de outrem ou independente)
choice-scheme-none = Nenhum: nunca descontou
choice-scheme-voluntary = Seguro social voluntário
choice-unknown = Outra
choice-yes = Sim

confidence-derived = Parte deste resultado usa valores calculados a partir de outros, não publicados oficialmente.
confidence-official = Regras confirmadas no texto oficial.
confidence-secondary = Parte deste resultado usa regras que não puderam ser confirmadas no texto oficial (fontes secundárias).
confidence-seed_only = Parte deste resultado vem de um único guia não oficial.
confidence-unverified = Parte deste resultado usa regras que não foi possível confirmar: confirme com a Segurança Social.

delete-button = Apagar as minhas respostas
delete-done = As suas respostas foram apagadas deste aparelho.

embed-full_site = Abrir a Amparo num separador novo
embed-privacy = Privacidade (separador novo)

errors-internal = Ocorreu um erro interno. As suas respostas estão guardadas; tente recarregar a página.
errors-required = Responda a esta pergunta para continuar.
errors-title = Há um problema

field-alimony_monthly = Pensão de alimentos mensal
field-at_risk = Situação de risco sinalizada
field-birth_date = Data de nascimento
field-claim_date = Data do pedido
field-collateral_degree = Grau de parentesco
field-common_child = Tem filho com a pessoa que morreu
field-death_date = Data da morte
field-death_registration_date = Data do registo do óbito
field-dependent_on_deceased = Estava a cargo da pessoa que morreu
field-disabled = Tem deficiência reconhecida
field-education = Estudos
field-emancipated = Está emancipado(a)
field-funeral_amount = Quanto custou o funeral?
field-household_monthly_income = Rendimento mensal do agregado
field-household_size = Pessoas no agregado
field-illness_began_after_marriage = A doença começou depois do casamento
field-judicially_separated = Separado(a) judicialmente de pessoas e bens
field-lived_with_deceased = Vivia com a pessoa que morreu (mesma casa e despesas)
field-marriage_date = Data do casamento
field-monthly_income = Rendimento bruto mensal
field-name = Nome (opcional)
field-national_or_equivalent = Português ou equiparado
field-no_alimony_deceased_lacked_means = Sem pensão de alimentos por falta de meios da pessoa que morreu, reconhecida pelo tribunal
field-other = Outra resposta
field-own_pension = Tem pensão própria
field-own_social_pension = Pensão social própria (mensal)
field-payer_resident = Quem pagou vive em Portugal?
field-projection = Tipo de consulta
field-relation = Relação com a pessoa que morreu
field-remarried = Voltou a casar ou vive em nova união de facto
field-resident = Vive em Portugal
field-union_start_date = Início da vida em comum (união de facto)
field-works_compulsory_scheme = Trabalha com descontos obrigatórios

footer-estimate = Amparo dá orientações e estimativas, não decisões: só a Segurança Social (e, no NISS, a AIMA e as Finanças) decide.
footer-privacy = Privacidade: o que fica guardado e como apagar
footer-version = Versão

funeral-nobody = Ninguém ainda, ou não houve despesas
funeral-other = Outra pessoa ou entidade

help-alimony-body = É o valor que um tribunal (ou a conservatória do registo civil) fixou para um ex-cônjuge receber todos os meses depois do divórcio ou da separação. Conta o que estava a receber à data da morte.
help-alimony-title = O que é a pensão de alimentos?
help-common_household-body = Viver na mesma casa que a pessoa que morreu e partilhar as refeições e as despesas do dia a dia. Quando nenhum familiar próximo tem direito ao subsídio por morte, outros parentes podem recebê-lo se viviam assim com ela.
help-common_household-title = O que é viver em comunhão de mesa e habitação?
help-compulsory-body = É o sistema em que quem trabalha tem de descontar para a Segurança Social: o regime geral dos trabalhadores por conta de outrem e independentes. O seguro social voluntário é para quem não está obrigado mas decide descontar.
help-compulsory-title = O que é um regime obrigatório?
help-ias-body = O Indexante dos Apoios Sociais é um valor de referência, atualizado todos os anos, a partir do qual se calculam muitas prestações e os limites de rendimento (por exemplo, 40 % do IAS).
help-ias-title = O que é o IAS?
help-resident-body = Conta quem vive habitualmente em Portugal, incluindo estrangeiros com autorização de residência válida. Também são tratados como residentes, por exemplo, funcionários do Estado português no estrangeiro e trabalhadores abrangidos por acordos internacionais ou pelas regras da União Europeia.
help-resident-title = O que conta como residir em Portugal?
help-separation-body = É uma decisão de um tribunal ou de uma conservatória que separa o casal sem o divorciar. Para estes apoios, quem estava separado assim conta como ex-cônjuge, e uma união de facto só conta se a pessoa que morreu não estava casada ou estava separada desta forma.
help-separation-title = O que é a separação judicial de pessoas e bens?
help-social_pension-body = É uma pensão de velhice ou invalidez paga a quem tem poucos rendimentos e não descontou o suficiente. Não depende de descontos, mas de uma condição de recursos.
help-social_pension-title = O que é a pensão social?
help-unborn-body = Um filho da pessoa que morreu que nasça depois da morte tem os mesmos direitos, a partir do nascimento. Um filho que nasceu sem vida (nado-morto) dá direito ao subsídio de funeral a quem pagou o funeral.
help-unborn-title = E um filho que ainda não nasceu?
help-union-body = Duas pessoas que vivem juntas como um casal sem serem casadas. Para estas prestações conta a partir de mais de dois anos de vida em comum, que se prova, por exemplo, com uma declaração da junta de freguesia.
help-union-title = O que é uma união de facto (viver juntos como um casal)?

hint-cause = Importa só para algumas regras, por exemplo num casamento com menos de um ano.
hint-contributions = Vê-se na Segurança Social Direta (Carreira contributiva) ou num extrato pedido num balcão. Um ano são 12 meses.
hint-death_date = Está na certidão de óbito. Os valores usados são os em vigor nessa data.
hint-death_date_planning = Pode ser uma data futura: usam-se os últimos valores conhecidos e o resultado diz que é uma projeção.
hint-funeral_amount = O total das faturas da agência funerária, em euros. Guarde os originais: são precisos para pedir.
hint-more = Esta resposta pode mudar o resultado. Se não souber, escolha «Não sei»: o resultado dirá o que falta.
hint-name = Só para as perguntas e o resultado serem mais claros; não sai deste aparelho.
hint-pension = A pensão de velhice ou de invalidez, em euros por mês, antes de descontos. Se ainda não era pensionista, é a pensão a que teria direito; a Segurança Social calcula-a. Veja a última carta de pensão ou a Segurança Social Direta.
hint-people = Junte cada familiar que possa ter direito: cônjuge ou companheiro(a) em união de facto, ex-cônjuge, filhos, enteados, netos, pais, avós. Se é você, junte-se a si também.
hint-relation = Um filho adotado conta como filho.
hint-scheme = Quem trabalhou em Portugal com descontos está quase sempre no regime geral.

home-lead = Ajuda prática depois de uma morte na família e para tratar do número de Segurança Social (NISS).
home-niss = Para quem vem viver para Portugal: os documentos, os passos e as cartas para pedir ou corrigir o NISS.
home-private = As suas respostas ficam só neste aparelho. Nada é enviado.
home-survivors = Veja a que prestações da Segurança Social a família pode ter direito, quanto, até quando e como pedir.
home-title = Amparo

lang-switch = Idioma
lang-load_failed = Não foi possível abrir esta língua (sem ligação?). Tente de novo quando estiver ligado.
lang-switched = Idioma alterado para português.

link-new_tab = (abre num separador novo)

nav-back = Voltar
nav-change = Alterar
nav-continue = Continuar
nav-home = Ir para o início
nav-loading = A preparar a próxima pergunta…
nav-skip = Saltar para o conteúdo

notfound-title = Página não encontrada

outcome-info = nota
outcome-met = cumprida
outcome-missing = falta saber
outcome-not_met = não cumprida

people-add = Juntar um familiar
people-none = Ainda não juntou ninguém.
people-person = Pessoa
people-remove = Remover
people-unborn = Ainda não nasceu

privacy-delete = Como apagar: use «Apagar as minhas respostas», no fim de cada página. Antes de apagar, pode escolher apagar só as respostas de uma das ferramentas.
privacy-how_long = Durante quanto tempo: até as apagar, ou até limpar os dados do navegador.
privacy-offline = Para funcionar sem internet, o navegador guarda também uma cópia dos ficheiros da própria Amparo (as páginas, o programa e as regras). Essa cópia não tem nenhuma das suas respostas; uma versão nova substitui-a.
privacy-title = Privacidade
privacy-what = O que fica guardado: as respostas que escreve, os documentos que assinala, o idioma escolhido e a última página vista.
privacy-where = Onde: só neste aparelho, no armazenamento local do navegador (localStorage). Nada é enviado para nenhum servidor; não há cookies nem estatísticas.
privacy-widget = Quando a Amparo aparece dentro da página de outro site, as respostas ficam no armazenamento próprio da Amparo para esse site, à parte da página do site, que não as consegue ler; «Apagar as minhas respostas», dentro da Amparo, apaga-as.

q-cause = Qual foi a causa da morte?
q-contributions = Quantos meses de descontos tinha a pessoa que morreu?
q-death_date = Em que data morreu a pessoa?
q-death_date_planning = Que data quer usar para a simulação?
q-funeral = Quem pagou o funeral?
q-more_fallback = Mais uma pergunta
q-pension = Que pensão mensal recebia, ou receberia, a pessoa que morreu?
q-people = Quem era a família da pessoa que morreu?
q-person = Quem é este familiar?
q-resident = A pessoa que morreu vivia em Portugal?
q-scheme = Em que regime de segurança social descontava a pessoa que morreu?
q-social_pension = A pessoa que morreu recebia a pensão social?
q-start = Esta consulta é sobre…

relation-child = Filho ou filha
relation-ex_spouse = Ex-cônjuge (divorciado ou separado judicialmente)
relation-grandchild = Neto ou neta
relation-grandparent = Avô ou avó
relation-other_relative = Outro familiar ou afim (irmão, irmã, tio, tia, sobrinho, sobrinha, genro, nora…)
relation-parent = Pai ou mãe
relation-partner = Companheiro ou companheira em união de facto (viviam juntos como um casal)
relation-spouse = Cônjuge
relation-stepchild = Enteado ou enteada

results-calculation = Cálculo
results-change_answers = Alterar as respostas
results-channel = Entregue o formulário na Segurança Social Direta (na Internet), num balcão da Segurança Social ou por correio.
results-chart_label = Como a pensão de sobrevivência se reparte pela família
results-contact_title = Dúvidas?
results-deadline = Prazo
results-form = Formulário
results-from = Desde
results-how_to_claim = Como pedir
results-once = de uma só vez
results-per_month = por mês
results-per_year = por ano (14 pagamentos)
results-print = Imprimir
results-projection = Projeção com os últimos valores conhecidos: os montantes reais serão atualizados.
results-rules_for = Valores para mortes em
results-save = Guardar uma cópia
results-source = fonte
results-ss_line = Linha Segurança Social: 300 502 502 ou 210 545 400 (dias úteis, 9h–18h). Do estrangeiro: +351 300 502 502 ou +351 210 545 400.
results-still_needed = Para decidir, falta saber
results-title = O que pode pedir
results-until = Até
results-why = Porquê: as regras aplicadas e as fontes

resume-body = Há respostas guardadas neste aparelho.
resume-continue = Continuar
resume-restart = Começar de novo
resume-title = Continuar onde ficou?

start-happened = Uma morte que já aconteceu
start-planning = Planear com antecedência: o que a minha família receberia

status-eligible = Tem provavelmente direito
status-needs_info = Faltam respostas
status-not_eligible = Provavelmente não tem direito
status-value_unknown = Não é possível estimar

storage-migrated = As respostas guardadas eram de uma versão anterior e foram convertidas. Confirme-as.
storage-newer = As respostas guardadas foram escritas por uma versão mais recente da Amparo. Ficam como estão: recarregue a página para usar a versão nova. Até lá, o que responder nesta página não fica guardado.
storage-reload = Recarregar a página
storage-repaired = Parte das respostas guardadas não pôde ser lida e ficou de fora; o resto foi mantido. Confirme as suas respostas.
storage-reset = Não foi possível ler as respostas guardadas (estavam danificadas). Começou de novo.
storage-unavailable = Este navegador não deixa guardar dados: pode usar a ferramenta, mas as respostas perdem-se ao fechar a página.

survivors-intro = Responda a algumas perguntas sobre a pessoa que morreu e a família. No fim vê cada prestação da Segurança Social: se há direito provável, quanto, para quem, até quando e como pedir. As respostas ficam só neste aparelho.
survivors-tool = Prestações por morte
niss-tool = Documentos para o NISS

tabs-deleted = As suas respostas foram apagadas noutro separador.
tabs-updated = As suas respostas foram alteradas noutro separador. Esta página mostra-as agora.

update-button = Atualizar agora
update-ready = Há uma versão nova da Amparo pronta a usar. As suas respostas ficam como estão.

# --- question flow (issue 13) ---
page-title = { $title } – Amparo
page-title-error = Erro: { $title } – Amparo

date-day = Dia
date-month = Mês
date-year = Ano
date-example = Por exemplo, 27 3 2007
date-what-birth_date = A data de nascimento de { $who }
date-what-claim_date = A data do pedido
date-what-death_date = A data da morte
date-what-death_registration_date = A data do registo do óbito
date-what-marriage_date = A data do casamento de { $who }
date-what-other = A data
date-what-union_start_date = O início da união de facto de { $who }
errors-date-missing-day = { $what } tem de incluir o dia.
errors-date-missing-day_month = { $what } tem de incluir o dia e o mês.
errors-date-missing-day_year = { $what } tem de incluir o dia e o ano.
errors-date-missing-month = { $what } tem de incluir o mês.
errors-date-missing-month_year = { $what } tem de incluir o mês e o ano.
errors-date-missing-year = { $what } tem de incluir o ano.
errors-date-real = { $what } tem de ser uma data real.
errors-date-year_digits = { $what } tem de ter o ano com 4 algarismos, por exemplo 2007.

errors-required-alimony_monthly = Escreva quanto { $who } recebia por mês de pensão de alimentos (0 se nada), ou escolha «Não sei».
errors-required-at_risk = Escolha se os serviços de ação social sinalizaram uma situação de risco de { $who }, ou «Não sei».
errors-required-claim_date = Escreva a data do pedido, ou escolha «Não sei».
errors-required-collateral_degree = Escreva o grau de parentesco de { $who } com a pessoa que morreu, ou escolha «Não sei».
errors-required-common_child = Escolha se { $who } tem um filho com a pessoa que morreu, ou «Não sei».
errors-required-contribution_months = Escreva quantos meses de descontos tinha a pessoa que morreu, ou escolha «Não sei».
errors-required-death_cause = Escolha se a morte foi causada por doença ou por acidente, ou «Não sei».
errors-required-death_date = Escreva a data da morte: dia, mês e ano.
errors-required-death_registration_date = Escreva a data do registo do óbito, ou escolha «Não sei».
errors-required-deceased_resident = Escolha se a pessoa que morreu vivia em Portugal, ou «Não sei».
errors-required-dependent_on_deceased = Escolha se { $who } estava a cargo da pessoa que morreu, ou «Não sei».
errors-required-disabled = Escolha se { $who } tem uma deficiência reconhecida, ou «Não sei».
errors-required-education = Escolha o que { $who } estuda agora, ou «Não sei».
errors-required-emancipated = Escolha se { $who } está emancipado(a), ou «Não sei».
errors-required-funeral_amount = Escreva quanto custou o funeral, em euros.
errors-required-household_monthly_income = Escreva o rendimento bruto mensal do agregado de { $who }, ou escolha «Não sei».
errors-required-household_size = Escreva quantas pessoas tem o agregado de { $who }, ou escolha «Não sei».
errors-required-illness_began_after_marriage = Escolha se a doença começou depois do casamento, ou «Não sei».
errors-required-judicially_separated = Escolha se { $who } estava separado(a) judicialmente da pessoa que morreu, ou «Não sei».
errors-required-lived_with_deceased = Escolha se { $who } vivia com a pessoa que morreu, ou «Não sei».
errors-required-marriage_date = Escreva a data do casamento de { $who }, ou escolha «Não sei».
errors-required-monthly_income = Escreva o rendimento bruto mensal de { $who } (0 se nenhum), ou escolha «Não sei».
errors-required-national_or_equivalent = Escolha se { $who } é português(a) ou equiparado(a), ou «Não sei».
errors-required-no_alimony_deceased_lacked_means = Escolha se um tribunal reconheceu que a pessoa que morreu não tinha meios para pagar pensão de alimentos a { $who }, ou «Não sei».
errors-required-own_pension = Escolha se { $who } tem direito a uma pensão própria, ou «Não sei».
errors-required-own_social_pension = Escreva a pensão social mensal de { $who }, ou escolha «Não sei».
errors-required-paid_by = Escolha quem pagou o funeral (ou «Ninguém ainda»).
errors-required-payer_resident = Escolha se quem pagou o funeral vive em Portugal.
errors-required-projection = Escolha se a morte já aconteceu ou se está a planear com antecedência.
errors-required-reference_pension = Escreva a pensão mensal da pessoa que morreu, ou escolha «Não sei».
errors-required-relation = Escolha a relação de { $who } com a pessoa que morreu.
errors-required-remarried = Escolha se { $who } voltou a casar ou vive em nova união de facto, ou «Não sei».
errors-required-resident = Escolha se { $who } vive em Portugal, ou «Não sei».
errors-required-scheme = Escolha o regime de segurança social em que a pessoa que morreu descontava.
errors-required-social_pension_recipient = Escolha se a pessoa que morreu recebia a pensão social, ou «Não sei».
errors-required-union_start_date = Escreva desde quando { $who } vivia em união de facto com a pessoa que morreu, ou escolha «Não sei».
errors-required-works_compulsory_scheme = Escolha se { $who } trabalha com descontos obrigatórios para a Segurança Social, ou «Não sei».

field-contribution_months = Meses de descontos
field-death_cause = Causa da morte
field-deceased_resident = Vivia em Portugal
field-reference_pension = Pensão mensal
field-scheme = Regime de segurança social
field-social_pension_recipient = Recebia a pensão social
people-save_add_another = Guardar e juntar outro familiar
people-save_continue = Guardar e continuar
q-more-deceased = Mais algumas perguntas sobre a pessoa que morreu
q-more-person = Mais algumas perguntas sobre { $who }
# --- results and storage (issue 13) ---
delete-title = Apagar as suas respostas?
delete-lead = Vai apagar deste aparelho:
delete-what-survivors = as respostas sobre as prestações por morte{ $people ->
        [0] {""}
        [one] , com { $people } pessoa da família
       *[other] , com { $people } pessoas da família
    }
delete-what-niss = as respostas para os documentos do NISS, e os documentos que marcou
delete-what-lang = a língua que escolheu
delete-what-nothing = Não há respostas guardadas neste aparelho.
delete-choose = O que quer apagar?
delete-scope-survivors = Só as respostas sobre as prestações por morte
delete-scope-niss = Só as respostas para os documentos do NISS
delete-scope-all = Todas as respostas, das duas ferramentas
delete-choose-error = Escolha o que quer apagar
delete-warning-label = Atenção
delete-warning = Depois de apagar, não é possível recuperar as respostas. Se ainda as pode vir a precisar, guarde-as primeiro num ficheiro.
delete-confirm = Sim, apagar
delete-cancel = Cancelar
delete-done-survivors = As suas respostas sobre as prestações por morte foram apagadas deste aparelho.
delete-done-niss = As suas respostas para os documentos do NISS foram apagadas deste aparelho.
remove-question = Remover { $who }?
remove-answers_go = As respostas sobre esta pessoa também são apagadas.
remove-payer = { $who } pagou o funeral: vai ter de dizer outra vez quem pagou.
remove-payer-unnamed = Esta pessoa pagou o funeral: vai ter de dizer outra vez quem pagou.
remove-yes = Sim, remover
remove-cancel = Cancelar
remove-done = Removeu { $who } da lista.
remove-done-payer = Era a pessoa que pagou o funeral: diga outra vez quem pagou.
remove-funeral_link = Dizer quem pagou o funeral
file-save = Guardar as respostas num ficheiro
file-save-tool = Guardar as respostas num ficheiro: { $tool }
file-saved = O ficheiro { $name } foi guardado nas transferências deste aparelho. Não foi enviado para lado nenhum.
file-open-title = Tem as respostas num ficheiro?
file-open = Abrir respostas de um ficheiro
file-open-hint = Um ficheiro feito com «Guardar as respostas num ficheiro» (termina em .json). É lido só neste aparelho, e as respostas dele substituem as que houver aqui para essa ferramenta.
file-opened = Abriu as respostas guardadas em { $date } ({ $name }).
file-opened-check = Verifique-as abaixo e depois veja o resultado.
file-error-prefix = Erro:
file-error-not_json = Este ficheiro não é um ficheiro de respostas da Amparo. Escolha o ficheiro feito com «Guardar as respostas num ficheiro».
file-error-not_amparo = Este ficheiro não foi feito pela Amparo. Escolha o ficheiro feito com «Guardar as respostas num ficheiro».
file-error-newer = Este ficheiro foi guardado por uma versão mais recente da Amparo. Recarregue a página para usar a versão nova e abra-o outra vez.
file-error-version = O ficheiro não diz que versão da Amparo o guardou (no campo «version»): não está completo. Guarde-o outra vez na Amparo.
file-error-tool = O ficheiro não diz para que ferramenta são as respostas (no campo «tool»).
file-error-saved_on = A data em que o ficheiro foi guardado (no campo «saved_on») não é uma data válida.
file-error-answers = O ficheiro não tem respostas que se possam ler (no campo «answers»).
file-error-part = Esta parte das respostas do ficheiro não se pode ler: { $part }. Nada foi alterado.
file-error-too_large = O ficheiro é demasiado grande para ser um ficheiro de respostas (no máximo { $kib } KB).
results-group-eligible = Tem provavelmente direito a { $n ->
        [one] uma prestação
       *[other] { $n } prestações
    }
results-group-needs = Falta saber mais para decidir { $n ->
        [one] uma prestação
       *[other] { $n } prestações
    }
results-group-not = Provavelmente não tem direito a { $n ->
        [one] uma prestação
       *[other] { $n } prestações
    }
results-group-not-show = Ver quais e porquê
results-none_eligible = Com estas respostas, não encontrámos nenhuma prestação a que tenha provavelmente direito.
results-for = Para { $who }
results-made = Resumo feito em { $date } com a Amparo { $version }{ $build ->
        [none] {""}
       *[other] {" "}(compilação { $build })
    }.
results-answers_title = As suas respostas
now-title = O que fazer agora
now-can_get = Pode receber
now-nearest = O prazo mais próximo
now-passed = { $n ->
        [one] Já passou o prazo de uma prestação
       *[other] Já passou o prazo de { $n } prestações
    }: em cada pedido abaixo diz o que ainda pode fazer.
now-claims = Os pedidos a fazer
now-covers = Com este formulário pede: { $benefits }.
now-one_form = Um só formulário serve para todas: entregue-o uma vez.
now-documents = Documentos a juntar
now-calendar = Adicionar ao calendário
now-calendar-hint = Um ficheiro (.ics) com os prazos e as datas que se seguem, para abrir na aplicação de calendário. É feito neste aparelho e não é enviado para lado nenhum.
# A confirmation carried from one of Amparo's pages to another (already in words).
flash-text = { $text }
# While a tool's program downloads (the landing page has none).
loading = A abrir…
load-failed = Não foi possível abrir esta parte do Amparo (sem ligação à internet?). As suas respostas continuam guardadas neste aparelho.
load-retry = Tentar de novo
