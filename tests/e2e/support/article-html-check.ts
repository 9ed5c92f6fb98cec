/**
 * The reader's article renderer (components/article-html.ts) run by a real
 * browser's `setHTML` on hostile HTML, inside a shadow root as in the reader.
 * Shared by the Chromium and Firefox tests, which each evaluate the script in
 * a page of their own and compare the report with `EXPECTED_REPORT`.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { REPO_ROOT } from './browser';

export const HOSTILE_ARTICLE_HTML = `
<h2 id="why" data-lector-block="0">Why the ferry stopped</h2>
<p data-lector-block="1" class="lead" style="display:none" tabindex="0" onclick="window.__ran.push('onclick')">Storms kept the boats in.
 <a href="javascript:window.__ran.push('javascript-link')">Map</a>
 <a href="https://example.invalid/timetable" target="_blank" rel="noopener noreferrer">Timetable</a>
 <img src="/missing.png" alt="The harbour" onerror="window.__ran.push('img-onerror')"></p>
<script>window.__ran.push('script')</script>
<style>p { display: none !important; }</style>
<iframe srcdoc="<script>parent.__ran.push('srcdoc')</script>"></iframe>
<form action="https://collector.invalid/"><input autofocus onfocus="window.__ran.push('onfocus')"><button>Send</button></form>
<object data="/x"></object><embed src="/x">
<svg width="10" height="10" onload="window.__ran.push('svg-onload')"><style>p { display: none !important; }</style><use href="#why"></use><path d="M0 0h10"></path><a href="javascript:window.__ran.push('svg-link')"><text>t</text></a><animate attributeName="href" values="javascript:1"></animate></svg>
<svg width="10" height="10"><a xlink:href="javascript:window.__ran.push('xlink-link')"><text>x</text></a><image xlink:href="/x.png" width="1" height="1"></image></svg>
<p is="lector-page-element">A paragraph a page might upgrade.</p>
<math><mi>x</mi></math>
<figure><img src="/figure.png" alt="A figure"><figcaption>The new pier</figcaption></figure>`;

/** Evaluated in the page; `LectorArticleHtml` is the bundled module. Resolves to a report of what survived. */
const REPORT_SCRIPT = `(async () => {
  window.__ran = [];
  const host = document.createElement('div');
  document.body.append(host);
  const article = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('article'));
  LectorArticleHtml.showArticleHtml(article, ${JSON.stringify(HOSTILE_ARTICLE_HTML)});
  article.querySelector('input, a, [tabindex]')?.focus?.();
  await new Promise((done) => setTimeout(done, 500));
  const all = [...article.querySelectorAll('*')];
  const report = {
    forbiddenElements: all.map((el) => el.localName).filter((name) => ['script', 'style', 'iframe', 'form', 'input', 'button', 'object', 'embed', 'use', 'animate'].includes(name)),
    forbiddenAttributes: all.flatMap((el) => [...el.attributes].map((a) => a.name)).filter((name) => name.startsWith('on') || ['style', 'class', 'tabindex', 'srcdoc', 'autofocus', 'xlink:href', 'is'].includes(name)),
    scriptLinks: all.flatMap((el) => [...el.attributes].map((a) => a.value)).filter((value) => /^\\s*javascript:/i.test(value)),
    heading: article.querySelector('h2#why[data-lector-block="0"]')?.textContent ?? null,
    block: article.querySelector('p[data-lector-block="1"]') !== null,
    link: article.querySelector('a[href="https://example.invalid/timetable"][target="_blank"][rel="noopener noreferrer"]')?.textContent ?? null,
    images: [...article.querySelectorAll('img')].map((img) => img.getAttribute('alt')),
    svgPath: article.querySelector('svg path') !== null,
    math: article.querySelector('math mi')?.textContent ?? null,
    caption: article.querySelector('figure figcaption')?.textContent ?? null,
    ran: window.__ran,
  };
  host.remove();
  return JSON.stringify(report);
})()`;

export const EXPECTED_REPORT = {
  forbiddenElements: [],
  forbiddenAttributes: [],
  scriptLinks: [],
  heading: 'Why the ferry stopped',
  block: true,
  link: 'Timetable',
  images: ['The harbour', 'A figure'],
  svgPath: true,
  math: 'x',
  caption: 'The new pier',
  ran: [],
};

/** The renderer bundled for a page, followed by the report script; evaluate the whole string. */
export async function articleHtmlCheckScript(): Promise<string> {
  const bundle = await build({
    entryPoints: [join(REPO_ROOT, 'components', 'article-html.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'LectorArticleHtml',
    write: false,
    logLevel: 'silent',
  });
  return `${bundle.outputFiles[0]!.text}\n${REPORT_SCRIPT}`;
}
