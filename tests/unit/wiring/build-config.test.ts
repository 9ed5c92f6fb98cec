import { parseAst } from 'rollup/parseAst';
import { describe, expect, it } from 'vitest';
import config, {
  E2E_HOST_PERMISSIONS,
  PERMISSIONS,
  rewriteInnerHtmlAssignments,
  SET_INNER_HTML_HELPER,
} from '../../../wxt.config';

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 2 | 3; command: 'build' | 'serve' }) => Record<string, unknown>;
const manifestFor = (mode: string, browser = 'chrome') =>
  (config.manifest as ManifestFn)({ mode, browser, manifestVersion: 3, command: 'build' });

describe('manifest', () => {
  it('gives host access only in e2e mode', () => {
    const production = manifestFor('production');
    const { host_permissions: hosts, ...e2eRest } = manifestFor('e2e');
    expect(production).not.toHaveProperty('host_permissions');
    expect(hosts).toEqual(E2E_HOST_PERMISSIONS);
    expect(e2eRest).toEqual(production);
    expect(production.permissions).toEqual(PERMISSIONS);
  });
});

describe('rewriteInnerHtmlAssignments', () => {
  const rewrite = (code: string) => rewriteInnerHtmlAssignments(code, (source) => parseAst(source));

  it('routes dynamic innerHTML writes through the helper, keeping evaluation and value', () => {
    const out = rewrite('a.b.innerHTML = html, c = (d.innerHTML = x + y);');
    expect(out).toContain(`${SET_INNER_HTML_HELPER}(a.b,html)`);
    expect(out).toContain(`c = (${SET_INNER_HTML_HELPER}(d,x + y))`);
    expect(out).not.toMatch(/\.innerHTML\s*=[^=]/);

    const el = { innerHTML: '' };
    const c = new Function('el', `${rewrite('var r = (el.innerHTML = "<p>" + 1);')}; return r;`)(el);
    expect(el.innerHTML).toBe('<p>1');
    expect(c).toBe('<p>1');
  });

  it('leaves literal writes, reads, comparisons and other code alone', () => {
    const code = 'a.innerHTML = ""; b = c.innerHTML; d.innerHTML == e; f.outerHTML = g;';
    expect(rewrite(code)).toBe(code);
  });
});
