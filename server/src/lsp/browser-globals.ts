/**
 * What the server's code takes from Node's globals and a web worker lacks,
 * given before anything runs. setImmediate is how the server waits for a
 * turn of the event loop (message-queue.ts, display-names.ts); in a worker
 * it is a zero timeout, which is what vscode-jsonrpc's own browser runtime
 * uses for its message queue, so the two still take turns in order.
 */
const scope = globalThis as unknown as Record<string, unknown>;
if (typeof scope.setImmediate !== "function") {
  scope.setImmediate = (callback: (...args: unknown[]) => void, ...args: unknown[]) => setTimeout(callback, 0, ...args);
  scope.clearImmediate = (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle);
}

export {};
