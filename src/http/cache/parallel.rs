//! Work shared among the cores.

/// Where work runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Across {
    /// On the calling thread.
    OneCore,
    /// One scoped thread per core, each a contiguous share.
    EveryCore,
}

impl Across {
    /// Every core from `threshold` units of work (bytes, actions) on: below it, starting the
    /// threads costs more than they save.
    pub fn for_work(amount: usize, threshold: usize) -> Self {
        if amount >= threshold {
            Self::EveryCore
        } else {
            Self::OneCore
        }
    }
}

/// `f` of each item, in order, run `across` the cores or on one.
pub fn shared<T: Sync, R: Send>(items: &[T], across: Across, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    if across == Across::OneCore || cores < 2 || items.len() < 2 {
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

#[cfg(test)]
mod tests {
    #[test]
    fn results_come_in_the_order_of_the_items_either_way() {
        let items: Vec<u64> = (0..1_001).collect();
        let squares: Vec<u64> = items.iter().map(|i| i * i).collect();
        assert_eq!(super::shared(&items, super::Across::EveryCore, |i| i * i), squares);
        assert_eq!(super::shared(&items, super::Across::OneCore, |i| i * i), squares);
        assert_eq!(super::shared(&items[..1], super::Across::EveryCore, |i| i * i), vec![0]);
        assert!(super::shared(&[] as &[u64], super::Across::EveryCore, |i| i * i).is_empty());
    }
}
