// Dyad view: cooperation (up) and conflict (down) between two actors per period, both directions, with the
// Goldstein sum as a line; clicking a period lists its events below.
'use strict';

(function (D) {
  const DAY = 86400000;

  /** The last day of the period that starts on ISO date p. */
  function periodEnd(p, interval) {
    const d = new Date(p + 'T00:00:00Z');
    if (interval === 'day') return p;
    if (interval === 'week') return new Date(d.getTime() + 6 * DAY).toISOString().slice(0, 10);
    if (interval === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
    return d.getUTCFullYear() + '-12-31';
  }

  D.dyad = {
    chart: null,
    params: null,

    async show(params) {
      const title = document.getElementById('dyad-title');
      const canvas = document.getElementById('timeline');
      canvas.removeAttribute('data-ready');
      if (!params.source || !params.target) {
        title.textContent = 'Pick a dyad in the network';
        return;
      }
      const interval = params.interval || 'month';
      document.querySelector('#dyad-options [name=interval]').value = interval;
      this.params = Object.assign({}, params, {interval});
      title.textContent = params.source + ' \u2194 ' + params.target;
      const q = {source: params.source, target: params.target, undirected: true, group: params.group,
        from: params.from, to: params.to, cameo: params.cameo};
      let data;
      try {
        data = await D.api('dyads', Object.assign({interval}, q));
      } catch (err) {
        D.showError(document.getElementById('dyad-summary'), err);
        return;
      }
      document.getElementById('dyad-summary').textContent = data.dyads.map(d =>
        d.source + ' \u2192 ' + d.target + ': ' + d.events + ' events, Goldstein sum ' + d.goldstein_sum.toFixed(1)).join('; ');
      this.draw(canvas, data.dyads, interval, q);
      canvas.setAttribute('data-ready', '1');
      await this.events(q, 'All events');
    },

    draw(canvas, dyads, interval, q) {
      const byPeriod = new Map();
      for (const d of dyads) {
        for (const p of d.series || []) {
          const s = byPeriod.get(p.period) || {q: [0, 0, 0, 0], g: 0, n: 0};
          s.q[0] += p.quads.verbal_cooperation;
          s.q[1] += p.quads.material_cooperation;
          s.q[2] += p.quads.verbal_conflict;
          s.q[3] += p.quads.material_conflict;
          s.g += p.goldstein_sum;
          s.n += p.events;
          byPeriod.set(p.period, s);
        }
      }
      const labels = [...byPeriod.keys()].sort();
      const series = i => labels.map(l => byPeriod.get(l).q[i] * (i >= 2 ? -1 : 1));
      if (this.chart) this.chart.destroy();
      this.chart = new Chart(canvas, {
        data: {
          labels,
          datasets: [
            {type: 'bar', label: 'verbal cooperation', data: series(0), backgroundColor: '#8fd19e', stack: 'q'},
            {type: 'bar', label: 'material cooperation', data: series(1), backgroundColor: '#1e9646', stack: 'q'},
            {type: 'bar', label: 'verbal conflict', data: series(2), backgroundColor: '#f0a0a0', stack: 'q'},
            {type: 'bar', label: 'material conflict', data: series(3), backgroundColor: '#c82828', stack: 'q'},
            {type: 'line', label: 'Goldstein sum', data: labels.map(l => byPeriod.get(l).g), yAxisID: 'g',
              borderColor: '#333', backgroundColor: '#333', pointRadius: 4, tension: 0},
          ],
        },
        options: {
          animation: false, maintainAspectRatio: false,
          scales: {
            x: {stacked: true, title: {display: true, text: interval}},
            y: {stacked: true, title: {display: true, text: 'events (cooperation up, conflict down)'}},
            g: {position: 'right', title: {display: true, text: 'Goldstein sum'}, grid: {drawOnChartArea: false}},
          },
          onClick: (ev, items) => {
            const hit = items.length ? items : this.chart.getElementsAtEventForMode(ev, 'index', {intersect: false}, false);
            if (!hit.length) return;
            const p = labels[hit[0].index];
            this.events(Object.assign({}, q, {from: p, to: periodEnd(p, interval)}), 'Events of ' + interval + ' ' + p);
          },
        },
      });
      D.test.chart = this.chart;
    },

    async events(q, heading) {
      const table = document.getElementById('dyad-events');
      table.removeAttribute('data-ready');
      document.getElementById('dyad-events-title').textContent = heading;
      try {
        const data = await D.api('events', Object.assign({limit: 200}, q));
        D.eventTable(table, data.events);
        table.setAttribute('data-ready', '1');
      } catch (err) {
        D.showError(table, err);
      }
    },

    init() {
      document.querySelector('#dyad-options [name=interval]').addEventListener('change', ev => {
        if (this.params) D.go('dyad', Object.assign({}, this.params, {interval: ev.target.value}));
      });
    },
  };
})(window.Dyad);
