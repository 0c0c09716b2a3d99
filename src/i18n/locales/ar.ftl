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
webcal = تطبيق التقويم (Apple وThunderbird وOutlook)
google = أضف إلى تقويم Google
outlook = أضف إلى Outlook.com
copy = انسخ عنوان الرزنامة
copied = نُسخ
feed_url = عنوان الرزنامة
google_steps = إن لم يعمل الزر: في تقويم Google اختر «تقويمات أخرى» ثم + ثم «من عنوان URL» والصق العنوان.
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
local_time = في المكان ({ $zone })
your_time = بتوقيتك ({ $zone })
times_in = الأوقات معروضة بتوقيت { $zone }.
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
# Joins the parts of a repeat rule ("every week, 6 times").
comma = { "،" }
rule_on = يوم { $days }
rule_on_monthday = في اليوم { $day }
rule_until = حتى { $date }
rule_custom = وفق جدول خاص

## Repeat rules in words (RFC 5545 RRULE), with CLDR plural categories
rule_every_days = { $n ->
    [one] كل يوم
    [two] كل يومين
    [few] كل { $n } أيام
   *[other] كل { $n } يومًا
}
rule_every_weeks = { $n ->
    [one] كل أسبوع
    [two] كل أسبوعين
    [few] كل { $n } أسابيع
   *[other] كل { $n } أسبوعًا
}
rule_every_months = { $n ->
    [one] كل شهر
    [two] كل شهرين
    [few] كل { $n } أشهر
   *[other] كل { $n } شهرًا
}
rule_every_years = { $n ->
    [one] كل سنة
    [two] كل سنتين
    [few] كل { $n } سنوات
   *[other] كل { $n } سنة
}
rule_on_nth = في { $day } { $n ->
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
   *[other] { $n } مرة
}
