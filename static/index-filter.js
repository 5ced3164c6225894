/* Type-ahead filter for the long indexes (people, organizations, places, tags, quotes).
   The rows come from window.SB_INDEX, set by the index's own index-data.js: a script, not a
   fetch, so it works from file://. Without JavaScript the form stays hidden and the sorted,
   paginated list is the index. Matches at the start of a word come first.
   The quotes index's index-data.js is a manifest: its rows are in shards (newest quotes first),
   each a script calling SB_INDEX_SHARD, loaded one after another while a filter has fewer than
   LIMIT matches (at most BATCH shards a query; then a button loads the next). */
(function () {
  "use strict";
  var data = window.SB_INDEX;
  var form = document.querySelector("form.index-filter");
  var input = document.getElementById("index-filter");
  var results = document.getElementById("filter-results");
  var status = document.getElementById("filter-status");
  var listing = document.querySelector(".index-listing");
  if (!data || !form || !input || !results || !listing) return;
  var LIMIT = 100, BATCH = 4;
  var quotes = data.kind === "quotes";
  var shards = data.shards || [];
  var rows = data.rows ? data.rows.slice() : [];
  var loaded = 0, loading = false, budget = 0;
  var more = document.createElement("button");
  more.type = "button";
  more.className = "filter-more";
  more.hidden = true;
  more.textContent = "Search older quotes";
  results.parentNode.insertBefore(more, results.nextSibling);
  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); });

  function fold(s) {
    return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var keys = rows.map(function (r) { return fold(quotes ? r.s : r.n); });

  window.SB_INDEX_SHARD = function (n, shard) {
    if (n !== loaded + 1) return;  // a shard already loaded, or out of order: ignored
    shard.rows.forEach(function (r) { rows.push(r); keys.push(fold(r.s)); });
    loaded = n;
  };
  function loadNext() {
    if (loading || loaded >= shards.length) return;
    loading = true;
    var script = document.createElement("script");
    script.src = shards[loaded];
    var before = loaded;
    script.onload = script.onerror = function () {
      loading = false;
      script.remove();
      if (loaded === before) shards = shards.slice(0, loaded);  // missing or not a shard: load no further
      run();
    };
    document.head.appendChild(script);
  }

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

  function matches(q) {
    var starts = [], inside = [];
    for (var i = 0; i < keys.length; i++) {
      var at = keys[i].indexOf(q);
      if (at < 0) continue;
      (at === 0 || keys[i].charAt(at - 1) === " " ? starts : inside).push(i);
    }
    return starts.concat(inside);
  }

  function describe(hits) {
    if (hits.length === 0 && loaded >= shards.length) return "No matches";
    var shown = hits.length > LIMIT ? "Showing " + LIMIT + " of " + hits.length + " matches" :
      hits.length + (hits.length === 1 ? " match" : " matches");
    return loaded < shards.length ? shown + " in the newest " + rows.length + " of " + data.total + " quotes" : shown;
  }

  function run() {
    var q = fold(input.value.trim());
    results.textContent = "";
    more.hidden = true;
    if (!q) {
      results.hidden = true;
      listing.hidden = false;
      status.textContent = "";
      return;
    }
    var hits = matches(q);
    hits.slice(0, LIMIT).forEach(function (i) { results.appendChild(item(rows[i])); });
    results.className = "filter-results" + (quotes ? " quote-list" : "");
    results.hidden = false;
    listing.hidden = true;
    status.textContent = describe(hits);
    if (hits.length < LIMIT && loaded < shards.length) {
      if (budget > 0) { budget--; loadNext(); } else more.hidden = false;
    }
  }
  more.addEventListener("click", function () { budget = BATCH - 1; loadNext(); });
  input.addEventListener("input", function () { budget = BATCH; run(); });
  if (input.value) { budget = BATCH; run(); }
})();
