# actioncal interface messages: tr. Project Fluent syntax (https://projectfluent.org/fluent/guide/).
# Every file has the same message ids as en.ftl (unit-tested). Variables: { $name }.

site_name = Eylem takvimi
upcoming = Yaklaşan eylemler
week_of = { $date } haftası
filters = Filtreler
region = Bölge
country = Ülke
campaign = Kampanya
tag = Etiket
language = Dil
any = Tümü
apply = Göster
previous_week = Önceki hafta
next_week = Sonraki hafta
nothing = Bu günlerde eylem yok.
subscribe = Abone ol
subscribe_hint = Bu takvimi takvim uygulamanıza ekleyin; iptaller dahil hep güncel kalır.
webcal = Takvim uygulaması (Apple, Thunderbird, masaüstü Outlook)
google = Google Calendar'a ekle
outlook = Outlook.com'a ekle
copy = Takvim adresini kopyala
copied = Kopyalandı
feed_url = Takvim adresi
google_steps = Düğme çalışmazsa: Google Calendar'da Diğer takvimler, +, URL'den seçeneklerini seçin ve adresi yapıştırın.
google_refresh = Google Calendar abone olunan takvimleri yalnızca 12 ila 24 saatte bir yeniler: buradaki bir değişikliğin orada görünmesi bu kadar sürebilir.
add_to_calendar = Bu eylemi takviminize ekleyin
add_google = Google Calendar
add_outlook = Outlook.com
add_office = Office 365 (iş veya okul)
add_ics = Apple Takvim, Thunderbird ve diğerleri (.ics dosyası)
preview_calendar = Yürüyüşler, nöbetler, grev gözcülükleri ve çevrimiçi toplantılar: yakınınızdaki eylemleri bulun ve takviminize ekleyin.
download = .ics dosyasını indir
atom = Atom akışı
when = Ne zaman
where = Nerede
online = Çevrimiçi
campaigns = Kampanyalar
languages = Diller
all_day = tüm gün
repeats = Tekrar
map = Harita (OpenStreetMap)
cancelled = İptal edildi: bu eylem yapılmayacak.
tentative = Kesin değil: henüz onaylanmadı.
cancelled_short = İptal edildi
tentative_short = Kesin değil
local_time = Yerel saat ({ $zone })
your_time = Sizin saatiniz ({ $zone })
times_in = Saatler { $zone } saat dilimine göre gösteriliyor.
choose_zone = Saatleri başka bir saat diliminde göster
same_moment = Dünyanın her yerinde aynı an
city = Şehir
time = Saat
day_after = ertesi gün
day_before = önceki gün
actions_in = { $place } eylemleri
all_actions = Tüm eylemler
feed_builder = Takviminizi oluşturun
feed_builder_intro = Takip etmek istediklerinizi seçin; aşağıdaki adres ve düğmeler güncellenir.
upcoming_short = Yaklaşan
more = Daha fazla eylem
submit_link = Eyleminizi ekleyin
utc = UTC
details = Ayrıntılar
event_feed = Bu eylem takviminizde
mail_greeting = Merhaba,
mail_edit_link_subject = “{ $title }” eyleminiz: özel düzenleme bağlantınız
mail_edit_link_body = Eyleminizi gönderdiğiniz için teşekkürler. Bir koordinatör eylemi inceleyecek: onaylandığında takvimde görünecek ve size o zaman yazacağız.
mail_edit_link_keep = Eyleminizin durumunu görmek, onu düzenlemek veya iptal etmek için özel bağlantınız. Bu bağlantıya sahip olan herkes eyleminizi değiştirebilir: kimseyle paylaşmayın.
mail_approved_subject = “{ $title }” eyleminiz takvimde
mail_approved_body = Bir koordinatör eyleminizi onayladı: eylem artık takvimde ve onu içeren tüm akışlarda yer alıyor.
mail_public_link = Herkese açık sayfası:
mail_feed_link = Tüm takvim uygulamaları için bu eylem (.ics):
mail_campaign_feed = Abone olmak için { $campaign } kampanyasının takvimi:
mail_manage = Durumunu görmek, düzenlemek veya iptal etmek için eylemi gönderdiğinizde size yolladığımız özel bağlantıyı kullanın.
mail_rejected_subject = “{ $title }” eyleminiz yayımlanmadı
mail_rejected_body = Bir koordinatör eyleminizi yayımlamadı. Gerekçesi:
mail_fix_hint = Eylemi gönderdiğinizde size yolladığımız özel bağlantıyla düzeltebilirsiniz; düzeltilen eylem yeniden koordinatörlere gider.
mail_cancelled_subject = “{ $title }” eyleminiz iptal edildi
mail_cancelled_body = Bir koordinatör eyleminizi iptal edildi olarak işaretledi: abonelerin takvimlerinde artık iptal edilmiş görünüyor. Bir yanlışlık varsa koordinatörlerle iletişime geçin.
mail_needs_check = Lütfen şunları kontrol edin; aşağıdaki özel bağlantıyla düzeltebilirsiniz:
mail_withdrawn_subject = “{ $title }” eyleminiz geri çekildi
mail_withdrawn_body = İptalinizi aldık: eyleminiz incelenmeden önce geri çekildi ve takvimde görünmeyecek.
mail_cancelled_by_sender_body = İptalinizi aldık: eyleminiz iptal edildi olarak işaretlendi ve abonelerin takvimlerinde artık iptal edilmiş görünüyor.
mail_edited_subject = “{ $title }” eyleminiz bir koordinatör tarafından değiştirildi
mail_edited_body = Bir koordinatör eyleminizi değiştirdi. Değişenler:
mail_edit_approved_subject = “{ $title }” için önerdiğiniz değişiklik yayımlandı
mail_edit_approved_body = Bir koordinatör önerdiğiniz değişikliği onayladı: takvimde artık görünüyor.
mail_edit_rejected_subject = “{ $title }” için önerdiğiniz değişiklik yayımlanmadı
mail_edit_rejected_body = Bir koordinatör önerdiğiniz değişikliği yayımlamadı; eylem olduğu gibi kalıyor. Gerekçesi:
mail_footer = Bu ileti, eylemle birlikte bu adres verildiği için { $site } adresindeki takvim tarafından otomatik olarak gönderildi. Lütfen bu iletiyi yanıtlamayın.
mail_digest_subject = İnceleme bekleyen gönderimler: { $count } yeni
mail_digest_title = Bekleyen gönderimler özetiniz
mail_digest_body = Bu gönderimler son özetinizden bu yana geldi; toplam { $count } gönderim inceleme bekliyor:
mail_digest_edits = Yayımlanmış eylemlerde önerilen ve bekleyen değişiklikler: { $count }
mail_digest_open = Moderasyon panelinde inceleyin:
mail_digest_unsubscribe = Bu özetleri durdurmak için (panelden yeniden açabilirsiniz):
# Joins the parts of a repeat rule ("every week, 6 times") or of a place ("Beirut, Lebanon"), with the space after it where the language puts one.
comma = { ", " }
rule_on = { $days } günleri
rule_on_monthday = ayın { $day }. günü
rule_until = { $date } tarihine kadar
rule_custom = kendine özgü bir programla

## Repeat rules in words (RFC 5545 RRULE), with CLDR plural categories
rule_every_days = { $n ->
    [one] her gün
   *[other] { $n } günde bir
}
rule_every_weeks = { $n ->
    [one] her hafta
   *[other] { $n } haftada bir
}
rule_every_months = { $n ->
    [one] her ay
   *[other] { $n } ayda bir
}
rule_every_years = { $n ->
    [one] her yıl
   *[other] { $n } yılda bir
}
# $n is 1 to 5, or -1 for the last one in the month; $day is a weekday name.
rule_on_nth = { $n ->
    [1] ilk
    [2] ikinci
    [3] üçüncü
    [4] dördüncü
    [5] beşinci
   *[-1] son
} { $day } günü
rule_times = { $n ->
    [one] bir kez
   *[other] { $n } kez
}

## The language switcher at the top of every page
choose_language = Bu sayfanın dili

## The submission and edit forms (/submit, the organiser's private page)
form_submit_heading = Eyleminizi takvime ekleyin
form_submit_intro = Eyleminizi bir kez, kendi dilinizde ve kendi saat diliminizde gönderin. Eylem takvimde görünmeden önce koordinatörler tarafından incelenir. Hesap gerekmez.
form_send = Koordinatörlere gönder
form_save = Değişiklikleri kaydet
form_look_below = Lütfen aşağıdaki alanların yanındaki mesajlara bakın.
form_expired = Bu formun süresi dolmuştu (ya da tarayıcınız formun çerezini saklamadı), bu yüzden hiçbir şey gönderilmedi. Yazdığınız her şey aşağıda: kontrol edip yeniden gönderin.
# $wait is a wait in words, e.g. "about 7 minutes".
form_too_many = Bu takvim tek bir bağlantıdan aynı anda yalnızca birkaç eylem kabul ediyor ve bağlantınız şimdilik bu sınıra ulaştı. Hiçbir şey gönderilmedi; yazdığınız her şey aşağıda duruyor. Lütfen { $wait } bekleyip yeniden gönderin.
form_which_one = Hangisi?
form_first_instant = (ilki, saatler geri alınmadan önce)
form_second_instant = (ikincisi, geri alındıktan sonra)
form_confirm_warning = Bu doğru, yine de gönder
form_required = (zorunlu)
form_honeypot = Bu alanı boş bırakın
field_title = Eylemin başlığı
hint_title = Eylemin dilinde.
field_description = Açıklama
hint_description = Ne yapılacak, kimler katılacak, yanınızda ne getirmelisiniz. Satır sonları korunur.
field_start = Başlangıç
hint_start = Eylemin yapıldığı yerdeki yerel saat, afişinizdeki gibi.
field_end = Bitiş
hint_end = İsteğe bağlı; boş bırakılırsa başlangıçtan iki saat sonra.
field_all_day = Tüm gün (yalnızca tarihler dikkate alınır)
hint_country = Çevrimiçi bir eylem için boş bırakın.
option_online = — çevrimiçi —
field_timezone = Saat dilimi
hint_timezone = Eylem yerinin saat dilimi; boş bırakılırsa ve ülkenin tek bir saat dilimi varsa ülkeden alınır.
option_from_country = — ülkeye göre —
zones_elsewhere = Hiçbir ülkeye ait olmayan saat dilimleri
field_city = Şehir veya kasaba
field_venue = Mekân, meydan veya sokak
field_online_url = Çevrimiçi bağlantı
hint_online_url = Çevrimiçi eylemler için Zoom, Jitsi veya canlı yayın adresi.
field_online_links = Katılmanın diğer yolları
hint_online_links = Her satıra bir tane, ne olduğuyla birlikte: Facebook Live: https://…
field_tags = Etiketler
hint_tags = Virgülle ayrılmış, ör. vigil, march.
hint_languages = Virgülle ayrılmış dil kodları, ör. ar, es, en.
hint_repeat = Saat değişikliklerinde de her seferinde aynı yerel saatte.
repeat_none = Tekrarlanmaz
repeat_daily = Her gün
repeat_weekly = Her hafta, başlangıç gününde (ve aşağıda işaretlediğiniz günlerde)
repeat_fortnightly = İki haftada bir, başlangıç gününde (ve aşağıda işaretlediğiniz günlerde)
repeat_monthly_weekday = Her ay, haftanın aynı gününde (ör. ayın ilk cuması)
repeat_monthly_date = Her ay, aynı tarihte
repeat_days = Haftalık tekrarda şu günlerde de
repeat_count = Kaç kez tekrarlandıktan sonra bitsin
repeat_until = ya da bu günde (son kez)
hint_repeat_end = İptal edilene kadar tekrarlanan bir eylem için ikisini de boş bırakın.
repeat_expert = Başka bir kural (RFC 5545 RRULE, takvim uzmanları için)
hint_rrule = Yukarıdaki seçim yerine kullanılır, ör. FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6.
field_organiser_email = E-posta adresiniz
hint_organiser_email = Yalnızca koordinatörler görür; asla yayımlanmaz.
field_organiser_name = Adınız veya grubunuz
hint_organiser_name = Asla yayımlanmaz.

## After sending, and the organiser's private page
thanks = Teşekkürler
thanks_review = Bir koordinatör eyleminizi inceleyecek. Onaylandığında takvimde görünecek.
thanks_link = Bu, eyleminizin durumunu görmek, onu düzenlemek veya iptal etmek için özel bağlantınız. Bu bağlantıya sahip olan herkes eyleminizi değiştirebilir: kimseyle paylaşmayın.
thanks_mailed = Bu bağlantıyı verdiğiniz adrese e-postayla da gönderdik; koordinatörlerin kararını da aynı adrese bildireceğiz.
thanks_not_mailed = Bu takvim e-posta göndermiyor: bu bağlantı size gönderilmeyecek. Bağlantıyı şimdi kopyalayın; yalnızca bir kez gösterilir.
edit_link_label = Özel düzenleme bağlantınız
copy_link = Bağlantıyı kopyala
your_action = Eyleminiz: { $title }
status_label = Durum:
status_pending = bir koordinatörün incelemesini bekliyor
status_published = takvimde yayımlandı
status_rejected = kabul edilmedi
status_cancelled = (iptal edildi)
public_page = Herkese açık sayfası
uncancel_button = İptali geri al
coordinator_wrote = Koordinatörün notu:
fix_and_resend = Eylemi aşağıda düzeltip yeniden gönderin; eylem yeniden koordinatörlere gider.
change_waiting = Değişikliğiniz bir koordinatörün incelemesini bekliyor.
change_waiting_more = Değişiklik kabul edilene kadar takvim yayımlanmış sürümü gösterir; aşağıdaki form sizin değişikliğinizi içerir.
change_refused = Bir koordinatör değişikliğinizi kabul etmedi.
they_wrote = Koordinatörün notu:
published_version_shown = Takvim yayımlanmış sürümü gösteriyor.
changes_reviewed = Yayımlanmış bir eylemdeki değişiklikler, aboneler görmeden önce bir koordinatör tarafından incelenir; iptal ise hemen geçerli olur.
cancel_sure = Evet, iptal et
cancel_button = Bu eylemi iptal et
cancel_hint = İptal edilen bir eylem, abonelerin yapılmayacağını görmesi için takvimlerde iptal edildi olarak işaretli kalır. Eylem başlayana kadar iptali geri alabilirsiniz.
notice_saved = Kaydedildi.
notice_change_sent = Gönderildi: değişikliğiniz bir koordinatörün incelemesini bekliyor; o zamana kadar takvim yayımlanmış sürümü gösterir.
notice_cancel_ask = İptal etmek için “Evet, iptal et” kutusunu işaretleyip düğmeye yeniden basın. Hiçbir şey değiştirilmedi.
notice_cancelled = İptal edildi: takvimler eylemi iptal edilmiş olarak gösteriyor. Eylem başlayana kadar bunu geri alabilirsiniz.
notice_uncancelled = Eylem yeniden geçerli: takvimler onu yeniden gösteriyor.

## A wait in words ($n minutes or hours)
wait_seconds = bir dakikadan az
wait_minutes = { $n ->
    [one] yaklaşık bir dakika
   *[other] yaklaşık { $n } dakika
}
wait_hours = { $n ->
    [one] yaklaşık bir saat
   *[other] yaklaşık { $n } saat
}
save = Kaydet

## Error pages (HTML; tools get the JSON error in English)
back_to_calendar = Takvime dön
error_400 = Geçersiz istek
error_400_hint = Adresteki bir şeye burada izin verilmiyor. Adresi kontrol edin ya da takvimden yeniden başlayın.
error_401 = Oturum açmanız gerekiyor
error_401_hint = Bu sayfa koordinatörler içindir. Koordinatör belirtecinizle (token) oturum açın.
error_403 = İzin verilmiyor
error_403_hint = Bu sayfa size açık değil ya da gönderdiğiniz form çok eskiydi. Geri dönün, sayfayı yeniden yükleyin ve tekrar deneyin.
error_404 = Bulunamadı
error_404_hint = Bu adreste hiçbir şey yok: bağlantı yanlış yazılmış ya da eylem kaldırılmış olabilir.
error_405 = Bu şekilde kullanılamaz
error_405_hint = Bu adres bu tür bir isteği kabul etmiyor.
error_409 = Çakışma
error_409_hint = Eylemin şu anki durumunda bu işlem yapılamaz. Eylemin son durumunu görmek için sayfayı yeniden yükleyin.
error_413 = Çok büyük
error_413_hint = Gönderdiğiniz içerik bu takvimin kabul ettiğinden büyük. Kısaltıp yeniden gönderin.
error_422 = Kabul edilemiyor
error_422_hint = Bazı değerler kabul edilemiyor. Düzeltip yeniden gönderin.
error_429 = Çok fazla istek
error_429_hint = Bu takvim tek bir bağlantıdan aynı anda yalnızca birkaç istek kabul ediyor. Lütfen bekleyip yeniden deneyin.
error_500 = Bir şeyler ters gitti
error_500_hint = Takvim yanıt veremedi. Sorun kaydedildi; lütfen daha sonra yeniden deneyin.
error_503 = Şu anda kullanılamıyor
error_503_hint = Takvim kısa bir süre için meşgul ya da salt okunur. Lütfen birkaç saniye sonra yeniden deneyin.
error_507 = Depolama alanı dolu
error_507_hint = Takvimin depolama alanı dolu, bu yüzden hiçbir şey yazılmadı. Lütfen koordinatörlere bildirin.
# $wait is a wait in words ("about 7 minutes").
error_wait = { $wait } bekleyip yeniden deneyin.
error_store_full = Veri deposu dolu, bu yüzden hiçbir şey yazılmadı; sayfalar ve akışlar çalışmaya devam ediyor.
error_store_busy = Veri deposu başka bir yazma işlemiyle (bir içe aktarma) meşgul, bu yüzden hiçbir şey yazılmadı.
error_store_read_only = Bu takvim burada salt okunur, bu yüzden hiçbir şey yazılmadı; sayfalar ve akışlar çalışmaya devam ediyor.

## Refused values (validation), next to the field or on an error page. Quoted values are shown as given.
err_slug = { $value } geçerli bir kısa ad (slug) değil; izin verilenler: küçük a-z harfleri, rakamlar ve arada tek kısa çizgiler, 1 ile { $max } karakter arası
err_date = { $value } bir tarih değil; tarihi YYYY-MM-DD biçiminde yazın, ör. 2027-11-29
err_date_missing = { $value } diye bir gün takvimde yok; tarihi YYYY-MM-DD biçiminde yazın, ör. 2027-11-29
err_year_range = { $value } aralık dışında; { $first } ile { $last } arasındaki yıllara izin verilir
err_local_time = { $value } bir yerel saat değil; YYYY-MM-DDTHH:MM biçimini kullanın (ör. 2027-11-29T19:00); yaz saati geri alınırken iki kez yaşanan bir saatten birini seçmek için sonuna UTC farkını ekleyebilirsiniz (2027-11-07T01:30-04:00)
err_time_of_day = { $value } geçerli bir saat değil; saatler 00-23, dakikalar 00-59 arasındadır
err_out_of_range = aralık dışında
err_offset_mismatch = { $value } { $zone } ile uyuşmuyor: oradaki UTC farkı { $offset }; bu farkı yazın ya da hiç fark yazmayın
err_gap = { $value } { $zone } saat diliminde yok: saatler { $from } saatinden doğrudan { $to } saatine atlıyor (UTC farkı { $offset_before } yerine { $offset_after } oluyor); { $from } öncesinde ya da { $to } ve sonrasında bir saat seçin
err_fold = { $value } { $zone } saat diliminde saatler geri alınırken iki kez yaşanıyor (önce UTC farkı { $offset_before }, sonra { $offset_after } iken); hangisini kastettiğinizi farkı ekleyerek belirtin: { $first } veya { $second }
err_timezone_required = zorunludur: yerin IANA saat dilimi, ör. "Europe/Paris", çevrimiçi eylemler için "UTC"
err_start_required = zorunludur, ör. { $example }
err_end_before_start_all_day = başlangıçtan önce; tüm gün süren eylemlerde bitiş, dahil olmak üzere son gündür
err_too_long_days = eylemi { $max } günden uzun yapıyor
err_end_before_start = başlangıçtan sonra olmalı (ikisi de eylemin saat dilimindeki yerel saatlerdir)
err_years_allowed = aralık dışında; { $first } ile { $last } arasındaki yıllara izin verilir
err_text_too_long = { $len } karakter uzunluğunda; en fazla { $max } karaktere izin verilir
err_text_required = zorunludur ve boş bırakılamaz (1 ile { $max } karakter arası)
err_country = { $value } bir ISO 3166-1 alpha-2 ülke kodu değil; "PS", "US", "ZA" gibi iki harf kullanın (büyük/küçük harf fark etmez)
err_region = { $value } bir bölge değil; izin verilenler: küçük harfli ve kısa çizgili UN M49 adları ("europe", "western-asia", "south-america", "sub-saharan-africa" gibi) ya da "online"; GET /api/v1/regions hepsini listeler
err_zone = { $value } IANA veritabanında (sürüm { $release }) bir saat dilimi değil; "Europe/Paris", "America/New_York", "Asia/Gaza" ya da "UTC" gibi bir ad kullanın
err_warning_code = { $value } bir uyarı kodu değil; kodlar: { $codes }
err_link_text_after = { $value } içinde adresten sonra metin var; her girişe bir bağlantı olacak şekilde "Label: https://…" yazın
err_link_no_address = { $value } içinde http:// veya https:// ile başlayan bir adres yok; "https://…" ya da "Label: https://…" yazın
err_too_many_links = { $count } bağlantı içeriyor; en fazla { $max } bağlantıya izin verilir
err_status = { $value } bir durum değil; izin verilenler: confirmed, tentative, cancelled
err_language = { $value } bir dil değil; "ar", "es", "en" gibi 2 ya da 3 harfli bir BCP 47 birincil etiketi kullanın
err_language_hint = { $value } bir dil değil; "ar", "es", "en" gibi 2 ya da 3 harfli bir BCP 47 birincil etiketi kullanın ({ $value } için { $hint } kullanın)
err_too_many_entries = { $count } giriş içeriyor; en fazla { $max } girişe izin verilir
err_url_too_long = { $value } çok uzun; http:// veya https:// ile başlayan, en fazla { $max } karakterlik tam bir adres verin
err_url = { $value } bir URL değil; http:// veya https:// ile başlayan, en fazla { $max } karakterlik tam bir adres verin
err_url_not_web = { $value } bir web adresi değil; http:// veya https:// ile başlayan, en fazla { $max } karakterlik tam bir adres verin
err_email = { $value } name@example.org gibi bir e-posta adresi değil
err_coordinate = { $value } aralık dışında; izin verilen: -{ $limit } ile { $limit } derece arası
err_longitude_required = enlem verildiğinde zorunludur
err_latitude_required = boylam verildiğinde zorunludur
err_country_required = şehri veya mekânı olan bir eylem için zorunludur; ülkesi olmayan bir eylem çevrimiçidir ve online_url gerektirir
err_filter_empty = boş; bir değer ya da virgülle ayrılmış birkaç değer verin
err_filter_too_many = { $count } değer içeriyor; en fazla { $max } değere izin verilir
err_filter_value_long = { $max } karakterden uzun bir değer içeriyor
err_to_before_from = { $to } istenen ilk günden ({ $from }) önce; iki tarih de dahil olmak üzere yerel tarihlerdir
err_email_required = koordinatörlerin size ulaşabilmesi için zorunludur; asla yayımlanmaz
err_choose_zone = eylem yerinin saat dilimini seçin; bu ülkenin saat dilimleri: { $zones }
err_to_before_page = gösterilen ilk günden ({ $first }) önce; iki tarih de dahil olmak üzere yerel tarihlerdir
err_page_too_long = { $days } gün gösteriyor; bir sayfa en fazla { $max } gün gösterir (akışlar her aralığı kabul eder)

## Likely mistakes the organiser is asked to confirm
warn_zone_not_in_country = { $zone }, { $country } ülkesinin saat dilimlerinden biri değil; bu ülkenin saat dilimleri: { $zones }
warn_night_time = { $zone } saat diliminde gece { $time } saatinde başlıyor; öğleden sonrayı ya da akşamı kastettiyseniz 12 saat ekleyin
warn_in_the_past = geçmişte kalıyor (bugün UTC'ye göre { $today }); yılı ve ayı kontrol edin
warn_far_ahead = iki yıldan daha ileride ({ $date }); yılı kontrol edin
warn_possible_duplicate = takvimde aynı yer ve saatte zaten bulunan bir eyleme benziyor: { $title } (kimlik { $id })

## Feed names and descriptions (X-WR-CALNAME, NAME, X-WR-CALDESC; Atom titles), with ?ui=
feed_all = Dünya genelinde eylemler
feed_description = Dayanışma kampanyalarının eylemleri, her biri kendi saat dilimindeki yerel saatiyle; actioncal tarafından yayımlanır.
# $scope is "Actions worldwide", "Actions in Europe" or a campaign's name; $filters the filters on top.
feed_name_filtered = { $scope }: { $filters }
feed_campaign = { $names } kampanyası
feed_tag = { $names } etiketi
feed_in_languages = { $names } dilinde
feed_from_to = { $from } ile { $to } arası
feed_from = { $from } tarihinden itibaren
feed_until = { $to } tarihine kadar
feed_upcoming_in = Yaklaşan: { $scope }

## The coordinators' desk (/admin)
desk_coordinators = Koordinatörler
desk_token = Koordinatör belirteciniz (token)
desk_token_hint = actioncal admin add-coordinator komutuyla oluşturulur.
desk_sign_in = Oturum aç
desk_sign_in_title = Koordinatörler: oturum açın
desk_digest = Yeni gönderimlerin özetini bana e-postayla gönder
desk_digest_no_mail = Bu takvim e-posta göndermiyor (yapılandırılmış bir e-posta aktarıcısı yok): ayar, e-posta gönderimi açıldığında kullanılmak üzere saklanır.
desk_digest_how_often = Ne sıklıkla
desk_digest_never = Hiçbir zaman
desk_digest_hourly = En fazla saatte bir
desk_digest_daily = En fazla günde bir
desk_digest_to = Alıcı
desk_digest_title = Yeni gönderimlerin özeti
desk_digest_stopped = Tamam: artık özet gönderilmeyecek. Özetleri moderasyon panelinden yeniden açabilirsiniz.
desk_digest_stop = Özetleri durdur
reason_place = Lütfen tam yeri ekleyin: sokak, meydan veya mekân.
reason_time = Tarih ya da saat yanlış görünüyor; lütfen afişinizle karşılaştırın.
reason_zone = Saat dilimi yerle uyuşmuyor; lütfen şehrin saat dilimini seçin.
reason_duplicate = Bu eylem zaten takvimde var.
reason_describe = Lütfen eylemi bir iki cümleyle anlatın: ne yapılacak, kimler katılacak, yanında ne getirilmeli.
reason_outside = Bu takvim kampanyanın eylemleri içindir; bu eylem kampanyanın kapsamı dışında.
desk_map_given = Harita (verilen koordinatlar)
desk_map_find = Yeri haritada bul
desk_waiting = Bekleyen gönderimler
desk_signed_in_as = { $name } olarak oturum açtınız.
desk_actions = Eylemler
desk_log = İşlem günlüğü
desk_sign_out = Oturumu kapat
desk_keys = Tuşlar: j ve k kartlar arasında gezinir, a seçili kartı onaylar, r reddetmek için bir gerekçe yazmanızı sağlar.
desk_nothing_waiting = Bekleyen bir şey yok.
desk_campaigns_tags_languages = Kampanyalar, etiketler, diller
desk_organiser = Organizatör
desk_no_name = (adsız)
desk_earlier = { $count ->
    [0] ilk gönderim
    [one] { $count } önceki gönderim
   *[other] { $count } önceki gönderim
}
desk_address = E-posta adresi
desk_warnings_confirmed = Organizatörün onayladığı uyarılar
desk_similar = Aynı yer ve saatteki benzer eylemler
desk_approve = Onayla
desk_edit_first = Önce düzenle (sonra kaydet ve onayla)
desk_reason = Organizatöre gerekçe
desk_reject = Reddet
desk_changes = Yayımlanmış eylemlerde önerilen değişiklikler
desk_field = Alan
desk_now = Şu anki
desk_proposed = Önerilen
desk_publish_change = Değişikliği yayımla
desk_keep_published = Yayımlanmış sürümü koru
log_organiser = organizatör
log_operator = operatör (komut satırı)
moderation_pending = beklemede
moderation_published = yayımlandı
moderation_rejected = reddedildi
desk_back = Bekleyenlere dön
log_action_number = Eylem numarası
log_who = Kim
log_nothing = Bunun için kayıt yok.
log_action = { $id } numaralı eylem
log_campaign = { $slug } kampanyası
log_before = Önce
log_after = Sonra
log_reason = Gerekçe:
log_older = Daha eski kayıtlar
find_label = Başlık, şehir veya numara
find_button = Bul
find_nothing = Eşleşen eylem yok.
desk_save_approve = Kaydet ve onayla
desk_its_log = Eylemin işlem günlüğü
desk_action_state = { $id } numaralı eylem: { $moderation }, { $status }, sürüm { $version }.
desk_cancel = Eylemi iptal et
desk_remove = Tüm akışlardan kaldır
desk_edit_title = Düzenle: { $title }
campaign_name = Ad
campaign_hashtag = Hashtag
campaign_new = Yeni bir kampanya
campaign_slug = Kısa ad (slug): her akış adresinde yer alır, hiç değişmez
campaign_create = Oluştur
coordinators_hint = Yeni belirteçler sunucuda oluşturulur: actioncal admin add-coordinator.
coordinator_since = { $date } tarihinden beri
coordinator_revoked = { $date } tarihinde yetkisi kaldırıldı
coordinator_you = siz
coordinator_revoke = Yetkiyi kaldır
status_confirmed = kesin
status_tentative = kesin değil
log_submit = gönderim
log_edit = düzenleme
log_propose_edit = düzenleme önerisi
log_withdraw_edit = düzenleme önerisini geri çekme
log_approve_edit = düzenlemeyi onaylama
log_reject_edit = düzenlemeyi reddetme
log_approve = onaylama
log_reject = reddetme
log_cancel = iptal
log_uncancel = iptali geri alma
log_remove = kaldırma
log_campaign_create = kampanya oluşturma
log_campaign_edit = kampanya düzenleme
log_import = içe aktarma
log_coordinator_add = koordinatör ekleme
log_coordinator_revoke = koordinatör yetkisini kaldırma
desk_token_refused = Bu belirteç hiçbir şey açmıyor: bilinmiyor ya da yetkisi kaldırılmış.
desk_done_approved = Onaylandı: eylem artık takvimde.
desk_done_rejected = Reddedildi: organizatör gerekçenizi kendi bağlantısında görüyor.
desk_done_digest = Kaydedildi: özet ayarınız.
desk_done_edit_approved = Yayımlandı: değişiklik artık takvimde.
desk_done_edit_rejected = Korundu: yayımlanmış sürüm kalıyor; organizatör gerekçenizi görüyor.
desk_done_cancelled = İptal edildi: takvimler eylemi iptal edilmiş olarak gösteriyor.
desk_done_revoked = Yetki kaldırıldı: bu belirteç artık hiçbir şey açmıyor.

## Mail: the action's time besides its local time ($zone a zone's name, $offset "UTC+02:00", $utc a date and time)
mail_when_zone = { $zone }, { $offset }; { $utc } UTC

## Repeat rules refused (the RRULE field, for calendar experts)
err_rrule = { $value } geçerli bir RRULE değil ({ $detail }); örnekler: { $examples }
err_until_date = UNTIL={ $until }, tüm gün süren bir eylem için YYYYMMDD biçiminde bir tarih olmalı, ör. UNTIL=20271119
err_until_utc = UNTIL={ $until }, günün belirli bir saatinde yapılan bir eylem için YYYYMMDDTHHMMSSZ biçiminde bir UTC tarih-saati olmalı (RFC 5545 3.3.10), ör. UNTIL=20271119T235959Z
err_freq = FREQ={ $freq } desteklenmiyor; eylemler yalnızca DAILY, WEEKLY, MONTHLY ya da YEARLY olarak tekrarlanabilir
err_byhour = BYHOUR, BYMINUTE ve BYSECOND desteklenmiyor: her tekrar eylemin başlangıç saatinde başlar
err_count = COUNT en fazla { $max } olabilir
err_rrule_start = { $value } bu başlangıç için geçerli bir RRULE değil ({ $detail }); örnekler: { $examples }
err_rrule_length = 1 ile { $max } karakter arasında bir RRULE olmalı; örnekler: { $examples }
err_rrule_chars = { $value } bir RRULE içinde bulunamayacak karakterler içeriyor; örnekler: { $examples }
err_repeat_ambiguous = tekrarlanan bir eylem, saatler geri alınırken iki kez yaşanan { $start } ya da { $end } yerel saatlerinde başlayamaz veya bitemez; o saatin dışında bir zaman seçin
err_start_not_occurrence = başlangıç ({ $start }) { $value } kuralının tekrarlarından biri değil; takvim uygulamaları bu tür kuralları farklı yorumluyor, bu yüzden başlangıcı ilk tekrar yapın
err_too_many_occurrences = { $max } kereden fazla tekrarlanıyor; eylemi bölün ya da kuralı kısaltın
# $what selects "start" or "end" (of the occurrence).
err_occurrence_gap = { $date } tarihindeki tekrar { $time } saatinde { $what ->
        [start] başlayacak
       *[end] bitecek
    }, ancak bu saat { $zone } saat diliminde yok: o gece saatler { $from } saatinden doğrudan { $to } saatine atlıyor ve takvim uygulamaları böyle bir tekrarı farklı okuyor; { $before } öncesinde ya da { $after } ve sonrasında bir saat seçin veya kuralı { $date } tarihinden önce bitirin (UNTIL)
err_occurrence_fold = { $date } tarihindeki tekrar { $time } saatinde { $what ->
        [start] başlayacak
       *[end] bitecek
    }, ancak bu saat { $zone } saat diliminde iki kez yaşanıyor: o gece saatler { $from } saatinden { $to } saatine geri alınıyor ve takvim uygulamaları böyle bir tekrarı farklı okuyor; { $before } öncesinde ya da { $after } ve sonrasında bir saat seçin veya kuralı { $date } tarihinden önce bitirin (UNTIL)

## More refusals (filters, the widget, the desk)
err_unknown_campaign = { $value } bir kampanya değil; bilinenler: { $known }
err_unknown_tag = { $value } hiçbir eylemin etiketi değil; bilinenler: { $known }
err_unknown_language = { $value } hiçbir eylemin dili değil; bilinenler: { $known }
err_theme = { $value } bir tema değil; izin verilenler: light, dark, auto
err_embed_limit = { $value } geçerli bir eylem sayısı değil; izin verilen: 1 ile { $max } arası
err_query_too_long = { $len } bayt uzunluğunda; en fazla { $max } bayta izin verilir
err_digest_every = { $value } geçerli bir seçenek değil; şunlardan birini seçin: off, hourly ya da daily
err_digest_email = özet için zorunludur: özetin gönderileceği adres
# Labels of the date filters in refusals ("From: …").
field_from = Başlangıç tarihi
field_to = Bitiş tarihi

## Refusals found in review: the campaign's hashtag, a query that cannot be read, more field labels
err_hashtag = { $value } bir hashtag değil; izin verilenler: en fazla { $max } harf, rakam ve alt çizgi, ör. #AllForPalestine
# $detail is the reader's technical reason (in English).
err_query = okunamıyor ({ $detail }); filtreler: region, country, campaign, tag, lang, from, to
field_query = Adres
field_theme = Tema
field_limit = Eylem sayısı
field_slug = Kısa ad

## Partners' calendars (sources)
err_required = zorunludur
err_source_url = bir takvimin (.ics) http:// veya https:// adresi olmalıdır
err_source_trust = "hold" (yeni eylemler bir koordinatörü bekler) ya da "publish" (hemen yayımlanır) olmalıdır
sources = Partner takvimleri
sources_hint = Partnerlerin zaten yayımladığı takvimler (Google Calendar, Outlook, Nextcloud, Mobilizon, Gancio…), eylemleri için her birinin istediği sıklıkta (15 dakikada birden günde bire kadar) kontrol edilir. İncelemeyi bekleyecek şekilde ayarlanmış bir takvimin yeni eylemleri bekleyenler listesine girer; diğerlerininkiler hemen yayımlanır. Bir koordinatörün yaptığı düzeltme, partner o alanı yeniden değiştirmedikçe korunur. Bir partnerin takviminden kaybolan bir eylem, burada ancak art arda iki kontrolde bulunmadığında ve yalnızca henüz gerçekleşmemişse iptal edilir.
source_url = Takvimin adresi (.ics)
source_name = Ad
source_campaigns = Kampanyalar (kısa adları, virgülle ayrılmış)
source_tags = Etiketler (virgülle ayrılmış)
source_languages = Diller (es veya ar gibi kodlar, virgülle ayrılmış)
source_country = Ülke belirtmeyen yerler için ülke (DE gibi iki harfli kod)
source_trust = Yeni eylemler
source_trust_hold = incelemeyi bekler
source_trust_publish = hemen yayımlanır
source_paused = Duraklatıldı
source_add = Bu takvimi takip et
source_new = Bir partner takvimini takip et
source_poll_now = Şimdi kontrol et
source_release = Kaybolanları iptal et
source_remove = Takibi bırak (eylemleri kalır)
source_status = Durum
source_status_changed = değişiklikler alındı
source_status_unchanged = değişiklik yok
source_status_held = bekletiliyor: birçok eylem aynı anda kayboldu
source_status_error = son kontrol başarısız oldu
source_never = henüz kontrol edilmedi
source_last_poll = Son kontrol
source_next_poll = Sonraki kontrol
source_counts_title = Eklendiğinden beri
source_counts = { $new } yeni · { $updated } güncellenen · { $cancelled } iptal edilen · { $held } bekletilen
source_message = Mesaj
desk_done_polled = Kontrol edildi.
desk_done_removed = Artık takip edilmiyor.
log_source = partner takvimi { $name }
desk_mail = E-postayla gelen eylemler
mail_hint = Takvimin e-posta adresine gönderilen mesajlar, en yenisi en üstte. Ekli bir takvim daveti, incelemeyi bekleyen bir eyleme dönüşür; metninden tarih, saat ve yer okunabilen bir mesaj da öyle. Diğerleri, okuyup eylemi kendiniz girebilmeniz için burada saklanır.
mail_none = Henüz e-posta gelmedi.
mail_received = Geliş tarihi
mail_from = Gönderen
mail_actions = Oluşturulan eylemler
mail_text = Mesaj
mail_original = Mesajın orijinal hâli
mail_reading = Metninden okunabilenler
mail_unsure = Güvenle okunamayanlar
mail_state_read = okundu: eylemler oluşturuldu
mail_state_for_review = bir koordinatöre bırakıldı
mail_state_stored = henüz okunmadı
