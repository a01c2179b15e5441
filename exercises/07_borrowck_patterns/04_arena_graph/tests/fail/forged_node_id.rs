// Ids come from `add_node` only: a number from outside must not become one,
// or it could point past the end of the arena.
use borrowck_patterns_04_arena_graph::{Graph, NodeId};

fn main() {
    let mut graph = Graph::new();
    let start = graph.add_node("start");
    let forged = NodeId(41); //~ ERROR E0423
    graph.add_edge(start, forged);
}
