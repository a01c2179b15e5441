// variant: a named-field id, parallel vectors, and an iterative three-colour search

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
//!

use std::collections::VecDeque;

/// A handle to a node of one `Graph`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NodeId {
    index: u32,
}

impl NodeId {
    fn index(self) -> usize {
        self.index as usize
    }
}

#[derive(Default)]
pub struct Graph {
    names: Vec<String>,
    edges: Vec<Vec<NodeId>>,
}

#[derive(Clone, Copy, PartialEq)]
enum Visit {
    New,
    OnPath,
    Done,
}

impl Graph {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add_node(&mut self, name: impl Into<String>) -> NodeId {
        let index = u32::try_from(self.names.len()).expect("fewer than 2^32 nodes");
        self.names.push(name.into());
        self.edges.push(Vec::new());
        NodeId { index }
    }

    pub fn add_edge(&mut self, from: NodeId, to: NodeId) {
        assert!(to.index() < self.names.len(), "not a node of this graph");
        let edges = &mut self.edges[from.index()];
        if !edges.contains(&to) {
            edges.push(to);
        }
    }

    /// The number of nodes.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    pub fn name(&self, id: NodeId) -> &str {
        &self.names[id.index()]
    }

    pub fn neighbours(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.edges[id.index()].iter().copied()
    }

    pub fn has_cycle(&self) -> bool {
        let mut state = vec![Visit::New; self.len()];
        for root in 0..self.len() {
            if state[root] != Visit::New {
                continue;
            }
            // Each frame: a node and how many of its edges were followed.
            let mut stack = vec![(root, 0)];
            state[root] = Visit::OnPath;
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                if let Some(target) = self.edges[node].get(*next) {
                    *next += 1;
                    match state[target.index()] {
                        Visit::OnPath => return true,
                        Visit::Done => {}
                        Visit::New => {
                            state[target.index()] = Visit::OnPath;
                            stack.push((target.index(), 0));
                        }
                    }
                } else {
                    state[node] = Visit::Done;
                    stack.pop();
                }
            }
        }
        false
    }

    pub fn shortest_path(&self, from: NodeId, to: NodeId) -> Option<Vec<NodeId>> {
        let mut previous: Vec<Option<NodeId>> = vec![None; self.len()];
        let mut seen = vec![false; self.len()];
        seen[from.index()] = true;
        let mut queue = VecDeque::from([from]);
        while let Some(current) = queue.pop_front() {
            if current == to {
                let mut path = vec![to];
                while let Some(step) = previous[path[path.len() - 1].index()] {
                    path.push(step);
                }
                path.reverse();
                return Some(path);
            }
            for next in self.neighbours(current) {
                if !seen[next.index()] {
                    seen[next.index()] = true;
                    previous[next.index()] = Some(current);
                    queue.push_back(next);
                }
            }
        }
        None
    }
}
