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
# Joins the parts of a repeat rule ("every week, 6 times").
comma = { "," }
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
