// Dyad UI: the views are addressed by the URL's fragment (#dyad?source=USA&target=CHN), so each state can
// be bookmarked and the browser's back button works.
'use strict';

(function (D) {
  /** Handles the browser tests read (window.Dyad.test.cy, .chart). */
  D.test = {};

  const views = ['network', 'dyad', 'events', 'evidence'];

  D.go = function (view, params) {
    const qs = new URLSearchParams(D.compact(params)).toString();
    const hash = '#' + view + (qs ? '?' + qs : '');
    if (location.hash === hash) route();
    else location.hash = hash;
  };

  function parse() {
    const h = location.hash.replace(/^#/, '');
    const i = h.indexOf('?');
    const view = (i < 0 ? h : h.slice(0, i)) || 'network';
    const params = Object.fromEntries(new URLSearchParams(i < 0 ? '' : h.slice(i + 1)));
    return {view: views.includes(view) ? view : 'network', params};
  }

  async function route() {
    const {view, params} = parse();
    for (const v of views) document.getElementById('view-' + v).hidden = v !== view;
    for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', a.dataset.view === view);
    document.body.dataset.view = view;
    await D[view].show(params);
  }

  async function status() {
    const s = document.getElementById('status');
    try {
      const h = await D.api('health');
      s.textContent = h.documents + ' documents, ' + h.events + ' events'
        + (h.first_date ? ', ' + h.first_date + ' to ' + h.last_date : '') + ' · dyad ' + h.version;
    } catch (err) {
      s.textContent = 'server not answering: ' + err.message;
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    D.network.init();
    D.dyad.init();
    D.events.init();
    window.addEventListener('hashchange', route);
    status();
    route();
  });
})(window.Dyad);
