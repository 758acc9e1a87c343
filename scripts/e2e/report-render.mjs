// The reviewer's report, rendered as GitHub renders it: the Markdown turned
// into HTML (remark, GitHub-flavoured: tables), and every ```mermaid block
// drawn by Mermaid itself in Chromium. A block Mermaid cannot parse, or
// that draws no nodes, fails the check. A screenshot of each report is
// saved beside the run's output (out/e2e/report-<sample>.png).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

const require = createRequire(import.meta.url);

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The report as an HTML page, Mermaid blocks as <pre class="mermaid"> for Mermaid to draw. */
async function reportPage(markdown) {
  const blocks = [];
  // Mermaid blocks are taken out first, so the Markdown renderer leaves them alone.
  const withoutMermaid = markdown.replace(/```mermaid\n([\s\S]*?)```/g, (_, body) => {
    blocks.push(body);
    return `\n<!--mermaid-${blocks.length - 1}-->\n`;
  });
  let html = String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true }).process(withoutMermaid));
  html = html.replace(/<!--mermaid-(\d+)-->/g, (_, i) => `<pre class="mermaid">${escapeHtml(blocks[Number(i)])}</pre>`);
  const style = "body{font:14px/1.5 -apple-system,'Segoe UI',sans-serif;max-width:1100px;margin:24px auto;color:#1f2328}table{border-collapse:collapse;margin:12px 0}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left}h1,h2{border-bottom:1px solid #d8dee4}code{background:#f6f8fa;padding:1px 4px}";
  return { html: `<!doctype html><html><head><meta charset="utf-8"><style>${style}</style></head><body>${html}</body></html>`, blocks: blocks.length };
}

/**
 * Renders the report of every sample. Returns [name, error?] per sample.
 */
export async function checkReportsRender(browser, { repoRoot, outDir, say }) {
  const cli = path.join(repoRoot, "bin", "micic-plan.js");
  const mermaidScript = require.resolve("mermaid/dist/mermaid.min.js");
  mkdirSync(outDir, { recursive: true });
  const samples = readdirSync(path.join(repoRoot, "samples")).filter((f) => f.endsWith(".micic")).sort();
  const outcomes = [];
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    for (const sample of samples) {
      const name = sample.replace(/\.micic$/, "");
      try {
        const report = spawnSync(process.execPath, [cli, "report", path.join("samples", sample)], { cwd: repoRoot, encoding: "utf8" });
        if (report.status !== 0) throw new Error(`micic-plan report exited ${report.status}: ${report.stderr.trim()}`);
        const { html, blocks } = await reportPage(report.stdout);
        if (blocks === 0) throw new Error("the report has no Mermaid block");
        const page = await context.newPage();
        await page.setContent(html);
        await page.addScriptTag({ path: mermaidScript });
        const drawn = await page.evaluate(async () => {
          const mermaid = globalThis.mermaid;
          mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
          const errors = [];
          await mermaid.run({ querySelector: "pre.mermaid", suppressErrors: true, postRenderCallback: () => undefined }).catch((e) => errors.push(String(e?.message ?? e)));
          const diagrams = [...document.querySelectorAll("pre.mermaid")].map((pre) => ({
            svg: pre.querySelector("svg") !== null,
            nodes: pre.querySelectorAll("g.node").length,
            error: pre.querySelector(".error-icon, .error-text") !== null,
          }));
          return { errors, diagrams };
        });
        const bad = drawn.diagrams.filter((d) => !d.svg || d.error || d.nodes === 0);
        if (drawn.errors.length > 0 || bad.length > 0) {
          throw new Error(`Mermaid did not draw ${bad.length} of ${drawn.diagrams.length} diagrams: ${drawn.errors.join("; ")}`);
        }
        await page.screenshot({ path: path.join(outDir, `report-${name}.png`), fullPage: true });
        await page.close();
        say(`report of ${sample}: ${drawn.diagrams.length} Mermaid diagrams drawn (${drawn.diagrams.map((d) => d.nodes).join(", ")} nodes)`);
        outcomes.push([name]);
      } catch (error) {
        outcomes.push([name, error.message.split("\n")[0]]);
      }
    }
  } finally {
    await context.close();
  }
  return outcomes;
}
