// Loads Intl's locale data on another thread; see scripts/before-paint.js.
['en-US', 'es-419'].forEach(function (locale) {
  new Intl.NumberFormat(locale).format(1.5);
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
  new Intl.PluralRules(locale).select(2);
  new Intl.Collator(locale).compare('a', 'b');
});
close();
