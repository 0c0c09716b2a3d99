# actioncal interface messages: pt. Project Fluent syntax (https://projectfluent.org/fluent/guide/).
# Every file has the same message ids as en.ftl (unit-tested). Variables: { $name }.

site_name = Calendário de ações
upcoming = Próximas ações
week_of = Semana de { $date }
filters = Filtros
region = Região
country = País
campaign = Campanha
tag = Etiqueta
language = Idioma
any = Qualquer
apply = Mostrar
previous_week = Semana anterior
next_week = Semana seguinte
nothing = Nenhuma ação nestes dias.
subscribe = Inscrever-se
subscribe_hint = Adicione este calendário à sua agenda: ele fica sempre atualizado, incluindo os cancelamentos.
webcal = App de agenda (Apple, Thunderbird, Outlook para computador)
google = Adicionar ao Google Calendar
outlook = Adicionar ao Outlook.com
copy = Copiar o endereço do feed
copied = Copiado
feed_url = Endereço do feed
google_steps = Se o botão não funcionar: no Google Calendar, escolha “Outras agendas”, “+”, “Do URL” e cole o endereço.
google_refresh = O Google Calendar só atualiza as agendas assinadas a cada 12 a 24 horas: uma alteração aqui pode levar esse tempo para aparecer lá.
add_to_calendar = Adicione esta ação à sua agenda
add_google = Google Calendar
add_outlook = Outlook.com
add_office = Office 365 (trabalho ou escola)
add_ics = Calendário da Apple, Thunderbird e outros (arquivo .ics)
preview_calendar = Marchas, vigílias, piquetes e encontros online: encontre as ações perto de você e adicione-as à sua agenda.
download = Fazer download do .ics
atom = Feed Atom
when = Quando
where = Onde
online = Online
campaigns = Campanhas
languages = Idiomas
all_day = dia inteiro
repeats = Repetição
map = Mapa (OpenStreetMap)
cancelled = Cancelada: esta ação não vai acontecer.
tentative = Provisória: ainda não confirmada.
cancelled_short = Cancelada
tentative_short = Provisória
local_time = No local ({ $zone })
your_time = No seu fuso horário ({ $zone })
times_in = Os horários são mostrados no fuso horário: { $zone }.
choose_zone = Mostrar os horários em outro fuso horário
same_moment = O mesmo momento no mundo inteiro
city = Cidade
time = Hora
day_after = dia seguinte
day_before = dia anterior
actions_in = Ações: { $place }
all_actions = Todas as ações
feed_builder = Monte o seu feed
feed_builder_intro = Escolha o que quer acompanhar; o endereço e os botões abaixo são atualizados.
upcoming_short = Próximas
more = Mais ações
submit_link = Adicione a sua ação
utc = UTC
details = Detalhes
event_feed = Esta ação na sua agenda
mail_greeting = Olá,
mail_edit_link_subject = A sua ação “{ $title }”: o seu link privado de edição
mail_edit_link_body = Agradecemos o envio da sua ação. Uma pessoa da coordenação vai analisá-la: quando for aprovada, ela aparecerá no calendário e enviaremos um aviso.
mail_edit_link_keep = O seu link privado para acompanhar a situação da ação, editá-la ou cancelá-la. Quem tiver este link pode alterar a sua ação: não o divulgue.
mail_approved_subject = A sua ação “{ $title }” está no calendário
mail_approved_body = A coordenação aprovou a sua ação: ela já está no calendário e em todos os feeds que a incluem.
mail_public_link = A página pública da ação:
mail_feed_link = Esta ação para qualquer app de agenda (.ics):
mail_campaign_feed = O calendário da campanha { $campaign }, para se inscrever:
mail_manage = Para acompanhar a situação da ação, editá-la ou cancelá-la, use o link privado que recebeu ao enviá-la.
mail_rejected_subject = A sua ação “{ $title }” não foi publicada
mail_rejected_body = A coordenação não publicou a sua ação. O motivo:
mail_fix_hint = É possível corrigi-la com o link privado que recebeu ao enviá-la; uma ação corrigida volta para a coordenação.
mail_cancelled_subject = A sua ação “{ $title }” foi cancelada
mail_cancelled_body = A coordenação marcou a sua ação como cancelada: ela agora aparece como cancelada nas agendas de quem se inscreveu. Se for um engano, avise a coordenação.
mail_needs_check = Confira estes pontos; o link privado abaixo permite corrigi-los:
mail_withdrawn_subject = A sua ação “{ $title }” foi retirada
mail_withdrawn_body = Recebemos o seu cancelamento: a sua ação foi retirada antes da análise e não aparecerá no calendário.
mail_cancelled_by_sender_body = Recebemos o seu cancelamento: a sua ação está marcada como cancelada e agora aparece como cancelada nas agendas de quem se inscreveu.
mail_edited_subject = A coordenação alterou a sua ação “{ $title }”
mail_edited_body = A coordenação alterou a sua ação. O que mudou:
mail_edit_approved_subject = A sua alteração em “{ $title }” foi publicada
mail_edit_approved_body = A coordenação aprovou a sua proposta de alteração: o calendário já a mostra.
mail_edit_rejected_subject = A sua alteração em “{ $title }” não foi publicada
mail_edit_rejected_body = A coordenação não publicou a sua proposta de alteração; a ação continua como estava. O motivo:
mail_footer = Enviado automaticamente pelo calendário de { $site }, porque este endereço foi indicado na ação. Por favor, não responda a esta mensagem.
mail_digest_subject = Novas propostas pendentes de revisão: { $count }
mail_digest_title = O seu resumo das propostas pendentes
mail_digest_body = Estas propostas chegaram desde o seu último resumo (total pendente de revisão: { $count }):
mail_digest_edits = Alterações propostas a ações publicadas, pendentes: { $count }
mail_digest_open = Analise-as no painel de moderação:
mail_digest_unsubscribe = Para deixar de receber estes resumos (é possível reativá-los no painel):
# Joins the parts of a repeat rule ("every week, 6 times") or of a place ("Beirut, Lebanon"), with the space after it where the language puts one.
comma = { ", " }
rule_on = ({ $days })
rule_on_monthday = no dia { $day }
rule_until = até { $date }
rule_custom = segundo um calendário próprio

## Repeat rules in words (RFC 5545 RRULE), with CLDR plural categories
rule_every_days = { $n ->
    [one] todos os dias
   *[other] a cada { $n } dias
}
rule_every_weeks = { $n ->
    [one] todas as semanas
   *[other] a cada { $n } semanas
}
rule_every_months = { $n ->
    [one] todos os meses
   *[other] a cada { $n } meses
}
rule_every_years = { $n ->
    [one] todos os anos
   *[other] a cada { $n } anos
}
# $n is 1 to 5, or -1 for the last one in the month; $day is a weekday name.
rule_on_nth = no { $n ->
    [1] primeiro
    [2] segundo
    [3] terceiro
    [4] quarto
    [5] quinto
   *[-1] último
} dia que seja { $day }
rule_times = { $n ->
    [one] uma vez
   *[other] { $n } vezes
}

## The language switcher at the top of every page
choose_language = Idioma desta página

## The submission and edit forms (/submit, the organiser's private page)
form_submit_heading = Adicione a sua ação ao calendário
form_submit_intro = Envie a sua ação uma única vez, no seu idioma e no seu fuso horário. A coordenação analisa cada ação antes de ela aparecer no calendário. Não é preciso criar uma conta.
form_send = Enviar para a coordenação
form_save = Salvar alterações
form_look_below = Veja as mensagens junto aos campos abaixo.
form_expired = Este formulário tinha expirado (ou o navegador não guardou o cookie), por isso nada foi enviado. Tudo o que preencheu está abaixo: verifique e envie de novo.
# $wait is a wait in words, e.g. "about 7 minutes".
form_too_many = Este calendário só aceita algumas ações de cada vez vindas da mesma conexão, e a sua atingiu esse limite por enquanto. Nada foi enviado; tudo o que preencheu continua abaixo. Envie de novo daqui a { $wait }.
form_which_one = Qual dos dois?
form_first_instant = (o primeiro, antes de os relógios serem atrasados)
form_second_instant = (o segundo, depois)
form_confirm_warning = Está correto, enviar mesmo assim
form_required = (obrigatório)
form_honeypot = Deixe este campo vazio
field_title = Título da ação
hint_title = No idioma da ação.
field_description = Descrição
hint_description = O quê, quem, o que levar. As quebras de linha são mantidas.
field_start = Início
hint_start = Hora local no lugar da ação, como no seu cartaz.
field_end = Fim
hint_end = Opcional; se ficar vazio, duas horas depois do início.
field_all_day = Dia inteiro (só as datas contam)
hint_country = Deixe vazio para uma ação online.
option_online = — online —
field_timezone = Fuso horário
hint_timezone = O fuso horário do local; se ficar vazio, é deduzido do país, quando o país tem um só fuso horário.
option_from_country = — do país —
zones_elsewhere = Fusos horários sem país
field_city = Cidade ou localidade
field_venue = Local, praça ou rua
field_online_url = Link online
hint_online_url = Endereço do Zoom, do Jitsi ou da transmissão, para ações online.
field_online_links = Outras formas de participar
hint_online_links = Uma por linha, indicando o que é: Facebook Live: https://…
field_tags = Etiquetas
hint_tags = Separadas por vírgulas, por exemplo: vigília, marcha.
hint_languages = Códigos de idioma separados por vírgulas, por exemplo: ar, es, en.
hint_repeat = Sempre à mesma hora local, mesmo quando os relógios mudam.
repeat_none = Não se repete
repeat_daily = Todos os dias
repeat_weekly = Todas as semanas, no dia da semana do início (e nos dias marcados abaixo)
repeat_fortnightly = A cada duas semanas, no dia da semana do início (e nos dias marcados abaixo)
repeat_monthly_weekday = Todos os meses, no mesmo dia da semana (por exemplo, a primeira sexta-feira)
repeat_monthly_date = Todos os meses, na mesma data
repeat_days = Com repetição semanal, também nos dias
repeat_count = Termina depois de quantas vezes
repeat_until = ou neste dia (a última vez)
hint_repeat_end = Deixe ambos vazios para uma ação que se repete até ser cancelada.
repeat_expert = Outra regra (RFC 5545 RRULE, para especialistas em calendários)
hint_rrule = Usada em vez da opção acima, por exemplo: FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6.
field_organiser_email = O seu e-mail
hint_organiser_email = Só a coordenação o vê; nunca é publicado.
field_organiser_name = O seu nome ou grupo
hint_organiser_name = Nunca é publicado.

## After sending, and the organiser's private page
thanks = Obrigado
thanks_review = Uma pessoa da coordenação vai analisar a sua ação. Ela aparecerá no calendário depois de aprovada.
thanks_link = Este é o seu link privado para acompanhar a situação da ação, editá-la ou cancelá-la. Quem tiver este link pode alterar a sua ação: não o divulgue.
thanks_mailed = Também enviamos este link por e-mail para o endereço indicado; a decisão da coordenação chegará lá depois.
thanks_not_mailed = Este calendário não envia e-mails: este link não será enviado. Copie-o agora; ele só é mostrado uma vez.
edit_link_label = O seu link privado de edição
copy_link = Copiar o link
your_action = A sua ação: { $title }
status_label = Situação:
status_pending = pendente de análise pela coordenação
status_published = publicada no calendário
status_rejected = recusada
status_cancelled = (cancelada)
public_page = A página pública da ação
uncancel_button = Desfazer o cancelamento
coordinator_wrote = A coordenação escreveu:
fix_and_resend = Corrija a ação abaixo e envie-a de novo; ela volta para a coordenação.
change_waiting = A sua alteração está pendente de análise pela coordenação.
change_waiting_more = Enquanto não for aprovada, o calendário mostra a versão publicada; o formulário abaixo contém a sua alteração.
change_refused = A coordenação não aprovou a sua alteração.
they_wrote = O motivo:
published_version_shown = O calendário mostra a versão publicada.
changes_reviewed = As alterações a uma ação publicada são analisadas pela coordenação antes de aparecerem para quem se inscreveu; o cancelamento vale de imediato.
cancel_sure = Sim, cancelar
cancel_button = Cancelar esta ação
cancel_hint = Uma ação cancelada continua nas agendas, marcada como cancelada, para que quem se inscreveu saiba que ela não vai acontecer. É possível desfazer o cancelamento até ela começar.
notice_saved = Salvo.
notice_change_sent = Enviado: a sua alteração está pendente de análise pela coordenação; até lá, o calendário mostra a versão publicada.
notice_cancel_ask = Para cancelar, marque “Sim, cancelar” e clique no botão de novo. Nada foi alterado.
notice_cancelled = Cancelada: a ação aparece como cancelada nas agendas. É possível desfazer isso até ela começar.
notice_uncancelled = A ação foi reativada: as agendas voltam a mostrá-la.

## A wait in words ($n minutes or hours)
wait_seconds = menos de um minuto
wait_minutes = { $n ->
    [one] cerca de um minuto
   *[other] cerca de { $n } minutos
}
wait_hours = { $n ->
    [one] cerca de uma hora
   *[other] cerca de { $n } horas
}
save = Salvar

## Error pages (HTML; tools get the JSON error in English)
back_to_calendar = Voltar ao calendário
error_400 = Pedido inválido
error_400_hint = Algo no endereço não é permitido aqui. Verifique-o ou recomece a partir do calendário.
error_401 = É preciso iniciar sessão
error_401_hint = Esta página é para a coordenação. Inicie sessão com o seu token de coordenação.
error_403 = Não permitido
error_403_hint = Não tem acesso a isto, ou o formulário enviado era antigo demais. Volte, recarregue a página e tente de novo.
error_404 = Não encontrado
error_404_hint = Não há nada neste endereço: o link pode estar errado, ou a ação foi removida.
error_405 = Não disponível desta forma
error_405_hint = Este endereço não aceita este tipo de pedido.
error_409 = Conflito
error_409_hint = Isto não é possível na situação atual da ação. Recarregue a página para ver em que ponto ela está.
error_413 = Grande demais
error_413_hint = O que enviou é maior do que este calendário aceita. Encurte-o e envie de novo.
error_422 = Não é possível aceitar
error_422_hint = Não é possível aceitar alguns valores. Corrija-os e envie de novo.
error_429 = Pedidos em excesso
error_429_hint = Este calendário só aceita alguns pedidos de cada vez vindos da mesma conexão. Aguarde um pouco e tente de novo.
error_500 = Ocorreu um erro
error_500_hint = O calendário não conseguiu responder. O problema foi registrado; tente de novo mais tarde.
error_503 = Indisponível no momento
error_503_hint = O calendário está ocupado ou em modo só de leitura por alguns instantes. Tente de novo daqui a alguns segundos.
error_507 = Armazenamento cheio
error_507_hint = O armazenamento do calendário está cheio, por isso nada foi gravado. Avise a coordenação.
# $wait is a wait in words ("about 7 minutes").
error_wait = Tente de novo daqui a { $wait }.
error_store_full = O armazenamento está cheio, por isso nada foi gravado; as páginas e os feeds continuam disponíveis.
error_store_busy = O armazenamento está ocupado com outra gravação (uma importação), por isso nada foi gravado.
error_store_read_only = Aqui este calendário é só de leitura, por isso nada foi gravado; as páginas e os feeds continuam disponíveis.

## Refused values (validation), next to the field or on an error page. Quoted values are shown as given.
err_slug = { $value } não é um identificador (slug) válido; são permitidos de 1 a { $max } caracteres: letras minúsculas a-z, algarismos e hífenes isolados no meio
err_date = { $value } não é uma data; escreva a data no formato YYYY-MM-DD, por exemplo 2027-11-29
err_date_missing = { $value } não existe no calendário; escreva a data no formato YYYY-MM-DD, por exemplo 2027-11-29
err_year_range = { $value } está fora do intervalo permitido; são permitidos os anos de { $first } a { $last }
err_local_time = { $value } não é uma hora local; use YYYY-MM-DDTHH:MM (por exemplo 2027-11-29T19:00), seguido, se necessário, da diferença em relação ao UTC para escolher uma das duas horas iguais quando os relógios são atrasados (2027-11-07T01:30-04:00)
err_time_of_day = { $value } não é uma hora do dia válida; as horas vão de 00 a 23 e os minutos de 00 a 59
err_out_of_range = valor fora do intervalo permitido
err_offset_mismatch = { $value } não corresponde a { $zone }: nesse fuso horário, a diferença em relação ao UTC é { $offset }; indique essa diferença ou nenhuma
err_gap = { $value } não existe em { $zone }: os relógios passam diretamente de { $from } para { $to } (diferença em relação ao UTC de { $offset_before } para { $offset_after }); escolha uma hora antes de { $from } ou a partir de { $to }
err_fold = { $value } ocorre duas vezes em { $zone } porque os relógios são atrasados (primeiro com a diferença em relação ao UTC { $offset_before }, depois com { $offset_after }); indique qual acrescentando a diferença: { $first } ou { $second }
err_timezone_required = campo obrigatório: o fuso horário IANA do local, por exemplo "Europe/Paris", ou "UTC" para ações online
err_start_required = campo obrigatório, por exemplo { $example }
err_end_before_start_all_day = o fim é anterior ao início; nas ações de dia inteiro, o fim é o último dia, inclusive
err_too_long_days = a ação duraria mais de { $max } dias
err_end_before_start = o fim deve ser depois do início (ambos são horas locais no fuso horário da ação)
err_years_allowed = valor fora do intervalo permitido; são permitidos os anos de { $first } a { $last }
err_text_too_long = o texto tem { $len } caracteres; são permitidos no máximo { $max }
err_text_required = campo obrigatório; não pode ficar vazio (de 1 a { $max } caracteres)
err_country = { $value } não é um código de país ISO 3166-1 alfa-2; use duas letras, como "PS", "US", "ZA" (maiúsculas ou minúsculas, tanto faz)
err_region = { $value } não é uma região; são permitidos os nomes UN M49 em inglês, em minúsculas e com hífenes (como "europe", "western-asia", "south-america", "sub-saharan-africa"), ou "online"; GET /api/v1/regions lista todas
err_zone = { $value } não é um fuso horário da base de dados IANA (versão { $release }); use um nome como "Europe/Paris", "America/New_York", "Asia/Gaza" ou "UTC"
err_warning_code = { $value } não é um código de aviso; códigos: { $codes }
err_link_text_after = { $value } tem texto depois do endereço; escreva "Label: https://…", um link por entrada
err_link_no_address = { $value } não tem nenhum endereço http:// ou https://; escreva "https://…" ou "Label: https://…"
err_too_many_links = há { $count } links; são permitidos no máximo { $max }
err_status = { $value } não é uma situação válida; são permitidas: confirmed, tentative, cancelled
err_language = { $value } não é um idioma; use uma etiqueta principal BCP 47 de 2 ou 3 letras, como "ar", "es", "en"
err_language_hint = { $value } não é um idioma; use uma etiqueta principal BCP 47 de 2 ou 3 letras, como "ar", "es", "en" (para { $value }, use { $hint })
err_too_many_entries = há { $count } entradas; são permitidas no máximo { $max }
err_url_too_long = { $value } é longo demais; indique um endereço http:// ou https:// completo com no máximo { $max } caracteres
err_url = { $value } não é um endereço URL; indique um endereço http:// ou https:// completo com no máximo { $max } caracteres
err_url_not_web = { $value } não é um endereço web; indique um endereço http:// ou https:// completo com no máximo { $max } caracteres
err_email = { $value } não é um endereço de e-mail do tipo name@example.org
err_coordinate = { $value } está fora do intervalo permitido; são permitidos de -{ $limit } a { $limit } graus
err_longitude_required = campo obrigatório quando a latitude é indicada
err_latitude_required = campo obrigatório quando a longitude é indicada
err_country_required = campo obrigatório para uma ação com cidade ou local; uma ação sem país é online e precisa de online_url
err_filter_empty = filtro vazio; indique um valor ou vários, separados por vírgulas
err_filter_too_many = o filtro tem { $count } valores; são permitidos no máximo { $max }
err_filter_value_long = o filtro tem um valor com mais de { $max } caracteres
err_to_before_from = { $to } é anterior ao primeiro dia pedido ({ $from }); as duas são datas locais e estão incluídas
err_email_required = campo obrigatório, para que a coordenação possa entrar em contato; nunca é publicado
err_choose_zone = escolha o fuso horário do local; este país tem vários: { $zones }
err_to_before_page = a data final é anterior ao primeiro dia mostrado ({ $first }); as duas são datas locais e estão incluídas
err_page_too_long = o período abrange { $days } dias; uma página mostra no máximo { $max } dias (os feeds aceitam qualquer período)

## Likely mistakes the organiser is asked to confirm
warn_zone_not_in_country = { $zone } não é um fuso horário deste país ({ $country }); os fusos horários do país são: { $zones }
warn_night_time = a ação começa de madrugada ({ $time }) em { $zone }; se queria dizer à tarde ou à noite, acrescente 12 horas
warn_in_the_past = a data já passou (hoje é { $today } em UTC); verifique o ano e o mês
warn_far_ahead = a data é daqui a mais de dois anos ({ $date }); verifique o ano
warn_possible_duplicate = esta ação parece ser igual a uma que já está no calendário, no mesmo local e à mesma hora: { $title } (id { $id })

## Feed names and descriptions (X-WR-CALNAME, NAME, X-WR-CALDESC; Atom titles), with ?ui=
feed_all = Ações no mundo inteiro
feed_description = Ações de campanhas de solidariedade, cada uma na sua hora local e com o seu fuso horário; publicadas pelo actioncal.
# $scope is "Actions worldwide", "Actions in Europe" or a campaign's name; $filters the filters on top.
feed_name_filtered = { $scope }: { $filters }
feed_campaign = campanha { $names }
feed_tag = etiqueta { $names }
feed_in_languages = em { $names }
feed_from_to = de { $from } a { $to }
feed_from = a partir de { $from }
feed_until = até { $to }
feed_upcoming_in = Próximas: { $scope }

## The coordinators' desk (/admin)
desk_coordinators = Coordenação
desk_token = O seu token de coordenação
desk_token_hint = Gerado com actioncal admin add-coordinator.
desk_sign_in = Iniciar sessão
desk_sign_in_title = Coordenação: iniciar sessão
desk_digest = Receber por e-mail um resumo das novas propostas
desk_digest_no_mail = Este calendário não envia e-mails (nenhum servidor de envio configurado): a configuração fica guardada para quando passar a enviar.
desk_digest_how_often = Com que frequência
desk_digest_never = Nunca
desk_digest_hourly = No máximo uma vez por hora
desk_digest_daily = No máximo uma vez por dia
desk_digest_to = Para
desk_digest_title = Resumo das novas propostas
desk_digest_stopped = Pronto: não serão enviados mais resumos. É possível reativá-los no painel de moderação.
desk_digest_stop = Parar os resumos
reason_place = Por favor, indique o local exato: rua, praça ou espaço.
reason_time = A data ou a hora parece errada; por favor, confira com o seu cartaz.
reason_zone = O fuso horário não corresponde ao local; por favor, escolha o fuso horário da cidade.
reason_duplicate = Esta ação já está no calendário.
reason_describe = Por favor, descreva a ação em uma ou duas frases: o quê, quem, o que levar.
reason_outside = Este calendário é para ações da campanha; esta ação não faz parte dela.
desk_map_given = Mapa (as coordenadas indicadas)
desk_map_find = Encontrar o local no mapa
desk_waiting = Propostas pendentes
desk_signed_in_as = Sessão iniciada como { $name }.
desk_actions = Ações
desk_log = O registro
desk_sign_out = Sair
desk_keys = Teclas: j e k passam de um cartão para outro, a aprova o cartão em foco, r escreve um motivo para recusá-lo.
desk_nothing_waiting = Nada pendente.
desk_campaigns_tags_languages = Campanhas, etiquetas, idiomas
desk_organiser = Pessoa organizadora
desk_no_name = (sem nome)
desk_earlier = { $count ->
    [0] primeira proposta
    [one] { $count } proposta anterior
   *[other] { $count } propostas anteriores
}
desk_address = Endereço
desk_warnings_confirmed = Avisos confirmados pela pessoa organizadora
desk_similar = Ações parecidas no mesmo local e à mesma hora
desk_approve = Aprovar
desk_edit_first = Editar primeiro (depois salvar e aprovar)
desk_reason = Motivo para a pessoa organizadora
desk_reject = Recusar
desk_changes = Alterações propostas a ações publicadas
desk_field = Campo
desk_now = Atual
desk_proposed = Proposta
desk_publish_change = Publicar a alteração
desk_keep_published = Manter a versão publicada
log_organiser = a pessoa organizadora
log_operator = a administração do servidor (linha de comando)
moderation_pending = pendente
moderation_published = publicada
moderation_rejected = recusada
desk_back = Voltar à fila
log_action_number = Número da ação
log_who = Quem
log_nothing = Nada registrado sobre isto.
log_action = ação { $id }
log_campaign = campanha { $slug }
log_before = Antes
log_after = Depois
log_reason = Motivo:
log_older = Entradas mais antigas
find_label = Título, cidade ou número
find_button = Procurar
find_nothing = Nenhuma ação corresponde.
desk_save_approve = Salvar e aprovar
desk_its_log = Registro da ação
desk_action_state = Ação { $id }: { $moderation }, { $status }, versão { $version }.
desk_cancel = Cancelar a ação
desk_remove = Removê-la de todos os feeds
desk_edit_title = Editar: { $title }
campaign_name = Nome
campaign_hashtag = Hashtag
campaign_new = Nova campanha
campaign_slug = Identificador (slug; faz parte do endereço de cada feed e nunca muda)
campaign_create = Criar
coordinators_hint = Os novos tokens são criados no servidor: actioncal admin add-coordinator.
coordinator_since = desde { $date }
coordinator_revoked = acesso revogado em { $date }
coordinator_you = você
coordinator_revoke = Revogar
status_confirmed = confirmada
status_tentative = provisória
log_submit = envio
log_edit = edição
log_propose_edit = proposta de alteração
log_withdraw_edit = retirada da proposta de alteração
log_approve_edit = aprovação da alteração
log_reject_edit = recusa da alteração
log_approve = aprovação
log_reject = recusa
log_cancel = cancelamento
log_uncancel = cancelamento desfeito
log_remove = remoção
log_campaign_create = criação de campanha
log_campaign_edit = edição de campanha
log_import = importação
log_coordinator_add = criação de acesso de coordenação
log_coordinator_revoke = revogação de acesso de coordenação
desk_token_refused = Este token não dá acesso a nada: é desconhecido ou foi revogado.
desk_done_approved = Aprovada: já está no calendário.
desk_done_rejected = Recusada: a pessoa organizadora vê o seu motivo no link privado.
desk_done_digest = Salvo: a sua configuração de resumos.
desk_done_edit_approved = Publicada: a alteração já está no calendário.
desk_done_edit_rejected = Mantida: a versão publicada continua; a pessoa organizadora vê o seu motivo.
desk_done_cancelled = Cancelada: a ação aparece como cancelada nas agendas.
desk_done_revoked = Revogado: esse token já não dá acesso a nada.

## Mail: the action's time besides its local time ($zone a zone's name, $offset "UTC+02:00", $utc a date and time)
mail_when_zone = { $zone }, { $offset }; { $utc } UTC

## Repeat rules refused (the RRULE field, for calendar experts)
err_rrule = { $value } não é uma RRULE válida ({ $detail }); exemplos: { $examples }
err_until_date = UNTIL={ $until } deve ser uma data YYYYMMDD numa ação de dia inteiro, por exemplo UNTIL=20271119
err_until_utc = UNTIL={ $until } deve ser uma data e hora UTC YYYYMMDDTHHMMSSZ numa ação com hora marcada (RFC 5545 3.3.10), por exemplo UNTIL=20271119T235959Z
err_freq = FREQ={ $freq } não é suportado; a repetição pode ser DAILY, WEEKLY, MONTHLY ou YEARLY
err_byhour = BYHOUR, BYMINUTE e BYSECOND não são suportados: cada ocorrência começa à hora de início da ação
err_count = COUNT pode ser no máximo { $max }
err_rrule_start = { $value } não é uma RRULE válida para este início ({ $detail }); exemplos: { $examples }
err_rrule_length = deve ser uma RRULE de 1 a { $max } caracteres; exemplos: { $examples }
err_rrule_chars = { $value } tem caracteres que uma RRULE não pode conter; exemplos: { $examples }
err_repeat_ambiguous = uma ação que se repete não pode começar nem terminar em { $start } ou { $end }, horas locais que ocorrem duas vezes quando os relógios são atrasados; escolha uma hora fora desse intervalo
err_start_not_occurrence = o início ({ $start }) não é uma ocorrência de { $value }; os apps de agenda divergem nesse tipo de regra, por isso faça do início a primeira ocorrência
err_too_many_occurrences = tem mais de { $max } repetições; divida a ação ou encurte a regra
# $what selects "start" or "end" (of the occurrence).
err_occurrence_gap = a ocorrência de { $date } { $what ->
        [start] começaria
       *[end] terminaria
    } às { $time }, uma hora que não existe em { $zone }: nessa noite, os relógios passam diretamente de { $from } para { $to }, e os apps de agenda interpretam essa ocorrência de formas diferentes; escolha uma hora antes de { $before } ou a partir de { $after }, ou termine a regra antes de { $date } (UNTIL)
err_occurrence_fold = a ocorrência de { $date } { $what ->
        [start] começaria
       *[end] terminaria
    } às { $time }, uma hora que ocorre duas vezes em { $zone }: nessa noite, os relógios são atrasados de { $from } para { $to }, e os apps de agenda interpretam essa ocorrência de formas diferentes; escolha uma hora antes de { $before } ou a partir de { $after }, ou termine a regra antes de { $date } (UNTIL)

## More refusals (filters, the widget, the desk)
err_unknown_campaign = { $value } não é uma campanha; campanhas conhecidas: { $known }
err_unknown_tag = { $value } não é etiqueta de nenhuma ação; etiquetas conhecidas: { $known }
err_unknown_language = { $value } não é idioma de nenhuma ação; idiomas conhecidos: { $known }
err_theme = { $value } não é um tema; são permitidos: light, dark, auto
err_embed_limit = { $value } não é um número de ações válido; são permitidos de 1 a { $max }
err_query_too_long = a consulta tem { $len } bytes; são permitidos no máximo { $max }
err_digest_every = { $value } não é uma opção; escolha off, hourly ou daily
err_digest_email = campo obrigatório para receber um resumo: o endereço para onde ele é enviado
# Labels of the date filters in refusals ("From: …").
field_from = Data inicial
field_to = Data final

## Refusals found in review: the campaign's hashtag, a query that cannot be read, more field labels
err_hashtag = { $value } não é uma hashtag; são permitidos até { $max } letras, algarismos e sublinhados, por exemplo #AllForPalestine
# $detail is the reader's technical reason (in English).
err_query = não é possível ler a consulta ({ $detail }); filtros: region, country, campaign, tag, lang, from, to
field_query = Endereço
field_theme = Tema
field_limit = Número de ações
field_slug = Identificador

## Partners' calendars (sources)
err_required = é obrigatório
err_source_url = deve ser o endereço http:// ou https:// de um calendário (.ics)
err_source_trust = deve ser "hold" (as novas ações aguardam a coordenação) ou "publish" (publicadas de imediato)
sources = Calendários parceiros
sources_hint = Calendários que organizações parceiras já publicam (Google Calendar, Outlook, Nextcloud, Mobilizon, Gancio…), consultados em busca das suas ações com a frequência que cada um pede (de 15 em 15 minutos a uma vez por dia). As novas ações de um calendário configurado para aguardar análise entram na fila; as dos demais são publicadas de imediato. Uma correção feita pela coordenação é mantida, a menos que a organização parceira altere esse campo de novo. Uma ação que some do calendário de uma organização parceira só é cancelada aqui depois de faltar em duas consultas seguidas, e apenas se ainda estiver por acontecer.
source_url = Endereço do calendário (.ics)
source_name = Nome
source_campaigns = Campanhas (os identificadores, separados por vírgulas)
source_tags = Etiquetas (separadas por vírgulas)
source_languages = Idiomas (códigos como es ou ar, separados por vírgulas)
source_country = País dos locais que não indicarem nenhum (código de duas letras como DE)
source_trust = Novas ações
source_trust_hold = aguardam análise
source_trust_publish = são publicadas de imediato
source_paused = Pausado
source_add = Seguir este calendário
source_new = Seguir o calendário de uma organização parceira
source_poll_now = Consultar agora
source_release = Cancelar o que sumiu
source_remove = Deixar de seguir (as ações continuam)
source_status = Situação
source_status_changed = alterações incorporadas
source_status_unchanged = nada mudou
source_status_held = retido: muitas ações sumiram de uma vez
source_status_error = a última consulta falhou
source_never = ainda não consultado
source_last_poll = Última consulta
source_next_poll = Próxima consulta
source_counts_title = Desde que foi adicionado
source_counts = novas: { $new } · atualizadas: { $updated } · canceladas: { $cancelled } · retidas: { $held }
source_message = Mensagem
desk_done_polled = Calendário consultado.
desk_done_removed = Este calendário deixou de ser seguido.
log_source = calendário parceiro { $name }
desk_mail = Ações recebidas por e-mail
mail_hint = Mensagens enviadas para o endereço de e-mail do calendário, das mais recentes para as mais antigas. Um convite de calendário anexado se torna uma ação pendente de análise, assim como uma mensagem cujo texto permitiu ler a data, a hora e o local; as demais ficam guardadas aqui para você ler e registrar a ação.
mail_none = Nenhum e-mail recebido até agora.
mail_received = Recebida
mail_from = De
mail_actions = Ações criadas
mail_text = A mensagem
mail_original = A mensagem tal como chegou
mail_reading = O que foi possível ler no texto
mail_unsure = Não lido com segurança
mail_state_read = lida: ações criadas
mail_state_for_review = deixada para a coordenação
mail_state_stored = ainda não lida
