/**
 * Node flags the extension starts the language server with. A small young
 * generation keeps the server's resident memory close to what it holds
 * (docs/performance.md); the benchmark starts the server the same way.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=2"];
