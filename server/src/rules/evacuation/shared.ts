/**
 * What several evacuation rules read the same way: who the evacuation
 * covers, and how a population or a number is named in a message. Only the
 * evacuation rules use these; plan-wide helpers live in plan-model.ts.
 */
import { attributeOf, type Block } from "../../core/ast";
import { populations } from "../plan-model";

/** Who the evacuation section says it covers. */
export interface Coverage {
  /** `covers: all`, or no `covers` at all (the schema reads silence as everyone). */
  all: boolean;
  /** The names listed in `covers`, when it lists names. */
  names: ReadonlySet<string>;
}

export function coverage(evacuation: Block): Coverage {
  const covers = attributeOf(evacuation, "covers");
  if (!covers) return { all: true, names: new Set() };
  const names = new Set(covers.values.filter((v) => v.kind === "ident").map((v) => v.text));
  return { all: names.has("all"), names };
}

/**
 * The populations declared in the plan, each once (a name declared twice is
 * NAM001's; counting it twice would double its size), split by whether the
 * evacuation covers them.
 */
export function populationsByCoverage(plan: Block, evacuation: Block): { covered: Block[]; left: Block[] } {
  const { all, names } = coverage(evacuation);
  const seen = new Set<string>();
  const covered: Block[] = [];
  const left: Block[] = [];
  for (const population of populations(plan)) {
    const id = population.id!.text;
    if (seen.has(id)) continue;
    seen.add(id);
    (all || names.has(id) ? covered : left).push(population);
  }
  return { covered, left };
}

/** `'syrians' (Syrians under temporary protection)`: a population as a drafter knows it. */
export function populationLabel(population: Block): string {
  const id = `'${population.id?.text ?? population.kind.text}'`;
  const title = population.title?.text.trim();
  return title ? `${id} (${title})` : id;
}
