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
mail_edited_subject = La coordination a modifié votre action « { $title } »
mail_edited_body = La coordination a modifié votre action. Ce qui a changé :
mail_edit_approved_subject = Votre modification de « { $title } » est publiée
mail_edit_approved_body = La coordination a approuvé la modification que vous avez proposée : le calendrier l’affiche maintenant.
mail_edit_rejected_subject = Votre modification de « { $title } » n’a pas été publiée
mail_edit_rejected_body = La coordination n’a pas publié la modification que vous avez proposée ; l’action reste telle qu’elle était. Sa raison :
mail_footer = Envoyé automatiquement par le calendrier { $site }, parce que cette adresse a été donnée avec l’action. Merci de ne pas répondre à ce message.
mail_digest_subject = Envois en attente de relecture : { $count } nouveaux
mail_digest_title = Votre résumé des envois en attente
mail_digest_body = Ces envois sont arrivés depuis votre dernier résumé ; { $count } attendent une relecture en tout :
mail_digest_edits = Modifications proposées à des actions publiées, en attente : { $count }
mail_digest_open = Relisez-les dans l’espace de modération :
mail_digest_unsubscribe = Pour ne plus recevoir ces résumés (vous pouvez les réactiver dans l’espace) :
# Joins the parts of a repeat rule ("every week, 6 times").
comma = { "," }
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
