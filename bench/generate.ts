/**
 * Generates plans of a given size with a realistic shape: many stakeholders,
 * populations, channels, pathways, assembly points and routes, all
 * referring to each other, so that every rule has work to do.
 */
const NATIONALITIES = ["KG", "TJ", "AF", "SY", "ET", "PH", "BD", "MM", "NG", "SD"];
const LANGUAGES = ["ky", "tg", "prs", "ar", "am", "tl", "bn", "my", "ha", "ru"];
const NEEDS = ["health", "psychosocial", "protection", "shelter", "documentation", "food", "legal"];
const MEDIA = ["sms", "radio", "hotline", "messaging-app", "door-to-door", "community-meeting"];

/** A plan of about `lines` lines. */
export function generatePlan(lines: number): string {
  const units = Math.max(1, Math.round(lines / 16.2));
  const stakeholders: string[] = [];
  const populations: string[] = [];
  const points: string[] = [];
  const channels: string[] = [];
  const pathways: string[] = [];
  for (let i = 0; i < units; i++) {
    const n = NATIONALITIES[i % NATIONALITIES.length];
    const l = LANGUAGES[i % LANGUAGES.length];
    stakeholders.push(
      `  stakeholder org_${i} "Organisation ${i}" {`,
      `    kind: ${i % 3 === 0 ? "consulate" : i % 3 === 1 ? "civil-society" : "government"}${i % 3 === 0 ? `  country: ${n}` : ""}`,
      `    contact: "+998 71 000 ${String(i).padStart(4, "0")}"  # focal point`,
      `    languages: ${l}, ru`,
      "  }",
    );
    populations.push(
      `  population group_${i} "Migrant group ${i}" {`,
      `    size: ${1000 + (i % 50) * 10}`,
      `    nationalities: ${n}`,
      `    languages: ${l}, ru`,
      `    status: regular, ${i % 4 === 0 ? "irregular" : "mixed"}`,
      `    vulnerabilities: ${i % 2 === 0 ? "children" : "older-persons"}, limited-local-language`,
      "  }",
    );
    points.push(`    assembly-point point_${i} "Assembly point ${i}" { capacity: 1500  accessible: yes }`);
    points.push(`    route route_${i} { from: "District ${i}"  to: point_${i}  transport: bus }`);
    channels.push(`    channel channel_${i} "Channel ${i}" { medium: ${MEDIA[i % MEDIA.length]}  languages: ${l}, ru  reaches: group_${i}  two-way: yes }`);
    pathways.push(`    pathway pathway_${i} "Pathway ${i}" { need: ${NEEDS[i % NEEDS.length]}  provider: org_${i}  languages: ${l}, ru  regardless-of-status: yes }`);
  }
  return [
    "# A generated plan for benchmarks",
    'plan "Generated contingency plan" {',
    '  country: "Uzbekistan"',
    "  hazards: flood, earthquake",
    "  lead: org_2",
    "  reviewed: 2026-06-01",
    "",
    ...stakeholders,
    ...populations,
    "  evacuation {",
    "    lead: org_2",
    "    covers: all",
    "    regardless-of-status: yes",
    "    consent: informed",
    "    non-refoulement-screening: yes",
    "    identity-documents: not-required",
    "    priority: children, older-persons",
    "    family-unity: yes",
    "    stages: shelter-in-place, relocate, evacuate",
    "    costs-covered-by: org_2",
    ...points,
    "  }",
    "  communication {",
    "    feedback: channel_2",
    "    trusted-messengers: org_1, org_4, org_7",
    "    information-on: hazard, affected-areas, evacuation, assistance, contacts, eligibility, id-requirements, no-immigration-enforcement",
    "    rumour-tracking: yes",
    ...channels,
    "  }",
    "  referral {",
    "    consent: required",
    "    shares-with-immigration-enforcement: no",
    ...pathways,
    "  }",
    "}",
    "",
  ].join("\n");
}
