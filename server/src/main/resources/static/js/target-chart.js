// Draws target against actual for each indicator of an agreement page from the JSON block beside
// its canvas. The table next to each chart carries the same figures for readers without JavaScript.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas.target-chart').forEach(function (canvas) {
    var data = canvas.parentNode.querySelector('script.target-data');
    if (!data) {
      return;
    }
    var points = JSON.parse(data.textContent);
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: points.map(function (p) { return p.period; }),
        datasets: [
          { label: canvas.getAttribute('data-target-label'), data: points.map(function (p) { return p.target; }),
            backgroundColor: 'rgba(89, 99, 110, 0.35)' },
          { label: canvas.getAttribute('data-actual-label'), data: points.map(function (p) { return p.actual; }),
            backgroundColor: '#1d4f91' }
        ]
      },
      options: { animation: false, responsive: true, scales: { y: { beginAtZero: true } } }
    });
  });
})();
