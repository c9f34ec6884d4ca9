// Network view: actors are nodes, dyads (source -> target) are edges, coloured by mean Goldstein score and
// sized by the number of events; filtered by time window, CAMEO code or root and quad class.
'use strict';

(function (D) {
  const form = () => document.getElementById('network-filters');

  D.network = {
    cy: null,

    async show(params) {
      D.fillForm(form(), params);
      const container = document.getElementById('cy');
      container.removeAttribute('data-ready');
      let data;
      try {
        data = await D.api('dyads', Object.assign({limit: 150}, D.compact(params)));
      } catch (err) {
        D.showError(document.getElementById('dyad-list'), err);
        return;
      }
      this.draw(container, data.dyads, params.group || 'country');
      this.list(data.dyads, params);
      container.setAttribute('data-ready', '1');
    },

    draw(container, dyads, group) {
      const nodes = new Map();
      const edges = [];
      for (const d of dyads) {
        for (const [key, name] of [[d.source, d.source_name], [d.target, d.target_name]]) {
          const n = nodes.get(key) || {id: key, label: key, name: name || key, events: 0};
          n.events += d.events;
          nodes.set(key, n);
        }
        edges.push({data: {
          id: d.source + '\u2192' + d.target, source: d.source, target: d.target, events: d.events,
          mean: d.goldstein_mean, colour: D.goldsteinColour(d.goldstein_mean),
          width: Math.min(14, 1.5 + 2.5 * Math.log2(1 + d.events))}});
      }
      const elements = [...nodes.values()].map(n => ({data: Object.assign(n, {
        size: Math.min(70, 18 + 8 * Math.log2(1 + n.events))})})).concat(edges);
      if (this.cy) this.cy.destroy();
      const cy = cytoscape({
        container, elements, wheelSensitivity: 0.3,
        layout: {name: 'cose', animate: false, nodeRepulsion: 9000, idealEdgeLength: 90, randomize: true},
        style: [
          {selector: 'node', style: {
            'label': 'data(label)', 'width': 'data(size)', 'height': 'data(size)', 'background-color': '#4a6fa5',
            'color': '#222', 'font-size': 11, 'text-valign': 'center', 'text-halign': 'center',
            'text-outline-color': '#fff', 'text-outline-width': 2}},
          {selector: 'edge', style: {
            'width': 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'opacity': 0.85}},
          {selector: 'edge:selected', style: {'opacity': 1, 'underlay-color': '#333', 'underlay-opacity': 0.25,
            'underlay-padding': 4}},
        ],
      });
      cy.on('tap', 'edge', ev => {
        const e = ev.target.data();
        D.go('dyad', {source: e.source, target: e.target, group});
      });
      cy.on('tap', 'node', ev => D.go('events', {actor: ev.target.id()}));
      this.cy = cy;
      D.test.cy = cy;
    },

    list(dyads, params) {
      const ol = D.clear(document.getElementById('dyad-list'));
      for (const d of dyads.slice(0, 20)) {
        const link = D.el('a', {href: '#dyad?' + new URLSearchParams(D.compact({
          source: d.source, target: d.target, group: params.group}))},
          D.el('span', {class: 'swatch', style: null}), d.source + ' \u2192 ' + d.target + ' (' + d.events + ')');
        link.firstChild.style.backgroundColor = D.goldsteinColour(d.goldstein_mean);
        link.title = (d.source_name || d.source) + ' \u2192 ' + (d.target_name || d.target)
          + ', mean Goldstein ' + d.goldstein_mean.toFixed(1);
        ol.appendChild(D.el('li', {}, link));
      }
      if (!dyads.length) ol.appendChild(D.el('li', {}, 'No dyads match.'));
    },

    init() {
      form().addEventListener('submit', ev => {
        ev.preventDefault();
        D.go('network', D.formValues(form()));
      });
    },
  };
})(window.Dyad);
