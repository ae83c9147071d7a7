/* Wattsworth embed loader. On a host page:
 *   <div data-wattsworth="mw=200&charts=cash,kwh"></div>
 *   <script async src="https://…/wattsworth/embed.js"></script>
 * turns each div into a lazy, titled iframe of the calculator and keeps its height fitted to
 * the content. It only acts on messages from its own frames, of its own type, and clamps the
 * height. Optional: data-title (the frame's title), data-sandbox (the frame's sandbox tokens, to
 * which allow-popups and allow-popups-to-escape-sandbox are added unless data-no-popups is set). */
(function () {
  'use strict';
  var script = document.currentScript;
  var base = new URL('./', script ? script.src : location.href);
  var MIN = 120, MAX = 8000;
  var frames = [];

  function mount(div) {
    if (div.getAttribute('data-wattsworth-mounted')) return;
    div.setAttribute('data-wattsworth-mounted', '1');
    var query = new URLSearchParams((div.getAttribute('data-wattsworth') || '').replace(/^\?/, ''));
    query.set('embed', '1');
    var frame = document.createElement('iframe');
    frame.src = base.href + '?' + query.toString();
    frame.title = div.getAttribute('data-title') || 'Wattsworth calculator: mining bitcoin or hosting AI';
    frame.loading = 'lazy';
    frame.style.cssText = 'display:block;width:100%;border:0;height:640px';
    var sandbox = div.getAttribute('data-sandbox');
    if (sandbox !== null) {
      // "Open the full calculator" needs a popup that escapes the sandbox, unless the host says no.
      if (div.getAttribute('data-no-popups') === null && !/\ballow-popups\b/.test(sandbox)) {
        sandbox += ' allow-popups allow-popups-to-escape-sandbox';
      }
      frame.setAttribute('sandbox', sandbox.trim());
    }
    div.replaceChildren(frame);
    frames.push(frame);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'wattsworth:height') return;
    if (typeof data.height !== 'number' || !isFinite(data.height)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.min(MAX, Math.max(MIN, Math.ceil(data.height))) + 'px';
        return;
      }
    }
  });

  var divs = document.querySelectorAll('div[data-wattsworth]');
  for (var i = 0; i < divs.length; i++) mount(divs[i]);
})();
