//! The public pages in a real browser: what they show, accessibility, no errors, no injection.

use serde_json::{Value, json};

use crate::helpers::{chromium_pages, spawn_app};

#[actix_web::test]
async fn the_public_pages_work_in_chromium_at_phone_and_desktop_size() {
    let app = spawn_app().await;
    app.import_fixture("demo.json");
    let soon = jiff::tz::TimeZone::UTC
        .to_datetime(jiff::Timestamp::now() + jiff::SignedDuration::from_hours(24 * 10))
        .date();
    app.import(&json!([
        {"uid": "hostile@test", "title": "<img src=x onerror=\"window.__pwned=1\"> Vigil", "description": "<script>window.__pwned=1</script>",
         "start": "2026-11-28T18:00", "end": "2026-11-28T19:00", "timezone": "Asia/Gaza", "country": "PS", "city": "<b>Gaza</b>",
         "campaigns": ["all-for-palestine"]},
        {"uid": "soon@test", "title": "Vigil next week", "start": format!("{soon}T18:00"), "timezone": "Europe/Paris",
         "country": "FR", "city": "Paris"}
    ]))
    .expect("imports");
    // Online actions in six zones, one with a half-hour offset and one with 45 minutes.
    let zones = [
        "America/St_Johns",
        "Asia/Kolkata",
        "Asia/Kathmandu",
        "Australia/Adelaide",
        "Pacific/Chatham",
        "America/Santiago",
    ];
    let online: Vec<Value> = zones
        .iter()
        .enumerate()
        .map(|(i, z)| json!({"uid": format!("online-{i}@test"), "title": format!("Online assembly {i}"), "start": "2027-03-14T09:30",
            "end": "2027-03-14T11:00", "timezone": z, "online_url": "https://meet.example.org/x"}))
        .collect();
    app.import(&Value::Array(online)).expect("imports");
    let base = app.address.replace("127.0.0.1", "localhost");
    let mut paths: Vec<String> = [
        "/?from=2026-11-23",
        "/?from=2026-11-23&region=western-asia",
        "/?from=2026-11-23&ui=ar",
        // The choice is kept (a cookie) on the next page, until another is made.
        "/events/21",
        "/?from=2026-11-23&ui=en",
        "/events/1",
        "/campaigns/all-for-palestine?from=2026-11-23",
        "/regions/western-asia?from=2026-11-23",
        "/countries/ps?from=2026-11-23",
        "/subscribe?campaign=all-for-palestine&lang=ar",
        "/submit",
        "/embed?limit=5",
    ]
    .iter()
    .map(|p| p.to_string())
    .collect();
    paths.extend((23..29).map(|id| format!("/events/{id}")));
    let seen = chromium_pages(&base, &paths).await;
    let page = |size: &str, path: &str| -> Value { seen["pages"][format!("{size} {path}")].clone() };
    for size in ["phone", "desktop"] {
        for path in &paths {
            let p = page(size, path);
            assert_eq!(p["status"], 200, "{size} {path}: {p}");
            assert_eq!(p["errors"], json!([]), "{size} {path}: console errors");
            let serious: Vec<&Value> = p["axe"]
                .as_array()
                .expect("axe")
                .iter()
                .filter(|v| v["impact"] == "serious" || v["impact"] == "critical")
                .collect();
            assert!(serious.is_empty(), "{size} {path}: axe-core: {serious:?}");
            assert_eq!(p["pwned"], false, "{size} {path}: organiser text ran as script");
            assert_eq!(
                p["horizontalOverflow"], false,
                "{size} {path}: wider than the screen: {}",
                p["tooWide"]
            );
        }
    }
    // The day-by-day list: the right actions on the right (local) days.
    let home = page("desktop", "/?from=2026-11-23");
    let day = |p: &Value, d: &str| -> Vec<String> {
        p["days"]
            .as_array()
            .expect("days")
            .iter()
            .filter(|x| x["day"] == d)
            .flat_map(|x| x["actions"].as_array().cloned().unwrap_or_default())
            .map(|a| a.as_str().unwrap_or("").to_string())
            .collect()
    };
    let sunday = day(&home, "2026-11-29");
    for title in [
        "Alternative Palestinian Path: public event of the preparatory committee",
        "رفع العلم الفلسطيني في ميدان المنارة",
        "Solidarity gathering at Maitighar Mandala",
        "Auckland rally for Palestine",
    ] {
        assert!(sunday.iter().any(|t| t == title), "{title} on 29 November: {sunday:?}");
    }
    assert_eq!(day(&home, "2026-11-27"), ["Friday vigil outside Parliament"]);
    assert!(
        home["readerTimes"]
            .as_array()
            .expect("times")
            .iter()
            .any(|t| t.as_str().is_some_and(|t| t.ends_with("Chile Time"))),
        "times also in the reader's zone, named as a person knows it: {}",
        home["readerTimes"]
    );
    // Filters change the list.
    let filtered = page("desktop", "/?from=2026-11-23&region=western-asia");
    let titles: Vec<String> = filtered["days"]
        .as_array()
        .expect("days")
        .iter()
        .flat_map(|d| d["actions"].as_array().cloned().unwrap_or_default())
        .map(|a| a.as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        titles.iter().any(|t| t.starts_with("رفع العلم")) && titles.iter().all(|t| !t.contains("Parliament")),
        "{titles:?}"
    );
    // The page's feed is the same selection, for every date: a subscription pinned to the
    // week shown would never show a later one.
    assert_eq!(
        filtered["feedUrl"],
        format!("http://calendar.test/calendar.ics?region=western-asia")
    );
    // Arabic interface, right to left.
    let ar = page("phone", "/?from=2026-11-23&ui=ar");
    assert_eq!((ar["lang"].as_str(), ar["dir"].as_str()), (Some("ar"), Some("rtl")));
    let kept = page("phone", "/events/21");
    assert_eq!(
        (kept["lang"].as_str(), kept["dir"].as_str()),
        (Some("ar"), Some("rtl")),
        "the language chosen is kept"
    );
    let back = page("phone", "/?from=2026-11-23&ui=en");
    assert_eq!(back["lang"].as_str(), Some("en"));
    // The online action's moment around the world, as the seed's call gave it.
    let online = page("desktop", "/events/1");
    let world = online["world"].as_str().expect("world line");
    // English follows CLDR's World English (en-001): a 12-hour clock, a narrow no-break space
    // before "am"/"pm", and CLDR's exemplar cities.
    let world = world.replace(['\u{2068}', '\u{2069}'], "").replace('\u{202f}', " ");
    assert!(world.starts_with("10:00 am Los Angeles · 1:00 pm New York"), "{world}");
    assert!(
        world.contains("7:00 pm Paris, Berlin and Madrid") && world.contains("8:00 pm Gaza"),
        "{world}"
    );
    // The time table of each online action, against Python's zoneinfo.
    let en = actioncal::i18n::Ui::ENGLISH;
    let cities: Vec<String> = actioncal::pages::event::WORLD_ZONES
        .iter()
        .map(|zones| en.list(&zones.iter().map(|z| en.city(z)).collect::<Vec<_>>()))
        .collect();
    let names: Vec<&str> = actioncal::pages::event::WORLD_ZONES
        .iter()
        .map(|zones| zones[0])
        .collect();
    // "13:05" from Python, as CLDR en-001 writes it: "1:05 pm".
    let twelve = |hhmm: &str| {
        let (h, m) = hhmm.split_once(':').expect("HH:MM");
        let h: u32 = h.parse().expect("hour");
        let (h12, half) = (if h % 12 == 0 { 12 } else { h % 12 }, if h < 12 { "am" } else { "pm" });
        format!("{h12}:{m}\u{202f}{half}")
    };
    for (i, zone) in zones.iter().enumerate() {
        let p = page("desktop", &format!("/events/{}", 23 + i));
        let start = p["start"].as_str().expect("start instant");
        let want = crate::helpers::world_times(start, "2027-03-14", &names);
        let rows = p["worldTable"].as_array().expect("table");
        assert_eq!(rows.len(), cities.len(), "{zone}");
        for (row, (city, name)) in rows.iter().zip(cities.iter().zip(&names)) {
            let (time, shift) = (
                want[name][0].as_str().expect("time"),
                want[name][1].as_i64().expect("shift"),
            );
            let mut expected = twelve(time);
            if shift > 0 {
                expected.push_str(" (next day)");
            } else if shift < 0 {
                expected.push_str(" (previous day)");
            }
            assert_eq!(row, &json!([city, expected]), "{zone}: {city}");
        }
    }
    // Subscribe links point to the feed of the chosen filters.
    let builder = page("desktop", "/subscribe?campaign=all-for-palestine&lang=ar");
    let feed = "http://calendar.test/calendar.ics?campaign=all-for-palestine&lang=ar";
    assert_eq!(builder["feedUrl"], feed);
    assert_eq!(
        builder["subscribe"]["webcal"],
        "webcal://calendar.test/calendar.ics?campaign=all-for-palestine&lang=ar"
    );
    let google = builder["subscribe"]["google"].as_str().expect("google");
    assert!(
        google.ends_with("cid=webcal%3A%2F%2Fcalendar.test%2Fcalendar.ics%3Fcampaign%3Dall-for-palestine%26lang%3Dar"),
        "{google}"
    );
    let outlook = builder["subscribe"]["outlook"].as_str().expect("outlook");
    assert!(outlook.starts_with("https://outlook.live.com/calendar/0/addfromweb?url=http%3A%2F%2Fcalendar.test%2Fcalendar.ics%3Fcampaign%3Dall-for-palestine%26lang%3Dar&name="), "{outlook}");
    assert!(
        builder["alternates"]
            .as_array()
            .expect("alternates")
            .iter()
            .any(|a| a[0] == "text/calendar" && a[1] == feed)
    );
    // The widget inside a partner's page on another origin.
    assert_eq!(seen["widget"]["lang"], "fr");
    assert!(
        seen["widget"]["items"].as_i64().expect("items") >= 1,
        "{}",
        seen["widget"]
    );
    assert_eq!(seen["widget"]["more"], "Plus d’actions");
    assert_eq!(seen["widget"]["errors"], json!([]));
}

#[actix_web::test]
async fn a_repeat_rule_is_shown_in_words_never_as_rrule_text() {
    let app = spawn_app().await;
    app.import(
        &json!([{"uid": "r@test", "title": "Friday vigil", "start": "2027-11-05T18:00",
        "timezone": "Europe/Paris", "country": "FR", "city": "Paris", "recurrence": "FREQ=WEEKLY;BYDAY=FR;COUNT=4"}]),
    )
    .expect("imports");
    let page = app.get("/events/1").await.text();
    assert!(page.contains("every week on Friday, 4 times"), "{page}");
    assert!(!page.contains("FREQ="), "no raw rule for people");
    let page = app.get("/events/1?ui=fr").await.text();
    assert!(page.contains("chaque semaine le vendredi, 4 fois"), "{page}");
}

/// The one `<script type="application/ld+json">` of `page`, parsed.
fn json_ld_of(page: &str) -> Value {
    let start = page
        .find(r#"<script type="application/ld+json">"#)
        .expect("a JSON-LD script")
        + r#"<script type="application/ld+json">"#.len();
    let end = start + page[start..].find("</script>").expect("its end");
    serde_json::from_str(&page[start..end]).expect("JSON")
}

/// `text` with the HTML escapes maud writes undone.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// `content` of the `<meta>` named (`name=`) or with `property=` `key`, unescaped.
fn meta(page: &str, key: &str) -> Option<String> {
    let re = regex::Regex::new(&format!(
        r#"<meta (?:property|name)="{}" content="([^"]*)""#,
        regex::escape(key)
    ))
    .unwrap();
    re.captures(page).map(|c| unescape(&c[1]))
}

/// The `href` of the link of class `class` in the "add to your calendar" box.
fn add_link(page: &str, class: &str) -> String {
    let section = &page[page.find(r#"<section class="add""#).expect("the add box")..];
    let re = regex::Regex::new(&format!(r#"class="{class}" href="([^"]*)""#)).unwrap();
    re.captures(section).map(|c| unescape(&c[1])).unwrap_or_default()
}

#[actix_web::test]
async fn an_action_page_adds_that_one_action_and_previews_it_with_valid_schema_org() {
    let app = spawn_app().await;
    app.import(&json!({
        "campaigns": [{"slug": "day-of-solidarity", "name": "Day of Solidarity"}],
        "events": [
            {"uid": "m@test", "title": "Marcha </script><b>por</b> Palestina", "description": "Bring flags & banners.",
             "start": "2027-03-18T19:00", "end": "2027-03-18T20:30", "timezone": "America/Santiago",
             "country": "CL", "city": "Santiago", "venue": "Plaza Italia", "latitude": -33.437, "longitude": -70.634,
             "online_url": "https://live.example.org/m", "languages": ["es"], "campaigns": ["day-of-solidarity"]},
            {"uid": "o@test", "title": "Online assembly", "start": "2027-11-29T18:00", "end": "2027-11-29T19:30",
             "timezone": "Asia/Gaza", "online_url": "https://meet.example.org/a", "status": "cancelled"},
            {"uid": "d@test", "title": "Flag day", "start": "2027-11-29", "end": "2027-11-30", "all_day": true,
             "timezone": "Europe/Paris", "country": "FR", "city": "Lyon", "recurrence": "FREQ=YEARLY;COUNT=3"}
        ]
    }))
    .expect("imports");
    // The public origin the test server is configured with (--base-url).
    let base = "http://calendar.test";
    // A march with a place and a live stream.
    let page = app.get("/events/1").await.text();
    let item = json_ld_of(&page);
    let check = crate::helpers::jsonld_check(&item);
    assert_eq!(check["errors"], json!([]), "{item:#}");
    assert_eq!(item["@type"], "Event");
    assert_eq!(
        item["name"], "Marcha </script><b>por</b> Palestina",
        "the title whole, never ending the script"
    );
    assert!(!page.contains("Marcha </script>"), "escaped in the page");
    assert_eq!(item["startDate"], "2027-03-18T19:00:00-03:00");
    assert_eq!(item["endDate"], "2027-03-18T20:30:00-03:00");
    assert_eq!(item["eventStatus"], "https://schema.org/EventScheduled");
    assert_eq!(
        item["eventAttendanceMode"],
        "https://schema.org/MixedEventAttendanceMode"
    );
    assert_eq!(item["location"][0]["@type"], "Place");
    assert_eq!(item["location"][0]["address"]["addressCountry"], "CL");
    assert_eq!(item["location"][1]["url"], "https://live.example.org/m");
    assert_eq!(item["organizer"][0]["name"], "Day of Solidarity");
    assert_eq!(
        meta(&page, "og:url").as_deref(),
        Some(format!("{base}/events/1").as_str())
    );
    assert_eq!(
        meta(&page, "og:title").as_deref(),
        Some("Marcha </script><b>por</b> Palestina")
    );
    assert_eq!(meta(&page, "twitter:card").as_deref(), Some("summary"));
    assert!(meta(&page, "og:description").is_some_and(|d| d.contains("Santiago")));
    // "Add to Google Calendar" adds this action (a template in its zone), not a subscription;
    // Outlook.com and Office 365 compose it, by its instants.
    let href = |class: &str| add_link(&page, class);
    let google = url::Url::parse(&href("google")).unwrap();
    let q: std::collections::HashMap<String, String> = google.query_pairs().into_owned().collect();
    assert_eq!(google.host_str(), Some("calendar.google.com"));
    assert_eq!(q["action"], "TEMPLATE");
    assert_eq!(q["dates"], "20270318T190000/20270318T203000");
    assert_eq!(q["ctz"], "America/Santiago");
    assert_eq!(q["text"], "Marcha </script><b>por</b> Palestina");
    assert!(q["details"].contains(&format!("{base}/events/1")));
    assert!(q["location"].contains("Plaza Italia"));
    for (class, host) in [("outlook", "outlook.live.com"), ("office", "outlook.office.com")] {
        let u = url::Url::parse(&href(class)).unwrap();
        let q: std::collections::HashMap<String, String> = u.query_pairs().into_owned().collect();
        assert_eq!(u.host_str(), Some(host));
        assert_eq!(u.path(), "/calendar/0/action/compose");
        assert_eq!(q["startdt"], "2027-03-18T22:00:00Z");
        assert_eq!(q["enddt"], "2027-03-18T23:30:00Z");
        assert_eq!(q["allday"], "false");
    }
    assert_eq!(href("ics"), format!("{base}/events/1.ics"));
    // Subscribing stays, for the campaign's calendar, and tells Google users the truth.
    assert!(page.contains("campaigns/day-of-solidarity.ics"));
    assert!(page.contains("every 12 to 24 hours"));
    // Online and cancelled.
    let page = app.get("/events/2").await.text();
    let item = json_ld_of(&page);
    assert_eq!(crate::helpers::jsonld_check(&item)["errors"], json!([]), "{item:#}");
    assert_eq!(item["eventStatus"], "https://schema.org/EventCancelled");
    assert_eq!(
        item["eventAttendanceMode"],
        "https://schema.org/OnlineEventAttendanceMode"
    );
    assert_eq!(item["location"]["@type"], "VirtualLocation");
    assert_eq!(item["startDate"], "2027-11-29T18:00:00+02:00");
    // All day, yearly: dates, the end exclusive for the calendars, the rule carried.
    let page = app.get("/events/3").await.text();
    let item = json_ld_of(&page);
    assert_eq!(crate::helpers::jsonld_check(&item)["errors"], json!([]), "{item:#}");
    assert_eq!(item["startDate"], "2027-11-29");
    let google = url::Url::parse(&add_link(&page, "google")).unwrap();
    let q: std::collections::HashMap<String, String> = google.query_pairs().into_owned().collect();
    assert_eq!(q["dates"], "20271129/20271201");
    assert_eq!(q["recur"], "RRULE:FREQ=YEARLY;COUNT=3");
    assert!(!q.contains_key("ctz"));
    // The calendar pages preview themselves too.
    let page = app.get("/?from=2027-03-15").await.text();
    assert!(meta(&page, "og:url").is_some_and(|u| u.starts_with(base)));
    assert!(meta(&page, "og:description").is_some());
}

#[actix_web::test]
async fn lists_mark_every_status_and_give_the_reader_their_own_date_when_it_differs() {
    let app = spawn_app().await;
    app.import(&json!([
        {"uid": "t@test", "title": "Maybe vigil", "start": "2027-03-20T21:00", "end": "2027-03-20T22:00",
         "timezone": "America/Santiago", "country": "CL", "city": "Santiago", "status": "tentative"},
        {"uid": "c@test", "title": "Called-off march", "start": "2027-03-20T10:00", "timezone": "America/Santiago",
         "country": "CL", "city": "Santiago", "status": "cancelled"}
    ]))
    .expect("imports");
    // 21:00 on Saturday in Santiago (UTC-3) is 02:00 on Sunday in Beirut (UTC+2).
    let page = app.get("/?from=2027-03-15&tz=Asia/Beirut").await.text();
    assert!(page.contains("Tentative"), "{page}");
    assert!(page.contains(">Cancelled<"), "{page}");
    let reader = page.split("Maybe vigil").next().unwrap_or("");
    let reader = &reader[reader.rfind("class=\"reader\"").expect("the reader's time")..];
    assert!(
        reader.contains("21") && reader.contains("March"),
        "their own date: {reader}"
    );
    let widget = app.get("/embed").await.text();
    assert!(
        widget.contains("Tentative") || !widget.contains("Maybe vigil"),
        "{widget}"
    );
    let atom = app.get("/feed.atom").await.text();
    assert!(atom.contains("TENTATIVE: Maybe vigil"), "{atom}");
    assert!(atom.contains("CANCELLED: Called-off march"), "{atom}");
}

#[actix_web::test]
async fn the_widget_lists_a_repeating_action_once_follows_the_system_theme_and_says_refusals_inside() {
    let app = spawn_app().await;
    app.import(&json!([
        {"uid": "w@test", "title": "Friday vigil", "start": "2027-10-29T18:00", "timezone": "Europe/Paris",
         "country": "FR", "city": "Paris", "recurrence": "FREQ=WEEKLY;COUNT=6"}
    ]))
    .expect("imports");
    let widget = app.get("/embed?from=2027-10-01&to=2027-12-31").await.text();
    assert_eq!(widget.matches("Friday vigil").count(), 1, "once: {widget}");
    assert!(
        widget.contains("Repeats: every week, 6 times"),
        "how it repeats: {widget}"
    );
    let auto = app.get("/embed?theme=auto").await.text();
    assert!(auto.contains("prefers-color-scheme:dark"), "{auto}");
    // A bad parameter: a small message inside the widget, in its language, status 400.
    for (path, words) in [
        ("/embed?theme=pink&ui=es", "no es un tema"),
        ("/embed?limit=500&ui=fr", "50"),
        ("/embed?region=atlantis", "atlantis"),
        ("/embed?colour=red", "colour"),
    ] {
        let res = app.get(path).await;
        assert_eq!(res.status, 400, "{path}");
        let body = res.text();
        assert!(
            body.contains(r#"class="refused""#) && body.contains(words),
            "{path}: {body}"
        );
        assert!(!body.contains("<h1"), "no error page in a partner's frame: {body}");
    }
}
