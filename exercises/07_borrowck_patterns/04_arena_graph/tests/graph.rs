use borrowck_patterns_04_arena_graph::{Graph, NodeId};

/// A graph with the named nodes and the edges between them (by position).
fn graph(names: &[&str], edges: &[(usize, usize)]) -> (Graph, Vec<NodeId>) {
    let mut graph = Graph::new();
    let ids: Vec<NodeId> = names.iter().map(|name| graph.add_node(*name)).collect();
    for &(from, to) in edges {
        graph.add_edge(ids[from], ids[to]);
    }
    (graph, ids)
}

fn names<'g>(graph: &'g Graph, path: &[NodeId]) -> Vec<&'g str> {
    path.iter().map(|&id| graph.name(id)).collect()
}

/// Checks that `path` goes from `from` to `to` along existing edges.
fn assert_walkable(graph: &Graph, path: &[NodeId], from: NodeId, to: NodeId) {
    assert_eq!(path.first(), Some(&from), "the path starts at `from`");
    assert_eq!(path.last(), Some(&to), "the path ends at `to`");
    for step in path.windows(2) {
        assert!(
            graph.neighbours(step[0]).any(|next| next == step[1]),
            "no edge {} -> {}",
            graph.name(step[0]),
            graph.name(step[1])
        );
    }
}

#[test]
fn nodes_get_distinct_ids_and_keep_their_names() {
    let (graph, ids) = graph(&["fetch", "build", "test"], &[]);
    assert_eq!(graph.len(), 3);
    assert!(!graph.is_empty());
    assert_ne!(ids[0], ids[1]);
    assert_ne!(ids[1], ids[2]);
    assert_eq!(names(&graph, &ids), ["fetch", "build", "test"]);
}

#[test]
fn a_new_graph_is_empty() {
    let graph = Graph::default();
    assert_eq!(graph.len(), 0);
    assert!(graph.is_empty());
    assert!(!graph.has_cycle());
}

#[test]
fn neighbours_follow_edge_order_without_duplicates() {
    let (graph, ids) = graph(
        &["a", "b", "c", "d"],
        &[(0, 2), (0, 1), (0, 2), (0, 3), (1, 0)],
    );
    let out: Vec<NodeId> = graph.neighbours(ids[0]).collect();
    assert_eq!(out, [ids[2], ids[1], ids[3]]);
    assert_eq!(graph.neighbours(ids[1]).collect::<Vec<_>>(), [ids[0]]);
    assert_eq!(graph.neighbours(ids[3]).count(), 0);
}

#[test]
fn edges_are_directed() {
    let (graph, ids) = graph(&["a", "b"], &[(0, 1)]);
    assert!(graph.neighbours(ids[0]).any(|n| n == ids[1]));
    assert!(!graph.neighbours(ids[1]).any(|n| n == ids[0]));
}

#[test]
fn two_nodes_pointing_at_each_other_are_a_cycle() {
    let (graph, _) = graph(&["a", "b"], &[(0, 1), (1, 0)]);
    assert!(graph.has_cycle());
}

#[test]
fn a_self_loop_is_a_cycle() {
    let (graph, _) = graph(&["a", "b"], &[(0, 1), (1, 1)]);
    assert!(graph.has_cycle());
}

#[test]
fn a_diamond_is_not_a_cycle() {
    // a -> b -> d and a -> c -> d: d is reached twice, but there is no cycle.
    let (graph, _) = graph(&["a", "b", "c", "d"], &[(0, 1), (0, 2), (1, 3), (2, 3)]);
    assert!(!graph.has_cycle());
}

#[test]
fn a_cycle_away_from_the_first_node_is_found() {
    let (graph, _) = graph(
        &["root", "x", "p", "q", "r"],
        &[(0, 1), (2, 3), (3, 4), (4, 2)],
    );
    assert!(graph.has_cycle());
}

#[test]
fn the_shortest_path_takes_the_fewest_edges() {
    // a -> b -> c -> d -> e, and a shortcut b -> e.
    let (graph, ids) = graph(
        &["a", "b", "c", "d", "e"],
        &[(0, 1), (1, 2), (2, 3), (3, 4), (1, 4)],
    );
    let path = graph.shortest_path(ids[0], ids[4]).expect("e is reachable");
    assert_eq!(names(&graph, &path), ["a", "b", "e"]);
}

#[test]
fn the_shortest_path_is_not_the_first_one_found() {
    // The first and the last edge out of `s` both start paths of three
    // edges; only the middle one reaches `t` in two.
    let (graph, ids) = graph(
        &["s", "a", "b", "m", "x", "y", "t"],
        &[
            (0, 1),
            (1, 2),
            (2, 6),
            (0, 3),
            (3, 6),
            (0, 4),
            (4, 5),
            (5, 6),
        ],
    );
    let path = graph.shortest_path(ids[0], ids[6]).expect("t is reachable");
    assert_eq!(names(&graph, &path), ["s", "m", "t"]);
}

#[test]
fn any_of_equally_short_paths_is_accepted() {
    let (graph, ids) = graph(&["a", "b", "c", "d"], &[(0, 1), (0, 2), (1, 3), (2, 3)]);
    let path = graph.shortest_path(ids[0], ids[3]).expect("d is reachable");
    assert_eq!(path.len(), 3);
    assert_walkable(&graph, &path, ids[0], ids[3]);
}

#[test]
fn the_path_from_a_node_to_itself_is_that_node() {
    let (graph, ids) = graph(&["a", "b"], &[(0, 1)]);
    assert_eq!(graph.shortest_path(ids[1], ids[1]), Some(vec![ids[1]]));
}

#[test]
fn an_unreachable_node_has_no_path() {
    let (graph, ids) = graph(&["a", "b", "c"], &[(0, 1), (2, 0)]);
    assert_eq!(
        graph.shortest_path(ids[0], ids[2]),
        None,
        "edges are one-way"
    );
    assert_eq!(graph.shortest_path(ids[1], ids[0]), None);
}

#[test]
fn paths_go_through_cycles_without_looping() {
    let (graph, ids) = graph(&["a", "b", "c", "d"], &[(0, 1), (1, 2), (2, 0), (2, 3)]);
    let path = graph.shortest_path(ids[1], ids[3]).expect("d is reachable");
    assert_eq!(names(&graph, &path), ["b", "c", "d"]);
    assert_eq!(graph.shortest_path(ids[3], ids[0]), None);
}

#[test]
fn a_long_chain_is_handled_without_deep_recursion() {
    // 100_000 nodes in a line: a recursive search would overflow the stack of
    // a test thread, and a quadratic one would not finish in time.
    let mut graph = Graph::new();
    let ids: Vec<NodeId> = (0..100_000)
        .map(|n| graph.add_node(format!("n{n}")))
        .collect();
    for pair in ids.windows(2) {
        graph.add_edge(pair[0], pair[1]);
    }
    assert!(!graph.has_cycle());
    let path = graph
        .shortest_path(ids[0], ids[99_999])
        .expect("the end is reachable");
    assert_eq!(path.len(), 100_000);
    assert_eq!(path[50_000], ids[50_000]);

    graph.add_edge(ids[99_999], ids[0]);
    assert!(graph.has_cycle(), "closing the chain makes a cycle");
}

#[test]
fn ids_are_copy_and_usable_as_keys() {
    let (graph, ids) = graph(&["a", "b"], &[(0, 1)]);
    let first = ids[0];
    let again = first;
    let mut seen = std::collections::HashSet::new();
    seen.insert(first);
    assert!(seen.contains(&again));
    assert_eq!(graph.name(first), graph.name(again));
}

#[test]
fn a_wide_graph_is_searched_in_linear_time() {
    // A binary tree of 2^19 - 1 nodes, searched for its last leaf: every
    // inner node is visited first, while the search's frontier holds up to
    // half the tree, so a queue that shifts its elements on every pop
    // (`Vec::remove(0)`) would not finish in time.
    const NODES: usize = (1 << 19) - 1;
    let mut graph = Graph::new();
    let ids: Vec<NodeId> = (0..NODES)
        .map(|n| graph.add_node(format!("n{n}")))
        .collect();
    for child in 1..NODES {
        graph.add_edge(ids[(child - 1) / 2], ids[child]);
    }
    assert!(!graph.has_cycle());
    let last = NODES - 1;
    let path = graph
        .shortest_path(ids[0], ids[last])
        .expect("every node is reachable from the root");
    assert_eq!(path.len(), 19, "a leaf is 18 edges below the root");
    assert_walkable(&graph, &path, ids[0], ids[last]);
}
