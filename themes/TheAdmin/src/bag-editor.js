// The items of a list part (a letter's signatories, a page's widgets, a menu's entries): added from a template, removed, reordered (drag, or Move up and
// Move down from the keyboard), collapsed and pasted in bulk, all in place. Without scripts the same
// buttons post the form and the server does the work (bagAction), so the form binds the same either way.
import { renumberItem } from './bag-renumber.js';
import { askForNames } from './paste-dialog.js';

// Past this many items a bag opens collapsed, so a long list reads as a list of titles.
const collapseFrom = 4;

function tools(item) {
  const own = item.querySelector(':scope > .bag-item-tools');
  return {
    handle: own.querySelector('[data-bag-handle]'),
    collapse: own.querySelector('[data-bag-collapse]'),
    up: own.querySelector('[data-bag-move="up"]'),
    down: own.querySelector('[data-bag-move="down"]'),
    remove: own.querySelector('[data-bag-remove]'),
  };
}

function setCollapsed(item, collapsed) {
  const { collapse } = tools(item);
  item.querySelector(':scope > .bag-item-body').hidden = collapsed;
  item.classList.toggle('collapsed', collapsed);
  collapse.setAttribute('aria-expanded', String(!collapsed));
  collapse.textContent = collapsed ? 'Expand' : 'Collapse';
}

class BagEditor {
  constructor(element, initEditors) {
    this.element = element;
    this.initEditors = initEditors;
    this.list = element.querySelector(':scope > [data-bag-items]');
    this.status = element.querySelector(':scope > [data-bag-status]');
    this.dragged = null;
  }

  // Every input of an item is named after the list: "Signatories.ContentItems.0.", "FlowPart.Widgets.2.".
  get listName() { return this.element.dataset.bagList; }

  items() { return [...this.list.children].filter((child) => child.matches('[data-bag-item]')); }

  countInput() {
    const name = this.element.dataset.countInput;
    return name ? this.element.form?.elements.namedItem(name) ?? document.getElementsByName(name)[0] : null;
  }

  titleInput(item) {
    const suffix = item.dataset.titleInput;
    return suffix ? item.querySelector(`[name="${CSS.escape(`${this.listName}.${item.dataset.index}.${suffix}`)}"]`) : null;
  }

  start() {
    const items = this.items();
    items.forEach((item) => this.enhance(item, items.length >= collapseFrom && !item.querySelector('.field-error')));
    this.element.querySelectorAll(':scope > .actions [hidden]').forEach((button) => {
      button.hidden = !this.template(button.dataset.bagPaste);
    });
    // A count that matches the list is the list's: left empty, the server counts again on save.
    const count = this.countInput();
    if (count && items.length > 0 && count.value.trim() === String(items.length)) count.value = '';
    this.list.addEventListener('click', (e) => this.onItemClick(e));
    this.list.addEventListener('input', (e) => this.label(e.target.closest('[data-bag-item]')));
    this.element.querySelector(':scope > .actions').addEventListener('click', (e) => this.onActionClick(e));
    this.startDragging();
    this.refresh();
  }

  enhance(item, collapsed) {
    const { handle, collapse } = tools(item);
    handle.hidden = false;
    collapse.hidden = false;
    setCollapsed(item, collapsed);
  }

  label(item) {
    if (!item || item.parentElement !== this.list) return;
    const label = `${item.dataset.typeName} ${Number(item.dataset.index) + 1}`;
    const title = this.titleInput(item)?.value.trim() ?? '';
    item.querySelector(':scope > legend [data-bag-title]').textContent = title ? `${label}: ${title}` : label;
    const { collapse, up, down, remove } = tools(item);
    collapse.setAttribute('aria-label', `${collapse.textContent} ${label}`);
    up.setAttribute('aria-label', `Move up ${label}`);
    down.setAttribute('aria-label', `Move down ${label}`);
    remove.setAttribute('aria-label', `Remove ${label}`);
  }

  refresh() {
    const items = this.items();
    items.forEach((item, position) => {
      if (item.dataset.index !== String(position)) renumberItem(item, this.listName, item.dataset.index, position);
      const { up, down } = tools(item);
      up.disabled = position === 0;
      down.disabled = position === items.length - 1;
      this.label(item);
    });
    const count = this.countInput();
    if (count) count.placeholder = items.length > 0 ? `${items.length}, counted from the list` : '';
  }

  announce(message) { this.status.textContent = message; }

  onItemClick(e) {
    const button = e.target.closest('button');
    const item = button?.closest('[data-bag-item]');
    if (!item || item.parentElement !== this.list) return;
    if (button.matches('[data-bag-move]')) {
      e.preventDefault();
      this.move(item, button.dataset.bagMove === 'up' ? -1 : 1, button);
    } else if (button.matches('[data-bag-remove]')) {
      e.preventDefault();
      this.remove(item);
    } else if (button.matches('[data-bag-collapse]')) {
      setCollapsed(item, button.getAttribute('aria-expanded') === 'true');
      this.label(item);
    }
  }

  async onActionClick(e) {
    const button = e.target.closest('button');
    if (button?.dataset.bagAdd && this.template(button.dataset.bagAdd)) {
      e.preventDefault();
      const item = this.add(button.dataset.bagAdd);
      (this.titleInput(item) ?? item.querySelector('input:not([type=hidden]), textarea, select'))?.focus();
    } else if (button?.dataset.bagPaste) {
      const names = await askForNames(button.textContent.trim());
      names.forEach((name) => this.add(button.dataset.bagPaste, name));
      if (names.length > 0) this.announce(`${names.length} added.`);
      button.focus();
    }
  }

  // Bags inside a new item have no templates (a type may hold bags of itself); their Add buttons post the form.
  template(typeName) {
    return this.element.querySelector(`:scope > template[data-bag-template="${CSS.escape(typeName)}"]`);
  }

  add(typeName, title) {
    const item = this.template(typeName).content.firstElementChild.cloneNode(true);
    renumberItem(item, this.listName, item.dataset.index, this.items().length);
    this.list.append(item);
    const input = this.titleInput(item);
    if (input && title) input.value = title;
    this.enhance(item, Boolean(title));
    this.initEditors(item);
    this.refresh();
    if (!title) this.announce(`${item.dataset.typeName} ${this.items().length} added.`);
    return item;
  }

  move(item, step, button) {
    const items = this.items();
    const target = items.indexOf(item) + step;
    if (target < 0 || target >= items.length) return;
    if (step < 0) items[target].before(item); else items[target].after(item);
    this.refresh();
    this.announce(`Moved to position ${target + 1} of ${items.length}.`);
    const { up, down } = tools(item);
    (button.disabled ? (button === up ? down : up) : button).focus();
  }

  remove(item) {
    const items = this.items();
    const position = items.indexOf(item);
    const next = items[position + 1] ?? items[position - 1];
    item.remove();
    this.refresh();
    this.announce(`Removed; ${items.length - 1} left.`);
    (next ? tools(next).remove : this.element.querySelector(':scope > .actions button'))?.focus();
  }

  startDragging() {
    this.list.addEventListener('dragstart', (e) => {
      const item = e.target.closest?.('[data-bag-handle]')?.closest('[data-bag-item]');
      if (!item || item.parentElement !== this.list) return;
      this.dragged = item;
      item.classList.add('dragging');
      e.dataTransfer.effectAllowed = 'move';
      e.dataTransfer.setData('text/plain', item.dataset.index);
      e.dataTransfer.setDragImage(item, 16, 16);
    });
    this.list.addEventListener('dragover', (e) => {
      if (!this.dragged) return;
      e.preventDefault();
      const over = [...this.items()].find((item) => item !== this.dragged && item.contains(e.target));
      if (!over) return;
      const box = over.getBoundingClientRect();
      if (e.clientY < box.top + box.height / 2) over.before(this.dragged); else over.after(this.dragged);
    });
    this.list.addEventListener('drop', (e) => { if (this.dragged) e.preventDefault(); });
    this.list.addEventListener('dragend', () => {
      if (!this.dragged) return;
      this.dragged.classList.remove('dragging');
      this.dragged = null;
      this.refresh();
      this.announce('Order changed.');
    });
  }
}

export function initBags(root, initEditors) {
  root.querySelectorAll('[data-bag]').forEach((element) => new BagEditor(element, initEditors).start());
}
