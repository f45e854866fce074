/* Wegwijzer chat widget: <script src="https://HOST/widget.js" defer></script>
 * Options on that tag: data-api, data-title, data-color, data-aanspreekvorm ("u"/"je"),
 * data-open="true", data-mount (CSS selector). Plain JS, no build step. Server and user
 * text go in as text only, links via DOM APIs, styles in a shadow root. */
(function () {
  "use strict";
  var me = document.currentScript || document.querySelector('script[src*="widget.js"]');
  if (!me || window.__wegwijzer) return;
  window.__wegwijzer = true;

  var d = me.dataset;
  var base = (d.api || new URL(me.src, location.href).origin).replace(/\/+$/, "");
  var title = d.title || "Wegwijzer";
  var je = (d.aanspreekvorm || "").toLowerCase() === "je";
  var KEY = "wegwijzer:" + base;
  var MAX_ITEMS = 60;
  var T = {
    label: je ? "Je vraag" : "Uw vraag",
    hello: je ? "Hoi! Welkom bij de Wegwijzer. Waar kan ik je mee helpen? Typ je vraag hieronder."
              : "Welkom bij de Wegwijzer. Waar kan ik u mee helpen? Typ uw vraag hieronder.",
    note: "Dit is een computerprogramma. Typ geen naam, adres of BSN.",
    error: "Sorry, het lukt nu niet om een antwoord te krijgen. Probeer het later nog eens.",
    useful: "Was dit antwoord nuttig?",
    thanks: "Dank u wel voor uw reactie.",
    example: "Bijvoorbeeld:",
    crisis: "Belangrijk",
    about: "Hoe werkt dit?"
  };
  var STYLE = [
    ":host{all:initial;display:block}",
    ":host([data-inline]){height:100%}",
    "*{box-sizing:border-box}",
    ".w{font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1a1a1a;height:100%}",
    "[hidden]{display:none!important}",
    ".sr{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}",
    "button,input{font:inherit;color:inherit}",
    "button{cursor:pointer}",
    ":focus-visible{outline:3px solid var(--ink);outline-offset:2px}",
    ".launcher{position:fixed;right:16px;bottom:16px;z-index:2147483000;display:flex;align-items:center;gap:8px;min-height:48px;padding:10px 20px;border:0;border-radius:999px;background:var(--accent);color:var(--on);font-weight:700;box-shadow:0 2px 10px rgba(0,0,0,.35)}",
    ".launcher:focus-visible{box-shadow:0 0 0 3px #fff}",
    ".launcher svg{width:24px;height:24px;fill:currentColor}",
    ".panel{position:fixed;right:16px;bottom:16px;z-index:2147483000;width:min(420px,calc(100vw - 32px));height:min(660px,calc(100vh - 32px));display:flex;flex-direction:column;background:#fff;border:1px solid #767676;border-radius:12px;box-shadow:0 4px 24px rgba(0,0,0,.3);overflow:hidden}",
    ".inline .panel{position:relative;right:auto;bottom:auto;z-index:auto;width:100%;height:100%;min-height:20rem;box-shadow:none}",
    "@media (max-width:480px),(max-height:520px){.w:not(.inline) .panel{right:0;bottom:0;width:100vw;height:100vh;height:100dvh;border-radius:0;border:0}}",
    ".head{display:flex;flex-wrap:wrap;align-items:center;gap:6px 8px;padding:8px 12px;border-bottom:4px solid var(--accent)}",
    "h2{flex:1 1 auto;margin:0 auto 0 0;font-size:1.125rem;line-height:1.3}",
    ".tool{min-height:40px;padding:4px 10px;border:2px solid #595959;border-radius:8px;background:#fff;font-size:.875rem}",
    ".log{position:relative;flex:1 1 auto;min-height:6rem;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:12px}",
    ".msg{max-width:92%;padding:10px 14px;border-radius:14px;overflow-wrap:anywhere}",
    ".msg p{margin:0 0 .6em}.msg p:last-child{margin-bottom:0}",
    ".msg a{color:inherit;text-decoration:underline;text-underline-offset:2px}",
    ".bot{align-self:flex-start;background:#f1f1f1}",
    ".user{align-self:flex-end;background:var(--accent);color:var(--on)}",
    ".crisis{background:#fff;border:4px solid #b3001b;font-size:1.0625rem}",
    ".crisis strong{display:block;color:#a30018;margin-bottom:.3em}",
    ".crisis a{color:#a30018;font-weight:700}",
    ".error{align-self:flex-start;background:#fff6dd;border:2px solid #8a6100}",
    ".chips{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px}",
    ".chips span{flex-basis:100%;font-size:.9375rem}",
    ".chip{min-height:44px;padding:6px 14px;border:2px solid var(--ink);border-radius:22px;background:#fff;color:var(--ink);text-align:left}",
    ".chip:hover,.tool:hover,.send:hover,.launcher:hover{text-decoration:underline}",
    ".fb{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-top:10px;font-size:.9375rem}",
    ".fb .chip{min-width:64px;text-align:center}",
    ".thanks{margin-top:8px!important;font-style:italic}",
    ".typing{align-self:flex-start;display:flex;gap:5px;padding:14px;margin:0 12px 8px;border-radius:14px;background:#f1f1f1}",
    ".typing i{width:8px;height:8px;border-radius:50%;background:#555;animation:ww 1.2s infinite ease-in-out}",
    ".typing i:nth-child(2){animation-delay:.2s}.typing i:nth-child(3){animation-delay:.4s}",
    "@keyframes ww{0%,80%,100%{opacity:.25}40%{opacity:1}}",
    "form{padding:10px 12px 12px;border-top:1px solid #c4c4c4}",
    "label{display:block;font-weight:700;margin-bottom:4px}",
    ".row{display:flex;gap:8px}",
    "input{flex:1 1 auto;min-width:0;min-height:44px;padding:8px 10px;border:2px solid #595959;border-radius:8px;background:#fff}",
    ".send{min-height:44px;padding:8px 16px;border:0;border-radius:8px;background:var(--accent);color:var(--on);font-weight:700}",
    ".note{margin:6px 0 0;font-size:.875rem;color:#404040}",
    ".note a{color:#404040}",
    ".x{display:none;font-size:1.5rem;line-height:1}",
    // Narrow screens: tighter layout; the close button shows only its cross.
    "@media (max-width:480px){.head{padding:6px 8px;gap:6px}h2{font-size:1rem}.tool{padding:4px 8px}.log{padding:10px 8px}form{padding:8px}",
    ".close{min-width:44px}.close .x{display:block}.close .word{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}}",
    "@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important;scroll-behavior:auto!important}.typing i{opacity:.7}}",
    "@media (forced-colors:active){.launcher,.send,.user,.msg{border:2px solid CanvasText}}"
  ].join("\n");

  /* --- DOM helpers: text only, never HTML --- */
  function el(tag, attrs, kids) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined) return;
      if (k === "text") n.textContent = v;
      else if (k.slice(0, 2) === "on") n.addEventListener(k.slice(2), v);
      else n.setAttribute(k, v);
    });
    (kids || []).forEach(function (c) { if (c) n.appendChild(c); });
    return n;
  }

  // URLs (with or without scheme) and Dutch phone numbers become links.
  var LINKS = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'])|(?<![@\w.\/-])((?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:nl|org|com|eu)(?:\/[^\s<>"]*[^\s<>".,;:!?)\]'])?)(?![\w.-]*@)|(\b0[89]00[- ]?\d{4}(?:\d{3})?\b|\b0\d{1,3}(?:[ -]{1,3}\d{2,4}){1,4}\b|\b0\d{9}\b|\b14 ?0\d{2,3}\b|\b11[23]\b)/gi;

  function phone(text, crisis) {
    var digits = text.replace(/\D/g, "");
    if (/^11[23]$/.test(digits)) return crisis ? digits : null;
    if (/^(0[89]00\d{4}(\d{3})?|0\d{9}|140\d{2,3})$/.test(digits)) return digits;
    return null;
  }

  function newTab(a) {
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    a.appendChild(el("span", { "class": "sr", text: " (opent een nieuw tabblad)" }));
    return a;
  }

  function linked(line, crisis) {
    var frag = document.createDocumentFragment(), last = 0, m;
    LINKS.lastIndex = 0;
    while ((m = LINKS.exec(line))) {
      var href = null;
      if (m[1] || m[2]) {
        try {
          var u = new URL(m[1] || "https://" + m[2]);
          if (u.protocol === "https:" || u.protocol === "http:") href = u.href;
        } catch (e) { href = null; }
      } else {
        var tel = phone(m[3], crisis);
        if (tel) href = "tel:" + tel;
      }
      if (!href) continue;
      frag.appendChild(document.createTextNode(line.slice(last, m.index)));
      var a = el("a", { href: href, text: m[0] });
      if (href.slice(0, 4) === "http") newTab(a);
      frag.appendChild(a);
      last = m.index + m[0].length;
    }
    frag.appendChild(document.createTextNode(line.slice(last)));
    return frag;
  }

  function paragraphs(text, crisis, links) {
    var frag = document.createDocumentFragment();
    String(text).split(/\n\s*\n/).forEach(function (block) {
      // Each paragraph finds its own direction (an Arabic opening, Dutch below).
      var p = el("p", { dir: "auto" });
      block.split("\n").forEach(function (line, i) {
        if (i) p.appendChild(el("br"));
        p.appendChild(links ? linked(line, crisis) : document.createTextNode(line));
      });
      frag.appendChild(p);
    });
    return frag;
  }

  /* --- colours: text on the accent at WCAG AA contrast --- */
  function luminance(rgb) {
    var c = rgb.map(function (v) {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  function colours(host) {
    var accent = "#00507d";
    if (d.color && window.CSS && window.CSS.supports("color", d.color)) accent = d.color;
    host.style.setProperty("color", accent);
    var parts = (getComputedStyle(host).color.match(/[\d.]+/g) || [0, 80, 125]).map(Number);
    host.style.removeProperty("color");
    if (parts.length > 3 && parts[3] < 1) { accent = "#00507d"; parts = [0, 80, 125]; }  // no see-through accents
    var white = 1.05 / (luminance(parts) + 0.05);
    // Black on any colour reaches 4.5:1 whenever white does not.
    host.style.setProperty("--accent", accent);
    host.style.setProperty("--on", white >= 4.5 ? "#fff" : "#000");
    host.style.setProperty("--ink", white >= 4.5 ? accent : "#1a1a1a");
  }

  /* --- conversation state, per tab (sessionStorage) --- */
  function load() {
    try {
      var s = JSON.parse(sessionStorage.getItem(KEY));
      if (s && Array.isArray(s.items)) return s;
    } catch (e) { /* private mode or bad data: start fresh */ }
    return { open: false, items: [], hello: null };
  }
  var state = load();
  function save() {
    state.items = state.items.slice(-MAX_ITEMS);
    try { sessionStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* storage full or off */ }
  }

  function post(path, body) {
    return fetch(base + path, {
      method: "POST", credentials: "omit", referrerPolicy: "no-referrer",
      headers: { "Content-Type": "application/json" }, body: JSON.stringify(body)
    });
  }

  function start() {
    var mount = d.mount ? document.querySelector(d.mount) : null;
    var host = el("div", { "data-wegwijzer": "", "data-inline": mount ? "" : null });
    var root = host.attachShadow({ mode: "open" });
    if (root.adoptedStyleSheets && window.CSSStyleSheet && "replaceSync" in CSSStyleSheet.prototype) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(el("style", { text: STYLE }));
    }
    (mount || document.body).appendChild(host);
    colours(host);

    var busy = false;
    var nodes = new WeakMap();  // item -> its element, to update one message in place
    var named = /wegwijzer/i.test(title) ? "" : "Wegwijzer: ";
    var SVG = "http://www.w3.org/2000/svg", icon = document.createElementNS(SVG, "svg");
    icon.setAttribute("viewBox", "0 0 24 24");
    icon.setAttribute("aria-hidden", "true");
    icon.setAttribute("focusable", "false");
    var path = document.createElementNS(SVG, "path");
    path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z");
    icon.appendChild(path);
    var launcher = el("button", { type: "button", "class": "launcher", "aria-controls": "ww-panel",
      "aria-expanded": "false", onclick: function () { openPanel(true); } },
      [icon, el("span", { "class": "sr", text: "Open de " + named }), el("span", { text: title })]);
    var log = el("div", { "class": "log", role: "log", "aria-live": "polite", "aria-label": "Gesprek", tabindex: "0" });
    var typing = el("div", { "class": "typing", "aria-hidden": "true", hidden: "" }, [el("i"), el("i"), el("i")]);
    var status = el("div", { "class": "sr", role: "status" });
    var input = el("input", { id: "ww-q", type: "text", maxlength: "500", autocomplete: "off",
      enterkeyhint: "send", "aria-describedby": "ww-note" });
    var aboutLink = el("a", { href: base + "/over", text: T.about });
    if (!mount) newTab(aboutLink);
    var form = el("form", { onsubmit: function (e) {
      e.preventDefault();
      var q = input.value.trim();
      if (!q || busy) return;
      input.value = "";
      ask(q);
    } }, [
      el("label", { "for": "ww-q", text: T.label }),
      el("div", { "class": "row" }, [input, el("button", { type: "submit", "class": "send", text: "Verstuur" })]),
      el("p", { id: "ww-note", "class": "note" }, [document.createTextNode(T.note + " "), aboutLink])
    ]);
    var head = el("div", { "class": "head" }, [
      el("h2", { id: "ww-title", text: title }),
      el("button", { type: "button", "class": "tool", text: "Gesprek wissen", onclick: clear }),
      mount ? null : el("button", { type: "button", "class": "tool close", onclick: function () { closePanel(); } },
        [el("span", { "class": "x", "aria-hidden": "true", text: "\u00d7" }), el("span", { "class": "word", text: "Sluiten" })])
    ]);
    var panel = el(mount ? "section" : "div", { id: "ww-panel", "class": "panel",
      role: mount ? null : "dialog", "aria-labelledby": "ww-title", hidden: mount ? null : "" },
      [head, log, typing, status, form]);
    root.appendChild(el("div", { "class": "w" + (mount ? " inline" : "") }, mount ? [panel] : [launcher, panel]));

    panel.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && !mount) { e.preventDefault(); closePanel(); }
    });

    function openPanel(focus) {
      panel.hidden = false;
      launcher.hidden = true;
      launcher.setAttribute("aria-expanded", "true");
      state.open = true;
      save();
      greet();
      if (focus) input.focus();
    }
    function closePanel() {
      panel.hidden = true;
      launcher.hidden = false;
      launcher.setAttribute("aria-expanded", "false");
      state.open = false;
      save();
      launcher.focus();
    }

    function greet() {
      if (state.items.length) return;
      if (state.hello) { push(state.hello); return; }
      var item = { k: "b", text: T.hello, sugg: [] };
      push(item);
      fetch(base + "/api/welcome", { credentials: "omit", referrerPolicy: "no-referrer" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data) return;
          item.text = je || typeof data.welcome !== "string" ? T.hello : data.welcome;
          item.sugg = Array.isArray(data.suggestions) ? data.suggestions.filter(function (s) {
            return typeof s === "string"; }).slice(0, 6) : [];
          state.hello = item;
          var old = nodes.get(item);
          if (old) old.replaceWith(show(item));
        })
        .catch(function () { /* offline or refused: the local greeting stays */ });
    }

    // Choices show as buttons, not also as "- title" lines.
    function noChoiceLines(text, choices) {
      var t = (choices || []).map(function (c) { return "- " + c.title; });
      return String(text).split("\n").filter(function (l) { return t.indexOf(l.trim()) < 0; }).join("\n");
    }

    function chips(label, list, act) {
      var box = el("div", { "class": "chips", role: "group", "aria-label": label || "Kies een onderwerp" });
      if (label) box.appendChild(el("span", { text: label, "aria-hidden": "true" }));
      list.forEach(function (c) {
        box.appendChild(el("button", { type: "button", "class": "chip", text: c.title || c,
          onclick: function () { act(c); } }));
      });
      return box;
    }

    function feedback(item) {
      var box = el("div", { "class": "fb" }, [el("span", { text: T.useful })]);
      [["Ja", true], ["Nee", false]].forEach(function (pair) {
        box.appendChild(el("button", { type: "button", "class": "chip", text: pair[0], onclick: function () {
          item.fb = 2;
          save();
          box.replaceWith(el("p", { "class": "thanks", text: T.thanks }));
          input.focus();
          post("/api/feedback", { service: item.service, useful: pair[1], feedback_token: item.tok })["catch"](function () {});
        } }));
      });
      return box;
    }

    function node(item) {
      if (item.k === "u") {
        return el("div", { "class": "msg user", dir: "auto" }, [el("span", { "class": "sr", text: "U: " }),
          paragraphs(item.text, false, false)]);
      }
      if (item.k === "e") {
        return el("div", { "class": "msg error" }, [paragraphs(item.text, false, false)]);
      }
      var box = el("div", { "class": "msg bot" + (item.crisis ? " crisis" : ""), dir: "auto" }, [
        el("span", { "class": "sr", text: "Wegwijzer: " }),
        item.crisis ? el("strong", { text: T.crisis }) : null,
        paragraphs(noChoiceLines(item.text, item.choices), item.crisis, true)]);
      if (item.sugg && item.sugg.length) box.appendChild(chips(T.example, item.sugg, ask));
      if (item.choices && item.choices.length) box.appendChild(chips("", item.choices, choose));
      if (item.fb === 1) box.appendChild(feedback(item));
      if (item.fb === 2) box.appendChild(el("p", { "class": "thanks", text: T.thanks }));
      return box;
    }

    function show(item) {
      var n = node(item);
      nodes.set(item, n);
      return n;
    }
    function push(item) {
      state.items.push(item);
      save();
      var n = log.appendChild(show(item)), prev = n.previousElementSibling, top = n.offsetTop;
      // Show a reply from its start, with the (short) question above it.
      if (prev && prev.offsetHeight < log.clientHeight / 3) top = prev.offsetTop;
      log.scrollTop = item.k === "u" ? log.scrollHeight : top - 12;
    }
    function render() {
      while (log.firstChild) log.removeChild(log.firstChild);
      state.items.forEach(function (item) { log.appendChild(show(item)); });
      log.scrollTop = log.scrollHeight;
    }
    function clear() {
      state.items = [];
      render();
      greet();
      status.textContent = "Het gesprek is gewist.";
      input.focus();
    }

    function ask(q) { if (!busy) call("/api/ask", { question: q }, q); }
    function choose(c) { if (!busy) call("/api/choose", { service: c.id }, c.title); }

    function call(path, body, shown) {
      push({ k: "u", text: shown });
      busy = true;
      typing.hidden = false;
      status.textContent = "";
      log.scrollTop = log.scrollHeight;
      return post(path, body)
        .then(function (r) {
          return r.json()["catch"](function () { return {}; }).then(function (data) {
            if (r.ok && typeof data.answer === "string") {
              // Only a feedback_token asks "nuttig?": the server counts nothing else.
              return { k: "b", text: data.answer, crisis: !!data.crisis, service: data.service,
                choices: Array.isArray(data.choices) ? data.choices : [],
                tok: data.feedback_token, fb: data.feedback_token ? 1 : 0 };
            }
            return { k: "e", text: typeof data.error === "string" ? data.error : T.error };
          });
        })
        ["catch"](function () { return { k: "e", text: T.error }; })
        .then(function (item) {
          busy = false;
          typing.hidden = true;
          push(item);
        });
    }

    render();
    if (mount || d.open === "true" || state.open) openPanel(false);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
