/** Document URIs as the client writes them, and the files they name (lsp/uris.ts). */
import assert from "node:assert/strict";
import { filePathOf, uriOfFile } from "../../server/src/lsp/uris";

describe("document URIs", () => {
  it("name a file by its URI as VS Code spells it, Cyrillic and spaces encoded, and back", () => {
    const file = "/home/мчс/планы/Фарғона сел.micic";
    const uri = uriOfFile(file);
    assert.equal(uri, "file:///home/%D0%BC%D1%87%D1%81/%D0%BF%D0%BB%D0%B0%D0%BD%D1%8B/%D0%A4%D0%B0%D1%80%D2%93%D0%BE%D0%BD%D0%B0%20%D1%81%D0%B5%D0%BB.micic");
    assert.equal(filePathOf(uri), file);
  });

  it("read a Windows drive letter whether VS Code encoded its colon or not", () => {
    // VS Code sends file:///c%3A/…; other clients send file:///C:/…
    for (const uri of ["file:///c%3A/plans/a.micic", "file:///C:/plans/a.micic"]) {
      assert.match(filePathOf(uri)!.replace(/\\/g, "/"), /^c:\/plans\/a\.micic$/i, uri);
    }
  });

  it("name no file for a document that is not on disk, nor for a malformed URI", () => {
    for (const uri of ["untitled:Untitled-1", "vscode-notebook-cell:/a.ipynb#X1", "vscode-vfs://github/org/repo/plan.micic", "::not a uri"]) {
      assert.equal(filePathOf(uri), undefined, uri);
    }
  });
});
