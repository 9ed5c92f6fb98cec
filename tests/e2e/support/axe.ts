/** axe-core (WCAG 2.2 A and AA rules) run inside the reader's shadow root, from e2e tests. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const WCAG_22_A_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

let axeSource: Promise<string> | undefined;

/** Violations ("rule: targets") and the number of rules passed, for `within` (a selector in the reader's shadow root). */
export async function auditReader(page: Page, within: string, rules?: string[]): Promise<{ violations: string[]; passes: number }> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: await axeSource });
  return page.evaluate(
    async ([selector, tags, ruleIds]) => {
      type AxeResult = { violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>; passes: unknown[] };
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResult> } }).axe;
      const result = await axe.run(
        { include: { fromShadowDom: ['[data-lector-e2e-host]', selector] } },
        { runOnly: ruleIds ? { type: 'rule', values: ruleIds } : { type: 'tag', values: tags } },
      );
      return {
        violations: result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`),
        passes: result.passes.length,
      };
    },
    [within, WCAG_22_A_AA, rules ?? null] as const,
  );
}
