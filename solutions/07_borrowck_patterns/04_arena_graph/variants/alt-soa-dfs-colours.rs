// variant: NodeId(u32) deriving Ord, nodes as parallel vectors, iterative three-colour DFS
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
//!   whose depth grows with the graph, and `has_cycle` and `shortest_path`
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

use std::collections::HashSet;

/// A handle to a node of one `Graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(u32);

impl NodeId {
    fn index(self) -> usize {
        self.0 as usize
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Colour {
    White,
    Grey,
    Black,
}

/// Structure of arrays: names and adjacency lists side by side.
pub struct Graph {
    names: Vec<Box<str>>,
    edges: Vec<Vec<NodeId>>,
    edge_set: HashSet<(NodeId, NodeId)>,
}

impl Graph {
    pub fn new() -> Self {
        Self {
            names: Vec::new(),
            edges: Vec::new(),
            edge_set: HashSet::new(),
        }
    }

    pub fn add_node(&mut self, name: impl Into<String>) -> NodeId {
        let id = NodeId(u32::try_from(self.names.len()).expect("at most u32::MAX nodes"));
        self.names.push(name.into().into_boxed_str());
        self.edges.push(Vec::new());
        id
    }

    pub fn add_edge(&mut self, from: NodeId, to: NodeId) {
        assert!(to.index() < self.names.len(), "a node of another graph");
        if self.edge_set.insert((from, to)) {
            self.edges[from.index()].push(to);
        }
    }

    /// The number of nodes.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn name(&self, id: NodeId) -> &str {
        &self.names[id.index()]
    }

    pub fn neighbours(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.edges[id.index()].iter().copied()
    }

    /// Depth-first with an explicit stack of (node, next edge to follow).
    pub fn has_cycle(&self) -> bool {
        let mut colour = vec![Colour::White; self.len()];
        for root in 0..self.len() {
            if colour[root] != Colour::White {
                continue;
            }
            colour[root] = Colour::Grey;
            let mut stack = vec![(root, 0usize)];
            while let Some((node, next)) = stack.last_mut() {
                let node = *node;
                if let Some(&to) = self.edges[node].get(*next) {
                    *next += 1;
                    match colour[to.index()] {
                        Colour::Grey => return true,
                        Colour::White => {
                            colour[to.index()] = Colour::Grey;
                            stack.push((to.index(), 0));
                        }
                        Colour::Black => {}
                    }
                } else {
                    colour[node] = Colour::Black;
                    stack.pop();
                }
            }
        }
        false
    }

    pub fn shortest_path(&self, from: NodeId, to: NodeId) -> Option<Vec<NodeId>> {
        // Level by level, two frontiers.
        let mut parent: Vec<Option<NodeId>> = vec![None; self.len()];
        let mut reached = vec![false; self.len()];
        reached[from.index()] = true;
        let mut level = vec![from];
        while !level.is_empty() && !reached[to.index()] {
            let mut next_level = Vec::new();
            for &here in &level {
                for next in self.neighbours(here) {
                    if !reached[next.index()] {
                        reached[next.index()] = true;
                        parent[next.index()] = Some(here);
                        next_level.push(next);
                    }
                }
            }
            level = next_level;
        }
        if !reached[to.index()] {
            return None;
        }
        let mut path: Vec<NodeId> =
            std::iter::successors(Some(to), |at| parent[at.index()]).collect();
        path.reverse();
        Some(path)
    }
}

impl Default for Graph {
    fn default() -> Self {
        Self::new()
    }
}
