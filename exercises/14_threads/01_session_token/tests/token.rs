use threads_01_session_token::SessionToken;

#[test]
fn keeps_user_and_serial() {
    let token = SessionToken::new("ada", 7);
    assert_eq!(token.user(), "ada");
    assert_eq!(token.serial(), 7);
}

#[test]
fn each_token_keeps_its_own_data() {
    let first = SessionToken::new("grace", 1);
    let second = SessionToken::new("alan", 2);
    assert_eq!((first.user(), first.serial()), ("grace", 1));
    assert_eq!((second.user(), second.serial()), ("alan", 2));
}
