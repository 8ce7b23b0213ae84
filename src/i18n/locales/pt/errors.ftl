# Input errors: what is wrong with an answer and how to fix it. Ids are error-<code>, or
# error-<code>-<case> when one code has several sentences; error-what-*, error-expected-*,
# error-person-* and error-answer-* name a thing inside another error's sentence.

## The document as a whole and the command line
error-invalid_json = O conteúdo não é JSON válido (linha { $line }, coluna { $column }).
error-too_many_errors = Há demasiados erros: mostram-se só os primeiros { $max }. Corrija-os e verifique de novo.
error-unreadable = Não foi possível ler a entrada: { $why }.
error-too_large-input = A entrada é grande demais: no máximo { $mib } MiB. As respostas de um agregado ocupam poucos KB; verifique o ficheiro.
error-not_utf8-input = A entrada não é texto UTF-8: guarde o ficheiro como UTF-8 e tente de novo.
error-not_utf8-argument = O argumento tem caracteres que não são texto válido (UTF-8): escreva-o de novo.
error-internal-catalogue = O catálogo interno está danificado: { $why }
error-internal-write = Não foi possível escrever o resultado: { $why }
error-required-number = Indique o número a verificar.
error-too_long-argument = O argumento tem mais de { $max } caracteres: não é um número mal escrito.

## A field: missing, of the wrong kind, unknown
error-required = Este campo é obrigatório.
error-empty = Este campo não pode ficar vazio.
error-invalid_type = Aqui espera-se { $expected }.
error-expected-text = texto
error-expected-yes_no = sim ou não (true/false)
error-expected-object = um objeto
error-expected-list = uma lista
error-unknown_field = Campo desconhecido «{ $name }»: verifique a ortografia.
error-invalid_choice = Valor não reconhecido. Opções: { $options }.

## Numbers, dates and amounts
error-too_large-value = O valor não pode passar de { $max }.
error-invalid_number = Indique um número inteiro igual ou superior a zero, sem casas decimais.
error-invalid_number-household = O agregado tem pelo menos uma pessoa.
error-invalid_date = Data inválida: use o formato AAAA-MM-DD (por exemplo 2025-03-14).
error-invalid_amount = Valor inválido: escreva um montante em euros, por exemplo 1250,50.
error-invalid_amount-typed = Isto não é um montante em euros. Escreva só algarismos, com vírgula para os cêntimos, por exemplo: { $examples }.
error-ambiguous_amount = Não é claro que montante é este. Use a vírgula para os cêntimos e, se quiser, o ponto ou um espaço para os milhares, por exemplo: { $examples } (dois mil trezentos e cinquenta euros e setenta e cinco cêntimos).
error-too_many_decimals = Use no máximo duas casas decimais (cêntimos).
error-too_large-amount = O montante é demasiado alto: no máximo { $max }. Verifique se não escreveu algarismos a mais.
error-negative = O montante não pode ser negativo.

## Typed text: too long, or with characters that do not belong in it. $what names the answer.
error-too_long = { $what } é demasiado longo: no máximo { $max } caracteres.
error-invalid_characters-control = { $what } contém caracteres de controlo (como uma mudança de linha). Escreva-o de novo.
error-invalid_characters-bidi = { $what } contém um carácter invisível que muda a direção do texto, o que pode disfarçar o que está escrito. Escreva-o de novo, sem copiar e colar.
error-what-name = O nome
error-what-id = O identificador
error-what-payer_id = O identificador de quem pagou
error-what-answer = A resposta «{ $answer }»

## The survivors' household. $person is the name typed, or error-person-number.
error-person-number = Pessoa { $n }
error-too_many-people = São aceites no máximo { $max } pessoas.
error-required-id = Cada pessoa precisa de um identificador.
error-duplicate_id = O identificador «{ $id }» já foi usado para outra pessoa.
error-reserved_id = O identificador «other» está reservado para quem pagou o funeral sem ser da família.
error-unknown_person = Ninguém na lista de pessoas tem o identificador «{ $id }». Use o identificador de uma pessoa ou «other».
error-before_death-claim = O pedido não pode ser anterior à morte.
error-before_death-registration = O registo do óbito não pode ser anterior à morte.
error-too_late-after_death = { $what } é mais de { $years } anos depois da morte: verifique o ano.
error-what-claim_date = A data do pedido
error-what-registration_date = A data do registo do óbito
error-after_death = { $what } é posterior à morte.
error-before_birth = { $what } é anterior ao nascimento de { $person }: verifique as duas datas.
error-too_early = { $what } é mais de { $years } anos antes da morte: verifique o ano.
error-what-marriage_date = A data do casamento
error-what-union_start_date = O início da união de facto
error-after_death-birth = A data de nascimento de { $person } é posterior à morte.
error-too_late-birth = Um filho nascido depois da morte nasce no máximo cerca de 300 dias depois; a data de nascimento de { $person } é mais de um ano depois da morte: verifique o ano.
error-too_early-birth = A data de nascimento de { $person } é mais de { $years } anos antes da morte: verifique o ano.
error-invalid_value-separated = Só um cônjuge pode estar separado judicialmente (um divorciado é ex-cônjuge).
error-invalid_value-no_alimony = Esta resposta só se aplica a um ex-cônjuge ou a um cônjuge separado judicialmente.
error-invalid_value-unborn = Só um filho pode estar ainda por nascer.
error-no_rules_for_date = Esta ferramenta não tem os valores para uma morte em { $date }. Verifique a data; se estiver certa, pergunte à Segurança Social.
error-no_rules_for_date-not_published = Os valores de { $year } ainda não foram publicados. Escolha «Planear com antecedência» para usar os últimos valores conhecidos ({ $latest }), ou verifique o ano.
error-no_rules_for_date-before = Esta ferramenta abrange mortes a partir de { $first }. Verifique o ano; para uma morte em { $date }, pergunte à Segurança Social.
error-no_rules_for_date-table = Há uma falha nas regras desta ferramenta, não nas suas respostas. Tente mais tarde.
error-death_in_future = A data da morte não pode ser depois de hoje ({ $today }). Verifique o dia, o mês e o ano.

## The NISS advisor's answers. $answer is an error-answer-<key> below.
error-invalid_type-answers = As respostas devem ser um objeto JSON ({"{"} ... {"}"}).
error-unknown_field-answers = O campo «{ $name }» não existe.
error-unknown_field-suggestion = O campo «{ $name }» não existe. Quereria dizer «{ $suggestion }»?
error-required-answer = Falta responder: { $answer }.
error-invalid_type-answer = A resposta «{ $answer }» deve ser { $expected }.
error-expected-true_false = verdadeiro ou falso (true/false)
error-expected-string = um texto
error-expected-strings = uma lista de textos
error-expected-had_niss = verdadeiro ou falso (true/false), ou "yes", "no" ou "dont_know"
error-invalid_value-answer = «{ $value }» não é uma resposta possível para «{ $answer }». Valores aceites: { $options }.
error-invalid_value-message = «{ $value }» não é uma mensagem conhecida. Valores aceites: { $options }.
error-too_long-answer = A resposta «{ $answer }» é demasiado longa (máximo { $max } caracteres).
error-invalid_value-control = A resposta «{ $answer }» contém caracteres de controlo; escreva-a de novo.
error-answer-nationality_group = grupo de nacionalidade
error-answer-has_pt_citizen_card = tem Cartão de Cidadão português
error-answer-has_pt_address = tem morada em Portugal
error-answer-residence_status = situação de residência
error-answer-work_situation = situação de trabalho
error-answer-needed_for = para que precisa do NISS
error-answer-had_niss_before = já teve NISS
error-answer-passport_or_name_changed = mudou de passaporte ou de nome
error-answer-filed_by = quem faz o pedido
error-answer-filing_for_family_member = pedido para um familiar
error-answer-wants_combined_service = quer usar o serviço conjunto
error-answer-address_changed = a morada mudou
error-answer-niss_requested = já pediu o NISS
error-answer-portal_message = mensagem do portal
error-answer-portal_messages = mensagens do portal
error-answer-typed_niss = NISS escrito
error-answer-typed_nif = NIF escrito
error-answer-name = nome

## Answers that cannot all be true: a question back, on each field involved.
error-contradiction-never_had_but_invalid = Respondeu que nunca teve NISS (had_niss_before), mas que o portal diz que o seu NISS é inválido (portal_messages). Já teve um NISS, mesmo de outra época ou dado por um empregador? Corrija uma das duas respostas.
error-contradiction-typed_but_never_had = Escreveu um NISS (typed_niss), mas respondeu que nunca teve NISS (had_niss_before). De quem é esse número? Se é seu, responda que já teve NISS; se não é, apague-o.
error-contradiction-citizen_card_but_never_had = Respondeu que tem Cartão de Cidadão português (has_pt_citizen_card) e que nunca teve NISS (had_niss_before). O Cartão de Cidadão traz o número de Segurança Social no verso. Tem mesmo Cartão de Cidadão (e não um título de residência)?
error-contradiction-protection_and_combined = Respondeu que tem proteção temporária da Ucrânia (nationality_group) e que quer usar o serviço conjunto NIF + NISS + SNS (wants_combined_service). Esse serviço exclui quem tem proteção temporária, porque os números vêm com a declaração de proteção. Tem proteção temporária, ou outro estatuto?
error-contradiction-employer_but_not_employee = Respondeu que é a entidade empregadora que faz o pedido (filed_by), mas a sua situação de trabalho não é a de trabalhador por conta de outrem (work_situation). O empregador só pode pedir o NISS quando há uma relação de trabalho. Qual das respostas está certa?
error-contradiction-employer_requires_but_not_employee = Respondeu que um empregador exige o NISS antes do contrato (portal_messages), mas a sua situação de trabalho não é a de trabalhador por conta de outrem (work_situation). Tem uma oferta de emprego? Nesse caso, escolha «trabalhador sem contrato assinado»; se não, apague a mensagem.
error-contradiction-not_working_but_job = Respondeu que não trabalha (work_situation) e que precisa do NISS para um emprego (needed_for). Já tem uma oferta ou um contrato? Nesse caso, escolha «trabalhador» com ou sem contrato assinado; se ainda procura emprego, escolha outro motivo.

# The CLI's --lang names a language that is not registered.
error-unknown_language = Língua desconhecida: «{ $given }». Use uma destas: { $known }.
error-missing_language = Falta a língua depois de --lang. Use uma destas: { $known }.
