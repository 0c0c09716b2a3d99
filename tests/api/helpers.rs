//! Test harness: the real server on a free port with its own store, and the real clients.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use actioncal::config::Settings;
use actioncal::startup::Application;
use awc::http::Method;
use serde_json::Value;
use sha2::Digest as _;

/// A running server and its store.
pub struct TestApp {
    pub address: String,
    pub db: PathBuf,
    pub dir: tempfile::TempDir,
}

/// An answer, body decoded as text.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: awc::http::header::HeaderMap,
    pub bytes: Vec<u8>,
}

impl Resp {
    pub fn text(&self) -> String {
        String::from_utf8(self.bytes.clone()).expect("utf-8 body")
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.bytes).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .map(|v| v.to_str().expect("ascii header").to_string())
    }
}

/// Starts the server on a free port against a new store.
pub async fn spawn_app() -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    spawn_on(dir).await
}

/// Starts the server with its own settings changed by `adjust`.
pub async fn spawn_with(adjust: impl FnOnce(&mut Settings)) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("test.db");
    start(db, dir, adjust).await
}

/// Starts the server on a free port against the store in `dir` (reused across restarts).
pub async fn spawn_on(dir: tempfile::TempDir) -> TestApp {
    let db = dir.path().join("test.db");
    start(db, dir, |_| {}).await
}

/// Starts a server on the store `db`, which the caller keeps (several servers may share it).
pub async fn spawn_with_db(db: PathBuf, adjust: impl FnOnce(&mut Settings)) -> TestApp {
    start(db, tempfile::tempdir().expect("temp dir"), adjust).await
}

async fn start(db: PathBuf, dir: tempfile::TempDir, adjust: impl FnOnce(&mut Settings)) -> TestApp {
    let mut settings = Settings::for_tests(db.clone());
    // A fixed origin, so that feeds of the same store are byte-identical across restarts.
    settings.base_url = Some("http://calendar.test".into());
    adjust(&mut settings);
    let app = Application::build(settings).await.expect("app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    actix_web::rt::spawn(app.run_until_stopped());
    TestApp { address, db, dir }
}

impl TestApp {
    /// Sends `method path` with `headers`; bodies arrive as sent (no decompression).
    pub async fn request(&self, method: Method, path: &str, headers: &[(&str, &str)]) -> Resp {
        let client = awc::Client::builder().disable_redirects().finish();
        let mut req = client
            .request(method, format!("{}{path}", self.address))
            .no_decompress();
        for (k, v) in headers {
            req = req.insert_header((*k, *v));
        }
        let mut res = req.send().await.expect("request sent");
        let bytes = res.body().limit(64 * 1024 * 1024).await.expect("body read").to_vec();
        Resp {
            status: res.status().as_u16(),
            headers: res.headers().clone(),
            bytes,
        }
    }

    pub async fn get(&self, path: &str) -> Resp {
        self.request(Method::GET, path, &[]).await
    }

    /// Sends `method path` with a JSON body (or raw bytes) and headers.
    pub async fn send_json(&self, method: Method, path: &str, headers: &[(&str, &str)], body: &Value) -> Resp {
        self.send_bytes(method, path, headers, body.to_string().into_bytes())
            .await
    }

    pub async fn send_bytes(&self, method: Method, path: &str, headers: &[(&str, &str)], body: Vec<u8>) -> Resp {
        let client = awc::Client::builder().disable_redirects().finish();
        let mut req = client
            .request(method, format!("{}{path}", self.address))
            .no_decompress();
        req = req.insert_header(("Content-Type", "application/json"));
        for (k, v) in headers {
            req = req.insert_header((*k, *v));
        }
        let mut res = req.send_body(body).await.expect("request sent");
        let bytes = res.body().limit(64 * 1024 * 1024).await.expect("body read").to_vec();
        Resp {
            status: res.status().as_u16(),
            headers: res.headers().clone(),
            bytes,
        }
    }

    /// Adds a coordinator directly in the store and returns their token.
    pub fn coordinator(&self, name: &str) -> String {
        let (token, hash) =
            actioncal::service::tokens::generate(actioncal::service::tokens::COORDINATOR).expect("random");
        let store = actioncal::store::Store::open(&self.db).expect("store opens");
        store
            .with_conn(|c| actioncal::store::coordinators::add(c, name, &hash, 0))
            .expect("coordinator added");
        token
    }

    /// Rows of a table, to show that a refusal wrote nothing.
    pub fn count(&self, table: &str) -> i64 {
        let c = rusqlite::Connection::open(&self.db).expect("db");
        c.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .expect("count")
    }

    /// Imports `json` into this app's store, as `actioncal import` does.
    /// Imports through a store of its own, as `actioncal import` in another process does; the
    /// running server sees it on the next request.
    pub fn import(
        &self,
        json: &Value,
    ) -> Result<actioncal::service::import::Summary, actioncal::service::import::ImportError> {
        let store = actioncal::store::Store::open(&self.db).expect("store opens");
        actioncal::service::import::import_bytes(
            &store,
            json.to_string().as_bytes(),
            jiff::Timestamp::now().as_second(),
            |_| {},
        )
    }

    /// Imports a file under `fixtures/`.
    pub fn import_fixture(&self, name: &str) {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(fixture(name)).expect("fixture")).expect("json");
        self.import(&v).expect("fixture imports");
    }

    /// Rows in the events table, to show that a refusal wrote nothing.
    pub fn count_events(&self) -> i64 {
        let c = rusqlite::Connection::open(&self.db).expect("db");
        c.query_row("SELECT count(*) FROM events", [], |r| r.get(0))
            .expect("count")
    }
}

pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name)
}

/// Unfolds content lines (RFC 5545 3.1).
pub fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "").replace("\r\n\t", "")
}

/// The values of every unfolded line starting with `name` followed by `:` or `;`.
pub fn props(ics: &str, name: &str) -> Vec<String> {
    unfold(ics)
        .split("\r\n")
        .filter(|l| {
            l.strip_prefix(name)
                .is_some_and(|r| r.starts_with(':') || r.starts_with(';'))
        })
        .map(str::to_string)
        .collect()
}

fn clients_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clients")
}

fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Installs the real clients from the registries once (npm: ical.js; PyPI: icalendar,
/// recurring-ical-events, dateutil, tzdata), pinned in tests/clients.
pub fn clients() -> &'static Path {
    static READY: OnceLock<PathBuf> = OnceLock::new();
    READY.get_or_init(|| {
        let dir = clients_dir();
        // Each install leaves a marker named after the hash of its lockfile, so a changed
        // list of packages installs again.
        let marker = |file: &str, inside: &str| {
            let text = std::fs::read(dir.join(file)).expect("package list");
            let hash: String = sha2::Sha256::digest(&text)
                .iter()
                .take(8)
                .map(|b| format!("{b:02x}"))
                .collect();
            dir.join(inside).join(format!(".installed-{hash}"))
        };
        let npm_marker = marker("package-lock.json", "node_modules");
        if !npm_marker.exists() {
            run(Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
                .current_dir(&dir));
            std::fs::write(&npm_marker, "").expect("marker");
        }
        let pip_marker = marker("requirements.txt", ".venv");
        if !pip_marker.exists() {
            run(Command::new("python3").args(["-m", "venv", ".venv"]).current_dir(&dir));
            let python = dir.join(".venv/bin/python");
            run(Command::new(&python)
                .args([
                    "-m",
                    "pip",
                    "install",
                    "-q",
                    "--disable-pip-version-check",
                    "-r",
                    "requirements.txt",
                ])
                .current_dir(&dir));
            std::fs::write(&pip_marker, "").expect("marker");
        }
        dir
    })
}

fn output(cmd: &mut Command) -> Value {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("client prints JSON")
}

fn temp_ics(ics: &str) -> tempfile::NamedTempFile {
    let f = tempfile::Builder::new().suffix(".ics").tempfile().expect("temp file");
    std::fs::write(f.path(), ics).expect("write ics");
    f
}

/// What ical.js (Thunderbird's parser) reads from `ics`, with only the file's VTIMEZONEs.
pub fn icaljs(ics: &str) -> Value {
    let dir = clients();
    let f = temp_ics(ics);
    output(
        Command::new("node")
            .arg(dir.join("icaljs_expand.mjs"))
            .arg(f.path())
            .arg("60"),
    )
}

/// What Python icalendar + recurring-ical-events read from `ics`.
pub fn python_icalendar(ics: &str) -> Value {
    let dir = clients();
    let f = temp_ics(ics);
    output(
        Command::new(dir.join(".venv/bin/python"))
            .arg(dir.join("py_expand.py"))
            .arg(f.path())
            .arg("60"),
    )
}

/// Occurrences computed independently (zoneinfo + dateutil) from an import file.
pub fn expected(import_file: &Path) -> Value {
    let dir = clients();
    output(
        Command::new(dir.join(".venv/bin/python"))
            .arg(dir.join("expected.py"))
            .arg(import_file)
            .arg("60"),
    )
}

/// Submits the HTML form in headless Chromium (playwright-core driving Debian's chromium) and
/// reports what the browser saw.
/// Runs in the blocking pool, so that the server (on this test's runtime) keeps answering.
pub async fn chromium_form(base: &str) -> Value {
    let base = base.to_string();
    actix_web::rt::task::spawn_blocking(move || {
        let dir = clients();
        let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("submit-form.png");
        output(
            Command::new("node")
                .arg(dir.join("form_e2e.mjs"))
                .arg(&base)
                .env("SCREENSHOT", shot),
        )
    })
    .await
    .expect("the browser run finished")
}

/// The whole organiser-and-coordinator loop in headless Chromium (tests/clients/loop_e2e.mjs),
/// reading the mail delivered into `maildir`; screenshots go to `shots`. Runs in the blocking
/// pool, so that the server keeps answering.
pub async fn chromium_loop(base: &str, token: &str, maildir: &Path, shots: &Path) -> Value {
    let args = [
        base.to_string(),
        token.to_string(),
        maildir.display().to_string(),
        shots.display().to_string(),
    ];
    actix_web::rt::task::spawn_blocking(move || {
        let dir = clients();
        output(Command::new("node").arg(dir.join("loop_e2e.mjs")).args(&args))
    })
    .await
    .expect("the browser run finished")
}

impl Resp {
    /// The `name=value` pairs of every Set-Cookie, and each cookie's full header.
    pub fn cookies(&self) -> Vec<(String, String, String)> {
        self.headers
            .get_all("set-cookie")
            .filter_map(|v| v.to_str().ok())
            .filter_map(|h| {
                let pair = h.split(';').next()?;
                let (k, v) = pair.split_once('=')?;
                Some((k.trim().to_string(), v.trim().to_string(), h.to_string()))
            })
            .collect()
    }
}

/// What feedparser reads from an Atom document (fails on a malformed one).
pub fn feedparser(atom: &str) -> Value {
    let dir = clients();
    let f = tempfile::Builder::new().suffix(".atom").tempfile().expect("temp file");
    std::fs::write(f.path(), atom).expect("write");
    output(
        Command::new(dir.join(".venv/bin/python"))
            .arg(dir.join("atom_check.py"))
            .arg(f.path()),
    )
}

/// Visits `paths` in headless Chromium at phone and desktop size (console errors, axe-core,
/// screenshots under target/screenshots) and loads the widget in a partner page's iframe.
pub async fn chromium_pages(base: &str, paths: &[String]) -> Value {
    let base = base.to_string();
    let paths = paths.to_vec();
    actix_web::rt::task::spawn_blocking(move || {
        let dir = clients();
        let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
        output(
            Command::new("node")
                .arg(dir.join("pages_e2e.mjs"))
                .arg(&base)
                .arg(shots)
                .args(&paths),
        )
    })
    .await
    .expect("the browser run finished")
}

/// Direction checks, screenshots and axe-core in headless Chromium (`bidi_e2e.mjs`), with
/// screenshots under target/screenshots/i18n.
pub async fn chromium_bidi(base: &str, spec: &Value) -> Value {
    let base = base.to_string();
    let spec = spec.to_string();
    actix_web::rt::task::spawn_blocking(move || {
        let dir = clients();
        let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots/i18n");
        output(
            Command::new("node")
                .arg(dir.join("bidi_e2e.mjs"))
                .arg(&base)
                .arg(shots)
                .arg(&spec),
        )
    })
    .await
    .expect("the browser run finished")
}

/// `at` (RFC 3339 UTC) in each of `zones`, by Python's zoneinfo: local HH:MM and the day shift
/// against `home`.
pub fn world_times(at: &str, home: &str, zones: &[&str]) -> Value {
    let dir = clients();
    output(
        Command::new(dir.join(".venv/bin/python"))
            .arg(dir.join("world_times.py"))
            .arg(at)
            .arg(home)
            .args(zones),
    )
}

/// Validates an OpenAPI document with openapi-spec-validator; its paths and schema properties.
pub fn openapi_check(doc: &str) -> Value {
    let dir = clients();
    let f = tempfile::Builder::new().suffix(".json").tempfile().expect("temp file");
    std::fs::write(f.path(), doc).expect("write");
    output(
        Command::new(dir.join(".venv/bin/python"))
            .arg(dir.join("openapi_check.py"))
            .arg(f.path()),
    )
}

/// Validates real answers (`samples`) against an OpenAPI document (jsonschema, 2020-12):
/// `{checked, documented: [[path, method]], problems}`.
pub fn openapi_responses(doc: &str, samples: &Value) -> Value {
    let dir = clients();
    let d = tempfile::Builder::new().suffix(".json").tempfile().expect("temp file");
    let s = tempfile::Builder::new().suffix(".json").tempfile().expect("temp file");
    std::fs::write(d.path(), doc).expect("write");
    std::fs::write(s.path(), samples.to_string()).expect("write");
    output(
        Command::new(dir.join(".venv/bin/python"))
            .arg(dir.join("openapi_responses.py"))
            .arg(d.path())
            .arg(s.path()),
    )
}

/// Runs the `actioncal` binary: success, stdout, stderr.
pub fn actioncal(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_actioncal"))
        .args(args)
        .env("RUST_LOG", "error")
        .output()
        .expect("runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A server with the campaign `day-of-solidarity` and a coordinator, whose token it returns.
pub async fn app_with_coordinator() -> (TestApp, String) {
    let app = spawn_app().await;
    app.import(
        &serde_json::json!({"campaigns": [{"slug": "day-of-solidarity", "name": "Day of Solidarity"}], "events": []}),
    )
    .expect("campaign");
    let token = app.coordinator("Coordinator One");
    (app, token)
}

/// nginx (Debian's, `.ci/run` installs it) on a free loopback port, stopped when dropped.
pub struct Nginx {
    child: std::process::Child,
    pub port: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts nginx, in the foreground of its own folder, with `http` (given the port and that
/// folder) inside its `http {}` block besides the scratch paths; returns once it listens.
pub fn nginx(http: impl FnOnce(u16, &Path) -> String) -> Nginx {
    let dir = tempfile::tempdir().expect("dir");
    let port = free_port();
    let d = dir.path().display();
    let inside = http(port, dir.path());
    let conf = format!(
        r#"
daemon off;
master_process off;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log warn;
events {{ worker_connections 64; }}
http {{
  access_log off;
  client_body_temp_path {d}/body;
  proxy_temp_path {d}/proxy;
  fastcgi_temp_path {d}/fastcgi;
  uwsgi_temp_path {d}/uwsgi;
  scgi_temp_path {d}/scgi;
{inside}
}}
"#
    );
    let path = dir.path().join("nginx.conf");
    std::fs::write(&path, conf).expect("config");
    let binary = ["/usr/sbin/nginx", "/usr/bin/nginx"]
        .into_iter()
        .find(|p| Path::new(p).exists())
        .unwrap_or("nginx");
    let child = Command::new(binary)
        .args(["-e", "stderr", "-p"])
        .arg(dir.path())
        .arg("-c")
        .arg(&path)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("nginx starts (Debian package nginx-light; .ci/run installs it)");
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    Nginx { child, port, _dir: dir }
}

/// Debian's Postfix (`.ci/run` installs it), a private instance in its own folder: SMTP on a
/// free loopback port for `campaign.example`, every recipient handed to `pipe` (a pipe(8)
/// transport's `argv`, run as `nobody`), one recipient per delivery, retries after a second.
/// Stopped when dropped. Needs root, as Postfix does to start.
pub struct Postfix {
    child: std::process::Child,
    pub port: u16,
    dir: tempfile::TempDir,
}

impl Postfix {
    pub fn start(pipe: &str) -> Postfix {
        assert!(
            std::fs::metadata("/usr/sbin/postfix").is_ok(),
            "Postfix (Debian package postfix; .ci/run installs it)"
        );
        let dir = tempfile::tempdir().expect("dir");
        let d = dir.path();
        for sub in ["etc", "queue", "data"] {
            std::fs::create_dir_all(d.join(sub)).expect("folder");
        }
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let chown = Command::new("chown")
            .args(["postfix"])
            .arg(d.join("data"))
            .status()
            .expect("chown");
        assert!(chown.success(), "Postfix's tests need root");
        let port = free_port();
        let p = d.display();
        std::fs::write(
            d.join("etc/main.cf"),
            format!(
                "compatibility_level = 3.6
queue_directory = {p}/queue
data_directory = {p}/data
command_directory = /usr/sbin
daemon_directory = /usr/lib/postfix/sbin
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = loopback-only
inet_protocols = ipv4
myhostname = mx.campaign.example
mydestination = campaign.example
mynetworks = 127.0.0.0/8
local_recipient_maps =
alias_maps =
alias_database =
local_transport = actioncal
actioncal_destination_recipient_limit = 1
recipient_delimiter = +
smtputf8_enable = no
maillog_file = /dev/stdout
queue_run_delay = 1s
minimal_backoff_time = 1s
maximal_backoff_time = 2s
biff = no
"
            ),
        )
        .expect("main.cf");
        std::fs::write(
            d.join("etc/master.cf"),
            format!(
                "127.0.0.1:{port} inet n - n - - smtpd
pickup unix n - n 60 1 pickup
cleanup unix n - n - 0 cleanup
qmgr unix n - n 1 1 qmgr
rewrite unix - - n - - trivial-rewrite
bounce unix - - n - 0 bounce
defer unix - - n - 0 bounce
trace unix - - n - 0 bounce
verify unix - - n - 1 verify
flush unix n - n 1000? 0 flush
proxymap unix - - n - - proxymap
smtp unix - - n - - smtp
showq unix n - n - - showq
error unix - - n - - error
retry unix - - n - - error
discard unix - - n - - discard
anvil unix - - n - 1 anvil
scache unix - - n - 1 scache
postlog unix-dgram n - n - 1 postlogd
actioncal unix - n n - - pipe flags=Rq user=nobody argv={pipe}
"
            ),
        )
        .expect("master.cf");
        let etc = d.join("etc");
        let _ = Command::new("/usr/sbin/postfix")
            .arg("-c")
            .arg(&etc)
            .arg("check")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status();
        let child = Command::new("/usr/sbin/postfix")
            .arg("-c")
            .arg(&etc)
            .arg("start-fg")
            .stdout(std::fs::File::create(d.join("maillog")).expect("log"))
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("postfix starts");
        wait_listening(port, "Postfix");
        Postfix { child, port, dir }
    }

    /// Sends `message` with swaks (Debian's), envelope `from` (`""`: the null sender) to `to`.
    pub fn send(&self, from: &str, to: &str, message: &str) {
        let file = self.dir.path().join("outgoing.eml");
        std::fs::write(&file, message.replace('\n', "\r\n")).expect("message");
        let out = Command::new("swaks")
            .args([
                "--server",
                &format!("127.0.0.1:{}", self.port),
                "--from",
                from,
                "--to",
                to,
                "--data",
            ])
            .arg(&file)
            .output()
            .expect("swaks runs (Debian package swaks; .ci/run installs it)");
        assert!(out.status.success(), "swaks: {}", String::from_utf8_lossy(&out.stdout));
    }

    /// Asks Postfix to try every deferred message now (`postqueue -f`).
    pub fn flush(&self) {
        let _ = Command::new("/usr/sbin/postqueue")
            .arg("-c")
            .arg(self.dir.path().join("etc"))
            .arg("-f")
            .status();
    }

    /// Postfix's log so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("maillog")).unwrap_or_default()
    }
}

impl Drop for Postfix {
    fn drop(&mut self) {
        let _ = Command::new("/usr/sbin/postfix")
            .arg("-c")
            .arg(self.dir.path().join("etc"))
            .arg("stop")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Debian's Dovecot (`.ci/run` installs it), a private instance: IMAP on a free loopback port,
/// one account `calendar` (password `secret`) with Maildir folders in its own directory.
/// Stopped when dropped. Needs root, as Dovecot does to start.
pub struct Dovecot {
    child: std::process::Child,
    pub port: u16,
    _dir: tempfile::TempDir,
}

impl Dovecot {
    pub fn start() -> Dovecot {
        let dir = tempfile::tempdir().expect("dir");
        let d = dir.path();
        use std::os::unix::fs::PermissionsExt as _;
        for sub in ["run", "state", "mail"] {
            std::fs::create_dir_all(d.join(sub)).expect("folder");
        }
        std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        // The account's mail belongs to nobody (Dovecot refuses root).
        std::fs::set_permissions(d.join("mail"), std::fs::Permissions::from_mode(0o777)).expect("chmod");
        std::fs::write(d.join("passwd"), "calendar:{PLAIN}secret\n").expect("passwd");
        let port = free_port();
        let p = d.display();
        let conf = format!(
            "base_dir = {p}/run
state_dir = {p}/state
log_path = {p}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = dovenull
default_internal_user = dovecot
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {p}/passwd
}}
userdb {{
  driver = static
  args = uid=65534 gid=65534 home={p}/mail/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
namespace inbox {{
  inbox = yes
}}
"
        );
        std::fs::write(d.join("dovecot.conf"), conf).expect("config");
        let child = Command::new("/usr/sbin/dovecot")
            .arg("-F")
            .arg("-c")
            .arg(d.join("dovecot.conf"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("dovecot starts (Debian package dovecot-imapd; .ci/run installs it)");
        wait_listening(port, "Dovecot");
        Dovecot { child, port, _dir: dir }
    }

    /// A logged-in IMAP session to the account (the imap crate, as a mail client would).
    pub fn session(&self) -> imap::Session<std::net::TcpStream> {
        let tcp = std::net::TcpStream::connect(("127.0.0.1", self.port)).expect("connects");
        let mut client = imap::Client::new(tcp);
        client.read_greeting().expect("greeting");
        client.login("calendar", "secret").map_err(|(e, _)| e).expect("login")
    }

    /// Puts `message` in `mailbox`, as a delivery would.
    pub fn append(&self, mailbox: &str, message: &str) {
        let mut s = self.session();
        s.append(mailbox, message.replace('\n', "\r\n").as_bytes())
            .finish()
            .expect("appended");
        let _ = s.logout();
    }

    /// How many messages `mailbox` holds (0 when it does not exist).
    pub fn count(&self, mailbox: &str) -> u32 {
        let mut s = self.session();
        let n = s.select(mailbox).map(|m| m.exists).unwrap_or(0);
        let _ = s.logout();
        n
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        // SIGTERM: the master stops its login, auth and imap processes with it.
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

/// What the TypeScript compiler finds wrong in the schema.org JSON-LD `item`, typed by
/// schema-dts as `WithContext<its @type>` (unknown properties, wrong value types, statuses
/// that are not schema.org enumeration members): `{"errors": [...]}`.
pub fn jsonld_check(item: &Value) -> Value {
    let dir = clients();
    let f = tempfile::Builder::new().suffix(".json").tempfile().expect("temp file");
    std::fs::write(f.path(), item.to_string()).expect("write");
    output(Command::new("node").arg(dir.join("jsonld_check.mjs")).arg(f.path()))
}

/// A loopback port nothing listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("free port")
        .local_addr()
        .expect("addr")
        .port()
}

/// Returns once something accepts connections on loopback `port`; `what` fails the test
/// after 30 s.
pub fn wait_listening(port: u16, what: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(std::time::Instant::now() < deadline, "{what} listens on {port}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}
