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
google_refresh = Google Calendar تقویم‌های اشتراکی را فقط هر ۱۲ تا ۲۴ ساعت یک‌بار به‌روز می‌کند: ممکن است دیده‌شدن تغییری از اینجا در آنجا همین‌قدر طول بکشد.
add_to_calendar = این کنش را به تقویم خود اضافه کنید
add_google = Google Calendar
add_outlook = Outlook.com
add_office = Office 365 (کاری یا آموزشی)
add_ics = تقویم اپل، Thunderbird و دیگر برنامه‌ها (فایل ‎.ics)
preview_calendar = راهپیمایی‌ها، شب‌زنده‌داری‌ها، تجمع‌ها و نشست‌های آنلاین: کنش‌های نزدیک خود را پیدا کنید و به تقویمتان اضافه کنید.
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
tentative_short = موقت
local_time = به وقت محل ({ $zone })
your_time = به وقت شما ({ $zone })
times_in = زمان‌ها بر اساس { $zone } نمایش داده می‌شوند.
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
mail_needs_check = لطفاً موارد زیر را بررسی کنید؛ با پیوند خصوصی زیر می‌توانید آن‌ها را اصلاح کنید:
mail_withdrawn_subject = کنش شما «{ $title }» پس گرفته شد
mail_withdrawn_body = لغو شما را دریافت کردیم: کنش شما پیش از بررسی پس گرفته شد و در تقویم نمایش داده نمی‌شود.
mail_cancelled_by_sender_body = لغو شما را دریافت کردیم: کنش شما لغوشده علامت خورد و اکنون در تقویم مشترکان لغوشده نمایش داده می‌شود.
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
# Joins the parts of a repeat rule ("every week, 6 times") or of a place ("Beirut, Lebanon"), with the space after it where the language puts one.
comma = { "، " }
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

## The language switcher at the top of every page
choose_language = زبان این صفحه

## The submission and edit forms (/submit, the organiser's private page)
form_submit_heading = کنش خود را به تقویم اضافه کنید
form_submit_intro = کنش خود را یک بار، به زبان خودتان و در منطقهٔ زمانی خودتان بفرستید. هماهنگ‌کنندگان پیش از نمایش آن در تقویم بررسی‌اش می‌کنند. نیازی به حساب کاربری نیست.
form_send = ارسال برای هماهنگ‌کنندگان
form_save = ذخیرهٔ تغییرات
form_look_below = لطفاً پیام‌های کنار فیلدهای زیر را ببینید.
form_expired = این فرم منقضی شده بود (یا مرورگرتان کوکی آن را نگه نداشته بود)، بنابراین چیزی فرستاده نشد. هر آنچه نوشته بودید در زیر آمده است: آن را بررسی کنید و دوباره بفرستید.
# $wait is a wait in words, e.g. "about 7 minutes".
form_too_many = این تقویم از هر اتصال در یک زمان فقط چند کنش می‌پذیرد و اتصال شما فعلاً به این حد رسیده است. چیزی فرستاده نشد؛ هر آنچه نوشته بودید در زیر نگه داشته شده است. لطفاً { $wait } دیگر دوباره بفرستید.
form_which_one = کدام یک؟
form_first_instant = (اولی، پیش از عقب کشیدن ساعت‌ها)
form_second_instant = (دومی، پس از آن)
form_confirm_warning = درست است، با این حال فرستاده شود
form_required = (الزامی)
form_honeypot = این را خالی بگذارید
field_title = عنوان کنش
hint_title = به زبان کنش.
field_description = توضیحات
hint_description = چه کاری، چه کسانی، چه چیزهایی همراه بیاورند. شکستن سطرها حفظ می‌شود.
field_start = شروع
hint_start = به وقت محلی محل کنش، همان‌طور که روی پوسترتان آمده است.
field_end = پایان
hint_end = اختیاری؛ اگر خالی بماند، دو ساعت پس از شروع در نظر گرفته می‌شود.
field_all_day = تمام روز (فقط تاریخ‌ها در نظر گرفته می‌شوند)
hint_country = برای کنش آنلاین خالی بگذارید.
option_online = — آنلاین —
field_timezone = منطقهٔ زمانی
hint_timezone = منطقهٔ زمانی محل؛ اگر خالی بماند و کشور فقط یک منطقهٔ زمانی داشته باشد، از کشور گرفته می‌شود.
option_from_country = — بر اساس کشور —
zones_elsewhere = منطقه‌های زمانیِ بدون کشور
field_city = شهر یا شهرک
field_venue = محل برگزاری، میدان یا خیابان
field_online_url = پیوند آنلاین
hint_online_url = نشانی Zoom، Jitsi یا پخش زنده، برای کنش‌های آنلاین.
field_online_links = راه‌های دیگر پیوستن
hint_online_links = هر کدام در یک سطر، همراه با نوع آن، مثلاً: Facebook Live: https://…‎
field_tags = برچسب‌ها
hint_tags = جداشده با ویرگول لاتین (,)، مثلاً: vigil, march
hint_languages = کدهای زبان، جداشده با ویرگول لاتین (,)، مثلاً: ar, es, en
hint_repeat = هر بار در همان ساعت محلی، حتی وقتی ساعت رسمی تغییر می‌کند.
repeat_none = تکرار نمی‌شود
repeat_daily = هر روز
repeat_weekly = هر هفته، در همان روزِ هفته که شروع می‌شود (و روزهایی که در زیر علامت زده‌اید)
repeat_fortnightly = هر دو هفته یک بار، در همان روزِ هفته که شروع می‌شود (و روزهایی که در زیر علامت زده‌اید)
repeat_monthly_weekday = هر ماه، در همان روزِ هفته (مثلاً اولین جمعه)
repeat_monthly_date = هر ماه، در همان تاریخ
repeat_days = برای تکرار هفتگی، همچنین در این روزها
repeat_count = پایان پس از چند بار
repeat_until = یا در این روز (آخرین بار)
hint_repeat_end = برای کنشی که تا لغو نشده تکرار می‌شود، هر دو را خالی بگذارید.
repeat_expert = قاعدهٔ دیگر (RRULE طبق RFC 5545، برای کارشناسان تقویم)
hint_rrule = به‌جای گزینهٔ بالا به کار می‌رود، مثلاً: FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6
field_organiser_email = ایمیل شما
hint_organiser_email = فقط هماهنگ‌کنندگان آن را می‌بینند؛ هرگز منتشر نمی‌شود.
field_organiser_name = نام شما یا گروهتان
hint_organiser_name = هرگز منتشر نمی‌شود.

## After sending, and the organiser's private page
thanks = سپاسگزاریم
thanks_review = یکی از هماهنگ‌کنندگان کنش شما را بررسی می‌کند. پس از تأیید، در تقویم نمایش داده می‌شود.
thanks_link = این پیوند خصوصی شما برای دیدن وضعیت، ویرایش یا لغو کنش است. هر کسی این پیوند را داشته باشد می‌تواند کنش شما را تغییر دهد: آن را به کسی ندهید.
thanks_mailed = این پیوند را به نشانی ایمیلی که دادید هم فرستادیم و تصمیم هماهنگ‌کنندگان را هم بعداً به همان نشانی می‌فرستیم.
thanks_not_mailed = این تقویم ایمیل نمی‌فرستد: این پیوند برایتان فرستاده نمی‌شود. همین حالا آن را کپی کنید؛ فقط یک بار نمایش داده می‌شود.
edit_link_label = پیوند خصوصی ویرایش شما
copy_link = کپی پیوند
your_action = کنش شما: { $title }
status_label = وضعیت:
status_pending = در انتظار بررسی یکی از هماهنگ‌کنندگان
status_published = در تقویم منتشر شده است
status_rejected = پذیرفته نشد
status_cancelled = (لغوشده)
public_page = صفحهٔ عمومی آن
uncancel_button = پس گرفتن لغو
coordinator_wrote = هماهنگ‌کننده نوشته است:
fix_and_resend = کنش را در زیر اصلاح کنید و دوباره بفرستید؛ دوباره برای هماهنگ‌کنندگان فرستاده می‌شود.
change_waiting = تغییر شما در انتظار بررسی یکی از هماهنگ‌کنندگان است.
change_waiting_more = تا وقتی پذیرفته نشده، تقویم نسخهٔ منتشرشده را نشان می‌دهد؛ فرم زیر تغییر شما را در خود دارد.
change_refused = یکی از هماهنگ‌کنندگان تغییر شما را نپذیرفت.
they_wrote = نوشته است:
published_version_shown = تقویم نسخهٔ منتشرشده را نشان می‌دهد.
changes_reviewed = تغییرات کنشِ منتشرشده پیش از آنکه مشترکان آن‌ها را ببینند، به دست یکی از هماهنگ‌کنندگان بررسی می‌شود؛ لغو کردن بی‌درنگ اعمال می‌شود.
cancel_sure = بله، لغوش کن
cancel_button = لغو این کنش
cancel_hint = کنشِ لغوشده با نشان لغو در تقویم‌ها می‌ماند تا مشترکان ببینند که برگزار نمی‌شود. تا پیش از شروع آن می‌توانید لغو را پس بگیرید.
notice_saved = ذخیره شد.
notice_change_sent = فرستاده شد: تغییر شما در انتظار بررسی یکی از هماهنگ‌کنندگان است؛ تا آن زمان تقویم نسخهٔ منتشرشده را نشان می‌دهد.
notice_cancel_ask = برای لغو، «بله، لغوش کن» را علامت بزنید و دوباره دکمه را بزنید. چیزی تغییر نکرد.
notice_cancelled = لغو شد: تقویم‌ها آن را لغوشده نشان می‌دهند. تا پیش از شروع آن می‌توانید این کار را پس بگیرید.
notice_uncancelled = دوباره برقرار است: تقویم‌ها دوباره آن را نشان می‌دهند.

## A wait in words ($n minutes or hours)
wait_seconds = کمتر از یک دقیقه
wait_minutes = { $n ->
    [one] حدود یک دقیقه
   *[other] حدود { $n } دقیقه
}
wait_hours = { $n ->
    [one] حدود یک ساعت
   *[other] حدود { $n } ساعت
}
save = ذخیره

## Error pages (HTML; tools get the JSON error in English)
back_to_calendar = بازگشت به تقویم
error_400 = درخواست نادرست
error_400_hint = چیزی در این نشانی اینجا مجاز نیست. آن را بررسی کنید یا دوباره از تقویم شروع کنید.
error_401 = ورود لازم است
error_401_hint = این صفحه مخصوص هماهنگ‌کنندگان است. با توکن هماهنگ‌کنندهٔ خود وارد شوید.
error_403 = مجاز نیست
error_403_hint = این بخش برای شما باز نیست، یا فرمی که فرستادید بیش از حد قدیمی بود. برگردید، صفحه را دوباره بارگذاری کنید و دوباره تلاش کنید.
error_404 = پیدا نشد
error_404_hint = در این نشانی چیزی نیست: شاید پیوند اشتباه تایپ شده باشد، یا کنش حذف شده است.
error_405 = از این راه در دسترس نیست
error_405_hint = این نشانی این نوع درخواست را نمی‌پذیرد.
error_409 = تعارض
error_409_hint = در وضعیت کنونی کنش نمی‌توان این کار را انجام داد. صفحه را دوباره بارگذاری کنید تا ببینید در چه وضعیتی است.
error_413 = بیش از حد بزرگ
error_413_hint = آنچه فرستادید بزرگ‌تر از حدی است که این تقویم می‌پذیرد. آن را کوتاه کنید و دوباره بفرستید.
error_422 = پذیرفتنی نیست
error_422_hint = برخی مقادیر پذیرفتنی نیستند. آن‌ها را اصلاح کنید و دوباره بفرستید.
error_429 = درخواست‌های بیش از حد
error_429_hint = این تقویم از هر اتصال در یک زمان فقط چند درخواست می‌پذیرد. لطفاً صبر کنید و دوباره تلاش کنید.
error_500 = مشکلی پیش آمد
error_500_hint = تقویم نتوانست پاسخ دهد. این مشکل ثبت شده است؛ لطفاً بعداً دوباره تلاش کنید.
error_503 = فعلاً در دسترس نیست
error_503_hint = تقویم برای لحظه‌ای مشغول یا فقط‌خواندنی است. لطفاً چند ثانیهٔ دیگر دوباره تلاش کنید.
error_507 = فضای ذخیره‌سازی پر است
error_507_hint = فضای ذخیره‌سازی تقویم پر است، بنابراین چیزی نوشته نشد. لطفاً به هماهنگ‌کنندگان خبر دهید.
# $wait is a wait in words ("about 7 minutes").
error_wait = { $wait } دیگر دوباره تلاش کنید.
error_store_full = پایگاه داده پر است، بنابراین چیزی نوشته نشد؛ صفحه‌ها و خوراک‌ها همچنان کار می‌کنند.
error_store_busy = پایگاه داده مشغول نوشتن دیگری (یک درون‌ریزی) است، بنابراین چیزی نوشته نشد.
error_store_read_only = این تقویم در اینجا فقط‌خواندنی است، بنابراین چیزی نوشته نشد؛ صفحه‌ها و خوراک‌ها همچنان کار می‌کنند.

## Refused values (validation), next to the field or on an error page. Quoted values are shown as given.
err_slug = { $value } شناسهٔ نامک (slug) معتبری نیست؛ مجاز: 1 تا { $max } نویسه از حروف کوچک a-z، رقم و خط تیرهٔ تکی در میانه
err_date = { $value } تاریخ نیست؛ تاریخ را به شکل YYYY-MM-DD بنویسید، مثلاً 2027-11-29
err_date_missing = { $value } چنین روزی در تقویم وجود ندارد؛ تاریخ را به شکل YYYY-MM-DD بنویسید، مثلاً 2027-11-29
err_year_range = { $value } خارج از محدوده است؛ سال‌های { $first } تا { $last } مجازند
err_local_time = { $value } زمان محلی نیست؛ از قالب YYYY-MM-DDTHH:MM استفاده کنید (مثلاً 2027-11-29T19:00)؛ در صورت نیاز، برای انتخاب یکی از دو زمانِ تکراری هنگام عقب کشیدن ساعت رسمی، اختلاف با UTC را پس از آن بیاورید (2027-11-07T01:30-04:00)
err_time_of_day = { $value } چنین ساعتی در روز ندارد؛ ساعت‌ها 00-23 و دقیقه‌ها 00-59 هستند
err_out_of_range = خارج از محدوده است
err_offset_mismatch = { $value } با { $zone } جور نیست: اختلاف با UTC در آنجا { $offset } است؛ همین اختلاف را بنویسید یا هیچ اختلافی ننویسید
err_gap = { $value } در { $zone } وجود ندارد: ساعت‌ها از { $from } یک‌راست به { $to } می‌پرند (اختلاف با UTC از { $offset_before } به { $offset_after })؛ زمانی پیش از { $from } یا از { $to } به بعد انتخاب کنید
err_fold = { $value } در { $zone } دو بار پیش می‌آید، چون ساعت‌ها عقب کشیده می‌شوند (بار اول با اختلاف UTC { $offset_before }، سپس با { $offset_after })؛ با افزودن اختلاف مشخص کنید کدام را می‌خواهید: { $first } یا { $second }
err_timezone_required = الزامی است: منطقهٔ زمانی IANA محل، مثلاً "Europe/Paris"، یا "UTC" برای کنش‌های آنلاین
err_start_required = الزامی است، مثلاً { $example }
err_end_before_start_all_day = پیش از شروع است؛ در کنش‌های تمام‌روز، پایان آخرین روز است و خودِ آن روز هم حساب می‌شود
err_too_long_days = کنش را طولانی‌تر از { $max } روز می‌کند
err_end_before_start = باید پس از شروع باشد (هر دو به وقت محلی منطقهٔ زمانی کنش هستند)
err_years_allowed = خارج از محدوده است؛ سال‌های { $first } تا { $last } مجازند
err_text_too_long = { $len } نویسه است؛ حداکثر { $max } نویسه مجاز است
err_text_required = الزامی است و نباید خالی باشد (1 تا { $max } نویسه)
err_country = { $value } کد کشور ISO 3166-1 alpha-2 نیست؛ از دو حرف مانند "PS"، "US"، "ZA" استفاده کنید (بزرگی و کوچکی حروف مهم نیست)
err_region = { $value } منطقه نیست؛ مجاز: نام‌های UN M49 با حروف کوچک و خط تیره (مانند "europe"، "western-asia"، "south-america"، "sub-saharan-africa") یا "online"؛ فهرست کامل را GET /api/v1/regions می‌دهد
err_zone = { $value } منطقهٔ زمانیِ پایگاه دادهٔ IANA (نسخهٔ { $release }) نیست؛ از نامی مانند "Europe/Paris"، "America/New_York"، "Asia/Gaza" یا "UTC" استفاده کنید
err_warning_code = { $value } کد هشدار نیست؛ کدها: { $codes }
err_link_text_after = { $value } پس از نشانی‌اش متن دارد؛ بنویسید "Label: https://…"‎، هر پیوند در یک مورد
err_link_no_address = { $value } هیچ نشانی http://‎ یا https://‎ ندارد؛ بنویسید "https://…"‎ یا "Label: https://…"‎
err_too_many_links = { $count } پیوند دارد؛ حداکثر { $max } پیوند مجاز است
err_status = { $value } وضعیت نیست؛ مجاز: confirmed، tentative، cancelled
err_language = { $value } زبان نیست؛ از برچسب اصلی BCP 47 با دو یا سه حرف مانند "ar"، "es"، "en" استفاده کنید
err_language_hint = { $value } زبان نیست؛ از برچسب اصلی BCP 47 با دو یا سه حرف مانند "ar"، "es"، "en" استفاده کنید (به‌جای { $value } از { $hint } استفاده کنید)
err_too_many_entries = { $count } مورد دارد؛ حداکثر { $max } مورد مجاز است
err_url_too_long = { $value } بیش از حد طولانی است؛ یک نشانی کامل http://‎ یا https://‎ با حداکثر { $max } نویسه بنویسید
err_url = { $value } نشانی URL نیست؛ یک نشانی کامل http://‎ یا https://‎ با حداکثر { $max } نویسه بنویسید
err_url_not_web = { $value } نشانی وب نیست؛ یک نشانی کامل http://‎ یا https://‎ با حداکثر { $max } نویسه بنویسید
err_email = { $value } نشانی ایمیلی مانند name@example.org نیست
err_coordinate = { $value } خارج از محدوده است؛ مجاز: ‎-{ $limit }‎ تا { $limit } درجه
err_longitude_required = وقتی عرض جغرافیایی داده شده باشد، الزامی است
err_latitude_required = وقتی طول جغرافیایی داده شده باشد، الزامی است
err_country_required = برای کنشی که شهر یا محل برگزاری دارد الزامی است؛ کنشِ بدون کشور آنلاین است و به online_url نیاز دارد
err_filter_empty = خالی است؛ یک مقدار یا چند مقدارِ جداشده با ویرگول بدهید
err_filter_too_many = { $count } مقدار دارد؛ حداکثر { $max } مقدار مجاز است
err_filter_value_long = مقداری طولانی‌تر از { $max } نویسه دارد
err_to_before_from = { $to } پیش از نخستین روزِ درخواست‌شده ({ $from }) است؛ هر دو تاریخ محلی‌اند و خودشان هم جزو بازه‌اند
err_email_required = الزامی است تا هماهنگ‌کنندگان بتوانند با شما تماس بگیرند؛ هرگز منتشر نمی‌شود
err_choose_zone = منطقهٔ زمانی محل را انتخاب کنید؛ منطقه‌های زمانی این کشور: { $zones }
err_to_before_page = پیش از نخستین روزِ نمایش‌داده‌شده ({ $first }) است؛ هر دو تاریخ محلی‌اند و خودشان هم جزو بازه‌اند
err_page_too_long = { $days } روز را نشان می‌دهد؛ هر صفحه حداکثر { $max } روز را نشان می‌دهد (خوراک‌ها هر بازه‌ای را می‌پذیرند)

## Likely mistakes the organiser is asked to confirm
warn_zone_not_in_country = { $zone } از منطقه‌های زمانیِ { $country } نیست؛ منطقه‌های زمانی آن: { $zones }
warn_night_time = ساعت { $time } بامداد به وقت { $zone } شروع می‌شود؛ اگر منظورتان بعدازظهر یا عصر بود، ۱۲ ساعت اضافه کنید
warn_in_the_past = در گذشته است (امروز به وقت UTC، { $today } است)؛ سال و ماه را بررسی کنید
warn_far_ahead = بیش از دو سال بعد است ({ $date })؛ سال را بررسی کنید
warn_possible_duplicate = به نظر می‌رسد کنشی مشابه در همان مکان و زمان در تقویم هست: { $title } (شناسهٔ { $id })

## Feed names and descriptions (X-WR-CALNAME, NAME, X-WR-CALDESC; Atom titles), with ?ui=
feed_all = کنش‌ها در سراسر جهان
feed_description = کنش‌های کارزارهای همبستگی که actioncal منتشر می‌کند، هر یک به وقت محلی و با منطقهٔ زمانی خودش.
# $scope is "Actions worldwide", "Actions in Europe" or a campaign's name; $filters the filters on top.
feed_name_filtered = { $scope }: { $filters }
feed_campaign = کارزار { $names }
feed_tag = برچسب { $names }
feed_in_languages = به زبان { $names }
feed_from_to = از { $from } تا { $to }
feed_from = از { $from }
feed_until = تا { $to }
feed_upcoming_in = پیش رو: { $scope }

## The coordinators' desk (/admin)
desk_coordinators = هماهنگ‌کنندگان
desk_token = توکن هماهنگ‌کنندهٔ شما
desk_token_hint = با دستور actioncal admin add-coordinator‎ ساخته می‌شود.
desk_sign_in = ورود
desk_sign_in_title = هماهنگ‌کنندگان: ورود
desk_digest = خلاصهٔ ارسال‌های تازه را برایم ایمیل کن
desk_digest_no_mail = این تقویم ایمیل نمی‌فرستد (هیچ سرور ارسال ایمیلی تنظیم نشده است): این تنظیم نگه داشته می‌شود تا وقتی ارسال ایمیل فعال شد به کار رود.
desk_digest_how_often = هر چند وقت یک بار
desk_digest_never = هرگز
desk_digest_hourly = حداکثر ساعتی یک بار
desk_digest_daily = حداکثر روزی یک بار
desk_digest_to = به نشانی
desk_digest_title = خلاصهٔ ارسال‌های تازه
desk_digest_stopped = انجام شد: دیگر خلاصه‌ای فرستاده نمی‌شود. می‌توانید دوباره از میز نظارت فعالشان کنید.
desk_digest_stop = توقف خلاصه‌ها
reason_place = لطفاً مکان دقیق را اضافه کنید: خیابان، میدان یا محل برگزاری.
reason_time = به نظر می‌رسد تاریخ یا ساعت نادرست است؛ لطفاً آن را با پوستر خود مطابقت دهید.
reason_zone = منطقهٔ زمانی با مکان جور نیست؛ لطفاً منطقهٔ زمانی شهر را انتخاب کنید.
reason_duplicate = این کنش از پیش در تقویم هست.
reason_describe = لطفاً کنش را در یکی دو جمله توصیف کنید: چه کاری، چه کسانی، چه چیزهایی همراه بیاورند.
reason_outside = این تقویم برای کنش‌های این کارزار است؛ این کنش بیرون از آن است.
desk_map_given = نقشه (مختصات داده‌شده)
desk_map_find = یافتن مکان روی نقشه
desk_waiting = ارسال‌های در انتظار
desk_signed_in_as = با نام { $name } وارد شده‌اید.
desk_actions = کنش‌ها
desk_log = دفتر ثبت
desk_sign_out = خروج
desk_keys = کلیدها: با j و k میان کارت‌ها جابه‌جا شوید، با a کارت انتخاب‌شده را تأیید کنید و با r دلیلی برای رد آن بنویسید.
desk_nothing_waiting = چیزی در انتظار نیست.
desk_campaigns_tags_languages = کارزارها، برچسب‌ها، زبان‌ها
desk_organiser = برگزارکننده
desk_no_name = (بی‌نام)
desk_earlier = { $count ->
    [0] نخستین ارسال
    [one] { $count } ارسال پیشین
   *[other] { $count } ارسال پیشین
}
desk_address = نشانی ایمیل
desk_warnings_confirmed = هشدارهایی که برگزارکننده تأیید کرده است
desk_similar = کنش‌های مشابه در همان مکان و زمان
desk_approve = تأیید
desk_edit_first = نخست ویرایش (سپس ذخیره و تأیید)
desk_reason = دلیل برای برگزارکننده
desk_reject = رد
desk_changes = تغییرات پیشنهادی برای کنش‌های منتشرشده
desk_field = فیلد
desk_now = فعلی
desk_proposed = پیشنهادی
desk_publish_change = انتشار تغییر
desk_keep_published = نگه داشتن نسخهٔ منتشرشده
log_organiser = برگزارکننده
log_operator = اپراتور (خط فرمان)
moderation_pending = در انتظار بررسی
moderation_published = منتشرشده
moderation_rejected = ردشده
desk_back = بازگشت به صف
log_action_number = شمارهٔ کنش
log_who = چه کسی
log_nothing = برای این مورد چیزی ثبت نشده است.
log_action = کنش { $id }
log_campaign = کارزار { $slug }
log_before = قبل
log_after = بعد
log_reason = دلیل:
log_older = موارد قدیمی‌تر
find_label = عنوان، شهر یا شماره
find_button = جست‌وجو
find_nothing = هیچ کنشی پیدا نشد.
desk_save_approve = ذخیره و تأیید
desk_its_log = دفتر ثبت آن
desk_action_state = کنش { $id }: { $moderation }، { $status }، نسخهٔ { $version }.
desk_cancel = لغو کنش
desk_remove = حذف از همهٔ خوراک‌ها
desk_edit_title = ویرایش: { $title }
campaign_name = نام
campaign_hashtag = هشتگ
campaign_new = کارزار تازه
campaign_slug = نامک (slug): در نشانی همهٔ خوراک‌ها می‌آید و هرگز تغییر نمی‌کند
campaign_create = ایجاد
coordinators_hint = توکن‌های تازه روی سرور ساخته می‌شوند: actioncal admin add-coordinator‎.
coordinator_since = از { $date }
coordinator_revoked = باطل‌شده در { $date }
coordinator_you = شما
coordinator_revoke = ابطال
status_confirmed = قطعی
status_tentative = موقت
log_submit = ارسال
log_edit = ویرایش
log_propose_edit = پیشنهاد ویرایش
log_withdraw_edit = پس گرفتن پیشنهاد ویرایش
log_approve_edit = تأیید ویرایش
log_reject_edit = رد ویرایش
log_approve = تأیید
log_reject = رد
log_cancel = لغو
log_uncancel = پس گرفتن لغو
log_remove = حذف
log_campaign_create = ایجاد کارزار
log_campaign_edit = ویرایش کارزار
log_import = درون‌ریزی
log_coordinator_add = افزودن هماهنگ‌کننده
log_coordinator_revoke = ابطال هماهنگ‌کننده
desk_token_refused = این توکن دری باز نمی‌کند: ناشناخته یا باطل‌شده است.
desk_done_approved = تأیید شد: اکنون در تقویم است.
desk_done_rejected = رد شد: برگزارکننده دلیل شما را در پیوند خود می‌بیند.
desk_done_digest = ذخیره شد: تنظیم خلاصهٔ شما.
desk_done_edit_approved = منتشر شد: تغییر اکنون در تقویم است.
desk_done_edit_rejected = نگه داشته شد: نسخهٔ منتشرشده می‌ماند؛ برگزارکننده دلیل شما را می‌بیند.
desk_done_cancelled = لغو شد: تقویم‌ها آن را لغوشده نشان می‌دهند.
desk_done_revoked = باطل شد: این توکن دیگر دری باز نمی‌کند.

## Mail: the action's time besides its local time ($zone a zone's name, $offset "UTC+02:00", $utc a date and time)
mail_when_zone = { $zone }، { $offset }؛ { $utc } به وقت UTC‎

## Repeat rules refused (the RRULE field, for calendar experts)
err_rrule = { $value } یک RRULE معتبر نیست ({ $detail })؛ نمونه‌ها: { $examples }
err_until_date = برای کنش تمام‌روز، UNTIL={ $until } باید تاریخی به شکل YYYYMMDD باشد، مثلاً UNTIL=20271119‎
err_until_utc = برای کنشی که ساعت مشخصی در روز دارد، UNTIL={ $until } باید تاریخ و ساعتی به وقت UTC به شکل YYYYMMDDTHHMMSSZ باشد (RFC 5545 3.3.10)، مثلاً UNTIL=20271119T235959Z‎
err_freq = مقدار FREQ={ $freq } پشتیبانی نمی‌شود؛ کنش‌ها فقط DAILY، WEEKLY، MONTHLY یا YEARLY تکرار می‌شوند
err_byhour = از BYHOUR، BYMINUTE و BYSECOND پشتیبانی نمی‌شود: هر دفعهٔ تکرار در ساعت شروع کنش آغاز می‌شود
err_count = مقدار COUNT حداکثر می‌تواند { $max } باشد
err_rrule_start = { $value } برای این زمان شروع یک RRULE معتبر نیست ({ $detail })؛ نمونه‌ها: { $examples }
err_rrule_length = باید یک RRULE با 1 تا { $max } نویسه باشد؛ نمونه‌ها: { $examples }
err_rrule_chars = { $value } نویسه‌هایی دارد که در RRULE نمی‌توانند بیایند؛ نمونه‌ها: { $examples }
err_repeat_ambiguous = کنش تکرارشونده نمی‌تواند در { $start } یا { $end } شروع یا تمام شود، چون این زمان‌های محلی هنگام عقب کشیدن ساعت‌ها دو بار پیش می‌آیند؛ زمانی بیرون از آن یک ساعت انتخاب کنید
err_start_not_occurrence = شروع ({ $start }) یکی از دفعات تکرار { $value } نیست؛ برنامه‌های تقویم دربارهٔ چنین قاعده‌هایی هم‌نظر نیستند، پس شروع را نخستین دفعهٔ تکرار قرار دهید
err_too_many_occurrences = بیش از { $max } بار تکرار می‌شود؛ کنش را به چند کنش تقسیم کنید یا قاعده را کوتاه‌تر کنید
# $what selects "start" or "end" (of the occurrence).
err_occurrence_gap = دفعهٔ تکرار در { $date } ساعت { $time } { $what ->
        [start] شروع
       *[end] تمام
    } می‌شد، زمانی که در { $zone } وجود ندارد: آن شب ساعت‌ها از { $from } یک‌راست به { $to } می‌پرند و برنامه‌های تقویم چنین دفعه‌ای را به شکل‌های متفاوت می‌خوانند؛ زمانی پیش از { $before } یا از { $after } به بعد انتخاب کنید، یا قاعده را پیش از { $date } به پایان برسانید (UNTIL)
err_occurrence_fold = دفعهٔ تکرار در { $date } ساعت { $time } { $what ->
        [start] شروع
       *[end] تمام
    } می‌شد، زمانی که در { $zone } دو بار پیش می‌آید: آن شب ساعت‌ها از { $from } به { $to } عقب کشیده می‌شوند و برنامه‌های تقویم چنین دفعه‌ای را به شکل‌های متفاوت می‌خوانند؛ زمانی پیش از { $before } یا از { $after } به بعد انتخاب کنید، یا قاعده را پیش از { $date } به پایان برسانید (UNTIL)

## More refusals (filters, the widget, the desk)
err_unknown_campaign = { $value } کارزار نیست؛ کارزارهای موجود: { $known }
err_unknown_tag = { $value } برچسب هیچ کنشی نیست؛ برچسب‌های موجود: { $known }
err_unknown_language = { $value } زبان هیچ کنشی نیست؛ زبان‌های موجود: { $known }
err_theme = { $value } پوسته نیست؛ مجاز: light، dark، auto‎
err_embed_limit = { $value } تعداد معتبری از کنش‌ها نیست؛ مجاز: 1 تا { $max }
err_query_too_long = { $len } بایت است؛ حداکثر { $max } بایت مجاز است
err_digest_every = { $value } گزینهٔ معتبری نیست؛ یکی از off، hourly یا daily را انتخاب کنید
err_digest_email = برای خلاصه الزامی است: نشانی‌ای که خلاصه به آن فرستاده می‌شود
# Labels of the date filters in refusals ("From: …").
field_from = از تاریخ
field_to = تا تاریخ

## Refusals found in review: the campaign's hashtag, a query that cannot be read, more field labels
err_hashtag = { $value } هشتگ نیست؛ مجاز: حداکثر { $max } نویسه از حروف، رقم و زیرخط، مثلاً #AllForPalestine‎
# $detail is the reader's technical reason (in English).
err_query = قابل خواندن نیست ({ $detail })؛ فیلترها: region، country، campaign، tag، lang، from، to‎
field_query = نشانی صفحه
field_theme = پوسته
field_limit = تعداد کنش‌ها
field_slug = نامک

## Partners' calendars (sources)
err_required = الزامی است
err_source_url = باید نشانی http:// یا https:// یک تقویم (‎.ics) باشد
err_source_trust = باید "hold" (کنش‌های تازه منتظر هماهنگ‌کننده می‌مانند) یا "publish" (بی‌درنگ منتشر می‌شوند) باشد
sources = تقویم‌های سازمان‌های همکار
sources_hint = تقویم‌هایی که سازمان‌های همکار از پیش منتشر می‌کنند (Google Calendar، Outlook، Nextcloud، Mobilizon، Gancio…‎)، هر کدام با همان بسامدی که خودش می‌خواهد (از هر ۱۵ دقیقه تا روزی یک بار) برای یافتن کنش‌هایشان دریافت می‌شوند. کنش‌های تازه در تقویمی که روی انتظار برای بررسی تنظیم شده به صف می‌روند؛ کنش‌های بقیه بی‌درنگ منتشر می‌شوند. اصلاحی که یک هماهنگ‌کننده انجام دهد می‌ماند، مگر آنکه سازمان همکار دوباره همان فیلد را تغییر دهد. کنشی که از تقویم یک سازمان همکار ناپدید شود، تنها وقتی اینجا لغو می‌شود که در دو دریافت پیاپی غایب بوده باشد، و فقط اگر هنوز پیش رو باشد.
source_url = نشانی تقویم (‎.ics)
source_name = نام
source_campaigns = کارزارها (نامک‌هایشان، جداشده با ویرگول)
source_tags = برچسب‌ها (جداشده با ویرگول)
source_languages = زبان‌ها (کدهایی مانند es یا ar، جداشده با ویرگول)
source_country = کشور مکان‌هایی که کشوری ذکر نکرده‌اند (کدی دوحرفی مانند DE)
source_trust = کنش‌های تازه
source_trust_hold = در انتظار بررسی می‌مانند
source_trust_publish = بی‌درنگ منتشر می‌شوند
source_paused = متوقف‌شده
source_add = دنبال کردن این تقویم
source_new = دنبال کردن تقویم یک سازمان همکار
source_poll_now = دریافت اکنون
source_release = لغو کنش‌های ناپدیدشده
source_remove = توقف دنبال کردن (کنش‌هایش می‌مانند)
source_status = وضعیت
source_status_changed = تغییرات دریافت شد
source_status_unchanged = بدون تغییر
source_status_held = نگه داشته شد: کنش‌های زیادی یک‌باره ناپدید شدند
source_status_error = آخرین دریافت ناموفق بود
source_never = هنوز دریافت نشده
source_last_poll = آخرین دریافت
source_next_poll = دریافت بعدی
source_counts_title = از زمان افزودن
source_counts = { $new } تازه · { $updated } به‌روزشده · { $cancelled } لغوشده · { $held } نگه‌داشته‌شده
source_message = پیام
desk_done_polled = دریافت شد.
desk_done_removed = دیگر دنبال نمی‌شود.
log_source = تقویم سازمان همکار { $name }
desk_mail = کنش‌های رسیده با ایمیل
mail_hint = پیام‌هایی که به نشانی ایمیل تقویم فرستاده شده‌اند، تازه‌ترین‌ها اول. دعوت‌نامهٔ تقویمِ پیوست‌شده به کنشی در انتظار بررسی تبدیل می‌شود، و همچنین پیامی که تاریخ، ساعت و مکانش از متن آن خوانده شد؛ بقیه اینجا نگه داشته می‌شوند تا آن‌ها را بخوانید و کنش را خودتان وارد کنید.
mail_none = هنوز ایمیلی نرسیده است.
mail_received = زمان دریافت
mail_from = فرستنده
mail_actions = کنش‌های ساخته‌شده
mail_text = متن پیام
mail_original = پیام به همان شکلی که رسید
mail_reading = آنچه از متن آن خوانده شد
mail_unsure = با اطمینان خوانده نشد
mail_state_read = خوانده شد: کنش‌ها ساخته شدند
mail_state_for_review = به هماهنگ‌کنندگان سپرده شد
mail_state_stored = هنوز خوانده نشده
