# actioncal interface messages: en. Project Fluent syntax (https://projectfluent.org/fluent/guide/).
# Every file has the same message ids as en.ftl (unit-tested). Variables: { $name }.

site_name = Calendar of actions
upcoming = Upcoming actions
week_of = Week of { $date }
filters = Filters
region = Region
country = Country
campaign = Campaign
tag = Tag
language = Language
any = Any
apply = Show
previous_week = Previous week
next_week = Next week
nothing = No actions in these days.
subscribe = Subscribe
subscribe_hint = Add this calendar to your calendar app; it stays up to date, cancellations included.
webcal = Calendar app (Apple, Thunderbird, Outlook desktop)
google = Add to Google Calendar
outlook = Add to Outlook.com
copy = Copy the feed address
copied = Copied
feed_url = Feed address
google_steps = If the button does not work: in Google Calendar choose Other calendars, +, From URL, and paste the address.
google_refresh = Google Calendar refreshes subscribed calendars only every 12 to 24 hours: a change here can take that long to show there.
add_to_calendar = Add this action to your calendar
add_google = Google Calendar
add_outlook = Outlook.com
add_office = Office 365 (work or school)
add_ics = Apple Calendar, Thunderbird and others (.ics file)
preview_calendar = Marches, vigils, pickets and online meetings: find the actions near you and add them to your calendar.
download = Download .ics
atom = Atom feed
when = When
where = Where
online = Online
campaigns = Campaigns
languages = Languages
all_day = all day
repeats = Repeats
map = Map (OpenStreetMap)
cancelled = Cancelled: this action will not take place.
tentative = Tentative: not yet confirmed.
cancelled_short = Cancelled
tentative_short = Tentative
local_time = At the place ({ $zone })
your_time = Your time ({ $zone })
times_in = Times are shown in { $zone }.
choose_zone = Show times in another zone
same_moment = The same moment around the world
city = City
time = Time
day_after = next day
day_before = previous day
actions_in = Actions in { $place }
all_actions = All actions
feed_builder = Build your feed
feed_builder_intro = Pick what you want to follow; the address and buttons below update.
upcoming_short = Upcoming
more = More actions
submit_link = Add your action
utc = UTC
details = Details
event_feed = This action in your calendar
mail_greeting = Hello,
mail_edit_link_subject = Your action “{ $title }”: your private edit link
mail_edit_link_body = Thank you for sending your action. A coordinator will review it: it appears in the calendar once approved, and we will write to you then.
mail_edit_link_keep = Your private link to see its status, edit it or cancel it. Anyone holding it can change your action: keep it private.
mail_approved_subject = Your action “{ $title }” is in the calendar
mail_approved_body = A coordinator approved your action: it is now in the calendar and in every feed that includes it.
mail_public_link = Its public page:
mail_feed_link = This action for any calendar application (.ics):
mail_campaign_feed = The calendar of the campaign { $campaign }, to subscribe to:
mail_manage = To see its status, edit it or cancel it, use the private link we sent you when you submitted it.
mail_rejected_subject = Your action “{ $title }” was not published
mail_rejected_body = A coordinator did not publish your action. Their reason:
mail_fix_hint = You can correct it with the private link we sent you when you submitted it; a corrected action goes back to the coordinators.
mail_cancelled_subject = Your action “{ $title }” was cancelled
mail_cancelled_body = A coordinator marked your action as cancelled: subscribers’ calendars now show it as cancelled. If this is a mistake, contact the coordinators.
mail_needs_check = Please check these; the private link below lets you correct them:
mail_withdrawn_subject = Your action “{ $title }” was withdrawn
mail_withdrawn_body = We received your cancellation: your action was withdrawn before review and will not appear in the calendar.
mail_cancelled_by_sender_body = We received your cancellation: your action is marked as cancelled, and subscribers’ calendars now show it as cancelled.
mail_edited_subject = Your action “{ $title }” was changed by a coordinator
mail_edited_body = A coordinator changed your action. What changed:
mail_edit_approved_subject = Your change to “{ $title }” is published
mail_edit_approved_body = A coordinator approved the change you proposed: the calendar shows it now.
mail_edit_rejected_subject = Your change to “{ $title }” was not published
mail_edit_rejected_body = A coordinator did not publish the change you proposed; the action stays as it was. Their reason:
mail_footer = Sent automatically by the calendar at { $site }, because this address was given with the action. Please do not reply to this message.
mail_digest_subject = Submissions waiting for review: { $count } new
mail_digest_title = Your digest of submissions waiting
mail_digest_body = These submissions arrived since your last digest; { $count } wait for review in all:
mail_digest_edits = Changes proposed to published actions, waiting: { $count }
mail_digest_open = Review them in the moderation desk:
mail_digest_unsubscribe = To stop these digests (you can turn them on again in the desk):
# Joins the parts of a repeat rule ("every week, 6 times") or of a place ("Beirut, Lebanon"), with the space after it where the language puts one.
comma = { ", " }
rule_on = on { $days }
rule_on_monthday = on day { $day }
rule_until = until { $date }
rule_custom = on a schedule of its own

## Repeat rules in words (RFC 5545 RRULE), with CLDR plural categories
rule_every_days = { $n ->
    [one] every day
   *[other] every { $n } days
}
rule_every_weeks = { $n ->
    [one] every week
   *[other] every { $n } weeks
}
rule_every_months = { $n ->
    [one] every month
   *[other] every { $n } months
}
rule_every_years = { $n ->
    [one] every year
   *[other] every { $n } years
}
# $n is 1 to 5, or -1 for the last one in the month; $day is a weekday name.
rule_on_nth = on the { $n ->
    [1] first
    [2] second
    [3] third
    [4] fourth
    [5] fifth
   *[-1] last
} { $day }
rule_times = { $n ->
    [one] once
   *[other] { $n } times
}

## The language switcher at the top of every page
choose_language = Language of this page

## The submission and edit forms (/submit, the organiser's private page)
form_submit_heading = Add your action to the calendar
form_submit_intro = Send your action once, in your own language and time zone. Coordinators review it before it appears in the calendar. No account needed.
form_send = Send to the coordinators
form_save = Save changes
form_look_below = Please look at the messages next to the fields below.
form_expired = This form had expired (or your browser did not keep its cookie), so nothing was sent. Everything you typed is below: check it and send it again.
# $wait is a wait in words, e.g. "about 7 minutes".
form_too_many = This calendar takes only a few actions at a time from one connection, and yours has reached that for now. Nothing was sent; everything you typed is kept below. Please send it again in { $wait }.
form_which_one = Which one?
form_first_instant = (the first, before clocks go back)
form_second_instant = (the second, after)
form_confirm_warning = This is right, submit it anyway
form_required = (required)
form_honeypot = Leave this empty
field_title = Title of the action
hint_title = In the language of the action.
field_description = Description
hint_description = What, who, what to bring. Line breaks are kept.
field_start = Starts
hint_start = Local time at the place of the action, as on your poster.
field_end = Ends
hint_end = Optional; two hours after the start if left empty.
field_all_day = All day (only the dates count)
hint_country = Leave empty for an online action.
option_online = — online —
field_timezone = Time zone
hint_timezone = The zone of the place; left empty, it is taken from the country when the country has one zone.
option_from_country = — from the country —
zones_elsewhere = Zones of no country
field_city = City or town
field_venue = Venue, square or street
field_online_url = Online link
hint_online_url = Zoom, Jitsi or livestream address, for online actions.
field_online_links = Other ways to join
hint_online_links = One per line, with what it is: Facebook Live: https://…
field_tags = Tags
hint_tags = Comma-separated, e.g. vigil, march.
hint_languages = Comma-separated language codes, e.g. ar, es, en.
hint_repeat = At the same local time each time, across clock changes.
repeat_none = Does not repeat
repeat_daily = Every day
repeat_weekly = Every week, on the start's weekday (and the days ticked below)
repeat_fortnightly = Every two weeks, on the start's weekday (and the days ticked below)
repeat_monthly_weekday = Every month, on the same weekday (e.g. the first Friday)
repeat_monthly_date = Every month, on the same date
repeat_days = For a weekly repeat, also on
repeat_count = Ends after how many times
repeat_until = or on this day (the last time)
hint_repeat_end = Leave both empty for an action that repeats until it is cancelled.
repeat_expert = Another rule (RFC 5545 RRULE, for calendar experts)
hint_rrule = Used instead of the choice above, e.g. FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6.
field_organiser_email = Your e-mail
hint_organiser_email = Only coordinators see it; it is never published.
field_organiser_name = Your name or group
hint_organiser_name = Never published.

## After sending, and the organiser's private page
thanks = Thank you
thanks_review = A coordinator will review your action. It appears in the calendar once approved.
thanks_link = This is your private link to see its status, edit it or cancel it. Anyone holding it can change your action: keep it private.
thanks_mailed = We also e-mailed this link to the address you gave, with the coordinators' decision to follow.
thanks_not_mailed = This calendar sends no e-mail: this link will not be sent to you. Copy it now; it is shown only once.
edit_link_label = Your private edit link
copy_link = Copy the link
your_action = Your action: { $title }
status_label = Status:
status_pending = waiting for a coordinator's review
status_published = published in the calendar
status_rejected = not accepted
status_cancelled = (cancelled)
public_page = Its public page
uncancel_button = Take the cancellation back
coordinator_wrote = The coordinator wrote:
fix_and_resend = Correct the action below and send it again; it goes back to the coordinators.
change_waiting = Your change is waiting for a coordinator's review.
change_waiting_more = Until it is accepted, the calendar shows the published version; the form below holds your change.
change_refused = A coordinator did not accept your change.
they_wrote = They wrote:
published_version_shown = The calendar shows the published version.
changes_reviewed = Changes to a published action are reviewed by a coordinator before subscribers see them; cancelling takes effect at once.
cancel_sure = Yes, cancel it
cancel_button = Cancel this action
cancel_hint = A cancelled action stays in calendars, marked cancelled, so that subscribers see it is off. You can take it back until it begins.
notice_saved = Saved.
notice_change_sent = Sent: your change waits for a coordinator's review; the calendar shows the published version until then.
notice_cancel_ask = To cancel, tick “Yes, cancel it” and press the button again. Nothing was changed.
notice_cancelled = Cancelled: calendars show it as cancelled. You can take this back until it begins.
notice_uncancelled = It is on again: calendars show it again.

## A wait in words ($n minutes or hours)
wait_seconds = less than a minute
wait_minutes = { $n ->
    [one] about a minute
   *[other] about { $n } minutes
}
wait_hours = { $n ->
    [one] about an hour
   *[other] about { $n } hours
}
save = Save

## Error pages (HTML; tools get the JSON error in English)
back_to_calendar = Back to the calendar
error_400 = Bad request
error_400_hint = Something in the address is not allowed here. Check it, or start again from the calendar.
error_401 = Sign-in needed
error_401_hint = This page is for coordinators. Sign in with your coordinator token.
error_403 = Not allowed
error_403_hint = This is not open to you, or the form you sent was too old. Go back, reload the page and try again.
error_404 = Not found
error_404_hint = There is nothing at this address: the link may be mistyped, or the action was removed.
error_405 = Not available this way
error_405_hint = This address does not take this kind of request.
error_409 = Conflict
error_409_hint = This cannot be done in the action's current state. Reload the page to see where it stands.
error_413 = Too large
error_413_hint = What you sent is larger than this calendar accepts. Shorten it and send it again.
error_422 = Cannot be accepted
error_422_hint = Some values cannot be accepted. Correct them and send again.
error_429 = Too many requests
error_429_hint = This calendar takes only a few requests at a time from one connection. Please wait and try again.
error_500 = Something went wrong
error_500_hint = The calendar could not answer. The problem is logged; please try again later.
error_503 = Not available right now
error_503_hint = The calendar is busy or read-only for a moment. Please try again in a few seconds.
error_507 = Storage full
error_507_hint = The calendar's storage is full, so nothing was written. Please tell the coordinators.
# $wait is a wait in words ("about 7 minutes").
error_wait = Try again in { $wait }.
error_store_full = The store is full, so nothing was written; pages and feeds keep working.
error_store_busy = The store is busy with another write (an import), so nothing was written.
error_store_read_only = This calendar is read-only here, so nothing was written; pages and feeds keep working.

## Refused values (validation), next to the field or on an error page. Quoted values are shown as given.
err_slug = { $value } is not a valid slug; allowed: 1 to { $max } lowercase letters a-z, digits and single hyphens inside
err_date = { $value } is not a date; use a date written YYYY-MM-DD, e.g. 2027-11-29
err_date_missing = { $value } does not exist in the calendar; use a date written YYYY-MM-DD, e.g. 2027-11-29
err_year_range = { $value } is out of range; years { $first } to { $last } are allowed
err_local_time = { $value } is not a local time; use YYYY-MM-DDTHH:MM (e.g. 2027-11-29T19:00), optionally followed by the UTC offset to pick one of two times in a DST overlap (2027-11-07T01:30-04:00)
err_time_of_day = { $value } has no such time of day; hours run 00-23, minutes 00-59
err_out_of_range = is out of range
err_offset_mismatch = { $value } does not match { $zone }: its UTC offset there is { $offset }; give that offset or none
err_gap = { $value } does not exist in { $zone }: clocks jump from { $from } straight to { $to } (UTC offset { $offset_before } to { $offset_after }); choose a time before { $from } or from { $to } on
err_fold = { $value } happens twice in { $zone } as clocks go back (first at UTC offset { $offset_before }, then at { $offset_after }); say which by adding the offset: { $first } or { $second }
err_timezone_required = is required: the IANA zone of the place, e.g. "Europe/Paris", or "UTC" for online actions
err_start_required = is required, e.g. { $example }
err_end_before_start_all_day = is before start; for all-day actions end is the last day, inclusive
err_too_long_days = makes the action longer than { $max } days
err_end_before_start = must be after start (both are local times in the action's zone)
err_years_allowed = is out of range; years { $first } to { $last } are allowed
err_text_too_long = is { $len } characters long; at most { $max } are allowed
err_text_required = is required and must not be empty (1 to { $max } characters)
err_country = { $value } is not an ISO 3166-1 alpha-2 country code; use two letters such as "PS", "US", "ZA" (case does not matter)
err_region = { $value } is not a region; allowed: UN M49 names in lowercase with hyphens (such as "europe", "western-asia", "south-america", "sub-saharan-africa") or "online"; GET /api/v1/regions lists them all
err_zone = { $value } is not a time zone of the IANA database (release { $release }); use a name such as "Europe/Paris", "America/New_York", "Asia/Gaza" or "UTC"
err_warning_code = { $value } is not a warning code; codes: { $codes }
err_link_text_after = { $value } has text after its address; write "Label: https://…", one link per entry
err_link_no_address = { $value } has no http:// or https:// address; write "https://…" or "Label: https://…"
err_too_many_links = has { $count } links; at most { $max } are allowed
err_status = { $value } is not a status; allowed: confirmed, tentative, cancelled
err_language = { $value } is not a language; use a BCP 47 primary tag of 2 or 3 letters such as "ar", "es", "en"
err_language_hint = { $value } is not a language; use a BCP 47 primary tag of 2 or 3 letters such as "ar", "es", "en" (for { $value } use { $hint })
err_too_many_entries = has { $count } entries; at most { $max } are allowed
err_url_too_long = { $value } is too long; give a full http:// or https:// address of at most { $max } characters
err_url = { $value } is not a URL; give a full http:// or https:// address of at most { $max } characters
err_url_not_web = { $value } is not a web address; give a full http:// or https:// address of at most { $max } characters
err_email = { $value } is not an e-mail address such as name@example.org
err_coordinate = { $value } is out of range; allowed: -{ $limit } to { $limit } degrees
err_longitude_required = is required when latitude is given
err_latitude_required = is required when longitude is given
err_country_required = is required for an action with a city or venue; an action without a country is online and needs online_url
err_filter_empty = is empty; give one value or several separated by commas
err_filter_too_many = lists { $count } values; at most { $max } are allowed
err_filter_value_long = has a value longer than { $max } characters
err_to_before_from = { $to } is before the first day asked for ({ $from }); both are inclusive local dates
err_email_required = is required, so that coordinators can reach you; it is never published
err_choose_zone = choose the zone of the place; this country has { $zones }
err_to_before_page = is before the first day shown ({ $first }); both are inclusive local dates
err_page_too_long = shows { $days } days; a page shows at most { $max } days (the feeds take any range)

## Likely mistakes the organiser is asked to confirm
warn_zone_not_in_country = { $zone } is not a time zone of { $country }; its zones are { $zones }
warn_night_time = starts at { $time } at night in { $zone }; if you meant the afternoon or evening, add 12 hours
warn_in_the_past = is in the past (today is { $today } in UTC); check the year and month
warn_far_ahead = is more than two years ahead ({ $date }); check the year
warn_possible_duplicate = looks like an action already in the calendar at the same place and time: { $title } (id { $id })

## Feed names and descriptions (X-WR-CALNAME, NAME, X-WR-CALDESC; Atom titles), with ?ui=
feed_all = Actions worldwide
feed_description = Actions of solidarity campaigns, each at its local time with its time zone; published by actioncal.
# $scope is "Actions worldwide", "Actions in Europe" or a campaign's name; $filters the filters on top.
feed_name_filtered = { $scope }: { $filters }
feed_campaign = campaign { $names }
feed_tag = tag { $names }
feed_in_languages = in { $names }
feed_from_to = { $from } to { $to }
feed_from = from { $from }
feed_until = until { $to }
feed_upcoming_in = Upcoming: { $scope }

## The coordinators' desk (/admin)
desk_coordinators = Coordinators
desk_token = Your coordinator token
desk_token_hint = From actioncal admin add-coordinator.
desk_sign_in = Sign in
desk_sign_in_title = Coordinators: sign in
desk_digest = E-mail me a digest of new submissions
desk_digest_no_mail = This calendar sends no e-mail (no relay configured): the setting is kept for when it does.
desk_digest_how_often = How often
desk_digest_never = Never
desk_digest_hourly = At most every hour
desk_digest_daily = At most once a day
desk_digest_to = To
desk_digest_title = Digest of new submissions
desk_digest_stopped = Done: no more digests will be sent. Turn them on again in the moderation desk.
desk_digest_stop = Stop the digests
reason_place = Please add the exact place: street, square or venue.
reason_time = The date or time looks wrong; please check it against your poster.
reason_zone = The time zone does not match the place; please choose the zone of the city.
reason_duplicate = This action is already in the calendar.
reason_describe = Please describe the action in a sentence or two: what, who, what to bring.
reason_outside = This calendar is for actions of the campaign; this one is outside it.
desk_map_given = Map (the coordinates given)
desk_map_find = Find the place on the map
desk_waiting = Submissions waiting
desk_signed_in_as = Signed in as { $name }.
desk_actions = Actions
desk_log = The log
desk_sign_out = Sign out
desk_keys = Keys: j and k move between cards, a approves the one in focus, r writes a reason to reject it.
desk_nothing_waiting = Nothing is waiting.
desk_campaigns_tags_languages = Campaigns, tags, languages
desk_organiser = Organiser
desk_no_name = (no name)
desk_earlier = { $count ->
    [0] first submission
    [one] { $count } earlier submission
   *[other] { $count } earlier submissions
}
desk_address = Address
desk_warnings_confirmed = Warnings the organiser confirmed
desk_similar = Similar actions at that place and time
desk_approve = Approve
desk_edit_first = Edit first (then save and approve)
desk_reason = Reason for the organiser
desk_reject = Reject
desk_changes = Changes proposed to published actions
desk_field = Field
desk_now = Now
desk_proposed = Proposed
desk_publish_change = Publish the change
desk_keep_published = Keep the published version
log_organiser = the organiser
log_operator = the operator (command line)
moderation_pending = pending
moderation_published = published
moderation_rejected = rejected
desk_back = Back to the queue
log_action_number = Action number
log_who = Who
log_nothing = Nothing recorded for this.
log_action = action { $id }
log_campaign = campaign { $slug }
log_before = Before
log_after = After
log_reason = Reason:
log_older = Older entries
find_label = Title, city or number
find_button = Find
find_nothing = No action matches.
desk_save_approve = Save and approve
desk_its_log = Its log
desk_action_state = Action { $id }: { $moderation }, { $status }, version { $version }.
desk_cancel = Cancel the action
desk_remove = Remove it from every feed
desk_edit_title = Edit: { $title }
campaign_name = Name
campaign_hashtag = Hashtag
campaign_new = A new campaign
campaign_slug = Slug (in every feed address; it never changes)
campaign_create = Create
coordinators_hint = New tokens are made on the server: actioncal admin add-coordinator.
coordinator_since = since { $date }
coordinator_revoked = revoked { $date }
coordinator_you = you
coordinator_revoke = Revoke
status_confirmed = confirmed
status_tentative = tentative
log_submit = submit
log_edit = edit
log_propose_edit = propose edit
log_withdraw_edit = withdraw edit
log_approve_edit = approve edit
log_reject_edit = reject edit
log_approve = approve
log_reject = reject
log_cancel = cancel
log_uncancel = uncancel
log_remove = remove
log_campaign_create = campaign create
log_campaign_edit = campaign edit
log_import = import
log_coordinator_add = coordinator add
log_coordinator_revoke = coordinator revoke
desk_token_refused = This token opens nothing: unknown or revoked.
desk_done_approved = Approved: it is in the calendar now.
desk_done_rejected = Rejected: the organiser sees your reason on their link.
desk_done_digest = Saved: your digest setting.
desk_done_edit_approved = Published: the change is in the calendar now.
desk_done_edit_rejected = Kept: the published version stays; the organiser sees your reason.
desk_done_cancelled = Cancelled: calendars show it as cancelled.
desk_done_revoked = Revoked: that token opens nothing any more.

## Mail: the action's time besides its local time ($zone a zone's name, $offset "UTC+02:00", $utc a date and time)
mail_when_zone = { $zone }, { $offset }; { $utc } UTC

## Repeat rules refused (the RRULE field, for calendar experts)
err_rrule = { $value } is not a valid RRULE ({ $detail }); examples: { $examples }
err_until_date = UNTIL={ $until } must be a date YYYYMMDD for an all-day action, e.g. UNTIL=20271119
err_until_utc = UNTIL={ $until } must be a UTC date-time YYYYMMDDTHHMMSSZ for an action with a time of day (RFC 5545 3.3.10), e.g. UNTIL=20271119T235959Z
err_freq = FREQ={ $freq } is not supported; actions repeat DAILY, WEEKLY, MONTHLY or YEARLY
err_byhour = BYHOUR, BYMINUTE and BYSECOND are not supported: each occurrence starts at the action's start time
err_count = COUNT may be at most { $max }
err_rrule_start = { $value } is not a valid RRULE for this start ({ $detail }); examples: { $examples }
err_rrule_length = must be an RRULE of 1 to { $max } characters; examples: { $examples }
err_rrule_chars = { $value } has characters an RRULE cannot hold; examples: { $examples }
err_repeat_ambiguous = a repeating action cannot start or end at { $start } or { $end }, local times that happen twice as clocks go back; pick a time outside that hour
err_start_not_occurrence = the start ({ $start }) is not an occurrence of { $value }; calendar clients disagree on such rules, so make the start the first occurrence
err_too_many_occurrences = repeats more than { $max } times; split the action or shorten the rule
# $what selects "start" or "end" (of the occurrence).
err_occurrence_gap = the occurrence on { $date } would { $what ->
        [start] start
       *[end] end
    } at { $time }, a time that does not exist in { $zone }: clocks jump from { $from } straight to { $to } that night, and calendar clients read such an occurrence differently; choose a time before { $before } or from { $after } on, or end the rule before { $date } (UNTIL)
err_occurrence_fold = the occurrence on { $date } would { $what ->
        [start] start
       *[end] end
    } at { $time }, a time that happens twice in { $zone }: clocks go back from { $from } to { $to } that night, and calendar clients read such an occurrence differently; choose a time before { $before } or from { $after } on, or end the rule before { $date } (UNTIL)

## More refusals (filters, the widget, the desk)
err_unknown_campaign = { $value } is not a campaign; known: { $known }
err_unknown_tag = { $value } is not a tag of any action; known: { $known }
err_unknown_language = { $value } is not a language of any action; known: { $known }
err_theme = { $value } is not a theme; allowed: light, dark, auto
err_embed_limit = { $value } is not a number of actions; allowed: 1 to { $max }
err_query_too_long = is { $len } bytes long; at most { $max } are allowed
err_digest_every = { $value } is not a choice; choose off, hourly or daily
err_digest_email = is needed for a digest: the address it goes to
# Labels of the date filters in refusals ("From: …").
field_from = From
field_to = To

## Refusals found in review: the campaign's hashtag, a query that cannot be read, more field labels
err_hashtag = { $value } is not a hashtag; allowed: up to { $max } letters, digits and underscores, e.g. #AllForPalestine
# $detail is the reader's technical reason (in English).
err_query = cannot be read ({ $detail }); filters: region, country, campaign, tag, lang, from, to
field_query = Address
field_theme = Theme
field_limit = Number of actions
field_slug = Slug

## Partners' calendars (sources)
err_required = is required
err_source_url = must be the http:// or https:// address of a calendar feed (.ics)
err_source_trust = must be "hold" (new actions wait for a coordinator) or "publish" (published at once)
sources = Partners' calendars
sources_hint = Calendars that partners already publish (Google Calendar, Outlook, Nextcloud, Mobilizon, Gancio…), polled for their actions as often as each asks (every 15 minutes to once a day). New actions of a calendar set to wait for review join the queue; the others are published at once. A coordinator's correction stays unless the partner changes that field again. An action that disappears from a partner's calendar is cancelled here only once it has been missing from two polls in a row, and only if it is still to come.
source_url = Address of the calendar (.ics)
source_name = Name
source_campaigns = Campaigns (their short names, separated by commas)
source_tags = Tags (separated by commas)
source_languages = Languages (codes such as es or ar, separated by commas)
source_country = Country of its places when they name none (a two-letter code such as DE)
source_trust = New actions
source_trust_hold = wait for review
source_trust_publish = are published at once
source_paused = Paused
source_add = Follow this calendar
source_new = Follow a partner's calendar
source_poll_now = Poll now
source_release = Cancel what disappeared
source_remove = Stop following (its actions stay)
source_status = Status
source_status_changed = changes brought in
source_status_unchanged = nothing changed
source_status_held = held: many actions disappeared at once
source_status_error = the last poll failed
source_never = not polled yet
source_last_poll = Last poll
source_next_poll = Next poll
source_counts_title = Since it was added
source_counts = { $new } new · { $updated } updated · { $cancelled } cancelled · { $held } held
source_message = Message
desk_done_polled = Polled.
desk_done_removed = No longer followed.
log_source = partner calendar { $name }
desk_mail = E-mailed events
mail_hint = Messages sent to the calendar's address, newest first. An attached invitation becomes an action waiting for review, and so does a message whose date, time and place could be read from its text; any other is kept here for you to read and enter.
mail_none = No e-mail received yet.
mail_received = Received
mail_from = From
mail_actions = Actions made
mail_text = The message
mail_original = The message as it came
mail_reading = What its text gave
mail_unsure = Not read with confidence
mail_state_read = read: actions made
mail_state_for_review = left for a coordinator
mail_state_stored = not read yet
