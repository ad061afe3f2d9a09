// Shown when the app cannot run here (no WebAssembly, no WebGL2, or it failed to load): says so plainly
// over the start view the build rendered (web/prerender.cpp), whose fee table still answers the first
// question, what it costs.
'use strict';
window.LNFallback = {
  show(reason, detail, language) {
    const TEXTS = {
      nb: {
        wasm: 'Denne nettleseren kan ikke kjøre WebAssembly, som kalkulatoren, påmeldingen og arbeidsboka trenger. Avgiftene står i tabellen.',
        webgl2: 'Denne nettleseren eller enheten har ikke WebGL2, som appen tegner med. Avgiftene står i tabellen.',
        load: 'Appen kunne ikke lastes. Sjekk nettforbindelsen og last inn siden på nytt. Avgiftene står i tabellen.',
        abort: 'Appen stoppet på grunn av en feil. Last inn siden på nytt for å prøve igjen.',
        data: 'Appens innebygde data er skadet.',
        other: 'Appen kan ikke kjøre her. Avgiftene står i tabellen.',
      },
      nn: {
        wasm: 'Denne nettlesaren kan ikkje køyre WebAssembly, som kalkulatoren, påmeldinga og arbeidsboka treng. Avgiftene står i tabellen.',
        webgl2: 'Denne nettlesaren eller eininga har ikkje WebGL2, som appen teiknar med. Avgiftene står i tabellen.',
        load: 'Appen kunne ikkje lastast. Sjekk nettsambandet og last inn sida på nytt. Avgiftene står i tabellen.',
        abort: 'Appen stoppa på grunn av ein feil. Last inn sida på nytt for å prøve igjen.',
        data: 'Dei innebygde dataa i appen er skadde.',
        other: 'Appen kan ikkje køyre her. Avgiftene står i tabellen.',
      },
      en: {
        wasm: 'This browser cannot run WebAssembly, which the calculator, the sign-up and the case book need. The fees are in the table.',
        webgl2: 'This browser or device does not offer WebGL2, which the app draws with. The fees are in the table.',
        load: 'The app could not be loaded. Check the connection and reload the page. The fees are in the table.',
        abort: 'The app stopped because of an error. Reload the page to try again.',
        data: 'The app’s built-in data is damaged.',
        other: 'The app cannot run here. The fees are in the table.',
      },
    };
    const t = TEXTS[language] || TEXTS.nb;
    const why = t[reason] || t.other;
    if (detail) console.warn('app unavailable:', reason, detail);
    const box = document.getElementById('fallback');
    box.textContent = why;
    box.hidden = false;
    document.getElementById('live').textContent = why;
  },
};
