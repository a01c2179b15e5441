// variant: a `Box<str>` name, and a mention found by comparing lowered characters without allocating
pub struct Contact {
    pub first: String,
    pub last: String,
    pub nickname: Option<String>,
}

pub fn display_name(contact: &Contact) -> Box<str> {
    match &contact.nickname {
        Some(nickname) => nickname.as_str().into(),
        None => format!("{} {}", contact.first, contact.last).into_boxed_str(),
    }
}

fn same_ignoring_case(a: &str, b: &str) -> bool {
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

impl Contact {
    pub fn mentioned_in<'text>(&self, text: &'text str) -> Option<&'text str> {
        text.split(char::is_whitespace)
            .find(|word| !word.is_empty() && same_ignoring_case(word, &self.first))
    }
}
