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
# Joins the parts of a repeat rule ("every week, 6 times").
comma = { "、" }
rule_on = { $days }
rule_on_monthday = { $day }日
rule_until = { $date }まで
rule_custom = 独自のスケジュール

## Repeat rules in words (RFC 5545 RRULE), with CLDR plural categories
rule_every_days = { $n ->
   *[other] { $n }日ごと
}
rule_every_weeks = { $n ->
   *[other] { $n }週間ごと
}
rule_every_months = { $n ->
   *[other] { $n }か月ごと
}
rule_every_years = { $n ->
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
