// A bulk run's worker thread (built to dist/cli/bulk-worker.js): loads the analysis once (the
// bundle, the knowledge base and its index, the tagger: on its first page) and then analyses the
// pages the main thread sends it, one at a time.
import { parentPort } from 'node:worker_threads';
import { analysePage, type PageTask } from './analyse-page';
import type { FromWorker } from './page-pool';

const port = parentPort;
if (port === null) throw new Error('bulk-worker.js runs as a worker thread only');
const send = (message: FromWorker): void => port.postMessage(message);

port.on('message', (task: PageTask) => {
  void analysePage(task, (line) => send({ type: 'warn', line })).then((outcome) =>
    send({ type: 'outcome', outcome }),
  );
});
