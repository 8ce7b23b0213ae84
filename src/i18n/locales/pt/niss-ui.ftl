# The interface's words (niss-ui), pt.
niss-caption-optional = Documentos para o NISS — pergunta opcional
niss-caption-required = Documentos para o NISS

niss-check-contradiction_lead = Algumas respostas não podem ser todas verdadeiras. Mude uma delas:
niss-check-missing = responda a esta pergunta para ter o dossier
niss-check-missing_lead = Ainda há perguntas por responder.
niss-check-next = Se estiver tudo certo, veja o seu dossier de documentos. Pode voltar e mudar as respostas quando quiser.
niss-check-not_answered = Ainda sem resposta
niss-check-not_answered_optional = Sem resposta (opcional)
niss-check-see_pack = Ver o dossier de documentos
niss-check-title = Confirme as suas respostas

niss-check_number-ok = Verificado:
niss-check_number-problem = Confirme este número:

niss-choice-dont_know = Não sei
niss-choice-filed_by-employer = A minha entidade empregadora
niss-choice-filed_by-representative = Alguém em meu nome (advogado, solicitador, uma pessoa com procuração)
niss-choice-filed_by-self = Eu próprio
niss-choice-nationality_group-cplp = Um país de língua portuguesa (CPLP), como o Brasil, Angola ou Cabo Verde
niss-choice-nationality_group-eu = Um país da União Europeia
niss-choice-nationality_group-other = Outro país
niss-choice-nationality_group-ukraine_temporary_protection = Tenho proteção temporária em Portugal (deslocado da Ucrânia)
niss-choice-needed_for-aima_renewal = Para a AIMA: renovar ou atualizar a minha residência
niss-choice-needed_for-benefit = Para pedir uma prestação da Segurança Social
niss-choice-needed_for-job = Para começar ou manter um trabalho
niss-choice-needed_for-other = Outro motivo
niss-choice-no = Não
niss-choice-portal_message-data_cannot_be_updated = «Não é possível atualizar os dados»
niss-choice-portal_message-documents_insufficient = A Segurança Social diz que os documentos são insuficientes
niss-choice-portal_message-employer_asks_for_niss = A entidade empregadora pede-me o NISS
niss-choice-portal_message-employer_requires_niss = Uma entidade empregadora diz: sem NISS não há contrato
niss-choice-portal_message-niss_invalid = «NISS inválido» ou «NISS não reconhecido»
niss-choice-portal_message-niss_missing = «NISS em falta» ou «NISS não localizado»
niss-choice-portal_message-none = Nenhuma destas
niss-choice-residence_status-international_protection = Proteção internacional: requerente, refugiado ou beneficiário
niss-choice-residence_status-none = Nenhum destes, por enquanto
niss-choice-residence_status-pending_with_receipt = Pedi a autorização de residência e tenho o recibo da AIMA
niss-choice-residence_status-title = Um título ou autorização de residência (para cidadãos da UE: o certificado de registo)
niss-choice-residence_status-visa = Um visto de residência
niss-choice-work_situation-company_officer = Gerente, administrador ou membro de um órgão de uma empresa
niss-choice-work_situation-employee_no_contract = Trabalhador com uma oferta de emprego, mas ainda sem contrato assinado
niss-choice-work_situation-employee_signed_contract = Trabalhador por conta de outrem, com contrato de trabalho assinado
niss-choice-work_situation-foreign_employer = A trabalhar a partir de Portugal para um empregador estrangeiro (por exemplo, em teletrabalho)
niss-choice-work_situation-independent_no_activity = Trabalhador independente, mas ainda sem início de atividade nas Finanças
niss-choice-work_situation-independent_with_activity = Trabalhador independente, com início de atividade nas Finanças
niss-choice-work_situation-not_working = Não trabalho (estudo, procuro emprego, estou em casa…)
niss-choice-work_situation-voluntary_insurance = Não sou obrigado a descontar, mas quero aderir ao seguro social voluntário
niss-choice-yes = Sim

niss-combined-conditions = As condições, uma a uma
niss-combined-eligible = Pode usá-lo
niss-combined-how = Como funciona
niss-combined-instead = Em alternativa:
niss-combined-met = Cumpre
niss-combined-not_eligible = Não é para o seu caso
niss-combined-not_met = Não cumpre
niss-combined-not_wanted = Não disse que quer usá-lo; fica a título informativo.
niss-combined-wanted = Disse que quer usá-lo.

niss-confidence-derived = deduzido
niss-confidence-official = fonte oficial
niss-confidence-secondary = fonte secundária
niss-confidence-seed_only = guia não oficial
niss-confidence-unverified = não confirmado

niss-doc-form-copy = Uma cópia
niss-doc-form-original = Original
niss-doc-form-original_and_copy = Original e uma cópia
niss-doc-form-screenshot_or_printout = Captura de ecrã ou impressão
niss-doc-more = Sobre este documento
niss-doc-obtained_from = Onde o obter:
niss-doc-optional = Opcional
niss-doc-proves = O que prova:
niss-doc-translation-if_not_in_portuguese = traduzido, se não estiver em português
niss-doc-translation-not_needed = não precisa de tradução
niss-doc-why = Porque é preciso

niss-errors-choose = Escolha uma das opções para continuar.
niss-errors-internal = Algo correu mal dentro da aplicação. As suas respostas estão guardadas; experimente recarregar a página.
niss-errors-title = Há um problema

niss-escalation-contents = O que incluir
niss-escalation-cover_letter = Carta de apresentação
niss-escalation-deadline = Prazos:
niss-escalation-evidence_loop = Quando cada serviço pede primeiro o documento do outro
niss-escalation-title = Se estiver bloqueado: o seu dossier

niss-field-address_changed = Morada alterada
niss-field-filed_by = Quem faz o pedido
niss-field-filing_for_family_member = Para um familiar
niss-field-had_niss_before = Já teve NISS
niss-field-has_pt_address = Morada em Portugal
niss-field-has_pt_citizen_card = Cartão de Cidadão português
niss-field-name = Nome para as cartas
niss-field-nationality_group = Nacionalidade
niss-field-needed_for = Precisa do NISS para
niss-field-niss_requested = NISS já pedido
niss-field-other = As suas respostas
niss-field-passport_or_name_changed = Mudou de passaporte ou de nome
niss-field-portal_message = Mensagem recebida
niss-field-residence_status = Situação de residência
niss-field-typed_nif = NIF (número de contribuinte)
niss-field-typed_niss = NISS (número de Segurança Social)
niss-field-wants_combined_service = Serviço conjunto NIF + NISS + SNS
niss-field-work_situation = Situação de trabalho

niss-first_week-title = A primeira semana com o NISS

niss-help-activity-body = É a declaração, feita nas Finanças (normalmente online), de que começa a trabalhar por conta própria. A partir daí pode passar faturas ou recibos.
niss-help-activity-title = O que é o «início de atividade»?
niss-help-combined-body = Um balcão de atendimento público, muitas vezes numa câmara municipal ou junta de freguesia, onde se tratam assuntos de vários serviços num só sítio. Nem todos os Espaços Cidadão têm este serviço.
niss-help-combined-title = O que é um Espaço Cidadão?
niss-help-cplp-body = A Comunidade dos Países de Língua Portuguesa: Angola, Brasil, Cabo Verde, Guiné-Bissau, Guiné Equatorial, Moçambique, São Tomé e Príncipe e Timor-Leste (e Portugal).
niss-help-cplp-title = Que países fazem parte da CPLP?
niss-help-niss-body = O Número de Identificação da Segurança Social: 11 algarismos que o identificam perante a Segurança Social, para descontos e prestações. Cada pessoa tem apenas um, para toda a vida.
niss-help-niss-title = O que é o NISS?
niss-help-protection-body = A proteção internacional é o asilo: pediu-a, ou é refugiado ou tem proteção subsidiária. A proteção temporária é o regime das pessoas deslocadas da Ucrânia; se é o seu caso, indique-o na pergunta sobre a nacionalidade.
niss-help-protection-title = Proteção internacional ou proteção temporária?

niss-hint-address_changed = Responda sim só se mudou de casa (ou se a morada que a AIMA tem está errada). Caso contrário, o pacote não lhe pede para a atualizar.
niss-hint-filed_by = A entidade empregadora só o pode fazer por um trabalhador seu.
niss-hint-filing_for_family_member = Por exemplo, o cônjuge ou um filho que vive consigo. Nesse caso, as outras respostas são sobre essa pessoa.
niss-hint-had_niss_before = Mesmo há anos, ou um que um empregador pediu por si. Um recibo de vencimento antigo ou uma carta da Segurança Social podem mostrá-lo.
niss-hint-has_pt_address = Onde vive agora, mesmo que seja um quarto arrendado ou em casa de familiares.
niss-hint-has_pt_citizen_card = O Cartão de Cidadão é o documento de identificação dos cidadãos portugueses. Um título de residência não é um Cartão de Cidadão.
niss-hint-name = O nome completo, como no passaporte. Só é escrito nos rascunhos das cartas, neste aparelho. Deixe em branco para o escrever à mão.
niss-hint-nationality_group = A nacionalidade do passaporte ou do documento de identificação que vai usar.
niss-hint-niss_requested = Responda sim se já enviou o pedido e espera a resposta. Nunca é preciso um segundo pedido.
niss-hint-numbers = Verificamos cada número quando sai da caixa: se está bem formado e se o algarismo de controlo confere. Um número que falhe a verificação pode ser mantido na mesma.
niss-hint-passport_or_name_changed = Por exemplo, um passaporte com outro número, um nome alterado pelo casamento, ou o seu nome escrito de forma diferente em documentos diferentes.
niss-hint-portal_messages = Assinale todas as mensagens que recebeu, mesmo de sítios diferentes (por exemplo, a AIMA pede o NISS e a Segurança Social recusou-o). O pacote explica cada uma.
niss-hint-residence_status = Escolha o documento que tem agora.
niss-hint-typed_nif = 9 algarismos.
niss-hint-typed_niss = 11 algarismos, a começar por 1 para uma pessoa. Pode usar espaços.
niss-hint-wants_combined_service = Um só atendimento para o número fiscal, o número de Segurança Social e o número de utente do SNS. O seu dossier diz se o pode usar.
niss-hint-work_situation = Escolha a que o descreve agora, ou o trabalho que vai começar.

niss-ids-issuer = Atribuído por:
niss-ids-status-held = Já o tem
niss-ids-status-on_citizen_card = No seu Cartão de Cidadão
niss-ids-status-on_protection_declaration = Na sua declaração de proteção temporária
niss-ids-status-to_request = A pedir
niss-ids-status-unknown = Ainda não se sabe
niss-ids-title = Os seus números de identificação

niss-letters-blank-date = a data
niss-letters-blank-documents = a lista de documentos
niss-letters-blank-employer_request_date = a data em que a entidade empregadora pediu
niss-letters-blank-missing_document = o documento em falta
niss-letters-blank-name = o seu nome
niss-letters-blank-nif = o seu NIF
niss-letters-blank-niss = o seu NISS
niss-letters-blank-other = outros dados
niss-letters-blank-reason = o motivo
niss-letters-blank-request_date = a data do seu pedido
niss-letters-blank-ss_reply_summary = o que a Segurança Social respondeu
niss-letters-blanks = A preencher à mão:
niss-letters-copied = A carta foi copiada. Cole-a no seu email ou documento.
niss-letters-copied_button = Copiada ✓
niss-letters-copy = Copiar a carta
niss-letters-copy_failed = Este navegador não deixou copiar. Selecione o texto da carta e copie-o à mão.
niss-letters-hint = São só rascunhos: o Amparo não envia nada. Abra uma carta, copie-a, preencha os espaços em branco e envie-a você.
niss-letters-pt_failed = Não foi possível carregar a carta em português. Ligue-se à internet e abra esta página de novo; a tradução abaixo diz o que a carta contém.
niss-letters-pt_loading = A carregar a carta em português…
niss-letters-subject = Assunto:
niss-letters-translation = Tradução, para compreender a carta: envie o texto em português.
niss-letters-title = Cartas para copiar
niss-letters-to-aima = Para a AIMA
niss-letters-to-employer = Para a entidade empregadora
niss-letters-to-other = Carta
niss-letters-to-social_security = Para a Segurança Social

niss-optional-skip = Esta pergunta é opcional: pode continuar sem responder.

niss-pack-by_portal_message = a mensagem
niss-pack-by_representation = alguém faz o pedido por si
niss-pack-cannot_build = Ainda não é possível fazer o dossier. Mude estas respostas:
niss-pack-change_answers = Mudar as respostas
niss-pack-change_filer = Mudar quem faz o pedido
niss-pack-do_not = O que não fazer
niss-pack-documents = Documentos a juntar
niss-pack-documents_hint = Marque cada documento quando o tiver. As marcas ficam guardadas neste aparelho.
niss-pack-documents_optional = Úteis, se os tiver
niss-pack-documents_required = Necessários
niss-pack-fallbacks = Se alguma coisa correr mal
niss-pack-filer_not_allowed = nesta situação, quem escolheu não pode fazer o pedido.
niss-pack-lead = Feito a partir das suas respostas, neste aparelho. Leia primeiro os avisos.
niss-pack-notes = Bom saber
niss-pack-one_of = Um destes
niss-pack-one_of_hint = Basta um documento deste grupo.
niss-pack-profiles = A sua situação
niss-pack-source = fonte
niss-pack-steps = Passos, por ordem
niss-pack-ticked = { $ticked } de { $total } marcados
niss-pack-title = O seu dossier de documentos
niss-pack-typed_numbers = Os números que escreveu
niss-pack-warning = Importante:
niss-pack-where = Onde:
niss-pack-who_may_file = Quem pode fazer o pedido:

niss-portal-means = O que costuma querer dizer
niss-portal-title = A mensagem
niss-portal-what_to_do = O que fazer

niss-q-address_changed = A sua morada mudou desde que a AIMA a registou?
niss-q-filed_by = Quem vai fazer o pedido de NISS?
niss-q-filing_for_family_member = Está a tratar disto para um familiar?
niss-q-had_niss_before = Já alguma vez teve NISS?
niss-q-has_pt_address = Tem morada em Portugal?
niss-q-has_pt_citizen_card = Tem Cartão de Cidadão português?
niss-q-name = Que nome devem ter as cartas?
niss-q-nationality_group = Qual é a sua nacionalidade?
niss-q-needed_for = Para que precisa do NISS?
niss-q-niss_requested = Já fez um pedido de NISS à Segurança Social?
niss-q-numbers = O seu NISS e NIF, se os tiver
niss-q-passport_or_name_changed = Mudou de passaporte ou de nome?
niss-q-portal_message = Algum portal ou serviço lhe deu uma destas mensagens?
niss-q-residence_status = Qual é a sua situação de residência em Portugal?
niss-q-wants_combined_service = Quer usar o serviço conjunto NIF + NISS + SNS num Espaço Cidadão?
niss-q-work_situation = Qual é a sua situação de trabalho?

niss-sources-hint = Junto a cada ponto do dossier está o número da sua fonte. Os pontos marcados «fonte secundária», «guia não oficial» ou «não confirmado» não puderam ser confirmados num texto oficial: confirme-os no serviço antes de confiar neles.
niss-sources-show = Mostrar as fontes (numeradas como no texto)
niss-sources-title = Fontes
niss-sources-version = Versão do catálogo:

niss-start-button = Começar
niss-start-gives_check = uma verificação do NISS ou do NIF que escrever, para apanhar um número mal escrito
niss-start-gives_documents = uma lista dos documentos de que precisa, que pode ir marcando à medida que os junta
niss-start-gives_letters = rascunhos de cartas para copiar, e um dossier para preparar se o seu caso estiver bloqueado
niss-start-gives_steps = os passos por ordem, quem faz cada um, e o que não fazer
niss-start-lead = Saiba que documentos juntar, o que fazer e por que ordem para obter ou corrigir o seu número de Segurança Social (NISS).
niss-start-not_advice = Isto é informação prática, não aconselhamento jurídico. Só a Segurança Social decide o seu pedido.
niss-start-private = As suas respostas ficam neste aparelho. Nada do que escreve é enviado para lado nenhum: não há conta nem servidor.
niss-start-someone_else = Se está a ajudar outra pessoa (um familiar, um trabalhador), responda por ela.
niss-start-what = Responda a umas perguntas curtas, uma por página. No fim recebe o seu dossier de documentos:


niss-who-employer = a entidade empregadora
niss-who-other = outra pessoa
niss-who-representative = um representante
niss-who-self = a própria pessoa

# --- question flow (issue 13) ---
niss-errors-required-filed_by = Escolha quem vai fazer o pedido de NISS.
niss-errors-required-had_niss_before = Escolha se já alguma vez teve NISS, ou «Não sei».
niss-errors-required-has_pt_address = Escolha se tem morada em Portugal.
niss-errors-required-has_pt_citizen_card = Escolha se tem Cartão de Cidadão português.
niss-errors-required-nationality_group = Escolha a sua nacionalidade.
niss-errors-required-needed_for = Escolha para que precisa do NISS.
niss-errors-required-passport_or_name_changed = Escolha se mudou de passaporte ou de nome.
niss-errors-required-residence_status = Escolha a sua situação de residência em Portugal.
niss-errors-required-work_situation = Escolha a sua situação de trabalho.
