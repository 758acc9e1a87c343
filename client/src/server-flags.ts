/**
 * Node flags the extension starts the language server with, chosen for a
 * process that lives as long as the editor and holds a few documents:
 * - a small young generation (`--max-semi-space-size=2`, MB);
 * - an old generation that grows by half of what survives a collection
 *   (`--heap-growing-percent=50`) instead of up to four times it, V8's
 *   default for a fast collector.
 * Together they keep the server's resident memory close to what it holds,
 * at no cost to latency that the benchmark can see (docs/performance.md).
 * The benchmark starts the server the same way.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ["--max-semi-space-size=2", "--heap-growing-percent=50"];
