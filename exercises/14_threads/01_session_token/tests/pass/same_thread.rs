// On the thread that made it, the token works as before.
use threads_01_session_token::SessionToken;

fn describe(token: &SessionToken) -> String {
    format!("{}#{}", token.user(), token.serial())
}

fn main() {
    let token = SessionToken::new("grace", 3);
    let tokens = vec![token, SessionToken::new("alan", 4)];
    let described: Vec<String> = tokens.iter().map(describe).collect();
    assert_eq!(described, ["grace#3", "alan#4"]);
}
