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
# Joins the parts of a repeat rule ("every week, 6 times").
comma = { "," }
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
