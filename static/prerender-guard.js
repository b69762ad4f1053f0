// Runs before the page is first painted (a classic script in index.html's head). index.html
// holds the first screen prerendered at build time (src/ui/prerender.rs): the example, in
// English. This decides, as the app will (State::restore, App), whether this visit opens that
// same screen; when it doesn't (an iframe embed, a link or saved work that isn't the example,
// another language, work kept aside), it hides the copy and the app draws its own. It also applies the
// remembered theme before the first paint, as the app's theme picker would after it.
// The storage keys are src/ui/browser.rs's; the languages, Lang::ALL (tests/ssr.rs checks both).
(() => {
  'use strict';
  const html = document.documentElement;
  const stored = (key) => {
    try { return localStorage.getItem(key); } catch { return null; } // storage may be off
  };
  const theme = stored('audio-cost.theme');
  if (theme === 'light' || theme === 'dark') html.dataset.theme = theme;
  const first = document.querySelector('meta[name="audio-cost-first-screen"]');
  if (!first) return;
  // The first supported language of the remembered one, then the browser's (Lang::from_code).
  const supported = (code) => {
    const primary = String(code).split(/[-_]/)[0].toLowerCase();
    return ['en', 'es'].includes(primary) ? primary : null;
  };
  const language = () => [stored('audio-cost.language'), ...(navigator.languages || [navigator.language])]
    .filter((code) => code).map(supported).find((code) => code) || 'en';
  // A link wins over saved work; either carries its own language.
  const link = location.hash.slice(1).trim();
  const opens = link !== '' ? link : stored('audio-cost.scenario');
  const same = opens !== null ? opens === first.content : language() === 'en';
  // Work kept aside (a link replaced it) adds a notice above the quote that the copy lacks;
  // so does saved work that a link is about to replace.
  const asideNotice = stored('audio-cost.previous') !== null
    || (link !== '' && stored('audio-cost.scenario') !== null && stored('audio-cost.scenario') !== link);
  if (new URLSearchParams(location.search).has('embed') || !same || asideNotice) {
    html.classList.add('ac-no-prerender');
  }
})();
