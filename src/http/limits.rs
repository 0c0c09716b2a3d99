//! Per-client limits (submissions, failed token attempts): a fixed window per IP address, in
//! memory. Who the client is: [`super::extract::client_addr`].

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use actix_web::HttpRequest;

use super::extract::client_addr;
use super::{ApiError, ApiResult, AppState};

/// Most clients tracked at once; beyond that, expired windows are dropped.
const CLIENTS_MAX: usize = 100_000;

/// At most `max` requests per client in each `window`.
pub struct RateLimit {
    max: u32,
    window: Duration,
    clients: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl RateLimit {
    /// A limit of `max` requests per `window`.
    pub fn new(max: u32, window: Duration) -> Self {
        Self {
            max,
            window,
            clients: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a request from `client`; `Err(seconds)` says how long until it may try again.
    pub fn check(&self, client: IpAddr) -> Result<(), u64> {
        let now = Instant::now();
        let Ok(mut clients) = self.clients.lock() else {
            return Ok(());
        };
        if clients.len() >= CLIENTS_MAX {
            let window = self.window;
            clients.retain(|_, (start, _)| now.duration_since(*start) < window);
        }
        let entry = clients.entry(client).or_insert((now, 0));
        if now.duration_since(entry.0) >= self.window {
            *entry = (now, 0);
        }
        if entry.1 >= self.max {
            let left = self.window.saturating_sub(now.duration_since(entry.0));
            return Err(left.as_secs().max(1));
        }
        entry.1 += 1;
        Ok(())
    }
}

impl RateLimit {
    /// Gives back one request counted for `client` by [`RateLimit::check`]: the request did
    /// not get what it came for (refused, or the store could not write), so it must not use
    /// up the client's allowance.
    pub fn refund(&self, client: IpAddr) {
        if let Ok(mut clients) = self.clients.lock()
            && let Some(entry) = clients.get_mut(&client)
        {
            entry.1 = entry.1.saturating_sub(1);
        }
    }

    /// Seconds `client` must still wait, without counting anything.
    pub fn blocked(&self, client: IpAddr) -> Option<u64> {
        let now = Instant::now();
        let clients = self.clients.lock().ok()?;
        let (start, count) = clients.get(&client)?;
        let elapsed = now.duration_since(*start);
        (elapsed < self.window && *count >= self.max).then(|| self.window.saturating_sub(elapsed).as_secs().max(1))
    }
}

/// Failed token attempts (coordinator tokens, edit links) allowed per client address in each
/// [`AUTH_FAILURE_WINDOW`]; then every attempt from that address gets 429 until it ends.
pub const AUTH_FAILURES_PER_WINDOW: u32 = 20;
/// The window of the failed-attempt limit.
pub const AUTH_FAILURE_WINDOW: std::time::Duration = std::time::Duration::from_secs(600);

/// Runs a token check (`attempt`) for the client of `req` unless it failed too often lately,
/// and counts a failure when the token opened nothing (403 or 404). Tokens are 256-bit, so
/// guessing is hopeless anyway; the limit keeps the attempts from costing the store.
pub async fn token_attempt<T>(
    state: &AppState,
    req: &HttpRequest,
    attempt: impl std::future::Future<Output = Result<T, ApiError>>,
) -> Result<T, ApiError> {
    let client = client_addr(req, &state.trusted_proxies);
    if let Some(secs) = client.and_then(|ip| state.auth_failures.blocked(ip)) {
        return Err(ApiError::TooManyRequests {
            what: "failed token attempts",
            secs,
        });
    }
    let result = attempt.await;
    if let (Err(ApiError::Forbidden(_) | ApiError::NotFound(_)), Some(ip)) = (&result, client) {
        let _ = state.auth_failures.check(ip);
    }
    result
}

/// Attempts (stored or refused) allowed per stored submission of the allowance, and at least
/// 60 per window: a person correcting a form never meets it, a robot does.
pub const ATTEMPTS_PER_SUBMISSION: u32 = 6;

/// Runs `submit` counted against the client's submission limit: refused at once (429) when the
/// client is over it, and counted only when `stored` says the outcome stored something, so a
/// refused form, a warning to confirm or a busy store never uses up the allowance. Every
/// attempt counts against the higher `attempt_limit`, which bounds what refused requests cost.
pub async fn rate_limited<T>(
    state: &AppState,
    req: &HttpRequest,
    submit: impl std::future::Future<Output = T>,
    stored: impl FnOnce(&T) -> bool,
) -> ApiResult<T> {
    let client = client_addr(req, &state.trusted_proxies);
    if let Some(ip) = client {
        state
            .attempt_limit
            .check(ip)
            .map_err(|secs| ApiError::TooManyRequests {
                what: "submission attempts",
                secs,
            })?;
        state
            .submission_limit
            .check(ip)
            .map_err(|secs| ApiError::TooManyRequests {
                what: "submissions",
                secs,
            })?;
    }
    let outcome = submit.await;
    if let Some(ip) = client
        && !stored(&outcome)
    {
        state.submission_limit.refund(ip);
    }
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_over_the_limit_waits_and_others_do_not() {
        let limit = RateLimit::new(2, Duration::from_secs(60));
        let (a, b): (IpAddr, IpAddr) = ("192.0.2.1".parse().unwrap(), "192.0.2.2".parse().unwrap());
        assert!(limit.check(a).is_ok() && limit.check(a).is_ok());
        let wait = limit.check(a).unwrap_err();
        assert!((1..=60).contains(&wait));
        assert!(limit.check(b).is_ok());
        assert_eq!(limit.blocked(b), None, "under the limit");
        assert!(limit.blocked(a).is_some_and(|w| w <= 60), "a peek at a blocked client");
    }
}
