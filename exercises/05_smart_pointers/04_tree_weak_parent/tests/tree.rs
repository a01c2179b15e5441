use smart_pointers_04_tree_weak_parent::{Node, NodeRef};
use std::rc::{Rc, Weak};

/// root ─┬─ usr ── bin
///       └─ home
fn sample() -> (NodeRef, NodeRef, NodeRef, NodeRef) {
    let root = Node::new("root");
    let usr = Node::new("usr");
    let bin = Node::new("bin");
    let home = Node::new("home");
    Node::add_child(&root, Rc::clone(&usr));
    Node::add_child(&usr, Rc::clone(&bin));
    Node::add_child(&root, Rc::clone(&home));
    (root, usr, bin, home)
}

fn names(node: &NodeRef) -> Vec<String> {
    node.borrow()
        .children()
        .iter()
        .map(|child| child.borrow().name().to_string())
        .collect()
}

#[test]
fn paths_go_from_the_root_down() {
    let (root, usr, bin, home) = sample();
    assert_eq!(Node::path(&root), "root");
    assert_eq!(Node::path(&usr), "root/usr");
    assert_eq!(Node::path(&bin), "root/usr/bin");
    assert_eq!(Node::path(&home), "root/home");
}

#[test]
fn children_keep_their_order_and_know_their_parent() {
    let (root, usr, bin, _home) = sample();
    assert_eq!(names(&root), ["usr", "home"]);
    assert!(Node::parent(&root).is_none());
    let parent = Node::parent(&bin).expect("bin is under usr");
    assert!(Rc::ptr_eq(&parent, &usr));
}

#[test]
fn a_child_does_not_own_its_parent() {
    let (root, usr, bin, home) = sample();
    assert_eq!(
        Rc::strong_count(&root),
        1,
        "only the test holds the root; its children must not own it"
    );
    assert_eq!(
        Rc::weak_count(&root),
        2,
        "each of the two children refers to the root without owning it"
    );
    assert_eq!(Rc::strong_count(&usr), 2, "owned by the test and by root");
    assert_eq!(Rc::strong_count(&bin), 2, "owned by the test and by usr");
    assert_eq!(Rc::strong_count(&home), 2, "owned by the test and by root");
}

#[test]
fn dropping_the_root_frees_the_whole_tree() {
    let (root, usr, bin, home) = sample();
    let watched: Vec<Weak<_>> = [&root, &usr, &bin, &home]
        .into_iter()
        .map(Rc::downgrade)
        .collect();
    drop((usr, bin, home));
    assert!(
        watched.iter().all(|node| node.upgrade().is_some()),
        "the root still owns every node"
    );
    drop(root);
    for (node, name) in watched.iter().zip(["root", "usr", "bin", "home"]) {
        assert!(
            node.upgrade().is_none(),
            "`{name}` is still alive after the last handle to the root was dropped"
        );
    }
}

#[test]
fn a_node_kept_alive_outlives_its_dropped_ancestors() {
    let (root, usr, bin, home) = sample();
    drop((root, usr, home));
    assert!(Node::parent(&bin).is_none(), "usr was freed with the root");
    assert_eq!(Node::path(&bin), "bin");
    assert_eq!(Rc::strong_count(&bin), 1);
}

#[test]
fn detaching_a_node_cuts_both_links() {
    let (root, usr, bin, _home) = sample();
    assert!(Node::detach(&usr));
    assert_eq!(names(&root), ["home"]);
    assert!(Node::parent(&usr).is_none());
    assert_eq!(Node::path(&bin), "usr/bin");
    assert_eq!(Rc::strong_count(&usr), 1, "root no longer owns usr");
    assert_eq!(Rc::weak_count(&root), 1, "only home still points at root");
    assert!(!Node::detach(&usr), "usr has no parent any more");
}

#[test]
fn adding_a_node_under_a_new_parent_moves_it() {
    let (root, usr, bin, home) = sample();
    Node::add_child(&home, Rc::clone(&bin));
    assert_eq!(Node::path(&bin), "root/home/bin");
    assert!(names(&usr).is_empty());
    assert_eq!(names(&home), ["bin"]);
    assert_eq!(Rc::strong_count(&bin), 2, "owned by the test and by home");
    drop(root);
    assert!(Node::parent(&usr).is_none());
}

#[test]
fn adding_a_child_again_under_its_own_parent_puts_it_last() {
    let (root, usr, _bin, _home) = sample();
    Node::add_child(&root, Rc::clone(&usr));
    assert_eq!(names(&root), ["home", "usr"]);
    assert_eq!(Rc::strong_count(&usr), 2, "root owns usr once");
    assert_eq!(Rc::weak_count(&root), 2);
}

#[test]
fn a_node_whose_parent_is_gone_has_nothing_to_detach_from() {
    let (root, usr, bin, home) = sample();
    drop((root, home));
    assert!(Node::parent(&usr).is_none(), "root was freed");
    assert!(!Node::detach(&usr), "usr has no living parent any more");
    assert!(Node::detach(&bin), "usr is alive and still holds bin");
    assert!(names(&usr).is_empty());
}

#[test]
fn dropping_the_root_of_a_deep_chain_frees_all_but_the_held_node() {
    let root = Node::new("0");
    let mut last = Rc::clone(&root);
    for depth in 1..200 {
        let next = Node::new(&depth.to_string());
        Node::add_child(&last, Rc::clone(&next));
        last = next;
    }
    assert!(Node::path(&last).starts_with("0/1/2/"));
    assert!(Node::path(&last).ends_with("/198/199"));
    let watched = Rc::downgrade(&root);
    drop(root);
    assert!(watched.upgrade().is_none(), "the root was freed");
    assert_eq!(Node::path(&last), "199", "its ancestors were freed too");
}

#[test]
fn siblings_with_the_same_name_are_different_nodes() {
    let root = Node::new("root");
    let first = Node::new("notes");
    let second = Node::new("notes");
    Node::add_child(&root, Rc::clone(&first));
    Node::add_child(&root, Rc::clone(&second));
    assert!(Node::detach(&first));
    let children: Vec<NodeRef> = root.borrow().children().to_vec();
    assert_eq!(children.len(), 1, "only the detached node leaves");
    assert!(Rc::ptr_eq(&children[0], &second));

    Node::add_child(&root, Rc::clone(&first));
    Node::add_child(&root, Rc::clone(&second));
    let children: Vec<NodeRef> = root.borrow().children().to_vec();
    assert_eq!(children.len(), 2, "moving a node keeps its namesake");
    assert!(Rc::ptr_eq(&children[0], &first));
    assert!(Rc::ptr_eq(&children[1], &second));
}

#[test]
fn detaching_keeps_the_other_children_in_order() {
    let root = Node::new("root");
    for name in ["a", "b", "c", "d"] {
        Node::add_child(&root, Node::new(name));
    }
    let first = Rc::clone(&root.borrow().children()[0]);
    assert!(Node::detach(&first));
    assert_eq!(names(&root), ["b", "c", "d"]);
    let middle = Rc::clone(&root.borrow().children()[1]);
    assert!(Node::detach(&middle));
    assert_eq!(names(&root), ["b", "d"]);
}
