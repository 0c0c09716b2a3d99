//! Work shared among the cores.

/// `f` of each item, in order; shared among the cores (one scoped thread per core, each a
/// contiguous share) when `parallel`.
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

#[cfg(test)]
mod tests {
    #[test]
    fn results_come_in_the_order_of_the_items_either_way() {
        let items: Vec<u64> = (0..1_001).collect();
        let squares: Vec<u64> = items.iter().map(|i| i * i).collect();
        assert_eq!(super::shared(&items, true, |i| i * i), squares);
        assert_eq!(super::shared(&items, false, |i| i * i), squares);
        assert_eq!(super::shared(&items[..1], true, |i| i * i), vec![0]);
        assert!(super::shared(&[] as &[u64], true, |i| i * i).is_empty());
    }
}
