// variant: a recursive search run on a scoped thread with a 1 GiB stack
// expect: rule:clippy::disallowed_methods
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

use std::collections::VecDeque;

/// A handle to a node of one `Graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(usize);

struct Node {
    name: String,
    edges: Vec<NodeId>,
}

pub struct Graph {
    nodes: Vec<Node>,
}

impl Graph {
    pub fn new() -> Self {
        Graph { nodes: Vec::new() }
    }

    pub fn add_node(&mut self, name: impl Into<String>) -> NodeId {
        self.nodes.push(Node {
            name: name.into(),
            edges: Vec::new(),
        });
        NodeId(self.nodes.len() - 1)
    }

    pub fn add_edge(&mut self, from: NodeId, to: NodeId) {
        assert!(to.0 < self.nodes.len(), "an id of another graph");
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

    /// Depth-first search with colours: a grey node met again closes a cycle.
    pub fn has_cycle(&self) -> bool {
        fn visit(graph: &Graph, i: usize, colour: &mut [u8]) -> bool {
            colour[i] = 1;
            for next in &graph.nodes[i].edges {
                let seen = colour[next.0];
                if seen == 1 || (seen == 0 && visit(graph, next.0, colour)) {
                    return true;
                }
            }
            colour[i] = 2;
            false
        }
        // Deep graphs need a deep stack: give the search one of its own.
        std::thread::scope(|scope| {
            std::thread::Builder::new()
                .stack_size(1 << 30)
                .spawn_scoped(scope, || {
                    let mut colour = vec![0u8; self.nodes.len()];
                    (0..self.nodes.len()).any(|i| colour[i] == 0 && visit(self, i, &mut colour))
                })
                .expect("a search thread")
                .join()
                .expect("the search does not panic")
        })
    }

    pub fn shortest_path(&self, from: NodeId, to: NodeId) -> Option<Vec<NodeId>> {
        let mut parent: Vec<Option<usize>> = vec![None; self.nodes.len()];
        let mut seen = vec![false; self.nodes.len()];
        let mut queue = VecDeque::from([from.0]);
        seen[from.0] = true;
        while let Some(i) = queue.pop_front() {
            if i == to.0 {
                let mut path = vec![NodeId(i)];
                let mut at = i;
                while let Some(p) = parent[at] {
                    path.push(NodeId(p));
                    at = p;
                }
                path.reverse();
                return Some(path);
            }
            for next in &self.nodes[i].edges {
                if !seen[next.0] {
                    seen[next.0] = true;
                    parent[next.0] = Some(i);
                    queue.push_back(next.0);
                }
            }
        }
        None
    }
}

impl Default for Graph {
    fn default() -> Self {
        Self::new()
    }
}
