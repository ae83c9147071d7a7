// SVG export: the page calls this; the API module (which draws the chart) is fetched only then.
window.wattsworthChartSvg = async (query, index) => {
  const api = await import('./api/wattsworth_api.js');
  await api.default();
  return api.chart_svg(query, index);
};
