// Draws the charts of a corridor scorecard from the JSON data blocks beside the canvases.
// The tables under the charts carry the same figures for readers without JavaScript.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  function periods(a, b) {
    var seen = {};
    a.concat(b).forEach(function (p) { seen[p.period] = true; });
    return Object.keys(seen).sort();
  }
  function values(points, labels) {
    var byPeriod = {};
    points.forEach(function (p) { byPeriod[p.period] = p.value; });
    return labels.map(function (l) { return l in byPeriod ? byPeriod[l] : null; });
  }
  function line(canvasId, dataId, first, second, extra) {
    var canvas = document.getElementById(canvasId);
    var block = document.getElementById(dataId);
    if (!canvas || !block) {
      return;
    }
    var data = JSON.parse(block.textContent);
    var labels = periods(data[first.key], data[second.key]);
    var datasets = [
      { label: data[first.label], data: values(data[first.key], labels), borderColor: '#1d4f91', spanGaps: true, pointRadius: 2 },
      { label: data[second.label], data: values(data[second.key], labels), borderColor: '#b5541c', spanGaps: true, pointRadius: 2 }
    ].concat((extra || []).map(function (e) {
      return { label: e.label, data: labels.map(function () { return e.value; }), borderColor: e.color, borderDash: [6, 4], pointRadius: 0 };
    }));
    new Chart(canvas, {
      type: 'line',
      data: { labels: labels, datasets: datasets },
      options: { animation: false, responsive: true, scales: { y: { beginAtZero: true } } }
    });
  }
  line('stock-chart', 'stock-data', { key: 'aInB', label: 'labelAInB' }, { key: 'bInA', label: 'labelBInA' });
  line('cost-chart', 'cost-data', { key: 'bToA', label: 'labelBToA' }, { key: 'aToB', label: 'labelAToB' },
    [{ label: 'SDG 10.c 3 %', value: 3, color: '#2e7d32' }, { label: 'SDG 10.c 5 %', value: 5, color: '#c62828' }]);
})();
