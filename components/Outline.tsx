/**
 * The article's headings as a nested list, at their own levels; the section
 * being read is `aria-current`. Activating a heading jumps there and reads.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Heading } from '../core/model';
import { PanelCloseButton } from './PanelCloseButton';
import { sectionHeading } from './reader/heading-navigation';
import type { ReaderModel } from './reader/reader-model';

export interface OutlineProps {
  id: string;
  model: ReaderModel;
  headings: readonly Heading[];
  /** The block reading is at. */
  place: number;
  /** When this changes (and is not 0), the current heading's button takes focus. */
  focusRequest: number;
}

interface OutlineNode {
  heading: Heading;
  children: OutlineNode[];
}

/** Nests headings by level: a heading holds the deeper ones that follow it. */
export function outlineTree(headings: readonly Heading[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const heading of headings) {
    const node: OutlineNode = { heading, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.heading.level >= heading.level) stack.pop();
    (stack[stack.length - 1]?.children ?? roots).push(node);
    stack.push(node);
  }
  return roots;
}

export function Outline({ id, model, headings, place, focusRequest }: OutlineProps) {
  const { t } = model;
  const current = sectionHeading(headings, place);
  const navRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (focusRequest === 0) return;
    const nav = navRef.current;
    const button = nav?.querySelector<HTMLElement>('[aria-current]') ?? nav?.querySelector<HTMLElement>('.lector-outline-link');
    (button ?? nav?.querySelector<HTMLElement>('h2'))?.focus();
  }, [focusRequest]);
  const renderList = (nodes: OutlineNode[]) => (
    <ol class="lector-outline-list">
      {nodes.map(({ heading, children }) => (
        <li key={heading.id}>
          <button
            type="button"
            class="lector-outline-link"
            data-level={heading.level}
            data-block={heading.block}
            aria-current={heading === current ? 'location' : undefined}
            onClick={() => model.goToHeading(heading, true)}
          >
            {heading.text}
          </button>
          {children.length > 0 ? renderList(children) : null}
        </li>
      ))}
    </ol>
  );
  return (
    <nav id={id} ref={navRef} class="lector-outline" aria-labelledby={`${id}-title`}>
      <div class="lector-panel-head">
        <h2 id={`${id}-title`} class="lector-panel-title" tabIndex={-1}>
          {t('readerContents')}
        </h2>
        <PanelCloseButton model={model} layer="contents" name={t('readerContents')} />
      </div>
      {headings.length > 0 ? renderList(outlineTree(headings)) : <p>{t('readerNoHeadings')}</p>}
    </nav>
  );
}
