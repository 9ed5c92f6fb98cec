// A worker thread starts without the main thread's TypeScript loader: register tsx again, then load the worker.
import { register } from 'tsx/esm/api';

register();
await import('./robustness-worker.ts');
