/* Maps of the console (and of any page that includes web/templates/map.html's macro): points in
   layers, clustered where asked, coloured by the page; tiles only when a tile server is set, so the
   page works offline. Data: a <script type="application/json"> beside the box, or a JSON URL.
   {"layers": [{"name": "...", "cluster": true, "points": [{"lat": 16.4, "lon": 102.8, "color": "#C62828",
   "rank": 0, "tone": "urgent", "kind": "case", "label": "A-1 ...", "url": "/console/cases/A-1"}]}]}
   A cluster takes the tone (a CSS class, console.css) of its most pressing point (the lowest rank). */
(function () {
  "use strict";

  var THAILAND = [13.0, 101.0];

  function popup(point) {
    var box = document.createElement("div");
    var line = point.url ? document.createElement("a") : document.createElement("span");
    if (point.url) { line.href = point.url; }
    line.textContent = point.label || "";
    box.appendChild(line);
    return box;
  }

  function clusterIcon(cluster) {
    var children = cluster.getAllChildMarkers();
    var best = children[0].options;
    for (var i = 1; i < children.length; i++) {
      if (children[i].options.rank < best.rank) { best = children[i].options; }
    }
    var count = document.createElement("span");
    count.textContent = String(cluster.getChildCount());
    return L.divIcon({
      html: count.outerHTML, className: "map-cluster tone-" + (best.tone || "none"), iconSize: L.point(36, 36),
    });
  }

  function draw(box, data) {
    box.textContent = "";
    box.classList.add("map-ready");
    // markercluster needs the map's maxZoom, which a tile layer would otherwise give.
    var map = L.map(box, { scrollWheelZoom: false, maxZoom: 19, minZoom: 4 });
    var tiles = box.getAttribute("data-tiles");
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: box.getAttribute("data-attribution") || "" }).addTo(map);
    } else {
      box.classList.add("map-no-tiles");
    }
    var bounds = [];
    var overlays = {};
    (data.layers || []).forEach(function (layer) {
      var group = layer.cluster && L.markerClusterGroup
        ? L.markerClusterGroup({ iconCreateFunction: clusterIcon, showCoverageOnHover: false, maxClusterRadius: 50 })
        : L.featureGroup();
      layer.points.forEach(function (point) {
        var marker = L.circleMarker([point.lat, point.lon], {
          radius: point.kind === "center" ? 6 : 9,
          color: "#ffffff",
          weight: 2,
          fillColor: point.color,
          fillOpacity: 0.9,
          rank: point.rank || 0,
          tone: point.tone || "",
          className: "map-point map-" + (point.kind || "point"),
        });
        marker.bindPopup(popup(point));
        if (point.label) { marker.bindTooltip(point.label); }
        group.addLayer(marker);
        bounds.push([point.lat, point.lon]);
      });
      group.addTo(map);
      overlays[layer.name] = group;
    });
    if (Object.keys(overlays).length > 1) { L.control.layers(null, overlays, { collapsed: false }).addTo(map); }
    if (bounds.length) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
    } else {
      map.setView(THAILAND, 5);
    }
    box.setAttribute("data-points", String(bounds.length));
    return map;
  }

  function start(box) {
    var inline = document.getElementById(box.id + "-data");
    if (inline) {
      draw(box, JSON.parse(inline.textContent));
      return;
    }
    var source = box.getAttribute("data-source");
    if (!source) { return; }
    fetch(source, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (answer) { if (!answer.ok) { throw new Error(answer.status); } return answer.json(); })
      .then(function (data) { draw(box, data); })
      .catch(function () { box.classList.add("map-failed"); });
  }

  function startAll() {
    if (!window.L) { return; }  // Leaflet did not load: the box keeps its fallback
    Array.prototype.forEach.call(document.querySelectorAll("[data-map]"), start);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", startAll);
  } else {
    startAll();
  }
})();
