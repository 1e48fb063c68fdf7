// Draws the fan chart of a forecast from the JSON data block beside the canvas: the observed months,
// the forecast, and its 80 % and 95 % intervals as shaded bands. The table beside the chart carries
// the same figures for readers without JavaScript.
(function () {
  var data = document.getElementById('warning-data');
  var canvas = document.getElementById('warning-chart');
  if (!data || !canvas || typeof Chart === 'undefined') {
    return;
  }
  var c = JSON.parse(data.textContent);
  function band(label, values, fill, colour) {
    return { label: label, data: values, borderWidth: 0, pointRadius: 0, fill: fill, backgroundColor: colour, spanGaps: false };
  }
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: c.labels,
      datasets: [
        band('95 %', c.upper95, false, 'rgba(29,79,145,0.12)'),
        band('95 % low', c.lower95, '-1', 'rgba(29,79,145,0.12)'),
        band('80 %', c.upper80, false, 'rgba(29,79,145,0.25)'),
        band('80 % low', c.lower80, '-1', 'rgba(29,79,145,0.25)'),
        { label: 'forecast', data: c.forecast, borderColor: '#1d4f91', borderDash: [6, 4], pointRadius: 2, fill: false },
        { label: 'observed', data: c.observed, borderColor: '#222222', pointRadius: 0, fill: false }
      ]
    },
    options: {
      animation: false,
      responsive: true,
      plugins: { legend: { display: true, labels: { filter: function (item) { return item.text.indexOf('low') < 0; } } } },
      scales: { y: { beginAtZero: true } }
    }
  });
})();
