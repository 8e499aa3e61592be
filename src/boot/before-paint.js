// Inlined into <head> by the prerender step (scripts/prerender.mjs) and allowed by its hash
// in the Content-Security-Policy (public/_headers): it runs before the first paint, so it
// must stay tiny. Changing it changes its hash: the build then fails until _headers and
// docs/deployment.md list the new one. The names in capitals and isHeldLink come from
// page-contract.js, which the build puts ahead of this script (it cannot import).
(function (root) {
  // The reader's remembered theme (src/lib/theme.ts), applied before anything is painted.
  try {
    var theme = localStorage.getItem('hstf-theme');
    if (theme === 'light' || theme === 'dark') root.classList.add(theme);
  } catch {
    // Storage disabled: the system setting applies.
  }
  // Any query means a view other than the prerendered default: hide it until the app has
  // drawn that view (linked-view.ts). An embed hides the whole page, whose frame differs.
  var query = location.search;
  if (query.length > 1) root.setAttribute(LINKED_VIEW_ATTRIBUTE, /[?&]embed=/.test(query) ? 'embed' : 'view');
  // The app's entry script (its address is in the <meta name="hstf-entry"> just before this
  // script, written by the build) is requested only once the first contentful paint is
  // reported: Lighthouse counts a script of high priority requested before the first paint as
  // needed for it (README, Performance). After 2 s if no report comes (privacy settings
  // can turn the reports off); at once in a tab that is not shown, which paints nothing; after
  // a frame for an embed, which shows nothing before the app draws it.
  var started = false;
  function start() {
    if (started) return;
    started = true;
    // The first use of Intl in a page loads the browser's locale data (ICU): one task of 75–105
    // ms with the CPU slowed 4×, paid once per browser process. The app's first render formats
    // numbers and dates (src/lib/format.ts), so public/warm-intl.js, a worker, pays it on
    // another thread while the app's code downloads, for the interface's two locales
    // (src/i18n/*/format.ts), then closes itself. It formats nothing the reader sees.
    try {
      new Worker('warm-intl.js');
    } catch {
      // No workers: the app's first render pays it instead.
    }
    var entry = document.querySelector('meta[name="hstf-entry"]');
    if (!entry) return;
    var script = document.createElement('script');
    script.type = 'module';
    script.src = entry.content;
    document.head.appendChild(script);
  }
  if (document.visibilityState === 'hidden') {
    start();
  } else if (root.getAttribute(LINKED_VIEW_ATTRIBUTE) === 'embed') {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  } else {
    try {
      new PerformanceObserver(function (list) {
        if (list.getEntriesByName('first-contentful-paint')[0]) start();
      }).observe({ type: 'paint', buffered: true });
    } catch {
      // No paint reports: the fallback below starts the app.
    }
    setTimeout(start, 2000);
  }
  // A button or link pressed on the prerendered page before the app has started is noted, to
  // be answered once it has (early-clicks.ts takes the list over). On a linked view, a link
  // to another view of this page is held (isHeldLink).
  var clicks = [];
  var held = null;
  function note(event) {
    clicks.push(event);
    var link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (link && isHeldLink(event, link)) {
      event.preventDefault();
      held = link;
    }
  }
  function stop() {
    document.removeEventListener('click', note, true);
    held = null;
  }
  document.addEventListener('click', note, true);
  root[EARLY_CLICKS_PROPERTY] = { events: clicks, stop: stop };
  // A script of the app that cannot load (offline, or a deploy replaced its files) must not
  // leave the page hidden: show the default view and the line saying the dashboard could not
  // start (page-marks.ts; main.ts does the same when the app's code fails later).
  // A link held before the entry script could run is followed after all.
  addEventListener(
    'error',
    function (event) {
      if (event.target instanceof HTMLScriptElement) {
        root.removeAttribute(LINKED_VIEW_ATTRIBUTE);
        root.setAttribute(START_FAILED_ATTRIBUTE, '');
        var link = held;
        stop();
        if (link) location.assign(link.href);
      }
    },
    true,
  );
})(document.documentElement);
