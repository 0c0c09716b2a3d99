# actioncal interface messages: ja. Project Fluent syntax (https://projectfluent.org/fluent/guide/).
# Every file has the same message ids as en.ftl (unit-tested). Variables: { $name }.

site_name = アクションカレンダー
upcoming = 今後のアクション
week_of = { $date }の週
filters = 絞り込み
region = 地域
country = 国
campaign = キャンペーン
tag = タグ
language = 言語
any = すべて
apply = 表示
previous_week = 前の週
next_week = 次の週
nothing = この期間のアクションはありません。
subscribe = 購読
subscribe_hint = このカレンダーをカレンダーアプリに追加すると、中止も含めて常に最新の状態に保たれます。
webcal = カレンダーアプリ（Apple、Thunderbird、デスクトップ版 Outlook）
google = Google Calendar に追加
outlook = Outlook.com に追加
copy = フィードの URL をコピー
copied = コピーしました
feed_url = フィードの URL
google_steps = ボタンが使えない場合は、Google Calendar で「他のカレンダー」の「+」から「URL で追加」を選び、URL を貼り付けてください。
google_refresh = Google Calendar は購読中のカレンダーを 12〜24 時間ごとにしか更新しません。ここでの変更があちらに反映されるまで、それだけかかることがあります。
add_to_calendar = このアクションをカレンダーに追加
add_google = Google Calendar
add_outlook = Outlook.com
add_office = Office 365（職場または学校）
add_ics = Apple カレンダー、Thunderbird など（.ics ファイル）
preview_calendar = デモ行進、キャンドル集会、ピケ、オンライン集会。近くのアクションを見つけて、カレンダーに追加しましょう。
download = .ics をダウンロード
atom = Atom フィード
when = 日時
where = 場所
online = オンライン
campaigns = キャンペーン
languages = 言語
all_day = 終日
repeats = 繰り返し
map = 地図（OpenStreetMap）
cancelled = 中止：このアクションは行われません。
tentative = 仮：まだ確定していません。
cancelled_short = 中止
tentative_short = 仮
local_time = 現地時間（{ $zone }）
your_time = あなたの時間（{ $zone }）
times_in = 時刻は { $zone } で表示しています。
choose_zone = 別のタイムゾーンで表示
same_moment = 世界各地での同じ時刻
city = 都市
time = 時刻
day_after = 翌日
day_before = 前日
actions_in = { $place }のアクション
all_actions = すべてのアクション
feed_builder = フィードを作成
feed_builder_intro = フォローしたい項目を選んでください。下の URL とボタンが更新されます。
upcoming_short = 今後
more = さらに表示
submit_link = アクションを追加
utc = UTC
details = 詳細
event_feed = このアクションをカレンダーに追加
mail_greeting = こんにちは。
mail_edit_link_subject = アクション「{ $title }」：非公開の編集用リンク
mail_edit_link_body = アクションをお送りいただきありがとうございます。コーディネーターが確認し、承認されるとカレンダーに掲載されます。その際にあらためてご連絡します。
mail_edit_link_keep = 状況の確認、編集、中止ができる非公開リンクです。このリンクを知っている人は誰でもアクションを変更できるため、他の人に教えないでください。
mail_approved_subject = アクション「{ $title }」がカレンダーに掲載されました
mail_approved_body = コーディネーターがアクションを承認しました。カレンダーと、このアクションを含むすべてのフィードに掲載されています。
mail_public_link = 公開ページ：
mail_feed_link = カレンダーアプリ用のこのアクション（.ics）：
mail_campaign_feed = キャンペーン「{ $campaign }」のカレンダー（購読用）：
mail_manage = 状況の確認、編集、中止には、送信時にお送りした非公開リンクをご利用ください。
mail_rejected_subject = アクション「{ $title }」は掲載されませんでした
mail_rejected_body = コーディネーターはアクションを掲載しませんでした。理由：
mail_fix_hint = 送信時にお送りした非公開リンクから修正できます。修正したアクションは再びコーディネーターが確認します。
mail_cancelled_subject = アクション「{ $title }」は中止になりました
mail_cancelled_body = コーディネーターがアクションを中止に設定しました。購読者のカレンダーにも中止と表示されます。誤りの場合はコーディネーターにご連絡ください。
mail_needs_check = 次の点をご確認ください。下の非公開リンクから修正できます。
mail_withdrawn_subject = アクション「{ $title }」は取り下げられました
mail_withdrawn_body = 中止のご連絡を受け取りました。アクションは確認前に取り下げられ、カレンダーには掲載されません。
mail_cancelled_by_sender_body = 中止のご連絡を受け取りました。アクションは中止に設定され、購読者のカレンダーにも中止と表示されます。
mail_edited_subject = アクション「{ $title }」がコーディネーターにより変更されました
mail_edited_body = コーディネーターがアクションを変更しました。変更内容：
mail_edit_approved_subject = 「{ $title }」への変更が公開されました
mail_edit_approved_body = 提案された変更をコーディネーターが承認しました。カレンダーに反映されています。
mail_edit_rejected_subject = 「{ $title }」への変更は公開されませんでした
mail_edit_rejected_body = 提案された変更をコーディネーターは公開しませんでした。アクションは元のままです。理由：
mail_footer = このメールは、アクションと一緒にこのアドレスが登録されたため、{ $site } のカレンダーから自動送信されています。このメールには返信しないでください。
mail_digest_subject = 確認待ちの投稿：新着 { $count } 件
mail_digest_title = 確認待ち投稿のダイジェスト
mail_digest_body = 前回のダイジェスト以降に届いた投稿です。確認待ちは合計 { $count } 件です：
mail_digest_edits = 公開済みアクションへの変更提案（確認待ち）：{ $count } 件
mail_digest_open = モデレーション画面で確認してください：
mail_digest_unsubscribe = このダイジェストを停止するには（モデレーション画面で再開できます）：
# Joins the parts of a repeat rule ("every week, 6 times") or of a place ("Beirut, Lebanon"), with the space after it where the language puts one.
comma = { "、" }
rule_on = { $days }
rule_on_monthday = { $day }日
rule_until = { $date }まで
rule_custom = 独自のスケジュール

## Repeat rules in words (RFC 5545 RRULE), with CLDR plural categories
rule_every_days = { $n ->
    [1] 毎日
   *[other] { $n }日ごと
}
rule_every_weeks = { $n ->
    [1] 毎週
   *[other] { $n }週間ごと
}
rule_every_months = { $n ->
    [1] 毎月
   *[other] { $n }か月ごと
}
rule_every_years = { $n ->
    [1] 毎年
   *[other] { $n }年ごと
}
# $n is 1 to 5, or -1 for the last one in the month; $day is a weekday name.
rule_on_nth = { $n ->
    [1] 第1
    [2] 第2
    [3] 第3
    [4] 第4
    [5] 第5
   *[-1] 最終
}{ $day }
rule_times = { $n ->
   *[other] { $n }回
}

## The language switcher at the top of every page
choose_language = このページの言語

## The submission and edit forms (/submit, the organiser's private page)
form_submit_heading = カレンダーにアクションを追加
form_submit_intro = アクションは、ご自身の言語とタイムゾーンで一度送信するだけで済みます。カレンダーに掲載される前にコーディネーターが確認します。アカウントは不要です。
form_send = コーディネーターに送信
form_save = 変更を保存
form_look_below = 下の各項目の横に表示されているメッセージをご確認ください。
form_expired = このフォームは有効期限が切れていた（またはブラウザーに Cookie が保存されていなかった）ため、何も送信されていません。入力した内容はすべて下に残っています。確認して、もう一度送信してください。
# $wait is a wait in words, e.g. "about 7 minutes".
form_too_many = このカレンダーが 1 つの接続から一度に受け付けるアクションの数には上限があり、お使いの接続は現在その上限に達しています。何も送信されていません。入力した内容はすべて下に残っています。{ $wait }待ってから、もう一度送信してください。
form_which_one = どちらの時刻ですか？
form_first_instant = （1 回目：時計を戻す前）
form_second_instant = （2 回目：時計を戻した後）
form_confirm_warning = この内容で正しいので、このまま送信する
form_required = （必須）
form_honeypot = この欄は空欄のままにしてください
field_title = アクションのタイトル
hint_title = アクションで使われる言語で入力してください。
field_description = 説明
hint_description = 内容、参加者、持ち物など。改行はそのまま保持されます。
field_start = 開始
hint_start = アクションの場所の現地時刻を、ポスターと同じように入力してください。
field_end = 終了
hint_end = 任意です。空欄の場合は開始の 2 時間後になります。
field_all_day = 終日（日付のみ有効）
hint_country = オンラインのアクションの場合は空欄にしてください。
option_online = — オンライン —
field_timezone = タイムゾーン
hint_timezone = 場所のタイムゾーンです。空欄の場合、その国のタイムゾーンが 1 つだけなら国から設定されます。
option_from_country = — 国から設定 —
zones_elsewhere = どの国にも属さないタイムゾーン
field_city = 市区町村
field_venue = 会場・広場・通り
field_online_url = オンライン参加用リンク
hint_online_url = オンラインのアクションの場合の、Zoom、Jitsi、ライブ配信の URL です。
field_online_links = その他の参加方法
hint_online_links = 1 行に 1 つずつ、何のリンクかを添えて入力してください。例：Facebook Live: https://…
field_tags = タグ
hint_tags = 半角カンマ（,）区切りで入力してください。例：vigil, march
hint_languages = 言語コードを半角カンマ（,）区切りで入力してください。例：ar, es, en
hint_repeat = 夏時間の切り替えをまたいでも、毎回同じ現地時刻に行われます。
repeat_none = 繰り返さない
repeat_daily = 毎日
repeat_weekly = 毎週、開始日と同じ曜日（と下でチェックした曜日）
repeat_fortnightly = 2 週間ごと、開始日と同じ曜日（と下でチェックした曜日）
repeat_monthly_weekday = 毎月、同じ週の同じ曜日（例：第1金曜日）
repeat_monthly_date = 毎月、同じ日付
repeat_days = 毎週の繰り返しで、ほかに行う曜日
repeat_count = 繰り返しの回数
repeat_until = または最終日（最後の回の日付）
hint_repeat_end = 中止するまで繰り返すアクションの場合は、両方とも空欄にしてください。
repeat_expert = その他のルール（RFC 5545 RRULE、カレンダーに詳しい方向け）
hint_rrule = 上の選択の代わりに使われます。例：FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6
field_organiser_email = メールアドレス
hint_organiser_email = コーディネーターだけが閲覧でき、公開されることはありません。
field_organiser_name = お名前または団体名
hint_organiser_name = 公開されることはありません。

## After sending, and the organiser's private page
thanks = ありがとうございます
thanks_review = コーディネーターがアクションを確認します。承認されるとカレンダーに掲載されます。
thanks_link = 状況の確認、編集、中止ができる非公開リンクです。このリンクを知っている人は誰でもアクションを変更できるため、他の人に教えないでください。
thanks_mailed = このリンクは、入力されたメールアドレスにもお送りしました。コーディネーターの判断も、そのアドレスにお知らせします。
thanks_not_mailed = このカレンダーはメールを送信しないため、このリンクはお送りできません。今すぐコピーしてください。表示されるのはこの一度だけです。
edit_link_label = 非公開の編集用リンク
copy_link = リンクをコピー
your_action = あなたのアクション：{ $title }
status_label = 状況：
status_pending = コーディネーターの確認待ち
status_published = カレンダーに掲載中
status_rejected = 不採用
status_cancelled = （中止）
public_page = 公開ページ
uncancel_button = 中止を取り消す
coordinator_wrote = コーディネーターからのメッセージ：
fix_and_resend = 下のアクションを修正して、もう一度送信してください。再びコーディネーターが確認します。
change_waiting = 変更はコーディネーターの確認待ちです。
change_waiting_more = 承認されるまで、カレンダーには公開中の内容が表示されます。下のフォームには変更後の内容が入っています。
change_refused = コーディネーターは変更を承認しませんでした。
they_wrote = 理由：
published_version_shown = カレンダーには公開中の内容が表示されています。
changes_reviewed = 公開済みのアクションへの変更は、購読者に表示される前にコーディネーターが確認します。中止はすぐに反映されます。
cancel_sure = はい、中止します
cancel_button = このアクションを中止
cancel_hint = 中止したアクションは「中止」と表示されたままカレンダーに残るため、購読者にも行われないことが伝わります。開始前であれば中止を取り消せます。
notice_saved = 保存しました。
notice_change_sent = 送信しました。変更はコーディネーターの確認待ちです。それまでは、カレンダーには公開中の内容が表示されます。
notice_cancel_ask = 中止するには「はい、中止します」にチェックを入れて、もう一度ボタンを押してください。何も変更されていません。
notice_cancelled = 中止しました。カレンダーには中止と表示されます。開始前であれば取り消せます。
notice_uncancelled = 再び実施予定になりました。カレンダーにも再び表示されます。

## A wait in words ($n minutes or hours)
wait_seconds = 1 分足らず
wait_minutes = { $n ->
   *[other] 約 { $n } 分
}
wait_hours = { $n ->
   *[other] 約 { $n } 時間
}
save = 保存

## Error pages (HTML; tools get the JSON error in English)
back_to_calendar = カレンダーに戻る
error_400 = 不正なリクエスト
error_400_hint = URL に、ここでは使えない部分が含まれています。URL を確認するか、カレンダーからやり直してください。
error_401 = ログインが必要です
error_401_hint = このページはコーディネーター用です。コーディネーター用のトークンでログインしてください。
error_403 = アクセスできません
error_403_hint = この操作は許可されていないか、送信したフォームが古すぎました。前のページに戻り、ページを再読み込みしてから、もう一度お試しください。
error_404 = 見つかりません
error_404_hint = この URL には何もありません。リンクが間違っているか、アクションが削除された可能性があります。
error_405 = この方法では利用できません
error_405_hint = この URL は、この種類のリクエストを受け付けていません。
error_409 = 競合
error_409_hint = アクションの現在の状態では、この操作はできません。ページを再読み込みして、現在の状態を確認してください。
error_413 = サイズが大きすぎます
error_413_hint = 送信された内容が、このカレンダーで受け付けられるサイズを超えています。短くしてから、もう一度送信してください。
error_422 = 受け付けられません
error_422_hint = 受け付けられない値があります。修正してから、もう一度送信してください。
error_429 = リクエストが多すぎます
error_429_hint = このカレンダーが 1 つの接続から一度に受け付けるリクエストの数には上限があります。しばらく待ってから、もう一度お試しください。
error_500 = 問題が発生しました
error_500_hint = カレンダーが応答できませんでした。問題は記録されています。しばらくしてから、もう一度お試しください。
error_503 = 現在ご利用いただけません
error_503_hint = カレンダーが混み合っているか、一時的に読み取り専用になっています。数秒後にもう一度お試しください。
error_507 = 保存領域がいっぱいです
error_507_hint = カレンダーの保存領域がいっぱいのため、何も書き込まれませんでした。コーディネーターにお知らせください。
# $wait is a wait in words ("about 7 minutes").
error_wait = { $wait }待ってから、もう一度お試しください。
error_store_full = 保存領域がいっぱいのため、何も書き込まれませんでした。ページとフィードは引き続きご利用いただけます。
error_store_busy = 保存領域が別の書き込み（インポート）を処理中のため、何も書き込まれませんでした。
error_store_read_only = このカレンダーはここでは読み取り専用のため、何も書き込まれませんでした。ページとフィードは引き続きご利用いただけます。

## Refused values (validation), next to the field or on an error page. Quoted values are shown as given.
err_slug = { $value } は有効なスラッグではありません。使用できるのは 1～{ $max } 文字の小文字 a-z、数字、および途中の単独のハイフンです。
err_date = { $value } は日付ではありません。YYYY-MM-DD 形式で入力してください（例：2027-11-29）。
err_date_missing = { $value } はカレンダー上に存在しない日付です。YYYY-MM-DD 形式で入力してください（例：2027-11-29）。
err_year_range = { $value } は範囲外です。{ $first } 年から { $last } 年までを指定できます。
err_local_time = { $value } は現地時刻ではありません。YYYY-MM-DDTHH:MM 形式で入力してください（例：2027-11-29T19:00）。夏時間の終了で同じ時刻が 2 回ある場合は、後ろに UTC オフセットを付けてどちらかを指定できます（2027-11-07T01:30-04:00）。
err_time_of_day = { $value } という時刻はありません。時は 00-23、分は 00-59 の範囲です。
err_out_of_range = 範囲外です。
err_offset_mismatch = { $value } は { $zone } と一致しません。そこでの UTC オフセットは { $offset } です。このオフセットを指定するか、オフセットを付けないでください。
err_gap = { $value } は { $zone } には存在しません。時計が { $from } から { $to } に直接進みます（UTC オフセットは { $offset_before } から { $offset_after } へ）。{ $from } より前か、{ $to } 以降の時刻を選んでください。
err_fold = { $value } は、時計が戻るため { $zone } では 2 回あります（1 回目は UTC オフセット { $offset_before }、2 回目は { $offset_after }）。{ $first } または { $second } のように、オフセットを付けてどちらかを指定してください。
err_timezone_required = 必須です。場所の IANA タイムゾーン（例："Europe/Paris"）、またはオンラインのアクションの場合は "UTC" を指定してください。
err_start_required = 必須です。例：{ $example }
err_end_before_start_all_day = 開始より前になっています。終日のアクションでは、終了は最終日（その日を含む）です。
err_too_long_days = アクションの期間が { $max } 日を超えています。
err_end_before_start = 開始より後にしてください（どちらもアクションのタイムゾーンでの現地時刻です）。
err_years_allowed = 範囲外です。{ $first } 年から { $last } 年までを指定できます。
err_text_too_long = { $len } 文字あります。{ $max } 文字以内にしてください。
err_text_required = 必須です。空欄にはできません（1～{ $max } 文字）。
err_country = { $value } は ISO 3166-1 alpha-2 の国コードではありません。"PS"、"US"、"ZA" のような 2 文字で入力してください（大文字・小文字は区別しません）。
err_region = { $value } は地域ではありません。使用できるのは、小文字とハイフンで書いた UN M49 の名称（"europe"、"western-asia"、"south-america"、"sub-saharan-africa" など）または "online" です。GET /api/v1/regions ですべての一覧を取得できます。
err_zone = { $value } は IANA データベース（リリース { $release }）のタイムゾーンではありません。"Europe/Paris"、"America/New_York"、"Asia/Gaza"、"UTC" のような名前を使用してください。
err_warning_code = { $value } は警告コードではありません。コード：{ $codes }
err_link_text_after = { $value } は URL の後ろに文字があります。"Label: https://…" の形式で、1 項目につき 1 つのリンクを書いてください。
err_link_no_address = { $value } に http:// または https:// の URL がありません。"https://…" または "Label: https://…" の形式で書いてください。
err_too_many_links = リンクが { $count } 個あります。{ $max } 個までにしてください。
err_status = { $value } はステータスではありません。使用できる値：confirmed, tentative, cancelled
err_language = { $value } は言語ではありません。"ar"、"es"、"en" のような 2 文字または 3 文字の BCP 47 主言語タグを使用してください。
err_language_hint = { $value } は言語ではありません。"ar"、"es"、"en" のような 2 文字または 3 文字の BCP 47 主言語タグを使用してください（{ $value } の場合は { $hint } を使用してください）。
err_too_many_entries = 項目が { $count } 個あります。{ $max } 個までにしてください。
err_url_too_long = { $value } は長すぎます。{ $max } 文字以内の完全な http:// または https:// の URL を入力してください。
err_url = { $value } は URL ではありません。{ $max } 文字以内の完全な http:// または https:// の URL を入力してください。
err_url_not_web = { $value } はウェブの URL ではありません。{ $max } 文字以内の完全な http:// または https:// の URL を入力してください。
err_email = { $value } は name@example.org のようなメールアドレスではありません。
err_coordinate = { $value } は範囲外です。-{ $limit }～{ $limit } 度の範囲で指定してください。
err_longitude_required = 緯度を入力した場合は必須です。
err_latitude_required = 経度を入力した場合は必須です。
err_country_required = 都市や会場があるアクションでは必須です。国のないアクションはオンラインとみなされ、online_url が必要です。
err_filter_empty = 空です。値を 1 つ、またはカンマ区切りで複数指定してください。
err_filter_too_many = 値が { $count } 個あります。{ $max } 個までにしてください。
err_filter_value_long = { $max } 文字を超える値があります。
err_to_before_from = { $to } が、指定された最初の日（{ $from }）より前になっています。どちらも現地の日付で、その日を含みます。
err_email_required = コーディネーターが連絡できるよう、必須です。公開されることはありません。
err_choose_zone = 場所のタイムゾーンを選んでください。この国のタイムゾーン：{ $zones }
err_to_before_page = 表示する最初の日（{ $first }）より前になっています。どちらも現地の日付で、その日を含みます。
err_page_too_long = { $days } 日分になっています。1 ページに表示できるのは { $max } 日分までです（フィードは任意の期間に対応しています）。

## Likely mistakes the organiser is asked to confirm
warn_zone_not_in_country = { $zone } は { $country } のタイムゾーンではありません。この国のタイムゾーンは { $zones } です。
warn_night_time = { $zone } で夜間の { $time } に始まります。午後や夕方のつもりだった場合は、12 時間を足してください。
warn_in_the_past = 過去の日付です（UTC での今日は { $today } です）。年と月を確認してください。
warn_far_ahead = 2 年以上先の日付です（{ $date }）。年を確認してください。
warn_possible_duplicate = 同じ場所・同じ時刻のアクションがすでにカレンダーにあるようです：{ $title }（ID { $id }）

## Feed names and descriptions (X-WR-CALNAME, NAME, X-WR-CALDESC; Atom titles), with ?ui=
feed_all = 世界各地のアクション
feed_description = 連帯キャンペーンのアクションを、それぞれ現地時刻とタイムゾーン付きで掲載しています。actioncal が公開しています。
# $scope is "Actions worldwide", "Actions in Europe" or a campaign's name; $filters the filters on top.
feed_name_filtered = { $scope }：{ $filters }
feed_campaign = キャンペーン { $names }
feed_tag = タグ { $names }
feed_in_languages = 言語 { $names }
feed_from_to = { $from }～{ $to }
feed_from = { $from }から
feed_until = { $to }まで
feed_upcoming_in = 今後の予定：{ $scope }

## The coordinators' desk (/admin)
desk_coordinators = コーディネーター
desk_token = コーディネーター用のトークン
desk_token_hint = actioncal admin add-coordinator で発行されたトークンです。
desk_sign_in = ログイン
desk_sign_in_title = コーディネーターのログイン
desk_digest = 新しい投稿のダイジェストをメールで受け取る
desk_digest_no_mail = このカレンダーはメールを送信しません（リレーが設定されていません）。設定は、送信できるようになったときのために保存されます。
desk_digest_how_often = 頻度
desk_digest_never = 受け取らない
desk_digest_hourly = 最大 1 時間に 1 回
desk_digest_daily = 最大 1 日に 1 回
desk_digest_to = 宛先
desk_digest_title = 新しい投稿のダイジェスト
desk_digest_stopped = ダイジェストの送信を停止しました。モデレーション画面で再開できます。
desk_digest_stop = ダイジェストを停止
reason_place = 正確な場所（通り、広場、会場など）を追加してください。
reason_time = 日付または時刻が正しくないようです。ポスターと照らし合わせてご確認ください。
reason_zone = タイムゾーンが場所と一致していません。その都市のタイムゾーンを選んでください。
reason_duplicate = このアクションはすでにカレンダーに掲載されています。
reason_describe = アクションの内容（何を、誰が、持ち物など）を 1～2 文で説明してください。
reason_outside = このカレンダーはキャンペーンのアクションを対象としていますが、このアクションは対象外です。
desk_map_given = 地図（入力された座標）
desk_map_find = 地図で場所を探す
desk_waiting = 確認待ちの投稿
desk_signed_in_as = { $name } としてログインしています。
desk_actions = アクション
desk_log = ログ
desk_sign_out = ログアウト
desk_keys = キー操作：j と k でカードを移動、a で選択中のカードを承認、r で却下の理由を入力します。
desk_nothing_waiting = 確認待ちのものはありません。
desk_campaigns_tags_languages = キャンペーン、タグ、言語
desk_organiser = 主催者
desk_no_name = （名前なし）
desk_earlier = { $count ->
    [0] 初めての投稿
   *[other] 過去の投稿 { $count } 件
}
desk_address = メールアドレス
desk_warnings_confirmed = 主催者が確認した警告
desk_similar = 同じ場所・同じ時刻の類似アクション
desk_approve = 承認
desk_edit_first = 先に編集（その後、保存して承認）
desk_reason = 主催者への理由
desk_reject = 却下
desk_changes = 公開済みアクションへの変更提案
desk_field = 項目
desk_now = 現在
desk_proposed = 提案
desk_publish_change = 変更を公開
desk_keep_published = 公開中の内容を維持
log_organiser = 主催者
log_operator = 運用者（コマンドライン）
moderation_pending = 確認待ち
moderation_published = 公開中
moderation_rejected = 却下
desk_back = 確認待ちの一覧に戻る
log_action_number = アクション番号
log_who = 実行者
log_nothing = 記録はありません。
log_action = アクション { $id }
log_campaign = キャンペーン { $slug }
log_before = 変更前
log_after = 変更後
log_reason = 理由：
log_older = 以前の記録
find_label = タイトル、都市、または番号
find_button = 検索
find_nothing = 該当するアクションはありません。
desk_save_approve = 保存して承認
desk_its_log = このアクションのログ
desk_action_state = アクション { $id }：{ $moderation }、{ $status }、バージョン { $version }。
desk_cancel = アクションを中止
desk_remove = すべてのフィードから削除
desk_edit_title = 編集：{ $title }
campaign_name = 名前
campaign_hashtag = ハッシュタグ
campaign_new = 新しいキャンペーン
campaign_slug = スラッグ（すべてのフィードの URL に含まれ、後から変更できません）
campaign_create = 作成
coordinators_hint = 新しいトークンはサーバー上で発行します：actioncal admin add-coordinator
coordinator_since = { $date }から
coordinator_revoked = { $date }に取り消し
coordinator_you = あなた
coordinator_revoke = 取り消す
status_confirmed = 確定
status_tentative = 仮
log_submit = 投稿
log_edit = 編集
log_propose_edit = 変更の提案
log_withdraw_edit = 変更提案の取り下げ
log_approve_edit = 変更の承認
log_reject_edit = 変更の却下
log_approve = 承認
log_reject = 却下
log_cancel = 中止
log_uncancel = 中止の取り消し
log_remove = 削除
log_campaign_create = キャンペーンの作成
log_campaign_edit = キャンペーンの編集
log_import = インポート
log_coordinator_add = コーディネーターの追加
log_coordinator_revoke = コーディネーター権限の取り消し
desk_token_refused = このトークンは使用できません（不明、または取り消し済みです）。
desk_done_approved = 承認しました。カレンダーに掲載されています。
desk_done_rejected = 却下しました。主催者は自分のリンクから理由を確認できます。
desk_done_digest = ダイジェストの設定を保存しました。
desk_done_edit_approved = 公開しました。変更がカレンダーに反映されています。
desk_done_edit_rejected = 公開中の内容を維持しました。主催者は理由を確認できます。
desk_done_cancelled = 中止しました。カレンダーには中止と表示されます。
desk_done_revoked = 取り消しました。このトークンはもう使用できません。

## Mail: the action's time besides its local time ($zone a zone's name, $offset "UTC+02:00", $utc a date and time)
mail_when_zone = { $zone }、{ $offset }、UTC では { $utc }

## Repeat rules refused (the RRULE field, for calendar experts)
err_rrule = { $value } は有効な RRULE ではありません（{ $detail }）。例：{ $examples }
err_until_date = 終日のアクションでは、UNTIL={ $until } は YYYYMMDD 形式の日付にしてください（例：UNTIL=20271119）。
err_until_utc = 時刻のあるアクションでは、UNTIL={ $until } は YYYYMMDDTHHMMSSZ 形式の UTC 日時にしてください（RFC 5545 3.3.10）。例：UNTIL=20271119T235959Z
err_freq = FREQ={ $freq } には対応していません。アクションの繰り返しは DAILY、WEEKLY、MONTHLY、YEARLY のいずれかです。
err_byhour = BYHOUR、BYMINUTE、BYSECOND には対応していません。各回はアクションの開始時刻に始まります。
err_count = COUNT は { $max } 以下にしてください。
err_rrule_start = { $value } はこの開始日時に対して有効な RRULE ではありません（{ $detail }）。例：{ $examples }
err_rrule_length = 1～{ $max } 文字の RRULE にしてください。例：{ $examples }
err_rrule_chars = { $value } には RRULE に使えない文字が含まれています。例：{ $examples }
err_repeat_ambiguous = 繰り返すアクションは、{ $start } や { $end } に開始・終了できません。これらは時計が戻るため 2 回ある現地時刻です。その 1 時間以外の時刻を選んでください。
err_start_not_occurrence = 開始（{ $start }）が { $value } の回に含まれていません。このようなルールはカレンダーアプリによって解釈が異なるため、開始が最初の回になるようにしてください。
err_too_many_occurrences = 繰り返しが { $max } 回を超えています。アクションを分けるか、ルールを短くしてください。
# $what selects "start" or "end" (of the occurrence).
err_occurrence_gap = { $date } の回は { $time } に{ $what ->
        [start] 始まる
       *[end] 終わる
    }ことになりますが、この時刻は { $zone } には存在しません。その夜、時計が { $from } から { $to } に直接進むため、このような回はカレンダーアプリによって解釈が異なります。{ $before } より前か { $after } 以降の時刻を選ぶか、{ $date } より前にルールを終了してください（UNTIL）。
err_occurrence_fold = { $date } の回は { $time } に{ $what ->
        [start] 始まる
       *[end] 終わる
    }ことになりますが、この時刻は { $zone } では 2 回あります。その夜、時計が { $from } から { $to } に戻るため、このような回はカレンダーアプリによって解釈が異なります。{ $before } より前か { $after } 以降の時刻を選ぶか、{ $date } より前にルールを終了してください（UNTIL）。

## More refusals (filters, the widget, the desk)
err_unknown_campaign = { $value } はキャンペーンではありません。既存のキャンペーン：{ $known }
err_unknown_tag = { $value } はどのアクションのタグでもありません。既存のタグ：{ $known }
err_unknown_language = { $value } はどのアクションの言語でもありません。既存の言語：{ $known }
err_theme = { $value } はテーマではありません。使用できる値：light, dark, auto
err_embed_limit = { $value } はアクションの件数として使用できません。1～{ $max } の範囲で指定してください。
err_query_too_long = { $len } バイトあります。{ $max } バイトまでにしてください。
err_digest_every = { $value } は選択肢にありません。off、hourly、daily のいずれかを選んでください。
err_digest_email = ダイジェストを受け取るには必須です（ダイジェストの送信先アドレス）。
# Labels of the date filters in refusals ("From: …").
field_from = 開始日
field_to = 終了日

## Refusals found in review: the campaign's hashtag, a query that cannot be read, more field labels
err_hashtag = { $value } はハッシュタグではありません。使用できるのは文字・数字・アンダースコアで、{ $max } 文字までです（例：#AllForPalestine）。
# $detail is the reader's technical reason (in English).
err_query = 読み取れません（{ $detail }）。絞り込み条件：region, country, campaign, tag, lang, from, to
field_query = ページの URL
field_theme = テーマ
field_limit = アクションの件数
field_slug = スラッグ

## Partners' calendars (sources)
err_required = 必須です。
err_source_url = カレンダー（.ics）の http:// または https:// のアドレスを指定してください。
err_source_trust = "hold"（新しいアクションはコーディネーターの確認を待つ）または "publish"（すぐに公開）を指定してください。
sources = パートナーのカレンダー
sources_hint = パートナーがすでに公開しているカレンダー（Google Calendar、Outlook、Nextcloud、Mobilizon、Gancio など）から、それぞれが指定する頻度（15 分ごとから 1 日 1 回まで）でアクションを取得します。確認待ちに設定したカレンダーの新しいアクションは確認待ちの一覧に入り、それ以外のカレンダーのアクションはすぐに公開されます。コーディネーターが修正した内容は、パートナーがその項目を再び変更しない限り維持されます。パートナーのカレンダーから消えたアクションは、2 回続けて取得した内容に含まれておらず、かつ開催前の場合に限り、ここで中止になります。
source_url = カレンダーの URL（.ics）
source_name = 名前
source_campaigns = キャンペーン（スラッグ、カンマ区切り）
source_tags = タグ（カンマ区切り）
source_languages = 言語（es、ar などのコード、カンマ区切り）
source_country = 国が示されていない場所の国（DE などの 2 文字のコード）
source_trust = 新しいアクション
source_trust_hold = 確認を待つ
source_trust_publish = すぐに公開する
source_paused = 一時停止中
source_add = このカレンダーをフォロー
source_new = パートナーのカレンダーをフォロー
source_poll_now = 今すぐ取得
source_release = 消えたアクションを中止
source_remove = フォローを解除（アクションは残ります）
source_status = 状況
source_status_changed = 変更を反映
source_status_unchanged = 変更なし
source_status_held = 保留中：多数のアクションが一度に消えました
source_status_error = 前回の取得に失敗
source_never = 未取得
source_last_poll = 前回の取得
source_next_poll = 次回の取得
source_counts_title = 追加以降
source_counts = 新規 { $new } 件、更新 { $updated } 件、中止 { $cancelled } 件、保留 { $held } 件
source_message = メッセージ
desk_done_polled = 取得しました。
desk_done_removed = フォローを解除しました。
log_source = パートナーのカレンダー { $name }
desk_mail = メールで届いたアクション
mail_hint = カレンダーのメールアドレス宛てに届いたメッセージです（新しい順）。カレンダーの招待が添付されたメッセージや、本文から日付・時刻・場所を読み取れたメッセージは、確認待ちのアクションになります。それ以外はここに保存されるので、読んでアクションを入力してください。
mail_none = まだメールは届いていません。
mail_received = 受信日時
mail_from = 差出人
mail_actions = 作成されたアクション
mail_text = 本文
mail_original = 受信したままのメッセージ
mail_reading = 本文から読み取れた内容
mail_unsure = 確実に読み取れなかった項目
mail_state_read = 読み取り済み：アクションを作成
mail_state_for_review = コーディネーターの対応待ち
mail_state_stored = 未読
