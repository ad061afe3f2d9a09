// Shown when the app cannot run here (no WebAssembly, no WebGL2, or it failed to load): says so plainly
// over the start view the build rendered (web/prerender.cpp), whose fee table still answers the first
// question, what it costs.
'use strict';
window.LNFallback = {
  show(reason, detail, language) {
    const en = language === 'en';
    const why = {
      wasm: en ? 'This browser cannot run WebAssembly, which the calculator, the sign-up and the case book need. The fees are in the table.'
               : 'Denne nettleseren kan ikke kjøre WebAssembly, som kalkulatoren, påmeldingen og arbeidsboka trenger. Avgiftene står i tabellen.',
      webgl2: en ? 'This browser or device does not offer WebGL2, which the app draws with. The fees are in the table.'
                 : 'Denne nettleseren eller enheten har ikke WebGL2, som appen tegner med. Avgiftene står i tabellen.',
      load: en ? 'The app could not be loaded. Check the connection and reload the page. The fees are in the table.'
               : 'Appen kunne ikke lastes. Sjekk nettforbindelsen og last inn siden på nytt. Avgiftene står i tabellen.',
      abort: en ? 'The app stopped because of an error. Reload the page to try again.'
                : 'Appen stoppet på grunn av en feil. Last inn siden på nytt for å prøve igjen.',
      data: en ? 'The app’s built-in data is damaged.' : 'Appens innebygde data er skadet.',
    }[reason] || (en ? 'The app cannot run here. The fees are in the table.' : 'Appen kan ikke kjøre her. Avgiftene står i tabellen.');
    if (detail) console.warn('app unavailable:', reason, detail);
    const box = document.getElementById('fallback');
    box.textContent = why;
    box.hidden = false;
    document.getElementById('live').textContent = why;
  },
};
