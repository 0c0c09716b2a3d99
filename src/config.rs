//! Settings, checked once at start-up.

use std::path::PathBuf;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The SQLite file.
    pub db: PathBuf,
    /// Address to listen on; port 0 picks a free port.
    pub bind: String,
    /// Public origin for absolute links; derived from the bound address when absent.
    pub base_url: Option<String>,
    /// Load the demo data into an empty store.
    pub demo: bool,
}

impl Settings {
    /// Settings for tests: the given store, a free port on loopback.
    pub fn for_tests(db: PathBuf) -> Self {
        Self {
            db,
            bind: "127.0.0.1:0".into(),
            base_url: None,
            demo: false,
        }
    }

    /// Checks `--base-url`: an absolute http(s) origin, kept without a trailing slash.
    pub fn checked_base_url(raw: &str) -> Result<String, String> {
        let url = url::Url::parse(raw)
            .map_err(|e| format!("--base-url {raw:?} is not a URL ({e}); e.g. https://calendar.example.org"))?;
        if !matches!(url.scheme(), "http" | "https")
            || url.host_str().is_none()
            || url.query().is_some()
            || url.fragment().is_some()
        {
            return Err(format!(
                "--base-url {raw:?} must be an http(s) origin with an optional path, e.g. https://calendar.example.org"
            ));
        }
        Ok(url.as_str().trim_end_matches('/').to_string())
    }
}
