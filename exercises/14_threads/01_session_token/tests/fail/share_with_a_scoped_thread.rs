// Lending the token to a scoped thread uses it from another thread just as
// much as moving it there: `&SessionToken` must not cross either.
use std::thread;
use threads_01_session_token::SessionToken;

fn main() {
    let token = SessionToken::new("ada", 1);
    thread::scope(|scope| {
        scope.spawn(|| token.serial()); //~ ERROR E0277
    });
    println!("{}", token.user());
}
