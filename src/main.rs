//! Mounts the calculator.
fn main() {
    // Readable panic messages while developing; release builds leave the hook (and its 4 KB of
    // gzipped formatting code) out.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    wattsworth::start();
}
