/** The worker side of bench/robustness.bench.ts: one measurement per message. */
import { parentPort } from 'node:worker_threads';
import { measure, type MeasureJob } from './robustness-measure';

parentPort?.on('message', (job: MeasureJob) => {
  const measured = measure(job, () => parentPort?.postMessage('parsed'));
  parentPort?.postMessage(measured);
});
