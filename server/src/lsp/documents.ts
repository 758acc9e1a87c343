/**
 * The open documents, kept current with the changes the editor sends (a
 * range and the text that replaces it, since the server asks for
 * incremental sync). Each change is also told as the region it edited, so
 * a plan is reparsed from the changes themselves rather than by comparing
 * its whole text before and after.
 */
import { TextDocuments } from "vscode-languageserver/node";
import { TextDocument, type TextDocumentContentChangeEvent } from "vscode-languageserver-textdocument";
import type { EditedRegion } from "../core/incremental";

export function openDocuments(edited: (uri: string, region: EditedRegion) => void): TextDocuments<TextDocument> {
  return new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update(document, changes, version) {
      // One change at a time: each range is a range of the text the change
      // before it left.
      for (const change of changes) {
        edited(document.uri, regionOf(document, change));
        TextDocument.update(document, [change], version);
      }
      return document;
    },
  });
}

/** The offsets a change replaces, read as TextDocument.update reads them (positions past a line's end fall at its end). */
function regionOf(document: TextDocument, change: TextDocumentContentChangeEvent): EditedRegion {
  if (!("range" in change)) return { start: 0, oldEnd: document.getText().length, newEnd: change.text.length };
  const from = document.offsetAt(change.range.start);
  const to = document.offsetAt(change.range.end);
  const start = Math.min(from, to);
  return { start, oldEnd: Math.max(from, to), newEnd: start + change.text.length };
}
