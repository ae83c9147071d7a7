//! The keys a link may carry: which are the scenario's and which are display flags, what each
//! scenario key is called and how its value is written, and the words links use for the AI
//! business and the break-even map's inputs.

use economics::analysis::MapAxes;
use economics::params::{Dated, Param, Toggle};
use economics::{AiMode, Scenario};

use crate::format::exact;
use crate::language::{label, toggle_label, tr, tr_with};

/// The display flags' keys (read by [`View`](super::View)), which the scenario decoder skips
/// without a notice.
pub const FLAG_KEYS: [&str; 16] =
    ["lang", "embed", "charts", "controls", "theme", "locked", "static", "plain", "transparent", "childId", "ref", "currency", "fx", "locale", "map", "mv"];

pub(super) fn mode_name(mode: AiMode) -> &'static str {
    match mode {
        AiMode::Lease => "lease",
        AiMode::GpuCloud => "gpu",
    }
}

/// The break-even map's inputs as a link names them (`map=`): the input across.
pub(super) fn map_name(axes: MapAxes) -> &'static str {
    match axes {
        MapAxes::CapexByRate => "cap",
        MapAxes::HashpriceByRate => "hp",
    }
}

pub(super) fn map_axes(name: &str) -> Option<MapAxes> {
    [MapAxes::CapexByRate, MapAxes::HashpriceByRate].into_iter().find(|a| map_name(*a) == name)
}

/// Whether `key` is one of the scenario's own keys.
pub(super) fn scenario_key(key: &str) -> bool {
    matches!(key, "mode" | "start") || Param::by_key(key).is_some() || Toggle::by_key(key).is_some() || Dated::by_key(key).is_some()
}

/// What scenario key `key` is called, and its value in `s` as a link writes it.
pub(super) fn current(key: &str, s: &Scenario) -> Option<(String, String)> {
    match key {
        "mode" => Some((tr("notice-name-mode"), mode_name(s.mode).into())),
        "start" => Some((tr("notice-name-start"), s.site.start.to_string())),
        k => Param::by_key(k)
            .map(|p| (label(p), exact((p.get)(s))))
            .or_else(|| Toggle::by_key(k).map(|t| (toggle_label(t), u8::from((t.get)(s)).to_string())))
            .or_else(|| Dated::by_key(k).map(|d| (dated_label(d), (d.get)(s).to_string()))),
    }
}

/// What a dated input's month is called (`hpd=`: "Hashprice as of").
pub(super) fn dated_label(d: &Dated) -> String {
    let name = Param::by_key(d.param).map_or_else(|| d.param.to_string(), label);
    tr_with("notice-as-of", &[("label", name.into())])
}
