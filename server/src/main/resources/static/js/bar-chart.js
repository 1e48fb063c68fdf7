// Draws the bar chart of a fair-share or pool page from the JSON block beside the canvas:
// persons per state, or (for a pool) what is due against what is pledged in relocation-equivalents.
// The table under the chart carries the same figures for readers without JavaScript.
(function () {
  var data = document.getElementById('chart-data');
  var canvas = document.getElementById('bar-chart');
  if (!data || !canvas || typeof Chart === 'undefined') {
    return;
  }
  var rows = JSON.parse(data.textContent);
  var datasets;
  if (rows.length > 0 && rows[0].due !== undefined) {
    datasets = [
      { label: 'Due', data: rows.map(function (r) { return r.due; }), backgroundColor: '#1d4f91' },
      { label: 'Pledged', data: rows.map(function (r) { return r.pledged; }), backgroundColor: '#f0b400' }
    ];
  } else {
    datasets = [{ label: 'Persons', data: rows.map(function (r) { return r.persons; }), backgroundColor: '#1d4f91' }];
  }
  new Chart(canvas, {
    type: 'bar',
    data: { labels: rows.map(function (r) { return r.state; }), datasets: datasets },
    options: { animation: false, responsive: true, plugins: { legend: { display: datasets.length > 1 } } }
  });
})();
