# actioncal interface messages: it. Project Fluent syntax (https://projectfluent.org/fluent/guide/).
# Every file has the same message ids as en.ftl (unit-tested). Variables: { $name }.

site_name = Calendario delle azioni
upcoming = Prossime azioni
week_of = Settimana del { $date }
filters = Filtri
region = Regione
country = Paese
campaign = Campagna
tag = Tag
language = Lingua
any = Qualsiasi
apply = Mostra
previous_week = Settimana precedente
next_week = Settimana successiva
nothing = Nessuna azione in questi giorni.
subscribe = Iscriviti
subscribe_hint = Aggiungi questo calendario alla tua app di calendario: resta sempre aggiornato, annullamenti compresi.
webcal = App di calendario (Apple, Thunderbird, Outlook desktop)
google = Aggiungi a Google Calendar
outlook = Aggiungi a Outlook.com
copy = Copia l’indirizzo del feed
copied = Copiato
feed_url = Indirizzo del feed
google_steps = Se il pulsante non funziona: in Google Calendar scegli «Altri calendari», «+», «Da URL» e incolla l’indirizzo.
google_refresh = Google Calendar aggiorna i calendari a cui sei iscritto solo ogni 12-24 ore: una modifica qui può metterci altrettanto a comparire lì.
add_to_calendar = Aggiungi questa azione al tuo calendario
add_google = Google Calendar
add_outlook = Outlook.com
add_office = Office 365 (lavoro o scuola)
add_ics = Calendario di Apple, Thunderbird e altri (file .ics)
preview_calendar = Cortei, veglie, presìdi e incontri online: trova le azioni vicino a te e aggiungile al tuo calendario.
download = Scarica .ics
atom = Feed Atom
when = Quando
where = Dove
online = Online
campaigns = Campagne
languages = Lingue
all_day = tutto il giorno
repeats = Si ripete
map = Mappa (OpenStreetMap)
cancelled = Annullata: questa azione non avrà luogo.
tentative = Provvisoria: non ancora confermata.
cancelled_short = Annullata
tentative_short = Provvisoria
local_time = Sul posto ({ $zone })
your_time = La tua ora ({ $zone })
times_in = Gli orari sono indicati nel fuso orario: { $zone }.
choose_zone = Mostra gli orari in un altro fuso orario
same_moment = Lo stesso momento nel mondo
city = Città
time = Ora
day_after = giorno dopo
day_before = giorno prima
actions_in = Azioni: { $place }
all_actions = Tutte le azioni
feed_builder = Crea il tuo feed
feed_builder_intro = Scegli cosa vuoi seguire: l’indirizzo e i pulsanti qui sotto si aggiornano.
upcoming_short = Prossime
more = Altre azioni
submit_link = Aggiungi la tua azione
utc = UTC
details = Dettagli
event_feed = Questa azione nel tuo calendario
mail_greeting = Ciao,
mail_edit_link_subject = La tua azione «{ $title }»: il tuo link privato per modificarla
mail_edit_link_body = Grazie per aver inviato la tua azione. Una persona del coordinamento la esaminerà: comparirà nel calendario una volta approvata, e in quel momento ti scriveremo.
mail_edit_link_keep = Il tuo link privato per vederne lo stato, modificarla o annullarla. Chiunque abbia questo link può cambiare la tua azione: non condividerlo.
mail_approved_subject = La tua azione «{ $title }» è nel calendario
mail_approved_body = Il coordinamento ha approvato la tua azione: ora è nel calendario e in tutti i feed che la includono.
mail_public_link = La sua pagina pubblica:
mail_feed_link = Questa azione per qualsiasi app di calendario (.ics):
mail_campaign_feed = Il calendario della campagna { $campaign }, per iscriverti:
mail_manage = Per vederne lo stato, modificarla o annullarla, usa il link privato che ti abbiamo inviato quando l’hai proposta.
mail_rejected_subject = La tua azione «{ $title }» non è stata pubblicata
mail_rejected_body = Il coordinamento non ha pubblicato la tua azione. La motivazione:
mail_fix_hint = Puoi correggerla con il link privato che ti abbiamo inviato quando l’hai proposta; un’azione corretta torna al coordinamento.
mail_cancelled_subject = La tua azione «{ $title }» è stata annullata
mail_cancelled_body = Il coordinamento ha segnato la tua azione come annullata: ora i calendari di chi è iscritto la mostrano annullata. Se è un errore, contatta il coordinamento.
mail_needs_check = Controlla questi punti; il link privato qui sotto ti permette di correggerli:
mail_withdrawn_subject = La tua azione «{ $title }» è stata ritirata
mail_withdrawn_body = Abbiamo ricevuto il tuo annullamento: la tua azione è stata ritirata prima della revisione e non comparirà nel calendario.
mail_cancelled_by_sender_body = Abbiamo ricevuto il tuo annullamento: la tua azione è segnata come annullata e ora i calendari di chi è iscritto la mostrano annullata.
mail_edited_subject = Il coordinamento ha modificato la tua azione «{ $title }»
mail_edited_body = Il coordinamento ha modificato la tua azione. Cosa è cambiato:
mail_edit_approved_subject = La tua modifica a «{ $title }» è stata pubblicata
mail_edit_approved_body = Il coordinamento ha approvato la modifica che hai proposto: ora il calendario la mostra.
mail_edit_rejected_subject = La tua modifica a «{ $title }» non è stata pubblicata
mail_edit_rejected_body = Il coordinamento non ha pubblicato la modifica che hai proposto; l’azione resta com’era. La motivazione:
mail_footer = Inviato automaticamente dal calendario di { $site }, perché questo indirizzo è stato indicato insieme all’azione. Per favore non rispondere a questo messaggio.
mail_digest_subject = Nuove proposte da esaminare: { $count }
mail_digest_title = Il tuo riepilogo delle proposte in attesa
mail_digest_body = Queste proposte sono arrivate dal tuo ultimo riepilogo; in tutto { $count ->
    [one] { $count } attende una revisione:
   *[other] { $count } attendono una revisione:
}
mail_digest_edits = Modifiche proposte ad azioni pubblicate, in attesa: { $count }
mail_digest_open = Esaminale nell’area di moderazione:
mail_digest_unsubscribe = Per non ricevere più questi riepiloghi (puoi riattivarli nell’area di moderazione):
# Joins the parts of a repeat rule ("every week, 6 times") or of a place ("Beirut, Lebanon"), with the space after it where the language puts one.
comma = { ", " }
rule_on = di { $days }
rule_on_monthday = il giorno { $day }
rule_until = fino a { $date }
rule_custom = secondo un calendario particolare

## Repeat rules in words (RFC 5545 RRULE), with CLDR plural categories
rule_every_days = { $n ->
    [one] ogni giorno
   *[other] ogni { $n } giorni
}
rule_every_weeks = { $n ->
    [one] ogni settimana
   *[other] ogni { $n } settimane
}
rule_every_months = { $n ->
    [one] ogni mese
   *[other] ogni { $n } mesi
}
rule_every_years = { $n ->
    [one] ogni anno
   *[other] ogni { $n } anni
}
# $n is 1 to 5, or -1 for the last one in the month; $day is a weekday name.
rule_on_nth = { $n ->
    [1] { $day ->
        [domenica] la prima
       *[other] il primo
    }
    [2] { $day ->
        [domenica] la seconda
       *[other] il secondo
    }
    [3] { $day ->
        [domenica] la terza
       *[other] il terzo
    }
    [4] { $day ->
        [domenica] la quarta
       *[other] il quarto
    }
    [5] { $day ->
        [domenica] la quinta
       *[other] il quinto
    }
   *[-1] { $day ->
        [domenica] l’ultima
       *[other] l’ultimo
    }
} { $day }
rule_times = { $n ->
    [one] una volta
   *[other] { $n } volte
}

## The language switcher at the top of every page
choose_language = Lingua di questa pagina

## The submission and edit forms (/submit, the organiser's private page)
form_submit_heading = Aggiungi la tua azione al calendario
form_submit_intro = Invia la tua azione una sola volta, nella tua lingua e nel tuo fuso orario. Il coordinamento la esamina prima che compaia nel calendario. Non serve un account.
form_send = Invia al coordinamento
form_save = Salva le modifiche
form_look_below = Controlla i messaggi accanto ai campi qui sotto.
form_expired = Questo modulo era scaduto (o il tuo browser non ne ha conservato il cookie), quindi non è stato inviato nulla. Tutto ciò che hai scritto è qui sotto: controllalo e invialo di nuovo.
# $wait is a wait in words, e.g. "about 7 minutes".
form_too_many = Questo calendario accetta solo poche azioni alla volta dalla stessa connessione, e la tua per ora ha raggiunto il limite. Non è stato inviato nulla; tutto ciò che hai scritto è conservato qui sotto. Invialo di nuovo tra { $wait }.
form_which_one = Quale dei due?
form_first_instant = (il primo, prima che le lancette tornino indietro)
form_second_instant = (il secondo, dopo)
form_confirm_warning = È corretto, invia comunque
form_required = (obbligatorio)
form_honeypot = Lascia vuoto questo campo
field_title = Titolo dell’azione
hint_title = Nella lingua dell’azione.
field_description = Descrizione
hint_description = Cosa, chi, cosa portare. Gli a capo vengono mantenuti.
field_start = Inizio
hint_start = Ora locale nel luogo dell’azione, come sulla tua locandina.
field_end = Fine
hint_end = Facoltativo; se lo lasci vuoto, due ore dopo l’inizio.
field_all_day = Tutto il giorno (contano solo le date)
hint_country = Lascia vuoto per un’azione online.
option_online = — online —
field_timezone = Fuso orario
hint_timezone = Il fuso orario del luogo; se lo lasci vuoto, viene preso dal paese, quando il paese ha un solo fuso orario.
option_from_country = — dal paese —
zones_elsewhere = Fusi orari senza paese
field_city = Città o località
field_venue = Luogo, piazza o via
field_online_url = Link online
hint_online_url = Indirizzo Zoom, Jitsi o della diretta streaming, per le azioni online.
field_online_links = Altri modi per partecipare
hint_online_links = Uno per riga, indicando di cosa si tratta: Facebook Live: https://…
field_tags = Tag
hint_tags = Separati da virgole, ad es. presidio, corteo.
hint_languages = Codici di lingua separati da virgole, ad es. ar, es, en.
hint_repeat = Sempre alla stessa ora locale, anche quando cambia l’ora legale.
repeat_none = Non si ripete
repeat_daily = Ogni giorno
repeat_weekly = Ogni settimana, nel giorno della settimana dell’inizio (e nei giorni spuntati qui sotto)
repeat_fortnightly = Ogni due settimane, nel giorno della settimana dell’inizio (e nei giorni spuntati qui sotto)
repeat_monthly_weekday = Ogni mese, nello stesso giorno della settimana (ad es. il primo venerdì)
repeat_monthly_date = Ogni mese, nella stessa data
repeat_days = Per una ripetizione settimanale, anche nei giorni
repeat_count = Termina dopo quante volte
repeat_until = oppure in questo giorno (l’ultima volta)
hint_repeat_end = Lasciali vuoti entrambi per un’azione che si ripete finché non viene annullata.
repeat_expert = Un’altra regola (RFC 5545 RRULE, per esperti di calendari)
hint_rrule = Usata al posto della scelta qui sopra, ad es. FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6.
field_organiser_email = La tua e-mail
hint_organiser_email = La vede solo il coordinamento; non viene mai pubblicata.
field_organiser_name = Il tuo nome o gruppo
hint_organiser_name = Non viene mai pubblicato.

## After sending, and the organiser's private page
thanks = Grazie
thanks_review = Il coordinamento esaminerà la tua azione. Comparirà nel calendario una volta approvata.
thanks_link = Questo è il tuo link privato per vederne lo stato, modificarla o annullarla. Chiunque abbia questo link può cambiare la tua azione: non condividerlo.
thanks_mailed = Abbiamo inviato questo link anche all’indirizzo che hai indicato, dove riceverai poi la decisione del coordinamento.
thanks_not_mailed = Questo calendario non invia e-mail: questo link non ti verrà inviato. Copialo ora; viene mostrato una sola volta.
edit_link_label = Il tuo link privato di modifica
copy_link = Copia il link
your_action = La tua azione: { $title }
status_label = Stato:
status_pending = in attesa di revisione da parte del coordinamento
status_published = pubblicata nel calendario
status_rejected = non accettata
status_cancelled = (annullata)
public_page = La sua pagina pubblica
uncancel_button = Ritira l’annullamento
coordinator_wrote = Il coordinamento ha scritto:
fix_and_resend = Correggi l’azione qui sotto e inviala di nuovo; tornerà al coordinamento.
change_waiting = La tua modifica è in attesa di revisione da parte del coordinamento.
change_waiting_more = Finché non viene accettata, il calendario mostra la versione pubblicata; il modulo qui sotto contiene la tua modifica.
change_refused = Il coordinamento non ha accettato la tua modifica.
they_wrote = La motivazione:
published_version_shown = Il calendario mostra la versione pubblicata.
changes_reviewed = Le modifiche a un’azione pubblicata vengono esaminate dal coordinamento prima che chi è iscritto le veda; l’annullamento ha effetto subito.
cancel_sure = Sì, annullala
cancel_button = Annulla questa azione
cancel_hint = Un’azione annullata resta nei calendari, segnata come annullata, così chi è iscritto vede che non si farà. Puoi ritirare l’annullamento finché non inizia.
notice_saved = Salvato.
notice_change_sent = Inviata: la tua modifica attende la revisione del coordinamento; fino ad allora il calendario mostra la versione pubblicata.
notice_cancel_ask = Per annullarla, spunta «Sì, annullala» e premi di nuovo il pulsante. Non è stato cambiato nulla.
notice_cancelled = Annullata: i calendari la mostrano come annullata. Puoi ritirare l’annullamento finché non inizia.
notice_uncancelled = Di nuovo in programma: i calendari la mostrano di nuovo.

## A wait in words ($n minutes or hours)
wait_seconds = meno di un minuto
wait_minutes = { $n ->
    [one] circa un minuto
   *[other] circa { $n } minuti
}
wait_hours = { $n ->
    [one] circa un’ora
   *[other] circa { $n } ore
}
save = Salva

## Error pages (HTML; tools get the JSON error in English)
back_to_calendar = Torna al calendario
error_400 = Richiesta non valida
error_400_hint = Qualcosa nell’indirizzo non è consentito qui. Controllalo, oppure ricomincia dal calendario.
error_401 = Accesso richiesto
error_401_hint = Questa pagina è riservata al coordinamento. Accedi con il tuo token di coordinamento.
error_403 = Non consentito
error_403_hint = Non hai accesso a questa funzione, oppure il modulo che hai inviato era troppo vecchio. Torna indietro, ricarica la pagina e riprova.
error_404 = Pagina non trovata
error_404_hint = A questo indirizzo non c’è nulla: forse il link contiene un errore di battitura, oppure l’azione è stata rimossa.
error_405 = Non disponibile in questo modo
error_405_hint = Questo indirizzo non accetta questo tipo di richiesta.
error_409 = Conflitto
error_409_hint = Non è possibile nello stato attuale dell’azione. Ricarica la pagina per vedere a che punto è.
error_413 = Troppo grande
error_413_hint = Quello che hai inviato supera la dimensione accettata da questo calendario. Accorcialo e invialo di nuovo.
error_422 = Non accettabile
error_422_hint = Alcuni valori non possono essere accettati. Correggili e invia di nuovo.
error_429 = Troppe richieste
error_429_hint = Questo calendario accetta solo poche richieste alla volta dalla stessa connessione. Attendi un momento e riprova.
error_500 = Qualcosa è andato storto
error_500_hint = Il calendario non è riuscito a rispondere. Il problema è stato registrato; riprova più tardi.
error_503 = Non disponibile al momento
error_503_hint = Il calendario è occupato o temporaneamente in sola lettura. Riprova tra qualche secondo.
error_507 = Spazio esaurito
error_507_hint = Lo spazio di archiviazione del calendario è pieno, quindi non è stato scritto nulla. Avvisa il coordinamento.
# $wait is a wait in words ("about 7 minutes").
error_wait = Riprova tra { $wait }.
error_store_full = L’archivio è pieno, quindi non è stato scritto nulla; le pagine e i feed continuano a funzionare.
error_store_busy = L’archivio è occupato da un’altra scrittura (un’importazione), quindi non è stato scritto nulla.
error_store_read_only = Qui questo calendario è in sola lettura, quindi non è stato scritto nulla; le pagine e i feed continuano a funzionare.

## Refused values (validation), next to the field or on an error page. Quoted values are shown as given.
err_slug = { $value } non è uno slug valido; sono ammessi da 1 a { $max } caratteri tra lettere minuscole a-z, cifre e singoli trattini interni
err_date = { $value } non è una data; usa una data nel formato YYYY-MM-DD, ad es. 2027-11-29
err_date_missing = { $value } non esiste nel calendario; usa una data nel formato YYYY-MM-DD, ad es. 2027-11-29
err_year_range = { $value } è fuori intervallo; sono ammessi gli anni dal { $first } al { $last }
err_local_time = { $value } non è un’ora locale; usa YYYY-MM-DDTHH:MM (ad es. 2027-11-29T19:00), eventualmente seguito dalla differenza da UTC per scegliere uno dei due orari uguali al ritorno dell’ora solare (2027-11-07T01:30-04:00)
err_time_of_day = { $value } non è un orario valido; le ore vanno da 00 a 23, i minuti da 00 a 59
err_out_of_range = è fuori intervallo
err_offset_mismatch = { $value } non corrisponde a { $zone }: lì la differenza da UTC è { $offset }; indica questa differenza oppure nessuna
err_gap = { $value } non esiste in { $zone }: le lancette passano dalle { $from } direttamente alle { $to } (differenza da UTC da { $offset_before } a { $offset_after }); scegli un orario prima delle { $from } o dalle { $to } in poi
err_fold = { $value } si ripete due volte in { $zone } quando le lancette tornano indietro (prima con differenza da UTC { $offset_before }, poi { $offset_after }); indica quale aggiungendo la differenza: { $first } oppure { $second }
err_timezone_required = è un campo obbligatorio: il fuso orario IANA del luogo, ad es. "Europe/Paris", oppure "UTC" per le azioni online
err_start_required = è un campo obbligatorio, ad es. { $example }
err_end_before_start_all_day = è prima dell’inizio; per le azioni di tutto il giorno la fine è l’ultimo giorno, compreso
err_too_long_days = rende l’azione più lunga di { $max } giorni
err_end_before_start = deve essere dopo l’inizio (entrambi sono orari locali nel fuso orario dell’azione)
err_years_allowed = è fuori intervallo; sono ammessi gli anni dal { $first } al { $last }
err_text_too_long = contiene { $len } caratteri; ne sono ammessi al massimo { $max }
err_text_required = è un campo obbligatorio e non può essere vuoto (da 1 a { $max } caratteri)
err_country = { $value } non è un codice paese ISO 3166-1 alpha-2; usa due lettere come "PS", "US", "ZA" (maiuscole o minuscole è indifferente)
err_region = { $value } non è una regione; sono ammessi i nomi UN M49 in minuscolo con trattini (come "europe", "western-asia", "south-america", "sub-saharan-africa") oppure "online"; GET /api/v1/regions li elenca tutti
err_zone = { $value } non è un fuso orario del database IANA (versione { $release }); usa un nome come "Europe/Paris", "America/New_York", "Asia/Gaza" o "UTC"
err_warning_code = { $value } non è un codice di avviso; codici: { $codes }
err_link_text_after = { $value } ha del testo dopo l’indirizzo; scrivi "Label: https://…", un link per voce
err_link_no_address = { $value } non contiene un indirizzo http:// o https://; scrivi "https://…" oppure "Label: https://…"
err_too_many_links = contiene { $count } link; ne sono ammessi al massimo { $max }
err_status = { $value } non è uno stato; ammessi: confirmed, tentative, cancelled
err_language = { $value } non è una lingua; usa un tag primario BCP 47 di 2 o 3 lettere come "ar", "es", "en"
err_language_hint = { $value } non è una lingua; usa un tag primario BCP 47 di 2 o 3 lettere come "ar", "es", "en" (per { $value } usa { $hint })
err_too_many_entries = contiene { $count } voci; ne sono ammesse al massimo { $max }
err_url_too_long = { $value } è troppo lungo; indica un indirizzo http:// o https:// completo di al massimo { $max } caratteri
err_url = { $value } non è un URL; indica un indirizzo http:// o https:// completo di al massimo { $max } caratteri
err_url_not_web = { $value } non è un indirizzo web; indica un indirizzo http:// o https:// completo di al massimo { $max } caratteri
err_email = { $value } non è un indirizzo e-mail come name@example.org
err_coordinate = { $value } è fuori intervallo; ammessi: da -{ $limit } a { $limit } gradi
err_longitude_required = è obbligatoria quando è indicata la latitudine
err_latitude_required = è obbligatoria quando è indicata la longitudine
err_country_required = è un campo obbligatorio per un’azione con città o luogo; un’azione senza paese è online e richiede online_url
err_filter_empty = non contiene alcun valore; indicane uno o più, separati da virgole
err_filter_too_many = elenca { $count } valori; ne sono ammessi al massimo { $max }
err_filter_value_long = contiene un valore più lungo di { $max } caratteri
err_to_before_from = { $to } precede il primo giorno richiesto ({ $from }); entrambe sono date locali, estremi compresi
err_email_required = è un campo obbligatorio, così il coordinamento può contattarti; l’indirizzo non viene mai pubblicato
err_choose_zone = scegli il fuso orario del luogo; questo paese ha questi fusi orari: { $zones }
err_to_before_page = è prima del primo giorno mostrato ({ $first }); entrambe sono date locali, estremi compresi
err_page_too_long = copre { $days } giorni; una pagina ne mostra al massimo { $max } (i feed accettano qualsiasi intervallo)

## Likely mistakes the organiser is asked to confirm
warn_zone_not_in_country = { $zone } non è un fuso orario del paese { $country }; i suoi fusi orari sono { $zones }
warn_night_time = inizia alle { $time }, di notte, in { $zone }; se intendevi il pomeriggio o la sera, aggiungi 12 ore
warn_in_the_past = è nel passato (oggi in UTC è il { $today }); controlla l’anno e il mese
warn_far_ahead = è a più di due anni da oggi ({ $date }); controlla l’anno
warn_possible_duplicate = sembra un’azione già presente nel calendario nello stesso luogo e alla stessa ora: { $title } (id { $id })

## Feed names and descriptions (X-WR-CALNAME, NAME, X-WR-CALDESC; Atom titles), with ?ui=
feed_all = Azioni nel mondo
feed_description = Azioni delle campagne di solidarietà, ciascuna alla sua ora locale con il suo fuso orario; a cura di actioncal.
# $scope is "Actions worldwide", "Actions in Europe" or a campaign's name; $filters the filters on top.
feed_name_filtered = { $scope } ({ $filters })
feed_campaign = campagna { $names }
feed_tag = tag { $names }
feed_in_languages = in { $names }
feed_from_to = dal { $from } al { $to }
feed_from = dal { $from }
feed_until = fino al { $to }
feed_upcoming_in = Prossimamente – { $scope }

## The coordinators' desk (/admin)
desk_coordinators = Coordinamento
desk_token = Il tuo token di coordinamento
desk_token_hint = Generato con actioncal admin add-coordinator.
desk_sign_in = Accedi
desk_sign_in_title = Coordinamento: accesso
desk_digest = Inviami per e-mail un riepilogo delle nuove proposte
desk_digest_no_mail = Questo calendario non invia e-mail (nessun relay configurato): l’impostazione viene conservata per quando potrà farlo.
desk_digest_how_often = Con quale frequenza
desk_digest_never = Mai
desk_digest_hourly = Al massimo una volta all’ora
desk_digest_daily = Al massimo una volta al giorno
desk_digest_to = A
desk_digest_title = Riepilogo delle nuove proposte
desk_digest_stopped = Fatto: non riceverai più riepiloghi. Puoi riattivarli nell’area di moderazione.
desk_digest_stop = Interrompi i riepiloghi
reason_place = Per favore, aggiungi il luogo esatto: via, piazza o sede.
reason_time = La data o l’ora sembrano sbagliate; per favore, confrontale con la tua locandina.
reason_zone = Il fuso orario non corrisponde al luogo; per favore, scegli il fuso orario della città.
reason_duplicate = Questa azione è già presente nel calendario.
reason_describe = Per favore, descrivi l’azione in una o due frasi: cosa, chi, cosa portare.
reason_outside = Questo calendario è dedicato alle azioni della campagna, e questa azione non ne fa parte.
desk_map_given = Mappa (le coordinate indicate)
desk_map_find = Trova il luogo sulla mappa
desk_waiting = Proposte in attesa
desk_signed_in_as = Accesso effettuato come { $name }.
desk_actions = Azioni
desk_log = Il registro
desk_sign_out = Esci
desk_keys = Tasti: j e k per spostarsi tra le schede, a per approvare quella selezionata, r per scrivere la motivazione di un rifiuto.
desk_nothing_waiting = Non c’è nulla in attesa.
desk_campaigns_tags_languages = Campagne, tag, lingue
desk_organiser = Chi organizza
desk_no_name = (senza nome)
desk_earlier = { $count ->
    [0] prima proposta
    [one] { $count } proposta precedente
   *[other] { $count } proposte precedenti
}
desk_address = Indirizzo e-mail
desk_warnings_confirmed = Avvisi confermati da chi organizza
desk_similar = Azioni simili nello stesso luogo e alla stessa ora
desk_approve = Approva
desk_edit_first = Modifica prima (poi salva e approva)
desk_reason = Motivazione per chi organizza
desk_reject = Rifiuta
desk_changes = Modifiche proposte ad azioni pubblicate
desk_field = Campo
desk_now = Attuale
desk_proposed = Proposta
desk_publish_change = Pubblica la modifica
desk_keep_published = Mantieni la versione pubblicata
log_organiser = chi organizza
log_operator = l’amministrazione (riga di comando)
moderation_pending = in attesa
moderation_published = pubblicata
moderation_rejected = rifiutata
desk_back = Torna alla coda
log_action_number = Numero dell’azione
log_who = Chi
log_nothing = Nessuna voce registrata.
log_action = azione { $id }
log_campaign = campagna { $slug }
log_before = Prima
log_after = Dopo
log_reason = Motivazione:
log_older = Voci precedenti
find_label = Titolo, città o numero
find_button = Cerca
find_nothing = Nessuna azione corrisponde.
desk_save_approve = Salva e approva
desk_its_log = Il suo registro
desk_action_state = Azione { $id }: { $moderation }, { $status }, versione { $version }.
desk_cancel = Annulla l’azione
desk_remove = Rimuovila da tutti i feed
desk_edit_title = Modifica: { $title }
campaign_name = Nome
campaign_hashtag = Hashtag
campaign_new = Una nuova campagna
campaign_slug = Slug (compare in ogni indirizzo di feed; non cambia mai)
campaign_create = Crea
coordinators_hint = I nuovi token si creano sul server: actioncal admin add-coordinator.
coordinator_since = dal { $date }
coordinator_revoked = accesso revocato il { $date }
coordinator_you = tu
coordinator_revoke = Revoca
status_confirmed = confermata
status_tentative = provvisoria
log_submit = invio
log_edit = modifica
log_propose_edit = proposta di modifica
log_withdraw_edit = ritiro della proposta di modifica
log_approve_edit = approvazione della modifica
log_reject_edit = rifiuto della modifica
log_approve = approvazione
log_reject = rifiuto
log_cancel = annullamento
log_uncancel = ritiro dell’annullamento
log_remove = rimozione
log_campaign_create = creazione della campagna
log_campaign_edit = modifica della campagna
log_import = importazione
log_coordinator_add = aggiunta al coordinamento
log_coordinator_revoke = revoca dell’accesso al coordinamento
desk_token_refused = Questo token non apre nulla: è sconosciuto o revocato.
desk_done_approved = Approvata: ora è nel calendario.
desk_done_rejected = Rifiutata: chi organizza vede la tua motivazione tramite il suo link.
desk_done_digest = Salvata: la tua impostazione per il riepilogo.
desk_done_edit_approved = Pubblicata: ora la modifica è nel calendario.
desk_done_edit_rejected = Mantenuta: la versione pubblicata resta; chi organizza vede la tua motivazione.
desk_done_cancelled = Annullata: i calendari la mostrano come annullata.
desk_done_revoked = Revocato: quel token non apre più nulla.

## Mail: the action's time besides its local time ($zone a zone's name, $offset "UTC+02:00", $utc a date and time)
mail_when_zone = { $zone }, { $offset }; { $utc } UTC

## Repeat rules refused (the RRULE field, for calendar experts)
err_rrule = { $value } non è una RRULE valida ({ $detail }); esempi: { $examples }
err_until_date = UNTIL={ $until } deve essere una data nel formato YYYYMMDD per un’azione di tutto il giorno, ad es. UNTIL=20271119
err_until_utc = UNTIL={ $until } deve essere una data e ora UTC nel formato YYYYMMDDTHHMMSSZ per un’azione con un orario (RFC 5545 3.3.10), ad es. UNTIL=20271119T235959Z
err_freq = FREQ={ $freq } non è supportato; le azioni si ripetono DAILY, WEEKLY, MONTHLY o YEARLY
err_byhour = BYHOUR, BYMINUTE e BYSECOND non sono supportati: ogni occorrenza inizia all’ora di inizio dell’azione
err_count = COUNT può valere al massimo { $max }
err_rrule_start = { $value } non è una RRULE valida per questo inizio ({ $detail }); esempi: { $examples }
err_rrule_length = deve essere una RRULE da 1 a { $max } caratteri; esempi: { $examples }
err_rrule_chars = { $value } contiene caratteri che una RRULE non può contenere; esempi: { $examples }
err_repeat_ambiguous = l’inizio o la fine di un’azione che si ripete non possono cadere su { $start } o { $end }, orari locali che si presentano due volte quando le lancette tornano indietro; scegli un orario fuori da quell’ora
err_start_not_occurrence = l’inizio ({ $start }) non è un’occorrenza di { $value }; i programmi di calendario interpretano queste regole in modo diverso, quindi fai in modo che l’inizio sia la prima occorrenza
err_too_many_occurrences = si ripete più di { $max } volte; dividi l’azione o accorcia la regola
# $what selects "start" or "end" (of the occurrence).
err_occurrence_gap = l’occorrenza del { $date } { $what ->
        [start] inizierebbe
       *[end] finirebbe
    } alle { $time }, un orario che non esiste in { $zone }: quella notte le lancette passano dalle { $from } direttamente alle { $to }, e i programmi di calendario interpretano un’occorrenza del genere in modi diversi; scegli un orario prima delle { $before } o dalle { $after } in poi, oppure fai terminare la regola prima del { $date } (UNTIL)
err_occurrence_fold = l’occorrenza del { $date } { $what ->
        [start] inizierebbe
       *[end] finirebbe
    } alle { $time }, un orario che in { $zone } si presenta due volte: quella notte le lancette tornano indietro dalle { $from } alle { $to }, e i programmi di calendario interpretano un’occorrenza del genere in modi diversi; scegli un orario prima delle { $before } o dalle { $after } in poi, oppure fai terminare la regola prima del { $date } (UNTIL)

## More refusals (filters, the widget, the desk)
err_unknown_campaign = { $value } non è una campagna; campagne note: { $known }
err_unknown_tag = { $value } non è il tag di nessuna azione; tag noti: { $known }
err_unknown_language = { $value } non è la lingua di nessuna azione; lingue note: { $known }
err_theme = { $value } non è un tema; ammessi: light, dark, auto
err_embed_limit = { $value } non è un numero di azioni valido; ammessi: da 1 a { $max }
err_query_too_long = contiene { $len } byte; ne sono ammessi al massimo { $max }
err_digest_every = { $value } non è una scelta possibile; scegli off, hourly o daily
err_digest_email = è un campo obbligatorio per ricevere un riepilogo: l’indirizzo a cui viene inviato
# Labels of the date filters in refusals ("From: …").
field_from = Data di inizio
field_to = Data di fine

## Refusals found in review: the campaign's hashtag, a query that cannot be read, more field labels
err_hashtag = { $value } non è un hashtag; ammessi: fino a { $max } caratteri tra lettere, cifre e trattini bassi, ad es. #AllForPalestine
# $detail is the reader's technical reason (in English).
err_query = non è leggibile ({ $detail }); filtri: region, country, campaign, tag, lang, from, to
field_query = Indirizzo
field_theme = Tema
field_limit = Numero di azioni
field_slug = Slug

## Partners' calendars (sources)
err_required = è obbligatorio
err_source_url = deve essere l’indirizzo http:// o https:// di un calendario (.ics)
err_source_trust = deve essere "hold" (le nuove azioni attendono il coordinamento) o "publish" (pubblicate subito)
sources = Calendari delle realtà partner
sources_hint = Calendari che le realtà partner pubblicano già (Google Calendar, Outlook, Nextcloud, Mobilizon, Gancio…), controllati per raccoglierne le azioni con la frequenza richiesta da ciascuno (da ogni 15 minuti a una volta al giorno). Le nuove azioni di un calendario impostato per attendere la revisione entrano in coda; quelle degli altri vengono pubblicate subito. Una correzione del coordinamento resta finché la realtà partner non modifica di nuovo quel campo. Un’azione che scompare dal calendario di una realtà partner viene annullata qui solo dopo essere mancata in due controlli di fila, e solo se deve ancora svolgersi.
source_url = Indirizzo del calendario (.ics)
source_name = Nome
source_campaigns = Campagne (i loro slug, separati da virgole)
source_tags = Tag (separati da virgole)
source_languages = Lingue (codici come es o ar, separati da virgole)
source_country = Paese dei luoghi che non ne indicano uno (codice di due lettere come DE)
source_trust = Nuove azioni
source_trust_hold = attendono la revisione
source_trust_publish = vengono pubblicate subito
source_paused = In pausa
source_add = Segui questo calendario
source_new = Segui il calendario di una realtà partner
source_poll_now = Controlla ora
source_release = Annulla ciò che è scomparso
source_remove = Smetti di seguire (le sue azioni restano)
source_status = Stato
source_status_changed = modifiche importate
source_status_unchanged = nessuna modifica
source_status_held = in sospeso: molte azioni sono scomparse tutte insieme
source_status_error = l’ultimo controllo non è riuscito
source_never = non ancora controllato
source_last_poll = Ultimo controllo
source_next_poll = Prossimo controllo
source_counts_title = Da quando è stato aggiunto
source_counts = nuove: { $new } · aggiornate: { $updated } · annullate: { $cancelled } · trattenute: { $held }
source_message = Messaggio
desk_done_polled = Calendario controllato.
desk_done_removed = Non segui più questo calendario.
log_source = calendario partner { $name }
desk_mail = Azioni ricevute per e-mail
mail_hint = Messaggi inviati all’indirizzo e-mail del calendario, dal più recente. Un invito di calendario allegato diventa un’azione in attesa di revisione, così come un messaggio dal cui testo si sono potuti leggere data, ora e luogo; gli altri restano qui perché tu possa leggerli e inserire l’azione.
mail_none = Nessuna e-mail ricevuta finora.
mail_received = Ricevuto
mail_from = Da
mail_actions = Azioni create
mail_text = Il messaggio
mail_original = Il messaggio così come è arrivato
mail_reading = Ciò che si è potuto leggere nel testo
mail_unsure = Non letto con certezza
mail_state_read = letto: azioni create
mail_state_for_review = lasciato al coordinamento
mail_state_stored = non ancora letto
