/**
 * The few assertions the web suite and the shared helpers (../suite/helpers.ts)
 * use, for a web worker, which has no node:assert: the web suite's bundle
 * maps node:assert/strict here (scripts/e2e/build-web-suite.mjs).
 */
export class AssertionError extends Error {
  override name = "AssertionError";
}

function fail(message: string | undefined, fallback: string): never {
  throw new AssertionError(message ?? fallback);
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${String(value)}`);
}

export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message && `${message}: got ${JSON.stringify(actual)}`, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function deepEqual(actual: unknown, expected: unknown, message?: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) fail(message && `${message}: got ${JSON.stringify(actual)}`, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

export function match(actual: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(actual)) fail(message && `${message}: got ${JSON.stringify(actual)}`, `expected ${JSON.stringify(actual)} to match ${pattern}`);
}

export default { ok, equal, deepEqual, match, AssertionError };
