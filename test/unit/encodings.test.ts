/**
 * A plan saved in an encoding other than UTF-8 (workspace/limits.ts): one
 * clear problem that names the likely encoding and says how to re-save it
 * in VS Code, for the Cyrillic encodings drafters' tools still write; no
 * guess for UTF-8 with one stray byte.
 */
import assert from "node:assert/strict";
import { decodePlanFile } from "../../server/src/workspace/limits";

/** `text` in a single-byte encoding, through the runtime's own decoder table. */
function encode(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text].map((ch) => byChar.get(ch)!));
}

const RUSSIAN = 'plan "Паводок в Ташкенте" {\n  country: "Узбекистан"\n  stakeholder мчс "МЧС Узбекистана" { kind: government  contact: "+998 71 000 0000" }\n}\n';
const problem = (bytes: Uint8Array) => (decodePlanFile(bytes) as { problem: string }).problem;

describe("a plan not saved as UTF-8", () => {
  const cases: [string, string, RegExp][] = [
    ["windows-1251", RUSSIAN, /it looks like Windows-1251 \(Cyrillic\)\. In VS Code, choose the encoding in the status bar, "Reopen with Encoding", Cyrillic \(Windows 1251\), then "Save with Encoding", UTF-8 \(or: iconv -f WINDOWS-1251 -t UTF-8\)$/],
    ["koi8-r", RUSSIAN, /it looks like KOI8-R \(Cyrillic\)/],
    ["ibm866", RUSSIAN, /it looks like CP866 \(Cyrillic, DOS\)/],
    ["windows-1252", 'plan "Évacuation à Marseille" {\n  area: "Les Crottes, quartier très exposé"\n}\n', /it looks like Windows-1252 \(Western European\)/],
  ];
  for (const [encoding, text, expected] of cases) {
    it(`names ${encoding} and how to re-save the file as UTF-8`, () => {
      const said = problem(encode(text, encoding));
      assert.match(said, /^it is not UTF-8 text \(an invalid byte at line 1, column \d+\): /);
      assert.match(said, expected);
    });
  }

  it("tells Windows-1251 from KOI8-R on a short plan, both ways", () => {
    const short = 'plan "Сель" {\n  area: "Чирчик"\n}\n';
    assert.match(problem(encode(short, "windows-1251")), /Windows-1251/);
    assert.match(problem(encode(short, "koi8-r")), /KOI8-R/);
  });

  it("makes no guess for UTF-8 with one stray byte: it says where the byte is", () => {
    const bytes = Buffer.concat([Buffer.from('plan "Паводок" {\n  area: "Chir'), Buffer.from([0xff]), Buffer.from('chiq"\n}\n')]);
    assert.equal(problem(bytes), "it is not UTF-8 text (an invalid byte at line 2, column 14): save it as UTF-8");
  });
});
