//! # A graph of mutual references, as an arena
//!
//! A build tool models tasks and "must run before" links as a directed
//! graph. Links go both ways often enough (a -> b and b -> a is exactly the
//! cycle the tool must report), so nodes cannot own or borrow each other:
//! `struct Node<'a> { edges: Vec<&'a Node<'a>> }` can never be built with a
//! cycle, and `Rc<RefCell<Node>>` leaks cycles and checks borrows at run time.
//!
//! The usual answer is an arena: the graph owns every node in one `Vec`, and
//! a node is named by its index, wrapped in a `NodeId` so it cannot be mixed
//! up with other numbers.
//!
//! Task: design the storage (the fields of `Graph`, and any types you need)
//! and implement the methods. What counts as done:
//! - `add_node` returns the new node's id; ids are cheap to copy and compare.
//! - `add_edge(from, to)` adds a directed edge; adding an edge that already
//!   exists changes nothing. Self-loops are allowed.
//! - `neighbours(id)` yields the targets of `id`'s edges, in the order the
//!   edges were first added.
//! - `has_cycle` tells whether any directed cycle exists (a self-loop is one).
//! - `shortest_path(from, to)` returns a path with the fewest edges, both
//!   ends included (`[from]` when `from == to`), or `None` if `to` cannot be
//!   reached. Any of several equally short paths will do.
//! - Graphs can be long (chains of tens of thousands of nodes): no recursion
//!   whose depth grows with the graph (nor a thread with a bigger stack to
//!   hide it: a rule refuses threads), and `has_cycle` and `shortest_path`
//!   take time linear in the number of nodes plus edges. (`add_edge` may
//!   spend time proportional to the node's out-degree on the duplicate
//!   check.)
//! - Code outside this crate must not be able to make up a `NodeId`: only
//!   `add_node` hands them out (must-fail cases try the constructor,
//!   conversions from numbers and `Default`).
//!
//! Methods given an id from another graph may panic.
//!
//! Run `cargo run -p checker watch` and save to check your work.

// TODO: who should be able to build a `NodeId` from a bare number?
/// A handle to a node of one `Graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(pub usize);

// TODO: the fields of the arena.
pub struct Graph {}

impl Graph {
    pub fn new() -> Self {
        todo!()
    }

    pub fn add_node(&mut self, name: impl Into<String>) -> NodeId {
        todo!()
    }

    pub fn add_edge(&mut self, from: NodeId, to: NodeId) {
        todo!()
    }

    /// The number of nodes.
    pub fn len(&self) -> usize {
        todo!()
    }

    pub fn is_empty(&self) -> bool {
        todo!()
    }

    pub fn name(&self, id: NodeId) -> &str {
        todo!()
    }

    pub fn neighbours(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::empty()
    }

    pub fn has_cycle(&self) -> bool {
        todo!()
    }

    pub fn shortest_path(&self, from: NodeId, to: NodeId) -> Option<Vec<NodeId>> {
        todo!()
    }
}

impl Default for Graph {
    fn default() -> Self {
        Self::new()
    }
}
