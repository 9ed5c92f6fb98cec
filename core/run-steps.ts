/**
 * Runs a stepwise pipeline (core/extract.ts `extractSteps`) as several tasks instead of one: after each step it
 * waits for `pause`, which yields to the event loop and says whether to go on. Whoever shares the thread (another
 * tab's extraction frame in the extension's one process, the page's own script for the in-page fallback) runs in
 * between, and work nobody waits for any more stops at the next pause instead of at the end.
 */

export type StepwiseOutcome<Step, Result> = { done: true; value: Result } | { done: false; stoppedAfter: Step };

/** `pause` resolves to false to stop. What a step throws is the caller's (the steps are closed first). */
export async function runStepwise<Step, Result>(
  steps: Generator<Step, Result, void>,
  pause: (after: Step) => Promise<boolean>,
): Promise<StepwiseOutcome<Step, Result>> {
  for (;;) {
    const step = steps.next();
    if (step.done) return { done: true, value: step.value };
    if (!(await pause(step.value))) {
      steps.return(undefined as Result);
      return { done: false, stoppedAfter: step.value };
    }
  }
}

/**
 * A macrotask, not a microtask: other documents' tasks run before it. A posted message, not `setTimeout`: Chromium
 * throttles timers in hidden cross-origin frames (the extraction frame is one) to about one a second.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
