# actioncal interface messages: fr. Project Fluent syntax (https://projectfluent.org/fluent/guide/).
# Every file has the same message ids as en.ftl (unit-tested). Variables: { $name }.

site_name = Calendrier des actions
upcoming = Actions à venir
week_of = Semaine du { $date }
filters = Filtres
region = Région
country = Pays
campaign = Campagne
tag = Mot-clé
language = Langue
any = Toutes
apply = Afficher
previous_week = Semaine précédente
next_week = Semaine suivante
nothing = Aucune action ces jours-là.
subscribe = S’abonner
subscribe_hint = Ajoutez ce calendrier à votre agenda ; il reste à jour, annulations comprises.
webcal = Application d’agenda (Apple, Thunderbird, Outlook)
google = Ajouter à Google Agenda
outlook = Ajouter à Outlook.com
copy = Copier l’adresse du calendrier
copied = Copié
feed_url = Adresse du calendrier
google_steps = Si le bouton ne marche pas : dans Google Agenda, choisissez Autres agendas, +, À partir de l’URL, et collez l’adresse.
google_refresh = Google Agenda n’actualise les agendas auxquels vous êtes abonné que toutes les 12 à 24 heures : une modification ici peut mettre ce temps à y apparaître.
add_to_calendar = Ajouter cette action à votre agenda
add_google = Google Agenda
add_outlook = Outlook.com
add_office = Office 365 (professionnel ou scolaire)
add_ics = Calendrier Apple, Thunderbird et autres (fichier .ics)
preview_calendar = Marches, veillées, piquets et réunions en ligne : trouvez les actions près de chez vous et ajoutez-les à votre agenda.
download = Télécharger le .ics
atom = Flux Atom
when = Quand
where = Où
online = En ligne
campaigns = Campagnes
languages = Langues
all_day = toute la journée
repeats = Se répète
map = Carte (OpenStreetMap)
cancelled = Annulée : cette action n’aura pas lieu.
tentative = Provisoire : pas encore confirmée.
cancelled_short = Annulée
tentative_short = Provisoire
local_time = Sur place ({ $zone })
your_time = Votre heure ({ $zone })
times_in = Les heures sont affichées en { $zone }.
choose_zone = Afficher les heures dans un autre fuseau
same_moment = Le même moment dans le monde
city = Ville
time = Heure
day_after = lendemain
day_before = veille
actions_in = Actions : { $place }
all_actions = Toutes les actions
feed_builder = Composez votre calendrier
feed_builder_intro = Choisissez ce que vous voulez suivre ; l’adresse et les boutons se mettent à jour.
upcoming_short = À venir
more = Plus d’actions
submit_link = Ajoutez votre action
utc = UTC
details = Détails
event_feed = Cette action dans votre agenda
mail_greeting = Bonjour,
mail_edit_link_subject = Votre action « { $title } » : votre lien privé de modification
mail_edit_link_body = Merci d’avoir envoyé votre action. Une personne de la coordination va la relire : elle apparaîtra dans le calendrier une fois approuvée, et nous vous écrirons alors.
mail_edit_link_keep = Votre lien privé pour voir son état, la modifier ou l’annuler. Toute personne qui a ce lien peut changer votre action : gardez-le pour vous.
mail_approved_subject = Votre action « { $title } » est dans le calendrier
mail_approved_body = La coordination a approuvé votre action : elle est maintenant dans le calendrier et dans chaque abonnement qui l’inclut.
mail_public_link = Sa page publique :
mail_feed_link = Cette action pour toute application d’agenda (.ics) :
mail_campaign_feed = Le calendrier de la campagne { $campaign }, pour s’abonner :
mail_manage = Pour voir son état, la modifier ou l’annuler, utilisez le lien privé envoyé lors de votre envoi.
mail_rejected_subject = Votre action « { $title } » n’a pas été publiée
mail_rejected_body = La coordination n’a pas publié votre action. Sa raison :
mail_fix_hint = Vous pouvez la corriger avec le lien privé envoyé lors de votre envoi ; une action corrigée retourne à la coordination.
mail_cancelled_subject = Votre action « { $title } » a été annulée
mail_cancelled_body = La coordination a marqué votre action comme annulée : les agendas abonnés l’affichent désormais annulée. S’il s’agit d’une erreur, contactez la coordination.
mail_needs_check = Merci de vérifier ces points ; le lien privé ci-dessous vous permet de les corriger :
mail_withdrawn_subject = Votre action « { $title } » a été retirée
mail_withdrawn_body = Nous avons bien reçu votre annulation : votre action a été retirée avant relecture et n’apparaîtra pas dans le calendrier.
mail_cancelled_by_sender_body = Nous avons bien reçu votre annulation : votre action est marquée comme annulée, et les agendas abonnés l’affichent désormais annulée.
mail_edited_subject = La coordination a modifié votre action « { $title } »
mail_edited_body = La coordination a modifié votre action. Ce qui a changé :
mail_edit_approved_subject = Votre modification de « { $title } » est publiée
mail_edit_approved_body = La coordination a approuvé la modification que vous avez proposée : le calendrier l’affiche maintenant.
mail_edit_rejected_subject = Votre modification de « { $title } » n’a pas été publiée
mail_edit_rejected_body = La coordination n’a pas publié la modification que vous avez proposée ; l’action reste telle qu’elle était. Sa raison :
mail_footer = Envoyé automatiquement par le calendrier { $site }, parce que cette adresse a été donnée avec l’action. Merci de ne pas répondre à ce message.
mail_digest_subject = Nouveaux envois en attente de relecture : { $count }
mail_digest_title = Votre résumé des envois en attente
mail_digest_body = Ces envois sont arrivés depuis votre dernier résumé (total en attente de relecture : { $count }) :
mail_digest_edits = Modifications proposées à des actions publiées, en attente : { $count }
mail_digest_open = Relisez-les dans l’espace de modération :
mail_digest_unsubscribe = Pour ne plus recevoir ces résumés (vous pouvez les réactiver dans l’espace) :
# Joins the parts of a repeat rule ("every week, 6 times") or of a place ("Beirut, Lebanon"), with the space after it where the language puts one.
comma = { ", " }
rule_on = le { $days }
rule_on_monthday = le { $day }
rule_until = jusqu’au { $date }
rule_custom = selon un calendrier particulier

## Repeat rules in words (RFC 5545 RRULE), with CLDR plural categories
rule_every_days = { $n ->
    [one] chaque jour
   *[other] tous les { $n } jours
}
rule_every_weeks = { $n ->
    [one] chaque semaine
   *[other] toutes les { $n } semaines
}
rule_every_months = { $n ->
    [one] chaque mois
   *[other] tous les { $n } mois
}
rule_every_years = { $n ->
    [one] chaque année
   *[other] tous les { $n } ans
}
# $n is 1 to 5, or -1 for the last one in the month; $day is a weekday name.
rule_on_nth = le { $n ->
    [1] premier
    [2] deuxième
    [3] troisième
    [4] quatrième
    [5] cinquième
   *[-1] dernier
} { $day }
rule_times = { $n ->
    [one] une fois
   *[other] { $n } fois
}

## The language switcher at the top of every page
choose_language = Langue de cette page

## The submission and edit forms (/submit, the organiser's private page)
form_submit_heading = Ajoutez votre action au calendrier
form_submit_intro = Envoyez votre action une seule fois, dans votre langue et votre fuseau horaire. La coordination la relit avant qu’elle n’apparaisse dans le calendrier. Aucun compte n’est nécessaire.
form_send = Envoyer à la coordination
form_save = Enregistrer les modifications
form_look_below = Merci de lire les messages à côté des champs ci-dessous.
form_expired = Ce formulaire avait expiré (ou votre navigateur n’a pas gardé son cookie) : rien n’a été envoyé. Tout ce que vous avez saisi se trouve ci-dessous : vérifiez-le et renvoyez-le.
# $wait is a wait in words, e.g. "about 7 minutes".
form_too_many = Ce calendrier n’accepte que quelques actions à la fois depuis une même connexion, et la vôtre a atteint cette limite pour l’instant. Rien n’a été envoyé ; tout ce que vous avez saisi est conservé ci-dessous. Merci de renvoyer le formulaire dans { $wait }.
form_which_one = Laquelle des deux ?
form_first_instant = (la première, avant le recul des horloges)
form_second_instant = (la seconde, après)
form_confirm_warning = C’est bien cela, envoyer quand même
form_required = (obligatoire)
form_honeypot = Laissez ce champ vide
field_title = Titre de l’action
hint_title = Dans la langue de l’action.
field_description = Description
hint_description = Quoi, qui, ce qu’il faut apporter. Les retours à la ligne sont conservés.
field_start = Début
hint_start = Heure locale du lieu de l’action, comme sur votre affiche.
field_end = Fin
hint_end = Facultatif ; si le champ reste vide, deux heures après le début.
field_all_day = Toute la journée (seules les dates comptent)
hint_country = Laissez vide pour une action en ligne.
option_online = — en ligne —
field_timezone = Fuseau horaire
hint_timezone = Le fuseau du lieu ; laissé vide, il est déduit du pays quand le pays n’a qu’un seul fuseau.
option_from_country = — d’après le pays —
zones_elsewhere = Fuseaux sans pays
field_city = Ville ou localité
field_venue = Lieu, place ou rue
field_online_url = Lien en ligne
hint_online_url = Adresse Zoom, Jitsi ou de la diffusion en direct, pour les actions en ligne.
field_online_links = Autres moyens de participer
hint_online_links = Un par ligne, en indiquant de quoi il s’agit : Facebook Live: https://…
field_tags = Mots-clés
hint_tags = Séparés par des virgules, par ex. veillée, marche.
hint_languages = Codes de langue séparés par des virgules, par ex. ar, es, en.
hint_repeat = À la même heure locale à chaque fois, y compris lors des changements d’heure.
repeat_none = Ne se répète pas
repeat_daily = Chaque jour
repeat_weekly = Chaque semaine, le même jour de la semaine que le début (et les jours cochés ci-dessous)
repeat_fortnightly = Toutes les deux semaines, le même jour de la semaine que le début (et les jours cochés ci-dessous)
repeat_monthly_weekday = Chaque mois, le même jour de la semaine (par ex. le premier vendredi)
repeat_monthly_date = Chaque mois, à la même date
repeat_days = Pour une répétition hebdomadaire, également les jours
repeat_count = S’arrête après ce nombre de fois
repeat_until = ou à cette date (la dernière fois)
hint_repeat_end = Laissez les deux vides pour une action qui se répète jusqu’à son annulation.
repeat_expert = Autre règle (RFC 5545 RRULE, pour les spécialistes des calendriers)
hint_rrule = Utilisée à la place du choix ci-dessus, par ex. FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6.
field_organiser_email = Votre adresse e-mail
hint_organiser_email = Seule la coordination la voit ; elle n’est jamais publiée.
field_organiser_name = Votre nom ou celui de votre groupe
hint_organiser_name = Jamais publié.

## After sending, and the organiser's private page
thanks = Merci
thanks_review = Une personne de la coordination va relire votre action. Elle apparaîtra dans le calendrier une fois approuvée.
thanks_link = Voici votre lien privé pour voir son état, la modifier ou l’annuler. Toute personne qui a ce lien peut changer votre action : gardez-le pour vous.
thanks_mailed = Nous avons aussi envoyé ce lien par e-mail à l’adresse indiquée ; la décision de la coordination vous y sera envoyée ensuite.
thanks_not_mailed = Ce calendrier n’envoie pas d’e-mails : ce lien ne vous sera pas envoyé. Copiez-le maintenant ; il n’est affiché qu’une seule fois.
edit_link_label = Votre lien privé de modification
copy_link = Copier le lien
your_action = Votre action : { $title }
status_label = État :
status_pending = en attente de relecture par la coordination
status_published = publiée dans le calendrier
status_rejected = non acceptée
status_cancelled = (annulée)
public_page = Sa page publique
uncancel_button = Revenir sur l’annulation
coordinator_wrote = La coordination a écrit :
fix_and_resend = Corrigez l’action ci-dessous et renvoyez-la ; elle retourne à la coordination.
change_waiting = Votre modification attend la relecture de la coordination.
change_waiting_more = Tant qu’elle n’est pas acceptée, le calendrier affiche la version publiée ; le formulaire ci-dessous contient votre modification.
change_refused = La coordination n’a pas accepté votre modification.
they_wrote = Elle a écrit :
published_version_shown = Le calendrier affiche la version publiée.
changes_reviewed = Les modifications d’une action publiée sont relues par la coordination avant d’être visibles des personnes abonnées ; une annulation prend effet immédiatement.
cancel_sure = Oui, l’annuler
cancel_button = Annuler cette action
cancel_hint = Une action annulée reste dans les agendas, marquée comme annulée, pour que les personnes abonnées voient qu’elle n’a plus lieu. Vous pouvez revenir sur l’annulation jusqu’à son début.
notice_saved = Enregistré.
notice_change_sent = Envoyé : votre modification attend la relecture de la coordination ; d’ici là, le calendrier affiche la version publiée.
notice_cancel_ask = Pour annuler, cochez « Oui, l’annuler » et appuyez de nouveau sur le bouton. Rien n’a été modifié.
notice_cancelled = Annulée : les agendas l’affichent comme annulée. Vous pouvez revenir sur l’annulation jusqu’à son début.
notice_uncancelled = Rétablie : les agendas l’affichent de nouveau.

## A wait in words ($n minutes or hours)
wait_seconds = moins d’une minute
wait_minutes = { $n ->
    [one] environ une minute
   *[other] environ { $n } minutes
}
wait_hours = { $n ->
    [one] environ une heure
   *[other] environ { $n } heures
}
save = Enregistrer

## Error pages (HTML; tools get the JSON error in English)
back_to_calendar = Retour au calendrier
error_400 = Requête incorrecte
error_400_hint = Quelque chose dans l’adresse n’est pas autorisé ici. Vérifiez-la, ou repartez du calendrier.
error_401 = Connexion requise
error_401_hint = Cette page est réservée à la coordination. Connectez-vous avec votre jeton de coordination.
error_403 = Non autorisé
error_403_hint = Vous n’y avez pas accès, ou le formulaire envoyé était trop ancien. Revenez en arrière, rechargez la page et réessayez.
error_404 = Introuvable
error_404_hint = Il n’y a rien à cette adresse : le lien est peut-être mal saisi, ou l’action a été retirée.
error_405 = Non disponible de cette façon
error_405_hint = Cette adresse n’accepte pas ce type de requête.
error_409 = Conflit
error_409_hint = Impossible dans l’état actuel de l’action. Rechargez la page pour voir où elle en est.
error_413 = Trop volumineux
error_413_hint = Ce que vous avez envoyé dépasse ce que ce calendrier accepte. Raccourcissez-le et renvoyez-le.
error_422 = Irrecevable
error_422_hint = Certaines valeurs ne peuvent pas être acceptées. Corrigez-les et renvoyez le tout.
error_429 = Trop de requêtes
error_429_hint = Ce calendrier n’accepte que quelques requêtes à la fois depuis une même connexion. Patientez un peu et réessayez.
error_500 = Une erreur s’est produite
error_500_hint = Le calendrier n’a pas pu répondre. Le problème a été consigné ; réessayez plus tard.
error_503 = Indisponible pour le moment
error_503_hint = Le calendrier est occupé ou en lecture seule pour un moment. Réessayez dans quelques secondes.
error_507 = Stockage plein
error_507_hint = Le stockage du calendrier est plein, rien n’a donc été enregistré. Merci de prévenir la coordination.
# $wait is a wait in words ("about 7 minutes").
error_wait = Réessayez dans { $wait }.
error_store_full = Le stockage est plein, rien n’a donc été enregistré ; les pages et les abonnements continuent de fonctionner.
error_store_busy = Le stockage est occupé par une autre écriture (une importation), rien n’a donc été enregistré.
error_store_read_only = Ce calendrier est ici en lecture seule, rien n’a donc été enregistré ; les pages et les abonnements continuent de fonctionner.

## Refused values (validation), next to the field or on an error page. Quoted values are shown as given.
err_slug = { $value } n’est pas un identifiant (slug) valide ; de 1 à { $max } caractères autorisés : lettres minuscules a-z, chiffres et tirets isolés à l’intérieur
err_date = { $value } n’est pas une date ; écrivez la date au format YYYY-MM-DD, par ex. 2027-11-29
err_date_missing = { $value } n’existe pas dans le calendrier ; écrivez la date au format YYYY-MM-DD, par ex. 2027-11-29
err_year_range = { $value } est hors limites ; années autorisées : de { $first } à { $last }
err_local_time = { $value } n’est pas une heure locale ; utilisez YYYY-MM-DDTHH:MM (par ex. 2027-11-29T19:00), suivi si besoin du décalage UTC pour choisir l’une des deux heures identiques lors du recul des horloges (2027-11-07T01:30-04:00)
err_time_of_day = { $value } n’est pas une heure valide ; les heures vont de 00 à 23, les minutes de 00 à 59
err_out_of_range = valeur hors limites
err_offset_mismatch = { $value } ne correspond pas à { $zone } : son décalage UTC y est de { $offset } ; indiquez ce décalage ou aucun
err_gap = { $value } n’existe pas dans { $zone } : les horloges passent directement de { $from } à { $to } (décalage UTC de { $offset_before } à { $offset_after }) ; choisissez une heure avant { $from } ou à partir de { $to }
err_fold = { $value } existe deux fois dans { $zone } au recul des horloges (d’abord avec le décalage UTC { $offset_before }, puis { $offset_after }) ; précisez laquelle en ajoutant le décalage : { $first } ou { $second }
err_timezone_required = champ obligatoire : le fuseau IANA du lieu, par ex. "Europe/Paris", ou "UTC" pour les actions en ligne
err_start_required = champ obligatoire, par ex. { $example }
err_end_before_start_all_day = la fin est avant le début ; pour une action sur toute la journée, la fin est le dernier jour, inclus
err_too_long_days = l’action durerait plus de { $max } jours
err_end_before_start = la fin doit être après le début (les deux sont des heures locales dans le fuseau de l’action)
err_years_allowed = valeur hors limites ; années autorisées : de { $first } à { $last }
err_text_too_long = le texte fait { $len } caractères ; { $max } au maximum sont autorisés
err_text_required = champ obligatoire, qui ne peut pas rester vide (de 1 à { $max } caractères)
err_country = { $value } n’est pas un code pays ISO 3166-1 alpha-2 ; utilisez deux lettres, comme "PS", "US", "ZA" (majuscules ou minuscules)
err_region = { $value } n’est pas une région ; valeurs autorisées : les noms UN M49 en anglais, en minuscules avec des tirets (comme "europe", "western-asia", "south-america", "sub-saharan-africa"), ou "online" ; GET /api/v1/regions les liste toutes
err_zone = { $value } n’est pas un fuseau horaire de la base IANA (version { $release }) ; utilisez un nom comme "Europe/Paris", "America/New_York", "Asia/Gaza" ou "UTC"
err_warning_code = { $value } n’est pas un code d’avertissement ; codes : { $codes }
err_link_text_after = { $value } contient du texte après son adresse ; écrivez "Label: https://…", un lien par entrée
err_link_no_address = { $value } n’a pas d’adresse http:// ou https:// ; écrivez "https://…" ou "Label: https://…"
err_too_many_links = { $count } liens ; { $max } au maximum sont autorisés
err_status = { $value } n’est pas un état ; valeurs autorisées : confirmed, tentative, cancelled
err_language = { $value } n’est pas une langue ; utilisez une étiquette principale BCP 47 de 2 ou 3 lettres, comme "ar", "es", "en"
err_language_hint = { $value } n’est pas une langue ; utilisez une étiquette principale BCP 47 de 2 ou 3 lettres, comme "ar", "es", "en" (pour { $value }, utilisez { $hint })
err_too_many_entries = { $count } entrées ; { $max } au maximum sont autorisées
err_url_too_long = { $value } est trop longue ; indiquez une adresse http:// ou https:// complète de { $max } caractères au maximum
err_url = { $value } n’est pas une URL ; indiquez une adresse http:// ou https:// complète de { $max } caractères au maximum
err_url_not_web = { $value } n’est pas une adresse web ; indiquez une adresse http:// ou https:// complète de { $max } caractères au maximum
err_email = { $value } n’est pas une adresse e-mail du type name@example.org
err_coordinate = { $value } est hors limites ; valeurs autorisées : de -{ $limit } à { $limit } degrés
err_longitude_required = champ obligatoire quand la latitude est indiquée
err_latitude_required = champ obligatoire quand la longitude est indiquée
err_country_required = champ obligatoire pour une action avec une ville ou un lieu ; une action sans pays est en ligne et nécessite online_url
err_filter_empty = filtre vide ; indiquez une valeur, ou plusieurs séparées par des virgules
err_filter_too_many = le filtre contient { $count } valeurs ; { $max } au maximum sont autorisées
err_filter_value_long = le filtre contient une valeur de plus de { $max } caractères
err_to_before_from = { $to } tombe avant le premier jour demandé ({ $from }) ; les deux dates sont locales et incluses
err_email_required = champ obligatoire, pour que la coordination puisse vous joindre ; l’adresse n’est jamais publiée
err_choose_zone = choisissez le fuseau du lieu ; ce pays en a plusieurs : { $zones }
err_to_before_page = la date de fin est antérieure au premier jour affiché ({ $first }) ; les deux dates sont locales et incluses
err_page_too_long = la période couvre { $days } jours ; une page en affiche au maximum { $max } (les abonnements acceptent n’importe quelle période)

## Likely mistakes the organiser is asked to confirm
warn_zone_not_in_country = { $zone } n’est pas un fuseau horaire de ce pays ({ $country }) ; ses fuseaux sont : { $zones }
warn_night_time = l’action commence à { $time }, en pleine nuit, dans le fuseau { $zone } ; si vous pensiez à l’après-midi ou au soir, ajoutez 12 heures
warn_in_the_past = la date est passée (nous sommes le { $today } en UTC) ; vérifiez l’année et le mois
warn_far_ahead = la date est dans plus de deux ans ({ $date }) ; vérifiez l’année
warn_possible_duplicate = cette action ressemble à une action déjà présente dans le calendrier, au même lieu et à la même heure : { $title } (id { $id })

## Feed names and descriptions (X-WR-CALNAME, NAME, X-WR-CALDESC; Atom titles), with ?ui=
feed_all = Actions dans le monde entier
feed_description = Actions de campagnes de solidarité, chacune à son heure locale avec son fuseau horaire ; publiées par actioncal.
# $scope is "Actions worldwide", "Actions in Europe" or a campaign's name; $filters the filters on top.
feed_name_filtered = { $scope } : { $filters }
feed_campaign = campagne { $names }
feed_tag = mot-clé { $names }
feed_in_languages = en { $names }
feed_from_to = du { $from } au { $to }
feed_from = à partir du { $from }
feed_until = jusqu’au { $to }
feed_upcoming_in = À venir : { $scope }

## The coordinators' desk (/admin)
desk_coordinators = Coordination
desk_token = Votre jeton de coordination
desk_token_hint = Généré avec actioncal admin add-coordinator.
desk_sign_in = Se connecter
desk_sign_in_title = Coordination : connexion
desk_digest = Recevoir par e-mail un résumé des nouveaux envois
desk_digest_no_mail = Ce calendrier n’envoie pas d’e-mails (aucun relais configuré) : le réglage est conservé pour le jour où il en enverra.
desk_digest_how_often = Fréquence
desk_digest_never = Jamais
desk_digest_hourly = Au plus une fois par heure
desk_digest_daily = Au plus une fois par jour
desk_digest_to = Destinataire
desk_digest_title = Résumé des nouveaux envois
desk_digest_stopped = C’est fait : plus aucun résumé ne sera envoyé. Vous pouvez les réactiver dans l’espace de modération.
desk_digest_stop = Arrêter les résumés
reason_place = Merci d’indiquer le lieu exact : rue, place ou salle.
reason_time = La date ou l’heure semble erronée ; merci de la vérifier sur votre affiche.
reason_zone = Le fuseau horaire ne correspond pas au lieu ; merci de choisir le fuseau de la ville.
reason_duplicate = Cette action figure déjà dans le calendrier.
reason_describe = Merci de décrire l’action en une ou deux phrases : quoi, qui, ce qu’il faut apporter.
reason_outside = Ce calendrier est réservé aux actions de la campagne ; celle-ci n’en fait pas partie.
desk_map_given = Carte (coordonnées indiquées)
desk_map_find = Trouver le lieu sur la carte
desk_waiting = Envois en attente
desk_signed_in_as = Session ouverte au nom de { $name }.
desk_actions = Actions
desk_log = Le journal
desk_sign_out = Se déconnecter
desk_keys = Touches : j et k passent d’une fiche à l’autre, a approuve la fiche sélectionnée, r permet d’écrire un motif de refus.
desk_nothing_waiting = Rien n’est en attente.
desk_campaigns_tags_languages = Campagnes, mots-clés, langues
desk_organiser = Personne organisatrice
desk_no_name = (sans nom)
desk_earlier = { $count ->
    [0] premier envoi
    [one] { $count } envoi précédent
   *[other] { $count } envois précédents
}
desk_address = Adresse
desk_warnings_confirmed = Avertissements confirmés par la personne organisatrice
desk_similar = Actions semblables au même lieu et à la même heure
desk_approve = Approuver
desk_edit_first = Modifier d’abord (puis enregistrer et approuver)
desk_reason = Motif pour la personne organisatrice
desk_reject = Refuser
desk_changes = Modifications proposées à des actions publiées
desk_field = Champ
desk_now = Actuel
desk_proposed = Proposé
desk_publish_change = Publier la modification
desk_keep_published = Garder la version publiée
log_organiser = la personne organisatrice
log_operator = l’administration du serveur (ligne de commande)
moderation_pending = en attente
moderation_published = publiée
moderation_rejected = refusée
desk_back = Retour à la file d’attente
log_action_number = Numéro d’action
log_who = Qui
log_nothing = Rien n’est consigné pour cela.
log_action = action { $id }
log_campaign = campagne { $slug }
log_before = Avant
log_after = Après
log_reason = Motif :
log_older = Entrées plus anciennes
find_label = Titre, ville ou numéro
find_button = Chercher
find_nothing = Aucune action ne correspond.
desk_save_approve = Enregistrer et approuver
desk_its_log = Son journal
desk_action_state = Action { $id } : { $moderation }, { $status }, version { $version }.
desk_cancel = Annuler l’action
desk_remove = La retirer de tous les abonnements
desk_edit_title = Modifier : { $title }
campaign_name = Nom
campaign_hashtag = Hashtag
campaign_new = Nouvelle campagne
campaign_slug = Identifiant (slug, présent dans chaque adresse d’abonnement ; il ne change jamais)
campaign_create = Créer
coordinators_hint = Les nouveaux jetons sont créés sur le serveur : actioncal admin add-coordinator.
coordinator_since = depuis le { $date }
coordinator_revoked = accès révoqué le { $date }
coordinator_you = vous
coordinator_revoke = Révoquer
status_confirmed = confirmée
status_tentative = provisoire
log_submit = envoi
log_edit = modification
log_propose_edit = proposition de modification
log_withdraw_edit = retrait d’une proposition de modification
log_approve_edit = approbation d’une modification
log_reject_edit = refus d’une modification
log_approve = approbation
log_reject = refus
log_cancel = annulation
log_uncancel = retour sur l’annulation
log_remove = retrait
log_campaign_create = création de campagne
log_campaign_edit = modification de campagne
log_import = importation
log_coordinator_add = ajout d’un accès de coordination
log_coordinator_revoke = révocation d’un accès de coordination
desk_token_refused = Ce jeton ne donne accès à rien : il est inconnu ou révoqué.
desk_done_approved = Approuvée : elle est maintenant dans le calendrier.
desk_done_rejected = Refusée : la personne organisatrice voit votre motif sur son lien.
desk_done_digest = Enregistré : votre réglage de résumé.
desk_done_edit_approved = Publiée : la modification est maintenant dans le calendrier.
desk_done_edit_rejected = Conservée : la version publiée reste en place ; la personne organisatrice voit votre motif.
desk_done_cancelled = Annulée : les agendas l’affichent comme annulée.
desk_done_revoked = Révoqué : ce jeton ne donne plus accès à rien.

## Mail: the action's time besides its local time ($zone a zone's name, $offset "UTC+02:00", $utc a date and time)
mail_when_zone = { $zone }, { $offset } ; { $utc } UTC

## Repeat rules refused (the RRULE field, for calendar experts)
err_rrule = { $value } n’est pas une RRULE valide ({ $detail }) ; exemples : { $examples }
err_until_date = UNTIL={ $until } doit être une date YYYYMMDD pour une action sur toute la journée, par ex. UNTIL=20271119
err_until_utc = UNTIL={ $until } doit être une date et heure UTC YYYYMMDDTHHMMSSZ pour une action à heure fixe (RFC 5545 3.3.10), par ex. UNTIL=20271119T235959Z
err_freq = FREQ={ $freq } n’est pas pris en charge ; les actions se répètent DAILY, WEEKLY, MONTHLY ou YEARLY
err_byhour = BYHOUR, BYMINUTE et BYSECOND ne sont pas pris en charge : chaque occurrence commence à l’heure de début de l’action
err_count = COUNT ne peut pas dépasser { $max }
err_rrule_start = { $value } n’est pas une RRULE valide pour ce début ({ $detail }) ; exemples : { $examples }
err_rrule_length = doit être une RRULE de 1 à { $max } caractères ; exemples : { $examples }
err_rrule_chars = { $value } contient des caractères qu’une RRULE ne peut pas contenir ; exemples : { $examples }
err_repeat_ambiguous = une action répétée ne peut ni commencer ni finir à { $start } ou { $end }, heures locales qui existent deux fois au recul des horloges ; choisissez un horaire en dehors de cette heure-là
err_start_not_occurrence = le début ({ $start }) n’est pas une occurrence de { $value } ; les applications d’agenda ne s’accordent pas sur ce type de règle, faites donc du début la première occurrence
err_too_many_occurrences = se répète plus de { $max } fois ; divisez l’action ou raccourcissez la règle
# $what selects "start" or "end" (of the occurrence).
err_occurrence_gap = l’occurrence du { $date } { $what ->
        [start] commencerait
       *[end] finirait
    } à { $time }, une heure qui n’existe pas dans { $zone } : cette nuit-là, les horloges passent directement de { $from } à { $to }, et les applications d’agenda interprètent une telle occurrence différemment ; choisissez une heure avant { $before } ou à partir de { $after }, ou terminez la règle avant le { $date } (UNTIL)
err_occurrence_fold = l’occurrence du { $date } { $what ->
        [start] commencerait
       *[end] finirait
    } à { $time }, une heure qui existe deux fois dans { $zone } : cette nuit-là, les horloges reculent de { $from } à { $to }, et les applications d’agenda interprètent une telle occurrence différemment ; choisissez une heure avant { $before } ou à partir de { $after }, ou terminez la règle avant le { $date } (UNTIL)

## More refusals (filters, the widget, the desk)
err_unknown_campaign = { $value } n’est pas une campagne ; campagnes connues : { $known }
err_unknown_tag = { $value } n’est le mot-clé d’aucune action ; mots-clés connus : { $known }
err_unknown_language = { $value } n’est la langue d’aucune action ; langues connues : { $known }
err_theme = { $value } n’est pas un thème ; valeurs autorisées : light, dark, auto
err_embed_limit = { $value } n’est pas un nombre d’actions valide ; valeurs autorisées : de 1 à { $max }
err_query_too_long = la requête fait { $len } octets ; { $max } au maximum sont autorisés
err_digest_every = { $value } n’est pas un choix possible ; choisissez off, hourly ou daily
err_digest_email = champ obligatoire pour recevoir un résumé : l’adresse à laquelle il est envoyé
# Labels of the date filters in refusals ("From: …").
field_from = Date de début
field_to = Date de fin

## Refusals found in review: the campaign's hashtag, a query that cannot be read, more field labels
err_hashtag = { $value } n’est pas un hashtag ; autorisés : jusqu’à { $max } lettres, chiffres et tirets bas, par ex. #AllForPalestine
# $detail is the reader's technical reason (in English).
err_query = la requête est illisible ({ $detail }) ; filtres : region, country, campaign, tag, lang, from, to
field_query = Adresse
field_theme = Thème
field_limit = Nombre d’actions
field_slug = Identifiant

## Partners' calendars (sources)
err_required = est obligatoire
err_source_url = doit être l’adresse http:// ou https:// d’un agenda (.ics)
err_source_trust = doit être « hold » (les nouvelles actions attendent la coordination) ou « publish » (publiées tout de suite)
sources = Agendas partenaires
sources_hint = Agendas que des organisations partenaires publient déjà (Google Calendar, Outlook, Nextcloud, Mobilizon, Gancio…), consultés pour y relever leurs actions aussi souvent que chacun le demande (de toutes les 15 minutes à une fois par jour). Les nouvelles actions d’un agenda réglé pour attendre une relecture rejoignent la file d’attente ; celles des autres sont publiées tout de suite. Une correction de la coordination est conservée tant que l’organisation partenaire ne modifie pas à nouveau ce champ. Une action qui disparaît de l’agenda d’une organisation partenaire n’est annulée ici qu’une fois absente de deux consultations consécutives, et seulement si elle est encore à venir.
source_url = Adresse de l’agenda (.ics)
source_name = Nom
source_campaigns = Campagnes (leurs identifiants, séparés par des virgules)
source_tags = Mots-clés (séparés par des virgules)
source_languages = Langues (codes comme es ou ar, séparés par des virgules)
source_country = Pays des lieux qui n’en indiquent aucun (code à deux lettres comme DE)
source_trust = Nouvelles actions
source_trust_hold = attendent une relecture
source_trust_publish = sont publiées tout de suite
source_paused = En pause
source_add = Suivre cet agenda
source_new = Suivre l’agenda d’une organisation partenaire
source_poll_now = Consulter maintenant
source_release = Annuler ce qui a disparu
source_remove = Ne plus suivre (ses actions restent)
source_status = État
source_status_changed = modifications importées
source_status_unchanged = aucun changement
source_status_held = retenu : beaucoup d’actions ont disparu d’un coup
source_status_error = la dernière consultation a échoué
source_never = pas encore consulté
source_last_poll = Dernière consultation
source_next_poll = Prochaine consultation
source_counts_title = Depuis son ajout
source_counts = nouvelles : { $new } · mises à jour : { $updated } · annulées : { $cancelled } · retenues : { $held }
source_message = Message
desk_done_polled = Agenda consulté.
desk_done_removed = Cet agenda n’est plus suivi.
log_source = agenda partenaire { $name }
desk_mail = Actions reçues par e-mail
mail_hint = Messages envoyés à l’adresse e-mail du calendrier, du plus récent au plus ancien. Une invitation d’agenda en pièce jointe devient une action en attente de relecture, de même qu’un message dont la date, l’heure et le lieu ont pu être lus dans le texte ; les autres sont conservés ici pour que vous les lisiez et saisissiez l’action vous-même.
mail_none = Aucun e-mail reçu pour l’instant.
mail_received = Reçu
mail_from = De
mail_actions = Actions créées
mail_text = Le message
mail_original = Le message tel qu’il est arrivé
mail_reading = Ce que son texte a donné
mail_unsure = Non lu avec certitude
mail_state_read = lu : actions créées
mail_state_for_review = laissé à la coordination
mail_state_stored = pas encore lu
