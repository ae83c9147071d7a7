// Loaded by the page only when a reader asks for an SVG: the API module draws the chart.
import init, { chart_svg } from './api/wattsworth_api.js';

const ready = init();
window.wattsworthChartSvg = async (query, index) => {
  await ready;
  return chart_svg(query, index);
};
