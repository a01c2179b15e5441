// A `Bank` handle is cheap to clone and may be moved to any thread.
use threads_05_bank_arc_mutex::Bank;

fn shareable<T: Clone + Send + Sync + 'static>(_: &T) {}

fn main() {
    let bank = Bank::open(&[("ada", 10)]);
    shareable(&bank);
    let handle = bank.clone();
    std::thread::spawn(move || handle.deposit("ada", 5))
        .join()
        .expect("the deposit thread does not panic")
        .expect("ada has an account");
    assert_eq!(bank.balance("ada"), Some(15));
}
