//! Every page and form state in every interface language: no English sentence of the English
//! catalogue left, no message id shown raw, the page tagged with its language and direction.

use std::collections::BTreeSet;

use actioncal::i18n::Ui;
use awc::http::Method;
use serde_json::json;

use crate::helpers::{Resp, TestApp, app_with_coordinator, chromium_bidi};

/// The text a person reads on a page: the elements' text and the labels read aloud
/// (`aria-label`, `title`, `placeholder`), with style and script left out.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let tag_end = rest[start..].find('>').map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start..tag_end];
        for attr in ["aria-label=\"", "title=\"", "placeholder=\""] {
            if let Some(at) = tag.find(attr) {
                let value = &tag[at + attr.len()..];
                out.push('\n');
                out.push_str(&value[..value.find('"').unwrap_or(0)]);
            }
        }
        out.push('\n');
        rest = &rest[tag_end..];
        for skipped in ["<style", "<script"] {
            if tag.starts_with(skipped) {
                let close = format!("</{}", &skipped[1..]);
                rest = rest.find(&close).map_or("", |c| &rest[c..]);
            }
        }
    }
    out.push_str(rest);
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace(['\u{2068}', '\u{2069}'], "")
        .replace(['\u{202f}', '\u{a0}'], " ")
}

/// The English catalogue's sentences: each message's literal runs of three words or more
/// (selectors and variables cut them), with the ids of every message.
fn english() -> (Vec<(String, String)>, Vec<String>) {
    use fluent_syntax::ast;
    let source = include_str!("../../src/i18n/locales/en.ftl");
    let resource = fluent_syntax::parser::parse(source).expect("en.ftl parses");
    let mut sentences = Vec::new();
    let mut ids = Vec::new();
    for entry in &resource.body {
        let ast::Entry::Message(m) = entry else { continue };
        ids.push(m.id.name.to_string());
        let Some(pattern) = &m.value else { continue };
        let mut run = String::new();
        let mut runs = Vec::new();
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => run.push_str(value),
                ast::PatternElement::Placeable { .. } => runs.push(std::mem::take(&mut run)),
            }
        }
        runs.push(run);
        for r in runs {
            let r = r
                .trim()
                .trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace());
            if r.split_whitespace().count() >= 3 && r.len() >= 16 {
                sentences.push((m.id.name.to_string(), r.to_string()));
            }
        }
    }
    (sentences, ids)
}

/// A fresh form's CSRF cookie and token.
async fn form_token(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> (String, String) {
    let res = app.request(Method::GET, path, headers).await;
    let cookie = res
        .cookies()
        .into_iter()
        .find(|(name, _, _)| name == "actioncal_csrf")
        .map(|(n, v, _)| format!("{n}={v}"))
        .unwrap_or_default();
    let token = res
        .text()
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the form carries a token")
        .to_string();
    (cookie, token)
}

async fn get(app: &TestApp, path: &str, cookie: &str, lang: &str) -> Resp {
    app.request(
        Method::GET,
        path,
        &[("Cookie", cookie), ("Accept-Language", lang), ("Accept", "text/html")],
    )
    .await
}

async fn post(app: &TestApp, path: &str, cookie: &str, lang: &str, pairs: &[(&str, &str)]) -> Resp {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
        .into_bytes();
    app.send_bytes(
        Method::POST,
        path,
        &[
            ("Content-Type", "application/x-www-form-urlencoded"),
            ("Cookie", cookie),
            ("Accept-Language", lang),
            ("Accept", "text/html"),
        ],
        body,
    )
    .await
}

/// Every page a person can reach, and every state of the forms, in language `lang`: the
/// (name, HTML) of each.
async fn walk(app: &TestApp, coord: &str, lang: &str) -> Vec<(String, String)> {
    let mut pages = Vec::new();
    let chosen = format!("ui={lang}");
    for path in [
        "/?from=2027-11-22",
        "/?from=2027-11-22&region=western-asia&lang=ar",
        "/regions/western-asia?from=2027-11-22",
        "/countries/lb?from=2027-11-22",
        "/campaigns/day-of-solidarity?from=2027-11-22",
        "/events/1",
        "/events/2?tz=America/Santiago",
        "/events/3",
        "/subscribe?region=europe",
        "/embed?limit=5",
        "/submit",
        "/events/424242",
        "/?tag=nothing-like-this",
        "/?lang=xx",
        "/?campaign=nothing-like-this",
        "/?from=2027-02-30",
        "/?region=atlantis",
        "/?from=2027-11-22&to=2027-11-01",
        "/?nonsense=1",
        "/embed?limit=500",
        "/embed?theme=pink",
        "/admin/login",
    ] {
        let res = get(app, path, &chosen, lang).await;
        pages.push((format!("GET {path} ({})", res.status), res.text()));
    }
    // The organiser's forms: refused, warned, accepted, then their private page.
    let h = [("Cookie", chosen.as_str()), ("Accept-Language", lang)];
    let (csrf, token) = form_token(app, "/submit", &h).await;
    let cookie = format!("{chosen}; {csrf}");
    let refused = post(
        app,
        "/submit",
        &cookie,
        lang,
        &[
            ("csrf", &token),
            ("title", ""),
            ("start", "2027-02-30T10:00"),
            ("timezone", "Mars/Base"),
            ("organiser_email", "not an address"),
        ],
    )
    .await;
    pages.push(("POST /submit refused".into(), refused.text()));
    let fields = [
        ("csrf", token.as_str()),
        ("title", "Waqfa li-l-asra"),
        ("start", "2027-11-29T03:00"),
        ("country", "LB"),
        ("city", "Bayrut"),
        ("organiser_email", "o@example.org"),
        ("repeat", "weekly"),
        ("repeat_count", "3"),
    ];
    let warned = post(app, "/submit", &cookie, lang, &fields).await;
    pages.push(("POST /submit warnings".into(), warned.text()));
    let confirmed = [&fields[..], &[("confirm", "night_time")]].concat();
    let accepted = post(app, "/submit", &cookie, lang, &confirmed).await;
    assert_eq!(accepted.status, 201, "{lang}: {}", accepted.text());
    let accepted = accepted.text();
    let edit = accepted
        .split("id=\"edit-link\"")
        .nth(1)
        .and_then(|r| r.split('>').nth(1))
        .and_then(|r| r.split('<').next())
        .expect("edit link")
        .replace("http://calendar.test", "");
    pages.push(("POST /submit accepted".into(), accepted));
    let res = get(app, &edit, &chosen, lang).await;
    pages.push((format!("GET edit link ({})", res.status), res.text()));
    let asked = post(app, &format!("{edit}/cancel"), &cookie, lang, &[("csrf", &token)]).await;
    pages.push(("POST cancel unconfirmed".into(), asked.text()));
    // An e-mailed message left for a coordinator.
    let store = actioncal::store::Store::open(&app.db).expect("store");
    store
        .with_conn(|c| {
            actioncal::service::intake::ingest(
                c,
                b"From: Ana <ana@organisers.example>\r\nSubject: Waqfa\r\nMessage-ID: <w@x>\r\n\r\nWaqfa fi Bayrut\r\n",
                &Default::default(),
                &Default::default(),
                jiff::civil::date(2026, 12, 1),
                jiff::Timestamp::now().as_second(),
            )
        })
        .expect("kept");
    // The desk, signed in (with a partner's calendar followed, never polled).
    let bearer = format!("Bearer {coord}");
    app.send_json(
        awc::http::Method::POST,
        "/api/v1/moderation/sources",
        &[("Authorization", &bearer)],
        &json!({"url": format!("https://partner.example/{lang}.ics"), "name": "Partner"}),
    )
    .await;
    let (csrf, token) = form_token(app, "/admin/login", &h).await;
    let wrong = post(
        app,
        "/admin/login",
        &format!("{chosen}; {csrf}"),
        lang,
        &[("csrf", &token), ("token", "acc_wrong")],
    )
    .await;
    pages.push(("POST /admin/login refused".into(), wrong.text()));
    let signed = post(
        app,
        "/admin/login",
        &format!("{chosen}; {csrf}"),
        lang,
        &[("csrf", &token), ("token", coord)],
    )
    .await;
    let (name, value, _) = signed
        .cookies()
        .into_iter()
        .find(|(n, _, _)| n != "actioncal_csrf")
        .expect("session");
    let session = format!("{chosen}; {name}={value}");
    for path in [
        "/admin",
        "/admin/log",
        "/admin/events?q=a",
        "/admin/events/4",
        "/admin/events/1",
        "/admin/campaigns",
        "/admin/coordinators",
        "/admin/sources",
        "/admin/mail",
        "/admin/mail/1",
    ] {
        let res = get(app, path, &session, lang).await;
        pages.push((format!("GET {path} ({})", res.status), res.text()));
    }
    pages
}

#[actix_web::test]
async fn every_page_and_form_state_speaks_each_language_with_no_english_left() {
    let (sentences, ids) = english();
    let mut found = Vec::new();
    for ui in Ui::all().filter(|u| *u != Ui::ENGLISH) {
        let lang = ui.code();
        // A store per language: the submission limits start afresh.
        let (app, coord) = app_with_coordinator().await;
        app.import(&json!([
            {"uid": "a@t", "title": "Waqfa Bayrut", "start": "2027-11-29T18:00", "timezone": "Asia/Beirut",
             "country": "LB", "city": "Bayrut", "campaigns": ["day-of-solidarity"], "languages": ["ar", "en"]},
            {"uid": "b@t", "title": "Asamblea en linea", "start": "2027-11-23T10:00", "timezone": "America/Los_Angeles",
             "online_url": "https://meet.example.org/x"},
            {"uid": "c@t", "title": "Kundgebung", "start": "2027-11-26T17:00", "end": "2027-11-26T19:00",
             "timezone": "Europe/Berlin", "country": "DE", "city": "Berlin", "recurrence": "FREQ=WEEKLY;COUNT=4",
             "status": "cancelled"}
        ]))
        .expect("imports");
        let catalogue = std::fs::read_to_string(format!("{}/src/i18n/locales/{lang}.ftl", env!("CARGO_MANIFEST_DIR")))
            .expect("catalogue");
        for (page, html) in walk(&app, &coord, lang).await {
            assert!(html.contains(&format!("lang=\"{lang}\"")), "{lang} {page}: {html}");
            assert!(html.contains(&format!("dir=\"{}\"", ui.dir())), "{lang} {page}");
            let text = visible_text(&html);
            let mut left: BTreeSet<String> = BTreeSet::new();
            for (id, sentence) in &sentences {
                // A run the language keeps as it is (a technical example) is not English left.
                if text.contains(sentence.as_str()) && !catalogue.contains(sentence.as_str()) {
                    left.insert(format!("{id}: {sentence:?}"));
                }
            }
            // English written elsewhere than the catalogues (a refusal made in the code): a line
            // with three of English's own function words.
            const ENGLISH: [&str; 15] = [
                "the", "is", "not", "of", "your", "this", "with", "which", "allowed", "any", "known", "must", "be",
                "are", "has",
            ];
            for line in text.lines() {
                let words: BTreeSet<&str> = line
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|w| ENGLISH.contains(&w.to_ascii_lowercase().as_str()))
                    .collect();
                if words.len() >= 3 {
                    left.insert(format!("English line: {line:?}"));
                }
            }
            for id in ids.iter().filter(|id| id.contains('_')) {
                if text
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .any(|w| w == id)
                {
                    left.insert(format!("raw id {id}"));
                }
            }
            if !left.is_empty() {
                found.push(format!("{lang} {page}: {left:?}"));
            }
        }
    }
    assert!(found.is_empty(), "English left or ids shown raw:\n{}", found.join("\n"));
}

#[actix_web::test]
async fn organiser_text_is_laid_out_by_its_own_script_and_every_page_reads_right_to_left_in_chromium() {
    let (app, coord) = app_with_coordinator().await;
    app.import(&json!([
        // A Latin title of an action held in Arabic and English: left to right on any page.
        {"uid": "latin@t", "title": "Rally for Gaza, Beirut", "start": "2027-11-29T18:00", "timezone": "Asia/Beirut",
         "country": "LB", "city": "Beirut", "languages": ["ar", "en"], "campaigns": ["day-of-solidarity"]},
        // An Arabic title: right to left on any page.
        {"uid": "arabic@t", "title": "وقفة تضامنية مع الأسرى", "start": "2027-11-29T17:00", "timezone": "Asia/Beirut",
         "country": "LB", "city": "بيروت", "languages": ["ar"],
         "description": "تجمع أمام مبنى الأمم المتحدة. Bring flags."},
        {"uid": "online@t", "title": "Online assembly", "start": "2027-11-28T10:00", "timezone": "America/Los_Angeles",
         "online_url": "https://meet.example.org/x", "recurrence": "FREQ=WEEKLY;COUNT=3"}
    ]))
    .expect("imports");
    // A submission waiting, for the desk's queue.
    app.send_json(
        Method::POST,
        "/api/v1/submissions",
        &[("Accept-Language", "fa")],
        &json!({"title": "تجمع در تهران", "start": "2027-11-30T18:00", "timezone": "Asia/Tehran", "country": "IR",
                "city": "تهران", "organiser_email": "o@example.org"}),
    )
    .await;
    let session = {
        let (csrf, token) = form_token(&app, "/admin/login", &[]).await;
        let signed = post(
            &app,
            "/admin/login",
            &csrf,
            "en",
            &[("csrf", &token), ("token", &coord)],
        )
        .await;
        let (name, value, _) = signed
            .cookies()
            .into_iter()
            .find(|(n, _, _)| n != "actioncal_csrf")
            .expect("session");
        json!({"name": name, "value": value})
    };
    let base = app.address.replace("127.0.0.1", "localhost");
    let spec = json!({
        "cookie": session,
        "checks": [
            {"path": "/events/1?ui=ar", "selector": "h1", "expect": "ltr"},
            {"path": "/events/2?ui=en", "selector": "h1", "expect": "rtl"},
            {"path": "/events/2?ui=en", "selector": ".desc", "expect": "rtl"},
            {"path": "/?from=2027-11-28&ui=ar", "selector": "a[href='/events/1']", "expect": "ltr"},
            {"path": "/?from=2027-11-28&ui=en", "selector": "a[href='/events/2']", "expect": "rtl"},
            {"path": "/?from=2027-11-28&ui=fa", "selector": "a[href='/events/3']", "expect": "ltr"},
            {"path": "/embed?ui=ar", "selector": "a[href^='/events/1']", "expect": "ltr"},
            {"path": "/admin?ui=ar", "selector": "article.card h2", "expect": "rtl"},
            // Mixed lines keep their order: a time range in an Arabic line reads from the right,
            // the same range in an English line from the left.
            {"path": "/events/1?ui=ar", "selector": "dd.utc bdi", "expect": "rtl"},
            {"path": "/events/1?ui=en", "selector": "dd.utc bdi", "expect": "ltr"},
            {"path": "/events/3?ui=fa", "selector": "dd.utc bdi", "expect": "rtl"},
            // Interface text follows the interface language's direction.
            {"path": "/?from=2027-11-28&ui=ar", "selector": "main h1", "expect": "rtl"},
            {"path": "/?from=2027-11-28&ui=ja", "selector": "main h1", "expect": "ltr"}
        ],
        "pages": [
            "/?from=2027-11-28", "/events/1", "/events/2", "/events/3", "/regions/western-asia?from=2027-11-28",
            "/campaigns/day-of-solidarity?from=2027-11-28", "/subscribe", "/embed", "/submit", "/events/424242",
            "/admin", "/admin/log", "/admin/events?q=a", "/admin/events/4", "/admin/campaigns", "/admin/coordinators"
        ],
        "langs": ["ar", "fa", "ja"],
        "axe": ["ar", "ja"]
    });
    let seen = chromium_bidi(&base, &spec).await;
    for check in seen["checks"].as_array().expect("checks") {
        let expect = check["expect"].as_str().expect("expect");
        assert_eq!(check["direction"], expect, "computed direction: {check}");
        assert_eq!(check["order"], expect, "letters drawn in order: {check}");
        // A block's line starts on its own side (an inline element is only as wide as its text).
        if check["block"] == true {
            let start = if expect == "rtl" { "right" } else { "left" };
            assert_eq!(check["starts"], start, "the line starts on its own side: {check}");
        }
    }
    for page in seen["pages"].as_array().expect("pages") {
        let (lang, path) = (
            page["lang"].as_str().expect("lang"),
            page["path"].as_str().expect("path"),
        );
        let want = if path == "/events/424242" { 404 } else { 200 };
        assert_eq!(page["status"], want, "{page}");
        let ui = Ui::by_code(lang).expect("a language");
        assert_eq!(page["dir"], ui.dir(), "{page}");
        assert_eq!(page["overflow"], false, "wider than the screen: {page}");
        assert_eq!(page["serious"], json!([]), "axe-core: {page}");
    }
}

#[actix_web::test]
async fn the_language_is_chosen_by_the_reader_on_every_page_and_kept_only_then() {
    let (app, _) = app_with_coordinator().await;
    let lang_of = |html: &str| {
        html.split("<html lang=\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or("")
            .to_string()
    };
    let cookie_of = |res: &Resp| res.cookies().into_iter().find(|(n, _, _)| n == "ui").map(|(_, v, _)| v);
    // `?ui=` speaks on every page, the forms and the desk's sign-in included, over an earlier choice.
    for path in ["/submit?ui=ar", "/admin/login?ui=ja", "/?ui=fa", "/subscribe?ui=de"] {
        let res = app
            .request(Method::GET, path, &[("Cookie", "ui=fr"), ("Accept-Language", "es")])
            .await;
        assert_eq!(res.status, 200, "{path}");
        let want = path.rsplit('=').next().expect("code");
        assert_eq!(lang_of(&res.text()), want, "{path}");
        assert_eq!(cookie_of(&res).as_deref(), Some(want), "{path}: the choice is kept");
    }
    // A link from another site (a partner's widget carries its language) shows the page in that
    // language without changing the reader's choice.
    let res = app
        .request(Method::GET, "/?ui=ar", &[("Sec-Fetch-Site", "cross-site")])
        .await;
    assert_eq!(lang_of(&res.text()), "ar");
    assert_eq!(cookie_of(&res), None);
    let res = app
        .request(Method::GET, "/?ui=ar", &[("Sec-Fetch-Site", "same-origin")])
        .await;
    assert_eq!(cookie_of(&res).as_deref(), Some("ar"));
    // Only pages keep it: not feeds, errors or the widget.
    for path in [
        "/calendar.ics?ui=ar",
        "/events/424242?ui=ar",
        "/embed?ui=ar",
        "/api/v1/events?ui=ar",
    ] {
        let res = app.request(Method::GET, path, &[("Accept", "text/html")]).await;
        assert_eq!(cookie_of(&res), None, "{path}");
    }
    // Links shared on social sites carry parameters pages do not know: the page opens.
    assert_eq!(app.get("/?fbclid=IwAR123&utm_source=x").await.status, 200);
    // An unknown `ui` is never echoed back into the page.
    let html = app.get("/?ui=ar%00").await.text();
    assert!(!html.contains("ar\0") && lang_of(&html) == "en", "{html}");
    // Accept-Language: an odd byte or tag costs that item, not the header; tags with
    // extensions name their language.
    let res = app
        .send_bytes(
            Method::GET,
            "/",
            &[("Accept-Language", "ar-u-nu-latn;q=0.9, xx-???, de;q=0.5")],
            Vec::new(),
        )
        .await;
    assert_eq!(lang_of(&res.text()), "ar");
    // On a page in Arabic, the feed links ask for the feed's name in Arabic.
    let html = app.get("/?ui=ar&region=western-asia").await.text();
    assert!(html.contains("calendar.ics?region=western-asia&amp;ui=ar"), "{html}");
    let ics = app.get("/calendar.ics?region=western-asia&ui=ar").await.text();
    let name = ics.lines().find(|l| l.starts_with("X-WR-CALNAME:")).expect("a name");
    assert!(name.contains("غرب آسيا"), "{name}");
}
