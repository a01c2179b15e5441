// variant: adds a public set_parent that relinks without the children
// expect: keep:closed Node
//! # A tree whose children know their parent
//!
//! A file-system browser keeps folders in a tree. Each node owns its
//! children and can also find its parent, to print its full path or to move
//! itself somewhere else. Nodes are shared and changed in place, so they are
//! handed around as `NodeRef = Rc<RefCell<Node>>`.
//!
//! The tests pass in part, but the tree leaks: a parent owns its children and
//! every child owns its parent back, so dropping the last outside handle to
//! the root frees nothing. The tests watch `Rc::strong_count`,
//! `Rc::weak_count` and `Weak::upgrade` to see who keeps what alive.
//!
//! Task: make the tree free itself when the last handle to its root goes
//! away, and pass the tests. Keep the public API. Ownership goes down the
//! tree only; a child must not keep its parent alive.
//!
//! Run `cargo run -p checker watch` and save to check your work.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

pub type NodeRef = Rc<RefCell<Node>>;

pub struct Node {
    name: String,
    parent: Option<Weak<RefCell<Node>>>,
    children: Vec<NodeRef>,
}

impl Node {
    /// A new node without parent or children.
    pub fn new(name: &str) -> NodeRef {
        Rc::new(RefCell::new(Node {
            name: name.to_string(),
            parent: None,
            children: Vec::new(),
        }))
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The children, in the order they were added.
    pub fn children(&self) -> &[NodeRef] {
        &self.children
    }

    /// Puts `child` last under `parent`. A node has one parent at most:
    /// a child that already has one is moved.
    pub fn add_child(parent: &NodeRef, child: NodeRef) {
        Node::detach(&child);
        child.borrow_mut().parent = Some(Rc::downgrade(parent));
        parent.borrow_mut().children.push(child);
    }

    /// The parent, if the node has one and it is still alive.
    pub fn parent(node: &NodeRef) -> Option<NodeRef> {
        node.borrow().parent.as_ref()?.upgrade()
    }

    /// Takes the node out of its parent's children. Returns whether it had a
    /// parent that is still alive.
    pub fn detach(node: &NodeRef) -> bool {
        let Some(parent) = node
            .borrow_mut()
            .parent
            .take()
            .and_then(|weak| weak.upgrade())
        else {
            return false;
        };
        let mut parent = parent.borrow_mut();
        if let Some(at) = parent
            .children
            .iter()
            .position(|child| Rc::ptr_eq(child, node))
        {
            parent.children.remove(at);
        }
        true
    }

    /// The names from the oldest living ancestor down to the node, joined
    /// with `/`.
    pub fn path(node: &NodeRef) -> String {
        let mut names: Vec<String> = std::iter::successors(Some(Rc::clone(node)), Node::parent)
            .map(|n| n.borrow().name.clone())
            .collect();
        names.reverse();
        names.join("/")
    }

    /// Re-links a node to a parent without touching the parent's children.
    pub fn set_parent(node: &NodeRef, parent: Option<&NodeRef>) {
        node.borrow_mut().parent = parent.map(Rc::downgrade);
    }
}
