# actioncal interface messages: de. Project Fluent syntax (https://projectfluent.org/fluent/guide/).
# Every file has the same message ids as en.ftl (unit-tested). Variables: { $name }.

site_name = Aktionskalender
upcoming = Kommende Aktionen
week_of = Woche vom { $date }
filters = Filter
region = Region
country = Land
campaign = Kampagne
tag = Schlagwort
language = Sprache
any = Alle
apply = Anzeigen
previous_week = Vorherige Woche
next_week = Nächste Woche
nothing = Keine Aktionen an diesen Tagen.
subscribe = Abonnieren
subscribe_hint = Füge diesen Kalender deiner Kalender-App hinzu; er bleibt aktuell, auch bei Absagen.
webcal = Kalender-App (Apple, Thunderbird, Outlook-Desktop)
google = Zu Google Calendar hinzufügen
outlook = Zu Outlook.com hinzufügen
copy = Feed-Adresse kopieren
copied = Kopiert
feed_url = Feed-Adresse
google_steps = Falls der Button nicht funktioniert: Wähle in Google Calendar „Weitere Kalender“, „+“, „Per URL“ und füge die Adresse ein.
google_refresh = Google Calendar aktualisiert abonnierte Kalender nur alle 12 bis 24 Stunden: Eine Änderung hier kann so lange brauchen, bis sie dort erscheint.
add_to_calendar = Diese Aktion zu deinem Kalender hinzufügen
add_google = Google Calendar
add_outlook = Outlook.com
add_office = Office 365 (Arbeit oder Schule)
add_ics = Apple Kalender, Thunderbird und andere (.ics-Datei)
preview_calendar = Demonstrationen, Mahnwachen, Streikposten und Online-Treffen: Finde Aktionen in deiner Nähe und füge sie deinem Kalender hinzu.
download = .ics herunterladen
atom = Atom-Feed
when = Wann
where = Wo
online = Online
campaigns = Kampagnen
languages = Sprachen
all_day = ganztägig
repeats = Wiederholung
map = Karte (OpenStreetMap)
cancelled = Abgesagt: Diese Aktion findet nicht statt.
tentative = Vorläufig: noch nicht bestätigt.
cancelled_short = Abgesagt
tentative_short = Vorläufig
local_time = Vor Ort ({ $zone })
your_time = Deine Zeit ({ $zone })
times_in = Die Uhrzeiten sind in der Zeitzone { $zone } angegeben.
choose_zone = Uhrzeiten in einer anderen Zeitzone anzeigen
same_moment = Derselbe Zeitpunkt weltweit
city = Stadt
time = Uhrzeit
day_after = Folgetag
day_before = Vortag
actions_in = Aktionen: { $place }
all_actions = Alle Aktionen
feed_builder = Eigenen Feed zusammenstellen
feed_builder_intro = Wähle aus, was du verfolgen möchtest; Adresse und Buttons unten passen sich an.
upcoming_short = Demnächst
more = Weitere Aktionen
submit_link = Aktion eintragen
utc = UTC
details = Details
event_feed = Diese Aktion in deinem Kalender
mail_greeting = Hallo,
mail_edit_link_subject = Deine Aktion „{ $title }“: dein privater Bearbeitungslink
mail_edit_link_body = Danke, dass du deine Aktion eingereicht hast. Jemand aus dem Koordinationsteam prüft sie: Sobald sie freigegeben ist, erscheint sie im Kalender, und wir schreiben dir.
mail_edit_link_keep = Dein privater Link, um den Status zu sehen und die Aktion zu bearbeiten oder abzusagen. Wer diesen Link hat, kann deine Aktion ändern: Gib ihn nicht weiter.
mail_approved_subject = Deine Aktion „{ $title }“ ist im Kalender
mail_approved_body = Das Koordinationsteam hat deine Aktion freigegeben: Sie steht jetzt im Kalender und in jedem Feed, der sie enthält.
mail_public_link = Öffentliche Seite der Aktion:
mail_feed_link = Diese Aktion für jede Kalender-App (.ics):
mail_campaign_feed = Der Kalender der Kampagne { $campaign } zum Abonnieren:
mail_manage = Um den Status zu sehen und die Aktion zu bearbeiten oder abzusagen, nutze den privaten Link, den wir dir beim Einreichen geschickt haben.
mail_rejected_subject = Deine Aktion „{ $title }“ wurde nicht veröffentlicht
mail_rejected_body = Das Koordinationsteam hat deine Aktion nicht veröffentlicht. Begründung:
mail_fix_hint = Du kannst sie über den privaten Link korrigieren, den wir dir beim Einreichen geschickt haben; eine korrigierte Aktion geht erneut an das Koordinationsteam.
mail_cancelled_subject = Deine Aktion „{ $title }“ wurde abgesagt
mail_cancelled_body = Das Koordinationsteam hat deine Aktion als abgesagt markiert: In abonnierten Kalendern erscheint sie jetzt als abgesagt. Falls das ein Irrtum ist, wende dich an das Koordinationsteam.
mail_needs_check = Bitte prüfe Folgendes; mit dem privaten Link unten kannst du es korrigieren:
mail_withdrawn_subject = Deine Aktion „{ $title }“ wurde zurückgezogen
mail_withdrawn_body = Wir haben deine Absage erhalten: Deine Aktion wurde vor der Prüfung zurückgezogen und erscheint nicht im Kalender.
mail_cancelled_by_sender_body = Wir haben deine Absage erhalten: Deine Aktion ist als abgesagt markiert, und abonnierte Kalender zeigen sie jetzt als abgesagt.
mail_edited_subject = Das Koordinationsteam hat deine Aktion „{ $title }“ geändert
mail_edited_body = Das Koordinationsteam hat deine Aktion geändert. Die Änderungen:
mail_edit_approved_subject = Deine Änderung an „{ $title }“ ist veröffentlicht
mail_edit_approved_body = Das Koordinationsteam hat deine vorgeschlagene Änderung freigegeben: Der Kalender zeigt sie jetzt an.
mail_edit_rejected_subject = Deine Änderung an „{ $title }“ wurde nicht veröffentlicht
mail_edit_rejected_body = Das Koordinationsteam hat deine vorgeschlagene Änderung nicht veröffentlicht; die Aktion bleibt, wie sie war. Begründung:
mail_footer = Automatisch gesendet vom Kalender auf { $site }, weil diese Adresse bei der Aktion angegeben wurde. Bitte antworte nicht auf diese Nachricht.
mail_digest_subject = Einreichungen zur Prüfung: { $count } neu
mail_digest_title = Deine Übersicht der wartenden Einreichungen
mail_digest_body = Diese Einreichungen sind seit deiner letzten Übersicht eingegangen; insgesamt { $count ->
    [one] wartet { $count } auf Prüfung:
   *[other] warten { $count } auf Prüfung:
}
mail_digest_edits = Wartende Änderungsvorschläge zu veröffentlichten Aktionen: { $count }
mail_digest_open = Prüfe sie im Moderationsbereich:
mail_digest_unsubscribe = Um diese Übersichten abzubestellen (du kannst sie im Moderationsbereich wieder einschalten):
# Joins the parts of a repeat rule ("every week, 6 times") or of a place ("Beirut, Lebanon"), with the space after it where the language puts one.
comma = { ", " }
rule_on = am { $days }
rule_on_monthday = am Tag { $day }
rule_until = bis { $date }
rule_custom = nach eigenem Zeitplan

## Repeat rules in words (RFC 5545 RRULE), with CLDR plural categories
rule_every_days = { $n ->
    [one] jeden Tag
   *[other] alle { $n } Tage
}
rule_every_weeks = { $n ->
    [one] jede Woche
   *[other] alle { $n } Wochen
}
rule_every_months = { $n ->
    [one] jeden Monat
   *[other] alle { $n } Monate
}
rule_every_years = { $n ->
    [one] jedes Jahr
   *[other] alle { $n } Jahre
}
# $n is 1 to 5, or -1 for the last one in the month; $day is a weekday name.
rule_on_nth = am { $n ->
    [1] ersten
    [2] zweiten
    [3] dritten
    [4] vierten
    [5] fünften
   *[-1] letzten
} { $day }
rule_times = { $n ->
    [one] einmal
   *[other] { $n }-mal
}

## The language switcher at the top of every page
choose_language = Sprache dieser Seite

## The submission and edit forms (/submit, the organiser's private page)
form_submit_heading = Deine Aktion in den Kalender eintragen
form_submit_intro = Reiche deine Aktion einmal ein, in deiner eigenen Sprache und Zeitzone. Das Koordinationsteam prüft sie, bevor sie im Kalender erscheint. Kein Konto nötig.
form_send = An das Koordinationsteam senden
form_save = Änderungen speichern
form_look_below = Bitte beachte die Hinweise bei den Feldern unten.
form_expired = Dieses Formular war abgelaufen (oder dein Browser hat sein Cookie nicht behalten), daher wurde nichts gesendet. Alles, was du eingegeben hast, steht unten: Prüfe es und sende es erneut.
# $wait is a wait in words, e.g. "about 7 minutes".
form_too_many = Dieser Kalender nimmt von einer Verbindung nur wenige Aktionen auf einmal an, und deine hat diese Grenze vorerst erreicht. Es wurde nichts gesendet; alles, was du eingegeben hast, steht weiterhin unten. Bitte sende es in { $wait } erneut.
form_which_one = Welcher Zeitpunkt ist gemeint?
form_first_instant = (der erste, vor dem Zurückstellen der Uhr)
form_second_instant = (der zweite, danach)
form_confirm_warning = Das stimmt so, trotzdem einreichen
form_required = (Pflichtfeld)
form_honeypot = Dieses Feld leer lassen
field_title = Titel der Aktion
hint_title = In der Sprache der Aktion.
field_description = Beschreibung
hint_description = Was, wer, was mitzubringen ist. Zeilenumbrüche bleiben erhalten.
field_start = Beginn
hint_start = Ortszeit am Ort der Aktion, wie auf deinem Plakat.
field_end = Ende
hint_end = Optional; ohne Angabe zwei Stunden nach Beginn.
field_all_day = Ganztägig (nur die Daten zählen)
hint_country = Für eine Online-Aktion leer lassen.
option_online = — online —
field_timezone = Zeitzone
hint_timezone = Die Zeitzone des Ortes; bleibt das Feld leer, wird sie aus dem Land übernommen, sofern das Land nur eine Zeitzone hat.
option_from_country = — aus dem Land —
zones_elsewhere = Zeitzonen ohne Land
field_city = Stadt oder Ort
field_venue = Treffpunkt, Platz oder Straße
field_online_url = Online-Link
hint_online_url = Zoom-, Jitsi- oder Livestream-Adresse, für Online-Aktionen.
field_online_links = Weitere Teilnahmemöglichkeiten
hint_online_links = Eine pro Zeile, mit Angabe, was es ist: Facebook Live: https://…
field_tags = Schlagwörter
hint_tags = Durch Kommas getrennt, z. B. Mahnwache, Demo.
hint_languages = Sprachcodes, durch Kommas getrennt, z. B. ar, es, en.
hint_repeat = Jedes Mal zur selben Ortszeit, auch über Zeitumstellungen hinweg.
repeat_none = Keine Wiederholung
repeat_daily = Jeden Tag
repeat_weekly = Jede Woche, am Wochentag des Beginns (und an den unten angekreuzten Tagen)
repeat_fortnightly = Alle zwei Wochen, am Wochentag des Beginns (und an den unten angekreuzten Tagen)
repeat_monthly_weekday = Jeden Monat am selben Wochentag (z. B. am ersten Freitag)
repeat_monthly_date = Jeden Monat am selben Datum
repeat_days = Bei wöchentlicher Wiederholung auch am
repeat_count = Endet nach wie vielen Terminen
repeat_until = oder an diesem Tag (der letzte Termin)
hint_repeat_end = Lass beides leer für eine Aktion, die sich wiederholt, bis sie abgesagt wird.
repeat_expert = Andere Regel (RFC 5545 RRULE, für Kalender-Profis)
hint_rrule = Wird statt der Auswahl oben verwendet, z. B. FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6.
field_organiser_email = Deine E-Mail-Adresse
hint_organiser_email = Nur das Koordinationsteam sieht sie; sie wird nie veröffentlicht.
field_organiser_name = Dein Name oder deine Gruppe
hint_organiser_name = Wird nie veröffentlicht.

## After sending, and the organiser's private page
thanks = Danke
thanks_review = Das Koordinationsteam prüft deine Aktion. Sie erscheint im Kalender, sobald sie freigegeben ist.
thanks_link = Das ist dein privater Link, um den Status zu sehen und die Aktion zu bearbeiten oder abzusagen. Wer diesen Link hat, kann deine Aktion ändern: Gib ihn nicht weiter.
thanks_mailed = Wir haben diesen Link auch an die angegebene Adresse geschickt; dorthin folgt auch die Entscheidung des Koordinationsteams.
thanks_not_mailed = Dieser Kalender verschickt keine E-Mails: Dieser Link wird dir nicht zugeschickt. Kopiere ihn jetzt; er wird nur einmal angezeigt.
edit_link_label = Dein privater Bearbeitungslink
copy_link = Link kopieren
your_action = Deine Aktion: { $title }
status_label = Status:
status_pending = wartet auf Prüfung durch das Koordinationsteam
status_published = im Kalender veröffentlicht
status_rejected = nicht angenommen
status_cancelled = (abgesagt)
public_page = Öffentliche Seite der Aktion
uncancel_button = Absage zurücknehmen
coordinator_wrote = Das Koordinationsteam schreibt:
fix_and_resend = Korrigiere die Aktion unten und sende sie erneut; sie geht zurück an das Koordinationsteam.
change_waiting = Deine Änderung wartet auf Prüfung durch das Koordinationsteam.
change_waiting_more = Bis sie angenommen ist, zeigt der Kalender die veröffentlichte Fassung; das Formular unten enthält deine Änderung.
change_refused = Das Koordinationsteam hat deine Änderung nicht angenommen.
they_wrote = Begründung:
published_version_shown = Der Kalender zeigt die veröffentlichte Fassung.
changes_reviewed = Änderungen an einer veröffentlichten Aktion prüft das Koordinationsteam, bevor sie in abonnierten Kalendern erscheinen; eine Absage gilt sofort.
cancel_sure = Ja, absagen
cancel_button = Diese Aktion absagen
cancel_hint = Eine abgesagte Aktion bleibt in den Kalendern, als abgesagt markiert, damit alle, die sie abonniert haben, sehen, dass sie ausfällt. Du kannst die Absage bis zum Beginn zurücknehmen.
notice_saved = Gespeichert.
notice_change_sent = Gesendet: Deine Änderung wartet auf Prüfung durch das Koordinationsteam; bis dahin zeigt der Kalender die veröffentlichte Fassung.
notice_cancel_ask = Um abzusagen, kreuze „Ja, absagen“ an und drücke den Button noch einmal. Es wurde nichts geändert.
notice_cancelled = Abgesagt: Die Kalender zeigen die Aktion als abgesagt. Du kannst das bis zum Beginn zurücknehmen.
notice_uncancelled = Die Aktion findet wieder statt: Die Kalender zeigen sie wieder an.

## A wait in words ($n minutes or hours)
wait_seconds = weniger als einer Minute
wait_minutes = { $n ->
    [one] etwa einer Minute
   *[other] etwa { $n } Minuten
}
wait_hours = { $n ->
    [one] etwa einer Stunde
   *[other] etwa { $n } Stunden
}
save = Speichern

## Error pages (HTML; tools get the JSON error in English)
back_to_calendar = Zurück zum Kalender
error_400 = Ungültige Anfrage
error_400_hint = Etwas an der Adresse ist hier nicht zulässig. Prüfe sie oder fang noch einmal beim Kalender an.
error_401 = Anmeldung erforderlich
error_401_hint = Diese Seite ist für das Koordinationsteam. Melde dich mit deinem Koordinations-Token an.
error_403 = Nicht erlaubt
error_403_hint = Darauf hast du keinen Zugriff, oder das gesendete Formular war zu alt. Geh zurück, lade die Seite neu und versuche es noch einmal.
error_404 = Nicht gefunden
error_404_hint = Unter dieser Adresse gibt es nichts: Vielleicht ist der Link falsch geschrieben, oder die Aktion wurde entfernt.
error_405 = Auf diesem Weg nicht verfügbar
error_405_hint = Diese Adresse nimmt diese Art von Anfrage nicht an.
error_409 = Konflikt
error_409_hint = Das ist im aktuellen Zustand der Aktion nicht möglich. Lade die Seite neu, um den aktuellen Stand zu sehen.
error_413 = Zu groß
error_413_hint = Was du gesendet hast, ist größer, als dieser Kalender annimmt. Kürze es und sende es erneut.
error_422 = Nicht annehmbar
error_422_hint = Einige Angaben können nicht angenommen werden. Korrigiere sie und sende sie erneut.
error_429 = Zu viele Anfragen
error_429_hint = Dieser Kalender nimmt von einer Verbindung nur wenige Anfragen auf einmal an. Bitte warte kurz und versuche es dann erneut.
error_500 = Etwas ist schiefgelaufen
error_500_hint = Der Kalender konnte nicht antworten. Das Problem wurde protokolliert; bitte versuche es später noch einmal.
error_503 = Gerade nicht verfügbar
error_503_hint = Der Kalender ist gerade ausgelastet oder vorübergehend schreibgeschützt. Bitte versuche es in ein paar Sekunden erneut.
error_507 = Speicher voll
error_507_hint = Der Speicher des Kalenders ist voll, daher wurde nichts gespeichert. Bitte gib dem Koordinationsteam Bescheid.
# $wait is a wait in words ("about 7 minutes").
error_wait = Versuche es in { $wait } erneut.
error_store_full = Der Speicher ist voll, daher wurde nichts gespeichert; Seiten und Feeds funktionieren weiterhin.
error_store_busy = Der Speicher ist gerade mit einem anderen Schreibvorgang (einem Import) beschäftigt, daher wurde nichts gespeichert.
error_store_read_only = Dieser Kalender ist hier schreibgeschützt, daher wurde nichts gespeichert; Seiten und Feeds funktionieren weiterhin.

## Refused values (validation), next to the field or on an error page. Quoted values are shown as given.
err_slug = { $value } ist kein gültiger Slug; erlaubt sind 1 bis { $max } Kleinbuchstaben a-z, Ziffern und einzelne Bindestriche im Inneren
err_date = { $value } ist kein Datum; gib ein Datum im Format YYYY-MM-DD an, z. B. 2027-11-29
err_date_missing = { $value } gibt es im Kalender nicht; gib ein Datum im Format YYYY-MM-DD an, z. B. 2027-11-29
err_year_range = { $value } liegt außerhalb des zulässigen Bereichs; erlaubt sind die Jahre { $first } bis { $last }
err_local_time = { $value } ist keine Ortszeit; verwende YYYY-MM-DDTHH:MM (z. B. 2027-11-29T19:00), wahlweise gefolgt vom UTC-Offset, um eine von zwei gleichen Uhrzeiten beim Ende der Sommerzeit zu wählen (2027-11-07T01:30-04:00)
err_time_of_day = { $value } ist keine gültige Uhrzeit; erlaubt sind Stunden 00-23 und Minuten 00-59
err_out_of_range = liegt außerhalb des zulässigen Bereichs
err_offset_mismatch = { $value } passt nicht zu { $zone }: Der UTC-Offset dort ist { $offset }; gib diesen Offset oder keinen an
err_gap = { $value } gibt es in { $zone } nicht: Die Uhr springt von { $from } direkt auf { $to } (UTC-Offset { $offset_before } auf { $offset_after }); wähle eine Uhrzeit vor { $from } oder ab { $to }
err_fold = { $value } kommt in { $zone } zweimal vor, weil die Uhr zurückgestellt wird (zuerst mit UTC-Offset { $offset_before }, dann mit { $offset_after }); gib mit dem angehängten Offset an, welche gemeint ist: { $first } oder { $second }
err_timezone_required = ist erforderlich: die IANA-Zeitzone des Ortes, z. B. "Europe/Paris", oder "UTC" für Online-Aktionen
err_start_required = ist erforderlich, z. B. { $example }
err_end_before_start_all_day = liegt vor dem Beginn; bei ganztägigen Aktionen ist das Ende der letzte Tag, einschließlich
err_too_long_days = macht die Aktion länger als { $max } Tage
err_end_before_start = muss nach dem Beginn liegen (beides sind Ortszeiten in der Zeitzone der Aktion)
err_years_allowed = liegt außerhalb des zulässigen Bereichs; erlaubt sind die Jahre { $first } bis { $last }
err_text_too_long = ist { $len } Zeichen lang; erlaubt sind höchstens { $max }
err_text_required = ist erforderlich und darf nicht leer sein (1 bis { $max } Zeichen)
err_country = { $value } ist kein Ländercode nach ISO 3166-1 alpha-2; verwende zwei Buchstaben wie "PS", "US", "ZA" (Groß- und Kleinschreibung egal)
err_region = { $value } ist keine Region; erlaubt sind Namen nach UN M49 in Kleinbuchstaben mit Bindestrichen (wie "europe", "western-asia", "south-america", "sub-saharan-africa") oder "online"; GET /api/v1/regions listet alle auf
err_zone = { $value } ist keine Zeitzone der IANA-Datenbank (Release { $release }); verwende einen Namen wie "Europe/Paris", "America/New_York", "Asia/Gaza" oder "UTC"
err_warning_code = { $value } ist kein Warnungscode; Codes: { $codes }
err_link_text_after = { $value } hat Text nach der Adresse; schreibe "Label: https://…", einen Link pro Eintrag
err_link_no_address = { $value } enthält keine http://- oder https://-Adresse; schreibe "https://…" oder "Label: https://…"
err_too_many_links = hat { $count } Links; erlaubt sind höchstens { $max }
err_status = { $value } ist kein Status; erlaubt: confirmed, tentative, cancelled
err_language = { $value } ist keine Sprache; verwende ein primäres Sprach-Tag nach BCP 47 aus 2 oder 3 Buchstaben wie "ar", "es", "en"
err_language_hint = { $value } ist keine Sprache; verwende ein primäres Sprach-Tag nach BCP 47 aus 2 oder 3 Buchstaben wie "ar", "es", "en" (für { $value } verwende { $hint })
err_too_many_entries = hat { $count } Einträge; erlaubt sind höchstens { $max }
err_url_too_long = { $value } ist zu lang; gib eine vollständige http://- oder https://-Adresse mit höchstens { $max } Zeichen an
err_url = { $value } ist keine URL; gib eine vollständige http://- oder https://-Adresse mit höchstens { $max } Zeichen an
err_url_not_web = { $value } ist keine Webadresse; gib eine vollständige http://- oder https://-Adresse mit höchstens { $max } Zeichen an
err_email = { $value } ist keine E-Mail-Adresse wie name@example.org
err_coordinate = { $value } liegt außerhalb des zulässigen Bereichs; erlaubt sind -{ $limit } bis { $limit } Grad
err_longitude_required = ist erforderlich, wenn ein Breitengrad angegeben ist
err_latitude_required = ist erforderlich, wenn ein Längengrad angegeben ist
err_country_required = ist für eine Aktion mit Stadt oder Treffpunkt erforderlich; eine Aktion ohne Land gilt als online und braucht online_url
err_filter_empty = ist leer; gib einen Wert an oder mehrere, durch Kommas getrennt
err_filter_too_many = enthält { $count } Werte; erlaubt sind höchstens { $max }
err_filter_value_long = enthält einen Wert, der länger als { $max } Zeichen ist
err_to_before_from = { $to } liegt vor dem ersten angefragten Tag ({ $from }); beide sind Ortsdaten und zählen mit
err_email_required = ist erforderlich, damit das Koordinationsteam dich erreichen kann; die Adresse wird nie veröffentlicht
err_choose_zone = wähle die Zeitzone des Ortes; dieses Land hat die Zeitzonen { $zones }
err_to_before_page = liegt vor dem ersten angezeigten Tag ({ $first }); beide sind Ortsdaten und zählen mit
err_page_too_long = umfasst { $days } Tage; eine Seite zeigt höchstens { $max } Tage (die Feeds nehmen jeden Zeitraum an)

## Likely mistakes the organiser is asked to confirm
warn_zone_not_in_country = { $zone } ist keine Zeitzone des Landes { $country }; dort gelten die Zeitzonen { $zones }
warn_night_time = beginnt in { $zone } nachts um { $time }; falls du den Nachmittag oder Abend gemeint hast, rechne 12 Stunden dazu
warn_in_the_past = liegt in der Vergangenheit (in UTC ist heute { $today }); prüfe Jahr und Monat
warn_far_ahead = liegt mehr als zwei Jahre in der Zukunft ({ $date }); prüfe das Jahr
warn_possible_duplicate = sieht aus wie eine Aktion, die schon zur selben Zeit am selben Ort im Kalender steht: { $title } (ID { $id })

## Feed names and descriptions (X-WR-CALNAME, NAME, X-WR-CALDESC; Atom titles), with ?ui=
feed_all = Aktionen weltweit
feed_description = Aktionen von Solidaritätskampagnen, jeweils zur Ortszeit und mit Zeitzone; veröffentlicht von actioncal.
# $scope is "Actions worldwide", "Actions in Europe" or a campaign's name; $filters the filters on top.
feed_name_filtered = { $scope } ({ $filters })
feed_campaign = Kampagne { $names }
feed_tag = Schlagwort { $names }
feed_in_languages = auf { $names }
feed_from_to = { $from } bis { $to }
feed_from = ab { $from }
feed_until = bis { $to }
feed_upcoming_in = Demnächst – { $scope }

## The coordinators' desk (/admin)
desk_coordinators = Koordinationsteam
desk_token = Dein Koordinations-Token
desk_token_hint = Erstellt mit actioncal admin add-coordinator.
desk_sign_in = Anmelden
desk_sign_in_title = Koordinationsteam: Anmeldung
desk_digest = Schick mir eine Übersicht neuer Einreichungen per E-Mail
desk_digest_no_mail = Dieser Kalender verschickt keine E-Mails (kein Mail-Relay eingerichtet): Die Einstellung bleibt gespeichert, bis er es tut.
desk_digest_how_often = Wie oft
desk_digest_never = Nie
desk_digest_hourly = Höchstens einmal pro Stunde
desk_digest_daily = Höchstens einmal am Tag
desk_digest_to = An
desk_digest_title = Übersicht neuer Einreichungen
desk_digest_stopped = Erledigt: Es werden keine Übersichten mehr verschickt. Im Moderationsbereich kannst du sie wieder einschalten.
desk_digest_stop = Übersichten abbestellen
reason_place = Bitte gib den genauen Ort an: Straße, Platz oder Treffpunkt.
reason_time = Datum oder Uhrzeit scheinen nicht zu stimmen; bitte vergleiche sie mit deinem Plakat.
reason_zone = Die Zeitzone passt nicht zum Ort; bitte wähle die Zeitzone der Stadt.
reason_duplicate = Diese Aktion steht bereits im Kalender.
reason_describe = Bitte beschreibe die Aktion in ein, zwei Sätzen: was, wer, was mitzubringen ist.
reason_outside = Dieser Kalender ist für Aktionen der Kampagne da; diese Aktion gehört nicht dazu.
desk_map_given = Karte (angegebene Koordinaten)
desk_map_find = Ort auf der Karte suchen
desk_waiting = Wartende Einreichungen
desk_signed_in_as = Angemeldet als { $name }.
desk_actions = Aktionen
desk_log = Protokoll
desk_sign_out = Abmelden
desk_keys = Tasten: j und k springen zwischen den Einreichungen, a gibt die markierte frei, r öffnet das Feld für eine Begründung, um sie abzulehnen.
desk_nothing_waiting = Es wartet nichts.
desk_campaigns_tags_languages = Kampagnen, Schlagwörter, Sprachen
desk_organiser = Veranstaltende
desk_no_name = (kein Name)
desk_earlier = { $count ->
    [0] erste Einreichung
    [one] { $count } frühere Einreichung
   *[other] { $count } frühere Einreichungen
}
desk_address = E-Mail-Adresse
desk_warnings_confirmed = Von den Veranstaltenden bestätigte Warnungen
desk_similar = Ähnliche Aktionen zur selben Zeit am selben Ort
desk_approve = Freigeben
desk_edit_first = Erst bearbeiten (dann speichern und freigeben)
desk_reason = Begründung für die Veranstaltenden
desk_reject = Ablehnen
desk_changes = Änderungsvorschläge zu veröffentlichten Aktionen
desk_field = Feld
desk_now = Jetzt
desk_proposed = Vorgeschlagen
desk_publish_change = Änderung veröffentlichen
desk_keep_published = Veröffentlichte Fassung behalten
log_organiser = die Veranstaltenden
log_operator = die Administration (Kommandozeile)
moderation_pending = ausstehend
moderation_published = veröffentlicht
moderation_rejected = abgelehnt
desk_back = Zurück zur Warteschlange
log_action_number = Aktionsnummer
log_who = Wer
log_nothing = Dazu ist nichts protokolliert.
log_action = Aktion { $id }
log_campaign = Kampagne { $slug }
log_before = Vorher
log_after = Nachher
log_reason = Begründung:
log_older = Ältere Einträge
find_label = Titel, Stadt oder Nummer
find_button = Suchen
find_nothing = Keine passende Aktion gefunden.
desk_save_approve = Speichern und freigeben
desk_its_log = Protokoll der Aktion
desk_action_state = Aktion { $id }: { $moderation }, { $status }, Version { $version }.
desk_cancel = Aktion absagen
desk_remove = Aus allen Feeds entfernen
desk_edit_title = Bearbeiten: { $title }
campaign_name = Name
campaign_hashtag = Hashtag
campaign_new = Neue Kampagne
campaign_slug = Slug (steht in jeder Feed-Adresse; ändert sich nie)
campaign_create = Anlegen
coordinators_hint = Neue Tokens werden auf dem Server erstellt: actioncal admin add-coordinator.
coordinator_since = seit { $date }
coordinator_revoked = widerrufen am { $date }
coordinator_you = du
coordinator_revoke = Widerrufen
status_confirmed = bestätigt
status_tentative = vorläufig
log_submit = eingereicht
log_edit = bearbeitet
log_propose_edit = Änderung vorgeschlagen
log_withdraw_edit = Änderungsvorschlag zurückgezogen
log_approve_edit = Änderung freigegeben
log_reject_edit = Änderung abgelehnt
log_approve = freigegeben
log_reject = abgelehnt
log_cancel = abgesagt
log_uncancel = Absage zurückgenommen
log_remove = entfernt
log_campaign_create = Kampagne angelegt
log_campaign_edit = Kampagne bearbeitet
log_import = importiert
log_coordinator_add = Koordinationszugang erteilt
log_coordinator_revoke = Koordinationszugang widerrufen
desk_token_refused = Dieses Token öffnet nichts: Es ist unbekannt oder widerrufen.
desk_done_approved = Freigegeben: Die Aktion steht jetzt im Kalender.
desk_done_rejected = Abgelehnt: Die Veranstaltenden sehen deine Begründung über ihren Link.
desk_done_digest = Gespeichert: deine Einstellung für die Übersicht.
desk_done_edit_approved = Veröffentlicht: Die Änderung steht jetzt im Kalender.
desk_done_edit_rejected = Beibehalten: Die veröffentlichte Fassung bleibt; die Veranstaltenden sehen deine Begründung.
desk_done_cancelled = Abgesagt: Die Kalender zeigen die Aktion als abgesagt.
desk_done_revoked = Widerrufen: Dieses Token öffnet nichts mehr.

## Mail: the action's time besides its local time ($zone a zone's name, $offset "UTC+02:00", $utc a date and time)
mail_when_zone = { $zone }, { $offset }; { $utc } UTC

## Repeat rules refused (the RRULE field, for calendar experts)
err_rrule = { $value } ist keine gültige RRULE ({ $detail }); Beispiele: { $examples }
err_until_date = UNTIL={ $until } muss bei einer ganztägigen Aktion ein Datum im Format YYYYMMDD sein, z. B. UNTIL=20271119
err_until_utc = UNTIL={ $until } muss bei einer Aktion mit Uhrzeit ein UTC-Zeitpunkt im Format YYYYMMDDTHHMMSSZ sein (RFC 5545 3.3.10), z. B. UNTIL=20271119T235959Z
err_freq = FREQ={ $freq } wird nicht unterstützt; Aktionen wiederholen sich DAILY, WEEKLY, MONTHLY oder YEARLY
err_byhour = BYHOUR, BYMINUTE und BYSECOND werden nicht unterstützt: Jeder Termin beginnt zur Anfangszeit der Aktion
err_count = COUNT darf höchstens { $max } sein
err_rrule_start = { $value } ist für diesen Beginn keine gültige RRULE ({ $detail }); Beispiele: { $examples }
err_rrule_length = muss eine RRULE mit 1 bis { $max } Zeichen sein; Beispiele: { $examples }
err_rrule_chars = { $value } enthält Zeichen, die in einer RRULE nicht vorkommen können; Beispiele: { $examples }
err_repeat_ambiguous = eine sich wiederholende Aktion kann nicht zu den Ortszeiten { $start } oder { $end } beginnen oder enden, denn diese kommen beim Zurückstellen der Uhr zweimal vor; wähle eine Uhrzeit außerhalb dieser Stunde
err_start_not_occurrence = der Beginn ({ $start }) ist kein Termin von { $value }; Kalender-Apps behandeln solche Regeln unterschiedlich, also lege den Beginn auf den ersten Termin
err_too_many_occurrences = wiederholt sich mehr als { $max }-mal; teile die Aktion auf oder kürze die Regel
# $what selects "start" or "end" (of the occurrence).
err_occurrence_gap = der Termin am { $date } würde um { $time } { $what ->
        [start] beginnen
       *[end] enden
    }, eine Uhrzeit, die es in { $zone } nicht gibt: In dieser Nacht springt die Uhr von { $from } direkt auf { $to }, und Kalender-Apps lesen einen solchen Termin unterschiedlich; wähle eine Uhrzeit vor { $before } oder ab { $after } oder lass die Regel vor dem { $date } enden (UNTIL)
err_occurrence_fold = der Termin am { $date } würde um { $time } { $what ->
        [start] beginnen
       *[end] enden
    }, eine Uhrzeit, die es in { $zone } zweimal gibt: In dieser Nacht wird die Uhr von { $from } auf { $to } zurückgestellt, und Kalender-Apps lesen einen solchen Termin unterschiedlich; wähle eine Uhrzeit vor { $before } oder ab { $after } oder lass die Regel vor dem { $date } enden (UNTIL)

## More refusals (filters, the widget, the desk)
err_unknown_campaign = { $value } ist keine Kampagne; bekannt: { $known }
err_unknown_tag = { $value } ist bei keiner Aktion als Schlagwort angegeben; bekannt: { $known }
err_unknown_language = { $value } ist bei keiner Aktion als Sprache angegeben; bekannt: { $known }
err_theme = { $value } ist kein Farbschema; erlaubt: light, dark, auto
err_embed_limit = { $value } ist keine zulässige Anzahl von Aktionen; erlaubt: 1 bis { $max }
err_query_too_long = ist { $len } Bytes lang; erlaubt sind höchstens { $max }
err_digest_every = { $value } steht nicht zur Auswahl; wähle off, hourly oder daily
err_digest_email = ist für eine Übersicht erforderlich: die Adresse, an die sie geschickt wird
# Labels of the date filters in refusals ("From: …").
field_from = Von
field_to = Bis

## Refusals found in review: the campaign's hashtag, a query that cannot be read, more field labels
err_hashtag = { $value } ist kein Hashtag; erlaubt: bis zu { $max } Buchstaben, Ziffern und Unterstriche, z. B. #AllForPalestine
# $detail is the reader's technical reason (in English).
err_query = kann nicht gelesen werden ({ $detail }); Filter: region, country, campaign, tag, lang, from, to
field_query = Adresse
field_theme = Farbschema
field_limit = Anzahl der Aktionen
field_slug = Slug

## Partners' calendars (sources)
err_required = ist erforderlich
err_source_url = muss die http://- oder https://-Adresse eines Kalender-Feeds (.ics) sein
err_source_trust = muss "hold" (neue Aktionen warten auf die Koordination) oder "publish" (sofort veröffentlicht) sein
sources = Partnerkalender
sources_hint = Kalender, die Partnerorganisationen bereits veröffentlichen (Google Calendar, Outlook, Nextcloud, Mobilizon, Gancio…), werden so oft nach ihren Aktionen abgerufen, wie der jeweilige Kalender es vorgibt (alle 15 Minuten bis einmal am Tag). Neue Aktionen eines Kalenders, bei dem „warten auf Prüfung“ eingestellt ist, kommen in die Warteschlange; die übrigen werden sofort veröffentlicht. Eine Korrektur durch die Koordination bleibt bestehen, solange die Partnerorganisation dieses Feld nicht erneut ändert. Eine Aktion, die aus einem Partnerkalender verschwindet, wird hier erst abgesagt, wenn sie bei zwei Abrufen hintereinander gefehlt hat, und nur, wenn sie noch bevorsteht.
source_url = Adresse des Kalenders (.ics)
source_name = Name
source_campaigns = Kampagnen (ihre Slugs, durch Kommas getrennt)
source_tags = Schlagwörter (durch Kommas getrennt)
source_languages = Sprachen (Codes wie es oder ar, durch Kommas getrennt)
source_country = Land für Orte ohne Landesangabe (Code aus zwei Buchstaben wie DE)
source_trust = Neue Aktionen
source_trust_hold = warten auf Prüfung
source_trust_publish = werden sofort veröffentlicht
source_paused = Pausiert
source_add = Diesem Kalender folgen
source_new = Einem Partnerkalender folgen
source_poll_now = Jetzt abrufen
source_release = Verschwundene absagen
source_remove = Nicht mehr folgen (die Aktionen bleiben)
source_status = Status
source_status_changed = Änderungen übernommen
source_status_unchanged = nichts geändert
source_status_held = zurückgehalten: viele Aktionen sind auf einmal verschwunden
source_status_error = der letzte Abruf ist fehlgeschlagen
source_never = noch nicht abgerufen
source_last_poll = Letzter Abruf
source_next_poll = Nächster Abruf
source_counts_title = Seit dem Hinzufügen
source_counts = { $new } neu · { $updated } aktualisiert · { $cancelled } abgesagt · { $held } zurückgehalten
source_message = Meldung
desk_done_polled = Abgerufen.
desk_done_removed = Diesem Kalender wird nicht mehr gefolgt.
log_source = Partnerkalender { $name }
desk_mail = Aktionen per E-Mail
mail_hint = Nachrichten an die E-Mail-Adresse des Kalenders, die neuesten zuerst. Eine angehängte Kalendereinladung wird zu einer Aktion, die auf Prüfung wartet, ebenso eine Nachricht, aus deren Text sich Datum, Uhrzeit und Ort lesen ließen; jede andere bleibt hier, damit du sie liest und die Aktion selbst einträgst.
mail_none = Noch keine E-Mail eingegangen.
mail_received = Eingegangen
mail_from = Von
mail_actions = Erstellte Aktionen
mail_text = Nachricht
mail_original = Nachricht im Original
mail_reading = Was sich aus dem Text lesen ließ
mail_unsure = Nicht sicher gelesen
mail_state_read = gelesen: Aktionen erstellt
mail_state_for_review = dem Koordinationsteam überlassen
mail_state_stored = noch nicht gelesen
