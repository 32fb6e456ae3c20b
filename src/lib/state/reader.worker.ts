/// <reference lib="webworker" />
/** The reading worker: `readerService` off the page's thread (see reader-service.ts). */
import type { ReadRequest, SaveRequest } from './reader-protocol';
import { readerService } from './reader-service';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = readerService((m) => scope.postMessage(m));
scope.onmessage = (e: MessageEvent<ReadRequest | SaveRequest>) => handle(e.data);
