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
//!
//! ## The solution
//!
//! The graph owns every node in one `Vec`; edges are `NodeId`s, plain
//! indices, so cycles are just numbers and the borrow checker sees a single
//! owner. `NodeId`'s field is private, so only `add_node` mints ids.
//! `has_cycle` is Kahn's algorithm (repeatedly remove nodes without incoming
//! edges; a cycle is whatever cannot be removed) and `shortest_path` is a
//! breadth-first search; both use explicit queues, not recursion.

use std::collections::VecDeque;

/// A handle to a node of one `Graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(usize);

struct Node {
    name: String,
    edges: Vec<NodeId>,
}

#[derive(Default)]
pub struct Graph {
    nodes: Vec<Node>,
}

impl Graph {
    pub fn new() -> Self {
        Self { nodes: Vec::new() }
    }

    pub fn add_node(&mut self, name: impl Into<String>) -> NodeId {
        self.nodes.push(Node {
            name: name.into(),
            edges: Vec::new(),
        });
        NodeId(self.nodes.len() - 1)
    }

    pub fn add_edge(&mut self, from: NodeId, to: NodeId) {
        assert!(
            to.0 < self.nodes.len(),
            "{to:?} is not a node of this graph"
        );
        let edges = &mut self.nodes[from.0].edges;
        if !edges.contains(&to) {
            edges.push(to);
        }
    }

    /// The number of nodes.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    pub fn name(&self, id: NodeId) -> &str {
        &self.nodes[id.0].name
    }

    pub fn neighbours(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.nodes[id.0].edges.iter().copied()
    }

    pub fn has_cycle(&self) -> bool {
        let mut incoming = vec![0_usize; self.nodes.len()];
        for target in self.nodes.iter().flat_map(|node| &node.edges) {
            incoming[target.0] += 1;
        }
        let mut ready: Vec<usize> = incoming
            .iter()
            .enumerate()
            .filter(|&(_, &count)| count == 0)
            .map(|(index, _)| index)
            .collect();
        let mut removed = 0;
        while let Some(index) = ready.pop() {
            removed += 1;
            for target in &self.nodes[index].edges {
                incoming[target.0] -= 1;
                if incoming[target.0] == 0 {
                    ready.push(target.0);
                }
            }
        }
        removed < self.nodes.len()
    }

    pub fn shortest_path(&self, from: NodeId, to: NodeId) -> Option<Vec<NodeId>> {
        // `previous[n]` is the node from which the search first reached `n`.
        let mut previous: Vec<Option<NodeId>> = vec![None; self.nodes.len()];
        let mut seen = vec![false; self.nodes.len()];
        let mut queue = VecDeque::from([from]);
        seen[from.0] = true;
        while let Some(current) = queue.pop_front() {
            if current == to {
                let mut path: Vec<NodeId> =
                    std::iter::successors(Some(to), |step| previous[step.0]).collect();
                path.reverse();
                return Some(path);
            }
            for next in self.neighbours(current) {
                if !seen[next.0] {
                    seen[next.0] = true;
                    previous[next.0] = Some(current);
                    queue.push_back(next);
                }
            }
        }
        None
    }
}
