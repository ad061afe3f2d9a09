// KS-mottak's page side: the file picker for many sign-up files or a folder, and the drop target for files
// or a folder dropped anywhere on the page. A folder gives the .json files in it, not its subfolders', as
// intake reads a folder. Only in desk.js (its --post-js), which the page runs at #/mottak alone (leaving
// that address loads app.js): the municipalities' page has no use for it.
(() => {
  const isJson = (name) => /\.json$/i.test(name);
  // One at a time (LN.giveFile reads and hands over one), so a folder of large files never sits in memory
  // at once; the app says what they did after the last.
  async function giveAll(list) {
    for (let i = 0; i < list.length; i++) await LN.giveFile(list[i], i + 1 < list.length);
  }
  // ShellPort::pick_files: many files, or a folder.
  LN.pickFiles = (folder) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    if (folder) input.webkitdirectory = true;
    else input.accept = '.json,application/json';
    input.addEventListener('change', () => {
      const inFolder = (f) => isJson(f.name) && (f.webkitRelativePath || '').split('/').length === 2;
      const list = [...(input.files || [])].filter((f) => !folder || inFolder(f));
      if (list.length) giveAll(list);
    });
    // Opened just after the click that asked for it, as the import's picker is (shell/files.js).
    setTimeout(() => input.click(), 0);
  };
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
    dropped(e.dataTransfer).then((list) => { if (list.length) giveAll(list); });
  });
})();
