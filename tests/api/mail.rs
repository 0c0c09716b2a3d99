//! Mail to organisers through a real SMTP server on loopback (aiosmtpd from PyPI, delivering
//! into a Maildir): the edit link on submission, the approval, the rejection with its reason,
//! in the organiser's language, with the headers mail hygiene asks for; and mail written while
//! the relay is down arrives once it is back.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use awc::http::Method;
use mail_parser::{MessageParser, MimeHeaders};
use serde_json::{Value, json};

use crate::helpers::{TestApp, clients, spawn_app, spawn_with};

/// A real SMTP server: `python -m aiosmtpd` with its Maildir handler.
pub(crate) struct Smtp {
    port: u16,
    maildir: PathBuf,
    child: Option<Child>,
}

impl Smtp {
    pub(crate) fn start(port: u16, maildir: &Path) -> Self {
        let mut server = Command::new(clients().join(".venv/bin/python"));
        server
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir);
        Self::run(server, port, maildir)
    }

    /// Runs `server` (an SMTP server delivering to `maildir`) until it listens on `port`.
    fn run(mut server: Command, port: u16, maildir: &Path) -> Self {
        for sub in ["tmp", "new", "cur"] {
            std::fs::create_dir_all(maildir.join(sub)).expect("a Maildir");
        }
        let child = server
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("aiosmtpd starts (tests/clients/requirements.txt)");
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "aiosmtpd listens on {port}");
            std::thread::sleep(Duration::from_millis(50));
        }
        Self {
            port,
            maildir: maildir.to_path_buf(),
            child: Some(child),
        }
    }

    fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// The messages delivered so far, oldest first, as raw bytes.
    pub(crate) fn delivered(&self) -> Vec<Vec<u8>> {
        let mut files: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(self.maildir.join("new"))
            .map(|d| {
                d.filter_map(Result::ok)
                    .map(|e| (e.metadata().and_then(|m| m.modified()).expect("mtime"), e.path()))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
            .into_iter()
            .map(|(_, p)| std::fs::read(p).expect("message"))
            .collect()
    }

    /// Waits until `n` messages were delivered, and returns them.
    pub(crate) fn wait_for(&self, n: usize) -> Vec<Vec<u8>> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let got = self.delivered();
            if got.len() >= n {
                return got;
            }
            assert!(
                Instant::now() < deadline,
                "{n} messages expected, {} delivered",
                got.len()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// A CA and a certificate for 127.0.0.1 signed by it (openssl, from Debian), in `dir`:
/// (CA PEM, server certificate, server key).
fn test_pki(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let run = |args: &[&str]| {
        let out = Command::new("openssl")
            .args(args)
            .current_dir(dir)
            .output()
            .expect("openssl runs");
        assert!(
            out.status.success(),
            "openssl {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    std::fs::write(
        dir.join("server.ext"),
        "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
    )
    .expect("extensions");
    run(&[
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=actioncal test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    ]);
    run(&[
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=127.0.0.1",
    ]);
    run(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-CA",
        "ca.pem",
        "-CAkey",
        "ca.key",
        "-CAcreateserial",
        "-out",
        "server.pem",
        "-days",
        "2",
        "-extfile",
        "server.ext",
    ]);
    (dir.join("ca.pem"), dir.join("server.pem"), dir.join("server.key"))
}

impl Smtp {
    /// A server that demands STARTTLS, then AUTH with `user` and `password`.
    fn start_tls(port: u16, maildir: &Path, cert: &Path, key: &Path, user: &str, password: &str) -> Self {
        let mut server = Command::new(clients().join(".venv/bin/python"));
        server
            .arg(clients().join("smtp_tls.py"))
            .arg(cert)
            .arg(key)
            .arg(port.to_string())
            .arg(maildir)
            .args([user, password]);
        Self::run(server, port, maildir)
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        self.stop();
    }
}

pub(crate) use crate::helpers::free_port;

pub(crate) async fn app_mailing_to(port: u16) -> (TestApp, String) {
    let app = spawn_with(|s| {
        s.mail = Some(actioncal::config::MailSettings {
            smtp_url: format!("smtp://127.0.0.1:{port}"),
            ca: None,
            from: "Calendar <calendar@calendar.test>".into(),
            per_hour: 10,
            retry_after: Duration::from_secs(1),
            poll: Duration::from_millis(100),
        });
    })
    .await;
    app.import(&json!({"campaigns": [{"slug": "day-of-solidarity", "name": "Day of Solidarity"}], "events": []}))
        .expect("campaign");
    let token = app.coordinator("Coordinator One");
    (app, token)
}

fn submission(title: &str, to: &str) -> Value {
    json!({
        "title": title, "start": "2027-11-29T18:00", "end": "2027-11-29T19:30",
        "timezone": "Asia/Beirut", "country": "LB", "city": "Beirut",
        "campaigns": ["day-of-solidarity"], "languages": ["ar"],
        "organiser_email": to, "organiser_name": "Organiser"
    })
}

async fn submit(app: &TestApp, body: &Value, lang: &str) -> Value {
    let res = app
        .send_json(Method::POST, "/api/v1/submissions", &[("Accept-Language", lang)], body)
        .await;
    assert_eq!(res.status, 201, "{}", res.text());
    res.json()
}

struct Read {
    to: String,
    subject: String,
    text: String,
    html: String,
    auto_submitted: String,
    message_id: String,
}

fn read(raw: &[u8]) -> Read {
    let m = MessageParser::default().parse(raw).expect("a message");
    let to = m
        .to()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .unwrap_or("")
        .to_string();
    let header = |name: &str| m.header_raw(name).map(|v| v.trim().to_string()).unwrap_or_default();
    assert!(
        m.content_type().is_none_or(|c| c.ctype() == "multipart"),
        "one multipart message"
    );
    Read {
        to,
        subject: m.subject().unwrap_or("").to_string(),
        text: m.body_text(0).expect("a text part").to_string(),
        html: m.body_html(0).expect("an HTML part").to_string(),
        auto_submitted: header("Auto-Submitted"),
        message_id: m.message_id().unwrap_or("").to_string(),
    }
}

#[actix_web::test]
async fn organisers_get_their_edit_link_and_every_decision_in_their_language() {
    let dir = tempfile::tempdir().expect("dir");
    let smtp = Smtp::start(free_port(), dir.path());
    let (app, coord) = app_mailing_to(smtp.port).await;
    let auth = format!("Bearer {coord}");

    // Submitted in Spanish: the edit link arrives, in Spanish, with the action's own time.
    let created = submit(&app, &submission("Vigilia por Gaza", "ana@example.org"), "es").await;
    assert_eq!(created["edit_link_mailed"], true);
    let edit_url = created["edit_url"].as_str().expect("edit_url").to_string();
    let mail = read(&smtp.wait_for(1)[0]);
    assert_eq!(mail.to, "ana@example.org");
    assert!(
        mail.subject.contains("Vigilia por Gaza") && mail.subject.contains("enlace privado"),
        "{}",
        mail.subject
    );
    assert!(
        mail.text.contains(&edit_url),
        "the text carries the edit link: {}",
        mail.text
    );
    assert!(mail.html.contains(&format!("href=\"{edit_url}\"")), "{}", mail.html);
    assert!(
        // Local time, the zone as a Spanish reader knows it (CLDR), and the same moment in UTC.
        mail.text.contains("18:00") && mail.text.contains("hora de Líbano") && mail.text.contains("16:00 UTC"),
        "{}",
        mail.text
    );
    assert!(
        mail.text.contains("lunes, 29 de noviembre de 2027"),
        "the date in Spanish: {}",
        mail.text
    );
    assert_eq!(mail.auto_submitted, "auto-generated");
    assert!(mail.message_id.ends_with("@calendar.test"), "{}", mail.message_id);
    // The mailed link works.
    let page = app
        .get(edit_url.strip_prefix("http://calendar.test").expect("our origin"))
        .await;
    assert_eq!(page.status, 200);

    // Approved: the organiser hears it, with the public page and the feeds.
    let id = created["id"].as_i64().expect("id");
    let res = app
        .request(
            Method::POST,
            &format!("/api/v1/moderation/submissions/{id}/approve"),
            &[("Authorization", &auth)],
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let mail = read(&smtp.wait_for(2)[1]);
    assert!(mail.subject.contains("ya está en el calendario"), "{}", mail.subject);
    assert!(
        mail.text.contains(&format!("http://calendar.test/events/{id}")),
        "{}",
        mail.text
    );
    assert!(
        mail.text
            .contains("http://calendar.test/campaigns/day-of-solidarity.ics"),
        "{}",
        mail.text
    );
    assert!(
        !mail.text.contains("/submissions/"),
        "later mail never repeats the secret link"
    );

    // A coordinator's edit tells what changed; pressing approve again tells nothing new.
    let res = app
        .send_json(
            Method::PATCH,
            &format!("/api/v1/moderation/events/{id}"),
            &[("Authorization", &auth)],
            &json!({"venue": "Plaza Riad al-Solh"}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let mail = read(&smtp.wait_for(3)[2]);
    assert!(mail.subject.contains("La coordinación cambió"), "{}", mail.subject);
    assert!(mail.text.contains("- venue: — → Plaza Riad al-Solh"), "{}", mail.text);
    let again = app
        .request(
            Method::POST,
            &format!("/api/v1/moderation/submissions/{id}/approve"),
            &[("Authorization", &auth)],
        )
        .await;
    assert_eq!(again.status, 200, "{}", again.text());
    // Cancelled: said once, with the public page.
    let res = app
        .request(
            Method::POST,
            &format!("/api/v1/moderation/events/{id}/cancel"),
            &[("Authorization", &auth)],
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let mail = read(&smtp.wait_for(4)[3]);
    assert!(mail.subject.contains("fue cancelada"), "{}", mail.subject);

    // Rejected, in French, with the coordinator's reason.
    let other = submit(&app, &submission("Veillée à Beyrouth", "luc@example.org"), "fr").await;
    let other_id = other["id"].as_i64().expect("id");
    let res = app
        .send_json(
            Method::POST,
            &format!("/api/v1/moderation/submissions/{other_id}/reject"),
            &[("Authorization", &auth)],
            &json!({"reason": "Merci d'ajouter l'adresse <exacte> du lieu."}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let all = smtp.wait_for(6);
    let rejected = all
        .iter()
        .map(|m| read(m))
        .find(|m| m.subject.contains("n’a pas été publiée"))
        .expect("the rejection");
    assert_eq!(rejected.to, "luc@example.org");
    assert!(
        rejected.text.contains("> Merci d'ajouter l'adresse <exacte> du lieu."),
        "{}",
        rejected.text
    );
    assert!(
        rejected.html.contains("&lt;exacte&gt;"),
        "the reason is escaped in HTML: {}",
        rejected.html
    );

    // Nothing more: the second approval mailed nothing.
    std::thread::sleep(Duration::from_millis(600));
    assert_eq!(smtp.delivered().len(), 6);
    // Nothing private reached a public answer on the way.
    assert!(
        !app.get("/calendar.ics?from=2026-01-01")
            .await
            .text()
            .contains("ana@example.org")
    );
}

#[actix_web::test]
async fn mail_written_while_the_relay_is_down_arrives_when_it_is_back() {
    let dir = tempfile::tempdir().expect("dir");
    let port = free_port();
    let mut smtp = Smtp::start(port, dir.path());
    let (app, _) = app_mailing_to(port).await;
    smtp.stop();
    // The submission itself never waits for the relay.
    let started = Instant::now();
    let created = submit(&app, &submission("Vigil, relay down", "mona@example.org"), "ar").await;
    assert!(started.elapsed() < Duration::from_secs(5));
    // The worker tries, fails, and keeps the message.
    let store = actioncal::store::Store::open(&app.db).expect("store");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let state = store
            .with_conn(|c| actioncal::store::outbox::state(c, 1))
            .expect("outbox")
            .expect("the message is in the outbox");
        if state.1 >= 1 {
            assert_eq!(state.0, "waiting", "{state:?}");
            assert!(state.2.is_some(), "the error is kept in words");
            break;
        }
        assert!(Instant::now() < deadline, "an attempt was made: {state:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(smtp.delivered().is_empty());
    // Back: the message arrives, in Arabic, with the edit link.
    let smtp = Smtp::start(port, dir.path());
    let mail = read(&smtp.wait_for(1)[0]);
    assert_eq!(mail.to, "mona@example.org");
    assert!(mail.subject.contains("رابط التعديل"), "{}", mail.subject);
    assert!(mail.text.contains(created["edit_url"].as_str().expect("edit_url")));
    assert!(mail.html.contains("dir=\"rtl\""), "{}", mail.html);
    let state = store
        .with_conn(|c| actioncal::store::outbox::state(c, 1))
        .expect("outbox")
        .expect("row");
    assert_eq!(state.0, "sent");
    // The secret is not kept once sent.
    let data: String = rusqlite::Connection::open(&app.db)
        .expect("db")
        .query_row("SELECT data FROM outbox WHERE id = 1", [], |r| r.get(0))
        .expect("row");
    assert_eq!(data, "{}");
}

#[actix_web::test]
async fn without_a_relay_pages_say_the_link_is_not_mailed() {
    let app = spawn_app().await;
    app.import(&json!({"campaigns": [{"slug": "day-of-solidarity", "name": "Day of Solidarity"}], "events": []}))
        .expect("campaign");
    let created = submit(&app, &submission("Vigil, no relay", "sam@example.org"), "en").await;
    assert_eq!(created["edit_link_mailed"], false);
    assert!(created["message"].as_str().expect("message").contains("sends no mail"));
}

#[actix_web::test]
async fn coordinators_who_opt_in_get_a_digest_they_can_stop_in_one_click() {
    let dir = tempfile::tempdir().expect("dir");
    let smtp = Smtp::start(free_port(), dir.path());
    let (app, _) = app_mailing_to(smtp.port).await;
    let store = actioncal::store::Store::open(&app.db).expect("store");
    use actioncal::store::coordinators::{self, Digest};
    store
        .with_conn(|c| coordinators::set_digest(c, 1, Digest::Hourly, Some("coord@example.org"), Some("es")))
        .expect("opted in");
    submit(&app, &submission("Vigil in Tunis", "org@example.org"), "en").await;
    // The organiser's edit link, then the coordinator's digest (looked for every few polls).
    let deadline = Instant::now() + Duration::from_secs(30);
    let digest = loop {
        let found = smtp
            .delivered()
            .iter()
            .find(|m| read(m).to == "coord@example.org")
            .cloned();
        if let Some(m) = found {
            break m;
        }
        assert!(Instant::now() < deadline, "a digest arrives");
        std::thread::sleep(Duration::from_millis(200));
    };
    let mail = read(&digest);
    // In the language the coordinator reads the desk in (Spanish here), with its plural rules.
    let es = actioncal::i18n::Ui::by_code("es").expect("Spanish");
    assert_eq!(
        mail.subject,
        es.tf("mail_digest_subject", "count", 1_i64),
        "{}",
        mail.subject
    );
    assert!(
        mail.text.contains("Vigil in Tunis") && mail.text.contains("http://calendar.test/admin"),
        "{}",
        mail.text
    );
    assert!(
        !mail.text.contains("org@example.org"),
        "the organiser's address stays on the desk"
    );
    let parsed = MessageParser::default().parse(&digest).expect("message");
    let header = |name: &str| {
        parsed
            .header_raw(name)
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    assert_eq!(header("List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
    let link = header("List-Unsubscribe");
    let url = link.trim_matches(['<', '>']).replace("\r\n", "").replace(' ', "");
    let path = url
        .strip_prefix("http://calendar.test")
        .expect("our origin")
        .to_string();
    assert!(mail.text.contains(&url), "the footer carries the same link");
    // A GET shows a button and changes nothing; a wrong secret opens nothing.
    assert_eq!(app.get(&path).await.status, 200);
    let wrong = path.replace("&t=", "&t=x");
    assert_eq!(
        app.send_bytes(Method::POST, &wrong, &[], b"List-Unsubscribe=One-Click".to_vec())
            .await
            .status,
        404
    );
    let on = store
        .with_conn(|c| coordinators::digest(c, 1))
        .expect("setting")
        .expect("row");
    assert_eq!(on.every, Digest::Hourly);
    // The mail client's one-click POST stops them.
    let res = app
        .send_bytes(
            Method::POST,
            &path,
            &[("Content-Type", "application/x-www-form-urlencoded")],
            b"List-Unsubscribe=One-Click".to_vec(),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let off = store
        .with_conn(|c| coordinators::digest(c, 1))
        .expect("setting")
        .expect("row");
    assert_eq!(off.every, Digest::Off);
}

/// The loop a campaign weekend runs on, in a real browser with real mail: submit, the edit link
/// by mail, an edit from it, approval in the desk (and its mail), a rejection with a reason
/// typed by keyboard (and its mail), a wrong zone fixed and approved in one save, a
/// coordinator's edit read field by field in the log (and its mail); the desk on a phone.
#[actix_web::test]
async fn the_whole_loop_runs_in_chromium_with_real_mail() {
    let dir = tempfile::tempdir().expect("dir");
    let smtp = Smtp::start(free_port(), dir.path());
    let (app, token) = app_mailing_to(smtp.port).await;
    let shots = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).to_path_buf();
    let seen = crate::helpers::chromium_loop(&app.address, &token, &smtp.maildir, &shots).await;
    assert_eq!(seen["consoleErrors"], json!([]), "{seen}");
    assert_eq!(seen["mailedNotice"], true, "{seen}");
    assert_eq!(seen["editLinkMailed"], true, "{seen}");
    // The organiser's browser asks for French: the page answers in French.
    let fr = actioncal::i18n::Ui::by_code("fr").expect("French");
    assert_eq!(seen["saved"], fr.t("notice_saved"), "{seen}");
    assert_eq!(seen["cardShowsUtc"], true, "{seen}");
    assert!(
        seen["approvedNotice"]
            .as_str()
            .is_some_and(|s| s.starts_with("Approved")),
        "{seen}"
    );
    assert_eq!(seen["approvalInFrench"], true, "{seen}");
    assert!(
        seen["rejectedNotice"]
            .as_str()
            .is_some_and(|s| s.starts_with("Rejected")),
        "{seen}"
    );
    assert_eq!(seen["rejectionMailTo"], true, "{seen}");
    assert!(
        seen["fixedNotice"].as_str().is_some_and(|s| s.starts_with("Approved")),
        "{seen}"
    );
    assert!(
        seen["keyboardApproved"]
            .as_str()
            .is_some_and(|s| s.starts_with("Approved")),
        "j then a approves: {seen}"
    );
    let diff: Vec<String> = serde_json::from_value(seen["logDiff"].clone()).expect("cells");
    assert!(
        diff.windows(3)
            .any(|w| w == ["venue", "Place de la République", "Place de la Nation"]),
        "{diff:?}"
    );
    assert_eq!(seen["editMailTo"], true, "{seen}");
    assert!(seen["phoneOverflow"].as_i64().is_some_and(|o| o <= 0), "{seen}");
    let fixed = app.get("/api/v1/events?from=2026-01-01").await.json();
    let vigile = fixed["events"]
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["title"] == "Vigile")
        .expect("the fixed action is published")
        .clone();
    assert_eq!(vigile["timezone"], "Europe/Paris");
    // Figures for the note: clicks and seconds per decision, as the browser took them.
    eprintln!("desk figures: clicks {} seconds {}", seen["clicks"], seen["seconds"]);
}

#[actix_web::test]
async fn mail_goes_through_a_relay_that_demands_starttls_and_a_password() {
    let dir = tempfile::tempdir().expect("dir");
    let (ca, cert, key) = test_pki(dir.path());
    let port = free_port();
    let maildir = dir.path().join("Maildir");
    let smtp = Smtp::start_tls(port, &maildir, &cert, &key, "calendar", "s3cret pass");
    // Without the relay's CA the certificate is not trusted: nothing is sent, nothing is lost.
    let untrusted = with_relay(relay(
        format!("smtp://calendar:s3cret%20pass@127.0.0.1:{port}?tls=required"),
        None,
        60,
    ))
    .await;
    submit(&untrusted, &submission("Vigil in Tunis", "org@example.org"), "en").await;
    // A wrong password: refused by the relay, kept for later.
    let refused = with_relay(relay(
        format!("smtp://calendar:wrong@127.0.0.1:{port}?tls=required"),
        Some(ca.clone()),
        60,
    ))
    .await;
    submit(&refused, &submission("Vigil in Sfax", "org@example.org"), "en").await;
    // STARTTLS with the relay's CA, then AUTH: delivered.
    let trusted = with_relay(relay(
        format!("smtp://calendar:s3cret%20pass@127.0.0.1:{port}?tls=required"),
        Some(ca.clone()),
        1,
    ))
    .await;
    submit(&trusted, &submission("Vigil in Gabes", "org@example.org"), "en").await;
    let delivered = smtp.wait_for(1);
    std::thread::sleep(Duration::from_millis(1500));
    let all = smtp.delivered();
    assert_eq!(
        all.len(),
        1,
        "only the relay's trusted, authenticated client got through"
    );
    let mail = read(&delivered[0]);
    assert!(mail.subject.contains("Vigil in Gabes"), "{}", mail.subject);
    for (app, why) in [(&untrusted, "certificate"), (&refused, "auth")] {
        let (state, error): (String, Option<String>) = rusqlite::Connection::open(&app.db)
            .expect("db")
            .query_row("SELECT state, last_error FROM outbox", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .expect("the outbox");
        assert_eq!(state, "waiting", "{why}: kept to try again");
        assert!(error.is_some_and(|e| e.to_lowercase().contains(why)), "{why}");
    }
}

/// Mail settings for relay `url`, trusting `ca`, retrying after `retry` seconds.
fn relay(url: String, ca: Option<PathBuf>, retry: u64) -> actioncal::config::MailSettings {
    actioncal::config::MailSettings {
        smtp_url: url,
        ca,
        from: "Calendar <calendar@calendar.test>".into(),
        per_hour: 10,
        retry_after: Duration::from_secs(retry),
        poll: Duration::from_millis(100),
    }
}

/// A server mailing through `mail`, with the campaign submissions name.
async fn with_relay(mail: actioncal::config::MailSettings) -> TestApp {
    let app = spawn_with(|s| s.mail = Some(mail)).await;
    app.import(&json!({"campaigns": [{"slug": "day-of-solidarity", "name": "Day of Solidarity"}], "events": []}))
        .expect("campaign");
    app
}
