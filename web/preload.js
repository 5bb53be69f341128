// Paints the page's first view before the app runs — the picture of the analysis's first plot,
// or the home page as the app draws it — and then starts the downloads the app will need alongside the
// WebAssembly's, instead of after the app starts: on a slow school network this overlaps the
// largest downloads with each other (the end of this file). A file rather than an inline
// script, so a strict Content-Security-Policy holds. In the head: it is fetched alongside the
// style sheet, which holds the first paint anyway, so what it shows is there in that paint. The app's own plain
// fetch() of the same address (same origin, credentials "same-origin") reuses each preload.
//
// - The cube of the analysis the address names (web/src/model/catalog.rs, route_of): `a=<id>`
//   opens that analysis, any other query hzz4l; the home page (no query but `lang=` and
//   `embed=`), a local file's page (`local=`) and the explanations, glossary and teacher pages
//   download no cube.
// - The language files the page will ask for (web/src/locale.rs, start): the language is `?lang=`,
//   else the first of the browser's languages that the app speaks, else English
//   (crates/i18n, negotiate); for a language other than English its interface and guides, and
//   for the explanations, glossary and teacher pages that page's group in the language and in
//   English (crates/i18n, Group::on_demand).
(function () {
  // Until the first view is set out (showFirstView, below), the page's #app is not painted
  // (style.css): a first paint of the bare "loading" note would be moved down by the picture.
  document.documentElement.classList.add('first-view-pending');
  // This script's tag: the build writes onto it the wasm's address and the analyses it has
  // pictures of (crates/xtask/src/dist.rs).
  var script = document.currentScript;
  var query = window.location.search.replace(/^\?/, '');
  // The route's parameters (without the page-wide `lang` and `embed`, as route_of), raw as
  // route_of reads them, first occurrence first; and `lang`, decoded as URLSearchParams does.
  var route = [];
  var langParam = null;
  var embedParam = null;
  var parts = query.split('&');
  for (var i = 0; i < parts.length; i++) {
    if (!parts[i]) continue;
    var eq = parts[i].indexOf('=');
    var name = eq < 0 ? parts[i] : parts[i].slice(0, eq);
    if (name === 'lang') {
      if (langParam === null) {
        try { langParam = decodeURIComponent(parts[i].slice(eq + 1).replace(/\+/g, ' ')); } catch (e) { langParam = ''; }
      }
    } else if (name === 'embed') {
      if (embedParam === null) embedParam = parts[i].slice(eq + 1);
    } else {
      route.push(parts[i]);
    }
  }
  var first = function (prefix) {
    for (var k = 0; k < route.length; k++) if (route[k].indexOf(prefix) === 0) return route[k].slice(prefix.length);
    return null;
  };
  // Every download below waits for the first view (the end of this file): on a slow network
  // the picture of the analysis's first plot, a few kilobytes, must not queue behind them.
  var downloads = [];
  var preload = function (href) { downloads.push(href); };
  var startDownload = function (href) {
    var link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.appendChild(link);
  };

  // A cube file opened from the computer (`local=<name>`, model/local_cube.rs) is read from
  // the disk, never downloaded: no cube and no page texts to preload.
  var local = !!first('local=');
  var page = local ? null : first('page=');
  var onDemand = page === 'explain' || page === 'glossary' ? 'explain' : page === 'teachers' || page === 'worksheet' ? 'teacher' : null;
  var plain = function (id) { return id !== null && /^[A-Za-z0-9_-]+$/.test(id); };
  var previewId = null;
  if (embedParam === '1') {
    // Embedded (web/src/ui/embed.rs): always one analysis, hzz4l unless the route names another.
    preload('assets/cubes/' + (!onDemand && plain(first('a=')) ? first('a=') : 'hzz4l') + '.cube');
    onDemand = null;
  } else if (route.length && (!onDemand || page === 'worksheet') && !local) {
    // A worksheet is written from its analysis's cube, as well as from the teacher page's texts.
    var id = first('a=');
    if (id === null) id = 'hzz4l';
    if (plain(id)) preload('assets/cubes/' + id + '.cube');
    // The analysis page itself (not a worksheet, not a mystery sample, whose data are not the
    // recorded ones the picture shows) gets the picture of its first plot, if the build made one
    // (`data-first-views`, crates/xtask/src/dist.rs; an analysis of one's own has none).
    var pictures = script && script.getAttribute('data-first-views');
    // Without the list (a page the build did not finish) any analysis may have one.
    var pictured = typeof pictures !== 'string' || pictures.split(' ').indexOf(id) >= 0;
    if (plain(id) && pictured && !page && first('mystery=') === null) previewId = id;
  }

  var spoken = ['en', 'es', 'fr', 'pt', 'it', 'de'];
  var primary = function (tag) {
    var code = String(tag).trim().split(/[-_]/)[0].toLowerCase();
    return spoken.indexOf(code) >= 0 ? code : null;
  };
  var lang = langParam !== null ? primary(langParam) : null;
  var browser = navigator.languages || [navigator.language];
  for (var j = 0; !lang && j < browser.length; j++) lang = primary(browser[j]);
  lang = lang || 'en';
  if (lang !== 'en') {
    preload('i18n/' + lang + '/ui.ftl');
    preload('i18n/' + lang + '/guides.ftl');
  }
  if (onDemand) {
    preload('i18n/' + lang + '/' + onDemand + '.ftl');
    if (lang !== 'en') preload('i18n/en/' + onDemand + '.ftl');
  }

  // The catalog (a few hundred bytes): on the home page the app mounts once it has it
  // (web/src/ui/mod.rs), so the cards are in its first render; an analysis reads its cube's
  // size from it.
  if (embedParam !== '1') preload('assets/cubes/catalog.json');

  // The first view, painted before the app runs. The build (crates/xtask/src/dist.rs) wrote
  // into the page, hidden, the "loading" note in every language and the home page as the app
  // draws it, in every language (assets/first-view/home.<lang>.html); the page language's are
  // shown (a page Trunk served without the build's finishing has the English note only). An
  // analysis page gets the picture of its first plot as the app draws it
  // (assets/first-view/<id>.<lang>.svg, made by `cargo xtask first-views`) above the note: on
  // a slow network the page shows the plot the student is about to use within a round trip or
  // two, instead of after the WebAssembly and the cube. The app keeps the same picture while
  // its cube downloads (web/src/ui/app.rs, LoadingProgress) and replaces both with the live
  // plots. A decorative picture (empty alt): the note beside it is what a screen reader needs;
  // an analysis without one (not bundled) loses it on the failed request.
  //
  // Then the app: the WebAssembly (its address from the build: dist.rs, wasm_after_first_view),
  // the catalog, the cube and the language files start downloading once the picture or the home
  // page is painted — at once on other pages, if the picture fails, or after two seconds
  // whatever happens — and the bootstrap, which awaits `window.histanalyserStart`, starts the
  // app then.
  var wasm = script && script.getAttribute('data-wasm');
  if (wasm) downloads.unshift(wasm);
  var started = false;
  var allowStart;
  window.histanalyserStart = new Promise(function (resolve) { allowStart = resolve; });
  var start = function () {
    if (started) return;
    started = true;
    for (var d = 0; d < downloads.length; d++) startDownload(downloads[d]);
    allowStart();
  };

  // Starts the app once `element` is on the screen: where the browser says when it painted an
  // element (Element Timing, in Chromium), on that word, which comes after the frame that shows
  // it (a picture can take more than a frame to be painted after it has loaded); elsewhere
  // after the next frame (for a picture, the next frame after it has loaded).
  var startOncePainted = function (element) {
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (!types || types.indexOf('element') < 0) {
      var afterFrame = function () { requestAnimationFrame(function () { setTimeout(start, 0); }); };
      if (element.tagName === 'IMG') element.onload = afterFrame;
      else afterFrame();
      return;
    }
    var watcher = new PerformanceObserver(function (list) {
      var entries = list.getEntries();
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].identifier === 'first-view') {
          watcher.disconnect();
          setTimeout(start, 0);
        }
      }
    });
    watcher.observe({ type: 'element', buffered: true });
    element.setAttribute('elementtiming', 'first-view');
  };
  var showFirstView = function () {
    document.documentElement.classList.remove('first-view-pending');
    var notes = document.querySelectorAll('[data-first-view="loading"]');
    var noteLang = document.querySelector('[data-first-view="loading"][lang="' + lang + '"]') ? lang : 'en';
    for (var n = 0; n < notes.length; n++) notes[n].hidden = notes[n].lang !== noteLang;
    var home = !route.length && embedParam !== '1' && document.querySelector('[data-first-view="home"][lang="' + lang + '"]');
    if (home) {
      home.hidden = false;
      startOncePainted(home.querySelector('h1') || home);
      setTimeout(start, 2000);
      return;
    }
    var status = previewId && document.getElementById('app');
    status = status && status.querySelector('.loading');
    if (!status) {
      start();
      return;
    }
    var picture = document.createElement('img');
    picture.className = 'first-view';
    picture.alt = '';
    picture.setAttribute('data-testid', 'first-view');
    startOncePainted(picture);
    picture.onerror = function () { picture.remove(); start(); };
    setTimeout(start, 2000);
    picture.src = 'assets/first-view/' + previewId + '.' + lang + '.svg';
    status.insertBefore(picture, status.firstChild);
  };
  // This script runs in the page's head, before the body exists; the body is parsed in one go
  // (a few kilobytes), and "interactive" comes before the first paint and before any module
  // script (the bootstrap) runs.
  if (document.readyState === 'loading') {
    document.addEventListener('readystatechange', function once() {
      document.removeEventListener('readystatechange', once);
      showFirstView();
    });
  } else {
    showFirstView();
  }
})();
