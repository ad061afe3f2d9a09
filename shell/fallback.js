// Shown when the app cannot run here (no WebAssembly, no WebGL2, or it failed to load): says so plainly
// and still answers the first question, what it costs, from the same program data the app uses.
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
    const kr = (n) => 'kr\u00a0' + String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
    const num = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

    main.replaceChildren(el('h1', en ? 'Learning network on business development' : 'Læringsnettverk næringsutvikling'),
                         el('p', why));
    if (detail) console.warn('app unavailable:', reason, detail);
    main.hidden = false;
    document.getElementById('live').textContent = why;
    try {
      const program = await (await fetch('program.json')).json();
      const brackets = program.fees.brackets;
      main.append(el('h2', en ? 'Participation fee' : 'Deltakeravgift'), el('p', program.fees.basis));
      const table = el('table');
      const head = table.createTHead().insertRow();
      head.append(el('th', en ? 'Inhabitants' : 'Innbyggere'), el('th', en ? 'Fee' : 'Avgift'));
      const body = table.createTBody();
      brackets.forEach((b, i) => {
        const range = b.max == null ? `${num(b.min)} ${en ? 'and more' : 'og mer'}`
                    : i === 0 ? `${en ? 'up to' : 'opp til'} ${num(b.max)}` : `${num(b.min)}–${num(b.max)}`;
        const row = body.insertRow();
        row.append(el('td', range), el('td', kr(b.fee)));
      });
      main.append(table, el('p', program.fees.own_costs));
      const c = program.contact;
      main.append(el('p', `${en ? 'Questions' : 'Spørsmål'}: ${c.name}, ${c.organisation}, ${c.phone}, ${c.email}`));
    } catch (e) {
      main.append(el('p', en ? 'The fee table could not be loaded either.' : 'Avgiftstabellen kunne heller ikke lastes.'));
    }
  },
};
