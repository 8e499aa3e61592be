// Inlined into <head> by the prerender step (scripts/prerender.mjs) and allowed by its hash
// in the Content-Security-Policy (public/_headers): it runs before the first paint, so it
// must stay tiny. Changing it changes its hash: the build then fails until _headers and
// docs/deployment.md list the new one.
(function (root) {
  // The reader's remembered theme (src/lib/theme.ts), applied before anything is painted.
  try {
    var theme = localStorage.getItem('hstf-theme');
    if (theme === 'light' || theme === 'dark') root.classList.add(theme);
  } catch {
    // Storage disabled: the system setting applies.
  }
  // Any query means a view other than the prerendered default: hide it until the app has
  // drawn that view (src/app/linked-view.ts). An embed hides the whole page, whose frame differs.
  var query = location.search;
  if (query.length > 1) root.setAttribute('data-linked-view', /[?&]embed=/.test(query) ? 'embed' : 'view');
  // The first use of Intl in a page loads the browser's locale data (ICU): one task of 75–105
  // ms with the CPU slowed 4×, paid once per browser process. The app's first render formats
  // numbers and dates (src/lib/format.ts), so public/warm-intl.js, a worker, pays it on another
  // thread while the page parses, for the interface's two locales (src/i18n/*/format.ts), then
  // closes itself. It formats nothing the reader sees.
  try {
    new Worker('warm-intl.js');
  } catch {
    // No workers: the app's first render pays it instead.
  }
  // A script of the app that cannot load (offline, or a deploy replaced its files) must not
  // leave the page hidden: show the default view and the line saying the dashboard could not
  // start (src/app/page-marks.ts; main.tsx does the same when the app's code fails later).
  addEventListener(
    'error',
    function (event) {
      if (event.target instanceof HTMLScriptElement) {
        root.removeAttribute('data-linked-view');
        root.setAttribute('data-start-failed', '');
      }
    },
    true,
  );
})(document.documentElement);
