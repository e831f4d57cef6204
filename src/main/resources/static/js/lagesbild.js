/*
 * The line charts of the situational-picture dashboard (/lagesbild), drawn with Chart.js from the figures
 * the server put in the page as JSON (#lagesbild-figures). Each line has its own colour, point shape and dash, so the
 * lines are told apart without colour too; the same figures are in a table under each chart.
 */
(function () {
  'use strict';
  var data = document.getElementById('lagesbild-figures');
  if (!data || typeof window.Chart === 'undefined') {
    return;
  }
  var figures = JSON.parse(data.textContent);
  // Okabe–Ito: distinguishable with the common colour-vision deficiencies
  var colours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00'];
  var points = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot'];
  var dashes = [[], [6, 3], [2, 2], [8, 3, 2, 3], [12, 4]];

  function draw(id, chart) {
    var canvas = document.getElementById(id);
    if (!canvas || !chart || chart.series.length === 0) {
      return;
    }
    new window.Chart(canvas, {
      type: 'line',
      data: {
        labels: chart.weeks,
        datasets: chart.series.map(function (series, i) {
          return {
            label: series.name,
            data: series.counts,
            borderColor: colours[i % colours.length],
            backgroundColor: colours[i % colours.length],
            pointStyle: points[i % points.length],
            pointRadius: 4,
            borderDash: dashes[i % dashes.length],
            tension: 0.2
          };
        })
      },
      options: {
        locale: 'sv-SE',
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Antal rapporter' } },
          x: { title: { display: true, text: 'Vecka' } }
        },
        plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } }
      }
    });
  }

  draw('chart-districts', figures.byDistrict);
  draw('chart-categories', figures.byCategory);
})();
