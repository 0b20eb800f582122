/* The dashboard's charts, drawn with Chart.js (vendored, web/static/vendor) from the figures the page
   also shows in its tables (so nothing is lost without JavaScript): new and resolved cases per week,
   and the share of cases acknowledged and first visited within their deadlines, per urgency.
   Data: <script type="application/json" id="dashboard-data"> (web/console.py, _chart_data). */
(function () {
  "use strict";

  function draw() {
    var source = document.getElementById("dashboard-data");
    if (!source || typeof Chart === "undefined") { return; }
    var data = JSON.parse(source.textContent);
    Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    Chart.defaults.animation = false;  // steady for screenshots and for slow phones
    Chart.defaults.maintainAspectRatio = false;

    var weeks = document.getElementById("weeks-chart");
    if (weeks) {
      weeks.parentNode.classList.add("drawn");
      new Chart(weeks, {
        type: "bar",
        data: {
          labels: data.weeks.labels,
          datasets: [
            { label: data.weeks.new_label, data: data.weeks["new"], backgroundColor: "#06C755" },
            { label: data.weeks.resolved_label, data: data.weeks.resolved, backgroundColor: "#1B6E4C" }
          ]
        },
        options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      });
      weeks.setAttribute("data-drawn", "1");
    }

    var sla = document.getElementById("sla-chart");
    if (sla) {
      sla.parentNode.classList.add("drawn");
      var t = data.timeliness;
      new Chart(sla, {
        type: "bar",
        data: {
          labels: t.labels,
          datasets: [
            { label: t.ack_label, data: t.ack, backgroundColor: "#06C755" },
            { label: t.visit_label, data: t.visit, backgroundColor: "#1B6E4C" }
          ]
        },
        options: { scales: { y: { min: 0, max: 100, title: { display: true, text: t.axis } } } }
      });
      sla.setAttribute("data-drawn", "1");
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
