// A fixed set of worker threads auditing files in parallel (--jobs). A file that takes too long or kills its worker
// (out of memory on a hostile page) becomes that file's error; the worker is replaced and the batch goes on.
import { Worker } from 'node:worker_threads';
import type { ReportJson } from '../model/schema';
import type { AuditTask } from './audit';
import { unreadableReport, sourceKindOf } from './report';
import { AdapterError } from '../adapters/types';

/** Far beyond a real page (a 1 MB page takes ~0.1 s); only a pathological file reaches it. */
export const FILE_TIMEOUT_MS = 60_000;
/** Per worker: a 30 MB page fits; memory stays bounded whatever the batch size. */
const WORKER_HEAP_MB = 384;

interface Pending {
  id: number;
  task: AuditTask;
  resolve: (json: ReportJson) => void;
}

class Slot {
  private worker!: Worker;
  private current: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly script: URL,
    private readonly next: () => Pending | null,
  ) {
    this.spawn();
  }

  private spawn(): void {
    this.worker = new Worker(this.script, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.worker.on('message', (message: { id: number; json: ReportJson }) => {
      if (this.current?.id === message.id) this.finish(message.json);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', () => this.fail(new Error('worker exited')));
  }

  /** The worker failed, ran out of time or exited: it is replaced (even when idle, so no task is sent to a dead one). */
  private fail(error: Error): void {
    this.worker.removeAllListeners();
    void this.worker.terminate();
    this.spawn();
    const pending = this.current;
    if (!pending) return;
    const lost = /memory/i.test(error.message)
      ? new AdapterError('too-large', '读取此文件时内存不足（文件过大或结构异常）', 'Reading this file ran out of memory (too large or malformed).')
      : error;
    this.finish(unreadableReport({ kind: sourceKindOf(pending.task.name), name: pending.task.name }, lost, { blanksAsZero: false }));
  }

  private finish(json: ReportJson): void {
    if (this.timer) clearTimeout(this.timer);
    const pending = this.current!;
    this.current = null;
    pending.resolve(json);
    this.pump();
  }

  pump(): void {
    if (this.current) return;
    const pending = this.next();
    if (!pending) return;
    this.current = pending;
    this.timer = setTimeout(
      () => this.fail(new AdapterError('timeout', `读取此文件超过 ${FILE_TIMEOUT_MS / 1000} 秒，已放弃`, `Reading this file took more than ${FILE_TIMEOUT_MS / 1000} s; it was abandoned.`)),
      FILE_TIMEOUT_MS,
    );
    this.worker.postMessage({ id: pending.id, task: pending.task });
  }

  close(): Promise<number> {
    this.worker.removeAllListeners();
    return this.worker.terminate();
  }
}

export class AuditPool {
  private readonly queue: Pending[] = [];
  private readonly slots: Slot[];
  private nextId = 0;

  constructor(jobs: number, script: URL) {
    this.slots = Array.from({ length: jobs }, () => new Slot(script, () => this.queue.shift() ?? null));
  }

  audit(task: AuditTask): Promise<ReportJson> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, task, resolve });
      for (const slot of this.slots) slot.pump();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.close()));
  }
}
