/* Tooltips for mentions and quotes (hover and keyboard focus, Esc closes) and highlight toggles. */
(function () {
  "use strict";
  var tip = document.createElement("div");
  tip.className = "tooltip";
  tip.id = "tooltip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.appendChild(tip);
  var owner = null;
  var hideTimer = null;

  function line(cls, text) {
    var el = document.createElement("span");
    el.className = cls;
    el.textContent = text;
    return el;
  }

  function fill(target) {
    tip.textContent = "";
    if (target.classList.contains("mention")) {
      tip.appendChild(line("tip-type", target.dataset.type || ""));
      tip.appendChild(line("tip-name", target.dataset.name || target.textContent));
      if (target.dataset.role) { tip.appendChild(document.createElement("br")); tip.appendChild(line("tip-role", target.dataset.role)); }
    } else {
      tip.appendChild(line("tip-type", "Quote"));
      var who = target.dataset.speaker || "Unknown speaker";
      if (target.dataset.speakerHref) {
        var a = document.createElement("a");
        a.href = target.dataset.speakerHref;
        a.textContent = who;
        tip.appendChild(a);
      } else {
        tip.appendChild(line("tip-name", who));
      }
      if (target.dataset.cue) tip.appendChild(line("tip-cue", " (" + target.dataset.cue + ")"));
      tip.appendChild(document.createElement("br"));
      var link = document.createElement("a");
      link.href = target.dataset.permalink || "#";
      link.textContent = "Link to this quote";
      tip.appendChild(link);
    }
  }

  function show(target) {
    clearTimeout(hideTimer);
    if (owner && owner !== target) owner.removeAttribute("aria-describedby");
    owner = target;
    fill(target);
    target.setAttribute("aria-describedby", "tooltip");
    tip.hidden = false;
    var r = target.getBoundingClientRect();
    var top = window.scrollY + r.bottom + 6;
    var left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.top = top + "px";
    tip.style.left = left + "px";
  }

  function hide() {
    tip.hidden = true;
    if (owner) owner.removeAttribute("aria-describedby");
    owner = null;
  }

  function later() { clearTimeout(hideTimer); hideTimer = setTimeout(hide, 200); }

  function targetOf(el) {
    if (!el || !el.closest) return null;
    var m = el.closest(".mention");
    if (m) return m;
    var q = el.closest(".quote");
    if (!q) return null;
    return document.getElementById(q.dataset.quote) || q;
  }

  document.addEventListener("mouseover", function (e) {
    if (tip.contains(e.target)) { clearTimeout(hideTimer); return; }
    var t = targetOf(e.target);
    if (t) show(t); else if (owner) later();
  });
  document.addEventListener("focusin", function (e) {
    if (tip.contains(e.target)) return;
    var t = targetOf(e.target);
    if (t) show(t); else hide();
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && !tip.hidden) { var o = owner; hide(); if (o) o.focus(); }
    // A focused quote is not a link itself: Enter follows its speaker's link, as the tooltip offers.
    if (e.key === "Enter" && e.target.classList && e.target.classList.contains("quote") && e.target.dataset.speakerHref) {
      location.href = e.target.dataset.speakerHref;
    }
  });

  // A quote split into fragments (around emphasis or a paragraph break): the print stylesheet puts
  // the speaker after the last fragment, not the first.
  var seenQuote = {};
  document.querySelectorAll(".quote[data-quote]").forEach(function (q) {
    var id = q.dataset.quote;
    if (seenQuote[id]) { seenQuote[id].last.classList.remove("quote-end"); q.classList.add("quote-end"); seenQuote[id].last = q; seenQuote[id].first.classList.add("quote-continues"); }
    else { seenQuote[id] = {first: q, last: q}; }
  });

  var KEY = "site_builder.highlights";
  var saved = {};
  try { saved = JSON.parse(localStorage.getItem(KEY) || "{}"); } catch (err) { saved = {}; }
  document.querySelectorAll("input[data-highlight]").forEach(function (box) {
    var what = box.dataset.highlight;
    if (saved[what] === false) box.checked = false;
    function apply() {
      document.querySelectorAll(".body").forEach(function (b) { b.classList.toggle("hide-" + what, !box.checked); });
    }
    box.addEventListener("change", function () {
      saved[what] = box.checked;
      try { localStorage.setItem(KEY, JSON.stringify(saved)); } catch (err) { /* file:// may refuse storage */ }
      apply();
    });
    apply();
  });
})();
