// Events table: the API's filters as a form, 50 events a page, and the same selection as CSV.
'use strict';

(function (D) {
  const PAGE = 50;
  const form = () => document.getElementById('event-filters');

  D.events = {
    params: {},

    async show(params) {
      this.params = params;
      D.fillForm(form(), params);
      const offset = Number(params.offset || 0);
      const filters = Object.assign({}, params);
      delete filters.offset;
      document.getElementById('csv-link').setAttribute('href',
        'api/events.csv?' + new URLSearchParams(D.compact(filters)));
      const table = document.getElementById('events-table');
      table.removeAttribute('data-ready');
      let data;
      try {
        data = await D.api('events', Object.assign({}, filters, {limit: PAGE, offset}));
      } catch (err) {
        D.showError(table, err);
        document.getElementById('events-count').textContent = '';
        return;
      }
      document.getElementById('events-count').textContent = data.total === 0 ? 'No events match.'
        : 'Events ' + (offset + 1) + '–' + (offset + data.events.length) + ' of ' + data.total;
      D.eventTable(table, data.events);
      document.getElementById('prev-page').disabled = offset === 0;
      document.getElementById('next-page').disabled = offset + PAGE >= data.total;
      table.setAttribute('data-ready', '1');
    },

    async init() {
      form().addEventListener('submit', ev => {
        ev.preventDefault();
        D.go('events', D.formValues(form()));
      });
      const page = delta => {
        const offset = Math.max(0, Number(this.params.offset || 0) + delta);
        D.go('events', Object.assign({}, this.params, {offset}));
      };
      document.getElementById('prev-page').addEventListener('click', () => page(-PAGE));
      document.getElementById('next-page').addEventListener('click', () => page(PAGE));
      try {
        const codes = await D.api('codes');
        const select = document.getElementById('plover-select');
        for (const t of codes.plover) select.appendChild(D.el('option', {value: t.type, title: t.definition}, t.type));
        D.fillForm(form(), this.params);
      } catch (err) {
        // the PLOVER list is a convenience: the text filters work without it
      }
    },
  };
})(window.Dyad);
