/**
 * A time budget for the frame's one extraction, checked inside the pipeline.
 *
 * The clutter rules and the sanitizer (and Readability, where the frame's worker cannot run it) run on the main
 * thread of the extension's process, which every tab's extraction frame and the options page share (Chromium keeps all of an extension's pages in one
 * process per profile; Firefox runs them in its extension process). A reader that gives up removes its frame, but a
 * removed frame cannot interrupt a task already running: on a 4.5 MB page of 50,000 short paragraphs that task
 * went on for minutes and every other tab's frame waited behind it. So the task watches the clock itself: the DOM
 * accessors every pass of the pipeline walks the page with compare the time with the deadline (on every call that
 * may cost time in proportion to the page, on every thousandth step of a walk); past it, they throw, and keep
 * throwing until the pipeline has unwound.
 * The accessors are the frame's own (its realm parses and extracts; the page's DOM is elsewhere) and are restored
 * as soon as the work ends.
 */

/**
 * Less than the reader's patience once the frame has started (FRAME_TIMEOUTS.finish, 30 s): the work has stopped
 * by the time a reader gives up on it. A long real article takes well under a second in the frame
 * (bench/RESULTS.md), so ten seconds stops only pages no reader would wait for, and holds other tabs up for at most
 * that long.
 */
export const FRAME_WORK_BUDGET_MS = 10_000;

/** Thrown from inside the pipeline once the budget is spent. */
export class WorkBudgetSpent extends Error {
  constructor(readonly budgetMs: number) {
    super(`extraction stopped after its budget of ${budgetMs} ms`);
  }
}

export interface BudgetedWork<T> {
  /** Null when the budget ran out before the work ended. */
  value: T | null;
  spent: boolean;
  elapsedMs: number;
}

/** The prototypes whose accessors the pipeline cannot do without; the frame's window or a jsdom one in tests. */
export interface BudgetedRealm {
  Node: { prototype: object };
  Element: { prototype: object };
  Document: { prototype: object };
}

/**
 * Readability's walk and scoring, link density, the rules' queries and the sanitizer's tree walk all go through
 * these. `costly`: one call may cost time in proportion to the page (the text of a whole subtree, a query over it),
 * which is where the heavy page spends its minutes, so the clock is read on every such call.
 */
const WATCHED: ReadonlyArray<{ owner: 'Node' | 'Element' | 'Document'; name: string; costly: boolean }> = [
  { owner: 'Node', name: 'textContent', costly: true },
  { owner: 'Element', name: 'getElementsByTagName', costly: true },
  { owner: 'Element', name: 'querySelectorAll', costly: true },
  { owner: 'Element', name: 'querySelector', costly: true },
  { owner: 'Element', name: 'innerHTML', costly: true },
  { owner: 'Document', name: 'getElementsByTagName', costly: true },
  { owner: 'Document', name: 'querySelectorAll', costly: true },
  // The rules' descendant queries walk with a TreeWalker (core/element-walk.ts), each walk as costly as a query.
  { owner: 'Document', name: 'createTreeWalker', costly: true },
  { owner: 'Node', name: 'childNodes', costly: false },
  { owner: 'Node', name: 'parentNode', costly: false },
  { owner: 'Element', name: 'firstElementChild', costly: false },
  { owner: 'Element', name: 'nextElementSibling', costly: false },
  { owner: 'Element', name: 'children', costly: false },
  // The heavy page's minutes went to a rule comparing every line with every other (2.5 billion `contains`).
  { owner: 'Node', name: 'contains', costly: false },
  { owner: 'Element', name: 'matches', costly: false },
  { owner: 'Element', name: 'closest', costly: false },
];

/** Reading the clock on every step of a walk would cost more than the steps; every 1,024th is microseconds apart. */
const CHEAP_CALLS_PER_CHECK = 1_024;

export function runWithinBudget<T>(realm: BudgetedRealm, budgetMs: number, work: () => T, now: () => number = () => performance.now()): BudgetedWork<T> {
  const budget = watchBudget(realm, budgetMs, now);
  try {
    const value = work();
    return { value: budget.spent() ? null : value, spent: budget.spent(), elapsedMs: budget.elapsedMs() };
  } catch (error) {
    if (budget.spent()) return { value: null, spent: true, elapsedMs: budget.elapsedMs() };
    throw error;
  } finally {
    budget.stop();
  }
}

/** A budget being watched, for work that runs as several tasks (core/run-steps.ts): check it between them too. */
export interface WatchedBudget {
  /** True once a watched accessor found the deadline passed. */
  spent(): boolean;
  /** Between steps: marks the budget spent if the deadline has passed, and says whether it is. */
  checkBetweenSteps(): boolean;
  elapsedMs(): number;
  /** Restores the accessors; call it however the work ends. */
  stop(): void;
}

export function watchBudget(realm: BudgetedRealm, budgetMs: number, now: () => number = () => performance.now()): WatchedBudget {
  const started = now();
  const deadline = started + budgetMs;
  let calls = 0;
  let spent = false;
  const check = (costly: boolean) => {
    if (spent) throw new WorkBudgetSpent(budgetMs);
    if ((!costly && ++calls % CHEAP_CALLS_PER_CHECK !== 0) || now() <= deadline) return;
    spent = true;
    throw new WorkBudgetSpent(budgetMs);
  };
  const restore = watchAccessors(realm, check);
  return {
    spent: () => spent,
    checkBetweenSteps: () => (spent ||= now() > deadline),
    elapsedMs: () => now() - started,
    stop: restore,
  };
}

/** Wraps each watched accessor (a getter or a method) so that it calls `check` first; returns what undoes it. */
function watchAccessors(realm: BudgetedRealm, check: (costly: boolean) => void): () => void {
  const undo: Array<() => void> = [];
  for (const { owner, name, costly } of WATCHED) {
    const proto = realm[owner]?.prototype;
    const original = proto && Object.getOwnPropertyDescriptor(proto, name);
    if (!proto || !original || !original.configurable) continue;
    const watched: PropertyDescriptor = { ...original };
    if (original.get) {
      const get = original.get;
      watched.get = function (this: unknown) {
        check(costly);
        return get.call(this);
      };
    } else if (typeof original.value === 'function') {
      const method = original.value as (...args: unknown[]) => unknown;
      watched.value = function (this: unknown, ...args: unknown[]) {
        check(costly);
        return method.apply(this, args);
      };
    } else continue;
    Object.defineProperty(proto, name, watched);
    undo.push(() => Object.defineProperty(proto, name, original));
  }
  return () => undo.forEach((restore) => restore());
}
