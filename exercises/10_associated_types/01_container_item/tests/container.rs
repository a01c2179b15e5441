use associated_types_01_container_item::{Container, Playlist, Shelf, Track, describe_first};

fn track(title: &str, seconds: u32) -> Track {
    Track {
        title: title.to_string(),
        seconds,
    }
}

fn playlist() -> Playlist {
    Playlist {
        tracks: vec![track("Intro", 65), track("Théme", 200), track("Outro", 9)],
    }
}

#[test]
fn a_playlist_gives_its_tracks_by_index() {
    let list = playlist();
    assert_eq!(list.get(1), Some(&track("Théme", 200)));
    assert_eq!(list.get(2), Some(&track("Outro", 9)));
}

#[test]
fn past_the_end_there_is_no_track() {
    assert_eq!(playlist().get(3), None);
    assert_eq!(playlist().get(usize::MAX), None);
}

#[test]
fn first_and_len_come_from_the_trait() {
    let list = playlist();
    assert_eq!(list.first(), Some(&track("Intro", 65)));
    assert_eq!(list.len(), 3);
    assert!(!list.is_empty());
}

#[test]
fn an_empty_playlist_has_no_first_track() {
    let list = Playlist { tracks: Vec::new() };
    assert!(list.is_empty());
    assert_eq!(list.first(), None);
    assert_eq!(describe_first(&list), "nothing here");
}

#[test]
fn describe_first_works_for_every_container() {
    assert_eq!(describe_first(&playlist()), "first up: Intro (1:05)");
    let shelf = Shelf {
        titles: vec![String::from("Dune")],
    };
    assert_eq!(describe_first(&shelf), "first up: Dune");
}
