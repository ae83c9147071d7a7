// Runs the API on the default scenario (and on the one in this page's query, `?mw=…` style
// numbers for grid power only) and prints the figures the calculator's headline shows.
import init, { compute, defaults, preset } from './api/wattsworth_api.js';

await init();
const scenario = defaults();
const mw = Number(new URLSearchParams(location.search).get('mw'));
if (mw) scenario.site.grid_mw = mw;
const report = compute(scenario);
const hut8 = compute(preset('hut8'));
let error = '';
try { compute({ site: { grid_mw: -1 } }); } catch (e) { error = String(e.message ?? e); }
document.getElementById('out').textContent = JSON.stringify({
  grid_mw: scenario.site.grid_mw,
  mining_npv_usd: report.mining.npv_usd,
  ai_npv_usd: report.ai.npv_usd,
  advantage_npv_usd: report.advantage_npv_usd,
  lease_multiple: report.per_kwh.lease_grid_usd / report.per_kwh.mining_grid_usd,
  hut8_ai_npv_usd: hut8.ai.npv_usd,
  invalid_scenario_error: error,
}, null, 2);
