/**
 * The edge between the core and the protocol: core findings, spans and
 * edits become LSP diagnostics, ranges and text edits. Nothing else in the
 * server builds these by hand.
 */
import type { Locale } from "../messages/locales";
import * as path from "node:path";
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type Range,
  type TextEdit,
} from "vscode-languageserver/node";
import type { Finding, Fix, FixKind, Severity } from "../core/finding";
import { rulesByCode } from "../rules/index";
import { URI, Utils } from "vscode-uri";
import { uriOfFile } from "./uris";
import type { LineIndex, Span } from "../core/text";

export const SOURCE = "micic-plan";

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Made once per rule: a file URL costs microseconds, and a check of a large plan publishes thousands of diagnostics. */
const ruleDocUris = new Map<string, string>();
/** The folder of the rule pages as the client named it (initializationOptions.ruleDocs), if it did. */
let ruleDocsFolder: URI | undefined;

/**
 * The folder of the rule pages, as a URI the client can open: the
 * extension's docs/rules, which the client knows (a browser server, whose
 * bundle is fetched from wherever the editor keeps extensions, does not).
 * Without it, the pages beside the Node bundle are linked.
 */
export function setRuleDocsFolder(uri: string): void {
  try {
    ruleDocsFolder = URI.parse(uri, true);
  } catch {
    return; // Not a URI: the pages beside the bundle, as without it.
  }
  ruleDocUris.clear();
}

/**
 * The rule's page: the docs/rules/ folder shipped beside the bundle in the
 * extension package (and in the repository), so the link works offline.
 */
export function ruleDocUri(code: string, locale: Locale = "en"): string {
  // The English pages are docs/rules/CODE.md; the translations docs/rules/<locale>/CODE.md.
  const page = locale === "en" ? `${code}.md` : `${locale}/${code}.md`;
  let uri = ruleDocUris.get(page);
  if (uri === undefined) {
    if (ruleDocsFolder) {
      uri = Utils.joinPath(ruleDocsFolder, page).toString();
    } else {
      // The bundle is dist/server.js; the sources (run by tests) have no __dirname.
      const here = typeof __dirname === "string" ? __dirname : path.join(typeof process === "object" ? process.cwd() : "/", "dist");
      uri = uriOfFile(path.join(here, "..", "docs", "rules", ...page.split("/")));
    }
    ruleDocUris.set(page, uri);
  }
  return uri;
}

/**
 * An edit of a quick-fix: the text to write, and when part of it is for the
 * drafter to fill (a title, a contact), the same text as an editor snippet
 * whose tab stops stand where `newText` has placeholders ("…").
 */
export interface SuggestedEdit extends TextEdit {
  snippet?: string;
}

/** What a quick-fix needs, carried in Diagnostic.data so no rule runs again. */
export interface DiagnosticData {
  /** Each of the finding's fixes ("fix": mechanical) and suggestions ("suggestion": commits the plan), as its rule wrote it. */
  fixes: { title: string; kind: FixKind; edits: SuggestedEdit[] }[];
  /** Whether `# micic-disable` may silence it (language rules may not). */
  suppressible: boolean;
  /** The MICIC guidelines (`G13`) and principles (`P1`) it comes from: the extension's status bar counts them. */
  guidelines: string[];
}

export function toRange(lines: LineIndex, span: Span): Range {
  return lines.range(span);
}

export function toTextEdits(lines: LineIndex, fix: Fix): SuggestedEdit[] {
  return fix.edits.map((e) => (e.snippet === undefined ? { range: lines.range(e.span), newText: e.newText } : { range: lines.range(e.span), newText: e.newText, snippet: e.snippet }));
}

/** `locale`: the language of the findings, whose rule pages the diagnostics link. */
export function toDiagnostic(uri: string, lines: LineIndex, finding: Finding, locale: Locale = "en"): Diagnostic {
  const data: DiagnosticData = {
    fixes: finding.fixes.map((f) => ({ title: f.title, kind: f.kind, edits: toTextEdits(lines, f) })),
    // Language rules cannot be suppressed: no "disable for this line" on them.
    suppressible: !rulesByCode.get(finding.code)?.meta.alwaysOn,
    guidelines: [...finding.guidelines],
  };
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: severities[finding.severity],
    code: finding.code,
    codeDescription: { href: ruleDocUri(finding.code, locale) },
    source: SOURCE,
    message: finding.message,
    data,
  };
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri, range: r.range }, message: r.message }));
  }
  if (finding.tags?.includes("unnecessary")) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}
