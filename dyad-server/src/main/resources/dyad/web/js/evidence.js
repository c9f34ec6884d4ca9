// Evidence view: the article as stored, with the event's sentence highlighted, its trigger and actors marked,
// dropped regions greyed, and the rule that fired. The text is cut at the marks' offsets and every piece is
// a text node: the article is never parsed as HTML.
'use strict';

(function (D) {
  /**
   * Appends text[a, b) to parent as spans whose classes are the marks covering each piece.
   * marks: [{start, end, cls}], offsets into text.
   */
  function renderRange(parent, text, a, b, marks) {
    const cuts = new Set([a, b]);
    for (const m of marks) {
      if (m.end > a && m.start < b) {
        cuts.add(Math.max(a, m.start));
        cuts.add(Math.min(b, m.end));
      }
    }
    const points = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const [s, e] = [points[i], points[i + 1]];
      if (s >= e) continue;
      const cls = marks.filter(m => m.start <= s && m.end >= e).map(m => m.cls);
      const piece = text.slice(s, e);
      parent.appendChild(cls.length ? D.el('span', {class: cls.join(' ')}, piece) : document.createTextNode(piece));
    }
  }

  function facts(dl, e) {
    D.clear(dl);
    const row = (k, v) => {
      if (v === null || v === undefined || v === '') return;
      dl.appendChild(D.el('dt', {text: k}));
      dl.appendChild(D.el('dd', {text: String(v)}));
    };
    const actor = a => a ? (a.code || '(no code)') + ' ' + a.name + (a.role ? ' (' + a.role + ')' : '') : null;
    row('Source', actor(e.source));
    row('Event', e.cameo + ' ' + (e.cameo_name || ''));
    row('Target', actor(e.target) || '(none)');
    row('Date', e.date);
    row('Quad class', e.quad ? e.quad + ' ' + D.quadNames[e.quad] : null);
    row('Goldstein', e.goldstein);
    row('PLOVER', e.plover ? [e.plover.type, e.plover.mode, e.plover.context].filter(Boolean).join(' / ') : null);
    row('Trigger', e.evidence.trigger);
    row('Rule', e.evidence.rule);
    row('Source entry', e.source && e.source.entry);
    row('Target entry', e.target && e.target.entry);
    row('Reported by', actor(e.attribution));
    row('Coder', e.evidence.coder);
  }

  D.evidence = {
    async show(params) {
      const title = document.getElementById('doc-title');
      const textBox = D.clear(document.getElementById('doc-text'));
      textBox.removeAttribute('data-ready');
      if (!params.doc) {
        title.textContent = 'Pick an event to see its evidence';
        return;
      }
      let doc;
      try {
        doc = await D.api('documents/' + encodeURIComponent(params.doc));
      } catch (err) {
        title.textContent = 'Document ' + params.doc;
        D.showError(textBox, err);
        return;
      }
      const event = doc.events.find(e => e.id === params.event) || doc.events[0];
      title.textContent = doc.title || doc.id;
      document.getElementById('doc-meta').textContent = [doc.outlet, doc.published, doc.url, 'document ' + doc.id]
        .filter(Boolean).join(' · ');
      this.text(textBox, doc, event);
      if (event) facts(document.getElementById('event-facts'), event);
      const list = D.clear(document.getElementById('doc-events'));
      for (const e of doc.events) {
        const link = D.el('a', {href: '#evidence?' + new URLSearchParams({doc: doc.id, event: e.id})},
          D.actorLabel(e.source) + ' ' + e.cameo + ' ' + D.actorLabel(e.target) + ' (sentence ' + (e.sentence + 1) + ')');
        list.appendChild(D.el('li', {class: event && e.id === event.id ? 'current' : null}, link));
      }
      textBox.setAttribute('data-ready', '1');
      const mark = document.getElementById('evidence-sentence');
      if (mark) mark.scrollIntoView({block: 'center'});
    },

    /** The whole text where the store keeps it, else the event's sentence alone. */
    text(box, doc, event) {
      let text = doc.text;
      let shift = 0;
      if (text === null || text === undefined) {
        box.appendChild(D.el('p', {class: 'note'}, 'This store keeps no article text: the event\'s sentence is shown alone.'));
        if (!event) return;
        text = event.evidence.text;
        shift = event.evidence.start;
      }
      const at = x => x - shift;
      const dropped = (doc.dropped || []).map(r => ({start: at(r.start), end: at(r.end), cls: 'dropped'}));
      const pre = D.el('div', {class: 'text'});
      if (!event) {
        renderRange(pre, text, 0, text.length, dropped);
        box.appendChild(pre);
        return;
      }
      const ev = event.evidence;
      const marks = [{start: at(ev.trigger_start), end: at(ev.trigger_end), cls: 'trigger'}];
      for (const [side, cls] of [['source', 'actor source'], ['target', 'actor target'], ['attribution', 'actor attribution']]) {
        const a = event[side];
        if (a && a.start !== null && a.end !== null && a.end > a.start) marks.push({start: at(a.start), end: at(a.end), cls});
      }
      const s = Math.max(0, at(ev.start));
      const e = Math.min(text.length, at(ev.end));
      renderRange(pre, text, 0, s, dropped.concat(marks));
      const mark = D.el('mark', {id: 'evidence-sentence', class: 'sentence', title: ev.rule});
      renderRange(mark, text, s, e, marks.concat(dropped));
      pre.appendChild(mark);
      renderRange(pre, text, e, text.length, dropped.concat(marks));
      box.appendChild(pre);
    },
  };
})(window.Dyad);
