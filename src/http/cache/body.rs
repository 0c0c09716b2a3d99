//! An answer as the server keeps and sends it: a list of shared parts, each hashed and
//! compressed at most once. A feed rendered again after one action changed shares every part
//! but one with the feed before, so only that part (and the next 8 KiB, which refer back into
//! it) is hashed and compressed again, and the feed is never copied into one buffer.
//!
//! The gzip form is one gzip member holding one deflate stream, made the way `pigz` makes it
//! in parallel: each part is deflated on its own, primed with the 8 KiB before it (which a
//! reader has just inflated, so references into them are valid; a part that starts afresh, as
//! the VTIMEZONEs many feeds share, looks back at nothing), and ends on
//! a byte boundary with a sync flush, so the parts' streams join into one; a final empty block,
//! the CRC-32 combined from the parts' and the length close it. Any gzip reader reads it, and
//! it is within a few per cent of compressing the whole at once.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use bytes::Bytes;
use flate2::{Compress, Compression, Crc, FlushCompress};
use sha2::{Digest, Sha256};

use super::parallel::{Across, shared};

/// Hashing and compressing parts is shared among the cores from this many bytes.
const PARALLEL_FROM: usize = 256 * 1024;
/// How far back a part's deflated form refers: the last 8 KiB of the parts before it. Deflate
/// allows 32 KiB, but priming each part with 32 KiB made compressing a fresh 67 MB feed (parts
/// of ~43 KB) 16% slower for output 5% smaller (523 vs 450 ms on one core, 5.21 vs 5.49 MB;
/// zlib-rs level 6, the 100 000-action store of `benches/load.sh scale`).
const WINDOW: usize = 8 * 1024;

/// Numbers parts for as long as the process runs, so a part's deflated form can say which
/// parts it followed.
static NEXT_ID: AtomicU64 = AtomicU64::new(0);

/// Bytes of an answer with what is worked out from them once.
#[derive(Debug)]
pub struct Part {
    id: u64,
    text: Bytes,
    /// Whether its deflated form may refer back into the parts before it.
    primed: bool,
    digest: OnceLock<[u8; 32]>,
    crc: OnceLock<Crc>,
    /// The last deflated form, and the parts it followed.
    deflated: Mutex<Option<(Vec<u64>, Bytes)>>,
}

impl Part {
    /// A part holding `text`, compressed with the 8 KiB before it in view.
    pub fn new(text: impl Into<Bytes>) -> Self {
        Self {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            text: text.into(),
            primed: true,
            digest: OnceLock::new(),
            crc: OnceLock::new(),
            deflated: Mutex::new(None),
        }
    }

    /// A part holding `text` that is compressed without looking back, so that its compressed
    /// form is the same in every answer it stands in (the VTIMEZONEs many feeds share); the
    /// parts after it look back no further than its start.
    pub fn starting(text: impl Into<Bytes>) -> Self {
        Self {
            primed: false,
            ..Self::new(text)
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

    fn crc(&self) -> &Crc {
        self.crc.get_or_init(|| {
            let mut crc = Crc::new();
            crc.update(&self.text);
            crc
        })
    }

    /// True when the bytes were deflated after `window` already.
    fn deflated_after(&self, window: &[&Part]) -> bool {
        matches!(self.deflated.lock().as_deref(), Ok(Some((ids, _))) if same_ids(ids, window))
    }

    /// The bytes deflated after `window` (the parts before them, nearest last, reaching back
    /// at least [`WINDOW`] or to the start), ending with a sync flush.
    fn deflate_after(&self, window: &[&Part], level: Compression) -> Bytes {
        if let Ok(kept) = self.deflated.lock()
            && let Some((ids, bytes)) = kept.as_ref()
            && same_ids(ids, window)
        {
            return bytes.clone();
        }
        let mut skip = window
            .iter()
            .map(|p| p.text.len())
            .sum::<usize>()
            .saturating_sub(WINDOW);
        let mut primer = Vec::with_capacity(WINDOW);
        for p in window {
            primer.extend_from_slice(p.text.get(skip..).unwrap_or_default());
            skip = skip.saturating_sub(p.text.len());
        }
        let bytes = Bytes::from(deflate(&self.text, &primer, level));
        if let Ok(mut kept) = self.deflated.lock() {
            *kept = Some((window.iter().map(|p| p.id).collect(), bytes.clone()));
        }
        bytes
    }
}

/// Bodies of at least this many bytes are deflated at [`LARGE_LEVEL`], others at level 6
/// (zlib's default).
pub const LARGE_BODY: usize = 16 * 1024 * 1024;
/// The deflate level of large bodies. The 100 000-action full feed (67 MB) deflated at level 6
/// made its first gzip answer 460-600 ms (`curl -w` right after start, six restarts); at level
/// 4, 386-396 ms for 8 % more bytes (5.89 MB instead of 5.45 MB; level 3: 16 % more for no
/// steadier gain). Below [`LARGE_BODY`] the extra bytes are not worth the milliseconds.
pub const LARGE_LEVEL: u32 = 4;

/// The deflate level of a body of `len` bytes.
fn level_for(len: usize) -> Compression {
    if len >= LARGE_BODY {
        Compression::new(LARGE_LEVEL)
    } else {
        Compression::default()
    }
}

fn same_ids(ids: &[u64], window: &[&Part]) -> bool {
    ids.len() == window.len() && ids.iter().zip(window).all(|(id, p)| *id == p.id)
}

/// Raw deflate of `text` at `level`, able to refer back into `primer` (the bytes that precede
/// it in the stream), ended by a sync flush and no final block.
fn deflate(text: &[u8], primer: &[u8], level: Compression) -> Vec<u8> {
    let mut c = Compress::new(level, false);
    if !primer.is_empty() && c.set_dictionary(primer).is_err() {
        c.reset();
    }
    let mut out = Vec::with_capacity(text.len() / 3 + 64);
    loop {
        let done = c.total_in() as usize;
        if c.compress_vec(&text[done..], &mut out, FlushCompress::Sync).is_err() {
            // Only a misuse of the stream can fail; the bytes then go uncompressed.
            return stored(text);
        }
        // The flush is complete once all input is in and the output did not fill up.
        if c.total_in() as usize == text.len() && out.len() < out.capacity() {
            return out;
        }
        out.reserve(out.capacity().max(64));
    }
}

/// `text` as stored (uncompressed) deflate blocks, not the last: valid wherever a part's
/// deflated bytes are, since each part starts on a byte boundary.
fn stored(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() + text.len() / 65_535 * 5 + 5);
    for block in text.chunks(65_535).chain(text.is_empty().then_some(&[][..])) {
        let len = block.len() as u16;
        out.push(0);
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(block);
    }
    out
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
                // The parts not hashed before, on every core when there are many bytes.
                let fresh: Vec<&Arc<Part>> = parts.iter().filter(|p| p.digest.get().is_none()).collect();
                let bytes = fresh.iter().map(|p| p.text.len()).sum();
                shared(&fresh, Across::for_work(bytes, PARALLEL_FROM), |p| {
                    p.digest();
                });
                let mut h = Sha256::new();
                for p in parts {
                    h.update(p.digest());
                }
                h.finalize().into()
            }
        }
    }

    /// The parts before part `i` whose bytes its compressed form may refer to, in order: back
    /// [`WINDOW`] or to the nearest part that starts afresh, whichever comes first.
    fn window(&self, i: usize) -> Vec<&Part> {
        let mut window = Vec::new();
        if self.parts[i].primed {
            let mut reach = 0;
            for p in self.parts[..i].iter().rev() {
                window.push(&**p);
                reach += p.text.len();
                if reach >= WINDOW || !p.primed {
                    break;
                }
            }
        }
        window.reverse();
        window
    }

    /// The gzip form, as slices to send in order (the parts' deflated bytes are shared).
    pub fn gzip(&self) -> Vec<Bytes> {
        let windows: Vec<Vec<&Part>> = (0..self.parts.len()).map(|i| self.window(i)).collect();
        let pending: Vec<usize> = (0..self.parts.len())
            .filter(|&i| !self.parts[i].deflated_after(&windows[i]))
            .collect();
        let bytes: usize = pending.iter().map(|&i| self.parts[i].text.len()).sum();
        let level = level_for(self.len);
        shared(&pending, Across::for_work(bytes, PARALLEL_FROM), |&i| {
            self.parts[i].deflate_after(&windows[i], level);
        });
        // Header: deflate, no name, no time, no extra flags, unknown OS (as flate2 writes it).
        let mut out = vec![Bytes::from_static(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff])];
        let mut crc = Crc::new();
        for (p, window) in self.parts.iter().zip(&windows) {
            out.push(p.deflate_after(window, level));
            crc.combine(p.crc());
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
    fn a_body_past_the_large_size_reads_back_the_same_at_its_lower_level() {
        let part: String = (0..60_000).map(|i| format!("SUMMARY:Vigil {i}\r\n")).collect();
        let texts = vec![part.as_str(); 20];
        let large = body(&texts);
        assert!(large.len() >= LARGE_BODY);
        assert_eq!(gunzip(&large.gzip()), texts.concat().as_bytes());
        assert_eq!(level_for(large.len()).level(), LARGE_LEVEL);
        assert_eq!(level_for(LARGE_BODY - 1).level(), Compression::default().level());
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
            for (i, p) in b.parts.iter().enumerate() {
                p.deflate_after(&b.window(i), level_for(b.len));
            }
            b.gzip()
        };
        assert_eq!(gz, one_by_one);
    }

    #[test]
    fn stored_blocks_stand_in_for_deflated_bytes() {
        let long = "غزة ".repeat(20_000);
        let texts = ["", "BEGIN:VCALENDAR\r\n", long.as_str()];
        let mut gz = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff];
        let mut crc = Crc::new();
        for t in texts {
            gz.extend(stored(t.as_bytes()));
            crc.update(t.as_bytes());
        }
        gz.extend([0x03, 0x00]);
        gz.extend(crc.sum().to_le_bytes());
        gz.extend((texts.concat().len() as u32).to_le_bytes());
        assert_eq!(gunzip(&[Bytes::from(gz)]), texts.concat().as_bytes());
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
    fn a_shared_part_is_compressed_once_per_part_before_it() {
        let part = Arc::new(Part::new("BEGIN:VEVENT\r\n".repeat(1000)));
        let x = Arc::new(Part::new("X"));
        let a = Body::new(vec![x.clone(), part.clone()]);
        let b = Body::new(vec![x.clone(), part.clone(), Arc::new(Part::new("Y"))]);
        let first = a.gzip();
        let second = b.gzip();
        assert_eq!(first[2].as_ptr(), second[2].as_ptr(), "the deflated bytes are shared");
        let c = Body::new(vec![Arc::new(Part::new("Z")), part.clone()]);
        let third = c.gzip();
        assert_ne!(
            first[2].as_ptr(),
            third[2].as_ptr(),
            "after another part, deflated again"
        );
        assert_eq!(gunzip(&third), [b"Z".as_slice(), part.text()].concat());
    }

    #[test]
    fn a_starting_part_is_compressed_alike_wherever_it_stands_and_bounds_what_follows() {
        let zones = Arc::new(Part::starting("BEGIN:VTIMEZONE\r\n".repeat(100)));
        let chunk = Arc::new(Part::new("BEGIN:VEVENT\r\n".repeat(100)));
        let a = Body::new(vec![Arc::new(Part::new("HEADER A")), zones.clone(), chunk.clone()]);
        let b = Body::new(vec![Arc::new(Part::new("HEADER B")), zones.clone(), chunk.clone()]);
        let (first, second) = (a.gzip(), b.gzip());
        assert_eq!(first[2].as_ptr(), second[2].as_ptr(), "the starting part is shared");
        assert_eq!(first[3].as_ptr(), second[3].as_ptr(), "so is what follows it");
        assert!(a.window(1).is_empty());
        assert_eq!(a.window(2).len(), 1, "the window ends at the starting part");
        assert_eq!(gunzip(&second), b.to_vec());
    }

    #[test]
    fn primed_parts_compress_about_as_well_as_the_whole() {
        // Chunks of similar VEVENTs, as feeds are: each part refers back into the one before.
        let texts: Vec<String> = (0..40)
            .map(|chunk| {
                (0..64)
                    .map(|i| {
                        format!(
                            "BEGIN:VEVENT\r\nUID:{chunk}-{i}@example.org\r\nSUMMARY:Vigil for Gaza #{i}\r\n\
                             DESCRIPTION:Bring flags\\, banners and friends\\; all welcome.\r\nEND:VEVENT\r\n"
                        )
                    })
                    .collect()
            })
            .collect();
        let whole = texts.concat();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), Compression::default());
        std::io::Write::write_all(&mut gz, whole.as_bytes()).expect("gzip");
        let at_once = gz.finish().expect("gzip").len();
        let parts = body(&texts.iter().map(String::as_str).collect::<Vec<_>>()).gzip();
        let apart: usize = parts.iter().map(Bytes::len).sum();
        assert_eq!(gunzip(&parts), whole.as_bytes());
        assert!(
            apart * 100 <= at_once * 110,
            "parts {apart} bytes, at once {at_once} bytes"
        );
    }
}
