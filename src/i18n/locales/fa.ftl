# actioncal interface messages: fa. Project Fluent syntax (https://projectfluent.org/fluent/guide/).
# Every file has the same message ids as en.ftl (unit-tested). Variables: { $name }.

site_name = تقویم کنش‌ها
upcoming = کنش‌های پیش رو
week_of = هفتهٔ { $date }
filters = فیلترها
region = منطقه
country = کشور
campaign = کارزار
tag = برچسب
language = زبان
any = همه
apply = نمایش
previous_week = هفتهٔ قبل
next_week = هفتهٔ بعد
nothing = در این روزها کنشی نیست.
subscribe = اشتراک
subscribe_hint = این تقویم را به برنامهٔ تقویم خود اضافه کنید؛ همیشه به‌روز می‌ماند، از جمله لغو کنش‌ها.
webcal = برنامهٔ تقویم (Apple، Thunderbird، Outlook رومیزی)
google = افزودن به Google Calendar
outlook = افزودن به Outlook.com
copy = کپی نشانی تقویم
copied = کپی شد
feed_url = نشانی تقویم
google_steps = اگر دکمه کار نکرد: در Google Calendar به ترتیب «تقویم‌های دیگر»، «+» و «از URL» را انتخاب کنید و نشانی را جای‌گذاری کنید.
download = دانلود فایل ‎.ics
atom = خوراک Atom
when = زمان
where = مکان
online = آنلاین
campaigns = کارزارها
languages = زبان‌ها
all_day = تمام روز
repeats = تکرار
map = نقشه (OpenStreetMap)
cancelled = لغو شد: این کنش برگزار نمی‌شود.
tentative = موقت: هنوز قطعی نشده است.
cancelled_short = لغو شد
local_time = به وقت محل ({ $zone })
your_time = به وقت شما ({ $zone })
times_in = زمان‌ها به وقت { $zone } نمایش داده می‌شوند.
choose_zone = نمایش زمان‌ها در منطقهٔ زمانی دیگر
same_moment = همین لحظه در سراسر جهان
city = شهر
time = ساعت
day_after = روز بعد
day_before = روز قبل
actions_in = کنش‌ها در { $place }
all_actions = همهٔ کنش‌ها
feed_builder = تقویم خود را بسازید
feed_builder_intro = آنچه را می‌خواهید دنبال کنید انتخاب کنید؛ نشانی و دکمه‌های زیر به‌روز می‌شوند.
upcoming_short = پیش رو
more = کنش‌های بیشتر
submit_link = کنش خود را اضافه کنید
utc = UTC
details = جزئیات
event_feed = این کنش در تقویم شما
mail_greeting = سلام،
mail_edit_link_subject = کنش شما «{ $title }»: پیوند خصوصی ویرایش
mail_edit_link_body = از ارسال کنش‌تان سپاسگزاریم. یکی از هماهنگ‌کنندگان آن را بررسی می‌کند: پس از تأیید در تقویم نمایش داده می‌شود و همان موقع به شما خبر می‌دهیم.
mail_edit_link_keep = پیوند خصوصی شما برای دیدن وضعیت، ویرایش یا لغو کنش. هر کسی این پیوند را داشته باشد می‌تواند کنش شما را تغییر دهد: آن را به کسی ندهید.
mail_approved_subject = کنش شما «{ $title }» در تقویم قرار گرفت
mail_approved_body = یکی از هماهنگ‌کنندگان کنش شما را تأیید کرد: اکنون در تقویم و در همهٔ خوراک‌هایی که آن را در بر می‌گیرند قرار دارد.
mail_public_link = صفحهٔ عمومی آن:
mail_feed_link = این کنش برای هر برنامهٔ تقویم (‎.ics):
mail_campaign_feed = تقویم کارزار { $campaign } برای اشتراک:
mail_manage = برای دیدن وضعیت، ویرایش یا لغو کنش، از پیوند خصوصی‌ای استفاده کنید که هنگام ارسال آن برایتان فرستادیم.
mail_rejected_subject = کنش شما «{ $title }» منتشر نشد
mail_rejected_body = یکی از هماهنگ‌کنندگان کنش شما را منتشر نکرد. دلیل:
mail_fix_hint = می‌توانید با پیوند خصوصی‌ای که هنگام ارسال برایتان فرستادیم آن را اصلاح کنید؛ کنش اصلاح‌شده دوباره برای هماهنگ‌کنندگان فرستاده می‌شود.
mail_cancelled_subject = کنش شما «{ $title }» لغو شد
mail_cancelled_body = یکی از هماهنگ‌کنندگان کنش شما را لغوشده علامت زد: اکنون در تقویم مشترکان لغوشده نمایش داده می‌شود. اگر اشتباهی رخ داده است، با هماهنگ‌کنندگان تماس بگیرید.
mail_edited_subject = یکی از هماهنگ‌کنندگان کنش شما «{ $title }» را تغییر داد
mail_edited_body = یکی از هماهنگ‌کنندگان کنش شما را تغییر داد. تغییرات:
mail_edit_approved_subject = تغییر شما در «{ $title }» منتشر شد
mail_edit_approved_body = یکی از هماهنگ‌کنندگان تغییری را که پیشنهاد داده بودید تأیید کرد: اکنون در تقویم نمایش داده می‌شود.
mail_edit_rejected_subject = تغییر شما در «{ $title }» منتشر نشد
mail_edit_rejected_body = یکی از هماهنگ‌کنندگان تغییری را که پیشنهاد داده بودید منتشر نکرد؛ کنش همان‌طور که بود باقی می‌ماند. دلیل:
mail_footer = این پیام به‌طور خودکار از سوی تقویم { $site } فرستاده شده است، زیرا این نشانی همراه کنش ثبت شده بود. لطفاً به این پیام پاسخ ندهید.
mail_digest_subject = ارسال‌های در انتظار بررسی: { $count } مورد جدید
mail_digest_title = خلاصهٔ ارسال‌های در انتظار
mail_digest_body = این ارسال‌ها پس از آخرین خلاصهٔ شما رسیده‌اند؛ در مجموع { $count } مورد در انتظار بررسی است:
mail_digest_edits = تغییرات پیشنهادی برای کنش‌های منتشرشده، در انتظار بررسی: { $count }
mail_digest_open = آن‌ها را در میز نظارت بررسی کنید:
mail_digest_unsubscribe = برای توقف این خلاصه‌ها (می‌توانید دوباره از میز نظارت فعالشان کنید):
# Joins the parts of a repeat rule ("every week, 6 times").
comma = { "،" }
rule_on = روزهای { $days }
rule_on_monthday = روز { $day }
rule_until = تا { $date }
rule_custom = طبق برنامه‌ای ویژه

## Repeat rules in words (RFC 5545 RRULE), with CLDR plural categories
rule_every_days = { $n ->
    [one] هر روز
   *[other] هر { $n } روز یک بار
}
rule_every_weeks = { $n ->
    [one] هر هفته
   *[other] هر { $n } هفته یک بار
}
rule_every_months = { $n ->
    [one] هر ماه
   *[other] هر { $n } ماه یک بار
}
rule_every_years = { $n ->
    [one] هر سال
   *[other] هر { $n } سال یک بار
}
# $n is 1 to 5, or -1 for the last one in the month; $day is a weekday name.
rule_on_nth = { $n ->
    [1] اولین
    [2] دومین
    [3] سومین
    [4] چهارمین
    [5] پنجمین
   *[-1] آخرین
} { $day }
rule_times = { $n ->
    [one] یک بار
   *[other] { $n } بار
}
