/** The worker thread's side of cli/page-runner.ts: one reply per job, for as long as the runner keeps it. */
import { parentPort } from 'node:worker_threads';
import { runPageJob, type PageJob } from './page-job';

parentPort?.on('message', (job: PageJob) => parentPort?.postMessage(runPageJob(job)));
