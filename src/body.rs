//! An answer as the server keeps and sends it: a list of shared parts, each hashed and
//! compressed at most once. A feed rendered again after one action changed shares every part
//! but one with the feed before, so only that part is hashed and compressed again, and the
//! feed is never copied into one buffer.
//!
//! The gzip form is one gzip member holding one deflate stream: each part is deflated on its
//! own and ends on a byte boundary with a sync flush (an empty stored block), so the parts'
//! streams join into one; a final empty block, the CRC-32 combined from the parts' and the
//! length close it (the way `pigz` compresses in parallel). Any gzip reader reads it.

use std::sync::{Arc, OnceLock};

use bytes::Bytes;
use flate2::{Compress, Compression, Crc, FlushCompress};
use sha2::{Digest, Sha256};

/// Compressing parts is shared among the cores from this many bytes to compress.
const PARALLEL_FROM: usize = 256 * 1024;

/// Bytes of an answer with what is worked out from them once.
#[derive(Debug, Default)]
pub struct Part {
    text: Bytes,
    digest: OnceLock<[u8; 32]>,
    deflated: OnceLock<Deflated>,
}

#[derive(Debug)]
struct Deflated {
    bytes: Bytes,
    crc: Crc,
}

impl Part {
    /// A part holding `text`.
    pub fn new(text: impl Into<Bytes>) -> Self {
        Self {
            text: text.into(),
            ..Self::default()
        }
    }

    /// The bytes.
    pub fn text(&self) -> &Bytes {
        &self.text
    }

    /// SHA-256 of the bytes.
    fn digest(&self) -> &[u8; 32] {
        self.digest.get_or_init(|| Sha256::digest(&self.text).into())
    }

    /// The bytes deflated on their own, ending with a sync flush, and their CRC-32.
    fn deflated(&self) -> &Deflated {
        self.deflated.get_or_init(|| {
            let mut crc = Crc::new();
            crc.update(&self.text);
            Deflated {
                bytes: deflate(&self.text).into(),
                crc,
            }
        })
    }
}

/// Raw deflate of `text` at the default level, ended by a sync flush and no final block.
fn deflate(text: &[u8]) -> Vec<u8> {
    let mut c = Compress::new(Compression::default(), false);
    let mut out = Vec::with_capacity(text.len() / 3 + 64);
    loop {
        let done = c.total_in() as usize;
        if c.compress_vec(&text[done..], &mut out, FlushCompress::Sync).is_err() {
            // Only a misuse of the stream can fail; an empty part is still valid deflate.
            return vec![0, 0, 0, 0xff, 0xff];
        }
        // The flush is complete once all input is in and the output did not fill up.
        if c.total_in() as usize == text.len() && out.len() < out.capacity() {
            return out;
        }
        out.reserve(out.capacity().max(64));
    }
}

/// `f` of each item, in order; shared among the cores when `parallel`.
pub fn shared<T: Sync, R: Send>(items: &[T], parallel: bool, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if !parallel || cores < 2 || items.len() < 2 {
        return items.iter().map(f).collect();
    }
    let size = items.len().div_ceil(cores);
    let f = &f;
    std::thread::scope(|s| {
        let parts: Vec<_> = items
            .chunks(size)
            .map(|chunk| s.spawn(move || chunk.iter().map(f).collect::<Vec<R>>()))
            .collect();
        parts
            .into_iter()
            .flat_map(|p| p.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    })
}

/// An answer: its parts in order.
#[derive(Debug, Clone, Default)]
pub struct Body {
    parts: Vec<Arc<Part>>,
    len: usize,
}

impl Body {
    /// The answer made of `parts` in order.
    pub fn new(parts: Vec<Arc<Part>>) -> Self {
        let len = parts.iter().map(|p| p.text.len()).sum();
        Self { parts, len }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The bytes, part by part (shared, not copied).
    pub fn slices(&self) -> Vec<Bytes> {
        self.parts.iter().map(|p| p.text.clone()).collect()
    }

    /// The whole answer in one buffer.
    pub fn to_vec(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.len);
        for p in &self.parts {
            out.extend_from_slice(&p.text);
        }
        out
    }

    /// SHA-256 of the bytes for an answer of one part; for more, SHA-256 of the parts'
    /// digests in order. Either way the same bytes in the same parts give the same digest.
    pub fn digest(&self) -> [u8; 32] {
        match self.parts.as_slice() {
            [one] => *one.digest(),
            parts => {
                let mut h = Sha256::new();
                for p in parts {
                    h.update(p.digest());
                }
                h.finalize().into()
            }
        }
    }

    /// The gzip form, as slices to send in order (the parts' deflated bytes are shared).
    pub fn gzip(&self) -> Vec<Bytes> {
        let pending: usize = self
            .parts
            .iter()
            .filter(|p| p.deflated.get().is_none())
            .map(|p| p.text.len())
            .sum();
        shared(&self.parts, pending >= PARALLEL_FROM, |p| {
            p.deflated();
        });
        // Header: deflate, no name, no time, no extra flags, unknown OS (as flate2 writes it).
        let mut out = vec![Bytes::from_static(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])];
        let mut crc = Crc::new();
        for p in &self.parts {
            let d = p.deflated();
            out.push(d.bytes.clone());
            crc.combine(&d.crc);
        }
        // A final empty block with fixed codes, then CRC-32 and length mod 2^32.
        let mut tail = vec![0x03, 0x00];
        tail.extend_from_slice(&crc.sum().to_le_bytes());
        tail.extend_from_slice(&(self.len as u32).to_le_bytes());
        out.push(tail.into());
        out
    }
}

impl From<String> for Body {
    fn from(text: String) -> Self {
        Self::new(vec![Arc::new(Part::new(text))])
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    fn gunzip(slices: &[Bytes]) -> Vec<u8> {
        let joined = slices.concat();
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(joined.as_slice())
            .read_to_end(&mut out)
            .expect("one valid gzip member");
        out
    }

    fn body(texts: &[&str]) -> Body {
        Body::new(texts.iter().map(|t| Arc::new(Part::new(t.to_string()))).collect())
    }

    #[test]
    fn parts_deflated_apart_read_back_as_one_gzip_stream() {
        let long: String = (0..20_000).map(|i| format!("SUMMARY:Vigil {i}\r\n")).collect();
        let texts = [
            "BEGIN:VCALENDAR\r\n",
            "",
            long.as_str(),
            "ünïcödé غزة\r\n",
            "END:VCALENDAR\r\n",
        ];
        let b = body(&texts);
        assert_eq!(gunzip(&b.gzip()), texts.concat().as_bytes());
        assert_eq!(b.to_vec(), texts.concat().as_bytes());
        assert_eq!(b.len(), texts.concat().len());
        let empty = Body::default();
        assert_eq!(gunzip(&empty.gzip()), b"");
    }

    #[test]
    fn a_large_body_is_compressed_on_several_cores_to_the_same_bytes() {
        let part: String = (0..40_000).map(|i| format!("DESCRIPTION:{i}\r\n")).collect();
        let texts = vec![part.as_str(); 8];
        let many = body(&texts);
        assert!(many.len() >= PARALLEL_FROM);
        let gz = many.gzip();
        assert_eq!(gunzip(&gz), texts.concat().as_bytes());
        let one_by_one: Vec<Bytes> = {
            let b = body(&texts);
            for p in &b.parts {
                p.deflated();
            }
            b.gzip()
        };
        assert_eq!(gz, one_by_one);
    }

    #[test]
    fn digests_follow_the_bytes() {
        let one = Body::from("abc".to_string());
        assert_eq!(
            one.digest(),
            <[u8; 32]>::from(Sha256::digest(b"abc")),
            "one part: its SHA-256"
        );
        assert_eq!(body(&["a", "b"]).digest(), body(&["a", "b"]).digest());
        assert_ne!(body(&["a", "b"]).digest(), body(&["a", "c"]).digest());
        assert_ne!(body(&["a", "b"]).digest(), body(&["b", "a"]).digest());
    }

    #[test]
    fn a_shared_part_is_compressed_once() {
        let part = Arc::new(Part::new("BEGIN:VEVENT\r\n".repeat(1000)));
        let a = Body::new(vec![part.clone()]);
        let b = Body::new(vec![Arc::new(Part::new("X")), part.clone()]);
        let first = a.gzip();
        let second = b.gzip();
        assert_eq!(first[1].as_ptr(), second[2].as_ptr(), "the deflated bytes are shared");
    }
}
