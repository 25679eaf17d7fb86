// TheAdmin's behaviour: progressive enhancement only. Every form still posts without these scripts,
// except the editors that need a browser (WYSIWYG, pickers, uploads with progress).
import 'quill/dist/quill.snow.css';
import './admin.css';
import { initBags } from './bag-editor.js';
import { initHtmlEditors } from './html-editor.js';

const antiforgery = (form) => form?.querySelector('input[name="__RequestVerificationToken"]')?.value ?? '';

function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

// Markdown: the preview is rendered by the server with the same renderer and sanitiser as on save.
function initMarkdownPreviews(root) {
  root.querySelectorAll('textarea[data-editor="markdown"]').forEach((textarea) => {
    const preview = document.getElementById(textarea.dataset.preview);
    if (!preview) return;
    const render = debounce(async () => {
      const body = new URLSearchParams({ markdown: textarea.value, __RequestVerificationToken: antiforgery(textarea.form) });
      const response = await fetch('/admin/contents/markdown-preview', { method: 'POST', body });
      if (response.ok) preview.innerHTML = await response.text();
    }, 250);
    textarea.addEventListener('input', render);
    render();
  });
}

// Content picker: search as you type among the allowed types; picked items post as hidden inputs.
function initContentPickers(root) {
  root.querySelectorAll('[data-content-picker]').forEach((picker) => {
    const input = picker.querySelector('input[type="search"]');
    const results = picker.querySelector('.picker-results');
    const picked = picker.querySelector('.picked');
    const multiple = picker.dataset.multiple === 'true';
    const add = (id, text) => {
      if (picked.querySelector(`input[value="${CSS.escape(id)}"]`)) return;
      if (!multiple) picked.replaceChildren();
      const li = document.createElement('li');
      li.innerHTML = '<span></span><input type="hidden"><button type="button" class="btn btn-small">Remove</button>';
      li.querySelector('span').textContent = text;
      // Read when used: a bag item that moves is renamed (data-name included).
      Object.assign(li.querySelector('input'), { name: picker.dataset.name, value: id });
      li.querySelector('button').setAttribute('aria-label', `Remove ${text}`);
      picked.append(li);
    };
    picked.addEventListener('click', (e) => { if (e.target.matches('button')) e.target.closest('li').remove(); });
    const search = debounce(async () => {
      const url = `/admin/contents/picker?types=${encodeURIComponent(picker.dataset.types)}&q=${encodeURIComponent(input.value)}`;
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!response.ok) return;
      const items = await response.json();
      results.replaceChildren(...items.map((item) => {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.textContent = `${item.displayText} (${item.contentType})`;
        li.addEventListener('click', () => { add(item.contentItemId, item.displayText); results.replaceChildren(); input.value = ''; });
        return li;
      }));
    }, 200);
    input.addEventListener('input', search);
    input.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); results.querySelector('li')?.click(); } });
  });
}

// Media field: choose files from the library (or upload one there first); each has an alt text.
function initMediaFields(root) {
  root.querySelectorAll('[data-media-field]').forEach((field) => {
    const list = field.querySelector('.picked');
    const choices = field.querySelector('.picker-results');
    const multiple = field.dataset.multiple === 'true';
    const add = (path) => {
      const prefix = field.dataset.name; // read when used: a bag item that moves is renamed
      if (!multiple) list.replaceChildren();
      const li = document.createElement('li');
      li.innerHTML = '<img alt="" width="48" height="48" style="object-fit:cover"><span></span><input type="hidden"><label class="visually-hidden"></label><input type="text" placeholder="Alt text"><button type="button" class="btn btn-small">Remove</button>';
      li.querySelector('img').src = `/media/${path}`;
      li.querySelector('span').textContent = path;
      Object.assign(li.querySelector('input[type=hidden]'), { name: `${prefix}.Paths`, value: path });
      const alt = li.querySelector('input[type=text]');
      alt.name = `${prefix}.MediaTexts`;
      alt.setAttribute('aria-label', `Alt text for ${path}`);
      li.querySelector('button').setAttribute('aria-label', `Remove ${path}`);
      list.append(li);
    };
    list.addEventListener('click', (e) => { if (e.target.matches('button')) e.target.closest('li').remove(); });
    field.querySelector('[data-media-browse]').addEventListener('click', async () => {
      const response = await fetch('/admin/media?handler=Files', { headers: { Accept: 'application/json' } });
      const files = response.ok ? await response.json() : [];
      choices.replaceChildren(...files.map((path) => {
        const li = document.createElement('li');
        li.setAttribute('role', 'option');
        li.textContent = path;
        li.addEventListener('click', () => { add(path); choices.replaceChildren(); });
        return li;
      }));
    });
    const upload = field.querySelector('input[type="file"]');
    upload?.addEventListener('change', async () => {
      for (const file of upload.files) {
        const body = new FormData();
        body.append('files', file);
        body.append('__RequestVerificationToken', antiforgery(field.closest('form')));
        const response = await fetch('/admin/media?handler=Upload', { method: 'POST', body, headers: { Accept: 'application/json' } });
        if (response.ok) (await response.json()).forEach(add);
      }
      upload.value = '';
    });
  });
}

// Media library: several files at once, one progress bar each.
function initUploads() {
  document.querySelectorAll('form[data-upload]').forEach((form) => {
    const input = form.querySelector('input[type="file"]');
    const progressArea = form.querySelector('[data-progress]');
    form.addEventListener('submit', (e) => {
      if (!input.files.length) return;
      e.preventDefault();
      const uploads = [...input.files].map((file) => new Promise((resolve) => {
        const row = document.createElement('div');
        row.innerHTML = '<span class="muted"></span> <progress max="100" value="0"></progress>';
        row.querySelector('span').textContent = file.name;
        const bar = row.querySelector('progress');
        bar.setAttribute('aria-label', `Uploading ${file.name}`);
        progressArea.append(row);
        const body = new FormData();
        body.append('files', file);
        body.append('__RequestVerificationToken', antiforgery(form));
        const xhr = new XMLHttpRequest();
        xhr.open('POST', form.action);
        xhr.setRequestHeader('Accept', 'application/json');
        xhr.upload.onprogress = (p) => { if (p.lengthComputable) bar.value = Math.round((p.loaded / p.total) * 100); };
        xhr.onload = () => {
          bar.value = 100;
          if (xhr.status >= 400) row.querySelector('span').textContent = `${file.name}: ${xhr.responseText || xhr.statusText}`;
          resolve(xhr.status < 400);
        };
        xhr.onerror = () => resolve(false);
        xhr.send(body);
      }));
      Promise.all(uploads).then((ok) => { if (ok.every(Boolean)) window.location.reload(); });
    });
  });
}

function initBulkSelect() {
  document.querySelectorAll('input[data-select-all]').forEach((all) => {
    all.addEventListener('change', () => {
      all.closest('form').querySelectorAll('input[name="itemIds"]').forEach((box) => { box.checked = all.checked; });
    });
  });
}

function initConfirmations() {
  document.addEventListener('click', (e) => {
    const button = e.target.closest('[data-confirm]');
    if (button && !window.confirm(button.dataset.confirm)) e.preventDefault();
  });
}

// Fills a technical name from its display name as the server derives it (letters and digits, starting
// with a letter), until the editor types a technical name of their own.
function initTechnicalNames() {
  document.querySelectorAll('input[data-technical-source]').forEach((source) => {
    const target = document.getElementById(source.dataset.technicalSource);
    if (!target) return;
    let derived = target.value === '';
    target.addEventListener('input', () => { derived = target.value === ''; });
    source.addEventListener('input', () => {
      if (!derived) return;
      const ascii = source.value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]/g, '');
      target.value = ascii.replace(/^[0-9]+/, '').slice(0, 128);
    });
  });
}

// The editors inside a content form; run again on each bag item the page adds.
function initFieldEditors(root) {
  initHtmlEditors(root);
  initMarkdownPreviews(root);
  initContentPickers(root);
  initMediaFields(root);
  initBags(root, initFieldEditors);
}

document.addEventListener('DOMContentLoaded', () => {
  initFieldEditors(document);
  initUploads();
  initBulkSelect();
  initConfirmations();
  initTechnicalNames();
});

// ---- History and trash (unsaved changes, compare) ----

// A form marked data-unsaved-guard asks before the page is left with changes not saved. "Changed" is the form's
// posted values against those it had once the editors above had set up, so pickers and the rich-text body count too;
// submitting the form (save, publish, a bag action) is never asked about.
function serializeForm(form) {
  return new URLSearchParams(new FormData(form)).toString();
}

function initUnsavedGuards() {
  const forms = [...document.querySelectorAll('form[data-unsaved-guard]')];
  if (!forms.length) return;
  const saved = new Map(forms.map((form) => [form, serializeForm(form)]));
  let submitting = false;
  forms.forEach((form) => form.addEventListener('submit', (e) => { if (!e.defaultPrevented) submitting = true; }));
  window.addEventListener('beforeunload', (e) => {
    if (submitting) return;
    if (forms.some((form) => serializeForm(form) !== saved.get(form))) {
      e.preventDefault();
      e.returnValue = '';
    }
  });
}

document.addEventListener('DOMContentLoaded', () => {
  initUnsavedGuards();
});
