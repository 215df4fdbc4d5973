// The site's only script: sortable and filterable tables, copy buttons, and the annotated
// article's selection. No library and nothing from the network; the pages read without it.
"use strict";

function sortableTables() {
  document.querySelectorAll("table.data").forEach(function (table) {
    var body = table.tBodies[0];
    var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
    heads.forEach(function (th, index) {
      th.querySelector("button.sort").addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = th.dataset.type === "integer" || th.dataset.type === "number";
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[index].textContent, y = b.cells[index].textContent;
          var order = numeric ? (x === "" ? -Infinity : Number(x)) - (y === "" ? -Infinity : Number(y))
                              : (x < y ? -1 : x > y ? 1 : 0);
          if (order === 0 || isNaN(order)) { order = 0; }
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
  document.querySelectorAll("input[data-filter]").forEach(function (input) {
    var table = document.getElementById(input.dataset.filter);
    var count = document.getElementById(input.dataset.filter + "-count");
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().trim();
      var rows = table.tBodies[0].rows, shown = 0;
      Array.prototype.forEach.call(rows, function (row) {
        var cells = Array.prototype.map.call(row.cells, function (cell) { return cell.textContent; });
        var match = cells.join("\t").toLowerCase().indexOf(words) !== -1;  // never across two cells
        row.hidden = !match;
        if (match) { shown += 1; }
      });
      count.textContent = shown + " of " + rows.length + " rows";
    });
  });
}

function copyButtons() {
  document.querySelectorAll("button.copy").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.getElementById(button.dataset.copy);
      var selection = window.getSelection();
      var range = document.createRange();
      range.selectNodeContents(source);  // selected, so that Ctrl+C works where the clipboard API is refused
      selection.removeAllRanges();
      selection.addRange(range);
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.textContent).then(
          function () { button.textContent = "Copied"; }, function () { button.textContent = "Selected: press Ctrl+C"; });
      } else {
        button.textContent = "Selected: press Ctrl+C";
      }
    });
  });
}

function annotatedArticle() {
  var article = document.getElementById("article-text");
  if (!article) { return; }
  var records = JSON.parse(document.getElementById("records").textContent);
  var panel = document.getElementById("selection");

  function piecesOf(id) {
    return article.querySelectorAll('.hl[data-ids~="' + CSS.escape(id) + '"]');
  }
  function link(href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }
  function show(ids) {
    article.querySelectorAll(".hl.current").forEach(function (piece) { piece.classList.remove("current"); });
    var list = document.createElement("ul");
    ids.forEach(function (id) {
      var record = records[id];
      if (!record) { return; }
      piecesOf(id).forEach(function (piece) { piece.classList.add("current"); });
      var item = document.createElement("li");
      item.dataset.id = id;
      var key = document.createElement("span");
      key.className = "key hl hl-" + record.table;
      key.textContent = record.table;
      item.appendChild(key);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(link(record.row, id));
      item.appendChild(document.createTextNode(": " + record.summary + " "));
      item.appendChild(link("#" + id, "(link to these words)"));
      if (record.actor) {
        item.appendChild(document.createTextNode(" "));
        item.appendChild(link(record.actor, "(actor page)"));
      }
      list.appendChild(item);
    });
    panel.textContent = "";
    panel.appendChild(list);
  }
  function select(piece) {
    show(piece.dataset.ids.split(" "));
  }
  article.addEventListener("click", function (event) {
    var piece = event.target.closest(".hl");
    if (piece) { select(piece); }
  });
  article.addEventListener("keydown", function (event) {
    if ((event.key === "Enter" || event.key === " ") && event.target.classList.contains("hl")) {
      event.preventDefault();
      select(event.target);
    }
  });
  document.querySelectorAll("input[data-toggle]").forEach(function (box) {
    box.addEventListener("change", function () {
      article.classList.toggle("off-" + box.dataset.toggle, !box.checked);
    });
  });
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (records[id]) { show([id]); }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
}

document.addEventListener("DOMContentLoaded", function () {
  sortableTables();
  copyButtons();
  annotatedArticle();
});
