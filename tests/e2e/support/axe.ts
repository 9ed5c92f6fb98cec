/** axe-core (WCAG 2.2 A and AA rules) run inside the reader's shadow root, or on an extension page, from e2e tests. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const WCAG_22_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let axeSource: Promise<string> | undefined;

/** Violations ("rule: targets") and the number of rules passed, for `within` (a selector in the reader's shadow root). */
export function auditReader(page: Page, within: string, rules?: string[]): Promise<{ violations: string[]; passes: number }> {
  return runAxe(page, { include: { fromShadowDom: ['[data-lector-e2e-host]', within] } }, rules);
}

/** The same for `within` in the page itself (Lector's own pages: the side panel). */
export function auditPage(page: Page, within: string, rules?: string[]): Promise<{ violations: string[]; passes: number }> {
  return runAxe(page, { include: [within] }, rules, 'evaluate');
}

/** `evaluate`: an extension page's CSP refuses an inline <script>, so axe is evaluated over the debugging protocol. */
async function runAxe(page: Page, context: unknown, rules?: string[], load: 'script-tag' | 'evaluate' = 'script-tag'): Promise<{ violations: string[]; passes: number }> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) {
    if (load === 'evaluate') await page.evaluate(await axeSource);
    else await page.addScriptTag({ content: await axeSource });
  }
  return page.evaluate(
    async ([axeContext, tags, ruleIds]) => {
      type AxeResult = { violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>; passes: unknown[] };
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
      const result = await axe.run(axeContext, { runOnly: ruleIds ? { type: 'rule', values: ruleIds } : { type: 'tag', values: tags } });
      return {
        violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`),
        passes: result.passes.length,
      };
    },
    [context, WCAG_22_A_AA, rules ?? null] as const,
  );
}
