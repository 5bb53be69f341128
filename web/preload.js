// Starts downloading the cube of the analysis the address names while the WebAssembly
// compiles, instead of after it starts: on a slow school network this overlaps the two largest
// downloads. The home page (no query) downloads no cube. The rule is the app's own
// (web/src/model/catalog.rs, route_of): `a=<id>` opens that analysis, any other query opens
// hzz4l. The loader's plain fetch() (same origin, credentials "same-origin") reuses this preload.
(function () {
  var query = window.location.search.replace(/^\?/, '');
  if (!query) return;
  var id = 'hzz4l';
  var parts = query.split('&');
  for (var i = 0; i < parts.length; i++) {
    if (parts[i].indexOf('a=') === 0) id = parts[i].slice(2);
  }
  if (!/^[A-Za-z0-9_-]+$/.test(id)) return;
  var link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = 'assets/cubes/' + id + '.cube';
  document.head.appendChild(link);
})();
