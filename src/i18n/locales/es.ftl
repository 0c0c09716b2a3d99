# actioncal interface messages: es. Project Fluent syntax (https://projectfluent.org/fluent/guide/).
# Every file has the same message ids as en.ftl (unit-tested). Variables: { $name }.

site_name = Calendario de acciones
upcoming = Próximas acciones
week_of = Semana del { $date }
filters = Filtros
region = Región
country = País
campaign = Campaña
tag = Etiqueta
language = Idioma
any = Todas
apply = Mostrar
previous_week = Semana anterior
next_week = Semana siguiente
nothing = No hay acciones en estos días.
subscribe = Suscribirse
subscribe_hint = Añade este calendario a tu aplicación; se mantiene al día, cancelaciones incluidas.
webcal = Aplicación de calendario (Apple, Thunderbird, Outlook)
google = Añadir a Google Calendar
outlook = Añadir a Outlook.com
copy = Copiar la dirección del calendario
copied = Copiado
feed_url = Dirección del calendario
google_steps = Si el botón no funciona: en Google Calendar elige Otros calendarios, +, Desde URL, y pega la dirección.
google_refresh = Google Calendar solo actualiza los calendarios suscritos cada 12 a 24 horas: un cambio aquí puede tardar ese tiempo en aparecer allí.
add_to_calendar = Añade esta acción a tu calendario
add_google = Google Calendar
add_outlook = Outlook.com
add_office = Office 365 (trabajo o centro educativo)
add_ics = Calendario de Apple, Thunderbird y otros (archivo .ics)
preview_calendar = Marchas, vigilias, piquetes y reuniones en línea: encuentra las acciones cerca de ti y añádelas a tu calendario.
download = Descargar .ics
atom = Canal Atom
when = Cuándo
where = Dónde
online = En línea
campaigns = Campañas
languages = Idiomas
all_day = todo el día
repeats = Se repite
map = Mapa (OpenStreetMap)
cancelled = Cancelada: esta acción no tendrá lugar.
tentative = Provisional: aún sin confirmar.
cancelled_short = Cancelada
tentative_short = Provisional
local_time = En el lugar ({ $zone })
your_time = Tu hora ({ $zone })
times_in = Las horas se muestran en { $zone }.
choose_zone = Mostrar las horas en otra zona
same_moment = El mismo momento en el mundo
city = Ciudad
time = Hora
day_after = día siguiente
day_before = día anterior
actions_in = Acciones en { $place }
all_actions = Todas las acciones
feed_builder = Arma tu calendario
feed_builder_intro = Elige qué quieres seguir; la dirección y los botones se actualizan.
upcoming_short = Próximas
more = Más acciones
submit_link = Añade tu acción
utc = UTC
details = Detalles
event_feed = Esta acción en tu calendario
mail_greeting = Hola:
mail_edit_link_subject = Tu acción «{ $title }»: tu enlace privado de edición
mail_edit_link_body = Gracias por enviar tu acción. Una persona coordinadora la revisará: aparecerá en el calendario cuando sea aprobada, y te escribiremos entonces.
mail_edit_link_keep = Tu enlace privado para ver su estado, editarla o cancelarla. Quien tenga este enlace puede cambiar tu acción: no lo compartas.
mail_approved_subject = Tu acción «{ $title }» ya está en el calendario
mail_approved_body = Una persona coordinadora aprobó tu acción: ya está en el calendario y en cada suscripción que la incluye.
mail_public_link = Su página pública:
mail_feed_link = Esta acción para cualquier aplicación de calendario (.ics):
mail_campaign_feed = El calendario de la campaña { $campaign }, para suscribirse:
mail_manage = Para ver su estado, editarla o cancelarla, usa el enlace privado que te enviamos al recibirla.
mail_rejected_subject = Tu acción «{ $title }» no fue publicada
mail_rejected_body = Una persona coordinadora no publicó tu acción. Su motivo:
mail_fix_hint = Puedes corregirla con el enlace privado que te enviamos al recibirla; una acción corregida vuelve a la coordinación.
mail_cancelled_subject = Tu acción «{ $title }» fue cancelada
mail_cancelled_body = Una persona coordinadora marcó tu acción como cancelada: los calendarios suscritos ya la muestran cancelada. Si es un error, contacta con la coordinación.
mail_needs_check = Revisa lo siguiente; el enlace privado de abajo te permite corregirlo:
mail_withdrawn_subject = Tu acción «{ $title }» fue retirada
mail_withdrawn_body = Recibimos tu cancelación: tu acción se retiró antes de la revisión y no aparecerá en el calendario.
mail_cancelled_by_sender_body = Recibimos tu cancelación: tu acción figura como cancelada y los calendarios suscritos ya la muestran cancelada.
mail_edited_subject = La coordinación cambió tu acción «{ $title }»
mail_edited_body = Una persona coordinadora cambió tu acción. Lo que cambió:
mail_edit_approved_subject = Tu cambio en «{ $title }» está publicado
mail_edit_approved_body = Una persona coordinadora aprobó el cambio que propusiste: el calendario ya lo muestra.
mail_edit_rejected_subject = Tu cambio en «{ $title }» no fue publicado
mail_edit_rejected_body = Una persona coordinadora no publicó el cambio que propusiste; la acción sigue como estaba. Su motivo:
mail_footer = Enviado automáticamente por el calendario de { $site }, porque esta dirección se dio con la acción. Por favor, no respondas a este mensaje.
mail_digest_subject = Envíos nuevos pendientes de revisión: { $count }
mail_digest_title = Tu resumen de envíos pendientes
mail_digest_body = Estos envíos llegaron desde tu último resumen (total pendiente de revisión: { $count }):
mail_digest_edits = Cambios propuestos a acciones publicadas, pendientes: { $count }
mail_digest_open = Revísalos en el escritorio de moderación:
mail_digest_unsubscribe = Para dejar de recibir estos resúmenes (puedes reactivarlos en el escritorio):
# Joins the parts of a repeat rule ("every week, 6 times") or of a place ("Beirut, Lebanon"), with the space after it where the language puts one.
comma = { ", " }
rule_on = el { $days }
rule_on_monthday = el día { $day }
rule_until = hasta el { $date }
rule_custom = con un calendario propio

## Repeat rules in words (RFC 5545 RRULE), with CLDR plural categories
rule_every_days = { $n ->
    [one] cada día
   *[other] cada { $n } días
}
rule_every_weeks = { $n ->
    [one] cada semana
   *[other] cada { $n } semanas
}
rule_every_months = { $n ->
    [one] cada mes
   *[other] cada { $n } meses
}
rule_every_years = { $n ->
    [one] cada año
   *[other] cada { $n } años
}
# $n is 1 to 5, or -1 for the last one in the month; $day is a weekday name.
rule_on_nth = el { $n ->
    [1] primer
    [2] segundo
    [3] tercer
    [4] cuarto
    [5] quinto
   *[-1] último
} { $day }
rule_times = { $n ->
    [one] una vez
   *[other] { $n } veces
}

## The language switcher at the top of every page
choose_language = Idioma de esta página

## The submission and edit forms (/submit, the organiser's private page)
form_submit_heading = Añade tu acción al calendario
form_submit_intro = Envía tu acción una sola vez, en tu idioma y en tu zona horaria. La coordinación la revisa antes de que aparezca en el calendario. No hace falta crear una cuenta.
form_send = Enviar a la coordinación
form_save = Guardar los cambios
form_look_below = Revisa los mensajes junto a los campos de abajo.
form_expired = Este formulario había caducado (o tu navegador no guardó su cookie), así que no se envió nada. Todo lo que escribiste está abajo: revísalo y vuelve a enviarlo.
# $wait is a wait in words, e.g. "about 7 minutes".
form_too_many = Este calendario solo acepta unas pocas acciones a la vez desde una misma conexión, y la tuya ha llegado a ese límite por ahora. No se envió nada; todo lo que escribiste se conserva abajo. Vuelve a enviarlo en { $wait }.
form_which_one = ¿Cuál de las dos?
form_first_instant = (la primera, antes de que se atrasen los relojes)
form_second_instant = (la segunda, después)
form_confirm_warning = Es correcto, enviar de todos modos
form_required = (obligatorio)
form_honeypot = Deja este campo vacío
field_title = Título de la acción
hint_title = En el idioma de la acción.
field_description = Descripción
hint_description = Qué, quién, qué llevar. Se conservan los saltos de línea.
field_start = Inicio
hint_start = Hora local del lugar de la acción, como en tu cartel.
field_end = Fin
hint_end = Opcional; si se deja vacío, dos horas después del inicio.
field_all_day = Todo el día (solo cuentan las fechas)
hint_country = Déjalo vacío para una acción en línea.
option_online = — en línea —
field_timezone = Zona horaria
hint_timezone = La zona del lugar; si se deja vacía, se toma del país cuando el país tiene una sola zona.
option_from_country = — según el país —
zones_elsewhere = Zonas sin país
field_city = Ciudad o localidad
field_venue = Lugar, plaza o calle
field_online_url = Enlace en línea
hint_online_url = Dirección de Zoom, Jitsi o de la transmisión en directo, para acciones en línea.
field_online_links = Otras formas de participar
hint_online_links = Uno por línea, indicando qué es: Facebook Live: https://…
field_tags = Etiquetas
hint_tags = Separadas por comas, p. ej. vigilia, marcha.
hint_languages = Códigos de idioma separados por comas, p. ej. ar, es, en.
hint_repeat = A la misma hora local cada vez, también cuando cambia la hora.
repeat_none = No se repite
repeat_daily = Cada día
repeat_weekly = Cada semana, el mismo día de la semana que el inicio (y los días marcados abajo)
repeat_fortnightly = Cada dos semanas, el mismo día de la semana que el inicio (y los días marcados abajo)
repeat_monthly_weekday = Cada mes, el mismo día de la semana (p. ej., el primer viernes)
repeat_monthly_date = Cada mes, en la misma fecha
repeat_days = Si se repite cada semana, también los días
repeat_count = Termina después de este número de veces
repeat_until = o en este día (la última vez)
hint_repeat_end = Deja ambos vacíos para una acción que se repite hasta que se cancele.
repeat_expert = Otra regla (RFC 5545 RRULE, para personas expertas en calendarios)
hint_rrule = Se usa en lugar de la opción de arriba, p. ej. FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6.
field_organiser_email = Tu correo electrónico
hint_organiser_email = Solo lo ve la coordinación; nunca se publica.
field_organiser_name = Tu nombre o grupo
hint_organiser_name = Nunca se publica.

## After sending, and the organiser's private page
thanks = Gracias
thanks_review = Una persona coordinadora revisará tu acción. Aparecerá en el calendario cuando sea aprobada.
thanks_link = Este es tu enlace privado para ver su estado, editarla o cancelarla. Quien tenga este enlace puede cambiar tu acción: no lo compartas.
thanks_mailed = También enviamos este enlace por correo electrónico a la dirección que diste; la decisión de la coordinación te llegará allí más adelante.
thanks_not_mailed = Este calendario no envía correos: no recibirás este enlace. Cópialo ahora; solo se muestra una vez.
edit_link_label = Tu enlace privado de edición
copy_link = Copiar el enlace
your_action = Tu acción: { $title }
status_label = Estado:
status_pending = pendiente de revisión por la coordinación
status_published = publicada en el calendario
status_rejected = no aceptada
status_cancelled = (cancelada)
public_page = Su página pública
uncancel_button = Deshacer la cancelación
coordinator_wrote = La persona coordinadora escribió:
fix_and_resend = Corrige la acción abajo y vuelve a enviarla; volverá a la coordinación.
change_waiting = Tu cambio está pendiente de revisión por la coordinación.
change_waiting_more = Hasta que se acepte, el calendario muestra la versión publicada; el formulario de abajo contiene tu cambio.
change_refused = Una persona coordinadora no aceptó tu cambio.
they_wrote = Escribió:
published_version_shown = El calendario muestra la versión publicada.
changes_reviewed = Los cambios en una acción publicada los revisa la coordinación antes de que los vean las personas suscritas; la cancelación es inmediata.
cancel_sure = Sí, cancelarla
cancel_button = Cancelar esta acción
cancel_hint = Una acción cancelada sigue en los calendarios, marcada como cancelada, para que las personas suscritas vean que no se hará. Puedes deshacer la cancelación hasta que empiece.
notice_saved = Guardado.
notice_change_sent = Enviado: tu cambio espera la revisión de la coordinación; mientras tanto, el calendario muestra la versión publicada.
notice_cancel_ask = Para cancelar, marca «Sí, cancelarla» y vuelve a pulsar el botón. No se cambió nada.
notice_cancelled = Cancelada: los calendarios la muestran como cancelada. Puedes deshacerlo hasta que empiece.
notice_uncancelled = Vuelve a estar prevista: los calendarios la muestran de nuevo.

## A wait in words ($n minutes or hours)
wait_seconds = menos de un minuto
wait_minutes = { $n ->
    [one] un minuto aproximadamente
   *[other] unos { $n } minutos
}
wait_hours = { $n ->
    [one] una hora aproximadamente
   *[other] unas { $n } horas
}
save = Guardar

## Error pages (HTML; tools get the JSON error in English)
back_to_calendar = Volver al calendario
error_400 = Solicitud incorrecta
error_400_hint = Algo en la dirección no está permitido aquí. Revísala o vuelve a empezar desde el calendario.
error_401 = Hace falta iniciar sesión
error_401_hint = Esta página es para la coordinación. Inicia sesión con tu token de coordinación.
error_403 = No permitido
error_403_hint = No tienes acceso a esto, o el formulario que enviaste era demasiado antiguo. Vuelve atrás, recarga la página e inténtalo de nuevo.
error_404 = No encontrado
error_404_hint = No hay nada en esta dirección: puede que el enlace esté mal escrito o que la acción se haya eliminado.
error_405 = No disponible de esta forma
error_405_hint = Esta dirección no acepta este tipo de solicitud.
error_409 = Conflicto
error_409_hint = No se puede hacer en el estado actual de la acción. Recarga la página para ver en qué punto está.
error_413 = Demasiado grande
error_413_hint = Lo que enviaste supera lo que acepta este calendario. Acórtalo y vuelve a enviarlo.
error_422 = No se puede aceptar
error_422_hint = Algunos valores no se pueden aceptar. Corrígelos y vuelve a enviar.
error_429 = Demasiadas solicitudes
error_429_hint = Este calendario solo acepta unas pocas solicitudes a la vez desde una misma conexión. Espera un poco e inténtalo de nuevo.
error_500 = Algo salió mal
error_500_hint = El calendario no pudo responder. El problema quedó registrado; inténtalo de nuevo más tarde.
error_503 = No disponible en este momento
error_503_hint = El calendario está ocupado o en modo de solo lectura por un momento. Inténtalo de nuevo dentro de unos segundos.
error_507 = Almacenamiento lleno
error_507_hint = El almacenamiento del calendario está lleno, así que no se guardó nada. Avisa a la coordinación.
# $wait is a wait in words ("about 7 minutes").
error_wait = Inténtalo de nuevo en { $wait }.
error_store_full = El almacenamiento está lleno, así que no se guardó nada; las páginas y las suscripciones siguen funcionando.
error_store_busy = El almacenamiento está ocupado con otra escritura (una importación), así que no se guardó nada.
error_store_read_only = Aquí este calendario es de solo lectura, así que no se guardó nada; las páginas y las suscripciones siguen funcionando.

## Refused values (validation), next to the field or on an error page. Quoted values are shown as given.
err_slug = { $value } no es un identificador (slug) válido; se admiten de 1 a { $max } caracteres: letras minúsculas a-z, cifras y guiones sueltos en el interior
err_date = { $value } no es una fecha; escribe la fecha como YYYY-MM-DD, p. ej. 2027-11-29
err_date_missing = { $value } no existe en el calendario; escribe la fecha como YYYY-MM-DD, p. ej. 2027-11-29
err_year_range = { $value } está fuera de rango; se admiten los años de { $first } a { $last }
err_local_time = { $value } no es una hora local; usa YYYY-MM-DDTHH:MM (p. ej. 2027-11-29T19:00), seguido si hace falta de la diferencia con UTC para elegir una de las dos horas cuando una hora se repite al atrasar los relojes (2027-11-07T01:30-04:00)
err_time_of_day = { $value } no es una hora del día válida; las horas van de 00 a 23 y los minutos de 00 a 59
err_out_of_range = valor fuera de rango
err_offset_mismatch = { $value } no coincide con { $zone }: allí su diferencia con UTC es { $offset }; indica esa diferencia o ninguna
err_gap = { $value } no existe en { $zone }: los relojes saltan directamente de { $from } a { $to } (diferencia con UTC de { $offset_before } a { $offset_after }); elige una hora anterior a { $from } o a partir de { $to }
err_fold = { $value } ocurre dos veces en { $zone } porque se atrasan los relojes (primero con diferencia con UTC { $offset_before }, después con { $offset_after }); indica cuál añadiendo la diferencia: { $first } o { $second }
err_timezone_required = campo obligatorio: la zona IANA del lugar, p. ej. "Europe/Paris", o "UTC" para acciones en línea
err_start_required = campo obligatorio, p. ej. { $example }
err_end_before_start_all_day = el fin es anterior al inicio; en las acciones de todo el día, el fin es el último día, incluido
err_too_long_days = la acción duraría más de { $max } días
err_end_before_start = el fin debe ser posterior al inicio (ambos son horas locales en la zona de la acción)
err_years_allowed = valor fuera de rango; se admiten los años de { $first } a { $last }
err_text_too_long = el texto tiene { $len } caracteres; se admiten como máximo { $max }
err_text_required = campo obligatorio; no puede quedar vacío (de 1 a { $max } caracteres)
err_country = { $value } no es un código de país ISO 3166-1 alfa-2; usa dos letras, como "PS", "US", "ZA" (da igual mayúsculas o minúsculas)
err_region = { $value } no es una región; se admiten los nombres UN M49 en inglés, en minúsculas y con guiones (como "europe", "western-asia", "south-america", "sub-saharan-africa") u "online"; GET /api/v1/regions las enumera todas
err_zone = { $value } no es una zona horaria de la base de datos IANA (versión { $release }); usa un nombre como "Europe/Paris", "America/New_York", "Asia/Gaza" o "UTC"
err_warning_code = { $value } no es un código de aviso; códigos: { $codes }
err_link_text_after = { $value } tiene texto después de la dirección; escribe "Label: https://…", un enlace por entrada
err_link_no_address = { $value } no tiene ninguna dirección http:// o https://; escribe "https://…" o "Label: https://…"
err_too_many_links = hay { $count } enlaces; se admiten como máximo { $max }
err_status = { $value } no es un estado; se admiten: confirmed, tentative, cancelled
err_language = { $value } no es un idioma; usa una etiqueta principal BCP 47 de 2 o 3 letras, como "ar", "es", "en"
err_language_hint = { $value } no es un idioma; usa una etiqueta principal BCP 47 de 2 o 3 letras, como "ar", "es", "en" (para { $value }, usa { $hint })
err_too_many_entries = hay { $count } entradas; se admiten como máximo { $max }
err_url_too_long = { $value } es demasiado larga; indica una dirección http:// o https:// completa de { $max } caracteres como máximo
err_url = { $value } no es una URL; indica una dirección http:// o https:// completa de { $max } caracteres como máximo
err_url_not_web = { $value } no es una dirección web; indica una dirección http:// o https:// completa de { $max } caracteres como máximo
err_email = { $value } no es una dirección de correo electrónico del tipo name@example.org
err_coordinate = { $value } está fuera de rango; se admiten de -{ $limit } a { $limit } grados
err_longitude_required = campo obligatorio si se indica la latitud
err_latitude_required = campo obligatorio si se indica la longitud
err_country_required = campo obligatorio para una acción con ciudad o lugar; una acción sin país es en línea y necesita online_url
err_filter_empty = filtro vacío; indica un valor o varios separados por comas
err_filter_too_many = el filtro tiene { $count } valores; se admiten como máximo { $max }
err_filter_value_long = el filtro tiene un valor de más de { $max } caracteres
err_to_before_from = { $to } es anterior al primer día solicitado ({ $from }); ambas son fechas locales y se incluyen
err_email_required = campo obligatorio, para que la coordinación pueda contactarte; nunca se publica
err_choose_zone = elige la zona del lugar; este país tiene varias: { $zones }
err_to_before_page = la fecha final es anterior al primer día mostrado ({ $first }); ambas son fechas locales y se incluyen
err_page_too_long = el periodo abarca { $days } días; una página muestra como máximo { $max } días (las suscripciones admiten cualquier periodo)

## Likely mistakes the organiser is asked to confirm
warn_zone_not_in_country = { $zone } no es una zona horaria de { $country }; sus zonas son: { $zones }
warn_night_time = empieza de madrugada ({ $time }) en { $zone }; si querías decir por la tarde o por la noche, suma 12 horas
warn_in_the_past = la fecha ya pasó (hoy es { $today } en UTC); revisa el año y el mes
warn_far_ahead = la fecha es dentro de más de dos años ({ $date }); revisa el año
warn_possible_duplicate = se parece a una acción que ya está en el calendario en el mismo lugar y a la misma hora: { $title } (id { $id })

## Feed names and descriptions (X-WR-CALNAME, NAME, X-WR-CALDESC; Atom titles), with ?ui=
feed_all = Acciones en todo el mundo
feed_description = Acciones de campañas de solidaridad, cada una a su hora local y con su zona horaria; las publica actioncal.
# $scope is "Actions worldwide", "Actions in Europe" or a campaign's name; $filters the filters on top.
feed_name_filtered = { $scope }: { $filters }
feed_campaign = campaña { $names }
feed_tag = etiqueta { $names }
feed_in_languages = en { $names }
feed_from_to = del { $from } al { $to }
feed_from = desde el { $from }
feed_until = hasta el { $to }
feed_upcoming_in = Próximas: { $scope }

## The coordinators' desk (/admin)
desk_coordinators = Coordinación
desk_token = Tu token de coordinación
desk_token_hint = Se genera con actioncal admin add-coordinator.
desk_sign_in = Iniciar sesión
desk_sign_in_title = Coordinación: iniciar sesión
desk_digest = Enviarme por correo un resumen de los envíos nuevos
desk_digest_no_mail = Este calendario no envía correos (no hay ningún servidor de correo configurado): la preferencia se guarda para cuando los envíe.
desk_digest_how_often = Con qué frecuencia
desk_digest_never = Nunca
desk_digest_hourly = Como máximo una vez por hora
desk_digest_daily = Como máximo una vez al día
desk_digest_to = Enviar a
desk_digest_title = Resumen de envíos nuevos
desk_digest_stopped = Hecho: no se enviarán más resúmenes. Puedes reactivarlos en el escritorio de moderación.
desk_digest_stop = Dejar de recibir los resúmenes
reason_place = Por favor, indica el lugar exacto: calle, plaza o local.
reason_time = La fecha o la hora parecen incorrectas; por favor, compruébalas con tu cartel.
reason_zone = La zona horaria no corresponde al lugar; por favor, elige la zona de la ciudad.
reason_duplicate = Esta acción ya está en el calendario.
reason_describe = Por favor, describe la acción en una o dos frases: qué, quién, qué llevar.
reason_outside = Este calendario es para las acciones de la campaña, y esta queda fuera de ella.
desk_map_given = Mapa (las coordenadas indicadas)
desk_map_find = Buscar el lugar en el mapa
desk_waiting = Envíos pendientes
desk_signed_in_as = Sesión iniciada como { $name }.
desk_actions = Acciones
desk_log = El registro
desk_sign_out = Cerrar sesión
desk_keys = Teclas: j y k pasan de una tarjeta a otra, a aprueba la tarjeta seleccionada, r escribe un motivo para rechazarla.
desk_nothing_waiting = No hay nada pendiente.
desk_campaigns_tags_languages = Campañas, etiquetas, idiomas
desk_organiser = Persona organizadora
desk_no_name = (sin nombre)
desk_earlier = { $count ->
    [0] primer envío
    [one] { $count } envío anterior
   *[other] { $count } envíos anteriores
}
desk_address = Dirección
desk_warnings_confirmed = Avisos que la persona organizadora confirmó
desk_similar = Acciones parecidas en ese lugar y a esa hora
desk_approve = Aprobar
desk_edit_first = Editar primero (luego guardar y aprobar)
desk_reason = Motivo para la persona organizadora
desk_reject = Rechazar
desk_changes = Cambios propuestos a acciones publicadas
desk_field = Campo
desk_now = Ahora
desk_proposed = Propuesto
desk_publish_change = Publicar el cambio
desk_keep_published = Mantener la versión publicada
log_organiser = la persona organizadora
log_operator = la administración del servidor (línea de comandos)
moderation_pending = pendiente
moderation_published = publicada
moderation_rejected = rechazada
desk_back = Volver a la cola
log_action_number = Número de acción
log_who = Quién
log_nothing = No hay nada registrado sobre esto.
log_action = acción { $id }
log_campaign = campaña { $slug }
log_before = Antes
log_after = Después
log_reason = Motivo:
log_older = Entradas anteriores
find_label = Título, ciudad o número
find_button = Buscar
find_nothing = Ninguna acción coincide.
desk_save_approve = Guardar y aprobar
desk_its_log = Su registro
desk_action_state = Acción { $id }: { $moderation }, { $status }, versión { $version }.
desk_cancel = Cancelar la acción
desk_remove = Quitarla de todas las suscripciones
desk_edit_title = Editar: { $title }
campaign_name = Nombre
campaign_hashtag = Hashtag
campaign_new = Nueva campaña
campaign_slug = Identificador (slug; forma parte de la dirección de cada calendario y nunca cambia)
campaign_create = Crear
coordinators_hint = Los tokens nuevos se crean en el servidor: actioncal admin add-coordinator.
coordinator_since = desde el { $date }
coordinator_revoked = acceso revocado el { $date }
coordinator_you = tú
coordinator_revoke = Revocar
status_confirmed = confirmada
status_tentative = provisional
log_submit = envío
log_edit = edición
log_propose_edit = propuesta de cambio
log_withdraw_edit = retirada de la propuesta de cambio
log_approve_edit = aprobación del cambio
log_reject_edit = rechazo del cambio
log_approve = aprobación
log_reject = rechazo
log_cancel = cancelación
log_uncancel = cancelación deshecha
log_remove = eliminación
log_campaign_create = creación de campaña
log_campaign_edit = edición de campaña
log_import = importación
log_coordinator_add = alta de acceso de coordinación
log_coordinator_revoke = revocación de acceso de coordinación
desk_token_refused = Este token no da acceso a nada: es desconocido o fue revocado.
desk_done_approved = Aprobada: ya está en el calendario.
desk_done_rejected = Rechazada: la persona organizadora ve tu motivo en su enlace.
desk_done_digest = Guardado: tu preferencia de resúmenes.
desk_done_edit_approved = Publicado: el cambio ya está en el calendario.
desk_done_edit_rejected = Se mantiene la versión publicada; la persona organizadora ve tu motivo.
desk_done_cancelled = Cancelada: los calendarios la muestran como cancelada.
desk_done_revoked = Revocado: ese token ya no da acceso a nada.

## Mail: the action's time besides its local time ($zone a zone's name, $offset "UTC+02:00", $utc a date and time)
mail_when_zone = { $zone }, { $offset }; { $utc } UTC

## Repeat rules refused (the RRULE field, for calendar experts)
err_rrule = { $value } no es una RRULE válida ({ $detail }); ejemplos: { $examples }
err_until_date = UNTIL={ $until } debe ser una fecha YYYYMMDD en una acción de todo el día, p. ej. UNTIL=20271119
err_until_utc = UNTIL={ $until } debe ser una fecha y hora UTC YYYYMMDDTHHMMSSZ en una acción con hora del día (RFC 5545 3.3.10), p. ej. UNTIL=20271119T235959Z
err_freq = FREQ={ $freq } no está admitido; las acciones se repiten DAILY, WEEKLY, MONTHLY o YEARLY
err_byhour = BYHOUR, BYMINUTE y BYSECOND no están admitidos: cada repetición empieza a la hora de inicio de la acción
err_count = COUNT puede valer como máximo { $max }
err_rrule_start = { $value } no es una RRULE válida para este inicio ({ $detail }); ejemplos: { $examples }
err_rrule_length = debe ser una RRULE de 1 a { $max } caracteres; ejemplos: { $examples }
err_rrule_chars = { $value } contiene caracteres que una RRULE no admite; ejemplos: { $examples }
err_repeat_ambiguous = una acción que se repite no puede empezar ni terminar en { $start } o { $end }, horas locales que ocurren dos veces al atrasar los relojes; elige una hora fuera de esa franja
err_start_not_occurrence = el inicio ({ $start }) no es una repetición de { $value }; las aplicaciones de calendario no interpretan igual estas reglas, así que haz que el inicio sea la primera repetición
err_too_many_occurrences = se repite más de { $max } veces; divide la acción o acorta la regla
# $what selects "start" or "end" (of the occurrence).
err_occurrence_gap = la repetición del { $date } { $what ->
        [start] empezaría
       *[end] terminaría
    } a las { $time }, una hora que no existe en { $zone }: esa noche los relojes saltan directamente de { $from } a { $to }, y las aplicaciones de calendario interpretan esa repetición de formas distintas; elige una hora anterior a { $before } o a partir de { $after }, o termina la regla antes del { $date } (UNTIL)
err_occurrence_fold = la repetición del { $date } { $what ->
        [start] empezaría
       *[end] terminaría
    } a las { $time }, una hora que ocurre dos veces en { $zone }: esa noche los relojes se atrasan de { $from } a { $to }, y las aplicaciones de calendario interpretan esa repetición de formas distintas; elige una hora anterior a { $before } o a partir de { $after }, o termina la regla antes del { $date } (UNTIL)

## More refusals (filters, the widget, the desk)
err_unknown_campaign = { $value } no es una campaña; campañas conocidas: { $known }
err_unknown_tag = { $value } no es la etiqueta de ninguna acción; etiquetas conocidas: { $known }
err_unknown_language = { $value } no es el idioma de ninguna acción; idiomas conocidos: { $known }
err_theme = { $value } no es un tema; se admiten: light, dark, auto
err_embed_limit = { $value } no es un número de acciones válido; se admiten de 1 a { $max }
err_query_too_long = la consulta tiene { $len } bytes; se admiten como máximo { $max }
err_digest_every = { $value } no es una opción; elige off, hourly o daily
err_digest_email = campo obligatorio para recibir un resumen: la dirección a la que se envía
# Labels of the date filters in refusals ("From: …").
field_from = Fecha inicial
field_to = Fecha final

## Refusals found in review: the campaign's hashtag, a query that cannot be read, more field labels
err_hashtag = { $value } no es un hashtag; se admiten hasta { $max } letras, cifras y guiones bajos, p. ej. #AllForPalestine
# $detail is the reader's technical reason (in English).
err_query = no se puede leer la consulta ({ $detail }); filtros: region, country, campaign, tag, lang, from, to
field_query = Dirección
field_theme = Tema
field_limit = Número de acciones
field_slug = Identificador

## Partners' calendars (sources)
err_required = es obligatorio
err_source_url = debe ser la dirección http:// o https:// de un calendario (.ics)
err_source_trust = debe ser "hold" (las acciones nuevas esperan a la coordinación) o "publish" (se publican enseguida)
sources = Calendarios aliados
sources_hint = Calendarios que ya publican organizaciones aliadas (Google Calendar, Outlook, Nextcloud, Mobilizon, Gancio…), consultados en busca de sus acciones con la frecuencia que pide cada uno (de cada 15 minutos a una vez al día). Las acciones nuevas de un calendario configurado para esperar revisión pasan a la cola; las de los demás se publican enseguida. Una corrección de la coordinación se mantiene salvo que la organización aliada vuelva a cambiar ese campo. Una acción que desaparece del calendario de una organización aliada solo se cancela aquí cuando ha faltado en dos consultas seguidas, y solo si todavía no ha tenido lugar.
source_url = Dirección del calendario (.ics)
source_name = Nombre
source_campaigns = Campañas (sus identificadores, separados por comas)
source_tags = Etiquetas (separadas por comas)
source_languages = Idiomas (códigos como es o ar, separados por comas)
source_country = País de los lugares que no indiquen ninguno (código de dos letras como DE)
source_trust = Acciones nuevas
source_trust_hold = esperan revisión
source_trust_publish = se publican enseguida
source_paused = En pausa
source_add = Seguir este calendario
source_new = Seguir el calendario de una organización aliada
source_poll_now = Consultar ahora
source_release = Cancelar lo que desapareció
source_remove = Dejar de seguir (sus acciones se quedan)
source_status = Estado
source_status_changed = cambios incorporados
source_status_unchanged = sin cambios
source_status_held = retenido: muchas acciones desaparecieron a la vez
source_status_error = falló la última consulta
source_never = aún no consultado
source_last_poll = Última consulta
source_next_poll = Próxima consulta
source_counts_title = Desde que se añadió
source_counts = nuevas: { $new } · actualizadas: { $updated } · canceladas: { $cancelled } · retenidas: { $held }
source_message = Mensaje
desk_done_polled = Calendario consultado.
desk_done_removed = Ya no se sigue este calendario.
log_source = calendario aliado { $name }
desk_mail = Acciones recibidas por correo
mail_hint = Mensajes enviados a la dirección de correo del calendario, los más recientes primero. Una invitación de calendario adjunta se convierte en una acción pendiente de revisión, y también un mensaje cuyo texto permitió leer la fecha, la hora y el lugar; los demás se guardan aquí para que los leas y registres la acción a mano.
mail_none = Aún no se ha recibido ningún correo.
mail_received = Recibido
mail_from = De
mail_actions = Acciones creadas
mail_text = El mensaje
mail_original = El mensaje tal como llegó
mail_reading = Lo que se pudo leer en su texto
mail_unsure = No leído con seguridad
mail_state_read = leído: acciones creadas
mail_state_for_review = queda para la coordinación
mail_state_stored = aún no leído
