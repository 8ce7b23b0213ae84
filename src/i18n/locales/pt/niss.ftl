# O catálogo NISS (src/rules/niss.json): as palavras de cada entrada, em ids derivados da entrada
# (esquema em src/niss/catalogue.rs). Geradas a partir do antigo catálogo bilingue.

## Documents

niss-cat-doc-passport-name = Passaporte válido
niss-cat-doc-passport-proves = A identidade da pessoa que vai ter o NISS.
niss-cat-doc-passport-obtained_from = Autoridades do país de nacionalidade.
niss-cat-doc-old_passport-name = Passaporte anterior (se ainda o tiver)
niss-cat-doc-old_passport-proves = A ligação entre a identidade atual e a identidade com que o registo antigo foi criado.
niss-cat-doc-old_passport-obtained_from = Os seus próprios arquivos; o consulado pode passar uma declaração se o perdeu.
niss-cat-doc-residence_title-name = Título ou autorização de residência
niss-cat-doc-residence_title-proves = Que um nacional de país terceiro reside legalmente em Portugal.
niss-cat-doc-residence_title-obtained_from = AIMA (antigo SEF).
niss-cat-doc-aima_receipt-name = Comprovativo do pedido de autorização de residência (recibo da AIMA)
niss-cat-doc-aima_receipt-proves = Que pediu a autorização de residência e o pedido está pendente.
niss-cat-doc-aima_receipt-obtained_from = AIMA: área reservada, e-mail ou balcão onde fez o pedido.
niss-cat-doc-residence_visa-name = Visto de residência
niss-cat-doc-residence_visa-proves = Que entrou em Portugal com um visto de residência.
niss-cat-doc-residence_visa-obtained_from = Consulado português que o emitiu (está no passaporte).
niss-cat-doc-cplp_residence_visa-name = Visto de residência CPLP
niss-cat-doc-cplp_residence_visa-proves = A via de residência própria dos cidadãos da CPLP.
niss-cat-doc-cplp_residence_visa-obtained_from = Consulado português que o emitiu (está no passaporte).
niss-cat-doc-cplp_ar_certificate-name = Certificado de concessão de autorização de residência CPLP
niss-cat-doc-cplp_ar_certificate-proves = Que lhe foi concedida uma autorização de residência CPLP.
niss-cat-doc-cplp_ar_certificate-obtained_from = AIMA (portal da autorização de residência CPLP).
niss-cat-doc-eu_registration_certificate-name = Certificado de registo de cidadão da UE
niss-cat-doc-eu_registration_certificate-proves = Que um cidadão da União Europeia registou a residência em Portugal.
niss-cat-doc-eu_registration_certificate-obtained_from = Câmara Municipal da área de residência.
niss-cat-doc-international_protection_document-name = Comprovativo do pedido de proteção internacional ou certificado de refugiado
niss-cat-doc-international_protection_document-proves = Que pediu asilo ou proteção subsidiária, ou que tem o estatuto de refugiado ou de beneficiário.
niss-cat-doc-international_protection_document-obtained_from = AIMA.
niss-cat-doc-tp_declaration-name = Declaração de proteção temporária
niss-cat-doc-tp_declaration-proves = A proteção temporária; a declaração traz normalmente o NIF, o NISS e o número de utente.
niss-cat-doc-tp_declaration-obtained_from = Enviada por e-mail depois do pedido na plataforma de proteção temporária (AIMA, antigo SEF).
niss-cat-doc-nif_proof-name = Comprovativo do NIF
niss-cat-doc-nif_proof-proves = O número de contribuinte, que liga os registos das Finanças aos da Segurança Social.
niss-cat-doc-nif_proof-obtained_from = Finanças (Portal das Finanças ou balcão).
niss-cat-doc-employment_contract-name = Contrato de trabalho assinado
niss-cat-doc-employment_contract-proves = A situação de trabalho por conta de outrem: é o documento principal para a atribuição do NISS a um trabalhador estrangeiro.
niss-cat-doc-employment_contract-obtained_from = A entidade empregadora (assinado pelas duas partes).
niss-cat-doc-employer_declaration-name = Declaração da entidade empregadora
niss-cat-doc-employer_declaration-proves = A relação de trabalho, enquanto o contrato não estiver assinado.
niss-cat-doc-employer_declaration-obtained_from = A entidade empregadora, em papel timbrado e assinada.
niss-cat-doc-activity_start-name = Declaração de início de atividade
niss-cat-doc-activity_start-proves = Que abriu atividade como trabalhador independente.
niss-cat-doc-activity_start-obtained_from = Finanças (Portal das Finanças).
niss-cat-doc-invoices_receipts-name = Faturas ou faturas-recibo já emitidas
niss-cat-doc-invoices_receipts-proves = Que a atividade independente é real e já começou.
niss-cat-doc-invoices_receipts-obtained_from = Portal das Finanças (faturas-recibo) ou o seu programa de faturação.
niss-cat-doc-company_registry_certificate-name = Certidão de registo comercial que mostra o seu cargo
niss-cat-doc-company_registry_certificate-proves = Que é gerente, administrador ou membro de um órgão estatutário da sociedade.
niss-cat-doc-company_registry_certificate-obtained_from = Instituto dos Registos e do Notariado (certidão permanente).
niss-cat-doc-foreign_employment_contract-name = Contrato de trabalho com o empregador estrangeiro
niss-cat-doc-foreign_employment_contract-proves = Que trabalha à distância para um empregador no estrangeiro.
niss-cat-doc-foreign_employment_contract-obtained_from = O empregador estrangeiro.
niss-cat-doc-remote_work_evidence-name = Prova do trabalho remoto (declaração do empregador, recibos de vencimento)
niss-cat-doc-remote_work_evidence-proves = Que o trabalho é feito a partir de Portugal.
niss-cat-doc-remote_work_evidence-obtained_from = O empregador estrangeiro.
niss-cat-doc-a1_certificate-name = Certificado A1 ou outro documento de coordenação
niss-cat-doc-a1_certificate-proves = Que continua coberto pelo sistema de segurança social de outro país, se for o caso.
niss-cat-doc-a1_certificate-obtained_from = A segurança social do país onde está coberto.
niss-cat-doc-voluntary_insurance_basis-name = Documento que fundamenta o seguro social voluntário
niss-cat-doc-voluntary_insurance_basis-proves = O enquadramento no seguro social voluntário (o documento exato não foi confirmado: pergunte à Segurança Social).
niss-cat-doc-voluntary_insurance_basis-obtained_from = Depende do caso; a Segurança Social indica qual.
niss-cat-doc-official_requirement-name = Pedido oficial que exige o NISS (captura ou mensagem, com data)
niss-cat-doc-official_requirement-proves = Porque precisa do NISS, quando não há uma situação de trabalho que o justifique.
niss-cat-doc-official_requirement-obtained_from = O portal ou o e-mail da AIMA (ou do serviço que o pediu).
niss-cat-doc-ss_reply-name = Respostas da Segurança Social (recusa, pedido de documentos) e datas dos contactos
niss-cat-doc-ss_reply-proves = O que a Segurança Social já decidiu ou pediu, e quando.
niss-cat-doc-ss_reply-obtained_from = O seu e-mail ou a Segurança Social Direta.
niss-cat-doc-niss_notice-name = Documento de atribuição do NISS
niss-cat-doc-niss_notice-proves = Que o NISS já existe e a que identidade foi atribuído.
niss-cat-doc-niss_notice-obtained_from = Segurança Social (e-mail, carta ou Segurança Social Direta).
niss-cat-doc-niss_request_proof-name = Comprovativo do pedido de NISS (data e anexos enviados)
niss-cat-doc-niss_request_proof-proves = Que pediu o NISS e quando, mesmo que a resposta ainda não tenha chegado.
niss-cat-doc-niss_request_proof-obtained_from = O e-mail de confirmação da Segurança Social ou uma captura do envio.
niss-cat-doc-address_proof-name = Comprovativo de morada atual
niss-cat-doc-address_proof-proves = A morada em Portugal (contrato de arrendamento ou comodato, fatura de água, luz ou gás, certidão predial, declaração do senhorio).
niss-cat-doc-address_proof-obtained_from = Senhorio, fornecedor de serviços ou registo predial.
niss-cat-doc-prior_work_evidence-name = Provas de trabalho anterior em Portugal (recibos de vencimento, contratos)
niss-cat-doc-prior_work_evidence-proves = A ligação ao registo antigo da Segurança Social.
niss-cat-doc-prior_work_evidence-obtained_from = Os seus arquivos ou os antigos empregadores.
niss-cat-doc-name_change_certificate-name = Certidão de casamento, divórcio ou mudança de nome
niss-cat-doc-name_change_certificate-proves = Porque o nome mudou.
niss-cat-doc-name_change_certificate-obtained_from = Registo civil do país onde o facto foi registado.
niss-cat-doc-identity_link_statement-name = Nota curta que liga as identidades
niss-cat-doc-identity_link_statement-proves = Que o nome ou passaporte antigo e o novo são da mesma pessoa (nomes, números de passaporte, data de nascimento).
niss-cat-doc-identity_link_statement-obtained_from = Escrita por si, datada e assinada.
niss-cat-doc-representation_proof-name = Procuração ou Declaração de Autorização a Terceiros
niss-cat-doc-representation_proof-proves = Que quem faz o pedido o pode representar.
niss-cat-doc-representation_proof-obtained_from = Assinada por si (ou pelos pais ou tutor, no caso de um menor).
niss-cat-doc-representative_id-name = Documento de identificação do representante
niss-cat-doc-representative_id-proves = A identidade de quem faz o pedido em seu nome.
niss-cat-doc-representative_id-obtained_from = O próprio representante.
niss-cat-doc-ss_contract_notice-name = Nota da Segurança Social sobre contratos com cidadãos estrangeiros (impressa ou com a ligação)
niss-cat-doc-ss_contract_notice-proves = Que o contrato pode ser assinado antes de haver NISS.
niss-cat-doc-ss_contract_notice-obtained_from = Portal da Segurança Social (notícias).
niss-cat-doc-portal_error_screenshot-name = Captura do erro exato (texto completo, data e hora)
niss-cat-doc-portal_error_screenshot-proves = O bloqueio concreto, para que quem o analisa saiba o que falhou.
niss-cat-doc-portal_error_screenshot-obtained_from = O ecrã do portal, no momento do erro.
niss-cat-doc-family_member_reason-name = Prova do motivo por que o familiar precisa de NISS
niss-cat-doc-family_member_reason-proves = Que essa pessoa tem um motivo próprio (trabalho, prestação, pedido da AIMA).
niss-cat-doc-family_member_reason-obtained_from = Depende do motivo: contrato, pedido da AIMA, pedido da prestação.
niss-cat-doc-employer_identification-name = Identificação da entidade empregadora (NIPC e número de identificação da entidade na Segurança Social)
niss-cat-doc-employer_identification-proves = Identifica a entidade empregadora que faz o pedido pelo trabalhador.
niss-cat-doc-employer_identification-obtained_from = A própria entidade empregadora.
niss-cat-doc-employer_signatory_id-name = Documento de identificação de quem assina pela entidade empregadora, e prova de que a pode obrigar (por exemplo, o código da certidão permanente do registo comercial)
niss-cat-doc-employer_signatory_id-proves = Quem assina o pedido em nome da entidade empregadora.
niss-cat-doc-employer_signatory_id-obtained_from = A própria entidade empregadora.

## What not to do

niss-cat-do_not-no_second_niss = Não peça um segundo NISS. Se já tem um (mesmo antigo, ou que a AIMA não encontra), peça a correção ou a atualização do registo: números duplicados causam problemas nas contribuições e nas prestações.
niss-cat-do_not-no_fake_work_evidence = Não declare trabalho que não existe nem pague por um contrato: um fundamento falso prejudica o processo na AIMA e na Segurança Social.
niss-cat-do_not-no_borrowed_niss = Não use um NISS emprestado, de outra pessoa ou inventado, nem deixe que o empregador o faça.
niss-cat-do_not-tp_no_ordinary_request = Não faça um pedido comum de NISS: com proteção temporária, o NISS é atribuído no próprio processo de proteção e deve constar da declaração. Se não constar, tratam disso os balcões dedicados à proteção temporária.
niss-cat-do_not-no_hr_refusal_acceptance = Não aceite que os recursos humanos adiem o contrato só porque ainda não tem NISS: a Segurança Social esclareceu que o contrato pode ser assinado primeiro.
niss-cat-do_not-no_blank_forms = Não assine formulários em branco nem entregue cópias editáveis dos seus documentos a intermediários que prometem um NISS imediato.
niss-cat-do_not-identity_versions = Não deixe que a Segurança Social, a AIMA, a entidade empregadora e o banco fiquem cada um com uma versão diferente do seu nome ou passaporte.
niss-cat-do_not-no_resubmit_same = Não volte a enviar o mesmo processo incompleto: envie exatamente o documento que falta.
niss-cat-do_not-no_wait_deadline = Não espere pelo fim do prazo da AIMA: aja antes e guarde prova datada de cada passo.
niss-cat-do_not-activity_is_not_niss = Não parta do princípio de que abrir atividade nas Finanças lhe dá um NISS: são dois passos diferentes.
niss-cat-do_not-intention_not_evidence = Não peça o NISS só com a intenção de trabalhar por conta própria: sem início de atividade e faturas, o pedido tende a ser recusado.
niss-cat-do_not-niss_not_settle_nomad = Não parta do princípio de que o NISS resolve os impostos, o contrato ou as contribuições: é só um número de identificação.
niss-cat-do_not-officer_not_contract = Não use um contrato de trabalho pessoal em vez da certidão de registo comercial que mostra o seu cargo.
niss-cat-do_not-ssv_not_automatic = Não parta do princípio de que o seguro social voluntário está aberto a si só porque precisa de um NISS.
niss-cat-do_not-cplp_one_rule = Não parta do princípio de que a regra de um ano ou de uma nacionalidade CPLP vale para todos os casos CPLP: as regras mudaram várias vezes.
niss-cat-do_not-tp_no_combined = Não vá ao serviço conjunto do Espaço Cidadão: ele exclui quem tem proteção temporária, porque os números já vêm com a declaração.
niss-cat-do_not-household_not_shared = Não parta do princípio de que o NISS de uma pessoa da família serve para as outras: cada pessoa tem o seu.
niss-cat-do_not-check_before_request = Não faça um pedido novo de NISS antes de a Segurança Social lhe dizer se já tem um: pode ter-lhe sido atribuído por um antigo empregador, numa estadia anterior ou automaticamente com um pedido de residência.
niss-cat-do_not-no_double_route = Não faça também o pedido online da Segurança Social: o serviço conjunto atribui o NISS, e dois pedidos podem criar dois números.
niss-cat-do_not-no_file_twice = Não faça um segundo pedido enquanto o primeiro está pendente: acompanhe-o e guarde a prova de cada contacto.

## Steps

niss-cat-step-tp_check_declaration = Procure o NISS na declaração de proteção temporária que recebeu por e-mail.
niss-cat-step-unknown_ask_ss = Antes de mais, pergunte à Segurança Social se alguma vez lhe foi atribuído um NISS (num balcão, pela linha telefónica ou por escrito: carta abaixo), com o passaporte (e algum anterior), o NIF e a data de nascimento. Um NISS pode ter sido atribuído por um antigo empregador, numa estadia anterior ou automaticamente com um pedido de residência.
niss-cat-step-ret_recover = Peça à Segurança Social que confirme ou recupere o seu NISS antigo, com os documentos de identidade (atual e antigo); não faça um pedido novo.
niss-cat-step-aima_check_record = Antes de entrar no portal de renovações, confirme que o NISS e a morada que a AIMA tem estão certos.
niss-cat-step-aima_update_address = Atualize a morada na AIMA: o cartão de residência é enviado para a morada registada.
niss-cat-step-id_update_ss = Peça à Segurança Social que atualize o nome e o número de passaporte associados ao seu NISS, juntando os documentos que ligam as identidades.
niss-cat-step-id_update_others = Depois, alinhe o mesmo nome, número de passaporte, NIF e data de nascimento na AIMA, na entidade empregadora e no banco.
niss-cat-step-cs_appointment = Marque atendimento num Espaço Cidadão aderente para o pedido conjunto de NIF, NISS e número de utente do SNS, e leve os documentos desta lista. É este o seu caminho para o NISS: não faça também o pedido online da Segurança Social.
niss-cat-step-unknown_then_combined = Só se a Segurança Social confirmar que não tem NISS, marque o atendimento do pedido conjunto (NIF, NISS e número de utente) num Espaço Cidadão aderente. Se encontrar um número, diga-o no balcão, para não ser criado um segundo.
niss-cat-step-emp_sign_contract = A entidade empregadora assina o contrato de trabalho sem esperar pelo NISS; o número não precisa de constar do contrato.
niss-cat-step-ind_open_activity = Abra atividade nas Finanças e emita as primeiras faturas antes de pedir o NISS.
niss-cat-step-ind_open_activity_has_niss = Abra a atividade nas Finanças antes de começar a trabalhar; a Segurança Social usa o NISS que já tem (não é preciso pedir outro).
niss-cat-step-ssv_ask_basis = Pergunte à Segurança Social, por escrito, que documento prova o seu enquadramento no seguro social voluntário.
niss-cat-step-nomad_a1_first = Antes de pedir o NISS, esclareça a coordenação: pergunte à entidade empregadora (ou à segurança social do país dela) se continua abrangido por esse sistema. Se sim, peça o certificado A1 (UE, EEE, Suíça) ou o certificado do acordo bilateral e junte-o ao pedido; se não, podem ser devidas contribuições em Portugal. Não conclua nada sem essa resposta.
niss-cat-step-not_working_explain = No pedido, explique com verdade que não trabalha e que o NISS é exigido pela AIMA (ou por outro serviço), e pergunte que documento usar como fundamento.
niss-cat-step-fam_own_request = Trate do NISS de cada pessoa da família em separado, com os documentos dessa pessoa; por um menor, pedem os pais ou o representante legal, com prova da representação.
niss-cat-step-ss_send_missing = Leia a resposta da Segurança Social e envie exatamente o documento que diz faltar, legível e traduzido se não estiver em português; não volte a enviar o mesmo processo.
niss-cat-step-follow_up_request = Já fez o pedido: não faça outro. Guarde a prova (data e anexos enviados) e acompanhe-o junto da Segurança Social, anotando cada contacto.
niss-cat-step-file_request = Faça o pedido de NISS no formulário online da Segurança Social (Sou Cidadão › Atribuição de NISS › Cidadãos estrangeiros), anexando os documentos desta lista.
niss-cat-step-unknown_then_request = Só se a Segurança Social confirmar que não tem NISS, faça o pedido (formulário online: Sou Cidadão › Atribuição de NISS › Cidadãos estrangeiros) com os documentos desta lista. Se encontrar um número, peça a confirmação ou a correção desse registo, e não um número novo.
niss-cat-step-ask_copies = Peça a quem faz o pedido por si uma cópia de tudo o que for enviado e de cada resposta.
niss-cat-step-tp_desk = Se a declaração não trouxer o NISS, dirija-se a um balcão dedicado à proteção temporária.
niss-cat-step-collect_niss = Quando receber o e-mail de confirmação, levante o NISS pessoalmente num serviço de atendimento da Segurança Social, com o seu documento de identificação.
niss-cat-step-emp_give_niss = Dê o NISS à entidade empregadora por escrito e guarde a prova do envio.
niss-cat-step-emp_register_link = A entidade empregadora comunica o contrato e o vínculo na Segurança Social Direta (Trabalho › Admissão de trabalhadores › Comunicar contrato e vínculo).
niss-cat-step-aima_send_niss = Envie o NISS à AIMA pelo formulário de contacto (contactenos.aima.gov.pt), com a prova do número (o documento de atribuição, ou a declaração de proteção temporária), e guarde o recibo; a AIMA indicou cerca de 2 dias úteis para o inserir.
niss-cat-step-tp_show_declaration = Se um serviço disser que lhe falta o NISS, mostre a declaração de proteção temporária e pergunte que campo falhou.
niss-cat-step-emp_check_ssd = Depois do primeiro salário, confirme na Segurança Social Direta que o vínculo e as contribuições aparecem.
niss-cat-step-ret_ssd = Recupere o acesso à Segurança Social Direta e verifique o histórico de contribuições.
niss-cat-step-ind_check_obligations = Pergunte à Segurança Social que inscrição e contribuições se aplicam à sua atividade e se há algum período de isenção; não o presuma.
niss-cat-step-nomad_cross_border = Peça aconselhamento sobre a coordenação entre sistemas de segurança social (certificado A1 ou acordo bilateral) antes de concluir se deve ou não contribuir em Portugal.
niss-cat-step-officer_framework = Confirme com um contabilista certificado o enquadramento contributivo dos membros de órgãos estatutários.
niss-cat-step-cplp_keep_docs = Guarde os documentos CPLP no processo do NISS e confirme a orientação em vigor na Segurança Social ou no gov.pt.
niss-cat-step-not_working_loop = Se a Segurança Social recusar ou pedir prova de trabalho, guarde a resposta e siga o ciclo de provas do dossier de escalamento.
niss-cat-step-fam_table = Mantenha uma tabela da família: pessoa, NIF, NISS, número de utente, número da AIMA, situação, entidade emissora e e-mail associado.
niss-cat-step-id_align_later = Quando o NISS for atribuído, confirme que a Segurança Social, a AIMA, a entidade empregadora e o banco têm o mesmo nome e o número do passaporte atual.

## Profiles

niss-cat-profile-employee-name = Trabalhador por conta de outrem
niss-cat-profile-employee-match_reason = Respondeu que trabalha (ou vai trabalhar) para uma entidade empregadora em Portugal.
niss-cat-profile-employee-channel = Formulário online de pedido de NISS no portal da Segurança Social (depois, levantamento presencial do número); ou um balcão da Segurança Social.
niss-cat-profile-employee-fallback = Se os recursos humanos recusarem, mostre a nota da Segurança Social, peça a política da empresa por escrito e proponha a ordem certa: contrato assinado, pedido de NISS com o contrato, comunicação do vínculo pela empresa.
niss-cat-profile-employee-fallback-if-has_niss_now = Se a entidade empregadora não comunicar o vínculo depois de lhe dar o NISS, pergunte por escrito quando o fará e confirme na Segurança Social Direta depois do primeiro pagamento.
niss-cat-profile-employee-fallback-if-combined_route = Se o Espaço Cidadão não puder atribuir o NISS no seu caso, peça o motivo por escrito e faça então o pedido à Segurança Social com o contrato assinado.
niss-cat-profile-employee-doc-passport-why = Identifica a pessoa que vai ter o NISS.
niss-cat-profile-employee-doc-nif_proof-why = Costuma ser pedido com o pedido de NISS e facilita a ligação dos registos.
niss-cat-profile-employee-doc-employment_contract-why = A situação de trabalho é o fundamento do pedido; o contrato assinado é a prova principal.
niss-cat-profile-employee-doc-employment_contract-or-employer_declaration-label = Prova do trabalho
niss-cat-profile-employee-doc-employment_contract-or-employer_declaration-why = A situação de trabalho é o fundamento do pedido: peça o contrato assinado (o NISS não é preciso para o assinar) ou, enquanto isso, uma declaração da entidade empregadora.
niss-cat-profile-employee-doc-residence-third_country-why = Um nacional de país terceiro tem de provar a residência ou o pedido de residência.
niss-cat-profile-employee-doc-residence-eu-why = Para um cidadão da UE não é exigido para o NISS, mas ajuda a provar a residência.
niss-cat-profile-employee-doc-ss_contract_notice-why = Para mostrar aos recursos humanos que o contrato vem primeiro.
niss-cat-profile-independent_worker-name = Trabalhador independente
niss-cat-profile-independent_worker-match_reason = Respondeu que trabalha por conta própria.
niss-cat-profile-independent_worker-channel = Formulário online de pedido de NISS no portal da Segurança Social (depois, levantamento presencial do número); ou um balcão da Segurança Social.
niss-cat-profile-independent_worker-fallback = Se o pedido for recusado por falta de prova de trabalho, espere até ter o início de atividade e faturas emitidas e volte a pedir com elas.
niss-cat-profile-independent_worker-fallback-if-has_niss_now = Se a Segurança Social pedir mais sobre a sua atividade, envie a declaração de início de atividade e as faturas; o seu NISS continua a ser o mesmo.
niss-cat-profile-independent_worker-doc-passport-why = Identifica a pessoa que vai ter o NISS.
niss-cat-profile-independent_worker-doc-nif_proof-why = A atividade independente está registada com o seu NIF.
niss-cat-profile-independent_worker-doc-activity_start-with_activity-why = Prova que a atividade está aberta.
niss-cat-profile-independent_worker-doc-activity_start-no_activity-why = Ainda não o tem: abra primeiro a atividade nas Finanças (ver os passos). Sem ele, o pedido tende a ser recusado.
niss-cat-profile-independent_worker-doc-invoices_receipts-no_activity-why = Ainda não as tem: emita a primeira fatura ou fatura-recibo antes de pedir o NISS.
niss-cat-profile-independent_worker-doc-invoices_receipts-with_activity-why = Prova que a atividade já começou.
niss-cat-profile-independent_worker-doc-residence-third_country-why = Um nacional de país terceiro tem de provar a residência ou o pedido de residência.
niss-cat-profile-independent_worker-doc-residence-eu-why = Para um cidadão da UE não é exigido para o NISS, mas ajuda a provar a residência.
niss-cat-profile-digital_nomad-name = Nómada digital / empregador estrangeiro
niss-cat-profile-digital_nomad-match_reason = Respondeu que trabalha para um empregador no estrangeiro.
niss-cat-profile-digital_nomad-channel = Formulário online de pedido de NISS no portal da Segurança Social (depois, levantamento presencial do número); ou um balcão da Segurança Social.
niss-cat-profile-digital_nomad-fallback = Se estiver coberto pelo sistema de outro país, junte o documento de coordenação (por exemplo o A1) e peça orientação à Segurança Social; muitos nómadas digitais não contribuem em Portugal.
niss-cat-profile-digital_nomad-doc-passport-why = Identifica a pessoa que vai ter o NISS.
niss-cat-profile-digital_nomad-doc-nif_proof-why = Costuma ser pedido com o pedido de NISS e facilita a ligação dos registos.
niss-cat-profile-digital_nomad-doc-foreign_employment_contract-why = É a prova de trabalho que o guia de partida indica para nómadas digitais.
niss-cat-profile-digital_nomad-doc-remote_work_evidence-why = Mostra que o trabalho é feito a partir de Portugal.
niss-cat-profile-digital_nomad-doc-a1_certificate-why = Se continuar coberto por outro país, mostra-o.
niss-cat-profile-digital_nomad-doc-residence-third_country-why = Um nacional de país terceiro tem de provar a residência ou o pedido de residência.
niss-cat-profile-digital_nomad-doc-residence-eu-why = Para um cidadão da UE não é exigido para o NISS, mas ajuda a provar a residência.
niss-cat-profile-company_officer-name = Gerente ou membro de órgão estatutário
niss-cat-profile-company_officer-match_reason = Respondeu que é gerente, administrador ou membro de um órgão de uma sociedade.
niss-cat-profile-company_officer-channel = Formulário online de pedido de NISS no portal da Segurança Social (depois, levantamento presencial do número); ou um balcão da Segurança Social.
niss-cat-profile-company_officer-fallback = O enquadramento é técnico: peça ajuda a um contabilista certificado ou a um advogado.
niss-cat-profile-company_officer-doc-passport-why = Identifica a pessoa que vai ter o NISS.
niss-cat-profile-company_officer-doc-nif_proof-why = Costuma ser pedido com o pedido de NISS e facilita a ligação dos registos.
niss-cat-profile-company_officer-doc-company_registry_certificate-why = É a prova da situação de trabalho de quem gere uma sociedade.
niss-cat-profile-company_officer-doc-residence-third_country-why = Um nacional de país terceiro tem de provar a residência ou o pedido de residência.
niss-cat-profile-company_officer-doc-residence-eu-why = Para um cidadão da UE não é exigido para o NISS, mas ajuda a provar a residência.
niss-cat-profile-voluntary_insurance-name = Seguro social voluntário
niss-cat-profile-voluntary_insurance-match_reason = Respondeu que quer aderir ao seguro social voluntário.
niss-cat-profile-voluntary_insurance-channel = Segurança Social (balcão ou formulário online), depois de confirmar o fundamento.
niss-cat-profile-voluntary_insurance-fallback = Se a Segurança Social disser que o seguro voluntário não se aplica, veja se outra situação (trabalho, pedido da AIMA) fundamenta o pedido.
niss-cat-profile-voluntary_insurance-fallback-if-has_niss_now = Se a Segurança Social disser que o seguro social voluntário não se aplica, pergunte por escrito que regime se aplica; o seu NISS continua a ser o mesmo.
niss-cat-profile-voluntary_insurance-doc-passport-why = Identifica a pessoa que vai ter o NISS.
niss-cat-profile-voluntary_insurance-doc-voluntary_insurance_basis-why = É o fundamento do pedido; confirme qual é no seu caso.
niss-cat-profile-voluntary_insurance-doc-residence-third_country-why = Um nacional de país terceiro tem de provar a residência ou o pedido de residência.
niss-cat-profile-voluntary_insurance-doc-residence-eu-why = Para um cidadão da UE não é exigido para o NISS, mas ajuda a provar a residência.
niss-cat-profile-student_or_not_working-name = Estudante ou residente sem trabalho
niss-cat-profile-student_or_not_working-match_reason = Respondeu que não trabalha.
niss-cat-profile-student_or_not_working-channel = Formulário online da Segurança Social, com o pedido oficial (por exemplo da AIMA) como fundamento.
niss-cat-profile-student_or_not_working-fallback = Ciclo de provas: guarde o pedido da AIMA, peça o NISS com essa prova, guarde a resposta da Segurança Social, envie-a à AIMA e volte a pedir quando houver novo fundamento. Em agosto de 2025 a Segurança Social disse que emitiria o NISS a quem dele precisasse para a renovação.
niss-cat-profile-student_or_not_working-fallback-if-has_niss_now = Se um serviço não reconhecer o seu NISS, envie-lhe a prova do número (o documento de atribuição, ou a declaração de proteção temporária) e guarde o comprovativo; não peça um número novo.
niss-cat-profile-student_or_not_working-fallback-if-combined_route = Se o Espaço Cidadão não puder atribuir o NISS, peça o motivo por escrito e faça então o pedido à Segurança Social, com o pedido oficial que exige o NISS.
niss-cat-profile-student_or_not_working-doc-passport-why = Identifica a pessoa que vai ter o NISS.
niss-cat-profile-student_or_not_working-doc-official_requirement-why = Sem trabalho, a prova mais forte é o próprio pedido oficial que exige o NISS.
niss-cat-profile-student_or_not_working-doc-residence-third_country-why = Um nacional de país terceiro tem de provar a residência ou o pedido de residência.
niss-cat-profile-student_or_not_working-doc-residence-eu-why = Para um cidadão da UE não é exigido para o NISS, mas ajuda a provar a residência.
niss-cat-profile-student_or_not_working-doc-ss_reply-why = Mostra o que a Segurança Social já respondeu.
niss-cat-profile-aima_renewal-name = Renovação ou atualização na AIMA
niss-cat-profile-aima_renewal-match_reason = Respondeu que precisa do NISS para a renovação ou atualização da residência na AIMA.
niss-cat-profile-aima_renewal-channel = Formulário de contacto da AIMA (contactenos.aima.gov.pt) para inserir o NISS ou mudar a morada; Segurança Social ou algumas Lojas do Cidadão se ainda não tiver NISS.
niss-cat-profile-aima_renewal-fallback = Prepare o dossier de escalamento antes do fim do prazo e guarde prova datada de que agiu a tempo.
niss-cat-profile-aima_renewal-doc-passport-why = Identifica a pessoa que vai ter o NISS.
niss-cat-profile-aima_renewal-doc-niss_notice-why = Prova que o NISS já existe, para a AIMA o inserir.
niss-cat-profile-aima_renewal-doc-niss_request_proof-why = Prova que pediu o NISS a tempo.
niss-cat-profile-aima_renewal-doc-official_requirement-why = Mostra que é a AIMA que exige o NISS.
niss-cat-profile-aima_renewal-doc-address_proof-why = A morada mudou: o cartão é enviado para a morada que a AIMA tem registada.
niss-cat-profile-aima_renewal-doc-residence-third_country-why = Um nacional de país terceiro tem de provar a residência ou o pedido de residência.
niss-cat-profile-aima_renewal-doc-residence-eu-why = Para um cidadão da UE não é exigido para o NISS, mas ajuda a provar a residência.
niss-cat-profile-returning_with_old_niss-name = Regresso a Portugal com um NISS antigo
niss-cat-profile-returning_with_old_niss-match_reason = Respondeu que já teve um NISS.
niss-cat-profile-returning_with_old_niss-channel = Segurança Social (balcão ou Segurança Social Direta), para confirmar o número que já existe.
niss-cat-profile-returning_with_old_niss-fallback = Se os dados do registo antigo estiverem errados, peça a correção desse registo (não um número novo), com os documentos que ligam as identidades.
niss-cat-profile-returning_with_old_niss-doc-passport-why = Identifica a pessoa que vai ter o NISS.
niss-cat-profile-returning_with_old_niss-doc-old_passport-why = Liga-o à identidade com que o registo antigo foi criado.
niss-cat-profile-returning_with_old_niss-doc-nif_proof-why = Costuma ser pedido com o pedido de NISS e facilita a ligação dos registos.
niss-cat-profile-returning_with_old_niss-doc-prior_work_evidence-why = Ajuda a Segurança Social a encontrar o registo antigo.
niss-cat-profile-returning_with_old_niss-doc-niss_notice-why = Se ainda o tiver, mostra o número antigo.
niss-cat-profile-niss_unknown-name = Não sabe se já teve NISS
niss-cat-profile-niss_unknown-match_reason = Respondeu que não sabe se alguma vez teve NISS.
niss-cat-profile-niss_unknown-channel = Segurança Social (balcão, linha telefónica ou por escrito), para confirmar se já existe um número antes de qualquer pedido.
niss-cat-profile-niss_unknown-fallback = Se a Segurança Social não souber dizer se existe um número, peça a resposta por escrito e guarde-a: protege-o se mais tarde aparecer um segundo número.
niss-cat-profile-niss_unknown-doc-passport-why = Com ele a Segurança Social procura um registo em seu nome.
niss-cat-profile-niss_unknown-doc-old_passport-why = Um NISS antigo pode estar ligado a um passaporte anterior.
niss-cat-profile-niss_unknown-doc-nif_proof-why = Ajuda a encontrar um registo já existente.
niss-cat-profile-niss_unknown-doc-prior_work_evidence-why = Um trabalho anterior em Portugal pode ter gerado um NISS.
niss-cat-profile-identity_changed-name = Passaporte ou nome mudou
niss-cat-profile-identity_changed-match_reason = Respondeu que mudou de passaporte ou de nome.
niss-cat-profile-identity_changed-channel = Atualização de dados na Segurança Social; depois AIMA, entidade empregadora e banco.
niss-cat-profile-identity_changed-fallback = Se uma instituição não aceitar a alteração, escale com os documentos que ligam as identidades.
niss-cat-profile-identity_changed-doc-passport-why = Identifica a pessoa que vai ter o NISS.
niss-cat-profile-identity_changed-doc-old_passport-why = Liga o passaporte novo ao antigo.
niss-cat-profile-identity_changed-doc-name_change_certificate-why = Se o nome mudou, explica porquê.
niss-cat-profile-identity_changed-doc-identity_link_statement-why = Explica numa página que as identidades são da mesma pessoa.
niss-cat-profile-cplp_national-name = Cidadão de um país da CPLP
niss-cat-profile-cplp_national-match_reason = Respondeu que é nacional de um país da CPLP.
niss-cat-profile-cplp_national-channel = Formulário online de pedido de NISS no portal da Segurança Social (depois, levantamento presencial do número); ou um balcão da Segurança Social.
niss-cat-profile-cplp_national-fallback = Confirme a orientação em vigor na Segurança Social ou no gov.pt: as regras CPLP mudaram várias vezes.
niss-cat-profile-cplp_national-doc-passport-why = Identifica a pessoa que vai ter o NISS.
niss-cat-profile-cplp_national-doc-residence-third_country-why = Um nacional de país terceiro tem de provar a residência ou o pedido de residência.
niss-cat-profile-cplp_national-doc-residence-eu-why = Para um cidadão da UE não é exigido para o NISS, mas ajuda a provar a residência.
niss-cat-profile-ukraine_temporary_protection-name = Proteção temporária (Ucrânia)
niss-cat-profile-ukraine_temporary_protection-match_reason = Respondeu que tem proteção temporária por ter sido deslocado da Ucrânia.
niss-cat-profile-ukraine_temporary_protection-channel = Plataforma de proteção temporária (antes sefforukraine.sef.pt) e balcões dedicados; os números são atribuídos a partir do pedido de proteção.
niss-cat-profile-ukraine_temporary_protection-fallback = Dirija-se aos balcões dedicados às pessoas deslocadas da Ucrânia.
niss-cat-profile-ukraine_temporary_protection-doc-passport-why = Identifica a pessoa que vai ter o NISS.
niss-cat-profile-ukraine_temporary_protection-doc-tp_declaration-why = Traz normalmente o NIF, o NISS e o número de utente.
niss-cat-profile-family_member-name = Pedido para um familiar
niss-cat-profile-family_member-match_reason = Respondeu que está a tratar do NISS de um familiar; as outras respostas descrevem essa pessoa.
niss-cat-profile-family_member-channel = Serviço conjunto do Espaço Cidadão (se a pessoa for elegível) ou formulário da Segurança Social.
niss-cat-profile-family_member-fallback = Se a pessoa for elegível, o serviço conjunto do Espaço Cidadão trata dos três números numa só visita; caso contrário, use o formulário da Segurança Social.
niss-cat-profile-family_member-fallback-if-temporary_protection = Com proteção temporária, os números de cada familiar vêm na declaração de proteção dessa pessoa: confirme uma a uma.
niss-cat-profile-family_member-fallback-if-has_niss_now = Confirme que o NISS de cada pessoa do agregado é mesmo dela e mantenha a tabela do agregado atualizada.
niss-cat-profile-family_member-doc-family_member_reason-why = Cada pessoa precisa de um motivo próprio para ter NISS.

## Representation

niss-cat-representation-employer-note = A entidade empregadora só pode pedir o NISS por si quando há uma relação de trabalho; junta os seus próprios documentos e o contrato, e não uma procuração particular.
niss-cat-representation-employer-doc-employer_identification-why = A entidade empregadora faz o pedido por si, como sua representante, e identifica-se a si própria.
niss-cat-representation-employer-doc-employer_signatory_id-why = Identifica quem assina em nome da entidade empregadora.
niss-cat-representation-representative-note = O representante legal junta a prova da representação e o seu próprio documento de identificação.
niss-cat-representation-representative-doc-representation_proof-why = Quem pede em seu nome tem de provar a representação.
niss-cat-representation-representative-doc-representative_id-why = Identifica o representante.

## Proof of residence

niss-cat-residence-tp_declaration-label = Prova de residência
niss-cat-residence-eu_registration_certificate-label = Prova de residência
niss-cat-residence-residence_title-or-cplp_ar_certificate-label = Autorização de residência (ou certificado CPLP)
niss-cat-residence-cplp_residence_visa-or-residence_visa-label = Visto de residência CPLP ou outro visto de residência
niss-cat-residence-aima_receipt-label = Prova de residência
niss-cat-residence-international_protection_document-label = Prova de residência
niss-cat-residence-residence_title-label = Prova de residência
niss-cat-residence-residence_visa-label = Prova de residência

## Combined service

niss-cat-combined_service-name = Pedido conjunto de NIF, NISS e número de utente do SNS (Espaço Cidadão)
niss-cat-combined_service-channel = Espaços Cidadão aderentes, numa só visita, com identificação por passaporte e ativação da Chave Móvel Digital.
niss-cat-combined_service-eligible_text = Pode usar o serviço conjunto: cumpre todas as condições.
niss-cat-combined_service-not_eligible_advice = Se não for elegível, peça os números separadamente: o NIF nas Finanças, o NISS na Segurança Social e o número de utente no centro de saúde.
niss-cat-combined_service-not_eligible_advice-if-temporary_protection = O NIF, o NISS e o número de utente vêm com a declaração de proteção temporária: procure-os aí; se faltar algum, dirija-se a um balcão dedicado à proteção temporária.
niss-cat-combined_service-not_eligible_advice-if-has_niss_now = Já tem NISS: peça só o que lhe falta, o NIF nas Finanças e o número de utente num centro de saúde.
niss-cat-combined_service-condition-no_pt_citizen_card-met = Não tem Cartão de Cidadão português.
niss-cat-combined_service-condition-no_pt_citizen_card-not_met = Tem Cartão de Cidadão português: o serviço é só para quem não o tem (e o seu NISS está no verso do cartão).
niss-cat-combined_service-condition-pt_address-met = Tem morada em Portugal.
niss-cat-combined_service-condition-pt_address-not_met = Não tem morada em Portugal: o serviço exige uma morada em Portugal e não serve a quem está no estrangeiro.
niss-cat-combined_service-condition-listed_status-met = Está numa das situações previstas (visto ou autorização de residência, pedido pendente com recibo, cidadania da UE, proteção internacional ou estatuto de refugiado).
niss-cat-combined_service-condition-listed_status-not_met = Não está em nenhuma das situações previstas (visto ou autorização de residência, pedido pendente com recibo, cidadania da UE, proteção internacional ou estatuto de refugiado).
niss-cat-combined_service-condition-not_temporary_protection-met = Não está abrangido pela proteção temporária.
niss-cat-combined_service-condition-not_temporary_protection-not_met = Tem proteção temporária (RCM 29-A/2022): está excluído deste serviço, porque os números já lhe são atribuídos com a declaração de proteção.
niss-cat-combined_service-doc-passport-why = No serviço conjunto a identificação é feita com o passaporte.
niss-cat-combined_service-doc-address_proof-why = Se o documento de identificação não mostrar a morada, leve um comprovativo com a morada exata que vai declarar.
niss-cat-combined_service-doc-residence-why = Prova a situação que dá acesso ao serviço.
niss-cat-combined_service-step-cs_go = Vá a um Espaço Cidadão aderente com os documentos; peça que ativem a Chave Móvel Digital.
niss-cat-combined_service-step-cs_ask_immediate = Pergunte que números são atribuídos logo e quais ficam para depois.
niss-cat-combined_service-step-cs_receive = Os números chegam por e-mail e ficam na sua área reservada do gov.pt.
niss-cat-combined_service-step-cs_say_existing = Diga no balcão que já tem NISS, para não ser criado um segundo número.

## Portal messages

niss-cat-portal-niss_missing-title = «NISS em falta» ou «NISS não localizado»
niss-cat-portal-niss_missing-case-had_niss-means = O NISS existe, mas ainda não chegou ao registo de quem o pede (por exemplo, a AIMA): os sistemas não estão sincronizados.
niss-cat-portal-niss_missing-case-had_niss-todo-1 = Envie uma atualização com o documento de atribuição do NISS e guarde o recibo.
niss-cat-portal-niss_missing-case-had_niss-todo-2 = Não peça um NISS novo.
niss-cat-portal-niss_missing-case-no_niss_yet-means = Ainda não lhe foi atribuído NISS.
niss-cat-portal-niss_missing-case-no_niss_yet-todo-1 = Obtenha o NISS pelo caminho indicado nos passos, guardando como prova o pedido que o exige; depois envie o número a quem o pediu.
niss-cat-portal-niss_missing-case-niss_unknown-means = Não sabe se tem NISS: pode existir um número que nunca lhe chegou, ou nenhum.
niss-cat-portal-niss_missing-case-niss_unknown-todo-1 = Peça primeiro à Segurança Social que verifique se existe um NISS em seu nome; não faça um pedido novo antes dessa resposta.
niss-cat-portal-niss_missing-case-temporary_protection-means = O NISS deve constar da declaração de proteção temporária: é um problema de dados, não de falta de número.
niss-cat-portal-niss_missing-case-temporary_protection-todo-1 = Mostre a declaração e pergunte que campo falhou.
niss-cat-portal-niss_missing-doc-portal_error_screenshot-why = Mostra exatamente o que o portal disse.
niss-cat-portal-niss_missing-doc-niss_notice-why = Prova que o NISS já existe.
niss-cat-portal-niss_invalid-title = «NISS inválido» ou «NISS não reconhecido»
niss-cat-portal-niss_invalid-case-typed_niss_fails_check-means = O número que escreveu não passa na verificação do algarismo de controlo: há quase de certeza um erro de escrita.
niss-cat-portal-niss_invalid-case-typed_niss_fails_check-todo-1 = Compare algarismo a algarismo com o documento de atribuição e volte a escrever o número.
niss-cat-portal-niss_invalid-case-typed_niss_not_failing-means = Se o número está bem escrito, o mais provável é os dados de identidade (nome, passaporte, data de nascimento) não coincidirem entre a Segurança Social e quem o valida.
niss-cat-portal-niss_invalid-case-typed_niss_not_failing-todo-1 = Compare os algarismos com o documento de atribuição.
niss-cat-portal-niss_invalid-case-typed_niss_not_failing-todo-2 = Se mudou de passaporte ou de nome, corrija os dados com os documentos que ligam as identidades.
niss-cat-portal-niss_invalid-case-typed_niss_not_failing-todo-3 = Peça a correção dos dados, não um número novo.
niss-cat-portal-niss_invalid-doc-niss_notice-why = Permite comparar o número e os dados de identidade.
niss-cat-portal-niss_invalid-doc-portal_error_screenshot-why = Mostra exatamente o que o portal disse.
niss-cat-portal-niss_invalid-doc-old_passport-why = O NISS pode ter sido atribuído com o passaporte antigo.
niss-cat-portal-data_cannot_be_updated-title = «Não é possível atualizar os dados»
niss-cat-portal-data_cannot_be_updated-case-always-means = Costuma significar um canal ou tipo de renovação errado, uma morada desatualizada, um título caducado ou uma via de renovação que não se aplica a si.
niss-cat-portal-data_cannot_be_updated-case-always-todo-1 = Copie o texto exato do erro e faça uma captura com data.
niss-cat-portal-data_cannot_be_updated-case-always-todo-2 = Use o canal de contacto oficial da AIMA.
niss-cat-portal-data_cannot_be_updated-case-always-todo-3 = Guarde todos os recibos no dossier de escalamento.
niss-cat-portal-data_cannot_be_updated-case-address_changed-means = A sua morada mudou: é uma das causas habituais.
niss-cat-portal-data_cannot_be_updated-case-address_changed-todo-1 = Corrija primeiro a morada junto da AIMA (formulário de contacto) e só depois volte a tentar.
niss-cat-portal-data_cannot_be_updated-case-address_not_changed-means = Se a morada é a mesma, a causa mais provável é o canal, o tipo de renovação ou a validade do título.
niss-cat-portal-data_cannot_be_updated-case-address_not_changed-todo-1 = Confirme que usou o canal e o tipo de renovação certos para o seu título.
niss-cat-portal-data_cannot_be_updated-doc-portal_error_screenshot-why = Sem o texto exato do erro não se sabe o que falhou.
niss-cat-portal-data_cannot_be_updated-doc-address_proof-why = A morada desatualizada é uma das causas mais comuns.
niss-cat-portal-documents_insufficient-title = Segurança Social: «documentos insuficientes»
niss-cat-portal-documents_insufficient-case-not_temporary_protection-means = Falta a prova da situação de trabalho, a prova de residência (país terceiro) ou a prova de representação, ou há documentos ilegíveis, sem tradução ou com dados de identidade que não coincidem.
niss-cat-portal-documents_insufficient-case-not_temporary_protection-todo-1 = Leia o motivo e envie exatamente o documento que falta.
niss-cat-portal-documents_insufficient-case-not_temporary_protection-todo-2 = Confirme que cada documento está legível e, se não estiver em português, traduzido.
niss-cat-portal-documents_insufficient-case-not_working-no_niss_known-means = Sem trabalho, o pedido não tem o fundamento habitual.
niss-cat-portal-documents_insufficient-case-not_working-no_niss_known-todo-1 = Junte o pedido da AIMA e pergunte como a Segurança Social quer tratar o caso.
niss-cat-portal-documents_insufficient-case-temporary_protection-means = Com proteção temporária não deveria precisar de um pedido comum: o NISS vem com a declaração de proteção.
niss-cat-portal-documents_insufficient-case-temporary_protection-todo-1 = Não envie mais documentos para um pedido comum: mostre a declaração num balcão dedicado à proteção temporária e pergunte que dado falta.
niss-cat-portal-documents_insufficient-doc-ss_reply-why = Diz exatamente o que falta.
niss-cat-portal-employer_requires_niss-title = Entidade empregadora: «sem NISS não há contrato»
niss-cat-portal-employer_requires_niss-case-no_niss_known-means = É um equívoco: a Segurança Social esclareceu que o contrato pode ser assinado antes de haver NISS e que o número não tem de constar do contrato.
niss-cat-portal-employer_requires_niss-case-no_niss_known-todo-1 = Mostre a nota oficial da Segurança Social.
niss-cat-portal-employer_requires_niss-case-no_niss_known-todo-2 = Peça a política da empresa por escrito.
niss-cat-portal-employer_requires_niss-case-no_niss_known-todo-3 = Proponha a ordem certa: contrato assinado, pedido de NISS com o contrato, comunicação do vínculo pela empresa.
niss-cat-portal-employer_requires_niss-case-had_niss-means = Já tem NISS: a entidade empregadora precisa dele, e não de um novo.
niss-cat-portal-employer_requires_niss-case-had_niss-todo-1 = Dê o seu NISS à entidade empregadora por escrito (consta do documento de atribuição, ou a Segurança Social pode confirmá-lo).
niss-cat-portal-employer_requires_niss-case-temporary_protection-means = O seu NISS consta da declaração de proteção temporária.
niss-cat-portal-employer_requires_niss-case-temporary_protection-todo-1 = Dê à entidade empregadora, por escrito, o NISS que consta da declaração.
niss-cat-portal-employer_requires_niss-doc-ss_contract_notice-why = É a prova oficial de que o contrato vem primeiro.
niss-cat-portal-employer_asks_for_niss-title = Entidade empregadora: «dê-nos o seu NISS»
niss-cat-portal-employer_asks_for_niss-case-had_niss-means = A entidade empregadora precisa do NISS que já tem para comunicar o vínculo à Segurança Social.
niss-cat-portal-employer_asks_for_niss-case-had_niss-todo-1 = Dê-lhe o NISS por escrito e guarde a prova; se não encontrar o documento de atribuição, peça à Segurança Social que confirme o número (não um novo).
niss-cat-portal-employer_asks_for_niss-case-temporary_protection-means = O seu NISS consta da declaração de proteção temporária.
niss-cat-portal-employer_asks_for_niss-case-temporary_protection-todo-1 = Dê à entidade empregadora, por escrito, o NISS que consta da declaração.
niss-cat-portal-employer_asks_for_niss-case-niss_unknown-means = Pode já ter um NISS sem o saber.
niss-cat-portal-employer_asks_for_niss-case-niss_unknown-todo-1 = Diga à entidade empregadora que está a confirmar junto da Segurança Social se já tem número, e peça essa confirmação antes de qualquer pedido novo.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-signed_contract-means = A entidade empregadora precisa do NISS para comunicar o vínculo, mas é o contrato assinado que lhe permite obtê-lo.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-signed_contract-todo-1 = Peça o NISS já, com o contrato assinado (ou a entidade empregadora pode pedi-lo por si, como sua representante).
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-signed_contract-todo-2 = Diga à entidade empregadora, por escrito, que o pedido está em curso e que lhe enviará o número logo que seja atribuído.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-no_signed_contract-means = É o mesmo impasse: o NISS pede-se com o contrato, e a Segurança Social declarou que o contrato pode ser assinado antes de haver NISS.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-no_signed_contract-todo-1 = Mostre o aviso oficial da Segurança Social e peça o contrato assinado (ou uma declaração da entidade empregadora) para juntar ao pedido.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-work_evidence_held-means = Quem lhe pede o NISS precisa dele para declarar o trabalho à Segurança Social; pede-o com a prova da sua situação de trabalho.
niss-cat-portal-employer_asks_for_niss-case-no_niss_yet-work_evidence_held-todo-1 = Siga os passos abaixo para pedir o NISS e envie o número a quem o pediu logo que o tenha.
niss-cat-portal-employer_asks_for_niss-doc-ss_contract_notice-why = Mostra à entidade empregadora que o contrato vem primeiro e que o NISS se pede com ele.

## Letters (always sent in Portuguese; the other languages are a translation for the person)

niss-cat-letter-employer_contract_first-subject = Contrato de trabalho antes da atribuição do NISS
niss-cat-letter-employer_contract_first-body =
    Exmos. Senhores,

    Eu, { $name }, NIF { $nif }, preciso do contrato de trabalho assinado para pedir o meu Número de Identificação da Segurança Social (NISS). A Segurança Social esclareceu, na nota «Contratos de Trabalho com Cidadãos Estrangeiros», que o contrato pode ser celebrado antes de existir NISS e que o número não tem de constar dele; depois da atribuição, a entidade empregadora comunica o vínculo na Segurança Social Direta.

    Peço, por isso, o contrato assinado (ou uma declaração da entidade empregadora) para o juntar ao pedido. Se a política da empresa for outra, agradeço que ma enviem por escrito.

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-letter-employer_niss_given-subject = Envio do meu NISS
niss-cat-letter-employer_niss_given-body =
    Exmos. Senhores,

    Envio o meu Número de Identificação da Segurança Social: { $niss }. Peço que me confirmem quando o vínculo laboral ficará comunicado na Segurança Social e se precisam de mais algum documento meu.

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-letter-ss_request-subject = Pedido de atribuição de NISS
niss-cat-letter-ss_request-body =
    Exmos. Senhores,

    Venho pedir a atribuição do Número de Identificação da Segurança Social (NISS) como cidadão estrangeiro. Motivo do pedido: { $reason }.

    Junto os seguintes documentos:
    { $documents }

    Agradeço que me indiquem se falta algum documento.

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-letter-ss_voluntary_basis-subject = Que documento fundamenta a minha adesão ao seguro social voluntário?
niss-cat-letter-ss_voluntary_basis-body =
    Exmos. Senhores,

    Eu, { $name }, NIF { $nif }, pretendo aderir ao seguro social voluntário e preciso, para isso, de um Número de Identificação da Segurança Social (NISS). Peço que me indiquem que documento fundamenta a minha adesão, para o juntar ao pedido de NISS.

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-letter-ss_check_existing-subject = Pedido de verificação: já me foi atribuído um NISS?
niss-cat-letter-ss_check_existing-body =
    Exmos. Senhores,

    Não sei se alguma vez me foi atribuído um Número de Identificação da Segurança Social (NISS). Antes de fazer qualquer pedido, peço que verifiquem, com os dados abaixo, se existe um NISS em meu nome e, nesse caso, que me indiquem o número; se não existir, peço que mo confirmem, para não pedir um número em duplicado.

    Nome: { $name }
    NIF: { $nif }
    Junto cópia do meu passaporte (e de um passaporte anterior, se o tiver).

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-letter-ss_correction-subject = Confirmação e correção de dados do NISS
niss-cat-letter-ss_correction-body =
    Exmos. Senhores,

    Já me foi atribuído o NISS { $niss }. Motivo do contacto: { $reason }. Peço a confirmação deste número e, se necessário, a correção dos dados de identidade associados (nome, número de passaporte, data de nascimento), sem atribuição de um número novo.

    Junto os seguintes documentos:
    { $documents }

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-letter-aima_update-subject = Inserção ou correção do NISS no meu registo
niss-cat-letter-aima_update-body =
    Exmos. Senhores,

    A minha renovação ou atualização exige o NISS, mas o meu número ({ $niss }) não aparece, ou não é reconhecido, no registo da AIMA. O meu NIF é { $nif }. Junto a prova do NISS (o documento de atribuição ou a confirmação da Segurança Social), o meu passaporte e o meu documento de residência.

    Peço que atualizem o meu registo ou me indiquem como o corrigir.

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-letter-aima_pending-subject = NISS pedido e ainda pendente
niss-cat-letter-aima_pending-body =
    Exmos. Senhores,

    O meu processo de renovação ou atualização exige o NISS, que ainda não tenho. Pedi-o à Segurança Social em { $request_date } (junto o comprovativo). Peço que fique registado que agi dentro do prazo e que me indiquem como prosseguir.

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-letter-aima_tp-subject = NISS atribuído com a proteção temporária
niss-cat-letter-aima_tp-body =
    Exmos. Senhores,

    O meu NISS foi atribuído com a declaração de proteção temporária, que junto. O número ({ $niss }) não aparece, ou não é reconhecido, no registo da AIMA. Peço que o acrescentem ao meu registo ou me indiquem que dado não confere.

    Com os melhores cumprimentos,
    { $name }
    { $date }

## Escalation files

niss-cat-escalation-aima_loop-reason = A AIMA exige um NISS que falta, não é reconhecido ou não pode ser acrescentado: junte este dossier antes de voltar a tentar, e antes do prazo.
niss-cat-escalation-aima_loop-content-esc_requirement = O pedido oficial da AIMA (captura ou mensagem, com data).
niss-cat-escalation-aima_loop-content-esc_check_result = A resposta da Segurança Social sobre se existe um NISS em seu nome.
niss-cat-escalation-aima_loop-content-esc_request_proof = A prova do pedido de NISS: data de envio e anexos.
niss-cat-escalation-aima_loop-content-esc_request_later = Quando fizer o pedido de NISS, junte aqui a prova (data e anexos enviados).
niss-cat-escalation-aima_loop-content-esc_ss_reply = A resposta da Segurança Social (recusa, pedido de documentos) ou, se não houve resposta, as datas de cada insistência.
niss-cat-escalation-aima_loop-content-esc_ss_confirmation = A confirmação da Segurança Social do seu NISS e dos dados de identificação que tem, se a pediu.
niss-cat-escalation-aima_loop-content-esc_identity = Identidade: passaporte (antigo e novo, se mudou), título ou recibo de residência, NIF.
niss-cat-escalation-aima_loop-content-esc_tp_declaration = A declaração de proteção temporária (com o NISS) e o passaporte.
niss-cat-escalation-aima_loop-content-esc_address = Prova da atualização da morada (AIMA e junta ou câmara).
niss-cat-escalation-aima_loop-content-esc_notice = O documento de atribuição do NISS.
niss-cat-escalation-aima_loop-content-esc_log = Um registo cronológico de cada contacto: canal, data e número de referência.
niss-cat-escalation-aima_loop-content-esc_cover = Uma carta de apresentação curta e factual (modelo abaixo), sem acusações.
niss-cat-escalation-aima_loop-evidence-loop_save_request = Guarde o pedido da AIMA que exige o NISS.
niss-cat-escalation-aima_loop-evidence-loop_check_first = Peça à Segurança Social que verifique se já existe um NISS em seu nome e guarde a resposta.
niss-cat-escalation-aima_loop-evidence-loop_file = Peça o NISS com essa prova e os documentos da sua situação.
niss-cat-escalation-aima_loop-evidence-loop_save_reply = Se a Segurança Social recusar ou pedir prova de trabalho, guarde a resposta.
niss-cat-escalation-aima_loop-evidence-loop_to_aima = Envie a resposta da Segurança Social à AIMA e peça orientação ou correção.
niss-cat-escalation-aima_loop-evidence-loop_refile = Quando surgir um novo fundamento (por exemplo um emprego), volte a pedir com essa prova.
niss-cat-escalation-aima_loop-evidence-loop_send_niss = Envie o NISS à AIMA pelo formulário de contacto, com a prova do número (documento de atribuição ou declaração de proteção temporária), e guarde o comprovativo.
niss-cat-escalation-aima_loop-evidence-loop_follow_up = Se o registo da AIMA continuar sem o número passados cerca de 2 dias úteis, peça à Segurança Social uma confirmação escrita do NISS e dos dados de identificação que tem.
niss-cat-escalation-aima_loop-evidence-loop_confirm_to_aima = Envie essa confirmação à AIMA, citando o primeiro comprovativo, e peça a correção do registo.
niss-cat-escalation-aima_loop-deadline-esc_deadline = Se o NISS ainda estiver pendente perto do prazo da AIMA, guarde prova datada de que agiu a tempo: pode não garantir o resultado, mas mostra que não deixou passar o prazo.
niss-cat-letter-escalation_cover-subject = Pedido de orientação: NISS exigido para a renovação
niss-cat-letter-escalation_cover-body =
    Exmos. Senhores,

    A AIMA exige o NISS para a renovação ou atualização da minha residência. Pedi o NISS em { $request_date }, com os documentos indicados em anexo. A Segurança Social respondeu: { $ss_reply_summary }.

    Peço que me indiquem como prosseguir ou que atualizem o meu registo.

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-letter-escalation_cover_pending-subject = NISS exigido para a renovação: pedido em curso
niss-cat-letter-escalation_cover_pending-body =
    Exmos. Senhores,

    A AIMA exige o NISS para a renovação ou atualização da minha residência. Ainda não tenho NISS e estou a pedi-lo à Segurança Social. Enviarei a resposta da Segurança Social logo que a receba. Peço que fique registado que agi antes do prazo e que me indiquem como proceder.

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-letter-escalation_cover_unknown-subject = NISS exigido para a renovação: verificação em curso
niss-cat-letter-escalation_cover_unknown-body =
    Exmos. Senhores,

    A AIMA exige o NISS para a renovação ou atualização da minha residência. Pedi à Segurança Social que verificasse se alguma vez me foi atribuído um NISS; enviarei a resposta (e o número, se existir) logo que a receba. Peço que fique registado que agi antes do prazo e que me indiquem como proceder.

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-letter-escalation_cover_has_niss-subject = NISS atribuído que não aparece no registo da AIMA
niss-cat-letter-escalation_cover_has_niss-body =
    Exmos. Senhores,

    A AIMA exige o NISS para a renovação ou atualização da minha residência. A Segurança Social atribuiu-me o NISS { $niss }, mas ele não aparece, ou não é reconhecido, no meu registo da AIMA. Junto a prova do número e os meus documentos de identificação. Peço que o acrescentem ao meu registo ou me indiquem que dados não conferem.

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-letter-escalation_cover_tp-subject = NISS da proteção temporária que não aparece no registo da AIMA
niss-cat-letter-escalation_cover_tp-body =
    Exmos. Senhores,

    A AIMA exige o NISS para a renovação ou atualização da minha residência. O meu NISS ({ $niss }) foi atribuído com a declaração de proteção temporária, que junto, mas não aparece, ou não é reconhecido, no meu registo da AIMA. Peço que o acrescentem ao meu registo ou me indiquem que dado não confere.

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-escalation-employer_refusal-reason = A entidade empregadora pede um NISS que ainda não tem. A Segurança Social declarou que o contrato vem primeiro e que o NISS se pede com ele: este dossier mostra isso à entidade empregadora e pede à Segurança Social que o confirme por escrito.
niss-cat-escalation-employer_refusal-content-emp_esc_request = O pedido ou a recusa da entidade empregadora por escrito (e-mail ou mensagem) ou, se foi só dito, a sua nota com a data e o nome de quem o disse.
niss-cat-escalation-employer_refusal-content-emp_esc_notice = O aviso da Segurança Social «Contratos de Trabalho com Cidadãos Estrangeiros» (dez. 2024), impresso ou em link.
niss-cat-escalation-employer_refusal-content-emp_esc_offer = A proposta de emprego ou a minuta do contrato, com a data de início.
niss-cat-escalation-employer_refusal-content-emp_esc_contract = O seu contrato de trabalho assinado.
niss-cat-escalation-employer_refusal-content-emp_esc_check = A resposta da Segurança Social sobre se já existe um NISS em seu nome.
niss-cat-escalation-employer_refusal-content-emp_esc_identity = O passaporte, o documento de residência e o NIF.
niss-cat-escalation-employer_refusal-content-emp_esc_log = Um registo de cada contacto com a entidade empregadora e com a Segurança Social: data, canal e pessoa.
niss-cat-escalation-employer_refusal-evidence-emp_loop_writing = Peça à entidade empregadora que ponha a exigência por escrito.
niss-cat-escalation-employer_refusal-evidence-emp_loop_notice = Envie à entidade empregadora o aviso da Segurança Social com a primeira carta abaixo e proponha a ordem certa: contrato assinado, NISS pedido com ele, vínculo comunicado quando o número existir.
niss-cat-escalation-employer_refusal-evidence-emp_loop_file = Já tem contrato assinado: não espere pela entidade empregadora, peça o NISS com ele e diga-lhe que o pedido está em curso.
niss-cat-escalation-employer_refusal-evidence-emp_loop_ss = Se a entidade empregadora continuar a recusar, envie à Segurança Social a segunda carta abaixo e peça uma resposta escrita que possa mostrar.
niss-cat-escalation-employer_refusal-evidence-emp_loop_forward = Reencaminhe a resposta da Segurança Social para a entidade empregadora e guarde uma cópia.
niss-cat-letter-employer_escalation_contract-subject = Contrato de trabalho antes do NISS
niss-cat-letter-employer_escalation_contract-body =
    Exmos. Senhores,

    No dia { $employer_request_date } foi-me dito que o contrato de trabalho só pode ser assinado quando eu tiver Número de Identificação da Segurança Social (NISS). A Segurança Social declarou, no aviso «Contratos de Trabalho com Cidadãos Estrangeiros» (dezembro de 2024), que a entidade empregadora pode celebrar o contrato com um cidadão estrangeiro que ainda não tem NISS, que o número não tem de constar do contrato e que é com o contrato que o NISS se pede. Depois de atribuído o NISS, a entidade empregadora comunica o vínculo na Segurança Social Direta.

    Peço, por isso, que o contrato seja assinado agora, para eu pedir o NISS com ele. Se a posição da empresa for outra, peço que ma enviem por escrito, com o respetivo fundamento.

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-letter-employer_escalation_signed-subject = O meu NISS: pedido em curso
niss-cat-letter-employer_escalation_signed-body =
    Exmos. Senhores,

    No dia { $employer_request_date } pediram-me o meu Número de Identificação da Segurança Social (NISS). Ainda não o tenho: vou pedi-lo à Segurança Social com o nosso contrato assinado, como prevê o aviso da Segurança Social «Contratos de Trabalho com Cidadãos Estrangeiros» (dezembro de 2024). Enviarei o número logo que seja atribuído, para que comuniquem o vínculo na Segurança Social Direta. Se precisarem entretanto de mais alguma coisa, peço que mo digam por escrito.

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-letter-ss_employer_escalation-subject = A entidade empregadora exige o NISS antes de avançar
niss-cat-letter-ss_employer_escalation-body =
    Exmos. Senhores,

    Não tenho, que eu saiba, Número de Identificação da Segurança Social (NISS). A minha entidade empregadora (ou futura entidade empregadora) diz que não pode avançar com o meu contrato sem NISS. O vosso aviso «Contratos de Trabalho com Cidadãos Estrangeiros» (dezembro de 2024) indica que o contrato pode ser celebrado antes de existir NISS. Peço que mo confirmem por escrito, para o mostrar à entidade empregadora, e que me indiquem como pedir o NISS na minha situação.

    Nome: { $name }
    NIF: { $nif }

    Com os melhores cumprimentos,
    { $name }
    { $date }
niss-cat-escalation-ss_documents-reason = A Segurança Social respondeu ao seu pedido de NISS com «documentos insuficientes»: responda com exatamente o que falta e guarde registo.
niss-cat-escalation-ss_documents-content-ssd_reply = A resposta da Segurança Social, com a data e a referência.
niss-cat-escalation-ss_documents-content-ssd_missing = O documento exato que a resposta pede: legível, completo e traduzido se não estiver em português.
niss-cat-escalation-ss_documents-content-ssd_request_proof = A prova do seu pedido de NISS (data e anexos enviados).
niss-cat-escalation-ss_documents-content-ssd_identity = O passaporte, o documento de residência e o NIF, com o mesmo nome e número de passaporte do pedido.
niss-cat-escalation-ss_documents-content-ssd_log = Um registo de cada contacto: data, canal e referência.
niss-cat-escalation-ss_documents-evidence-ssd_loop_read = Leia o motivo da resposta e anote o documento exato que pede.
niss-cat-escalation-ss_documents-evidence-ssd_loop_ask = Se a resposta não disser que documento falta, pergunte por escrito antes de enviar seja o que for.
niss-cat-escalation-ss_documents-evidence-ssd_loop_send = Envie exatamente esse documento, citando a referência do pedido; não volte a enviar o mesmo processo.
niss-cat-escalation-ss_documents-evidence-ssd_loop_keep = Guarde a prova do que enviou e acompanhe o pedido, anotando cada contacto.
niss-cat-escalation-ss_documents-evidence-ssd_loop_refile = Se o pedido for recusado por falta de fundamento (por exemplo, sem trabalho), volte a pedir quando a prova existir, nunca com provas inventadas.
niss-cat-letter-ss_documents_reply-subject = Resposta: documentos insuficientes no pedido de NISS
niss-cat-letter-ss_documents_reply-body =
    Exmos. Senhores,

    Relativamente ao meu pedido de NISS de { $request_date }, responderam que os documentos são insuficientes ({ $ss_reply_summary }). Junto o documento em falta: { $missing_document }. Se faltar outro documento, peço que me digam qual, para enviar exatamente esse.

    Nome: { $name }
    NIF: { $nif }

    Com os melhores cumprimentos,
    { $name }
    { $date }

## First week

niss-cat-first_week-fw_store = Guarde o documento de atribuição em pelo menos dois sítios.
niss-cat-first_week-fw_send = Envie o NISS a quem precisa dele: entidade empregadora, contabilista ou o serviço que o pediu.
niss-cat-first_week-fw_aima = Se o NISS era para a AIMA, envie a atualização pelo canal certo e guarde a confirmação.
niss-cat-first_week-fw_ssd = Ative o acesso à Segurança Social Direta e confirme o nome, a data de nascimento e os contactos.
niss-cat-first_week-fw_employee = Pergunte à entidade empregadora quando o vínculo vai aparecer na Segurança Social; mais tarde, confirme que as contribuições aparecem. Descontos no recibo sem registo na Segurança Social indicam um problema de comunicação da empresa.
niss-cat-first_week-fw_independent = Pergunte se há mais algum passo de inscrição ou de contribuições depois da atribuição.
niss-cat-first_week-fw_nomad = Não presuma que as contribuições são, ou não são, devidas: reveja a sua situação entre países.
niss-cat-first_week-fw_inventory = Atualize o inventário dos seus identificadores (ver abaixo): para cada um, a situação, quem o emitiu e o e-mail associado.
niss-cat-first_week-fw_leaving = Se um dia sair de Portugal, mantenha o acesso à Segurança Social Direta e descarregue o histórico de contribuições.

## Identifiers

niss-cat-identifier-nif-name = NIF (número de identificação fiscal)
niss-cat-identifier-nif-issuer = Autoridade Tributária (Finanças)
niss-cat-identifier-niss-name = NISS (número de identificação da Segurança Social)
niss-cat-identifier-niss-issuer = Instituto da Segurança Social
niss-cat-identifier-sns_number-name = Número de utente do SNS
niss-cat-identifier-sns_number-issuer = SNS (centro de saúde / SPMS)
niss-cat-identifier-aima_number-name = Número do processo ou título na AIMA
niss-cat-identifier-aima_number-issuer = AIMA
niss-cat-identifier-bank_customer_number-name = Número de cliente do banco
niss-cat-identifier-bank_customer_number-issuer = O seu banco
niss-cat-identifier-financas_credentials-name = Senha do Portal das Finanças
niss-cat-identifier-financas_credentials-issuer = Autoridade Tributária
niss-cat-identifier-ssd_credentials-name = Acesso à Segurança Social Direta
niss-cat-identifier-ssd_credentials-issuer = Instituto da Segurança Social

## Warnings

niss-cat-warning-citizen_card_holder = Tem Cartão de Cidadão português: o seu NISS está no verso do cartão e não precisa de o pedir.
niss-cat-warning-tp_declaration_first = Com proteção temporária, o NISS é atribuído no próprio processo de proteção: procure-o na declaração de proteção. Não faça um pedido comum de NISS.
niss-cat-warning-no_residence_evidence = Não indicou título, pedido com recibo nem visto de residência. Para um nacional de país terceiro, a Segurança Social pede um destes documentos: sem ele, o pedido tende a ser recusado. Trate primeiro da situação de residência na AIMA.
niss-cat-warning-niss_unknown_check = Não sabe se já teve NISS: peça primeiro à Segurança Social que verifique se existe um em seu nome. Um segundo número cria problemas nas contribuições e nas prestações.
niss-cat-warning-combined_is_route = Pode obter o NIF, o NISS e o número de utente numa só visita a um Espaço Cidadão aderente: é esse o seu caminho. Não faça também o pedido online da Segurança Social.
niss-cat-warning-wait_for_activity = Espere: não peça o NISS antes de abrir a atividade nas Finanças e emitir a primeira fatura ou fatura-recibo. Sem essa prova, o pedido tende a ser recusado.
niss-cat-warning-typed_niss_check_failed = O NISS que escreveu não passa na verificação: confirme-o antes de o dar a qualquer serviço.
niss-cat-warning-typed_nif_generic = O NIF que escreveu, 999 999 990, é o NIF genérico de «consumidor final» impresso nas faturas quando não se indica NIF: não é o número de ninguém. Use o seu NIF pessoal, ou peça-o nas Finanças se ainda não o tem.
niss-cat-warning-typed_nif_not_person = O NIF que escreveu não é o NIF válido de uma pessoa (veja a verificação abaixo): confirme-o antes de o dar a algum serviço.

## Notes

niss-cat-note-niss_is_identifier = O NISS identifica a pessoa perante a Segurança Social. Não é autorização de residência, visto de trabalho, prova de residência fiscal nem prova de contribuições.
niss-cat-note-niss_not_benefit = Ter NISS não dá, por si só, direito a prestações: cada prestação tem as suas condições.
niss-cat-note-not_legal_advice = Isto é informação administrativa, não aconselhamento jurídico; as regras e os portais mudam. Confirme nos serviços oficiais.

## The advisor's own sentences (built in src/niss)

## Who does a step

niss-step-who-you = Você
niss-step-who-employer = A entidade empregadora
niss-step-who-representative = O representante

## Letters: the reason and the document list (filled in; Portuguese in the letter itself)

niss-letter-work-employee_signed_contract = contrato de trabalho assinado com uma entidade empregadora em Portugal
niss-letter-work-employee_no_contract = início de trabalho por conta de outrem em Portugal
niss-letter-work-independent_with_activity = atividade como trabalhador independente, já aberta nas Finanças
niss-letter-work-independent_no_activity = início de atividade como trabalhador independente
niss-letter-work-company_officer = funções de gerente ou membro de órgão estatutário de uma sociedade
niss-letter-work-foreign_employer = trabalho remoto para um empregador no estrangeiro
niss-letter-work-voluntary_insurance = adesão ao seguro social voluntário
niss-letter-work-not_working = não exerço atividade profissional
niss-letter-need-aima_renewal = a AIMA exige o NISS para a renovação ou atualização da minha residência
niss-letter-need-benefit = preciso do NISS para pedir uma prestação social
niss-letter-need-other = outro motivo: ____________
niss-letter-reason-and-need = { $work }; { $need }
niss-letter-documents-more =
    - { $doc }
    { $rest }
niss-letter-documents-last = - { $doc }
niss-letter-document-or = { $first } ou { $rest }
niss-letter-notice = Rascunho para copiar: o Amparo não envia nada. Preencha os espaços em branco e confirme os dados antes de enviar.

## How sure a source is (next to the sources of the pack)


## The NIF ranges (what a NIF belongs to)

niss-nif-kind-person = pessoa singular
niss-nif-kind-non_resident_person = pessoa singular não residente
niss-nif-kind-company = pessoa coletiva (empresa)
niss-nif-kind-public_body = organismo da administração pública
niss-nif-kind-estate = herança indivisa
niss-nif-kind-non_resident_company = pessoa coletiva não residente
niss-nif-kind-investment_fund = fundo de investimento
niss-nif-kind-ex_officio = número atribuído oficiosamente
niss-nif-kind-vat_refund_non_resident = não residente no reembolso de IVA
niss-nif-kind-exceptional_regime = regime excecional
niss-nif-kind-obsolete_sole_trader = antigo empresário em nome individual
niss-nif-kind-condominium_or_irregular = condomínio ou sociedade irregular
niss-nif-kind-non_resident_no_establishment = não residente sem estabelecimento estável
niss-nif-kind-civil_company = sociedade civil sem personalidade jurídica

## The NISS and NIF checks

niss-idcheck-niss-empty = Não foi escrito nenhum número. O NISS tem 11 algarismos.
niss-idcheck-niss-non_digit = O NISS só tem algarismos, mas o texto inclui { $char }. Pode usar espaços, pontos ou hífenes para separar.
niss-idcheck-niss-length =
    { $count ->
        [one] Tem 1 algarismo
       *[other] Tem { $count } algarismos
    }; o NISS tem 11. Confirme no documento de atribuição.
niss-idcheck-niss-unknown_prefix = Um NISS começa por 1 (pessoa) ou 2 (entidade); este começa por { $prefix }. Confirme o número.
niss-idcheck-niss-check_digit = O algarismo de controlo não confere: provavelmente há um algarismo mal escrito (ou dois trocados). Compare com o documento de atribuição.
niss-idcheck-niss-entity_not_person = É um NISS válido, mas de uma entidade (começa por 2), por exemplo de uma entidade empregadora. O NISS de uma pessoa começa por 1.
niss-idcheck-niss-ok = O NISS tem um formato válido e o algarismo de controlo confere. Isto não prova que o número esteja atribuído a si.
niss-idcheck-nif-empty = Não foi escrito nenhum número. O NIF tem 9 algarismos.
niss-idcheck-nif-non_digit = O NIF só tem algarismos, mas o texto inclui { $char }. Pode usar espaços, pontos ou hífenes para separar.
niss-idcheck-nif-length =
    { $count ->
        [one] Tem 1 algarismo
       *[other] Tem { $count } algarismos
    }; o NIF tem 9. Confirme no documento das Finanças.
niss-idcheck-nif-generic_consumer = 999 999 990 é o NIF genérico de «consumidor final», impresso nas faturas quando não se indica nenhum NIF. Não é o número de ninguém: não o use como o seu. O seu NIF pessoal começa por 1, 2, 3 ou 45 e vem no documento das Finanças (ou no Cartão de Cidadão).
niss-idcheck-nif-unknown_prefix = Nenhum NIF em uso começa por { $prefix }. Confirme o número.
niss-idcheck-nif-check_digit = O algarismo de controlo não confere: provavelmente há um algarismo mal escrito (ou dois trocados). Compare com o documento das Finanças.
niss-idcheck-nif-obsolete_prefix = Os NIF começados por 8 eram de empresários em nome individual e já não são usados; hoje o empresário usa o seu NIF pessoal.
niss-idcheck-nif-entity_not_person = É um NIF válido, mas de { $kind }, não de uma pessoa. O NIF de uma pessoa começa por 1, 2, 3 ou 45.
niss-idcheck-nif-ok = O NIF tem um formato válido, é de { $kind } e o algarismo de controlo confere. Isto não prova que o número seja seu.
