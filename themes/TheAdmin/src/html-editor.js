// HTML fields and HtmlBodyPart: Quill edits, the hidden textarea carries the HTML to the server (sanitised there).
import Quill from 'quill';
import { pickImage } from './media-dialog.js';

const toolbar = [[{ header: [2, 3, false] }], ['bold', 'italic', 'underline', 'link', 'image'], [{ list: 'ordered' }, { list: 'bullet' }], ['blockquote', 'code-block'], ['clean']];

// Tab and Shift+Tab move focus out of the editor, as in any other form control, instead of typing a tab
// or indenting: these are Quill's default bindings for the Tab key, switched off.
const tabBindings = ['indent', 'outdent', 'indent code-block', 'outdent code-block', 'remove tab', 'tab'];

const buttonNames = {
  bold: 'Bold', italic: 'Italic', underline: 'Underline', link: 'Link', image: 'Insert image', blockquote: 'Quote',
  'code-block': 'Code block', clean: 'Clear formatting', 'list:ordered': 'Numbered list', 'list:bullet': 'Bulleted list',
};
const headingNames = { 2: 'Heading 2', 3: 'Heading 3', '': 'Paragraph' };

// getSemanticHTML writes plain <ul>/<ol> lists (the editor's own markup keeps every list as <ol>), but turns
// every space into &nbsp;: give ordinary spaces back, keeping runs of spaces visible.
export function semanticHtml(quill) {
  if (quill.getLength() <= 1) return '';
  return quill.getSemanticHTML().replace(/(&nbsp;)+/g, (run) => ` ${'\u00a0'.repeat(run.length / 6 - 1)}`);
}

function nameToolbar(container, label) {
  container.setAttribute('role', 'toolbar');
  container.setAttribute('aria-label', `${label} formatting`);
  container.querySelectorAll('button').forEach((button) => {
    const format = [...button.classList].find((c) => c.startsWith('ql-'))?.slice(3);
    const name = buttonNames[button.value ? `${format}:${button.value}` : format];
    if (name) button.setAttribute('aria-label', name);
  });
  container.querySelectorAll('.ql-header .ql-picker-label').forEach((picker) => picker.setAttribute('aria-label', 'Text style'));
  container.querySelectorAll('.ql-header .ql-picker-item').forEach((item) => {
    item.setAttribute('aria-label', headingNames[item.dataset.value ?? '']);
  });
}

async function insertImage(quill) {
  const range = quill.getSelection() ?? { index: quill.getLength() - 1, length: 0 };
  const image = await pickImage();
  quill.focus();
  if (!image) return;
  quill.deleteText(range.index, range.length, 'user');
  quill.insertEmbed(range.index, 'image', `/media/${image.path}`, 'user');
  quill.formatText(range.index, 1, 'alt', image.alt, 'user');
  quill.setSelection(range.index + 1, 'silent');
}

export function initHtmlEditors(root) {
  root.querySelectorAll('textarea[data-editor="html"]').forEach((textarea) => {
    const host = document.createElement('div');
    textarea.insertAdjacentElement('afterend', host);
    textarea.hidden = true;
    const label = textarea.dataset.label ?? textarea.name;
    const quill = new Quill(host, {
      theme: 'snow',
      modules: {
        toolbar: { container: toolbar, handlers: { image: () => insertImage(quill) } },
        keyboard: { bindings: Object.fromEntries(tabBindings.map((name) => [name, false])) },
      },
    });
    // setContents rather than dangerouslyPasteHTML, which moves the focus into the editor on load.
    quill.setContents(quill.clipboard.convert({ html: textarea.value, text: '' }), 'silent');
    quill.history.clear();
    quill.root.setAttribute('role', 'textbox');
    quill.root.setAttribute('aria-multiline', 'true');
    quill.root.setAttribute('aria-label', label);
    nameToolbar(quill.getModule('toolbar').container, label);
    const sync = () => { textarea.value = semanticHtml(quill); };
    quill.on('text-change', sync);
    textarea.form?.addEventListener('submit', sync);
  });
}
