//! The organiser's form and the coordinators' pages, in a real browser and over plain HTTP.

use awc::http::Method;
use serde_json::json;

use crate::helpers::{TestApp, app_with_coordinator, chromium_form, icaljs, spawn_with};

fn form_body(pairs: &[(&str, &str)]) -> Vec<u8> {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
        .into_bytes()
}

pub(crate) async fn post_form(app: &TestApp, path: &str, cookie: &str, pairs: &[(&str, &str)]) -> crate::helpers::Resp {
    post_form_with(app, path, cookie, pairs, &[]).await
}

async fn post_form_with(
    app: &TestApp,
    path: &str,
    cookie: &str,
    pairs: &[(&str, &str)],
    headers: &[(&str, &str)],
) -> crate::helpers::Resp {
    let client = awc::Client::builder().disable_redirects().finish();
    let mut req = client
        .request(Method::POST, format!("{}{path}", app.address))
        .insert_header(("Content-Type", "application/x-www-form-urlencoded"))
        .insert_header(("Cookie", cookie));
    for h in headers {
        req = req.insert_header(*h);
    }
    let mut res = req.send_body(form_body(pairs)).await.expect("sent");
    let bytes = res.body().limit(8 * 1024 * 1024).await.expect("body").to_vec();
    crate::helpers::Resp {
        status: res.status().as_u16(),
        headers: res.headers().clone(),
        bytes,
    }
}

/// The CSRF token the first form of `html` carries.
fn form_token(html: &str) -> String {
    html.split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the form carries a token")
        .to_string()
}

/// The CSRF cookie and the form's token of a fresh form.
pub(crate) async fn csrf(app: &TestApp, path: &str) -> (String, String) {
    let res = app.get(path).await;
    let (name, value, header) = res.cookies().into_iter().next().expect("a CSRF cookie");
    assert!(
        header.contains("HttpOnly") && header.contains("SameSite=Strict"),
        "{header}"
    );
    // The test calendar is served over plain http (http://calendar.test): a Secure cookie
    // would be dropped by browsers on any host but localhost.
    assert!(!header.contains("Secure"), "{header}");
    let token = form_token(&res.text());
    assert_ne!(token, value, "the form's token is signed, not a copy of the cookie");
    (format!("{name}={value}"), token)
}

#[actix_web::test]
async fn an_organiser_submits_in_chromium_and_the_action_reaches_the_feed() {
    let (app, coord) = app_with_coordinator().await;
    // Secure cookies are kept on http://localhost, which browsers treat as a secure origin.
    let base = app.address.replace("127.0.0.1", "localhost");
    let seen = chromium_form(&base).await;
    assert_eq!(seen["consoleErrors"], json!([]), "{seen}");
    assert_eq!(seen["zoneFromBrowser"], "Asia/Beirut", "{seen}");
    assert_eq!(seen["zoneFromCountry"], "Asia/Gaza", "{seen}");
    assert_eq!(seen["titleDirection"], "rtl", "Arabic is laid out right to left");
    assert_eq!(seen["warnings"], json!(["night_time"]), "{seen}");
    assert_eq!(seen["valuesKept"], "وقفة تضامنية مع الأسرى في بيروت");
    assert!(
        seen["editLink"]
            .as_str()
            .expect("edit link")
            .contains("/submissions/ace_"),
        "{seen}"
    );
    // The organiser's browser asks for Arabic (ar-LB): the pages answer in Arabic.
    let ar = actioncal::i18n::Ui::by_code("ar").expect("Arabic");
    assert!(
        seen["status"]
            .as_str()
            .expect("status")
            .contains(&ar.t("status_pending")),
        "{seen}"
    );

    let queue = app
        .request(
            Method::GET,
            "/api/v1/moderation/queue",
            &[("Authorization", &format!("Bearer {coord}"))],
        )
        .await
        .json();
    let item = &queue["submissions"][0];
    assert_eq!(item["timezone"], "Asia/Beirut");
    assert_eq!(item["description"], "شموع عند الغروب.\nCandles at dusk.");
    let id = item["id"].as_i64().expect("id");
    let auth = format!("Bearer {coord}");
    app.request(
        Method::POST,
        &format!("/api/v1/moderation/submissions/{id}/approve"),
        &[("Authorization", &auth)],
    )
    .await;
    let ics = app.get("/campaigns/day-of-solidarity.ics?from=2026-01-01").await.text();
    let read = icaljs(&ics);
    let (_, event) = read.as_object().expect("events").iter().next().expect("one event");
    assert_eq!(
        event["occurrences"],
        json!([["2027-11-29T01:00:00Z", "2027-11-29T02:30:00Z"]])
    );
    assert_eq!(event["summary"], "وقفة تضامنية مع الأسرى في بيروت");
}

#[actix_web::test]
async fn forms_without_their_csrf_token_change_nothing() {
    let (app, _) = app_with_coordinator().await;
    let (cookie, token) = csrf(&app, "/submit").await;
    let fields = [
        ("title", "Vigil"),
        ("start", "2027-11-29T18:00"),
        ("country", "LB"),
        ("organiser_email", "a@example.org"),
    ];
    let res = post_form(
        &app,
        "/submit",
        "",
        &[&fields[..], &[("csrf", token.as_str())]].concat(),
    )
    .await;
    assert_eq!(res.status, 403, "no cookie");
    let res = post_form(&app, "/submit", &cookie, &fields).await;
    assert_eq!(res.status, 403, "no field");
    let res = post_form(
        &app,
        "/submit",
        &cookie,
        &[&fields[..], &[("csrf", "x".repeat(43).as_str())]].concat(),
    )
    .await;
    assert_eq!(res.status, 403, "wrong field");
    // A cookie planted by someone else (a sibling subdomain, a plain-HTTP hop), sent with its
    // own value as the field: a plain double-submit cookie would let it through.
    let planted = "attacker-chosen-nonce-0123456789abcdefghij";
    let res = post_form(
        &app,
        "/submit",
        &format!("actioncal_csrf={planted}"),
        &[&fields[..], &[("csrf", planted)]].concat(),
    )
    .await;
    assert_eq!(res.status, 403, "a planted cookie");
    // Sent from another site, with a valid cookie and token: refused all the same.
    for header in [
        ("Sec-Fetch-Site", "cross-site"),
        ("Sec-Fetch-Site", "same-site"),
        ("Origin", "https://evil.example"),
        ("Origin", "null"),
    ] {
        let res = post_form_with(
            &app,
            "/submit",
            &cookie,
            &[&fields[..], &[("csrf", token.as_str())]].concat(),
            &[header],
        )
        .await;
        assert_eq!(res.status, 403, "{header:?}");
        assert!(
            res.text().contains("not from this calendar's own pages"),
            "{}",
            res.text()
        );
    }
    assert_eq!(app.count("events"), 0);
    let res = post_form_with(
        &app,
        "/submit",
        &cookie,
        &[&fields[..], &[("csrf", token.as_str())]].concat(),
        &[("Sec-Fetch-Site", "same-origin"), ("Origin", "http://calendar.test")],
    )
    .await;
    assert_eq!(res.status, 201, "{}", res.text());
    assert_eq!(app.count("events"), 1);
}

#[actix_web::test]
async fn the_honeypot_keeps_robots_out_quietly() {
    let (app, _) = app_with_coordinator().await;
    let (cookie, token) = csrf(&app, "/submit").await;
    let res = post_form(
        &app,
        "/submit",
        &cookie,
        &[
            ("csrf", &token),
            ("website", "http://spam.example"),
            ("title", "Buy now"),
            ("start", "2027-11-29T18:00"),
            ("country", "LB"),
            ("organiser_email", "a@example.org"),
        ],
    )
    .await;
    assert_eq!(res.status, 201);
    assert_eq!(app.count("events"), 0);
}

#[actix_web::test]
async fn each_error_is_shown_next_to_its_field_and_values_are_kept() {
    let (app, _) = app_with_coordinator().await;
    let (cookie, token) = csrf(&app, "/submit").await;
    let res = post_form(
        &app,
        "/submit",
        &cookie,
        &[
            ("csrf", &token),
            ("title", "Vigil <b>now</b>"),
            ("start", "2027-03-14T02:30"),
            ("country", "US"),
            ("timezone", "America/New_York"),
            ("organiser_email", "a@example.org"),
        ],
    )
    .await;
    // The form again, with its messages: a page shown, not an error page (no console noise).
    assert_eq!(res.status, 200);
    let html = res.text();
    assert!(
        html.contains(
            "<p class=\"error\" id=\"start-error\" role=\"alert\">2027-03-14T02:30 does not exist in New York Time (America/New_York)"
        ),
        "{html}"
    );
    assert!(
        html.contains("value=\"Vigil &lt;b&gt;now&lt;/b&gt;\""),
        "values kept, escaped"
    );
    let res = post_form(
        &app,
        "/submit",
        &cookie,
        &[
            ("csrf", &token),
            ("title", "Vigil"),
            ("start", "2027-11-29T18:00"),
            ("country", "US"),
            ("organiser_email", "a@example.org"),
        ],
    )
    .await;
    let html = res.text();
    assert!(
        html.contains(
            "id=\"timezone-error\" role=\"alert\">choose the zone of the place; this country has Adak Time (America/Adak),"
        ),
        "{html}"
    );
    assert!(
        html.contains("America/New_York"),
        "a multi-zone country lists its zones"
    );
    assert_eq!(app.count("events"), 0);
}

#[actix_web::test]
async fn coordinators_sign_in_with_their_token_and_decide_in_one_click() {
    let (app, coord) = app_with_coordinator().await;
    app.send_json(
        Method::POST,
        "/api/v1/submissions",
        &[],
        &json!({
            "title": "Vigil for the prisoners", "start": "2027-11-29T18:00", "timezone": "Asia/Beirut", "country": "LB",
            "city": "Beirut", "organiser_email": "organiser@example.org", "organiser_name": "Beirut group"
        }),
    )
    .await;
    let res = app.get("/admin").await;
    assert_eq!(
        (res.status, res.header("location").as_deref()),
        (303, Some("/admin/login"))
    );
    let (cookie, token) = csrf(&app, "/admin/login").await;
    let res = post_form(
        &app,
        "/admin/login",
        &cookie,
        &[("csrf", &token), ("token", "acc_wrong")],
    )
    .await;
    assert_eq!(res.status, 403);
    assert!(res.cookies().is_empty());
    let res = post_form(&app, "/admin/login", &cookie, &[("csrf", &token), ("token", &coord)]).await;
    assert_eq!(res.status, 303);
    let (name, value, header) = res.cookies().into_iter().next().expect("session cookie");
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/admin"] {
        assert!(header.contains(flag), "{header}");
    }
    assert!(!header.contains("Secure"), "plain http: {header}");
    let session = format!("{name}={value}");
    let page = app.request(Method::GET, "/admin", &[("Cookie", &session)]).await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(
        html.contains("Vigil for the prisoners")
            && html.contains("organiser@example.org")
            && html.contains("Beirut group")
    );
    assert!(
        html.replace('\u{202f}', " ")
            .contains("UTC: <bdi>Monday, 29 November 2027 at 4:00 pm")
            && html.contains("Asia/Beirut"),
        "times in the zone and in UTC: {html}"
    );
    let page_csrf = form_token(&html);
    // The digest of new submissions, opted into on the desk.
    assert!(html.contains("E-mail me a digest"), "{html}");
    let res = post_form(
        &app,
        "/admin/digest",
        &session,
        &[("csrf", &page_csrf), ("every", "daily"), ("email", "not an address")],
    )
    .await;
    assert_eq!(res.status, 422, "{}", res.text());
    let res = post_form(
        &app,
        "/admin/digest",
        &session,
        &[("csrf", &page_csrf), ("every", "daily"), ("email", "desk@example.org")],
    )
    .await;
    assert_eq!(res.status, 303, "{}", res.text());
    let page = app.request(Method::GET, "/admin", &[("Cookie", &session)]).await.text();
    assert!(
        page.contains("value=\"desk@example.org\"") && page.contains("value=\"daily\" checked"),
        "{page}"
    );
    let res = post_form(&app, "/admin/submissions/1/approve", &session, &[]).await;
    assert_eq!(res.status, 403, "no CSRF token");
    let res = post_form(
        &app,
        "/admin/submissions/1/approve",
        &format!("{session}; {cookie}"),
        &[("csrf", &token)],
    )
    .await;
    assert_eq!(res.status, 403, "the anonymous form's token is not the session's");
    assert_eq!(app.get("/api/v1/events/1").await.status, 404);
    let res = post_form_with(
        &app,
        "/admin/submissions/1/approve",
        &session,
        &[("csrf", &page_csrf)],
        &[("Sec-Fetch-Site", "cross-site")],
    )
    .await;
    assert_eq!(
        res.status, 403,
        "a signed-in coordinator's browser sent there by another site"
    );
    let res = post_form(&app, "/admin/submissions/1/approve", &session, &[("csrf", &page_csrf)]).await;
    assert_eq!(res.status, 303, "{}", res.text());
    assert_eq!(app.get("/api/v1/events/1").await.status, 200);
    // An organiser's edit link is no session.
    let res = app
        .request(
            Method::GET,
            "/admin",
            &[("Cookie", "actioncal_session=ace_not_a_session")],
        )
        .await;
    assert_eq!(res.status, 303);
}

#[actix_web::test]
async fn a_time_that_happens_twice_is_resolved_by_picking_one_of_the_two_instants() {
    let (app, coord) = app_with_coordinator().await;
    let (cookie, token) = csrf(&app, "/submit").await;
    let fields = [
        ("csrf", token.as_str()),
        ("title", "Night vigil"),
        ("start", "2027-11-07T01:30"),
        ("end", "2027-11-07T03:00"),
        ("country", "US"),
        ("timezone", "America/New_York"),
        ("organiser_email", "a@example.org"),
        ("confirm", "night_time"),
    ];
    let html = post_form(&app, "/submit", &cookie, &fields).await.text();
    assert!(
        html.contains("name=\"start_choice\" value=\"2027-11-07T01:30-04:00\" checked"),
        "{html}"
    );
    assert!(
        html.contains("name=\"start_choice\" value=\"2027-11-07T01:30-05:00\""),
        "{html}"
    );
    let res = post_form(
        &app,
        "/submit",
        &cookie,
        &[&fields[..], &[("start_choice", "2027-11-07T01:30-05:00")]].concat(),
    )
    .await;
    assert_eq!(res.status, 201, "{}", res.text());
    let queue = app
        .request(
            Method::GET,
            "/api/v1/moderation/queue",
            &[("Authorization", &format!("Bearer {coord}"))],
        )
        .await
        .json();
    assert_eq!(
        queue["submissions"][0]["start_utc"], "2027-11-07T06:30:00Z",
        "the second 01:30"
    );
    // The API names the two choices too.
    let res = app.send_json(Method::POST, "/api/v1/submissions", &[], &json!({
        "title": "Another vigil", "start": "2027-11-07T01:45", "end": "2027-11-07T03:00", "timezone": "America/New_York",
        "country": "US", "organiser_email": "a@example.org"
    })).await;
    assert_eq!(
        res.json()["choices"],
        json!(["2027-11-07T01:45-04:00", "2027-11-07T01:45-05:00"])
    );
}

#[actix_web::test]
async fn cookies_are_secure_when_the_calendar_is_served_over_https() {
    let app = spawn_with(|s| s.base_url = Some("https://calendar.test".into())).await;
    for path in ["/submit", "/admin/login"] {
        let res = app.get(path).await;
        let (_, _, header) = res.cookies().into_iter().next().expect("a CSRF cookie");
        assert!(
            header.contains("Secure") && header.contains("HttpOnly"),
            "{path}: {header}"
        );
    }
}

#[actix_web::test]
async fn a_refused_form_comes_back_with_everything_typed() {
    let app = spawn_with(|s| s.submissions_per_window = 1).await;
    let (cookie, _) = csrf(&app, "/submit").await;
    let fields = [
        ("title", "Vigil for Gaza, Rabat"),
        ("start", "2027-11-29T18:00"),
        ("country", "MA"),
        ("city", "Rabat"),
        ("organiser_email", "a@example.org"),
    ];
    let send = |extra: Vec<(&'static str, String)>| {
        let mut all: Vec<(String, String)> = fields.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        all.extend(extra.into_iter().map(|(k, v)| (k.to_string(), v)));
        all
    };
    // A stale token (a page left open across a new cookie): the form again, typed values kept,
    // a fresh token; nothing stored.
    let stale = send(vec![("csrf", "x".repeat(43))]);
    let pairs: Vec<(&str, &str)> = stale.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = post_form(&app, "/submit", &cookie, &pairs).await;
    assert_eq!(res.status, 403);
    let page = res.text();
    assert!(
        page.contains("This form had expired") && page.contains("Vigil for Gaza, Rabat"),
        "{page}"
    );
    let fresh = page
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a fresh token")
        .to_string();
    assert_eq!(app.count("events"), 0);
    // Sent again with the fresh token: stored.
    let good = send(vec![("csrf", fresh.clone())]);
    let pairs: Vec<(&str, &str)> = good.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let res = post_form(&app, "/submit", &cookie, &pairs).await;
    assert_eq!(res.status, 201, "{}", res.text());
    // Over the limit (one per window here): the form again, typed values kept, the wait in
    // words and in Retry-After; nothing stored.
    let res = post_form(&app, "/submit", &cookie, &pairs).await;
    assert_eq!(res.status, 429);
    let retry: u64 = res
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .expect("seconds");
    assert!(retry > 0);
    let page = res.text();
    assert!(
        page.contains("Please send it again in about") && page.contains("Vigil for Gaza, Rabat"),
        "{page}"
    );
    assert!(
        page.contains(&format!("value=\"{fresh}\"")),
        "the form can be sent again"
    );
    assert_eq!(app.count("events"), 1);
}

#[actix_web::test]
async fn refused_attempts_meet_their_own_higher_limit() {
    let app = spawn_with(|s| s.submissions_per_window = 1).await;
    let bad = json!({"title": "Vigil", "start": "2027-11-29T18:00", "timezone": "Mars/Olympus", "organiser_email": "o@example.org"});
    let mut statuses = Vec::new();
    for _ in 0..61 {
        statuses.push(
            app.send_json(Method::POST, "/api/v1/submissions", &[], &bad)
                .await
                .status,
        );
    }
    // 60 refusals are answered as such (the allowance of stored submissions is untouched) ...
    assert!(statuses[..60].iter().all(|s| *s == 422), "{statuses:?}");
    // ... and then the attempts' own limit answers.
    assert_eq!(statuses[60], 429);
}

#[actix_web::test]
async fn a_repeat_chosen_in_words_becomes_its_rrule() {
    let app = spawn_with(|_| {}).await;
    let (cookie, token) = csrf(&app, "/submit").await;
    let page = app.get("/submit").await.text();
    assert!(
        page.contains("Every month, on the same weekday"),
        "the choice is offered in words"
    );
    let rule_of = |title: &'static str| {
        let c = rusqlite::Connection::open(&app.db).expect("db");
        c.query_row("SELECT rrule FROM events WHERE title = ?1", [title], |r| {
            r.get::<_, String>(0)
        })
        .expect("stored")
    };
    for (title, start, repeat, count, until, rule) in [
        // 26 November 2027 is the last Friday of its month.
        (
            "Last Friday vigil",
            "2027-11-26T18:00",
            "monthly-weekday",
            "3",
            "",
            "FREQ=MONTHLY;BYDAY=-1FR;COUNT=3",
        ),
        (
            "First Friday vigil",
            "2027-11-05T18:00",
            "monthly-weekday",
            "",
            "",
            "FREQ=MONTHLY;BYDAY=1FR",
        ),
        // The last day, local (Beirut, UTC+2 in December): UNTIL is its end in UTC.
        (
            "Weekly picket",
            "2027-11-29T18:00",
            "weekly",
            "",
            "2027-12-27",
            "FREQ=WEEKLY;UNTIL=20271227T215959Z",
        ),
        (
            "Fortnightly meeting",
            "2027-11-29T18:00",
            "fortnightly",
            "6",
            "",
            "FREQ=WEEKLY;INTERVAL=2;COUNT=6",
        ),
        // Monday 29 November, and Thursdays ticked: both days, Monday first.
        (
            "Twice weekly",
            "2027-11-29T18:00",
            "weekly",
            "8",
            "",
            "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=8",
        ),
    ] {
        let res = post_form(
            &app,
            "/submit",
            &cookie,
            &[
                ("csrf", &token),
                ("title", title),
                ("start", start),
                ("timezone", "Asia/Beirut"),
                ("country", "LB"),
                ("city", "Beirut"),
                ("repeat", repeat),
                ("repeat_count", count),
                ("repeat_until", until),
                ("repeat_days", if title == "Twice weekly" { "TH" } else { "" }),
                ("organiser_email", "a@example.org"),
                ("confirm", "night_time"),
            ],
        )
        .await;
        assert_eq!(res.status, 201, "{title}: {}", res.text());
        assert_eq!(rule_of(title), rule, "{title}");
    }
}

/// Signs `coord` in on the desk: the session cookie and the session's form token.
async fn desk(app: &TestApp, coord: &str) -> (String, String) {
    let (cookie, token) = csrf(app, "/admin/login").await;
    let res = post_form(app, "/admin/login", &cookie, &[("csrf", &token), ("token", coord)]).await;
    assert_eq!(res.status, 303);
    let (name, value, _) = res.cookies().into_iter().next().expect("session cookie");
    let session = format!("{name}={value}");
    let html = app.request(Method::GET, "/admin", &[("Cookie", &session)]).await.text();
    let csrf = html
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("csrf")
        .to_string();
    (session, csrf)
}

#[actix_web::test]
async fn the_desk_shows_what_a_decision_needs_and_takes_changes_and_keeps_the_log() {
    let (app, coord) = app_with_coordinator().await;
    // Published already: a vigil at the same place and time.
    app.import(
        &json!([{"uid": "pub@test", "title": "Vigil for the prisoners", "start": "2027-11-29T18:00",
        "end": "2027-11-29T19:30", "timezone": "Asia/Beirut", "country": "LB", "city": "Beirut"}]),
    )
    .expect("imports");
    let submit = |title: &str, start: &str, confirm: serde_json::Value| {
        json!({"title": title, "start": start, "timezone": "Asia/Beirut", "country": "LB", "city": "Beirut",
               "latitude": 33.8938, "longitude": 35.5018, "recurrence": "FREQ=MONTHLY;BYDAY=-1MO;COUNT=3",
               "organiser_email": "group@example.org", "organiser_name": "Beirut group", "confirm": confirm})
    };
    let first = app
        .send_json(
            Method::POST,
            "/api/v1/submissions",
            &[],
            &submit(
                "Vigil for the prisoners!",
                "2027-11-29T18:00",
                json!(["possible_duplicate"]),
            ),
        )
        .await;
    assert_eq!(first.status, 201, "{}", first.text());
    let second = app
        .send_json(
            Method::POST,
            "/api/v1/submissions",
            &[],
            &submit("Night watch", "2027-11-29T03:00", json!(["night_time"])),
        )
        .await;
    assert_eq!(second.status, 201, "{}", second.text());
    let (session, csrf) = desk(&app, &coord).await;
    let page = app.request(Method::GET, "/admin", &[("Cookie", &session)]).await.text();
    let card = page.split("id=\"submission-").nth(1).expect("the first card");
    assert!(
        card.contains("Similar actions at that place and time")
            && card.contains("Vigil for the prisoners</a> (published, 1)"),
        "{card}"
    );
    assert!(card.contains("first submission"), "{card}");
    assert!(card.contains("openstreetmap.org/?mlat=33.8938"), "{card}");
    assert!(
        card.contains("every month on the last Monday, 3 times") && !card.contains("FREQ="),
        "{card}"
    );
    assert!(card.contains("list=\"reasons\""), "reasons offered: {card}");
    let night = page.split("id=\"submission-").nth(2).expect("the second card");
    assert!(
        night.contains("Warnings the organiser confirmed") && night.contains("03:00"),
        "{night}"
    );
    assert!(
        night.contains("1 earlier submission"),
        "the same organiser's earlier one: {night}"
    );

    // Approved from the desk; the organiser then proposes a change; the desk shows it field by
    // field and publishes it.
    let id = first.json()["id"].as_i64().expect("id");
    let edit = first.json()["api_url"]
        .as_str()
        .expect("api_url")
        .replace("http://calendar.test", "");
    let res = post_form(
        &app,
        &format!("/admin/submissions/{id}/approve"),
        &session,
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(res.status, 303, "{}", res.text());
    let res = app
        .send_json(
            Method::PATCH,
            &edit,
            &[],
            &json!({"venue": "Riad al-Solh Square", "confirm": ["possible_duplicate"]}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let page = app.request(Method::GET, "/admin", &[("Cookie", &session)]).await.text();
    let change = page.split(&format!("id=\"change-{id}\"")).nth(1).expect("the change");
    assert!(
        change.contains("<code>venue</code>") && change.contains("<ins>Riad al-Solh Square</ins>"),
        "{change}"
    );
    let version = change
        .split("name=\"version\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("version")
        .to_string();
    let res = post_form(
        &app,
        &format!("/admin/edits/{id}/approve"),
        &session,
        &[("csrf", &csrf), ("version", &version)],
    )
    .await;
    assert_eq!(res.status, 303, "{}", res.text());
    assert_eq!(
        app.get(&format!("/api/v1/events/{id}")).await.json()["venue"],
        "Riad al-Solh Square"
    );

    // The log: who, what, the change field by field; filtered by action.
    let log = app
        .request(Method::GET, &format!("/admin/log?event={id}"), &[("Cookie", &session)])
        .await
        .text();
    assert!(log.contains("Coordinator One") && log.contains("approve edit"), "{log}");
    assert!(
        log.contains("<del>—</del>") && log.contains("<ins>Riad al-Solh Square</ins>"),
        "{log}"
    );
    assert!(!log.contains("Night watch"), "only this action's entries");
    assert_eq!(
        app.request(Method::GET, "/admin/log", &[])
            .await
            .header("location")
            .as_deref(),
        Some("/admin/login")
    );
}

/// Fix-and-approve in the browser: a submission with the wrong zone is opened, corrected and
/// published in one save; any action can be found, cancelled, and its log opened.
#[actix_web::test]
async fn a_coordinator_fixes_a_wrong_zone_and_approves_in_one_save() {
    let (app, coord) = app_with_coordinator().await;
    let res = app
        .send_json(
            Method::POST,
            "/api/v1/submissions",
            &[],
            &json!({"title": "Rally in Paris", "start": "2027-11-29T18:00", "timezone": "America/New_York",
                    "country": "FR", "city": "Paris", "organiser_email": "o@example.org",
                    "confirm": ["zone_not_in_country"]}),
        )
        .await;
    assert_eq!(res.status, 201, "{}", res.text());
    let id = res.json()["id"].as_i64().expect("id");
    let (session, csrf) = desk(&app, &coord).await;
    let page = app
        .request(Method::GET, &format!("/admin/events/{id}"), &[("Cookie", &session)])
        .await
        .text();
    assert!(
        page.contains("Save and approve") && page.contains("value=\"o@example.org\""),
        "{page}"
    );
    let res = post_form(
        &app,
        &format!("/admin/events/{id}"),
        &session,
        &[
            ("csrf", &csrf),
            ("title", "Rally in Paris"),
            ("start", "2027-11-29T18:00"),
            ("timezone", "Europe/Paris"),
            ("country", "FR"),
            ("city", "Paris"),
            ("organiser_email", "o@example.org"),
            ("then", "approve"),
        ],
    )
    .await;
    assert_eq!(
        (res.status, res.header("location").as_deref()),
        (303, Some("/admin?done=approved")),
        "{}",
        res.text()
    );
    let public = app.get(&format!("/api/v1/events/{id}")).await.json();
    assert_eq!(
        (public["timezone"].as_str(), public["start_utc"].as_str()),
        (Some("Europe/Paris"), Some("2027-11-29T17:00:00Z"))
    );
    // Found by its city, cancelled from its page, the log tells both.
    let list = app
        .request(Method::GET, "/admin/events?q=Paris", &[("Cookie", &session)])
        .await
        .text();
    assert!(list.contains(&format!("/admin/events/{id}")), "{list}");
    // Whatever the case, in any script: "élan" finds "Élan solidaire", "RALLY" finds "Rally".
    app.import(
        &json!([{"uid": "elan@test", "title": "Élan solidaire", "start": "2027-12-04T15:00",
        "timezone": "Europe/Paris", "country": "FR", "city": "Lyon"}]),
    )
    .expect("imports");
    for (q, title) in [("%C3%A9lan", "Élan solidaire"), ("RALLY", "Rally in Paris")] {
        let list = app
            .request(Method::GET, &format!("/admin/events?q={q}"), &[("Cookie", &session)])
            .await
            .text();
        assert!(list.contains(title), "{q}: {list}");
    }
    let res = post_form(
        &app,
        &format!("/admin/events/{id}/cancel"),
        &session,
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(res.status, 303);
    assert_eq!(
        app.get(&format!("/api/v1/events/{id}")).await.json()["status"],
        "cancelled"
    );
    let log = app
        .request(Method::GET, &format!("/admin/log?event={id}"), &[("Cookie", &session)])
        .await
        .text();
    assert!(
        log.contains("America/New_York") && log.contains("Europe/Paris") && log.contains("cancel"),
        "{log}"
    );
    // A removal before the action's dates is refused, and says why.
    let res = post_form(
        &app,
        &format!("/admin/events/{id}/remove"),
        &session,
        &[("csrf", &csrf)],
    )
    .await;
    assert_eq!(res.status, 409, "{}", res.text());
}

/// The organiser's page: a save is confirmed, a derived end follows the start, cancelling asks
/// first and can be taken back until the action begins, a rejected action offers no cancel.
#[actix_web::test]
async fn the_edit_page_confirms_asks_and_forgives() {
    let (app, coord) = app_with_coordinator().await;
    let res = app
        .send_json(
            Method::POST,
            "/api/v1/submissions",
            &[],
            &json!({"title": "Vigil", "start": "2027-11-29T18:00", "timezone": "Asia/Beirut", "country": "LB",
                    "city": "Beirut", "organiser_email": "o@example.org"}),
        )
        .await;
    let created = res.json();
    let page_path = created["edit_url"]
        .as_str()
        .expect("edit_url")
        .replace("http://calendar.test", "");
    let api_path = created["api_url"]
        .as_str()
        .expect("api_url")
        .replace("http://calendar.test", "");
    let (cookie, token) = csrf(&app, &page_path).await;
    let page = app.get(&page_path).await.text();
    assert!(
        page.contains("name=\"end_derived\" value=\"2027-11-29T20:00\""),
        "{page}"
    );
    // The start moved an hour, the end left as shown: the end moves too.
    let res = post_form(
        &app,
        &page_path,
        &cookie,
        &[
            ("csrf", &token),
            ("title", "Vigil"),
            ("start", "2027-11-29T19:00"),
            ("end", "2027-11-29T20:00"),
            ("end_derived", "2027-11-29T20:00"),
            ("timezone", "Asia/Beirut"),
            ("country", "LB"),
            ("city", "Beirut"),
        ],
    )
    .await;
    assert_eq!(res.status, 200, "{}", res.text());
    assert!(res.text().contains("Saved."), "{}", res.text());
    let event = &app.get(&api_path).await.json()["event"];
    assert_eq!(
        (event["start"].as_str(), event["end"].as_str()),
        (Some("2027-11-29T19:00"), Some("2027-11-29T21:00"))
    );
    // Cancelling asks first.
    let cancel = format!("{page_path}/cancel");
    let res = post_form(&app, &cancel, &cookie, &[("csrf", &token)]).await;
    assert!(res.text().contains("Nothing was changed"), "{}", res.text());
    assert_eq!(app.get(&api_path).await.json()["event"]["status"], "confirmed");
    let res = post_form(&app, &cancel, &cookie, &[("csrf", &token), ("sure", "yes")]).await;
    assert!(res.text().contains("Take the cancellation back"), "{}", res.text());
    assert_eq!(app.get(&api_path).await.json()["event"]["status"], "cancelled");
    let res = post_form(&app, &format!("{page_path}/uncancel"), &cookie, &[("csrf", &token)]).await;
    assert_eq!(res.status, 200, "{}", res.text());
    assert_eq!(app.get(&api_path).await.json()["event"]["status"], "confirmed");
    // Rejected: nothing to cancel.
    let id = created["id"].as_i64().expect("id");
    let res = app
        .send_json(
            Method::POST,
            &format!("/api/v1/moderation/submissions/{id}/reject"),
            &[("Authorization", &format!("Bearer {coord}"))],
            &json!({"reason": "Please add the venue."}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let page = app.get(&page_path).await.text();
    assert!(
        page.contains("Please add the venue.") && !page.contains("Cancel this action"),
        "{page}"
    );
}

#[actix_web::test]
async fn the_form_shows_every_mistake_at_once() {
    let app = spawn_with(|_| {}).await;
    let (cookie, token) = csrf(&app, "/submit").await;
    let res = post_form(
        &app,
        "/submit",
        &cookie,
        &[
            ("csrf", &token),
            ("title", ""),
            ("start", "2027-11-29T18:00"),
            ("timezone", "Asia/Beirut"),
            ("country", "LB"),
            ("city", "Beirut"),
            ("languages", "not a language"),
            ("organiser_email", "nobody"),
        ],
    )
    .await;
    assert_eq!(res.status, 200);
    let page = res.text();
    for id in ["title-error", "languages-error", "organiser_email-error"] {
        assert!(page.contains(&format!("id=\"{id}\"")), "{id}: {page}");
    }
    assert_eq!(app.count("events"), 0);
}

#[actix_web::test]
async fn campaigns_and_coordinators_are_kept_from_the_desk() {
    let (app, coord) = app_with_coordinator().await;
    let other = app.coordinator("Coordinator Two");
    let (session, csrf) = desk(&app, &coord).await;
    let res = post_form(
        &app,
        "/admin/campaigns",
        &session,
        &[
            ("csrf", &csrf),
            ("slug", "week-of-action"),
            ("name", "Week of action"),
            ("hashtag", "#WeekOfAction"),
        ],
    )
    .await;
    assert_eq!(res.status, 303, "{}", res.text());
    let res = post_form(
        &app,
        "/admin/campaigns/week-of-action",
        &session,
        &[("csrf", &csrf), ("name", "Week of action 2027")],
    )
    .await;
    assert_eq!(res.status, 303, "{}", res.text());
    let campaigns = app.get("/api/v1/campaigns").await.text();
    assert!(campaigns.contains("Week of action 2027"), "{campaigns}");
    let page = app
        .request(Method::GET, "/admin/coordinators", &[("Cookie", &session)])
        .await
        .text();
    assert!(
        page.contains("Coordinator Two") && page.contains("Coordinator One"),
        "{page}"
    );
    let res = post_form(&app, "/admin/coordinators/2/revoke", &session, &[("csrf", &csrf)]).await;
    assert_eq!(res.status, 303, "{}", res.text());
    let refused = app
        .request(
            Method::GET,
            "/api/v1/moderation/queue",
            &[("Authorization", &format!("Bearer {other}"))],
        )
        .await;
    assert_eq!(refused.status, 403);
    let log = app
        .request(Method::GET, "/admin/log?actor=One", &[("Cookie", &session)])
        .await
        .text();
    assert!(
        log.contains("coordinator revoke") && log.contains("campaign create"),
        "{log}"
    );
}

/// What a review found: a coordinator's cancellation stays the coordinator's (an organiser's
/// second cancel records nothing and cannot be taken back), saving a form keeps the status
/// and the coordinates, an organiser's patches build on the change waiting, a proposed contact
/// change shows on the desk, and revoking coordinator 2 never revokes one named "2".
#[actix_web::test]
async fn cancellations_statuses_and_patches_stay_where_they_belong() {
    let (app, coord) = app_with_coordinator().await;
    let two = app.coordinator("Two");
    let named_two = app.coordinator("2");
    let res = app
        .send_json(
            Method::POST,
            "/api/v1/submissions",
            &[],
            &json!({"title": "Vigil", "start": "2027-11-29T18:00", "timezone": "Asia/Beirut", "country": "LB",
                    "city": "Beirut", "latitude": 33.9, "longitude": 35.5, "organiser_email": "o@example.org"}),
        )
        .await;
    let created = res.json();
    let id = created["id"].as_i64().expect("id");
    let api = created["api_url"]
        .as_str()
        .expect("api_url")
        .replace("http://calendar.test", "");
    let page = created["edit_url"]
        .as_str()
        .expect("edit_url")
        .replace("http://calendar.test", "");
    let auth = format!("Bearer {coord}");
    let res = app
        .request(
            Method::POST,
            &format!("/api/v1/moderation/submissions/{id}/approve"),
            &[("Authorization", &auth)],
        )
        .await;
    assert_eq!(res.status, 200);
    // Organiser patches build on each other while waiting for review.
    assert_eq!(
        app.send_json(Method::PATCH, &api, &[], &json!({"title": "Vigil, moved"}))
            .await
            .status,
        200
    );
    let res = app
        .send_json(
            Method::PATCH,
            &api,
            &[],
            &json!({"city": "Saida", "organiser_email": "new@example.org"}),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.text());
    let proposal = &res.json()["proposed_edit"]["proposal"];
    assert_eq!(
        (proposal["title"].as_str(), proposal["city"].as_str()),
        (Some("Vigil, moved"), Some("Saida")),
        "{proposal}"
    );
    let (session, desk_csrf) = desk(&app, &coord).await;
    let queue = app.request(Method::GET, "/admin", &[("Cookie", &session)]).await.text();
    assert!(
        queue.contains("<code>organiser_email</code>") && queue.contains("new@example.org"),
        "the contact change is shown"
    );
    // A coordinator cancels; the organiser's cancel records nothing; no taking it back.
    let res = post_form(
        &app,
        &format!("/admin/events/{id}/cancel"),
        &session,
        &[("csrf", &desk_csrf)],
    )
    .await;
    assert_eq!(res.status, 303);
    assert_eq!(
        app.send_bytes(Method::POST, &format!("{api}/cancel"), &[], Vec::new())
            .await
            .status,
        200
    );
    let (cookie, token) = csrf(&app, &page).await;
    let res = post_form(&app, &format!("{page}/uncancel"), &cookie, &[("csrf", &token)]).await;
    assert_eq!(res.status, 409, "{}", res.text());
    // Saving the desk's form keeps it cancelled, and keeps its coordinates.
    let res = post_form(
        &app,
        &format!("/admin/events/{id}"),
        &session,
        &[
            ("csrf", &desk_csrf),
            ("title", "Vigil"),
            ("start", "2027-11-29T18:00"),
            ("timezone", "Asia/Beirut"),
            ("country", "LB"),
            ("city", "Beirut"),
            ("latitude", "33.9"),
            ("longitude", "35.5"),
        ],
    )
    .await;
    assert_eq!(res.status, 303, "{}", res.text());
    let public = app.get(&format!("/api/v1/events/{id}")).await.json();
    assert_eq!(public["status"], "cancelled");
    assert_eq!(
        (public["latitude"].as_f64(), public["longitude"].as_f64()),
        (Some(33.9), Some(35.5))
    );
    // Revoking coordinator 2 ("Two") leaves coordinator 3, named "2", as it was.
    let res = post_form(&app, "/admin/coordinators/2/revoke", &session, &[("csrf", &desk_csrf)]).await;
    assert_eq!(res.status, 303);
    for (token, status) in [(&two, 403), (&named_two, 200), (&coord, 200)] {
        let bearer = format!("Bearer {token}");
        let res = app
            .request(Method::GET, "/api/v1/moderation/queue", &[("Authorization", &bearer)])
            .await;
        assert_eq!(res.status, status);
    }
}

#[actix_web::test]
async fn coordinators_follow_a_partners_calendar_from_the_desk() {
    let (app, coord) = app_with_coordinator().await;
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/partners");
    let partner = crate::sources::partner(&fixtures);
    let (cookie, token) = csrf(&app, "/admin/login").await;
    let res = post_form(&app, "/admin/login", &cookie, &[("csrf", &token), ("token", &coord)]).await;
    let (name, value, _) = res.cookies().into_iter().next().expect("session cookie");
    let session = format!("{name}={value}");
    let page = app
        .request(Method::GET, "/admin/sources", &[("Cookie", &session)])
        .await;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(
        html.contains("Follow a partner&#x27;s calendar") || html.contains("Follow a partner's calendar"),
        "{html}"
    );
    let page_csrf = form_token(&html);
    // Follow: polled at once; its actions wait for review (the default).
    let url = partner.url("/feed/google.ics");
    let res = post_form(
        &app,
        "/admin/sources",
        &session,
        &[
            ("csrf", &page_csrf),
            ("url", &url),
            ("name", "Coordinadora"),
            ("tags", "chile, vigil"),
            ("trust", "hold"),
        ],
    )
    .await;
    assert_eq!(res.status, 303, "{}", res.text());
    let html = app
        .request(Method::GET, "/admin/sources?done=polled", &[("Cookie", &session)])
        .await
        .text();
    assert!(
        html.contains("Polled.") && html.contains("Coordinadora") && html.contains("changes brought in"),
        "{html}"
    );
    assert!(html.contains("6 new") && html.contains("6 held"), "{html}");
    let queue = app.request(Method::GET, "/admin", &[("Cookie", &session)]).await.text();
    assert!(queue.contains("Velatón por Palestina"), "held for review: {queue}");
    assert!(
        !app.get("/calendar.ics").await.text().contains("Velatón"),
        "not public yet"
    );
    // Save: publish directly from now on, paused.
    let res = post_form(
        &app,
        "/admin/sources/1",
        &session,
        &[
            ("csrf", &page_csrf),
            ("url", &url),
            ("name", "Coordinadora de Santiago"),
            ("tags", "chile"),
            ("trust", "publish"),
            ("paused", "on"),
        ],
    )
    .await;
    assert_eq!(res.status, 303, "{}", res.text());
    let auth = format!("Bearer {coord}");
    let api = app
        .request(Method::GET, "/api/v1/moderation/sources/1", &[("Authorization", &auth)])
        .await
        .json();
    assert_eq!(api["name"], "Coordinadora de Santiago");
    assert_eq!(api["trust"], "publish");
    assert_eq!(api["paused"], true);
    assert_eq!(api["tags"], serde_json::json!(["chile"]));
    // Poll now, then stop following: the actions stay.
    let res = post_form(&app, "/admin/sources/1/poll", &session, &[("csrf", &page_csrf)]).await;
    assert_eq!(res.status, 303);
    let res = post_form(&app, "/admin/sources/1/remove", &session, &[("csrf", &page_csrf)]).await;
    assert_eq!(res.status, 303);
    let html = app
        .request(Method::GET, "/admin/sources?done=removed", &[("Cookie", &session)])
        .await
        .text();
    assert!(
        html.contains("No longer followed.") && !html.contains("Coordinadora de Santiago"),
        "{html}"
    );
    let queue = app.request(Method::GET, "/admin", &[("Cookie", &session)]).await.text();
    assert!(queue.contains("Velatón por Palestina"), "its actions stay: {queue}");
    // Without the session's token, nothing changes.
    let res = post_form(&app, "/admin/sources", &session, &[("url", &url)]).await;
    assert!(res.status >= 400, "{}", res.status);
}
