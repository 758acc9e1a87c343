/**
 * Plan shapes the typical generator (generate.ts) never makes, each the
 * worst realistic case of one kind of growth. The bench measures them; the
 * tests use small ones, whose findings, messages and output must stay
 * bounded however large the shape grows.
 *
 * - crossProductPlan: a national plan where thousands of populations, each
 *   speaking a few of dozens of languages, meet hundreds of pathways and
 *   channels that each offer a few languages: every rule that relates two
 *   kinds of block meets a cross product.
 * - manyFindingsPlan: every block lacks what the rules ask for, so every
 *   rule reports as often as it can.
 * - hugeAttributePlan: one attribute with millions of values.
 * - closingBracesText / deepBracesText: stray and nested braces.
 * - markdownWithBlocks: a Markdown note with thousands of ```micic blocks.
 * - fixablePlan: a plan with a given number of mechanically fixable findings.
 */

/** Deterministic pseudo-random numbers (mulberry32), so every run checks the same plan. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 48 languages as ISO 639 codes: "dozens of distinct languages". */
export const CROSS_LANGUAGES = [
  "ky", "tg", "prs", "ps", "ar", "am", "ti", "so", "om", "tl", "bn", "my", "ha", "yo", "ig", "ru",
  "uz", "kk", "tk", "fa", "ur", "hi", "ne", "si", "ta", "te", "ml", "th", "lo", "km", "vi", "id",
  "ms", "zh", "ko", "ja", "fr", "es", "pt", "sw", "rw", "ln", "wo", "ff", "bm", "ku", "tr", "az",
];
const COUNTRIES = ["KG", "TJ", "AF", "SY", "ET", "PH", "BD", "MM", "NG", "SD", "SO", "ER", "NP", "LK", "IN", "PK", "VN", "KH", "LA", "ID", "CN", "KR", "SN", "ML", "CD", "RW", "TR", "AZ", "IQ", "IR"];
const NEEDS = ["health", "psychosocial", "protection", "child-protection", "family-tracing", "gbv", "trafficking", "asylum", "shelter", "food", "cash", "documentation", "legal", "return"];
const MEDIA = ["sms", "radio", "hotline", "messaging-app", "door-to-door", "community-meeting", "tv", "website"];
const VULNERABILITIES = ["children", "unaccompanied-children", "older-persons", "disabilities", "pregnant", "trafficking-victims", "detained", "undocumented", "domestic-workers", "limited-local-language", "asylum-seekers", "stateless"];

function pick<T>(next: () => number, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(items[Math.floor(next() * items.length)]);
  return [...chosen];
}

/**
 * A national plan of about `lines` lines: about 3.2 populations per 100
 * lines (3,171 at 100,000), one pathway and one stakeholder per 100 lines,
 * a channel per 200; populations speak 2–3 of 48 languages, pathways and
 * channels offer 2–3, channels reach a dozen populations each. The plan is
 * otherwise complete, so what the checker reports comes from the cross
 * product itself.
 */
export function crossProductPlan(lines: number): string {
  const next = random(lines);
  const populations = Math.max(4, Math.round(lines * 0.0317));
  const pathways = Math.max(2, Math.round(lines / 100));
  const stakeholders = Math.max(2, Math.round(lines / 100));
  const channels = Math.max(2, Math.round(lines / 200));
  const out: string[] = [
    "# A national plan: thousands of populations meet hundreds of pathways",
    'plan "National contingency plan: migrants" {',
    '  country: "Uzbekistan"',
    "  hazards: flood, earthquake, mudflow",
    "  lead: org_0",
    "  reviewed: 2026-06-01",
    "",
  ];
  for (let i = 0; i < stakeholders; i++) {
    const consulate = i % 5 === 0;
    out.push(
      `  stakeholder org_${i} "Organisation ${i}" {`,
      `    kind: ${consulate ? "consulate" : i % 5 === 1 ? "international-organization" : i % 5 === 2 ? "civil-society" : "government"}${consulate ? `  country: ${COUNTRIES[(i / 5) % COUNTRIES.length]}` : ""}`,
      `    contact: "+998 71 ${String(100 + (i % 900)).padStart(3, "0")} ${String(i).padStart(4, "0")}"`,
      `    role: "Focal point for district ${i}"`,
      "    # office hours on weekdays; a duty officer answers at night",
      `    languages: ${pick(next, CROSS_LANGUAGES, 2).join(", ")}`,
      "  }",
    );
  }
  const populationIds: string[] = [];
  for (let i = 0; i < populations; i++) {
    const id = `group_${i}`;
    populationIds.push(id);
    out.push(
      `  population ${id} "Migrant group ${i}" {`,
      `    # surveyed by district office ${i % 97}`,
      `    size: ${500 + Math.floor(next() * 5000)}`,
      `    nationalities: ${pick(next, COUNTRIES, 1 + (i % 2)).join(", ")}`,
      `    languages: ${pick(next, CROSS_LANGUAGES, 2 + (i % 2)).join(", ")}`,
      `    status: regular, ${i % 3 === 0 ? "irregular" : "mixed"}`,
      `    vulnerabilities: ${pick(next, VULNERABILITIES, 2).join(", ")}`,
      "    locations:",
      `      "District ${i % 97}",`,
      `      "Mahalla ${i}",`,
      `      "Market ${i % 13}",`,
      `      "Hostel ${i % 41}",`,
      `      "Bus station ${i % 7}",`,
      `      "Construction site ${i % 31}"`,
      `    # Group ${i} lives and works in district ${i % 97}; most members arrived`,
      "    # within the last five years and work in construction or markets.",
      "    # Community leaders were consulted in the last survey; the group",
      "    # meets weekly at the district office and at the market mosque.",
      "    # Children attend the district school; older members rarely leave",
      "    # the mahalla. Phone coverage is good, internet access is limited.",
      "    # Two interpreters from the group volunteer with the district office.",
      "    # The last census of the group was taken before the spring floods.",
      "    # Contact through the district office or the group's two interpreters.",
      "  }",
      "",
    );
  }
  const vulnerabilities = VULNERABILITIES.join(", ");
  out.push(
    "  evacuation {",
    "    lead: org_0",
    "    covers: all",
    "    regardless-of-status: yes",
    "    consent: informed",
    "    non-refoulement-screening: yes",
    "    identity-documents: not-required",
    `    priority: ${vulnerabilities}`,
    "    family-unity: yes",
    "    stages: shelter-in-place, relocate, evacuate",
    "    costs-covered-by: org_0",
    '    detention-release: "Detained migrants are released into the care of the district office"',
    `    consular-liaison: ${Array.from({ length: Math.ceil(stakeholders / 5) }, (_, k) => `org_${k * 5}`).join(", ")}`,
    "    alert-level watch \"Watch\" { order: 1  action: \"Warn\" }",
    "    alert-level move \"Move\" { order: 2  action: \"Evacuate\" }",
  );
  for (let i = 0; i < channels; i++) {
    out.push(`    assembly-point point_${i} "Assembly point ${i}" { capacity: ${populations * 3000}  accessible: yes }`);
    out.push(`    route route_${i} { from: "District ${i}"  to: point_${i}  transport: bus }`);
  }
  out.push(
    "  }",
    "  communication {",
    "    feedback: channel_0",
    "    trusted-messengers: org_2, org_7",
    "    information-on: hazard, affected-areas, evacuation, assistance, contacts, eligibility, id-requirements, no-immigration-enforcement",
    "    rumour-tracking: yes",
  );
  for (let i = 0; i < channels; i++) {
    const reaches = Array.from({ length: 12 }, () => populationIds[Math.floor(next() * populationIds.length)]);
    out.push(
      `    channel channel_${i} "Channel ${i}" {`,
      `      medium: ${MEDIA[i % MEDIA.length]}  two-way: yes  anonymous: yes`,
      `      languages: ${pick(next, CROSS_LANGUAGES, 3).join(", ")}`,
      `      reaches: ${[...new Set(reaches)].join(", ")}`,
      "      accessible-formats: audio, easy-read",
      "    }",
    );
  }
  out.push("  }", "  referral {", "    consent: required", "    shares-with-immigration-enforcement: no", `    screening: ${vulnerabilities}`, "    data-retention: 90d");
  for (let i = 0; i < pathways; i++) {
    out.push(
      `    pathway pathway_${i} "Pathway ${i}" {`,
      `      need: ${NEEDS[i % NEEDS.length]}`,
      `      provider: org_${i % stakeholders}`,
      `      contact: "+998 71 200 ${String(i).padStart(4, "0")}"`,
      '      hours: "24/7"',
      `      languages: ${pick(next, CROSS_LANGUAGES, 2 + (i % 2)).join(", ")}`,
      "      regardless-of-status: yes",
      "    }",
    );
  }
  out.push(
    "  }",
    "  coordination {",
    '    mechanism: "Migrant protection working group"',
    "    members: org_0, org_1, org_5",
    "    exercises: 2026-03-01",
    "  }",
    "  recovery { return-support: org_1  lessons-learned: yes }",
    "}",
    "",
  );
  return out.join("\n");
}

/**
 * A plan of about `lines` lines on which every rule reports as often as it
 * can: stakeholders without contacts, populations without profiles and with
 * every vulnerability, nationalities without consulates, pathways without
 * providers, channels in no population's language, unknown attributes,
 * invalid values, block headers without an id, duplicates and unresolved
 * references.
 */
export function manyFindingsPlan(lines: number): string {
  const next = random(lines + 1);
  const units = Math.max(1, Math.round(lines / 30));
  const out: string[] = ['plan "Plan with every gap" {', "  hazards: flood", "  reviewed: 2001-01-01"];
  const populationIds: string[] = [];
  for (let i = 0; i < units; i++) {
    out.push(
      `  # micic-disable-next-line EVAC999 -- no such rule (SUP001)`,
      `  stakeholder org_${i} "Organisation ${i}" {`,
      `    kind: ${i % 2 ? "goverment" : "consulate"}`, // a misspelt value (SCH002) on half of them
      `    languges: ru`, // unknown attribute (SCH001)
      "  }",
      `  population group_${i} "Group ${i}" {`,
      `    nationalities: ${pick(next, COUNTRIES, 2).join(", ")}`,
      `    languages: ${pick(next, CROSS_LANGUAGES, 3).join(", ")}, uz-Latn`, // read in Latin script, written to in Cyrillic (COMM011)
      `    status: irregular, unknown`,
      `    vulnerabilities: ${VULNERABILITIES.join(", ")}`,
      `    employers: org_${i}, missing_${i}`,
      // Half without a size (POP001), half with two (SCH003).
      i % 2 ? "    locations: \"Somewhere\"" : `    size: ${100 + i}  size: ${101 + i}`,
      "  }",
      `  population group_${i} "Declared twice" { size: 1 }`, // NAM001
      `  stakeholder мчc_${i} "МЧС ${i}" { kind: government  contact: "…" }`, // Cyrillic with a Latin c (NAM004), a contact left to fill (SCH004)
      `  stakeholder "Unnamed ${i}" { kind: government  contact: "1" }`, // no id (SCH005)
      `  # micic-disable-next-line COMM010 -- nothing to silence on the next line (SUP001)`,
    );
    populationIds.push(`group_${i}`);
  }
  out.push(
    "  evacuation {",
    "    regardless-of-status: no",
    "    identity-documents: required",
    "    consent: not-sought",
    "    non-refoulement-screening: no",
    "    cross-border: yes",
    `    covers: ${populationIds.slice(0, Math.ceil(units / 2)).join(", ")}`,
  );
  for (let i = 0; i < units; i++) {
    out.push(`    assembly-point point_${i} "Point ${i}" { capacity: 10  accessible: no }`);
    out.push(`    route route_${i} { from: "Area ${i}"  to: org_${i}  transport: bus }`);
    out.push(`    alert-level level_${i} "Level ${i}" { order: 1 }`);
  }
  out.push("  }", "  communication {", "    information-on: hazard");
  for (let i = 0; i < units; i++) {
    out.push(`    channel channel_${i} "Channel ${i}" { medium: website  languages: xx${i % 10}, uz-Cyrl  reaches: group_${i} }`);
  }
  out.push("  }", "  referral {", "    consent: not-required", "    shares-with-immigration-enforcement: yes");
  // Only needs that no core or vulnerable need asks for (REF001, REF006).
  const otherNeeds = ["cash", "legal", "return", "food"];
  for (let i = 0; i < units; i++) {
    out.push(`    pathway pathway_${i} "Pathway ${i}" { need: ${otherNeeds[i % otherNeeds.length]}  languages: yy${i % 10}  regardless-of-status: no }`);
  }
  out.push("  }", "  coordination {", "    members: org_0", "    exercises: 2001-01-01", "  }", "}", "");
  return out.join("\n");
}

/** A plan whose one attribute holds `values` comma-separated words (unknown hazards; 2.5 million make 5 MB). */
export function hugeAttributePlan(values: number): string {
  const words: string[] = new Array(values);
  words.fill("x");
  return `plan "Huge attribute" {\n  hazards: ${words.join(",")}\n}\n`;
}

/** `count` lines of `}` after a small plan: every one a stray brace. */
export function closingBracesText(count: number): string {
  return 'plan "Stray braces" {\n}\n' + "}\n".repeat(count);
}

/** Blocks nested `depth` deep inside the plan. */
export function deepBracesText(depth: number): string {
  return 'plan "Deep" {\n' + "evacuation {\n".repeat(depth) + "}\n".repeat(depth) + "}\n";
}

/** A Markdown note with `count` small ```micic blocks, each a plan of its own. */
export function markdownWithBlocks(count: number): string {
  const parts: string[] = ["# Annexes\n"];
  for (let i = 0; i < count; i++) {
    parts.push(`Annex ${i}:\n\n\`\`\`micic\nplan "Annex ${i}" {\n  hazards: flood\n}\n\`\`\`\n`);
  }
  return parts.join("\n");
}

/**
 * A plan with `count` mechanically fixable findings: bare words where
 * `locations` takes quoted texts (the fix quotes them), ten to a population.
 */
export function fixablePlan(count: number): string {
  const lines: string[] = ['plan "Many unquoted locations" {', "  lead: mes", '  stakeholder mes "Ministry" { kind: government  contact: "+998 71 000 0000" }'];
  const perPopulation = 10;
  for (let p = 0; p * perPopulation < count; p++) {
    const n = Math.min(perPopulation, count - p * perPopulation);
    lines.push(
      `  population group_${p} "Group ${p}" {`,
      "    size: 1000  nationalities: KG  languages: ky, ru",
      `    locations: ${Array.from({ length: n }, (_, k) => `district_${k}`).join(", ")}`,
      "  }",
    );
  }
  lines.push("}", "");
  return lines.join("\n");
}
