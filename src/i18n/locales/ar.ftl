# actioncal interface messages: ar. Project Fluent syntax (https://projectfluent.org/fluent/guide/).
# Every file has the same message ids as en.ftl (unit-tested). Variables: { $name }.

site_name = رزنامة الفعاليات
upcoming = الفعاليات القادمة
week_of = أسبوع { $date }
filters = التصفية
region = المنطقة
country = البلد
campaign = الحملة
tag = الوسم
language = اللغة
any = الكل
apply = اعرض
previous_week = الأسبوع السابق
next_week = الأسبوع التالي
nothing = لا فعاليات في هذه الأيام.
subscribe = اشترك
subscribe_hint = أضف هذه الرزنامة إلى تطبيق التقويم لديك؛ تبقى محدّثة، بما في ذلك الإلغاءات.
webcal = تطبيق التقويم (Apple وThunderbird وOutlook لسطح المكتب)
google = أضف إلى تقويم Google
outlook = أضف إلى Outlook.com
copy = انسخ عنوان الرزنامة
copied = نُسخ
feed_url = عنوان الرزنامة
google_steps = إن لم يعمل الزر: في تقويم Google اختر «تقويمات أخرى» ثم + ثم «من عنوان URL» والصق العنوان.
google_refresh = لا يحدّث تقويم Google التقويمات المشترَك فيها إلا كل 12 إلى 24 ساعة: قد يستغرق ظهور أي تغيير هنا هذه المدة هناك.
add_to_calendar = أضف هذه الفعالية إلى تقويمك
add_google = تقويم Google
add_outlook = Outlook.com
add_office = Office 365 (العمل أو المدرسة)
add_ics = تقويم Apple وThunderbird وغيرهما (ملف ‎.ics)
preview_calendar = مسيرات ووقفات واعتصامات ولقاءات عبر الإنترنت: اعثر على الفعاليات القريبة منك وأضفها إلى تقويمك.
download = نزّل ملف ‎.ics
atom = خلاصة Atom
when = متى
where = أين
online = عبر الإنترنت
campaigns = الحملات
languages = اللغات
all_day = طوال اليوم
repeats = تتكرر
map = الخريطة (OpenStreetMap)
cancelled = أُلغيت: لن تُقام هذه الفعالية.
tentative = مبدئية: لم تُؤكَّد بعد.
cancelled_short = أُلغيت
tentative_short = مبدئية
local_time = في المكان ({ $zone })
your_time = بتوقيتك ({ $zone })
times_in = الأوقات معروضة حسب { $zone }.
choose_zone = اعرض الأوقات بمنطقة زمنية أخرى
same_moment = اللحظة نفسها حول العالم
city = المدينة
time = الوقت
day_after = اليوم التالي
day_before = اليوم السابق
actions_in = الفعاليات في { $place }
all_actions = كل الفعاليات
feed_builder = ابنِ رزنامتك
feed_builder_intro = اختر ما تريد متابعته؛ يتحدّث العنوان والأزرار أدناه.
upcoming_short = القادمة
more = مزيد من الفعاليات
submit_link = أضف فعاليتك
utc = التوقيت العالمي
details = التفاصيل
event_feed = هذه الفعالية في تقويمك
mail_greeting = مرحبًا،
mail_edit_link_subject = فعاليتك «{ $title }»: رابط التعديل الخاص بك
mail_edit_link_body = شكرًا لإرسال فعاليتك. سيراجعها أحد المنسّقين، وستظهر في التقويم بعد الموافقة عليها، وسنكتب إليك حينها.
mail_edit_link_keep = رابطك الخاص لمعرفة حالتها أو تعديلها أو إلغائها. يستطيع كل من يملك هذا الرابط تغيير فعاليتك، فاحتفظ به لنفسك.
mail_approved_subject = فعاليتك «{ $title }» أصبحت في التقويم
mail_approved_body = وافق أحد المنسّقين على فعاليتك، وهي الآن في التقويم وفي كل اشتراك يشملها.
mail_public_link = صفحتها العامة:
mail_feed_link = هذه الفعالية لأي تطبيق تقويم (‎.ics):
mail_campaign_feed = تقويم حملة { $campaign } للاشتراك فيه:
mail_manage = لمعرفة حالتها أو تعديلها أو إلغائها، استخدم الرابط الخاص الذي أرسلناه إليك عند إرسالها.
mail_rejected_subject = لم تُنشر فعاليتك «{ $title }»
mail_rejected_body = لم ينشر المنسّقون فعاليتك. السبب:
mail_fix_hint = يمكنك تصحيحها بالرابط الخاص الذي أرسلناه إليك عند إرسالها، وتعود الفعالية المصحّحة إلى المنسّقين.
mail_cancelled_subject = أُلغيت فعاليتك «{ $title }»
mail_cancelled_body = أشار أحد المنسّقين إلى أن فعاليتك ملغاة، وتظهر الآن ملغاة في تقاويم المشتركين. إن كان هذا خطأ فتواصل مع المنسّقين.
mail_needs_check = يُرجى التحقق مما يلي؛ يتيح لك الرابط الخاص أدناه تصحيحه:
mail_withdrawn_subject = سُحبت فعاليتك «{ $title }»
mail_withdrawn_body = تلقّينا إلغاءك: سُحبت فعاليتك قبل مراجعتها ولن تظهر في التقويم.
mail_cancelled_by_sender_body = تلقّينا إلغاءك: أصبحت فعاليتك ملغاة، وتظهر الآن ملغاة في تقاويم المشتركين.
mail_edited_subject = عدّل أحد المنسّقين فعاليتك «{ $title }»
mail_edited_body = عدّل أحد المنسّقين فعاليتك. ما الذي تغيّر:
mail_edit_approved_subject = نُشر تعديلك على «{ $title }»
mail_edit_approved_body = وافق أحد المنسّقين على التعديل الذي اقترحته، ويظهر الآن في التقويم.
mail_edit_rejected_subject = لم يُنشر تعديلك على «{ $title }»
mail_edit_rejected_body = لم ينشر المنسّقون التعديل الذي اقترحته، وتبقى الفعالية كما كانت. السبب:
mail_footer = أُرسلت هذه الرسالة تلقائيًا من التقويم { $site }، لأن هذا العنوان أُعطي مع الفعالية. يُرجى عدم الرد عليها.
mail_digest_subject = مشاركات بانتظار المراجعة: { $count } جديدة
mail_digest_title = ملخّص المشاركات المنتظرة
mail_digest_body = وصلت هذه المشاركات منذ ملخّصك الأخير، وتنتظر { $count } منها المراجعة في المجموع:
mail_digest_edits = تعديلات مقترحة على فعاليات منشورة بانتظار المراجعة: { $count }
mail_digest_open = راجعها في مكتب الإشراف:
mail_digest_unsubscribe = لإيقاف هذه الملخّصات (يمكنك تفعيلها مجددًا من المكتب):
# Joins the parts of a repeat rule ("every week, 6 times") or of a place ("Beirut, Lebanon"), with the space after it where the language puts one.
comma = { "، " }
rule_on = يوم { $days }
rule_on_monthday = في اليوم { $day }
rule_until = حتى { $date }
rule_custom = وفق جدول خاص

## Repeat rules in words (RFC 5545 RRULE), with CLDR plural categories
rule_every_days = { $n ->
    [one] كل يوم
    [two] كل يومين
    [few] كل { $n } أيام
    [many] كل { $n } يومًا
   *[other] كل { $n } يوم
}
rule_every_weeks = { $n ->
    [one] كل أسبوع
    [two] كل أسبوعين
    [few] كل { $n } أسابيع
    [many] كل { $n } أسبوعًا
   *[other] كل { $n } أسبوع
}
rule_every_months = { $n ->
    [one] كل شهر
    [two] كل شهرين
    [few] كل { $n } أشهر
    [many] كل { $n } شهرًا
   *[other] كل { $n } شهر
}
rule_every_years = { $n ->
    [one] كل سنة
    [two] كل سنتين
    [few] كل { $n } سنوات
    [many] كل { $n } سنة
   *[other] كل { $n } سنة
}
# $n is 1 to 5, or -1 for the last one in the month; $day is a weekday name.
rule_on_nth = في يوم { $day } { $n ->
    [1] الأول
    [2] الثاني
    [3] الثالث
    [4] الرابع
    [5] الخامس
   *[-1] الأخير
}
rule_times = { $n ->
    [one] مرة واحدة
    [two] مرتين
    [few] { $n } مرات
    [many] { $n } مرة
   *[other] { $n } مرة
}

## The language switcher at the top of every page
choose_language = لغة هذه الصفحة

## The submission and edit forms (/submit, the organiser's private page)
form_submit_heading = أضف فعاليتك إلى التقويم
form_submit_intro = أرسل فعاليتك مرة واحدة، بلغتك وبتوقيت منطقتك الزمنية. يراجعها المنسّقون قبل أن تظهر في التقويم. لا حاجة إلى إنشاء حساب.
form_send = أرسل إلى المنسّقين
form_save = احفظ التغييرات
form_look_below = يُرجى الاطلاع على الرسائل الظاهرة بجانب الحقول أدناه.
form_expired = انتهت صلاحية هذا النموذج (أو لم يحتفظ متصفحك بملف تعريف الارتباط الخاص به)، لذا لم يُرسَل شيء. كل ما كتبته موجود أدناه: راجعه وأرسله مجددًا.
# $wait is a wait in words, e.g. "about 7 minutes".
form_too_many = لا يقبل هذا التقويم من الاتصال الواحد إلا عددًا قليلًا من الفعاليات في فترة قصيرة، وقد بلغ اتصالك هذا الحد حاليًا. لم يُرسَل شيء، وكل ما كتبته محفوظ أدناه. يُرجى إعادة الإرسال بعد { $wait }.
form_which_one = أيّهما؟
form_first_instant = (الأول، قبل إرجاع الساعة)
form_second_instant = (الثاني، بعد إرجاعها)
form_confirm_warning = هذا صحيح، أرسلها على أي حال
form_required = (مطلوب)
form_honeypot = اترك هذا الحقل فارغًا
field_title = عنوان الفعالية
hint_title = بلغة الفعالية.
field_description = الوصف
hint_description = ماذا ومن وما الذي يجب إحضاره. يُحتفظ بفواصل الأسطر.
field_start = البداية
hint_start = بالتوقيت المحلي في مكان الفعالية، كما في ملصقك.
field_end = النهاية
hint_end = اختياري؛ إن تُرك فارغًا تكون النهاية بعد ساعتين من البداية.
field_all_day = طوال اليوم (تُحتسب التواريخ فقط)
hint_country = اتركه فارغًا إن كانت الفعالية عبر الإنترنت.
option_online = — عبر الإنترنت —
field_timezone = المنطقة الزمنية
hint_timezone = المنطقة الزمنية للمكان؛ إن تُركت فارغة فإنها تُؤخذ من البلد إذا كانت له منطقة زمنية واحدة.
option_from_country = — حسب البلد —
zones_elsewhere = مناطق زمنية لا تتبع أي بلد
field_city = المدينة أو البلدة
field_venue = المكان أو الساحة أو الشارع
field_online_url = رابط المشاركة عبر الإنترنت
hint_online_url = عنوان Zoom أو Jitsi أو البث المباشر، للفعاليات عبر الإنترنت.
field_online_links = طرق أخرى للانضمام
hint_online_links = رابط واحد في كل سطر، مع ذكر نوعه، مثل: Facebook Live: https://…‎
field_tags = الوسوم
hint_tags = مفصولة بفاصلة لاتينية (,)، مثل: vigil, march
hint_languages = رموز لغات مفصولة بفاصلة لاتينية (,)، مثل: ar, es, en
hint_repeat = في الوقت المحلي نفسه في كل مرة، حتى عند تغيير الساعة بين التوقيتين الصيفي والشتوي.
repeat_none = لا تتكرر
repeat_daily = كل يوم
repeat_weekly = كل أسبوع، في يوم البداية من الأسبوع (وفي الأيام المحدّدة أدناه)
repeat_fortnightly = كل أسبوعين، في يوم البداية من الأسبوع (وفي الأيام المحدّدة أدناه)
repeat_monthly_weekday = كل شهر، في اليوم نفسه من الأسبوع (مثل يوم الجمعة الأول)
repeat_monthly_date = كل شهر، في التاريخ نفسه
repeat_days = في التكرار الأسبوعي، أيضًا في
repeat_count = عدد المرات قبل انتهاء التكرار
repeat_until = أو في هذا اليوم (آخر مرة)
hint_repeat_end = اترك الحقلين فارغين إن كانت الفعالية تتكرر حتى تُلغى.
repeat_expert = قاعدة أخرى (RRULE وفق RFC 5545، لخبراء التقويم)
hint_rrule = تُستخدم بدلًا من الاختيار أعلاه، مثل: FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6
field_organiser_email = بريدك الإلكتروني
hint_organiser_email = لا يراه إلا المنسّقون؛ ولا يُنشر أبدًا.
field_organiser_name = اسمك أو اسم مجموعتك
hint_organiser_name = لا يُنشر أبدًا.

## After sending, and the organiser's private page
thanks = شكرًا لك
thanks_review = سيراجع أحد المنسّقين فعاليتك. ستظهر في التقويم بعد الموافقة عليها.
thanks_link = هذا رابطك الخاص لمعرفة حالتها أو تعديلها أو إلغائها. يستطيع كل من يملك هذا الرابط تغيير فعاليتك، فاحتفظ به لنفسك.
thanks_mailed = أرسلنا هذا الرابط أيضًا بالبريد الإلكتروني إلى العنوان الذي قدّمته، وسنكتب إليك بقرار المنسّقين لاحقًا.
thanks_not_mailed = لا يرسل هذا التقويم رسائل بريد إلكتروني، فلن يُرسَل إليك هذا الرابط. انسخه الآن؛ فهو لا يُعرض إلا مرة واحدة.
edit_link_label = رابط التعديل الخاص بك
copy_link = انسخ الرابط
your_action = فعاليتك: { $title }
status_label = الحالة:
status_pending = بانتظار مراجعة أحد المنسّقين
status_published = منشورة في التقويم
status_rejected = لم تُقبل
status_cancelled = (ملغاة)
public_page = صفحتها العامة
uncancel_button = تراجَع عن الإلغاء
coordinator_wrote = كتب المنسّق:
fix_and_resend = صحّح الفعالية أدناه وأرسلها مجددًا؛ ستعود إلى المنسّقين.
change_waiting = تعديلك بانتظار مراجعة أحد المنسّقين.
change_waiting_more = إلى أن يُقبل، يعرض التقويم النسخة المنشورة؛ أما النموذج أدناه ففيه تعديلك.
change_refused = لم يقبل أحد المنسّقين تعديلك.
they_wrote = وكتب:
published_version_shown = يعرض التقويم النسخة المنشورة.
changes_reviewed = يراجع أحد المنسّقين أي تعديل على فعالية منشورة قبل أن يراه المشتركون؛ أما الإلغاء فيسري فورًا.
cancel_sure = نعم، ألغِها
cancel_button = ألغِ هذه الفعالية
cancel_hint = تبقى الفعالية الملغاة في التقاويم مع إشارة إلى إلغائها، ليعرف المشتركون أنها لن تُقام. يمكنك التراجع عن الإلغاء حتى موعد بدئها.
notice_saved = تم الحفظ.
notice_change_sent = أُرسل: تعديلك بانتظار مراجعة أحد المنسّقين؛ وحتى ذلك الحين يعرض التقويم النسخة المنشورة.
notice_cancel_ask = للإلغاء، حدّد «نعم، ألغِها» ثم اضغط الزر مرة أخرى. لم يتغيّر شيء.
notice_cancelled = أُلغيت: تظهر الفعالية ملغاة في التقاويم. يمكنك التراجع عن ذلك حتى موعد بدئها.
notice_uncancelled = عادت الفعالية قائمة: تظهر في التقاويم من جديد.

## A wait in words ($n minutes or hours)
wait_seconds = أقل من دقيقة
wait_minutes = { $n ->
    [one] نحو دقيقة
    [two] نحو دقيقتين
    [few] نحو { $n } دقائق
    [many] نحو { $n } دقيقة
   *[other] نحو { $n } دقيقة
}
wait_hours = { $n ->
    [one] نحو ساعة
    [two] نحو ساعتين
    [few] نحو { $n } ساعات
    [many] نحو { $n } ساعة
   *[other] نحو { $n } ساعة
}
save = احفظ

## Error pages (HTML; tools get the JSON error in English)
back_to_calendar = العودة إلى التقويم
error_400 = طلب غير صالح
error_400_hint = في العنوان شيء غير مسموح به هنا. تحقّق منه، أو ابدأ من جديد من التقويم.
error_401 = يلزم تسجيل الدخول
error_401_hint = هذه الصفحة مخصّصة للمنسّقين. سجّل الدخول برمز المنسّق الخاص بك.
error_403 = غير مسموح
error_403_hint = هذا غير متاح لك، أو أن النموذج الذي أرسلته قديم جدًا. ارجع، وأعد تحميل الصفحة، ثم حاول مجددًا.
error_404 = غير موجود
error_404_hint = لا يوجد شيء على هذا العنوان: ربما كُتب الرابط خطأً، أو أُزيلت الفعالية.
error_405 = غير متاح بهذه الطريقة
error_405_hint = لا يقبل هذا العنوان هذا النوع من الطلبات.
error_409 = تعارض
error_409_hint = لا يمكن تنفيذ هذا في الحالة الحالية للفعالية. أعد تحميل الصفحة لترى ما آلت إليه.
error_413 = كبير جدًا
error_413_hint = ما أرسلته أكبر مما يقبله هذا التقويم. اختصره وأرسله مجددًا.
error_422 = تعذّر القبول
error_422_hint = بعض القيم غير مقبولة. صحّحها وأرسلها مجددًا.
error_429 = طلبات كثيرة جدًا
error_429_hint = لا يقبل هذا التقويم من الاتصال الواحد إلا عددًا قليلًا من الطلبات في فترة قصيرة. يُرجى الانتظار ثم المحاولة مجددًا.
error_500 = حدث خطأ ما
error_500_hint = تعذّر على التقويم الاستجابة. سُجّلت المشكلة؛ يُرجى المحاولة لاحقًا.
error_503 = غير متاح حاليًا
error_503_hint = التقويم مشغول أو في وضع القراءة فقط لبرهة. يُرجى المحاولة مجددًا بعد بضع ثوانٍ.
error_507 = مساحة التخزين ممتلئة
error_507_hint = مساحة تخزين التقويم ممتلئة، لذا لم يُكتب شيء. يُرجى إبلاغ المنسّقين.
# $wait is a wait in words ("about 7 minutes").
error_wait = حاول مجددًا بعد { $wait }.
error_store_full = مخزن البيانات ممتلئ، لذا لم يُكتب شيء؛ وتواصل الصفحات والرزنامات عملها.
error_store_busy = مخزن البيانات مشغول بعملية كتابة أخرى (استيراد)، لذا لم يُكتب شيء.
error_store_read_only = هذا التقويم في وضع القراءة فقط هنا، لذا لم يُكتب شيء؛ وتواصل الصفحات والرزنامات عملها.

## Refused values (validation), next to the field or on an error page. Quoted values are shown as given.
err_slug = { $value } ليس اسمًا مختصرًا (slug) صالحًا؛ المسموح: أحرف لاتينية صغيرة a-z وأرقام وشرطات مفردة في الداخل، بطول من 1 إلى { $max }
err_date = { $value } ليس تاريخًا؛ اكتب التاريخ بصيغة YYYY-MM-DD، مثل 2027-11-29
err_date_missing = { $value } تاريخ لا وجود له في التقويم؛ اكتب التاريخ بصيغة YYYY-MM-DD، مثل 2027-11-29
err_year_range = { $value } خارج النطاق؛ السنوات المسموح بها من { $first } إلى { $last }
err_local_time = { $value } ليس وقتًا محليًا؛ استخدم الصيغة YYYY-MM-DDTHH:MM (مثل 2027-11-29T19:00)، ويمكن أن تليها إزاحة UTC لاختيار أحد الوقتين حين تتكرر الساعة عند انتهاء التوقيت الصيفي (2027-11-07T01:30-04:00)
err_time_of_day = { $value } ليس وقتًا صحيحًا من اليوم؛ الساعات 00-23 والدقائق 00-59
err_out_of_range = خارج النطاق
err_offset_mismatch = { $value } لا يطابق { $zone }: إزاحة UTC هناك هي { $offset }؛ اكتب هذه الإزاحة أو لا تكتب إزاحة
err_gap = { $value } غير موجود في { $zone }: تقفز الساعة من { $from } مباشرة إلى { $to } (من إزاحة UTC { $offset_before } إلى { $offset_after })؛ اختر وقتًا قبل { $from } أو من { $to } فصاعدًا
err_fold = { $value } يتكرر مرتين في { $zone } عند إرجاع الساعة (أولًا بإزاحة UTC { $offset_before }، ثم بإزاحة { $offset_after })؛ حدّد أيّهما تقصد بإضافة الإزاحة: { $first } أو { $second }
err_timezone_required = مطلوب: المنطقة الزمنية للمكان حسب IANA، مثل "Europe/Paris"، أو "UTC" للفعاليات عبر الإنترنت
err_start_required = مطلوب، مثل { $example }
err_end_before_start_all_day = يسبق البداية؛ في الفعاليات التي تستمر طوال اليوم، النهاية هي اليوم الأخير نفسه (مشمولًا)
err_too_long_days = يجعل الفعالية أطول من الحد الأقصى لعدد الأيام ({ $max })
err_end_before_start = يجب أن يكون بعد البداية (كلاهما بالتوقيت المحلي للمنطقة الزمنية للفعالية)
err_years_allowed = خارج النطاق؛ السنوات المسموح بها من { $first } إلى { $last }
err_text_too_long = عدد أحرفه { $len }؛ والحد الأقصى المسموح به { $max }
err_text_required = مطلوب ولا يجوز أن يكون فارغًا (عدد الأحرف من 1 إلى { $max })
err_country = { $value } ليس رمز بلد وفق ISO 3166-1 alpha-2؛ استخدم حرفين مثل "PS" أو "US" أو "ZA" (لا فرق بين الأحرف الكبيرة والصغيرة)
err_region = { $value } ليس منطقة؛ المسموح: أسماء UN M49 بأحرف صغيرة وشرطات (مثل "europe" أو "western-asia" أو "south-america" أو "sub-saharan-africa") أو "online"؛ وتجدها كلها في GET /api/v1/regions
err_zone = { $value } ليست منطقة زمنية في قاعدة بيانات IANA (الإصدار { $release })؛ استخدم اسمًا مثل "Europe/Paris" أو "America/New_York" أو "Asia/Gaza" أو "UTC"
err_warning_code = { $value } ليس رمز تحذير؛ الرموز: { $codes }
err_link_text_after = { $value } فيه نص بعد العنوان؛ اكتب "Label: https://…"‎، رابطًا واحدًا في كل إدخال
err_link_no_address = { $value } ليس فيه عنوان يبدأ بـ http://‎ أو https://‎؛ اكتب "https://…"‎ أو "Label: https://…"‎
err_too_many_links = عدد الروابط { $count }؛ والحد الأقصى المسموح به { $max }
err_status = { $value } ليست حالة؛ المسموح: confirmed, tentative, cancelled
err_language = { $value } ليس لغة؛ استخدم وسمًا أساسيًا وفق BCP 47 من حرفين أو ثلاثة، مثل "ar" أو "es" أو "en"
err_language_hint = { $value } ليس لغة؛ استخدم وسمًا أساسيًا وفق BCP 47 من حرفين أو ثلاثة، مثل "ar" أو "es" أو "en" (بدلًا من { $value } استخدم { $hint })
err_too_many_entries = عدد الإدخالات { $count }؛ والحد الأقصى المسموح به { $max }
err_url_too_long = { $value } طويل جدًا؛ اكتب عنوانًا كاملًا يبدأ بـ http://‎ أو https://‎ (الحد الأقصى لعدد الأحرف { $max })
err_url = { $value } ليس عنوان URL؛ اكتب عنوانًا كاملًا يبدأ بـ http://‎ أو https://‎ (الحد الأقصى لعدد الأحرف { $max })
err_url_not_web = { $value } ليس عنوان ويب؛ اكتب عنوانًا كاملًا يبدأ بـ http://‎ أو https://‎ (الحد الأقصى لعدد الأحرف { $max })
err_email = { $value } ليس عنوان بريد إلكتروني مثل name@example.org
err_coordinate = { $value } خارج النطاق؛ المسموح من ‎-{ $limit }‎ إلى { $limit } درجة
err_longitude_required = مطلوب عند إدخال خط العرض
err_latitude_required = مطلوب عند إدخال خط الطول
err_country_required = مطلوب للفعالية التي لها مدينة أو مكان؛ فالفعالية التي لا بلد لها تُعدّ عبر الإنترنت وتحتاج إلى online_url
err_filter_empty = فارغ؛ أدخل قيمة واحدة أو عدة قيم مفصولة بفواصل
err_filter_too_many = عدد القيم { $count }؛ والحد الأقصى المسموح به { $max }
err_filter_value_long = فيه قيمة يزيد عدد أحرفها على { $max }
err_to_before_from = { $to } يسبق أول يوم مطلوب ({ $from })؛ كلاهما تاريخ محلي مشمول في النطاق
err_email_required = مطلوب ليتمكّن المنسّقون من التواصل معك؛ ولا يُنشر أبدًا
err_choose_zone = اختر المنطقة الزمنية للمكان؛ في هذا البلد أكثر من منطقة زمنية: { $zones }
err_to_before_page = يسبق أول يوم معروض ({ $first })؛ كلاهما تاريخ محلي مشمول في النطاق
err_page_too_long = يشمل عددًا من الأيام ({ $days }) أكبر مما تعرضه الصفحة (الحد الأقصى { $max })؛ أما الرزنامات فتقبل أي مدة

## Likely mistakes the organiser is asked to confirm
warn_zone_not_in_country = { $zone } ليست منطقة زمنية في { $country }؛ المناطق الزمنية لهذا البلد: { $zones }
warn_night_time = تبدأ الفعالية في { $time } ليلًا بتوقيت { $zone }؛ إن كنت تقصد بعد الظهر أو المساء، فأضف 12 ساعة
warn_in_the_past = في الماضي (اليوم هو { $today } بتوقيت UTC)؛ تحقّق من السنة والشهر
warn_far_ahead = بعد أكثر من سنتين ({ $date })؛ تحقّق من السنة
warn_possible_duplicate = يبدو أن فعالية مشابهة موجودة في التقويم في المكان والوقت نفسيهما: { $title } (المعرّف { $id })

## Feed names and descriptions (X-WR-CALNAME, NAME, X-WR-CALDESC; Atom titles), with ?ui=
feed_all = الفعاليات حول العالم
feed_description = فعاليات حملات التضامن تنشرها منصة actioncal، كلٌّ منها بتوقيتها المحلي مع منطقتها الزمنية.
# $scope is "Actions worldwide", "Actions in Europe" or a campaign's name; $filters the filters on top.
feed_name_filtered = { $scope }: { $filters }
feed_campaign = حملة { $names }
feed_tag = الوسم { $names }
feed_in_languages = باللغة { $names }
feed_from_to = من { $from } إلى { $to }
feed_from = من { $from }
feed_until = حتى { $to }
feed_upcoming_in = القادمة: { $scope }

## The coordinators' desk (/admin)
desk_coordinators = المنسّقون
desk_token = رمز المنسّق الخاص بك
desk_token_hint = تحصل عليه من الأمر actioncal admin add-coordinator‎.
desk_sign_in = سجّل الدخول
desk_sign_in_title = المنسّقون: تسجيل الدخول
desk_digest = أرسل إليّ بالبريد الإلكتروني ملخّصًا للمشاركات الجديدة
desk_digest_no_mail = لا يرسل هذا التقويم رسائل بريد إلكتروني (لم يُضبط خادم لترحيل البريد)، ويُحفظ هذا الإعداد إلى أن يُتاح الإرسال.
desk_digest_how_often = عدد مرات الإرسال
desk_digest_never = أبدًا
desk_digest_hourly = مرة كل ساعة على الأكثر
desk_digest_daily = مرة في اليوم على الأكثر
desk_digest_to = إلى
desk_digest_title = ملخّص المشاركات الجديدة
desk_digest_stopped = تم: لن تُرسَل ملخّصات بعد الآن. يمكنك تفعيلها مجددًا من مكتب الإشراف.
desk_digest_stop = أوقف الملخّصات
reason_place = يُرجى إضافة المكان بدقة: الشارع أو الساحة أو مكان التجمّع.
reason_time = يبدو أن التاريخ أو الوقت غير صحيح؛ يُرجى مطابقته مع ملصق الفعالية.
reason_zone = المنطقة الزمنية لا تطابق المكان؛ يُرجى اختيار المنطقة الزمنية للمدينة.
reason_duplicate = هذه الفعالية موجودة في التقويم من قبل.
reason_describe = يُرجى وصف الفعالية في جملة أو جملتين: ماذا ومن وما الذي يجب إحضاره.
reason_outside = هذا التقويم مخصّص لفعاليات الحملة، وهذه الفعالية خارج نطاقها.
desk_map_given = الخريطة (الإحداثيات المُدخلة)
desk_map_find = ابحث عن المكان على الخريطة
desk_waiting = مشاركات بانتظار المراجعة
desk_signed_in_as = تم تسجيل دخولك باسم { $name }.
desk_actions = الفعاليات
desk_log = السجلّ
desk_sign_out = سجّل الخروج
desk_keys = المفاتيح: j وk للتنقّل بين البطاقات، وa للموافقة على البطاقة المحدّدة، وr لكتابة سبب رفضها.
desk_nothing_waiting = لا شيء بانتظار المراجعة.
desk_campaigns_tags_languages = الحملات والوسوم واللغات
desk_organiser = المنظّم
desk_no_name = (بلا اسم)
desk_earlier = { $count ->
    [0] أول مشاركة
    [zero] أول مشاركة
    [one] مشاركة سابقة واحدة
    [two] مشاركتان سابقتان
    [few] { $count } مشاركات سابقة
    [many] { $count } مشاركة سابقة
   *[other] { $count } مشاركة سابقة
}
desk_address = عنوان البريد الإلكتروني
desk_warnings_confirmed = تحذيرات أكّدها المنظّم
desk_similar = فعاليات مشابهة في المكان والوقت نفسيهما
desk_approve = وافِق
desk_edit_first = عدّلها أولًا (ثم احفظ ووافِق)
desk_reason = السبب الموجّه إلى المنظّم
desk_reject = ارفض
desk_changes = تعديلات مقترحة على فعاليات منشورة
desk_field = الحقل
desk_now = الحالي
desk_proposed = المقترَح
desk_publish_change = انشر التعديل
desk_keep_published = أبقِ النسخة المنشورة
log_organiser = المنظّم
log_operator = المشغّل (سطر الأوامر)
moderation_pending = بانتظار المراجعة
moderation_published = منشورة
moderation_rejected = مرفوضة
desk_back = العودة إلى قائمة الانتظار
log_action_number = رقم الفعالية
log_who = مَن
log_nothing = لا شيء مسجّل لهذا.
log_action = الفعالية { $id }
log_campaign = الحملة { $slug }
log_before = قبل
log_after = بعد
log_reason = السبب:
log_older = إدخالات أقدم
find_label = العنوان أو المدينة أو الرقم
find_button = ابحث
find_nothing = لا توجد فعالية مطابقة.
desk_save_approve = احفظ ووافِق
desk_its_log = سجلّها
desk_action_state = الفعالية { $id }: { $moderation }، { $status }، الإصدار { $version }.
desk_cancel = ألغِ الفعالية
desk_remove = أزِلها من كل الرزنامات
desk_edit_title = تعديل: { $title }
campaign_name = الاسم
campaign_hashtag = الهاشتاغ
campaign_new = حملة جديدة
campaign_slug = الاسم المختصر (slug): يدخل في عنوان كل رزنامة ولا يتغيّر أبدًا
campaign_create = أنشِئ
coordinators_hint = تُنشأ الرموز الجديدة على الخادم: actioncal admin add-coordinator‎.
coordinator_since = منذ { $date }
coordinator_revoked = أُبطل في { $date }
coordinator_you = أنت
coordinator_revoke = أبطِل
status_confirmed = مؤكّدة
status_tentative = مبدئية
log_submit = إرسال
log_edit = تعديل
log_propose_edit = اقتراح تعديل
log_withdraw_edit = سحب تعديل مقترح
log_approve_edit = الموافقة على تعديل
log_reject_edit = رفض تعديل
log_approve = موافقة
log_reject = رفض
log_cancel = إلغاء
log_uncancel = التراجع عن الإلغاء
log_remove = إزالة
log_campaign_create = إنشاء حملة
log_campaign_edit = تعديل حملة
log_import = استيراد
log_coordinator_add = إضافة منسّق
log_coordinator_revoke = إبطال منسّق
desk_token_refused = هذا الرمز لا يفتح شيئًا: غير معروف أو مُبطَل.
desk_done_approved = تمت الموافقة: الفعالية في التقويم الآن.
desk_done_rejected = رُفضت: يرى المنظّم سببك عبر رابطه الخاص.
desk_done_digest = حُفظ: إعداد الملخّص الخاص بك.
desk_done_edit_approved = نُشر: التعديل في التقويم الآن.
desk_done_edit_rejected = أُبقي على النسخة المنشورة: يرى المنظّم سببك.
desk_done_cancelled = أُلغيت: تظهر الفعالية ملغاة في التقاويم.
desk_done_revoked = أُبطل: لم يعد هذا الرمز يفتح شيئًا.

## Mail: the action's time besides its local time ($zone a zone's name, $offset "UTC+02:00", $utc a date and time)
mail_when_zone = { $zone }، { $offset }؛ { $utc } بتوقيت UTC‎

## Repeat rules refused (the RRULE field, for calendar experts)
err_rrule = { $value } ليست قاعدة RRULE صالحة ({ $detail })؛ أمثلة: { $examples }
err_until_date = يجب أن تكون UNTIL={ $until } تاريخًا بصيغة YYYYMMDD للفعالية التي تستمر طوال اليوم، مثل UNTIL=20271119‎
err_until_utc = يجب أن تكون UNTIL={ $until } تاريخًا ووقتًا بتوقيت UTC بصيغة YYYYMMDDTHHMMSSZ للفعالية التي لها وقت محدّد من اليوم (RFC 5545 3.3.10)، مثل UNTIL=20271119T235959Z‎
err_freq = القيمة FREQ={ $freq } غير مدعومة؛ تتكرر الفعاليات وفق DAILY أو WEEKLY أو MONTHLY أو YEARLY فقط
err_byhour = لا تُدعم BYHOUR وBYMINUTE وBYSECOND‎: تبدأ كل مرة من مرات التكرار في وقت بدء الفعالية
err_count = لا يجوز أن تتجاوز قيمة COUNT العدد { $max }
err_rrule_start = { $value } ليست قاعدة RRULE صالحة لهذه البداية ({ $detail })؛ أمثلة: { $examples }
err_rrule_length = يجب أن يتراوح عدد أحرف قاعدة RRULE من 1 إلى { $max }؛ أمثلة: { $examples }
err_rrule_chars = { $value } فيه أحرف لا يمكن أن تحتويها قاعدة RRULE؛ أمثلة: { $examples }
err_repeat_ambiguous = لا يمكن لفعالية متكررة أن تبدأ أو تنتهي في { $start } أو { $end }، فهما وقتان محليان يتكرران مرتين عند إرجاع الساعة؛ اختر وقتًا خارج تلك الساعة
err_start_not_occurrence = البداية ({ $start }) ليست إحدى مرات تكرار { $value }؛ تختلف تطبيقات التقويم في تفسير مثل هذه القواعد، لذا اجعل البداية أول مرة من مرات التكرار
err_too_many_occurrences = تتكرر أكثر من { $max } مرة؛ قسّم الفعالية أو اختصر القاعدة
# $what selects "start" or "end" (of the occurrence).
err_occurrence_gap = المرة الواقعة في { $date } { $what ->
        [start] ستبدأ
       *[end] ستنتهي
    } في { $time }، وهو وقت غير موجود في { $zone }: تقفز الساعة تلك الليلة من { $from } مباشرة إلى { $to }، وتختلف تطبيقات التقويم في قراءة مثل هذه المرة؛ اختر وقتًا قبل { $before } أو من { $after } فصاعدًا، أو أنهِ القاعدة قبل { $date } (UNTIL)
err_occurrence_fold = المرة الواقعة في { $date } { $what ->
        [start] ستبدأ
       *[end] ستنتهي
    } في { $time }، وهو وقت يتكرر مرتين في { $zone }: تُرجَع الساعة تلك الليلة من { $from } إلى { $to }، وتختلف تطبيقات التقويم في قراءة مثل هذه المرة؛ اختر وقتًا قبل { $before } أو من { $after } فصاعدًا، أو أنهِ القاعدة قبل { $date } (UNTIL)

## More refusals (filters, the widget, the desk)
err_unknown_campaign = { $value } ليس حملة؛ الحملات المعروفة: { $known }
err_unknown_tag = { $value } ليس وسمًا لأي فعالية؛ الوسوم المعروفة: { $known }
err_unknown_language = { $value } ليس لغة لأي فعالية؛ اللغات المعروفة: { $known }
err_theme = { $value } ليس مظهرًا؛ المسموح: light, dark, auto‎
err_embed_limit = { $value } ليس عددًا صالحًا من الفعاليات؛ المسموح من 1 إلى { $max }
err_query_too_long = طوله { $len } بايت؛ والحد الأقصى المسموح به { $max }
err_digest_every = { $value } ليس خيارًا متاحًا؛ اختر off أو hourly أو daily‎
err_digest_email = مطلوب لإرسال الملخّص: العنوان الذي يُرسَل إليه
# Labels of the date filters in refusals ("From: …").
field_from = من تاريخ
field_to = إلى تاريخ

## Refusals found in review: the campaign's hashtag, a query that cannot be read, more field labels
err_hashtag = { $value } ليس هاشتاغًا؛ المسموح: حتى { $max } من الأحرف والأرقام والشرطات السفلية، مثل #AllForPalestine‎
# $detail is the reader's technical reason (in English).
err_query = تتعذّر قراءته ({ $detail })؛ عوامل التصفية: region, country, campaign, tag, lang, from, to‎
field_query = عنوان الصفحة
field_theme = المظهر
field_limit = عدد الفعاليات
field_slug = الاسم المختصر

## Partners' calendars (sources)
err_required = مطلوب
err_source_url = يجب أن يكون عنوان http:// أو https:// لتقويم (‎.ics)
err_source_trust = يجب أن تكون "hold" (تنتظر الفعاليات الجديدة منسّقًا) أو "publish" (تُنشر فورًا)
sources = تقاويم الشركاء
sources_hint = تقاويم ينشرها الشركاء أصلًا (Google Calendar وOutlook وNextcloud وMobilizon وGancio…‎)، تُفحص بحثًا عن فعالياتهم بالوتيرة التي يطلبها كل منها (من كل 15 دقيقة إلى مرة في اليوم). تنضمّ الفعاليات الجديدة من التقويم المضبوط على انتظار المراجعة إلى قائمة الانتظار، وتُنشر فعاليات التقاويم الأخرى فورًا. يبقى تصحيح المنسّق ما لم يغيّر الشريك ذلك الحقل مجددًا. ولا تُلغى هنا فعالية اختفت من تقويم أحد الشركاء إلا بعد غيابها عن فحصين متتاليين، وبشرط ألّا تكون قد أُقيمت بعد.
source_url = عنوان التقويم (‎.ics)
source_name = الاسم
source_campaigns = الحملات (أسماؤها المختصرة، مفصولة بفواصل)
source_tags = الوسوم (مفصولة بفواصل)
source_languages = اللغات (رموز مثل es أو ar، مفصولة بفواصل)
source_country = بلد الأماكن التي لا تذكر بلدها (رمز من حرفين مثل DE)
source_trust = الفعاليات الجديدة
source_trust_hold = تنتظر المراجعة
source_trust_publish = تُنشر فورًا
source_paused = متوقّف مؤقتًا
source_add = تابِع هذا التقويم
source_new = تابِع تقويم أحد الشركاء
source_poll_now = افحص الآن
source_release = ألغِ ما اختفى
source_remove = أوقِف المتابعة (تبقى فعالياته)
source_status = الحالة
source_status_changed = أُدخلت تغييرات
source_status_unchanged = لا تغيير
source_status_held = معلّق: اختفت فعاليات كثيرة دفعة واحدة
source_status_error = فشل آخر فحص
source_never = لم يُفحص بعد
source_last_poll = آخر فحص
source_next_poll = الفحص التالي
source_counts_title = منذ إضافته
source_counts = جديدة: { $new } · محدّثة: { $updated } · ملغاة: { $cancelled } · معلّقة: { $held }
source_message = الرسالة
desk_done_polled = تم الفحص.
desk_done_removed = أُوقفت المتابعة.
log_source = تقويم الشريك { $name }
desk_mail = فعاليات وصلت بالبريد الإلكتروني
mail_hint = رسائل أُرسلت إلى عنوان البريد الإلكتروني للتقويم، الأحدث أولًا. تصبح دعوة التقويم المرفقة فعاليةً بانتظار المراجعة، وكذلك الرسالة التي أمكن قراءة تاريخها ووقتها ومكانها من نصها؛ أما غيرها فتُحفظ هنا لتقرأها وتُدخل الفعالية بنفسك.
mail_none = لم تصل أي رسالة بريد إلكتروني بعد.
mail_received = تاريخ الاستلام
mail_from = المرسِل
mail_actions = الفعاليات المُنشأة
mail_text = نص الرسالة
mail_original = الرسالة كما وصلت
mail_reading = ما أمكن قراءته من نصها
mail_unsure = لم تُقرأ بثقة
mail_state_read = قُرئت: أُنشئت فعاليات
mail_state_for_review = تُركت لأحد المنسّقين
mail_state_stored = لم تُقرأ بعد
