/* Client-side search over window.SEARCH_DATA (loaded as a script so it works from file://). */
(function () {
  "use strict";
  var data = window.SEARCH_DATA || { articles: [], entities: [] };
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  // Links in the index are site-relative; this page sits at the site root.
  function fold(s) { return (s || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  var docs = data.articles.map(function (a) {
    return { a: a, title: fold(a.t), all: fold([a.t, a.s, a.x, a.n.join(" "), a.g.join(" ")].join(" ")) };
  });
  var ents = data.entities.map(function (e) { return { e: e, name: fold(e.t) }; });

  function item(kind, href, title, detail) {
    var li = document.createElement("li");
    var k = document.createElement("span"); k.className = "kind"; k.textContent = kind + " ";
    var a = document.createElement("a"); a.href = href; a.textContent = title;
    li.appendChild(k); li.appendChild(a);
    if (detail) { var p = document.createElement("div"); p.className = "meta"; p.textContent = detail; li.appendChild(p); }
    return li;
  }

  function run() {
    var q = fold(input.value).trim();
    list.textContent = "";
    if (!q) { status.textContent = ""; return; }
    var words = q.split(/\s+/);
    var people = ents.filter(function (e) { return words.every(function (w) { return e.name.indexOf(w) >= 0; }); })
      .sort(function (x, y) { return y.e.m - x.e.m; }).slice(0, 10);
    var hits = [];
    docs.forEach(function (d) {
      if (!words.every(function (w) { return d.all.indexOf(w) >= 0; })) return;
      var score = words.filter(function (w) { return d.title.indexOf(w) >= 0; }).length;
      hits.push({ d: d, score: score });
    });
    hits.sort(function (x, y) { return y.score - x.score || (x.d.a.d < y.d.a.d ? 1 : -1); });
    people.forEach(function (e) { list.appendChild(item(e.e.k, e.e.u, e.e.t, e.e.m + " mentions")); });
    hits.slice(0, 100).forEach(function (h) { list.appendChild(item("article", h.d.a.u, h.d.a.t, h.d.a.d + " — " + h.d.a.s)); });
    status.textContent = (people.length + hits.length) + " results" + (hits.length > 100 ? " (first 100 articles shown)" : "");
  }
  input.addEventListener("input", run);
  var params = new URLSearchParams(location.search);
  if (params.get("q")) { input.value = params.get("q"); }
  run();
})();
