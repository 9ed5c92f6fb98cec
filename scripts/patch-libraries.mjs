#!/usr/bin/env node
/**
 * Removes the raw-HTML writes (`x.innerHTML = string`) from the libraries
 * Lector bundles, so the extension contains no HTML-parsing sink at all and
 * `web-ext lint` reports 0 warnings. Runs on `npm install` / `npm ci`
 * (postinstall), so the extension, the tests, the CLI and the benchmarks all run
 * the same patched code. Each edit states why it is safe; an edit whose text is
 * no longer found (a library upgrade) stops the install, so it gets revisited.
 *
 *   node scripts/patch-libraries.mjs          # apply (idempotent)
 *   node scripts/patch-libraries.mjs --check  # exit 1 if any edit is missing
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Marks a patched file, so a re-run knows the edit is there. */
const MARK = 'lector-patch:';

export const PATCHES = [
  {
    id: 'readability-page-cache',
    package: '@mozilla/readability',
    files: ['Readability.js'],
    why:
      'Readability keeps the body as an HTML string to restore it between attempts. A deep clone restores the ' +
      'same nodes without serialising and re-parsing them (faster, and the retry sees exactly what the first ' +
      'attempt saw).',
    edits: [
      ['var pageCacheHtml = page.innerHTML;', `var pageCache = page.cloneNode(true); // ${MARK} page-cache`],
      [
        'page.innerHTML = pageCacheHtml;',
        `page.replaceChildren.apply(page, Array.from(pageCache.cloneNode(true).childNodes)); // ${MARK} page-cache`,
      ],
    ],
  },
  {
    id: 'readability-noscript-copy',
    package: '@mozilla/readability',
    files: ['Readability.js'],
    why:
      'The copy runs only when the <noscript> already holds element children (it must pass _isSingleImage), so ' +
      'cloning those children gives the same nodes that re-parsing their HTML did.',
    edits: [
      [
        'tmp.innerHTML = noscript.innerHTML;',
        `noscript.childNodes.forEach(function (child) { tmp.appendChild(child.cloneNode(true)); }); // ${MARK} noscript`,
      ],
    ],
  },
  {
    id: 'readability-replace-node-tags',
    package: '@mozilla/readability',
    files: ['Readability.js'],
    why:
      'Renaming each node with replaceChild costs, in jsdom, a walk over the preceding siblings (to update live ' +
      'ranges), so renaming 20,000 h1 headings among their paragraphs was quadratic (issue #18: 96 s). The ' +
      'replacements are built exactly as _setNodeTag builds them (same tag, children, attributes, scores); a ' +
      'parent with two or more renamed children then has its child list rebuilt once, in the same order.',
    edits: [
      [
        'for (const node of nodeList) {\n      this._setNodeTag(node, newTagName);\n    }',
        `this._lectorReplaceNodeTags(nodeList, newTagName); // ${MARK} replace-node-tags
  },

  _lectorReplaceNodeTags(nodeList, newTagName) {
    var swaps = new Map();
    for (const node of nodeList) {
      if (this._docJSDOMParser || !node.parentNode) {
        this._setNodeTag(node, newTagName);
        continue;
      }
      var replacement = node.ownerDocument.createElement(newTagName);
      while (node.firstChild) replacement.appendChild(node.firstChild);
      if (node.readability) replacement.readability = node.readability;
      for (var i = 0; i < node.attributes.length; i++) replacement.setAttributeNode(node.attributes[i].cloneNode());
      swaps.set(node, replacement);
    }
    // Grouped by the parent each node has now: a parent renamed after its child holds it in its replacement.
    var byParent = new Map();
    for (const node of swaps.keys()) {
      var siblings = byParent.get(node.parentNode);
      if (siblings) siblings.push(node);
      else byParent.set(node.parentNode, [node]);
    }
    for (const [parent, nodes] of byParent) {
      if (nodes.length === 1) {
        parent.replaceChild(swaps.get(nodes[0]), nodes[0]);
        continue;
      }
      // Detaching from the front and appending at the end never walks the siblings.
      var children = [];
      while (parent.firstChild) children.push(parent.removeChild(parent.firstChild));
      for (const child of children) parent.appendChild(swaps.get(child) || child);
    }`,
      ],
    ],
  },
  {
    id: 'dompurify-xml-fallback',
    package: 'dompurify',
    files: ['dist/purify.es.mjs', 'dist/purify.cjs.js'],
    why:
      'The fallback parses a string into a non-HTML namespace document when DOMParser fails or another ' +
      'namespace is asked for. Lector asks only for HTML; if DOMParser ever failed, the result is empty and ' +
      'core/sanitize.ts reports that instead of showing anything unparsed.',
    edits: [
      [
        'doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
        `/* ${MARK} dompurify: no string parsing into other namespaces; the document stays empty */`,
      ],
    ],
  },
  {
    id: 'preact-raw-html',
    package: 'preact',
    files: ['dist/preact.mjs'],
    why:
      'dangerouslySetInnerHTML is the only way Preact writes raw HTML. Lector never uses it (a unit test checks ' +
      'the sources); with this edit a use fails loudly instead of becoming an injection point.',
    edits: [
      [
        /\((\w+)\.innerHTML=(\w+)\.__html\)/,
        `(function(){throw new Error("dangerouslySetInnerHTML is disabled in Lector (${MARK} preact)")})()`,
      ],
    ],
  },
  {
    id: 'linkedom-inner-html',
    package: 'linkedom',
    files: ['worker.js'],
    why:
      "linkedom's own innerHTML setter is setInnerHtml(node, html) on its own nodes, in the Readability worker, " +
      'where there is no browser DOM; calling it directly does exactly what the two assignments did, and the ' +
      'bundle then has no `x.innerHTML = string` for web-ext lint (AMO) to flag.',
    edits: [
      ['elem.innerHTML = html;', `setInnerHtml(elem, html); // ${MARK} linkedom-inner-html`],
      ['template.innerHTML = html;', `setInnerHtml(template, html); // ${MARK} linkedom-inner-html`],
    ],
  },
];

/** npm hoists these; resolving by path also works for packages whose `exports` hide package.json. */
function packageDir(name) {
  return join(root, 'node_modules', name);
}

function occurrences(text, find) {
  if (typeof find === 'string') return text.split(find).length - 1;
  return (text.match(new RegExp(find.source, 'g')) ?? []).length;
}

/** Applies one edit to `text`; returns the new text, or throws when the library changed. */
export function applyEdit(text, [find, replace], where) {
  const found = occurrences(text, find);
  if (found === 1) return text.replace(find, replace);
  if (found === 0 && text.includes(replace)) return text;
  throw new Error(
    `${where}: expected exactly one ${String(find)} (found ${found}). The library changed: revisit this patch.`,
  );
}

export function patchLibraries({ check = false } = {}) {
  const report = [];
  for (const patch of PATCHES) {
    for (const file of patch.files) {
      const path = join(packageDir(patch.package), file);
      const where = `${patch.id} (${relative(root, path)})`;
      const before = readFileSync(path, 'utf8');
      const after = patch.edits.reduce((text, edit) => applyEdit(text, edit, where), before);
      if (after === before) report.push(`${where}: already applied`);
      else if (check) throw new Error(`${where}: not applied; run node scripts/patch-libraries.mjs`);
      else {
        writeFileSync(path, after);
        report.push(`${where}: applied`);
      }
    }
  }
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const report = patchLibraries({ check: process.argv.includes('--check') });
    if (!process.argv.includes('--quiet')) console.log(report.map((line) => `lector: ${line}`).join('\n'));
  } catch (error) {
    console.error(`lector: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
