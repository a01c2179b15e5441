// A default id would be an id that no `add_node` handed out.
use borrowck_patterns_04_arena_graph::{Graph, NodeId};

fn main() {
    let mut graph = Graph::new();
    let start = graph.add_node("start");
    let forged = NodeId::default(); //~ ERROR E0599
    graph.add_edge(start, forged);
}
