//! Fetching partners' calendars from URLs that coordinators typed, safely (issue 17).
//!
//! - `http` and `https` only; at most [`REDIRECTS_MAX`] redirects.
//! - Every address a name resolves to is checked before connecting, for the first request and
//!   after each redirect (the check is the resolver ureq connects through, so what is checked
//!   is what is connected to: no second lookup for DNS rebinding to answer differently):
//!   loopback, private (RFC 1918), shared (RFC 6598), link-local, unique-local (RFC 4193),
//!   multicast, documentation, benchmarking, reserved and unspecified addresses are refused,
//!   also inside IPv4-mapped and NAT64 IPv6 addresses. Loopback is allowed only with
//!   `--dangerously-allow-loopback-sources` (tests serve partners on 127.0.0.1); private
//!   addresses never are.
//! - At most [`BODY_MAX`] bytes on the wire and [`DECODED_MAX`] once decompressed (a gzip bomb
//!   stops there); [`CONNECT_TIMEOUT`] to connect, [`TOTAL_TIMEOUT`] for the whole exchange.
//! - Conditional requests (`If-None-Match`, `If-Modified-Since`), an honest `User-Agent`.
//! - No proxy from the environment: the addresses checked are the partner's own.

use std::io::Read as _;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::Duration;

use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};

/// Most redirects followed.
pub const REDIRECTS_MAX: u32 = 3;
/// Most bytes read from the wire.
pub const BODY_MAX: u64 = 16 * 1024 * 1024;
/// Most bytes of a body once decompressed.
pub const DECODED_MAX: u64 = 32 * 1024 * 1024;
/// Time to connect.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Time for the whole exchange, body included.
pub const TOTAL_TIMEOUT: Duration = Duration::from_secs(30);

/// Whether `ip` is an address of the public Internet.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(a) => is_public_v4(a),
        IpAddr::V6(a) => is_public_v6(a),
    }
}

fn is_public_v4(a: Ipv4Addr) -> bool {
    let [b0, b1, b2, _] = a.octets();
    !(b0 == 0                                   // "this network" (RFC 791)
        || b0 == 10                             // private (RFC 1918)
        || b0 == 127                            // loopback
        || (b0 == 100 && (64..128).contains(&b1)) // shared address space (RFC 6598)
        || (b0 == 169 && b1 == 254)             // link-local
        || (b0 == 172 && (16..32).contains(&b1)) // private
        || (b0 == 192 && b1 == 0 && b2 == 0)    // IETF protocol assignments
        || (b0 == 192 && b1 == 0 && b2 == 2)    // documentation
        || (b0 == 192 && b1 == 168)             // private
        || (b0 == 198 && (18..20).contains(&b1)) // benchmarking (RFC 2544)
        || (b0 == 198 && b1 == 51 && b2 == 100) // documentation
        || (b0 == 203 && b1 == 0 && b2 == 113)  // documentation
        || b0 >= 224) // multicast, reserved, broadcast
}

fn is_public_v6(a: Ipv6Addr) -> bool {
    if let Some(v4) = a.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let s = a.segments();
    let v4 = |hi: u16, lo: u16| {
        let [a, b] = hi.to_be_bytes();
        let [c, d] = lo.to_be_bytes();
        Ipv4Addr::new(a, b, c, d)
    };
    // Forms that carry an IPv4 address: what they reach is what counts. NAT64's well-known
    // prefix (RFC 6052), IPv4-translated addresses (RFC 2765, ::ffff:0:a.b.c.d), 6to4
    // (RFC 3056, 2002:aabb:ccdd::/48).
    if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0, 0, 0, 0] {
        return is_public_v4(v4(s[6], s[7]));
    }
    if s[..4] == [0, 0, 0, 0] && s[4] == 0xffff && s[5] == 0 {
        return is_public_v4(v4(s[6], s[7]));
    }
    if s[0] == 0x2002 {
        return is_public_v4(v4(s[1], s[2]));
    }
    // Local-use NAT64 (RFC 8215, 64:ff9b:1::/48) reaches a network's own translator; Teredo
    // (2001::/32) tunnels to addresses it hides.
    if (s[0] == 0x64 && s[1] == 0xff9b && s[2] == 1) || (s[0] == 0x2001 && s[1] == 0) {
        return false;
    }
    !(a.is_unspecified()
        || a.is_loopback()
        || a.is_multicast()
        || (s[0] & 0xfe00) == 0xfc00           // unique local (RFC 4193)
        || (s[0] & 0xffc0) == 0xfe80           // link-local
        || (s[0] & 0xffc0) == 0xfec0           // site-local (deprecated)
        || (s[0] == 0x2001 && s[1] == 0x0db8)  // documentation
        || (s[0] == 0x3fff && s[1] & 0xf000 == 0) // documentation (RFC 9637)
        || s[..6] == [0, 0, 0, 0, 0, 0]) // IPv4-compatible (deprecated)
}

/// A refused address, carried through ureq's error.
#[derive(Debug)]
struct Refused(String);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

/// The resolver every connection goes through: the system's, then the check.
#[derive(Debug)]
struct PublicOnly {
    allow_loopback: bool,
}

impl Resolver for PublicOnly {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let addrs = DefaultResolver::default().resolve(uri, config, timeout)?;
        for addr in addrs.iter() {
            let ip = addr.ip();
            let allowed = is_public(ip) || (self.allow_loopback && ip.is_loopback());
            if !allowed {
                let host = uri.host().unwrap_or("the host").trim_matches(['[', ']']);
                let said = if host.parse::<IpAddr>().is_ok() {
                    format!("{ip} is not a public Internet address")
                } else {
                    format!("{host} resolves to {ip}, which is not a public Internet address")
                };
                return Err(ureq::Error::Other(Box::new(Refused(said))));
            }
        }
        Ok(addrs)
    }
}

/// What one fetch brought.
#[derive(Debug)]
pub enum Fetched {
    /// 304: unchanged since the validators sent.
    NotModified {
        /// `Cache-Control: max-age`, when given.
        max_age: Option<Duration>,
    },
    /// 200 and the body.
    Body {
        bytes: Vec<u8>,
        etag: Option<String>,
        last_modified: Option<String>,
        /// `charset` of `Content-Type`, lower case.
        charset: Option<String>,
        max_age: Option<Duration>,
    },
}

/// Why a fetch failed, in words a coordinator can act on.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// Not http/https, or an address that is not public.
    #[error("{0}")]
    Refused(String),
    /// An answer other than 200 or 304.
    #[error("the partner's server answered {status}{}", retry_after.map(|d| format!(" (retry after {} s)", d.as_secs())).unwrap_or_default())]
    Status { status: u16, retry_after: Option<Duration> },
    /// More than [`BODY_MAX`] or [`DECODED_MAX`] bytes.
    #[error("the calendar is larger than {} MiB", .0 / 1024 / 1024)]
    TooLarge(u64),
    /// No answer in time.
    #[error("no answer within {} s", .0.as_secs())]
    Timeout(Duration),
    /// Anything else: the network, TLS, a broken answer.
    #[error("{0}")]
    Failed(String),
}

/// Fetches partners' calendars.
pub struct Fetcher {
    agent: ureq::Agent,
    /// Time for each exchange.
    total: Duration,
}

impl Fetcher {
    /// A fetcher naming itself with `user_agent`; `allow_loopback` lets it reach 127.0.0.1 and
    /// ::1 (tests only); [`TOTAL_TIMEOUT`] for each exchange.
    pub fn new(user_agent: &str, allow_loopback: bool) -> Self {
        Self::with_timeout(user_agent, allow_loopback, TOTAL_TIMEOUT)
    }

    /// [`Self::new`] with `total` for each exchange, body included.
    pub fn with_timeout(user_agent: &str, allow_loopback: bool, total: Duration) -> Self {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(REDIRECTS_MAX)
            .proxy(None)
            .user_agent(user_agent)
            .accept("text/calendar, */*;q=0.5")
            .timeout_connect(Some(CONNECT_TIMEOUT.min(total)))
            .timeout_global(Some(total))
            .build();
        Self {
            total,
            agent: ureq::Agent::with_parts(config, DefaultConnector::new(), PublicOnly { allow_loopback }),
        }
    }

    /// GETs `url`, conditionally on `etag` and `last_modified` when given.
    pub fn fetch(&self, url: &str, etag: Option<&str>, last_modified: Option<&str>) -> Result<Fetched, FetchError> {
        let parsed = url::Url::parse(url).map_err(|e| FetchError::Refused(format!("{url:?} is not a URL: {e}")))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(FetchError::Refused(format!(
                "only http and https are fetched, not {}:",
                parsed.scheme()
            )));
        }
        let mut req = self.agent.get(url);
        if let Some(tag) = etag {
            req = req.header("If-None-Match", tag);
        }
        if let Some(since) = last_modified {
            req = req.header("If-Modified-Since", since);
        }
        let failed = |e| failed(e, self.total);
        let mut res = req.call().map_err(failed)?;
        let header = |name: &str| {
            res.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let max_age = header("cache-control").and_then(|c| {
            c.split(',')
                .find_map(|d| d.trim().strip_prefix("max-age=").and_then(|s| s.trim().parse().ok()))
                .map(Duration::from_secs)
        });
        let status = res.status().as_u16();
        if status == 304 {
            return Ok(Fetched::NotModified { max_age });
        }
        if status != 200 {
            let retry_after = header("retry-after")
                .and_then(|v| v.trim().parse().ok())
                .map(Duration::from_secs);
            return Err(FetchError::Status { status, retry_after });
        }
        let etag = header("etag");
        let last_modified = header("last-modified");
        let charset = header("content-type").and_then(|t| {
            t.split(';').find_map(|p| {
                p.trim()
                    .strip_prefix("charset=")
                    .map(|c| c.trim_matches('"').to_ascii_lowercase())
            })
        });
        let mut bytes = Vec::new();
        res.body_mut()
            .with_config()
            .limit(BODY_MAX)
            .reader()
            .take(DECODED_MAX + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| failed(ureq::Error::from(e)))?;
        if bytes.len() as u64 > DECODED_MAX {
            return Err(FetchError::TooLarge(DECODED_MAX));
        }
        Ok(Fetched::Body {
            bytes,
            etag,
            last_modified,
            charset,
            max_age,
        })
    }
}

/// ureq's error in a coordinator's words.
fn failed(e: ureq::Error, total: Duration) -> FetchError {
    match e {
        ureq::Error::Other(inner) => match inner.downcast::<Refused>() {
            Ok(refused) => FetchError::Refused(refused.0),
            Err(other) => FetchError::Failed(other.to_string()),
        },
        ureq::Error::BodyExceedsLimit(n) => FetchError::TooLarge(n),
        ureq::Error::Timeout(_) => FetchError::Timeout(total),
        ureq::Error::TooManyRedirects => FetchError::Failed(format!("more than {REDIRECTS_MAX} redirects")),
        ureq::Error::HostNotFound => FetchError::Failed("the partner's host name does not resolve".into()),
        ureq::Error::ConnectionFailed => FetchError::Failed("the partner's server refused the connection".into()),
        ureq::Error::Io(io) => match io.get_ref().and_then(|i| i.downcast_ref::<ureq::Error>()) {
            Some(ureq::Error::BodyExceedsLimit(n)) => FetchError::TooLarge(*n),
            _ if io.kind() == std::io::ErrorKind::TimedOut => FetchError::Timeout(total),
            _ if io.kind() == std::io::ErrorKind::UnexpectedEof || io.to_string().contains("disconnected") => {
                FetchError::Failed("the connection closed before the whole calendar arrived".into())
            }
            _ => FetchError::Failed(io.to_string()),
        },
        ureq::Error::Protocol(p) if p.to_string().contains("disconnected") => {
            FetchError::Failed("the connection closed before the whole calendar arrived".into())
        }
        other if other.to_string().contains("Peer disconnected") => {
            FetchError::Failed("the connection closed before the whole calendar arrived".into())
        }
        other => FetchError::Failed(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_are_public() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "224.0.0.1",
            "255.255.255.255",
            "198.18.0.1",
            "::1",
            "::",
            "fc00::1",
            "fd12:3456::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "64:ff9b::a00:1",
            "2001:db8::1",
            "ff02::1",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
        for public in [
            "1.1.1.1",
            "93.184.216.34",
            "172.32.0.1",
            "2606:4700::1111",
            "::ffff:1.1.1.1",
            "64:ff9b::101:101",
        ] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
    }

    /// IPv6 forms that reach a private IPv4 address are refused: 6to4 (2002::/16, RFC 3056), the local-
    /// use NAT64 prefix 64:ff9b:1::/48 (RFC 8215), IPv4-translated ::ffff:0:a.b.c.d (RFC 2765).
    #[test]
    fn embedded_private_ipv4_in_ipv6_is_refused() {
        let mut public = Vec::new();
        for private in [
            "2002:7f00:1::1",       // 6to4 of 127.0.0.1
            "2002:a00:1::1",        // 6to4 of 10.0.0.1
            "2002:a9fe:a9fe::1",    // 6to4 of 169.254.169.254 (cloud metadata)
            "64:ff9b:1::a9fe:a9fe", // local-use NAT64 of 169.254.169.254
            "64:ff9b:1::a00:1",     // local-use NAT64 of 10.0.0.1
            "::ffff:0:a00:1",       // IPv4-translated 10.0.0.1
        ] {
            if is_public(private.parse().unwrap()) {
                public.push(private);
            }
        }
        assert!(public.is_empty(), "taken for public: {public:?}");
    }
}
