// No conversion turns a number into an id: it could name a node that does
// not exist.
use borrowck_patterns_04_arena_graph::NodeId;

fn main() {
    let from_usize: NodeId = 41_usize.into(); //~ ERROR E0277
    let from_u32: NodeId = 41_u32.into(); //~ ERROR E0277
    let from_u64: NodeId = 41_u64.into(); //~ ERROR E0277
    let tried = NodeId::try_from(41_usize); //~ ERROR E0277
    let parsed = "41".parse::<NodeId>(); //~ ERROR E0277
    drop((from_usize, from_u32, from_u64, tried, parsed));
}
