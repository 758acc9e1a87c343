// Runs in VS Code's Markdown preview, after dist/mermaid.min.js: draws every
// <pre class="mermaid"> (see markdown-preview.ts), in the editor's theme,
// again each time the preview's content changes.
(function () {
  function draw() {
    var mermaid = window.mermaid;
    if (!mermaid) return;
    var dark = document.body.classList.contains("vscode-dark") || document.body.classList.contains("vscode-high-contrast");
    mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "default" });
    mermaid.run({ querySelector: "pre.mermaid:not([data-processed])", suppressErrors: true });
  }
  window.addEventListener("vscode.markdown.updateContent", draw);
  draw();
})();
