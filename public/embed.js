/* Wattsworth embed loader. On a host page:
 *   <div data-wattsworth="mw=200&charts=cash,kwh"></div>
 *   <script async src="https://…/wattsworth/embed.js"></script>
 * turns each element with data-wattsworth into a lazy, titled iframe of the calculator and keeps
 * its height fitted to the content. It only acts on messages from its own frames, of its own
 * type, and clamps the height. Optional: data-title (the frame's title), data-sandbox (the
 * frame's sandbox tokens, to which allow-popups and allow-popups-to-escape-sandbox are added
 * unless data-no-popups is set).
 *
 * Elements added later (by a CMS or a single-page news site) are mounted as they appear; a page
 * may also call Wattsworth.mount() (every element not yet mounted) or Wattsworth.mount(root)
 * (root, an element or a shadow root, and the elements inside it) at any time: inside a shadow
 * root, or where no MutationObserver runs, that call is what mounts them.
 *
 * The calculator lives beside this file, so the loader needs its own address: from
 * document.currentScript; loaded with type="module" (where there is none) or by another script,
 * from its own <script> element (marked with data-wattsworth-loader, or a module script named
 * embed.js) or from the browser's record of the request. If it cannot tell, it mounts nothing
 * (never the host page inside itself) and says how to load it, in the console and in each
 * element. */
(function () {
  'use strict';
  // Loaded twice: the first copy does the work.
  if (window.Wattsworth && typeof window.Wattsworth.mount === 'function') {
    window.Wattsworth.mount();
    return;
  }
  var MIN = 120, MAX = 8000;
  var NAME = /\/embed\.js(?:[?#]|$)/;
  var HOWTO = 'Wattsworth: embed.js could not tell the address it was loaded from, so it mounts nothing. '
    + 'Load it with <script async src="https://…/embed.js"></script> (not type="module"), '
    + 'or mark its <script> element with data-wattsworth-loader.';
  var frames = [];

  /* The one address among `urls`, as the calculator's folder; null if none or several. */
  function only(urls) {
    var dirs = [];
    for (var i = 0; i < urls.length; i++) {
      try {
        var dir = new URL('./', urls[i]).href;
        if (dirs.indexOf(dir) < 0) dirs.push(dir);
      } catch (e) { /* not a URL */ }
    }
    return dirs.length === 1 ? dirs[0] : null;
  }

  function own() {
    var script = document.currentScript;
    if (script && script.src) return new URL('./', script.src).href;
    var marked = document.querySelectorAll('script[src][data-wattsworth-loader]');
    if (marked.length) return only([marked[marked.length - 1].src]);
    var modules = [].filter.call(document.querySelectorAll('script[type=module][src]'), function (s) { return NAME.test(s.src); });
    if (modules.length) return only(modules.map(function (s) { return s.src; }));
    var loaded = performance && performance.getEntriesByType ? performance.getEntriesByType('resource') : [];
    return only([].filter.call(loaded, function (e) { return NAME.test(e.name); }).map(function (e) { return e.name; }));
  }

  var base = own();
  if (!base) console.error(HOWTO);

  function mount(el) {
    if (el.getAttribute('data-wattsworth-mounted') || /^(IFRAME|SCRIPT)$/.test(el.tagName)) return;
    el.setAttribute('data-wattsworth-mounted', '1');
    if (!base) {
      var p = document.createElement('p');
      p.textContent = HOWTO;
      el.replaceChildren(p);
      return;
    }
    var query = new URLSearchParams((el.getAttribute('data-wattsworth') || '').replace(/^\?/, ''));
    query.set('embed', '1');
    var frame = document.createElement('iframe');
    frame.src = base + '?' + query.toString();
    frame.title = el.getAttribute('data-title') || 'Wattsworth calculator: mining bitcoin or hosting AI';
    frame.loading = 'lazy';
    frame.style.cssText = 'display:block;width:100%;border:0;height:640px';
    var sandbox = el.getAttribute('data-sandbox');
    if (sandbox !== null) {
      // "Open the full calculator" needs a popup that escapes the sandbox, unless the host says no.
      if (el.getAttribute('data-no-popups') === null && !/\ballow-popups\b/.test(sandbox)) {
        sandbox += ' allow-popups allow-popups-to-escape-sandbox';
      }
      frame.setAttribute('sandbox', sandbox.trim());
    }
    el.replaceChildren(frame);
    frames.push(frame);
  }

  /* Mounts `root` if it asks for the calculator, and every element inside it that does (`root`
   * may be a shadow root, which the page-wide observer does not see into). */
  function scan(root) {
    if (!root || (root.nodeType !== 1 && root.nodeType !== 11)) return;
    if (root.nodeType === 1 && root.hasAttribute('data-wattsworth')) mount(root);
    var found = root.querySelectorAll('[data-wattsworth]');
    for (var i = 0; i < found.length; i++) mount(found[i]);
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

  window.Wattsworth = {
    /* Mounts every element with data-wattsworth not yet mounted (in `root`, if given: an element
     * or a shadow root). */
    mount: function (root) { scan(root || document.documentElement); }
  };
  scan(document.documentElement);
  if (window.MutationObserver) {
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        var r = records[i];
        if (r.type === 'attributes') scan(r.target);
        for (var j = 0; j < r.addedNodes.length; j++) scan(r.addedNodes[j]);
      }
    }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-wattsworth'] });
  }
})();
