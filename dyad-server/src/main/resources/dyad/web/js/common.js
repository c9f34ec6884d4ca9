// Dyad UI: shared helpers. Every piece of data reaches the page as text (textContent, createTextNode,
// setAttribute on plain attributes): nothing from the API is ever parsed as HTML.
'use strict';

window.Dyad = window.Dyad || {};

(function (D) {
  /** An element with attributes and children; strings become text nodes. */
  D.el = function (tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  };

  D.clear = function (e) {
    while (e.firstChild) e.removeChild(e.firstChild);
    return e;
  };

  /** GET api/PATH?params as JSON; throws with the API's message on an error status. */
  D.api = async function (path, params) {
    const qs = params ? new URLSearchParams(D.compact(params)).toString() : '';
    const res = await fetch('api/' + path + (qs ? '?' + qs : ''), {headers: {Accept: 'application/json'}});
    const body = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(body.error || ('HTTP ' + res.status));
    return body;
  };

  /** The entries of an object whose value is not empty. */
  D.compact = function (o) {
    const out = {};
    for (const [k, v] of Object.entries(o || {})) {
      if (v !== null && v !== undefined && String(v) !== '') out[k] = String(v);
    }
    return out;
  };

  /** A form's fields as an object. */
  D.formValues = function (form) {
    return D.compact(Object.fromEntries(new FormData(form).entries()));
  };

  D.fillForm = function (form, values) {
    for (const field of form.elements) {
      if (field.name && Object.prototype.hasOwnProperty.call(values, field.name)) field.value = values[field.name];
    }
  };

  /** Goldstein -10..10 as a colour: red (conflict), grey, green (cooperation). */
  D.goldsteinColour = function (g) {
    const t = Math.max(-1, Math.min(1, (g || 0) / 6));
    const grey = [170, 170, 170];
    const end = t < 0 ? [200, 40, 40] : [30, 150, 70];
    const a = Math.abs(t);
    const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
    return 'rgb(' + c.join(',') + ')';
  };

  D.quadNames = {1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict'};

  D.actorLabel = function (a) {
    if (!a) return '—';
    return a.code ? a.code : a.name;
  };

  /** A table of events with an Evidence button per row. */
  D.eventTable = function (table, events) {
    D.clear(table);
    table.appendChild(D.el('thead', {}, D.el('tr', {},
      ['Date', 'Source', 'Event', 'Target', 'Quad', 'Goldstein', 'PLOVER', 'Document', ''].map(h => D.el('th', {text: h})))));
    const body = D.el('tbody');
    for (const e of events) {
      const open = D.el('a', {class: 'button evidence-link', href: '#evidence?' + new URLSearchParams({doc: e.doc, event: e.id})}, 'Evidence');
      body.appendChild(D.el('tr', {'data-event': e.id},
        D.el('td', {text: e.date || ''}),
        D.el('td', {title: e.source ? e.source.name : ''}, D.actorLabel(e.source)),
        D.el('td', {title: e.evidence.rule}, e.cameo + ' ' + (e.cameo_name || '')),
        D.el('td', {title: e.target ? e.target.name : ''}, D.actorLabel(e.target)),
        D.el('td', {title: D.quadNames[e.quad] || ''}, e.quad === null ? '' : String(e.quad)),
        D.el('td', {style: null}, e.goldstein === null ? '' : e.goldstein.toFixed(1)),
        D.el('td', {text: e.plover ? e.plover.type : ''}),
        D.el('td', {class: 'title', title: e.evidence.text}, (e.document && e.document.title) || e.doc),
        D.el('td', {}, open)));
    }
    table.appendChild(body);
  };

  D.showError = function (where, err) {
    D.clear(where).appendChild(D.el('p', {class: 'error', role: 'alert'}, 'Error: ' + err.message));
  };
})(window.Dyad);
