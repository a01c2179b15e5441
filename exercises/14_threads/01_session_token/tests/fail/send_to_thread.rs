// Moving a token into another thread must not compile.
use threads_01_session_token::SessionToken;

fn main() {
    let token = SessionToken::new("ada", 1);
    let handle = std::thread::spawn(move || token.serial()); //~ ERROR E0277
    handle.join().unwrap();
}
