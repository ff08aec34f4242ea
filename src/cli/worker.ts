// Worker thread: audits the files the pool sends, one at a time, and answers with their JSON.
import { parentPort } from 'node:worker_threads';
import { auditFile, type AuditTask } from './audit';

parentPort?.on('message', async (message: { id: number; task: AuditTask }) => {
  parentPort!.postMessage({ id: message.id, json: await auditFile(message.task) });
});
