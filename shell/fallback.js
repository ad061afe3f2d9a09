// Shown when the app cannot run here (no WebAssembly, no WebGL2, or it failed to load): says so plainly
// and still answers the first question, what it costs. The fee table's texts are made from core at build
// time (fallback.json, web/fallback_page.cpp), so nothing here formats a number.
'use strict';
window.LNFallback = {
  async show(reason, detail, language) {
    const en = language === 'en';
    const main = document.getElementById('fallback');
    const why = {
      wasm: en ? 'This browser cannot run WebAssembly, which the app needs.'
               : 'Denne nettleseren kan ikke kjøre WebAssembly, som appen trenger.',
      webgl2: en ? 'This browser or device does not offer WebGL2, which the app draws with.'
                 : 'Denne nettleseren eller enheten har ikke WebGL2, som appen tegner med.',
      load: en ? 'The app could not be loaded. Check the connection and reload the page.'
               : 'Appen kunne ikke lastes. Sjekk nettforbindelsen og last inn siden på nytt.',
      abort: en ? 'The app stopped because of an error. Reload the page to try again.'
                : 'Appen stoppet på grunn av en feil. Last inn siden på nytt for å prøve igjen.',
      data: en ? 'The app’s built-in data is damaged.' : 'Appens innebygde data er skadet.',
    }[reason] || (en ? 'The app cannot run here.' : 'Appen kan ikke kjøre her.');
    const el = (tag, text) => { const e = document.createElement(tag); if (text) e.textContent = text; return e; };

    main.replaceChildren(el('h1', en ? 'Learning network on business development' : 'Læringsnettverk næringsutvikling'),
                         el('p', why));
    if (detail) console.warn('app unavailable:', reason, detail);
    main.hidden = false;
    document.getElementById('live').textContent = why;
    try {
      const t = (await (await fetch('fallback.json')).json())[en ? 'en' : 'nb'];
      main.append(el('h2', t.fee_heading), el('p', t.basis));
      const table = el('table');
      const head = table.createTHead().insertRow();
      for (const h of t.headers) head.append(el('th', h));
      const body = table.createTBody();
      for (const [range, fee] of t.rows) body.insertRow().append(el('td', range), el('td', fee));
      main.append(table, el('p', t.own_costs), el('p', t.contact));
    } catch (e) {
      main.append(el('p', en ? 'The fee table could not be loaded either.' : 'Avgiftstabellen kunne heller ikke lastes.'));
    }
  },
};
