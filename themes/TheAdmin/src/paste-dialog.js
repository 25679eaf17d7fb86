// "Paste a list of names": a modal dialog with one name per line. Resolves to the names, or [] when cancelled.
let dialogCount = 0;

export function askForNames(heading) {
  dialogCount += 1;
  const dialog = document.createElement('dialog');
  dialog.className = 'picker-dialog';
  dialog.setAttribute('aria-labelledby', `paste-dialog-title-${dialogCount}`);
  dialog.innerHTML = `
    <form method="dialog">
      <h2 id="paste-dialog-title-${dialogCount}"></h2>
      <div class="field">
        <label for="paste-dialog-names-${dialogCount}">Names, one per line</label>
        <textarea id="paste-dialog-names-${dialogCount}" rows="10"></textarea>
        <div class="hint">Each line becomes one item; empty lines are skipped.</div>
      </div>
      <div class="actions">
        <button type="submit" class="btn btn-primary" value="add">Add these names</button>
        <button type="submit" class="btn" value="cancel">Cancel</button>
      </div>
    </form>`;
  dialog.querySelector('h2').textContent = heading;
  document.body.append(dialog);
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const names = dialog.querySelector('textarea').value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
      dialog.remove();
      resolve(dialog.returnValue === 'add' ? names : []);
    });
    dialog.showModal();
  });
}
