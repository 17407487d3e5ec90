import {
  Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend, Title
} from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend, Title);

const BLUE = '#1a5d9e';
const RED = '#c62828';
const GREY = '#6b7280';
// A month still running: the same blue, lighter, and the line into it dashed.
const LIGHT_BLUE = 'rgba(26, 93, 158, 0.45)';
const INCOMPLETE_DASH = [4, 4];

/**
 * <overview-run-chart>: a Chart.js run chart in a canvas in the shadow root. The server sets the property
 * `chartData` = {title, valueLabel, medianLabel, labels, values, median, signal, fewCrossings, fewCrossingsText,
 * incompleteIndex, incompleteLegend}; a new value updates the existing chart (chart.update()) instead of building a
 * new one. The month at `incompleteIndex` (-1: none) is still running: its point is lighter, the line into it is
 * dashed, and the legend names it with `incompleteLegend`.
 */
class OverviewRunChart extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.shadowRoot.innerHTML = `
      <style>
        :host { display: block; position: relative; min-height: 260px; }
        .wrap { position: relative; height: 260px; }
        .few { color: ${RED}; font-size: 0.85em; margin: 0.25em 0 0; }
      </style>
      <div class="wrap"><canvas role="img"></canvas></div>
      <p class="few" hidden></p>`;
  }

  set chartData(value) {
    this._data = value;
    this._render();
  }

  get chartData() {
    return this._data;
  }

  connectedCallback() {
    // A property set before the element was defined hides the setter; move it onto the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'chartData')) {
      const value = this.chartData;
      delete this.chartData;
      this.chartData = value;
    }
    this._render();
  }

  disconnectedCallback() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _datasets(d) {
    const incomplete = Number.isInteger(d.incompleteIndex) ? d.incompleteIndex : -1;
    const colours = d.values.map((v, i) => (i === incomplete ? LIGHT_BLUE : d.signal[i] ? RED : BLUE));
    const datasets = [
      {
        // The legend swatch takes backgroundColor: keep it blue; red belongs to the points of a signal only.
        label: d.valueLabel, data: d.values, borderColor: BLUE, backgroundColor: BLUE,
        pointBackgroundColor: colours, pointBorderColor: colours, pointRadius: 4, spanGaps: false, tension: 0,
        pointStyle: d.values.map((v, i) => (i === incomplete ? 'rectRot' : 'circle')),
        segment: {
          borderColor: (ctx) => (ctx.p1DataIndex === incomplete ? LIGHT_BLUE : undefined),
          borderDash: (ctx) => (ctx.p1DataIndex === incomplete ? INCOMPLETE_DASH : undefined)
        }
      },
      {
        label: d.medianLabel, data: d.labels.map(() => d.median), borderColor: GREY, borderDash: [6, 4],
        pointRadius: 0, borderWidth: 1.5
      }
    ];
    if (incomplete >= 0 && d.incompleteLegend) {
      // No values of its own: it only puts the dashed, lighter swatch and its text into the legend.
      datasets.push({
        label: d.incompleteLegend, data: d.labels.map(() => null), borderColor: LIGHT_BLUE,
        backgroundColor: LIGHT_BLUE, borderDash: INCOMPLETE_DASH, pointStyle: 'rectRot', pointRadius: 4
      });
    }
    return datasets;
  }

  _render() {
    const d = this._data;
    if (!d || !this.isConnected) {
      return;
    }
    const few = this.shadowRoot.querySelector('.few');
    few.hidden = !d.fewCrossings;
    few.textContent = d.fewCrossings ? d.fewCrossingsText || '' : '';
    const canvas = this.shadowRoot.querySelector('canvas');
    canvas.setAttribute('aria-label', d.title);
    if (this._chart) {
      this._chart.data.labels = d.labels;
      this._chart.data.datasets = this._datasets(d);
      this._chart.options.plugins.title.text = d.title;
      this._chart.update();
      return;
    }
    this._chart = new Chart(canvas, {
      type: 'line',
      data: { labels: d.labels, datasets: this._datasets(d) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { title: { display: true, text: d.title }, legend: { position: 'bottom' } },
        scales: { y: { beginAtZero: true } }
      }
    });
  }
}

customElements.define('overview-run-chart', OverviewRunChart);
