// Draws the series of a country profile from the JSON data block beside the canvas.
// The data table under the chart carries the same figures for readers without JavaScript.
(function () {
  var data = document.getElementById('series-data');
  var canvas = document.getElementById('series-chart');
  if (!data || !canvas || typeof Chart === 'undefined') {
    return;
  }
  var points = JSON.parse(data.textContent);
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: points.map(function (p) { return p.period; }),
      datasets: [{
        label: canvas.getAttribute('aria-label'),
        data: points.map(function (p) { return p.value; }),
        borderColor: '#1d4f91',
        backgroundColor: 'rgba(29, 79, 145, 0.15)',
        pointRadius: 2,
        fill: true
      }]
    },
    options: {
      animation: false,
      responsive: true,
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: false } }
    }
  });
})();
