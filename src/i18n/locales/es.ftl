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
mail_edited_subject = La coordinación cambió tu acción «{ $title }»
mail_edited_body = Una persona coordinadora cambió tu acción. Lo que cambió:
mail_edit_approved_subject = Tu cambio en «{ $title }» está publicado
mail_edit_approved_body = Una persona coordinadora aprobó el cambio que propusiste: el calendario ya lo muestra.
mail_edit_rejected_subject = Tu cambio en «{ $title }» no fue publicado
mail_edit_rejected_body = Una persona coordinadora no publicó el cambio que propusiste; la acción sigue como estaba. Su motivo:
mail_footer = Enviado automáticamente por el calendario de { $site }, porque esta dirección se dio con la acción. Por favor, no respondas a este mensaje.
mail_digest_subject = Envíos pendientes de revisión: { $count } nuevos
mail_digest_title = Tu resumen de envíos pendientes
mail_digest_body = Estos envíos llegaron desde tu último resumen; en total { $count } esperan revisión:
mail_digest_edits = Cambios propuestos a acciones publicadas, pendientes: { $count }
mail_digest_open = Revísalos en el escritorio de moderación:
mail_digest_unsubscribe = Para dejar de recibir estos resúmenes (puedes reactivarlos en el escritorio):
# Joins the parts of a repeat rule ("every week, 6 times").
comma = { "," }
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
