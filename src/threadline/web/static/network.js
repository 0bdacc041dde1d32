// Draws the network embedded in #graph-data with cytoscape.js; click a node to open it.
// Types differ by shape as well as colour (the legend shows both); the toolbar zooms,
// fits and saves the drawing as PNG.
(function () {
  "use strict";
  var holder = document.getElementById("graph");
  var source = document.getElementById("graph-data");
  if (!holder || !source || !window.cytoscape) return;
  var data = JSON.parse(source.textContent);
  var colours = {
    Person: "#f4a259", Organization: "#5b8bd0", PublicBody: "#5b8bd0", Company: "#3d6fb6",
    LegalEntity: "#c97b84", Location: "#5fae6e", Law: "#9b6fc4", Operation: "#c0504d", CourtCase: "#b8963e", Date: "#999",
    Money: "#3fa7a0"
  };
  var shapes = {
    Person: "ellipse", Organization: "round-rectangle", PublicBody: "round-rectangle",
    Company: "round-rectangle", LegalEntity: "round-rectangle", Location: "triangle",
    Law: "diamond", Operation: "hexagon", CourtCase: "octagon"
  };
  var elements = data.nodes.map(function (n) {
    return { data: { id: n.id, label: n.name || n.id, type: n.type || "",
                     focus: n.id === data.focus ? 1 : 0 } };
  });
  data.edges.forEach(function (e, i) {
    elements.push({ data: { id: "e" + i, source: e.source, target: e.target,
                            weight: e.weight || 1,
                            label: Object.keys(e.types || {}).join(", ").replace(/_/g, " ") } });
  });
  var many = data.nodes.length > 30;
  var cy = window.cytoscape({
    container: holder,
    elements: elements,
    wheelSensitivity: 0.3,
    minZoom: 0.1,
    maxZoom: 3,
    style: [
      { selector: "node", style: {
        "background-color": function (n) { return colours[n.data("type")] || "#888"; },
        "shape": function (n) { return shapes[n.data("type")] || "hexagon"; },
        "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4,
        "text-wrap": "wrap", "text-max-width": 120, "width": 22, "height": 22,
        "text-background-color": "#fff", "text-background-opacity": 0.8,
        "text-background-padding": 2 } },
      { selector: "node[focus = 1]", style: {
        "width": 34, "height": 34, "border-width": 3, "border-color": "#1d3557",
        "font-weight": "bold" } },
      { selector: "edge", style: {
        "width": function (e) { return Math.min(1 + e.data("weight"), 8); },
        "line-color": "#b7c0c9", "curve-style": "bezier",
        "label": many ? "" : "data(label)",
        "font-size": 10, "color": "#5b6570", "text-rotation": "autorotate" } }
    ],
    layout: elements.length <= 2 ? { name: "grid", padding: 30 } : {
      name: many ? "concentric" : "cose", animate: false, padding: 30,
      concentric: function (n) { return n.data("focus") ? 2 : 1; },
      levelWidth: function () { return 1; },
      nodeRepulsion: function () { return 9000; } }
  });
  cy.on("tap", "node", function (event) {
    window.location.href = "/entities/" + encodeURIComponent(event.target.id());
  });
  var actions = {
    "zoom-in": function () { cy.zoom({ level: cy.zoom() * 1.3, renderedPosition: centre() }); },
    "zoom-out": function () { cy.zoom({ level: cy.zoom() / 1.3, renderedPosition: centre() }); },
    "fit": function () { cy.fit(undefined, 30); },
    "png": function () {
      var link = document.createElement("a");
      link.href = cy.png({ full: true, bg: "#ffffff", scale: 2 });
      link.download = (data.focus || "network") + ".png";
      document.body.appendChild(link);
      link.click();
      link.remove();
    }
  };
  function centre() { return { x: holder.clientWidth / 2, y: holder.clientHeight / 2 }; }
  document.querySelectorAll("[data-graph]").forEach(function (button) {
    button.addEventListener("click", function () {
      actions[button.getAttribute("data-graph")]();
      holder.setAttribute("data-zoom", cy.zoom().toFixed(3));
    });
  });
  holder.setAttribute("data-zoom", cy.zoom().toFixed(3));
  holder.setAttribute("data-rendered", String(cy.nodes().length));
})();
