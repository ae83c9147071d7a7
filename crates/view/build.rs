//! Build step: stamps the build date the page and the exports show, so an archived copy can be cited.

use std::env;

fn main() {
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.toml");
    // Reproducible builds set SOURCE_DATE_EPOCH; otherwise today's date (UTC).
    let seconds = env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    let (y, m, d) = economics::calendar::civil_from_days(seconds.div_euclid(86_400));
    println!("cargo:rustc-env=WATTSWORTH_BUILD_DATE={y:04}-{m:02}-{d:02}");
}
