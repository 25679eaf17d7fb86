// "Insert image": a modal dialog that picks an image from the media library and asks for its alt text.
// Resolves to { path, alt } or null when cancelled. The native <dialog> keeps focus inside while open and
// gives it back to the opener on close.
const imageFile = /\.(png|jpe?g|gif|webp|svg|avif)$/i;
let dialogCount = 0;

function buildDialog() {
  dialogCount += 1;
  const dialog = document.createElement('dialog');
  dialog.className = 'picker-dialog';
  dialog.setAttribute('aria-labelledby', `media-dialog-title-${dialogCount}`);
  dialog.innerHTML = `
    <form method="dialog">
      <h2 id="media-dialog-title-${dialogCount}">Insert image</h2>
      <fieldset class="media-choices"><legend>Image from the media library</legend><div class="media-grid"></div></fieldset>
      <div class="field">
        <label for="media-dialog-alt-${dialogCount}">Alt text</label>
        <input type="text" id="media-dialog-alt-${dialogCount}" required>
        <div class="hint">What the image shows, for readers who cannot see it.</div>
      </div>
      <div class="actions">
        <button type="submit" class="btn btn-primary" value="insert">Insert image</button>
        <button type="submit" class="btn" value="cancel" formnovalidate>Cancel</button>
      </div>
    </form>`;
  document.body.append(dialog);
  return dialog;
}

function fileTile(path, index) {
  const label = document.createElement('label');
  label.className = 'media-tile media-choice';
  label.innerHTML = '<input type="radio" name="media-dialog-path" required><span class="thumb"><img alt=""></span><span></span>';
  const radio = label.querySelector('input');
  radio.value = path;
  radio.checked = index === 0;
  label.querySelector('img').src = `/media/${path}`;
  label.querySelector('span:last-child').textContent = path;
  return label;
}

export async function pickImage() {
  const response = await fetch('/admin/media?handler=Files', { headers: { Accept: 'application/json' } });
  const files = (response.ok ? await response.json() : []).filter((path) => imageFile.test(path));
  const dialog = buildDialog();
  const grid = dialog.querySelector('.media-grid');
  if (files.length === 0) {
    grid.innerHTML = '<p class="muted">The media library holds no images yet: upload one on the Media page.</p>';
  } else {
    grid.append(...files.map(fileTile));
  }

  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const picked = dialog.querySelector('input[type=radio]:checked');
      const alt = dialog.querySelector('input[type=text]').value.trim();
      dialog.remove();
      resolve(dialog.returnValue === 'insert' && picked ? { path: picked.value, alt } : null);
    });
    dialog.showModal();
  });
}
