//! Undo and redo of cut changes, kept bounded so a long lesson of dragging cuts cannot grow
//! the page's memory without limit.

use std::collections::VecDeque;

/// How many steps back a student can go; older steps are forgotten first.
pub const UNDO_LIMIT: usize = 100;

/// Past and undone states around the current one, which the caller holds.
#[derive(Clone, Debug, PartialEq)]
pub struct History<T> {
    past: VecDeque<T>,
    undone: Vec<T>,
    limit: usize,
}

impl<T> History<T> {
    pub fn new(limit: usize) -> Self {
        Self { past: VecDeque::new(), undone: Vec::new(), limit: limit.max(1) }
    }

    /// Records `previous`, the state a change just left; a new change forgets what was undone.
    pub fn record(&mut self, previous: T) {
        if self.past.len() == self.limit {
            self.past.pop_front();
        }
        self.past.push_back(previous);
        self.undone.clear();
    }

    /// The state to go back to from `current`, which becomes redoable; `None` at the start.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.past.pop_back()?;
        self.undone.push(current);
        Some(previous)
    }

    /// The state undone last, with `current` recorded as undoable again; `None` if nothing was undone.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.undone.pop()?;
        self.past.push_back(current);
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "wasm32")]
    use wasm_bindgen_test::wasm_bindgen_test as test;

    use super::*;

    #[test]
    fn undo_and_redo_walk_back_and_forth() {
        let mut history = History::new(10);
        assert!(!history.can_undo() && !history.can_redo());
        assert_eq!(history.undo(0), None);
        history.record(0); // 0 → 1
        history.record(1); // 1 → 2
        assert_eq!(history.undo(2), Some(1));
        assert_eq!(history.undo(1), Some(0));
        assert_eq!(history.undo(0), None);
        assert!(history.can_redo());
        assert_eq!(history.redo(0), Some(1));
        assert_eq!(history.redo(1), Some(2));
        assert_eq!(history.redo(2), None);
        assert_eq!(history.undo(2), Some(1));
    }

    #[test]
    fn a_new_change_forgets_what_was_undone() {
        let mut history = History::new(10);
        history.record("a");
        assert_eq!(history.undo("b"), Some("a"));
        history.record("a");
        assert!(!history.can_redo());
        assert_eq!(history.undo("c"), Some("a"));
    }

    #[test]
    fn the_oldest_steps_are_forgotten_at_the_limit() {
        let mut history = History::new(3);
        for state in 0..10 {
            history.record(state);
        }
        assert_eq!(history.undo(10), Some(9));
        assert_eq!(history.undo(9), Some(8));
        assert_eq!(history.undo(8), Some(7));
        assert_eq!(history.undo(7), None);
        assert_eq!(History::<u8>::new(0).limit, 1);
    }
}
