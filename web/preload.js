// Starts the downloads the app will need while the WebAssembly compiles, instead of after it
// starts: on a slow school network this overlaps the largest downloads with each other. A file
// rather than an inline script, so a strict Content-Security-Policy holds. The app's own plain
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
  var preload = function (href) {
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
  if (embedParam === '1') {
    // Embedded (web/src/ui/embed.rs): always one analysis, hzz4l unless the route names another.
    preload('assets/cubes/' + (!onDemand && plain(first('a=')) ? first('a=') : 'hzz4l') + '.cube');
    onDemand = null;
  } else if (route.length && (!onDemand || page === 'worksheet') && !local) {
    // A worksheet is written from its analysis's cube, as well as from the teacher page's texts.
    var id = first('a=');
    if (id === null) id = 'hzz4l';
    if (plain(id)) preload('assets/cubes/' + id + '.cube');
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
})();
