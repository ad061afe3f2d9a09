// KS-mottak's drop target: files, or a folder (the .json files in it, as intake reads a folder: not its
// subfolders), dropped anywhere on the
// page go to the app as picked files do. Only in desk.js (its --post-js), which the page runs at #/mottak
// alone (leaving that address loads app.js): the municipalities' page has no use for it.
(() => {
  const isJson = (name) => /\.json$/i.test(name);
  const hasFiles = (e) => e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  // What was dropped: the entries are taken at once, while the drop's items are still valid.
  async function dropped(dataTransfer) {
    const entries = [...dataTransfer.items].map((item) => item.webkitGetAsEntry && item.webkitGetAsEntry()).filter(Boolean);
    if (!entries.length) return [...dataTransfer.files];
    const out = [];
    // A file that cannot be opened still goes to the app, which lists it as unreadable.
    const fileOf = (entry) => new Promise((resolve) => entry.file(resolve,
      () => resolve({ name: entry.name, size: 0, slice() { throw new Error('unreadable'); } })));
    for (const entry of entries) {
      if (entry.isFile) {
        out.push(await fileOf(entry));
      } else if (entry.isDirectory) {
        const reader = entry.createReader();
        for (;;) {  // readEntries gives a folder's entries in batches, until an empty one
          const batch = await new Promise((resolve) => reader.readEntries(resolve, () => resolve([])));
          if (!batch.length) break;
          for (const e of batch) if (e.isFile && isJson(e.name)) out.push(await fileOf(e));
        }
      }
    }
    return out;
  }
  document.addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  document.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    dropped(e.dataTransfer).then((list) => { if (list.length) LN.giveFiles(list); });
  });
})();
