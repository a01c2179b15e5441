// A playlist's `Item` is `Track`: generic code can ask for exactly that
// with a short `Container<Item = Track>` bound.
use associated_types_01_container_item::{Container, Playlist, Track};

fn total_seconds<C: Container<Item = Track>>(container: &C) -> u32 {
    (0..container.len())
        .filter_map(|index| container.get(index))
        .map(|track| track.seconds)
        .sum()
}

fn main() {
    let list = Playlist {
        tracks: vec![
            Track {
                title: String::from("A"),
                seconds: 30,
            },
            Track {
                title: String::from("B"),
                seconds: 45,
            },
        ],
    };
    assert_eq!(total_seconds(&list), 75);
    let first: Option<&Track> = list.first();
    assert_eq!(first.map(|track| track.title.as_str()), Some("A"));
}
