// Draws committed, disbursed and spent over time from the JSON data block beside the canvas.
// The table beside the chart carries the same figures for readers without JavaScript.
(function () {
  var data = document.getElementById('finance-data');
  var canvas = document.getElementById('finance-chart');
  if (!data || !canvas || typeof Chart === 'undefined') {
    return;
  }
  var chart = JSON.parse(data.textContent);
  var colours = ['#1d4f91', '#d08c00', '#2e7d32'];
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: chart.labels,
      datasets: chart.series.map(function (s, i) {
        return { label: s.label, data: s.values, borderColor: colours[i % colours.length], pointRadius: 2, stepped: true, fill: false };
      })
    },
    options: {
      animation: false,
      responsive: true,
      plugins: { legend: { display: true } },
      scales: { y: { beginAtZero: true, title: { display: true, text: chart.unit } } }
    }
  });
})();
