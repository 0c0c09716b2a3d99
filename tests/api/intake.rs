//! "E-mail us your event" (issue 18, first part): messages piped to `actioncal ingest-mail`
//! as an MTA's pipe transport does, each kept before it is read; invitations become pending
//! actions at the right instant, a CANCEL from their sender cancels, a message is taken once,
//! and a store that cannot take it makes the MTA retry (exit 75).

use std::io::Write as _;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::helpers::{TestApp, app_with_coordinator};

/// Pipes `message` to `actioncal ingest-mail` for the store of `app`: exit code and output.
fn deliver(db: &std::path::Path, message: &str, recipient: &str) -> (i32, String) {
    deliver_with(db, message, recipient, &[])
}

/// [`deliver`] with more arguments (`--authserv-id`; `--sender` replaces the default one).
fn deliver_with(db: &std::path::Path, message: &str, recipient: &str, extra: &[&str]) -> (i32, String) {
    let sender: &[&str] = if extra.contains(&"--sender") {
        &[]
    } else {
        &["--sender", "bounce@sender.example"]
    };
    let mut child = Command::new(env!("CARGO_BIN_EXE_actioncal"))
        .args(["ingest-mail", "--recipient", recipient, "--db"])
        .arg(db)
        .args(sender)
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(message.replace('\n', "\r\n").as_bytes())
        .expect("written");
    let out = child.wait_with_output().expect("ends");
    code_and_output(&out)
}

async fn queue(app: &TestApp, token: &str) -> Vec<Value> {
    let auth = format!("Bearer {token}");
    app.request(
        awc::http::Method::GET,
        "/api/v1/moderation/queue",
        &[("Authorization", &auth)],
    )
    .await
    .json()["submissions"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

const INVITATION: &str = "BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20270318T220000Z
DTEND:20270318T233000Z
DTSTAMP:20261201T120000Z
ORGANIZER;CN=Ana:mailto:ana@organisers.example
UID:5ntc0aeo1t2m@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=calendar@campaign.example:mailto:calendar@campaign.example
ATTENDEE;CN=secret.friend@private.example:mailto:secret.friend@private.example
SUMMARY:Marcha por Palestina
LOCATION:Plaza Italia\\, Santiago\\, Chile
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR
";

/// A Gmail-style invitation: the calendar inline (text/calendar) and attached (invite.ics,
/// base64), both the same.
fn gmail(message_id: &str, from: &str, calendar: &str) -> String {
    let attached = base64_lines(calendar.replace('\n', "\r\n").as_bytes());
    format!(
        "From: Ana <{from}>
To: calendar+day-of-solidarity@campaign.example
Subject: Invitation: Marcha por Palestina @ Thu 18 Mar 2027 19:00 - 20:30 (CLT)
Message-ID: <{message_id}>
Date: Tue, 01 Dec 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=\"outer\"

--outer
Content-Type: multipart/alternative; boundary=\"inner\"

--inner
Content-Type: text/plain; charset=\"UTF-8\"

Marcha por Palestina, jueves 18 de marzo, 19:00, Plaza Italia.

--inner
Content-Type: text/calendar; charset=\"UTF-8\"; method=REQUEST

{calendar}
--inner--

--outer
Content-Type: application/ics; name=\"invite.ics\"
Content-Disposition: attachment; filename=\"invite.ics\"
Content-Transfer-Encoding: base64

{attached}
--outer--
"
    )
}

fn base64_lines(bytes: &[u8]) -> String {
    use base64::Engine as _;
    let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
    encoded
        .as_bytes()
        .chunks(76)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("\n")
}

#[actix_web::test]
async fn an_emailed_invitation_becomes_one_pending_action_and_its_cancel_cancels_it() {
    let (app, token) = app_with_coordinator().await;
    let message = gmail("inv-1@mail.gmail.com", "ana@organisers.example", INVITATION);
    let (code, out) = deliver(&app.db, &message, "calendar+day-of-solidarity@campaign.example");
    assert_eq!(code, 0, "{out}");
    let pending = queue(&app, &token).await;
    assert_eq!(pending.len(), 1, "inline and attached: one action: {pending:?}");
    let action = &pending[0];
    assert_eq!(action["title"], "Marcha por Palestina");
    assert_eq!(action["start_utc"], "2027-03-18T22:00:00Z");
    assert_eq!(action["country"], "CL");
    assert_eq!(
        action["campaigns"],
        serde_json::json!(["day-of-solidarity"]),
        "the +extension's campaign"
    );
    assert_eq!(action["organiser_email"], "ana@organisers.example");
    // Delivered again (an MTA retrying): taken once.
    let (code, out) = deliver(&app.db, &message, "calendar+day-of-solidarity@campaign.example");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("already taken"), "{out}");
    assert_eq!(queue(&app, &token).await.len(), 1);
    // Published, it shows no attendee or organiser address anywhere public.
    let id = action["id"].as_i64().unwrap();
    let auth = format!("Bearer {token}");
    let approved = app
        .request(
            awc::http::Method::POST,
            &format!("/api/v1/moderation/submissions/{id}/approve"),
            &[("Authorization", &auth)],
        )
        .await;
    assert_eq!(approved.status, 200, "{}", approved.text());
    for path in [
        "/calendar.ics",
        "/api/v1/events",
        &format!("/events/{id}"),
        "/feed.atom",
    ] {
        let body = app.get(path).await.text();
        assert!(body.contains("Marcha por Palestina"), "{path}");
        for private in ["secret.friend", "ana@organisers", "calendar@campaign"] {
            assert!(!body.contains(private), "{path} shows {private}");
        }
    }
    // A CANCEL from someone else cancels nothing. One that merely says it is from the sender
    // (From: is forgeable) cancels nothing either: it waits for a coordinator. From the sender
    // as the receiving MTA authenticated them, it cancels.
    let cancel = INVITATION
        .replace("METHOD:REQUEST", "METHOD:CANCEL")
        .replace("STATUS:CONFIRMED", "STATUS:CANCELLED");
    let (code, _) = deliver(
        &app.db,
        &gmail("cancel-0@mail.example", "mallory@elsewhere.example", &cancel),
        "calendar@campaign.example",
    );
    assert_eq!(code, 0);
    assert!(!app.get("/calendar.ics").await.text().contains("STATUS:CANCELLED"));
    let auth_args = ["--authserv-id", "mx.campaign.example"];
    let (code, out) = deliver_with(
        &app.db,
        &gmail("cancel-1@mallory.example", "ana@organisers.example", &cancel),
        "calendar@campaign.example",
        &auth_args,
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("left for a coordinator") && out.contains("not authenticated"),
        "{out}"
    );
    assert!(!app.get("/calendar.ics").await.text().contains("STATUS:CANCELLED"));
    // Results from another host's authserv-id do not count either.
    let (code, out) = deliver_with(
        &app.db,
        &authenticated_by(
            "mx.mallory.example",
            &gmail("cancel-2@mallory.example", "ana@organisers.example", &cancel),
        ),
        "calendar@campaign.example",
        &auth_args,
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        !app.get("/calendar.ics").await.text().contains("STATUS:CANCELLED"),
        "{out}"
    );
    let (code, out) = deliver_with(
        &app.db,
        &authenticated_by(
            "mx.campaign.example",
            &gmail("cancel-3@mail.gmail.com", "ana@organisers.example", &cancel),
        ),
        "calendar@campaign.example",
        &auth_args,
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("cancelled: action"), "{out}");
    assert!(app.get("/calendar.ics").await.text().contains("STATUS:CANCELLED"));
}

/// `message` with the receiving MTA `authserv`'s Authentication-Results: DMARC, SPF and DKIM
/// passed for its From domain.
fn authenticated_by(authserv: &str, message: &str) -> String {
    let from = message
        .lines()
        .find_map(|l| l.strip_prefix("From:"))
        .expect("a From line");
    let domain = from
        .rsplit('@')
        .next()
        .unwrap_or("")
        .trim_end_matches(['>', ' '])
        .to_string();
    format!(
        "Authentication-Results: {authserv}; dkim=pass header.d={domain}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}\n{message}"
    )
}

#[actix_web::test]
async fn an_emailed_cancel_of_a_pending_action_takes_it_out_of_the_queue() {
    let (app, token) = app_with_coordinator().await;
    let args = ["--authserv-id", "mx.campaign.example"];
    let message = authenticated_by(
        "mx.campaign.example",
        &gmail("p-1@mail.gmail.com", "ana@organisers.example", INVITATION),
    );
    let (code, out) = deliver_with(&app.db, &message, "calendar@campaign.example", &args);
    assert_eq!(code, 0, "{out}");
    assert_eq!(queue(&app, &token).await.len(), 1);
    let cancel = INVITATION
        .replace("METHOD:REQUEST", "METHOD:CANCEL")
        .replace("STATUS:CONFIRMED", "STATUS:CANCELLED");
    let message = authenticated_by(
        "mx.campaign.example",
        &gmail("p-2@mail.gmail.com", "ana@organisers.example", &cancel),
    );
    let (code, out) = deliver_with(&app.db, &message, "calendar@campaign.example", &args);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("cancelled: action"), "{out}");
    assert!(
        queue(&app, &token).await.is_empty(),
        "withdrawn: nothing left to review"
    );
    assert!(!app.get("/calendar.ics").await.text().contains("Marcha por Palestina"));
}

#[actix_web::test]
async fn an_outlook_request_in_base64_with_a_windows_zone_arrives_at_its_instant() {
    let (app, token) = app_with_coordinator().await;
    let calendar = "BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:Arab Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Organiser:mailto:org@outlook.example
UID:040000008200E00074C5B7101A82E0080000000010FBC2A1
SUMMARY;LANGUAGE=ar-SA:وقفة تضامنية
DTSTART;TZID=Arab Standard Time:20270405T170000
DTEND;TZID=Arab Standard Time:20270405T183000
LOCATION:الكويت العاصمة\\, Kuwait
END:VEVENT
END:VCALENDAR
";
    let message = format!(
        "From: Organiser <org@outlook.example>
To: calendar@campaign.example
Subject: =?utf-8?B?2YjZgtmB2Kkg2KrYttin2YXZhtmK2Kk=?=
Message-ID: <outlook-1@outlook.example>
MIME-Version: 1.0
Content-Type: text/calendar; charset=\"utf-8\"; method=REQUEST
Content-Transfer-Encoding: base64

{}
",
        base64_lines(calendar.replace('\n', "\r\n").as_bytes())
    );
    let (code, out) = deliver(&app.db, &message, "calendar@campaign.example");
    assert_eq!(code, 0, "{out}");
    let pending = queue(&app, &token).await;
    assert_eq!(pending.len(), 1, "{out}");
    assert_eq!(pending[0]["title"], "وقفة تضامنية");
    assert_eq!(
        pending[0]["timezone"], "Asia/Kuwait",
        "Arab Standard Time in the LOCATION's country (Kuwait), by CLDR"
    );
    assert_eq!(pending[0]["start_utc"], "2027-04-05T14:00:00Z");
    assert_eq!(pending[0]["country"], "KW");
}

#[actix_web::test]
async fn a_plain_text_message_is_read_one_without_a_date_is_kept_for_a_coordinator_and_a_busy_store_means_try_again() {
    let (app, token) = app_with_coordinator().await;
    // Spanish, ISO-8859-1, quoted-printable, no calendar: read from the text, the zone from
    // the city (Caracas, UTC-4 all year).
    let message = "From: =?iso-8859-1?q?Jos=E9?= <jose@organisers.example>
To: calendar@campaign.example
Subject: =?iso-8859-1?q?Vig=EDlia_en_Caracas?=
Message-ID: <text-1@organisers.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Hola, el s=E1bado 20 de marzo a las 19:00 hacemos una vig=EDlia en la Plaza Bol=EDvar de Caracas.
";
    let (code, out) = deliver(&app.db, message, "calendar@campaign.example");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("pending for a coordinator: action"), "{out}");
    let pending = queue(&app, &token).await;
    assert_eq!(pending.len(), 1, "{pending:?}");
    assert_eq!(pending[0]["title"], "Vigília en Caracas");
    assert_eq!(pending[0]["start_utc"], "2027-03-20T23:00:00Z");
    assert_eq!(pending[0]["timezone"], "America/Caracas");
    assert_eq!(pending[0]["country"], "VE");
    assert_eq!(pending[0]["organiser_name"], "José", "the name on From");
    // No date in it: kept, left for a coordinator, with what was read.
    let undated = message
        .replace("text-1@", "text-0@")
        .replace("el s=E1bado 20 de marzo a las 19:00 ", "pronto ");
    let (code, out) = deliver(&app.db, &undated, "calendar@campaign.example");
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("kept for a coordinator") && out.contains("unsure: start"),
        "{out}"
    );
    assert_eq!(queue(&app, &token).await.len(), 1);
    // Coordinators read it on the desk, as it came, escaped.
    let (cookie, token) = crate::forms::csrf(&app, "/admin/login").await;
    let coord = app.coordinator("Desk reader");
    let res = crate::forms::post_form(&app, "/admin/login", &cookie, &[("csrf", &token), ("token", &coord)]).await;
    let (name, value, _) = res.cookies().into_iter().next().expect("session");
    let session = format!("{name}={value}");
    let list = app
        .request(awc::http::Method::GET, "/admin/mail", &[("Cookie", &session)])
        .await
        .text();
    assert!(
        list.contains("bounce@sender.example") && list.contains("left for a coordinator"),
        "{list}"
    );
    let one = app
        .request(awc::http::Method::GET, "/admin/mail/1", &[("Cookie", &session)])
        .await
        .text();
    assert!(
        one.contains("Vigília en Caracas") && one.contains("el sábado 20 de marzo a las 19:00"),
        "decoded: {one}"
    );
    assert!(one.contains("quoted-printable"), "and as it came: {one}");
    // The undated one: what its text gave, and what it did not, to enter by hand.
    let two = app
        .request(awc::http::Method::GET, "/admin/mail/2", &[("Cookie", &session)])
        .await
        .text();
    assert!(
        two.contains("What its text gave") && two.contains("America/Caracas"),
        "{two}"
    );
    assert!(two.contains("Not read with confidence"), "{two}");
    let kept: (String, i64) = rusqlite::Connection::open(&app.db)
        .unwrap()
        .query_row("SELECT state, size FROM inbound_mail WHERE id = 1", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(kept.0, "read");
    assert!(kept.1 > 200);
    // No store there: not kept, and the MTA is told to try again (EX_TEMPFAIL), not to bounce.
    let missing = app.dir.path().join("no-such.db");
    let (code, out) = deliver(&missing, message, "calendar@campaign.example");
    assert_eq!(code, 75, "{out}");
    // Another writer holding the store past the busy timeout: the same.
    let mut holder = rusqlite::Connection::open(&app.db).unwrap();
    let tx = holder
        .transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)
        .unwrap();
    let other = message.replace("text-1@", "text-2@");
    let (code, out) = deliver(&app.db, &other, "calendar@campaign.example");
    assert_eq!(code, 75, "{out}");
    drop(tx);
    // Once free, the retry is taken.
    let (code, out) = deliver(&app.db, &other, "calendar@campaign.example");
    assert_eq!(code, 0, "{out}");
}

#[actix_web::test]
async fn an_authenticated_sender_is_answered_once_in_the_thread_and_nobody_else_is() {
    let port = crate::mail::free_port();
    let maildir = tempfile::tempdir().unwrap();
    let smtp = crate::mail::Smtp::start(port, maildir.path());
    let (app, _token) = crate::mail::app_mailing_to(port).await;
    let authenticated = |id: &str, from: &str, extra_headers: &str, uid: &str| {
        let domain = from.rsplit('@').next().unwrap_or("").to_string();
        gmail(id, from, &INVITATION.replace("5ntc0aeo1t2m@google.com", uid)).replacen(
            "From:",
            &format!(
                "Authentication-Results: mx.campaign.example; dkim=pass header.d={domain}; spf=pass smtp.mailfrom={domain}; dmarc=pass header.from={domain}\n{extra_headers}From:"
            ),
            1,
        )
    };
    let args = ["--authserv-id", "mx.campaign.example"];
    // Authenticated: one answer, in the thread, marked automatic, with the edit link.
    let (code, out) = deliver_with(
        &app.db,
        &authenticated("ask-1@organisers.example", "ana@organisers.example", "", "one@x"),
        "calendar@campaign.example",
        &args,
    );
    assert_eq!(code, 0, "{out}");
    let mail = smtp.wait_for(1);
    let reply = mail_parser::MessageParser::default()
        .parse(&mail[0])
        .expect("a message");
    let header = |name: &str| reply.header_raw(name).map(|v| v.trim().to_string()).unwrap_or_default();
    assert_eq!(
        reply.to().and_then(|a| a.first()).and_then(|a| a.address()),
        Some("ana@organisers.example")
    );
    assert_eq!(header("In-Reply-To"), "<ask-1@organisers.example>");
    assert_eq!(header("References"), "<ask-1@organisers.example>");
    assert_eq!(header("Auto-Submitted"), "auto-replied");
    assert_eq!(header("X-Auto-Response-Suppress"), "All");
    assert!(
        reply.body_text(0).is_some_and(|t| t.contains("/submissions/")),
        "the edit link"
    );
    // No answer: the same address again within the interval; another instance's automatic
    // answer (two instances never loop); a list; a forged (unauthenticated) sender; a bounce.
    let cases = [
        authenticated("ask-2@organisers.example", "ana@organisers.example", "", "two@x"),
        authenticated(
            "auto-1@other.example",
            "calendar@other.example",
            "Auto-Submitted: auto-replied\n",
            "three@x",
        ),
        authenticated(
            "list-1@lists.example",
            "news@lists.example",
            "List-Id: <actions.lists.example>\n",
            "four@x",
        ),
        gmail(
            "forged-1@evil.example",
            "someone@organisers.example",
            &INVITATION.replace("5ntc0aeo1t2m@google.com", "five@x"),
        ),
    ];
    for message in &cases {
        let (code, out) = deliver_with(&app.db, message, "calendar@campaign.example", &args);
        assert_eq!(code, 0, "{out}");
    }
    let (code, out) = deliver_with(
        &app.db,
        &authenticated("bounce-1@mx.example", "mailer-daemon@mx.example", "", "six@x"),
        "calendar@campaign.example",
        &["--authserv-id", "mx.campaign.example", "--sender", ""],
    );
    assert_eq!(code, 0, "{out}");
    // Every one made its pending action; the mail worker had time to send anything queued.
    actix_web::rt::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(smtp.delivered().len(), 1, "one answer in all");
    let notes: Vec<String> = rusqlite::Connection::open(&app.db)
        .unwrap()
        .prepare("SELECT coalesce(note, '') FROM inbound_mail ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for (i, why) in [
        "answered recently",
        "Auto-Submitted",
        "mailing list",
        "not authenticated",
        "delivery report",
    ]
    .iter()
    .enumerate()
    {
        assert!(notes[i + 1].contains(why), "{}: {:?}", i + 1, notes[i + 1]);
    }
}

/// Spanish, ISO-8859-1, quoted-printable, no calendar: the zone from the city.
const SPANISH_TEXT: &str = "From: =?iso-8859-1?q?Jos=E9?= <jose@organisers.example>
To: calendar@campaign.example
Subject: =?iso-8859-1?q?Vig=EDlia_en_Caracas?=
Message-ID: <mta-text-1@organisers.example>
Date: Tue, 01 Dec 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Hola, el s=E1bado 20 de marzo a las 19:00 hacemos una vig=EDlia en la Plaza Bol=EDvar de Caracas.
";

/// Arabic, UTF-8 in base64, a city named and no zone: Amman (UTC+3 all year since 2022).
fn arabic_text(message_id: &str) -> String {
    let body =
        "ندعوكم إلى وقفة تضامنية مع الأسرى يوم السبت ٢٠ مارس ٢٠٢٧ الساعة ٦ مساءً في عمّان أمام مجمع النقابات.\nمع التحية";
    format!(
        "From: Sara <sara@arabic.example>
To: calendar@campaign.example
Subject: =?UTF-8?B?2YjZgtmB2Kkg2KrYttin2YXZhtmK2Kk=?=
Message-ID: <{message_id}>
Date: Tue, 01 Dec 2026 10:00:00 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

{}
",
        base64_lines(body.as_bytes())
    )
}

#[actix_web::test]
async fn through_a_real_postfix_each_message_gives_one_action_and_one_answer_and_nothing_loops() {
    let smtp_port = crate::mail::free_port();
    let maildir = tempfile::tempdir().unwrap();
    let smtp = crate::mail::Smtp::start(smtp_port, maildir.path());
    let (app, token) = crate::mail::app_mailing_to(smtp_port).await;
    // Postfix's pipe runs as nobody: the store must be theirs to write too.
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(app.dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let file = format!("{}{suffix}", app.db.display());
        if std::path::Path::new(&file).exists() {
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o666)).unwrap();
        }
    }
    let pipe = format!(
        "{} ingest-mail --db {} --sender ${{sender}} --recipient ${{recipient}} --authserv-id mx.campaign.example --reply-interval-min 0",
        env!("CARGO_BIN_EXE_actioncal"),
        app.db.display()
    );
    let postfix = crate::helpers::Postfix::start(&pipe);
    let kept = || -> i64 {
        rusqlite::Connection::open(&app.db)
            .unwrap()
            .query_row("SELECT count(*) FROM inbound_mail WHERE state != 'stored'", [], |r| {
                r.get(0)
            })
            .unwrap()
    };
    let wait_kept = |n: i64| {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        while kept() < n {
            assert!(std::time::Instant::now() < deadline, "{n} kept: {}", postfix.log());
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    };
    let auth = |m: &str| authenticated_by("mx.campaign.example", m);
    let outlook = {
        let calendar = "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2010\nVERSION:2.0\nBEGIN:VEVENT\nUID:outlook-mta-1\nSUMMARY:Picket\nDTSTART;TZID=Arab Standard Time:20270405T170000\nDTEND;TZID=Arab Standard Time:20270405T183000\nLOCATION:Kuwait City\\, Kuwait\nEND:VEVENT\nEND:VCALENDAR\n";
        format!(
            "From: Organiser <org@outlook.example>\nTo: calendar@campaign.example\nSubject: Picket\nMessage-ID: <mta-outlook-1@outlook.example>\nMIME-Version: 1.0\nContent-Type: text/calendar; charset=\"utf-8\"; method=REQUEST\nContent-Transfer-Encoding: base64\n\n{}\n",
            base64_lines(calendar.replace('\n', "\r\n").as_bytes())
        )
    };
    // Four messages, each one action at its instant and one answer.
    let cases = [
        (
            "jose@organisers.example",
            auth(SPANISH_TEXT),
            "Vigília en Caracas",
            "2027-03-20T23:00:00Z",
        ),
        (
            "ana@organisers.example",
            auth(&gmail(
                "mta-gmail-1@mail.gmail.com",
                "ana@organisers.example",
                INVITATION,
            )),
            "Marcha por Palestina",
            "2027-03-18T22:00:00Z",
        ),
        ("org@outlook.example", auth(&outlook), "Picket", "2027-04-05T14:00:00Z"),
        (
            "sara@arabic.example",
            auth(&arabic_text("mta-arabic-1@arabic.example")),
            "وقفة تضامنية",
            "2027-03-20T15:00:00Z",
        ),
    ];
    for (i, (from, message, _, _)) in cases.iter().enumerate() {
        postfix.send(from, "calendar+day-of-solidarity@campaign.example", message);
        wait_kept(i as i64 + 1);
    }
    let notes = || -> Vec<String> {
        rusqlite::Connection::open(&app.db)
            .unwrap()
            .prepare("SELECT state || ': ' || coalesce(note, '') FROM inbound_mail ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let pending = queue(&app, &token).await;
    assert_eq!(pending.len(), 4, "{:#?}", notes());
    for (_, _, title, start) in &cases {
        let found: Vec<&Value> = pending.iter().filter(|a| a["title"] == *title).collect();
        assert_eq!(found.len(), 1, "{title}: {pending:#?}");
        assert_eq!(found[0]["start_utc"], *start, "{title}");
        assert_eq!(
            found[0]["campaigns"],
            serde_json::json!(["day-of-solidarity"]),
            "{title}"
        );
    }
    let answers = smtp.wait_for(4);
    let answer_of = |to: &str| {
        answers
            .iter()
            .filter_map(|raw| mail_parser::MessageParser::default().parse(raw))
            .find(|m| m.to().and_then(|a| a.first()).and_then(|a| a.address()) == Some(to))
            .unwrap_or_else(|| panic!("an answer to {to}"))
            .body_text(0)
            .unwrap_or_default()
            .into_owned()
    };
    // In the sender's language, with what was read and the edit link.
    let to_jose = answer_of("jose@organisers.example");
    assert!(
        to_jose.contains("/submissions/") && to_jose.contains("Caracas"),
        "{to_jose}"
    );
    assert!(to_jose.contains("Gracias"), "in Spanish: {to_jose}");
    let to_sara = answer_of("sara@arabic.example");
    assert!(to_sara.contains("/submissions/"), "{to_sara}");
    assert!(
        to_sara.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)),
        "in Arabic: {to_sara}"
    );
    // The sender cancels: cancelled once, answered once.
    let cancel = INVITATION
        .replace("METHOD:REQUEST", "METHOD:CANCEL")
        .replace("STATUS:CONFIRMED", "STATUS:CANCELLED");
    postfix.send(
        "ana@organisers.example",
        "calendar@campaign.example",
        &auth(&gmail("mta-cancel-1@mail.gmail.com", "ana@organisers.example", &cancel)),
    );
    wait_kept(5);
    assert_eq!(queue(&app, &token).await.len(), 3, "withdrawn before review");
    let answers = smtp.wait_for(5);
    // A bounce (null sender), an auto-reply, and another calendar's answer to ours (our own
    // answer sent back, as two instances mailing each other would): kept, never answered.
    let bounce = auth(&arabic_text("mta-bounce-1@arabic.example")).replace(
        "From: Sara <sara@arabic.example>",
        "From: Mail Delivery System <MAILER-DAEMON@arabic.example>",
    );
    postfix.send("", "calendar@campaign.example", &bounce);
    let auto_reply =
        auth(&arabic_text("mta-auto-1@arabic.example")).replacen("From:", "Auto-Submitted: auto-replied\nFrom:", 1);
    postfix.send("sara@arabic.example", "calendar@campaign.example", &auto_reply);
    let ours = String::from_utf8_lossy(&answers[0]).replace("\r\n", "\n");
    postfix.send("calendar@calendar.test", "calendar@campaign.example", &ours);
    wait_kept(8);
    actix_web::rt::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(
        smtp.delivered().len(),
        5,
        "no answer to a bounce, an auto-reply or an answer"
    );
    // The store locked while Postfix delivers: ingest-mail says "try again" (75), Postfix
    // keeps the message and retries; it arrives once.
    let mut holder = rusqlite::Connection::open(&app.db).unwrap();
    let tx = holder
        .transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive)
        .unwrap();
    let later = auth(&arabic_text("mta-locked-1@arabic.example")).replace("sara@", "nour@");
    postfix.send("nour@arabic.example", "calendar@campaign.example", &later);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !postfix.log().contains("status=deferred") {
        assert!(std::time::Instant::now() < deadline, "deferred: {}", postfix.log());
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    drop(tx);
    postfix.flush();
    wait_kept(9);
    actix_web::rt::time::sleep(std::time::Duration::from_millis(3000)).await;
    postfix.flush();
    actix_web::rt::time::sleep(std::time::Duration::from_millis(1000)).await;
    assert_eq!(kept(), 9, "once: {}", postfix.log());
    let from_nour: i64 = rusqlite::Connection::open(&app.db)
        .unwrap()
        .query_row(
            "SELECT count(*) FROM events WHERE organiser_email = 'nour@arabic.example'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(from_nour, 1);
    assert!(postfix.log().contains("status=sent"), "{}", postfix.log());
}

/// `actioncal mail poll --once` on the store of `app`, reading the Dovecot account at `port`.
fn mail_poll(db: &std::path::Path, port: u16, password: &str) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_actioncal"))
        .args(["mail", "poll", "--once", "--db"])
        .arg(db)
        .args([
            "--imap-url",
            &format!("imap://calendar@127.0.0.1:{port}/INBOX"),
            "--recipient",
            "calendar@campaign.example",
        ])
        .env("ACTIONCAL_IMAP_PASSWORD", password)
        .output()
        .expect("runs");
    code_and_output(&out)
}

#[actix_web::test]
async fn a_real_imap_mailbox_is_read_once_each_message_moved_and_the_position_kept() {
    let (app, token) = app_with_coordinator().await;
    let dovecot = crate::helpers::Dovecot::start();
    // As an MTA delivers: Return-Path and Delivered-To (whose +extension picks the campaign).
    let delivered = |m: &str| {
        format!(
            "Return-Path: <jose@organisers.example>\nDelivered-To: calendar+day-of-solidarity@campaign.example\n{m}"
        )
    };
    dovecot.append("INBOX", &delivered(SPANISH_TEXT));
    dovecot.append(
        "INBOX",
        &gmail("imap-1@mail.gmail.com", "ana@organisers.example", INVITATION),
    );
    // A wrong password: nothing taken, nothing moved, and "try again" for cron.
    let (code, out) = mail_poll(&app.db, dovecot.port, "wrong");
    assert_eq!(code, 75, "{out}");
    assert!(out.contains("login"), "{out}");
    assert_eq!(dovecot.count("INBOX"), 2);
    let (code, out) = mail_poll(&app.db, dovecot.port, "secret");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("2 new message(s) taken"), "{out}");
    assert_eq!(dovecot.count("INBOX"), 0, "moved out");
    assert_eq!(dovecot.count("Processed"), 2, "into Processed");
    let pending = queue(&app, &token).await;
    assert_eq!(pending.len(), 2, "{pending:#?}");
    let vigil = pending
        .iter()
        .find(|a| a["title"] == "Vigília en Caracas")
        .expect("the text read");
    assert_eq!(vigil["start_utc"], "2027-03-20T23:00:00Z");
    assert_eq!(
        vigil["campaigns"],
        serde_json::json!(["day-of-solidarity"]),
        "from Delivered-To"
    );
    // Nothing new: nothing done.
    let (code, out) = mail_poll(&app.db, dovecot.port, "secret");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 new message(s) taken, 0 already"), "{out}");
    // The same message delivered again (an MTA retrying): moved, taken once.
    dovecot.append("INBOX", &delivered(SPANISH_TEXT));
    let (code, out) = mail_poll(&app.db, dovecot.port, "secret");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 new message(s) taken, 1 already"), "{out}");
    assert_eq!(queue(&app, &token).await.len(), 2);
    assert_eq!(dovecot.count("INBOX"), 0);
    // The mailbox's UIDVALIDITY changed (it was recreated, restored…): the UIDs kept mean
    // nothing any more, so every message is looked at again.
    rusqlite::Connection::open(&app.db)
        .unwrap()
        .execute(
            "UPDATE imap_mailboxes SET uidvalidity = uidvalidity + 1, last_uid = 999999",
            [],
        )
        .unwrap();
    dovecot.append("INBOX", &arabic_text("imap-arabic-1@arabic.example"));
    let (code, out) = mail_poll(&app.db, dovecot.port, "secret");
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("1 new message(s) taken") && out.contains("UIDVALIDITY changed"),
        "{out}"
    );
    assert_eq!(queue(&app, &token).await.len(), 3);
    assert_eq!(dovecot.count("Processed"), 4);
}

#[actix_web::test]
async fn without_a_relay_the_answer_is_written_to_the_spool_folder() {
    let spool = tempfile::tempdir().unwrap();
    let url = format!("file://{}", spool.path().join("out").display());
    let app = crate::helpers::spawn_with(|s| {
        s.mail = Some(actioncal::config::MailSettings {
            smtp_url: url,
            ca: None,
            from: "Calendar <calendar@calendar.test>".into(),
            per_hour: 10,
            retry_after: std::time::Duration::from_secs(1),
            poll: std::time::Duration::from_millis(100),
        });
    })
    .await;
    let message = authenticated_by(
        "mx.campaign.example",
        &gmail("spool-1@mail.gmail.com", "ana@organisers.example", INVITATION),
    );
    let (code, out) = deliver_with(
        &app.db,
        &message,
        "calendar@campaign.example",
        &["--authserv-id", "mx.campaign.example"],
    );
    assert_eq!(code, 0, "{out}");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let written = loop {
        let files: Vec<std::path::PathBuf> = std::fs::read_dir(spool.path().join("out"))
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        if let Some(f) = files.iter().find(|f| f.extension().is_some_and(|e| e == "eml")) {
            break std::fs::read(f).unwrap();
        }
        assert!(std::time::Instant::now() < deadline, "an .eml file: {files:?}");
        actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    let reply = mail_parser::MessageParser::default()
        .parse(&written)
        .expect("a message");
    assert_eq!(
        reply.header_raw("In-Reply-To").map(str::trim),
        Some("<spool-1@mail.gmail.com>")
    );
    assert_eq!(reply.header_raw("Auto-Submitted").map(str::trim), Some("auto-replied"));
    assert!(reply.body_text(0).is_some_and(|t| t.contains("/submissions/")));
}

/// What the intake made of each message of `fixtures/mail/corpus` (36 messages written by
/// someone who had not seen the reader, in eight languages and as many encodings, with what a
/// careful coordinator would read in `expected.tsv`): one line per message, and the counts.
/// A confident reading that is wrong (an action at another instant or zone, or an action
/// where a person would have asked) is the fault that matters: there must be none. Messages
/// left for a coordinator that a person could read are misses; their number may only fall.
#[actix_web::test]
async fn a_corpus_of_messages_is_read_right_or_left_for_a_coordinator_never_read_wrong() {
    let (wrong, misses, report) = read_corpus("mail/corpus").await;
    assert!(wrong.is_empty(), "read wrong with confidence: {wrong:?}\n{report}");
    assert!(misses <= 4, "{misses} misses\n{report}");
}

/// The corpus in `fixtures/<dir>` (messages and `expected.tsv`) through `ingest-mail`: the
/// files read wrong with confidence, the number of misses, and a line per message.
async fn read_corpus(dir: &str) -> (Vec<String>, usize, String) {
    let (app, token) = app_with_coordinator().await;
    let dir = crate::helpers::fixture(dir);
    let expected = std::fs::read_to_string(dir.join("expected.tsv")).unwrap();
    let conn = rusqlite::Connection::open(&app.db).unwrap();
    let (mut right, mut misses, mut wrong, mut report) = (0, 0, Vec::new(), String::new());
    for line in expected.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (file, expect, start_utc, zone) = (cols[0], cols[1], cols[2], cols[3]);
        let raw = std::fs::read(dir.join(file)).unwrap();
        let (code, out) = deliver_bytes(&app.db, &raw, "calendar@campaign.example");
        assert_eq!(code, 0, "{file}: {out}");
        let made: Vec<(String, String)> = conn
            .prepare(
                "SELECT e.start_utc, e.tzid FROM inbound_events i JOIN events e ON e.id = i.event_id
                 WHERE i.mail_id = (SELECT max(id) FROM inbound_mail)",
            )
            .unwrap()
            .query_map([], |r| {
                let at: i64 = r.get(0)?;
                Ok((jiff::Timestamp::from_second(at).unwrap().to_string(), r.get(1)?))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let verdict = match (expect, made.as_slice()) {
            ("action", [(s, z)]) if s == start_utc && z == zone => {
                right += 1;
                "right".to_string()
            }
            ("review", []) => {
                right += 1;
                "right (left for a coordinator)".to_string()
            }
            ("action", []) => {
                misses += 1;
                format!("missed: left for a coordinator ({})", out.trim())
            }
            _ => {
                wrong.push(file.to_string());
                format!("WRONG: made {made:?}, expected {expect} {start_utc} {zone}")
            }
        };
        report.push_str(&format!("{file}: {verdict}\n"));
    }
    report.push_str(&format!("right {right}, missed {misses}, wrong {}\n", wrong.len()));
    println!("{report}");
    let _ = queue(&app, &token).await;
    (wrong, misses, report)
}

/// 20 messages written after the reader was tuned on `mail/corpus`, by someone who had seen
/// neither. Read once before any change (11 right, 3 missed, 6 wrong with confidence: the
/// figure of text it was not shaped by), then its faults fixed by kind (two dates, a weekday
/// that disagrees, a cancellation, cities in two zones, "noon", "6.30pm").
#[actix_web::test]
async fn a_held_out_corpus_is_never_read_wrong_with_confidence() {
    let (wrong, misses, report) = read_corpus("mail/heldout").await;
    assert!(wrong.is_empty(), "read wrong with confidence: {wrong:?}\n{report}");
    assert!(misses <= 4, "{misses} misses\n{report}");
}

/// [`deliver`] for a message as bytes (legacy charsets are not UTF-8).
fn deliver_bytes(db: &std::path::Path, raw: &[u8], recipient: &str) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_actioncal"))
        .args([
            "ingest-mail",
            "--recipient",
            recipient,
            "--sender",
            "bounce@sender.example",
            "--db",
        ])
        .arg(db)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    child.stdin.take().expect("stdin").write_all(raw).expect("written");
    let out = child.wait_with_output().expect("ends");
    code_and_output(&out)
}

#[actix_web::test]
async fn a_shift_jis_message_is_kept_decoded_for_the_desk() {
    let (app, _token) = app_with_coordinator().await;
    // "3月20日（土）18時から、東京・日比谷公園で連帯集会を開きます。" in Shift_JIS.
    let body: &[u8] = b"\x33\x8c\x8e\x32\x30\x93\xfa\x81\x69\x93\x79\x81\x6a\x31\x38\x8e\x9e\x82\xa9\x82\xe7\x81\x41\x93\x8c\x8b\x9e\x81\x45\x93\xfa\x94\xe4\x92\x4a\x8c\xf6\x89\x80\x82\xc5\x98\x41\x91\xd1\x8f\x57\x89\xef\x82\xf0\x8a\x4a\x82\xab\x82\xdc\x82\xb7\x81\x42\x0d\x0a";
    let mut raw = b"From: =?ISO-2022-JP?B?GyRCOzNFRBsoQg==?= <yamada@example.jp>\r\nTo: calendar@campaign.example\r\nSubject: =?Shift_JIS?B?mEGR0Y9Xie+CzIKokm2C54K5?=\r\nMessage-ID: <sjis-1@example.jp>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=Shift_JIS\r\nContent-Transfer-Encoding: 8bit\r\n\r\n".to_vec();
    raw.extend_from_slice(body);
    let (code, out) = deliver_bytes(&app.db, &raw, "calendar@campaign.example");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("kept for a coordinator"), "Japanese is not read: {out}");
    let (cookie, token) = crate::forms::csrf(&app, "/admin/login").await;
    let coord = app.coordinator("Desk reader");
    let res = crate::forms::post_form(&app, "/admin/login", &cookie, &[("csrf", &token), ("token", &coord)]).await;
    let (name, value, _) = res.cookies().into_iter().next().expect("session");
    let page = app
        .request(
            awc::http::Method::GET,
            "/admin/mail/1",
            &[("Cookie", &format!("{name}={value}"))],
        )
        .await
        .text();
    assert!(page.contains("連帯集会のお知らせ"), "the subject decoded: {page}");
    assert!(
        page.contains("山田 &lt;yamada@example.jp&gt;"),
        "the sender decoded (ISO-2022-JP): {page}"
    );
    assert!(page.contains("東京・日比谷公園で連帯集会"), "the text decoded: {page}");
}

/// From the hostile review: what a sender without proof, a calendar of many events, a
/// redelivery with added headers and a reading that failed halfway must not do.
#[actix_web::test]
async fn no_mail_to_unproven_senders_one_answer_per_message_and_a_message_taken_once() {
    let (app, token) = app_with_coordinator().await;
    let db = rusqlite::Connection::open(&app.db).unwrap();
    let outbox_to = |to: &str| -> i64 {
        db.query_row("SELECT count(*) FROM outbox WHERE recipient = ?1", [to], |r| r.get(0))
            .unwrap()
    };
    // Unproven sender: pending, and a coordinator's decision mails nobody.
    let (code, out) = deliver(
        &app.db,
        &gmail("np-1@mail.example", "victim@victim.example", INVITATION),
        "calendar@campaign.example",
    );
    assert_eq!(code, 0, "{out}");
    let id = queue(&app, &token).await[0]["id"].as_i64().unwrap();
    let auth = format!("Bearer {token}");
    let res = app
        .send_json(
            awc::http::Method::POST,
            &format!("/api/v1/moderation/submissions/{id}/reject"),
            &[("Authorization", &auth)],
            &serde_json::json!({"reason": "Not ours."}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(
        outbox_to("victim@victim.example"),
        0,
        "no mail to an address never proven"
    );
    // Three events in one authenticated message: three actions, one answer.
    let three = (1..=3)
        .map(|i| {
            INVITATION
                .replace("5ntc0aeo1t2m@google.com", &format!("three-{i}@x"))
                .replace("BEGIN:VCALENDAR\n", "")
                .replace("END:VCALENDAR\n", "")
                .replace("PRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n", "")
        })
        .collect::<String>();
    let calendar = format!("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//x//y//EN\nMETHOD:REQUEST\n{three}END:VCALENDAR\n");
    let args = ["--authserv-id", "mx.campaign.example"];
    let (code, out) = deliver_with(
        &app.db,
        &authenticated_by(
            "mx.campaign.example",
            &gmail("many-1@mail.gmail.com", "ana@organisers.example", &calendar),
        ),
        "calendar@campaign.example",
        &args,
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("pending for a coordinator: action"), "{out}");
    assert_eq!(outbox_to("ana@organisers.example"), 1, "one answer: {out}");
    // The same message again with a header an MTA added: taken once.
    let message = gmail(
        "again-1@mail.gmail.com",
        "ana@organisers.example",
        &INVITATION.replace("5ntc0aeo1t2m@google.com", "again@x"),
    );
    let (code, _) = deliver(&app.db, &message, "calendar@campaign.example");
    assert_eq!(code, 0);
    let before = queue(&app, &token).await.len();
    let relayed =
        format!("Received: from mx2.example by mx.campaign.example; Tue, 1 Dec 2026 10:00:01 +0000\n{message}");
    let (code, out) = deliver(&app.db, &relayed, "calendar@campaign.example");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("already taken"), "{out}");
    assert_eq!(queue(&app, &token).await.len(), before);
    // Kept, then its reading failed (here: made to look so): the MTA's retry reads it.
    db.execute_batch(
        "DELETE FROM inbound_events WHERE remote_uid = 'again@x';
         UPDATE inbound_mail SET state = 'stored', note = NULL WHERE message_id = 'again-1@mail.gmail.com';",
    )
    .unwrap();
    let (code, out) = deliver(&app.db, &message, "calendar@campaign.example");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("pending for a coordinator: action"), "read again: {out}");
}

/// A finished command's exit code (-1 when killed) and its standard output then error.
fn code_and_output(out: &std::process::Output) -> (i32, String) {
    (
        out.status.code().unwrap_or(-1),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}
