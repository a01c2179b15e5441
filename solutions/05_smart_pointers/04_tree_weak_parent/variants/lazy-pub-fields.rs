// variant: a Weak parent, with every field of Node made public
// expect: keep:api, keep:closed Node

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
    pub name: String,
    pub parent: Option<Weak<RefCell<Node>>>,
    pub children: Vec<NodeRef>,
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
        node.borrow().parent.as_ref().and_then(Weak::upgrade)
    }

    /// Takes the node out of its parent's children. Returns whether it had a
    /// parent that is still alive.
    pub fn detach(node: &NodeRef) -> bool {
        let link = node.borrow_mut().parent.take();
        let Some(parent) = link.and_then(|weak| weak.upgrade()) else {
            return false;
        };
        parent
            .borrow_mut()
            .children
            .retain(|child| !Rc::ptr_eq(child, node));
        true
    }

    /// The names from the oldest living ancestor down to the node, joined
    /// with `/`.
    pub fn path(node: &NodeRef) -> String {
        let mut names = vec![node.borrow().name.clone()];
        let mut current = Node::parent(node);
        while let Some(ancestor) = current {
            names.push(ancestor.borrow().name.clone());
            current = Node::parent(&ancestor);
        }
        names.reverse();
        names.join("/")
    }
}
