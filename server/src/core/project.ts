/**
 * Where the project's rule pages live on the web, for formats read outside
 * the editor (SARIF's helpUri, reports). The editor links to the copies
 * shipped in the extension instead, which work offline.
 */
export const PROJECT_URL = "https://github.com/micic-plan/micic-plan";
export const RULE_DOCS_URL = `${PROJECT_URL}/blob/main/docs/rules/`;

export function ruleDocUrl(code: string): string {
  return `${RULE_DOCS_URL}${code}.md`;
}
