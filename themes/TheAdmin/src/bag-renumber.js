// The server reads a list's items by position (Signatories.ContentItems.0.TitlePart.Title, ids alike with
// underscores), so an item that moves takes the names of its new position. Only attributes that name
// inputs or point at ids are rewritten, never what the editor typed.
const skipped = new Set(['value', 'placeholder', 'title', 'alt', 'src', 'href', 'class', 'style']);

function replaceTokens(text, from, to) {
  return text.split(/(\s+)/).map((token) => (token.startsWith(from) ? to + token.slice(from.length) : token)).join('');
}

function rewrite(element, from, to) {
  // Without a template, a nested bag's buttons post their bag's name: "add|Signatories.ContentItems.0.Inner.ContentItems|Type".
  if (element.name === 'bagAction') element.value = element.value.replace(`|${from}`, `|${to}`);
  for (const attribute of [...element.attributes]) {
    if (!skipped.has(attribute.name) && attribute.value.includes(from)) {
      element.setAttribute(attribute.name, replaceTokens(attribute.value, from, to));
    }
  }
  for (const child of element.children) rewrite(child, from, to);
  // Templates of nested bags hold their markup apart from the page.
  if (element instanceof HTMLTemplateElement) {
    for (const child of element.content.children) rewrite(child, from, to);
  }
}

/** Gives an item (and everything in it) the form names of position `to` instead of `from` in list `listName` ("Signatories.ContentItems"). */
export function renumberItem(item, listName, from, to) {
  const idBase = listName.replaceAll('.', '_');
  rewrite(item, `${listName}.${from}.`, `${listName}.${to}.`);
  rewrite(item, `${idBase}_${from}_`, `${idBase}_${to}_`);
  item.dataset.index = String(to);
}
