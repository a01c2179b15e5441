// variant: a `String` name, and a loop over the words with the lifetime on an impl-level parameter
pub struct Contact {
    pub first: String,
    pub last: String,
    pub nickname: Option<String>,
}

pub fn display_name(contact: &Contact) -> String {
    if let Some(nickname) = &contact.nickname {
        return nickname.clone();
    }
    let mut name = contact.first.clone();
    name.push(' ');
    name.push_str(&contact.last);
    name
}

impl Contact {
    pub fn mentioned_in<'t>(&self, text: &'t str) -> Option<&'t str> {
        let wanted = self.first.to_lowercase();
        for word in text.split_whitespace() {
            if word.to_lowercase() == wanted {
                return Some(word);
            }
        }
        None
    }
}
