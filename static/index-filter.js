/* Type-ahead filter for the long indexes (people, organizations, places, tags, quotes).
   The rows come from window.SB_INDEX, set by the index's own index-data.js: a script, not a
   fetch, so it works from file://. Without JavaScript the form stays hidden and the sorted,
   paginated list is the index. Matches at the start of a word come first. */
(function () {
  "use strict";
  var data = window.SB_INDEX;
  var form = document.querySelector("form.index-filter");
  var input = document.getElementById("index-filter");
  var results = document.getElementById("filter-results");
  var status = document.getElementById("filter-status");
  var listing = document.querySelector(".index-listing");
  if (!data || !form || !input || !results || !listing) return;
  var LIMIT = 100;
  var quotes = data.kind === "quotes";
  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); });

  function fold(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var keys = data.rows.map(function (r) { return fold(quotes ? r.s : r.n); });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function link(href, text) { var a = el("a", "", text); a.href = href; return a; }

  function item(r) {
    var li = el("li");
    if (quotes) {
      li.className = "quote-item";
      li.appendChild(el("blockquote", "", r.t));
      var meta = el("p", "meta");
      meta.appendChild(r.h ? link(r.h, r.s) : el("span", "", r.s));
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(link(r.u, r.a));
      meta.appendChild(document.createTextNode(" · " + r.d));
      li.appendChild(meta);
      return li;
    }
    li.appendChild(link(r.u, r.n));
    if (r.r) { li.appendChild(document.createTextNode(" ")); li.appendChild(el("span", "role", r.r)); }
    var n = r.c + (r.a !== undefined ? (r.c === 1 ? " mention" : " mentions") : (r.c === 1 ? " article" : " articles"));
    li.appendChild(el("span", "count", " (" + n + ")"));
    return li;
  }

  function run() {
    var q = fold(input.value.trim());
    results.textContent = "";
    if (!q) {
      results.hidden = true;
      listing.hidden = false;
      status.textContent = "";
      return;
    }
    var starts = [], inside = [];
    for (var i = 0; i < keys.length; i++) {
      var at = keys[i].indexOf(q);
      if (at < 0) continue;
      (at === 0 || keys[i].charAt(at - 1) === " " ? starts : inside).push(i);
    }
    var hits = starts.concat(inside);
    hits.slice(0, LIMIT).forEach(function (i) { results.appendChild(item(data.rows[i])); });
    results.className = "filter-results" + (quotes ? " quote-list" : "");
    results.hidden = false;
    listing.hidden = true;
    status.textContent = hits.length === 0 ? "No matches" :
      (hits.length > LIMIT ? "Showing " + LIMIT + " of " + hits.length + " matches" : hits.length + (hits.length === 1 ? " match" : " matches"));
  }
  input.addEventListener("input", run);
  if (input.value) run();
})();
