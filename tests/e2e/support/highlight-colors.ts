/** The spoken-text highlight's colours as Chromium computes them, and WCAG contrast between colours. */
import type { Page } from 'playwright-core';

export interface HighlightColors {
  /** The highlight's computed background, text colour and text decoration. */
  background: string;
  color: string;
  decoration: string;
  /** The opaque background behind the highlighted text (the page's). */
  page: string;
}

/** Null when the highlight is not registered (nothing highlighted). */
export function highlightColors(page: Page, name: string): Promise<HighlightColors | null> {
  return page.evaluate((highlightName) => {
    type Registry = Map<string, Set<Range>>;
    const highlight = (CSS as unknown as { highlights: Registry }).highlights.get(highlightName);
    const range = highlight ? [...highlight][0] : undefined;
    if (!range) return null;
    const node = range.startContainer;
    const element = node instanceof Element ? node : node.parentElement!;
    const style = getComputedStyle(element, `::highlight(${highlightName})`);
    let behind: Element | null = element;
    let pageBackground = 'rgba(0, 0, 0, 0)';
    for (; behind; behind = behind.parentElement ?? ((behind.getRootNode() as ShadowRoot).host ?? null)) {
      const background = getComputedStyle(behind).backgroundColor;
      if (!/rgba\(.*, 0\)$/.test(background) && background !== 'transparent') {
        pageBackground = background;
        break;
      }
    }
    return { background: style.backgroundColor, color: style.color, decoration: style.textDecorationLine, page: pageBackground };
  }, name);
}

function channels(color: string): [number, number, number] {
  const match = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(color);
  if (!match) throw new Error(`Not an rgb() colour: ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function luminance(color: string): number {
  const [r, g, b] = channels(color).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
