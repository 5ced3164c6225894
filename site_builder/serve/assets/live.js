/* site_builder live preview: reload on rebuild, swap CSS, show build errors.
 * Injected by `python -m site_builder serve` into served HTML only; built files never contain it.
 * Everything shown in the overlay is set with textContent: no HTML from the server is parsed. */
(function () {
  "use strict";
  if (window.__siteBuilderLive) return;
  window.__siteBuilderLive = true;

  var me = document.currentScript;
  var pageBuild = me ? parseInt(me.getAttribute("data-build") || "-1", 10) : -1;
  var pageSession = me ? me.getAttribute("data-session") || "" : "";
  var OVERLAY_ID = "__site_builder_live_overlay";
  var SCROLL_KEY = "__site_builder_live_scroll:" + location.pathname;
  var live = (window.__siteBuilderLiveState = { build: pageBuild, events: [], connected: false });

  // restore the scroll position a live reload interrupted
  try {
    var saved = sessionStorage.getItem(SCROLL_KEY);
    if (saved !== null) {
      sessionStorage.removeItem(SCROLL_KEY);
      var xy = JSON.parse(saved);
      window.addEventListener("load", function () { window.scrollTo(xy[0], xy[1]); });
    }
  } catch (e) { /* private mode etc. */ }

  function reload() {
    try { sessionStorage.setItem(SCROLL_KEY, JSON.stringify([window.scrollX, window.scrollY])); } catch (e) {}
    location.reload();
  }

  function el(tag, style, text) {
    var node = document.createElement(tag);
    if (style) node.setAttribute("style", style);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function removeOverlay() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) old.parentNode.removeChild(old);
  }

  function showOverlay(data) {
    removeOverlay();
    var box = el("div",
      "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.94);" +
      "color:#f4f4f4;font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:24px 32px;");
    box.id = OVERLAY_ID;
    box.setAttribute("role", "alertdialog");
    var close = el("button", "float:right;font:inherit;background:#444;color:#fff;border:0;padding:4px 10px;cursor:pointer", "×");
    close.setAttribute("aria-label", "Hide (the error stays until the file is fixed)");
    close.onclick = removeOverlay;
    box.appendChild(close);
    box.appendChild(el("h1", "font-size:18px;color:#ff6b6b;margin:0 0 4px", data.title || "Build failed"));
    box.appendChild(el("p", "margin:0 0 16px;color:#aaa",
      "The last good version of the site is still being served. Fix the file and save: this page updates by itself."));
    (data.problems || []).forEach(function (p) {
      var section = el("section", "margin:0 0 20px;border-left:3px solid #ff6b6b;padding-left:12px");
      section.className = "problem";
      var where = (p.file || "") + (p.line ? ":" + p.line : "");
      section.appendChild(el("div", "color:#7fd1ff;font-weight:bold", where)).className = "where";
      section.appendChild(el("div", "margin:4px 0;white-space:pre-wrap", p.message)).className = "message";
      if (p.hint) section.appendChild(el("div", "color:#ccc;white-space:pre-wrap;font-style:italic", p.hint)).className = "hint";
      if (p.excerpt && p.excerpt.length) {
        var pre = el("pre", "background:#000;padding:8px;margin:8px 0 0;overflow:auto");
        pre.className = "excerpt";
        p.excerpt.forEach(function (row) {
          var line = el("div", row.current ? "background:#5a1d1d" : "");
          line.appendChild(el("span", "display:inline-block;min-width:4em;color:#888;user-select:none",
            (row.current ? "> " : "  ") + row.number));
          line.appendChild(el("span", "white-space:pre", row.text));
          pre.appendChild(line);
        });
        section.appendChild(pre);
      }
      box.appendChild(section);
    });
    (document.body || document.documentElement).appendChild(box);
  }

  function swapCss(paths) {
    var links = document.querySelectorAll('link[rel~="stylesheet"]');
    var swapped = 0;
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.href, location.href);
      if (url.origin !== location.origin) return;
      var path = url.pathname.replace(/^\//, "");
      if (paths && paths.length && !paths.some(function (p) { return path === p || path.slice(-p.length - 1) === "/" + p; })) return;
      url.searchParams.set("__live", String(Date.now()));
      var fresh = link.cloneNode();
      fresh.href = url.toString();
      fresh.onload = fresh.onerror = function () { if (link.parentNode) link.parentNode.removeChild(link); };
      link.parentNode.insertBefore(fresh, link.nextSibling);
      swapped++;
    });
    return swapped;
  }

  function parse(ev) { try { return JSON.parse(ev.data); } catch (e) { return {}; } }

  function connect() {
    var source = new EventSource("/__live/events");
    source.addEventListener("open", function () { live.connected = true; });
    source.addEventListener("hello", function (ev) {
      var data = parse(ev);
      live.events.push("hello");
      if ((pageSession && data.session && data.session !== pageSession) ||
          (pageBuild >= 0 && typeof data.build === "number" && data.build !== pageBuild)) {
        reload();  // this page was served before the latest build (or by another server run)
        return;
      }
      if (data.error) showOverlay(data.error); else removeOverlay();
    });
    source.addEventListener("reload", function () { live.events.push("reload"); reload(); });
    source.addEventListener("css", function (ev) {
      var data = parse(ev);
      live.events.push("css");
      live.build = data.build;
      removeOverlay();
      if (!swapCss(data.paths)) reload();
    });
    source.addEventListener("error", function (ev) {
      if (!ev.data) { live.connected = false; return; }  // a connection error, not our event; EventSource retries
      live.events.push("error");
      showOverlay(parse(ev));
    });
    source.addEventListener("clear", function () { live.events.push("clear"); removeOverlay(); });
  }

  if (window.EventSource) connect();
})();
