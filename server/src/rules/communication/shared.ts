/**
 * What the communication rules share: the channels and who they reach, the
 * statuses that call for anonymity and a firewall message, and how to name a
 * language or a population in a message. Each helper builds its index once,
 * so a rule never compares every population with every channel.
 */
import { attributeOf, BlockMemo, type Block } from "../../core/ast";
import { languageName } from "../../core/codes";
import { inSection, listWords, section, words } from "../plan-model";

/** Statuses where some people have no papers, or may fear they have none. */
export const PRECARIOUS_STATUSES: readonly string[] = ["irregular", "mixed", "unknown"];

/** The communication section, if the plan has one. */
export function communicationSection(plan: Block): Block | undefined {
  return section(plan, "communication");
}

/** The declared channels of the communication section, in source order. */
export function channels(plan: Block): readonly Block[] {
  return inSection(plan, "communication", "channel");
}

/**
 * Who the channels reach. A channel without `reaches` reaches everyone (the
 * schema says so), and so does one whose `reaches` names nobody yet: an
 * unfinished attribute is not a promise to leave people out.
 */
export interface ChannelReach {
  /** Channels that reach every population. */
  everyone: Block[];
  /** Channels that name a population in `reaches`, by population name. */
  named: Map<string, Block[]>;
}

const reachMemo = new BlockMemo<ChannelReach>();

/** Built once per plan (several rules ask) and kept with it. Do not modify the result. */
export function channelReach(plan: Block): ChannelReach {
  return reachMemo.of(plan, buildChannelReach);
}

function buildChannelReach(plan: Block): ChannelReach {
  const everyone: Block[] = [];
  const named = new Map<string, Block[]>();
  for (const channel of channels(plan)) {
    const reached = new Set(words(channel, "reaches"));
    if (reached.size === 0) {
      everyone.push(channel);
      continue;
    }
    for (const name of reached) {
      const list = named.get(name);
      if (list) list.push(channel);
      else named.set(name, [channel]);
    }
  }
  return { everyone, named };
}

/** The channels that name this population in `reaches` (not those that reach everyone). */
export function namedChannels(reach: ChannelReach, population: Block): Block[] {
  return (population.id && reach.named.get(population.id.text)) || [];
}

/**
 * A test "does some channel that reaches this population pass `predicate`?",
 * asking the channels that reach everyone once rather than once per population.
 */
export function someReachingChannel(reach: ChannelReach, predicate: (channel: Block) => boolean): (population: Block) => boolean {
  const anyForEveryone = reach.everyone.some(predicate);
  return (population) => anyForEveryone || namedChannels(reach, population).some(predicate);
}

/** Whether a block says `yes` to a yes/no attribute. */
export function says(block: Block, name: string, answer: "yes" | "no"): boolean {
  return words(block, name)[0] === answer;
}

/** Whether a block has an attribute holding at least one word. */
export function hasWords(block: Block, name: string): boolean {
  return words(block, name).length > 0;
}

/** Whether the block holds the attribute at all (even without a value). */
export function hasAttribute(block: Block, name: string): boolean {
  return attributeOf(block, name) !== undefined;
}

/** "Lao (lo)", or just the code when the code is not a known language. */
export function languageLabel(code: string): string {
  const name = languageName(code);
  return name ? `${name} (${code})` : code;
}

/** The population's statuses that call for an anonymous channel and a firewall message. */
export function precariousStatuses(population: Block): string[] {
  return words(population, "status").filter((s) => PRECARIOUS_STATUSES.includes(s));
}

/** `"a", "b" and "c"`: words quoted as a drafter would type them. */
export function quotedList(items: readonly string[], conjunction = "and"): string {
  return listWords(items.map((i) => `"${i}"`), conjunction);
}
