(function () {
  "use strict";

  // The charts are inline SVG drawn when the page was built: nothing to do for them here.

  // ---- Sortable dossier table.
  var collator = new Intl.Collator("fr", { numeric: true, sensitivity: "base" });
  var numericKinds = { "int": true, "money": true, "score": true, "tri": true };

  function sortTable(table, index, kind, direction) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var factor = direction === "ascending" ? 1 : -1;
    rows.sort(function (a, b) {
      var x = a.cells[index].getAttribute("data-sort") || "";
      var y = b.cells[index].getAttribute("data-sort") || "";
      if (x === "" && y === "") { return 0; }
      if (x === "") { return 1; }   // empty cells always last
      if (y === "") { return -1; }
      if (numericKinds[kind]) { return factor * (parseFloat(x) - parseFloat(y)); }
      return factor * collator.compare(x, y);
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  function setupSorting(table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = th.querySelector("button");
      if (!button) { return; }
      button.addEventListener("click", function () {
        var next = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        Array.prototype.forEach.call(headers, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", next);
        sortTable(table, index, th.getAttribute("data-kind"), next);
      });
    });
  }

  // ---- Filters.
  function setupFilters(table) {
    var text = document.getElementById("filtre-texte");
    var category = document.getElementById("filtre-categorie");
    var opportunities = document.getElementById("filtre-opportunites");
    var count = document.getElementById("compte-dossiers");
    if (!text || !category || !opportunities) { return; }
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);

    function normalise(value) {
      return (value || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    }

    function apply() {
      var needle = normalise(text.value.trim());
      var cat = category.value;
      var onlyOpps = opportunities.checked;
      var shown = 0;
      rows.forEach(function (row) {
        var ok = true;
        if (needle && normalise(row.getAttribute("data-search")).indexOf(needle) === -1) { ok = false; }
        if (ok && cat === "__inconnu" && row.getAttribute("data-unknown") !== "1") { ok = false; }
        if (ok && cat && cat !== "__inconnu" &&
            (" " + row.getAttribute("data-cats") + " ").indexOf(" " + cat + " ") === -1) { ok = false; }
        if (ok && onlyOpps && !(parseInt(row.getAttribute("data-opps"), 10) > 0)) { ok = false; }
        row.hidden = !ok;
        if (ok) { shown += 1; }
      });
      if (count) {
        count.textContent = shown + " dossier" + (shown > 1 ? "s" : "") + " affiché" + (shown > 1 ? "s" : "") +
          " sur " + rows.length;
      }
    }

    text.addEventListener("input", apply);
    category.addEventListener("change", apply);
    opportunities.addEventListener("change", apply);
  }

  // ---- Print: open the reasoning details so nothing is hidden on paper.
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) {
      if (!d.open) { d.setAttribute("data-print-opened", "1"); d.open = true; }
    });
  });
  window.addEventListener("afterprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details[data-print-opened]"), function (d) {
      d.open = false; d.removeAttribute("data-print-opened");
    });
  });

  // ---- Downloads of the dossier table (CSV/XLSX built by pandas, embedded in base64).
  var mimeTypes = {
    csv: "text/csv;charset=utf-8",
    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  };

  function setupDownloads() {
    var node = document.getElementById("donnees-export");
    if (!node) { return; }
    var exports;
    try { exports = JSON.parse(node.textContent || "{}"); } catch (e) { return; }
    Array.prototype.forEach.call(document.querySelectorAll("button[data-export]"), function (button) {
      var fmt = button.getAttribute("data-export");
      if (!exports[fmt]) { button.hidden = true; return; }
      button.addEventListener("click", function () {
        var raw = window.atob(exports[fmt]);
        var bytes = new Uint8Array(raw.length);
        for (var i = 0; i < raw.length; i += 1) { bytes[i] = raw.charCodeAt(i); }
        var url = URL.createObjectURL(new Blob([bytes], { type: mimeTypes[fmt] }));
        var link = document.createElement("a");
        link.href = url;
        link.download = "clausecheck-dossiers." + fmt;
        document.body.appendChild(link);
        link.click();
        document.body.removeChild(link);
        window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
      });
    });
  }

  function init() {
    setupDownloads();
    var table = document.getElementById("table-dossiers");
    if (table) { setupSorting(table); setupFilters(table); }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
