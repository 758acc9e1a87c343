/**
 * Mermaid diagrams in VS Code's Markdown preview: the plan report draws its
 * evacuation routes and referral pathways as ```mermaid flowcharts, which
 * GitHub draws but VS Code's preview shows as code. This markdown-it plugin
 * turns those blocks into <pre class="mermaid">, and the preview scripts
 * (dist/mermaid.min.js and dist/preview-mermaid.js) draw them.
 */
interface MarkdownIt {
  renderer: { rules: Record<string, ((tokens: { info: string; content: string }[], index: number, ...rest: unknown[]) => string) | undefined> };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function extendMarkdownIt<T>(md: T): T {
  const it = md as unknown as MarkdownIt;
  const fence = it.renderer.rules.fence;
  it.renderer.rules.fence = (tokens, index, ...rest) => {
    const token = tokens[index];
    if (token.info.trim().split(/\s+/)[0] === "mermaid") return `<pre class="mermaid">${escapeHtml(token.content)}</pre>\n`;
    return fence ? fence(tokens, index, ...rest) : `<pre><code>${escapeHtml(token.content)}</code></pre>\n`;
  };
  return md;
}
