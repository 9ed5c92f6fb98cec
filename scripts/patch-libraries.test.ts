/**
 * scripts/patch-libraries.mjs removes the bundled libraries' raw-HTML writes at
 * install. These tests check that the installed libraries carry the patches,
 * that the patched code still does its job, and that Lector's own sources use
 * no raw-HTML sink either (AMO's linter would flag one, and the reader must
 * never turn page text into markup).
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../cli/parse-html';
import { sanitizedFragment } from '../core/sanitize';
// @ts-expect-error -- a plain .mjs script, run by npm without a build; its exports are untyped.
import { applyEdit, patchLibraries, PATCHES } from './patch-libraries.mjs';
import { FIXTURES, fixture, PROSE } from '../tests/support/dom';

const REPO_ROOT = new URL('../', import.meta.url).pathname;

describe('the library patches', () => {
  it('are all applied to the installed libraries', () => {
    const report = (patchLibraries as (options: { check: boolean }) => string[])({ check: true });
    expect(report.length).toBeGreaterThanOrEqual(5);
    for (const line of report) expect(line).toMatch(/already applied$/);
  });

  it('stop the install when a library no longer has the text an edit expects', () => {
    const edit = (text: string) => (applyEdit as (t: string, e: [string, string], w: string) => string)(text, ['a.innerHTML = b;', 'patched();'], 'test');
    expect(edit('x(); a.innerHTML = b; y();')).toBe('x(); patched(); y();');
    expect(edit('x(); patched(); y();')).toBe('x(); patched(); y();');
    expect(() => edit('x(); a.outerHTML = b;')).toThrow(/library changed: revisit this patch/);
  });

  it('leave Readability retrying from its restored page cache', () => {
    // Prose only inside an "unlikely" block: the first pass strips it and fails, so Readability
    // restores the page from its cache for a second pass.
    const page = parseHtml(`<html><body><div class="sidebar comment">${PROSE}${PROSE}</div></body></html>`, 'https://news.example/story');
    const reader = new Readability(page.document.cloneNode(true) as Document, { charThreshold: 200 });
    const article = reader.parse();
    expect((reader as unknown as { _attempts: unknown[] })._attempts.length).toBeGreaterThan(0);
    expect(article?.textContent).toContain('The council voted on Tuesday');
    page.close();
  });

  it('leave Readability copying the real image out of a <noscript>', () => {
    const page = parseHtml(
      `<html><body><article>${PROSE}<figure><img src="placeholder.gif" alt=""></figure>` +
        `<noscript><img src="https://cdn.example/real.jpg" alt="The bridge"></noscript>${PROSE}${PROSE}</article></body></html>`,
      'https://news.example/story',
    );
    const article = new Readability(page.document.cloneNode(true) as Document).parse();
    expect(article?.content).toContain('https://cdn.example/real.jpg');
    page.close();
  });

  it('leave Readability renaming headings and fonts to the same page as the unpatched code did', () => {
    // The unpatched class, rebuilt from the installed file by undoing this one edit.
    type Edit = [string, string];
    const patch = (PATCHES as Array<{ id: string; edits: Edit[] }>).find(({ id }) => id === 'readability-replace-node-tags')!;
    const [find, replace] = patch.edits[0]!;
    const path = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');
    const installed = readFileSync(path, 'utf8');
    expect(installed).toContain(replace);
    const module = { exports: {} as unknown };
    new Function('module', installed.replace(replace, find))(module);
    const Unpatched = module.exports as typeof Readability;

    const pages = [
      fixture('news/seed-article.html'),
      ...readdirSync(`${FIXTURES}sites`).filter((file) => file.endsWith('.html')).map((file) => fixture(`sites/${file}`)),
      `<html><body><article>${`<h1 class="x">Heading</h1>${PROSE}<font color="red">${PROSE}</font>`.repeat(40)}</article></body></html>`,
      `<html><body><article><font><font><b><font>${PROSE}</font></b></font></font><h1>One</h1><h1>Two</h1>${PROSE.repeat(4)}</article></body></html>`,
    ];
    for (const html of pages) {
      const page = parseHtml(html, 'https://news.example/story');
      // An h1 inside an h1 and a font inside a renamed font: only script makes these, and a parent renamed after its child.
      const inner = page.document.createElement('h1');
      inner.textContent = 'Nested heading';
      page.document.querySelector('h1')?.appendChild(inner);
      const patched = new Readability(page.document.cloneNode(true) as Document).parse();
      const unpatched = new Unpatched(page.document.cloneNode(true) as Document).parse();
      expect(patched?.content).toBeTruthy();
      expect(patched?.content).toBe(unpatched?.content);
      page.close();
    }
  }, 60_000);

  it('make Preact refuse raw HTML instead of writing it', () => {
    const page = parseHtml('<html><body><div id="app"></div></body></html>');
    const app = page.document.getElementById('app')!;
    const win = page.window as unknown as typeof globalThis;
    const saved = globalThis.document;
    globalThis.document = win.document;
    try {
      expect(() => render(h('div', { dangerouslySetInnerHTML: { __html: '<img src=x onerror=alert(1)>' } }), app)).toThrow(
        /dangerouslySetInnerHTML is disabled/,
      );
      expect(app.querySelector('img')).toBeNull();
    } finally {
      globalThis.document = saved;
      page.close();
    }
  });

  it('leave DOMPurify parsing nothing into other namespaces', () => {
    const page = parseHtml('<html><body></body></html>');
    const purify = createDOMPurify(page.window as unknown as Parameters<typeof createDOMPurify>[0]);
    expect(purify.sanitize('<b>bold</b>')).toBe('<b>bold</b>');
    expect(purify.sanitize('<circle r="1"/>', { NAMESPACE: 'http://www.w3.org/2000/svg' })).toBe('');
    page.close();
  });
});

describe("the reader's own code", () => {
  it('uses no raw-HTML sink', async () => {
    const sinks = '\\.(innerHTML|outerHTML)\\s*(\\+|\\|\\||&&|\\?\\?)?=([^=]|$)|insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|document\\.write|dangerouslySetInnerHTML';
    const files = await promisify(execFile)('grep', ['-rlE', sinks, 'core', 'components', 'entrypoints', 'settings', 'speech', 'cli'], { cwd: REPO_ROOT }).then(
      ({ stdout }) => stdout.trim().split('\n').filter((file) => file && !file.includes('.test.')),
      () => [], // grep exits 1 when nothing matches
    );
    expect(files).toEqual([]);
  });

  it('says so clearly when the browser cannot parse the article, instead of showing "null"', () => {
    const page = parseHtml('<html><body></body></html>');
    (page.window as unknown as { DOMParser: unknown }).DOMParser = class {
      parseFromString(): never {
        throw new Error('blocked');
      }
    };
    expect(() => sanitizedFragment('<p>One</p>', page.window as unknown as Parameters<typeof sanitizedFragment>[1])).toThrow(
      /could not be prepared for display/,
    );
    page.close();
  });

  it('renders article HTML from nodes sanitized again, keeping the block markers', () => {
    const page = parseHtml('<html><body></body></html>');
    const fragment = sanitizedFragment(
      '<p data-lector-block="0" data-tracking="x">One <img src="x" onerror="window.pwned=1"><script>window.pwned=1</script></p>' +
        '<h2 id="lector-h-1" data-lector-block="1">Two</h2>',
      page.window as unknown as Parameters<typeof sanitizedFragment>[1],
    );
    const holder = page.document.createElement('div');
    holder.appendChild(fragment);
    expect(holder.querySelectorAll('[data-lector-block]')).toHaveLength(2);
    expect(holder.querySelector('h2')?.id).toBe('lector-h-1');
    expect(holder.querySelector('script, [onerror], [data-tracking]')).toBeNull();
    page.close();
  });
});
