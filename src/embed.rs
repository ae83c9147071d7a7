//! The embed view's display flags, in the spirit of Datawrapper's: which charts, which controls,
//! which theme, and whether the reader may change anything. They ride in the URL beside the
//! scenario and never change it.

/// Chart names as they appear in `charts=`, in page order.
pub const CHART_NAMES: [&str; 6] = ["cash", "annual", "kwh", "tornado", "map", "fan"];

/// Which controls an embed shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Controls {
    None,
    /// Grid power, power price, hashprice and the AI rate.
    Key,
    All,
}

/// The page's colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Auto,
    Light,
    Dark,
}

/// How the page shows itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    pub embed: bool,
    /// Which of the six charts to show, by index.
    pub charts: [bool; 6],
    pub controls: Controls,
    pub theme: Theme,
    /// Read-only: no controls, and the scenario is the link's.
    pub locked: bool,
    /// Pym.js child id, echoed in its height messages.
    pub pym_id: Option<String>,
}

/// Parameter keys of inputs an embed with `controls=key` shows.
pub const KEY_CONTROLS: [&str; 5] = ["mw", "pwr", "hp", "rent", "gph"];

impl View {
    /// Reads the display flags from a query string; unknown values fall back to the defaults
    /// (the full page, or in an embed: the cash chart and the key controls).
    pub fn from_query(query: &str) -> View {
        let mut view = View {
            embed: false,
            charts: [true; 6],
            controls: Controls::All,
            theme: Theme::Auto,
            locked: false,
            pym_id: None,
        };
        let mut charts = None;
        let mut controls = None;
        for (key, value) in crate::url_state::pairs(query) {
            match key.as_str() {
                "embed" => view.embed = value == "1" || value == "true",
                "charts" => {
                    let mut chosen = [false; 6];
                    for name in value.split(',') {
                        if let Some(i) = CHART_NAMES.iter().position(|n| *n == name.trim()) {
                            chosen[i] = true;
                        }
                    }
                    if chosen.contains(&true) {
                        charts = Some(chosen);
                    }
                }
                "controls" => {
                    controls = match value.as_str() {
                        "none" => Some(Controls::None),
                        "key" => Some(Controls::Key),
                        "all" => Some(Controls::All),
                        _ => None,
                    }
                }
                "theme" => {
                    view.theme = match value.as_str() {
                        "light" => Theme::Light,
                        "dark" => Theme::Dark,
                        _ => Theme::Auto,
                    }
                }
                "locked" => view.locked = value == "1" || value == "true",
                "childId" => view.pym_id = Some(value.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').take(64).collect()),
                _ => {}
            }
        }
        if view.embed {
            view.charts = charts.unwrap_or([true, false, false, false, false, false]);
            view.controls = controls.unwrap_or(Controls::Key);
        } else if let Some(c) = charts {
            view.charts = c;
        }
        if view.locked {
            view.controls = Controls::None;
        }
        view
    }

    /// Whether the control for parameter `key` is shown.
    pub fn shows_control(&self, key: &str) -> bool {
        match self.controls {
            Controls::All => true,
            Controls::None => false,
            Controls::Key => KEY_CONTROLS.contains(&key),
        }
    }
}

/// The keys this module reads, which the scenario decoder skips without a notice.
pub const KEYS: [&str; 6] = ["embed", "charts", "controls", "theme", "locked", "childId"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_page_by_default() {
        let v = View::from_query("?mw=200");
        assert!(!v.embed && v.charts == [true; 6] && v.controls == Controls::All && v.theme == Theme::Auto);
    }

    #[test]
    fn embed_flags() {
        let v = View::from_query("embed=1&charts=kwh,map,zzz&controls=none&theme=dark&childId=a<b>1");
        assert!(v.embed);
        assert_eq!(v.charts, [false, false, true, false, true, false]);
        assert_eq!(v.controls, Controls::None);
        assert_eq!(v.theme, Theme::Dark);
        assert_eq!(v.pym_id.as_deref(), Some("ab1"));
        let d = View::from_query("embed=1&charts=nonsense&controls=bogus");
        assert_eq!(d.charts, [true, false, false, false, false, false]);
        assert_eq!(d.controls, Controls::Key);
        assert!(d.shows_control("hp") && !d.shows_control("jth"));
        let locked = View::from_query("embed=1&controls=all&locked=1");
        assert_eq!(locked.controls, Controls::None);
    }
}
