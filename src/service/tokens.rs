//! Secrets handed out once: organiser edit links and coordinator API tokens.
//!
//! 256 random bits, base64url; only their SHA-256 is stored (they are high-entropy, so a fast
//! hash is enough: nothing to brute-force). A token is never logged.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// The operating system could not provide randomness.
#[derive(Debug, thiserror::Error)]
#[error("no randomness available: {0}")]
pub struct NoRandomness(String);

/// A fresh token and the hash to store for it.
pub fn generate(prefix: &str) -> Result<(String, String), NoRandomness> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| NoRandomness(e.to_string()))?;
    let token = format!("{prefix}{}", URL_SAFE_NO_PAD.encode(bytes));
    let hash = hash(&token);
    Ok((token, hash))
}

/// A fresh UID for a submitted action (organisers never choose UIDs: one could overwrite
/// another's action).
pub fn uid() -> Result<String, NoRandomness> {
    let mut bytes = [0u8; 12];
    getrandom::fill(&mut bytes).map_err(|e| NoRandomness(e.to_string()))?;
    Ok(format!(
        "sub-{}@actioncal",
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    ))
}

/// The stored form of `token`.
pub fn hash(token: &str) -> String {
    crate::domain::text::sha256_hex(token)
}

/// The secret of a coordinator's digest unsubscribe link (RFC 8058 one-click): an HMAC-SHA256
/// of their id under the store's `digest` key, base64url. Nothing is stored per link.
pub fn unsubscribe(key: &[u8; 32], coordinator: i64) -> String {
    use hmac::Mac as _;
    URL_SAFE_NO_PAD.encode(unsubscribe_mac(key, coordinator).finalize().into_bytes())
}

fn unsubscribe_mac(key: &[u8; 32], coordinator: i64) -> hmac::Hmac<sha2::Sha256> {
    use hmac::Mac as _;
    // HMAC takes a key of any length; 32 bytes never fail.
    let mut mac = <hmac::Hmac<sha2::Sha256> as hmac::KeyInit>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
    mac.update(b"actioncal digest unsubscribe\0");
    mac.update(coordinator.to_string().as_bytes());
    mac
}

/// Whether `token` is the unsubscribe secret of `coordinator`, compared in constant time.
pub fn unsubscribe_ok(key: &[u8; 32], coordinator: i64, token: &str) -> bool {
    use hmac::Mac as _;
    let Ok(tag) = URL_SAFE_NO_PAD.decode(token) else {
        return false;
    };
    unsubscribe_mac(key, coordinator).verify_slice(&tag).is_ok()
}

/// Prefix of coordinator API tokens.
pub const COORDINATOR: &str = "acc_";
/// Prefix of organiser edit tokens.
pub const EDIT: &str = "ace_";
/// Prefix of browser session cookies.
pub const SESSION: &str = "acs_";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unique_and_only_their_hash_is_kept() {
        let (a, ha) = generate(EDIT).unwrap();
        let (b, hb) = generate(EDIT).unwrap();
        assert_ne!(a, b);
        assert!(a.starts_with(EDIT) && a.len() == EDIT.len() + 43);
        assert_eq!(hash(&a), ha);
        assert_ne!(ha, hb);
        assert!(!ha.contains(&a[EDIT.len()..]));
    }
}
