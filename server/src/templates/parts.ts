/**
 * The parts of a plan every template writes alike, as skeleton text (the
 * marks are template.ts's). A template puts them together with its own
 * parts, so that a change to, say, the referral section is made once.
 *
 * Each part names what the MICIC rules look for, so that a new plan is
 * reported only where "…" waits for the drafter: the sections (PLAN004),
 * the whole of society (STK002), alert levels (EVAC015), a two-way channel
 * as `feedback` (COMM003), a channel that works without power (COMM002),
 * the message topics (COMM006), the five core referral needs (REF001).
 */

/** The comments at the top, the plan's header and its review date. */
export const planHeader = `# {{note:generated}}
# {{note:policy}}

plan "{{title}}" {
  country: "{{country}}"
  area: "{{area}}"
  hazards: {{hazards}}
  lead: {{lead}}
  # {{note:reviewed}}
  reviewed: "…"
`;

/** A stakeholder whose name and contact the drafter writes; `extra`, lines of its own. */
export function stakeholder(id: string, kind: string, note?: string, extra = ""): string {
  return `${note ? `  # {{note:${note}}}\n` : ""}  stakeholder ${id} "…" {
    kind: ${kind}
${extra}    contact: "…"
  }
`;
}

/** The lead agency, first of the stakeholders, after the section's comment. */
export function leadStakeholder(kind: string): string {
  return `
  # {{note:stakeholders}}
${stakeholder("{{lead}}", kind, "lead")}`;
}

/**
 * The partners a plan made in the host country names besides its lead: civil
 * society, an international organisation, a consulate for the migrants'
 * country and a community group, each with places to fill.
 */
export const partnerStakeholders: readonly string[] = [
  stakeholder("{{id:civilSociety}}", "civil-society"),
  stakeholder("{{id:internationalOrg}}", "international-organization"),
  stakeholder("{{id:consulate}}", "consulate", "consulate", '    country: "…"\n'),
  stakeholder("{{id:community}}", "diaspora", "community"),
];

/** A group of migrants, all of whose profile the drafter writes; `nationalities` given when the template knows them. */
export function population(id = "{{id:migrants}}", note = "population", nationalities = '"…"'): string {
  return `
  # {{note:${note}}}
  population ${id} "…" {
    size: "…"
    nationalities: ${nationalities}
    languages: "…"
    status: "…"
  }
`;
}

/** The evacuation section's first part: trigger, ladder, scope, the answers the guidelines ask for, consulates, costs. */
export function evacuationStart(stages: string, extra = ""): string {
  return `
  evacuation {
    lead: {{lead}}
    # {{note:trigger}}
    trigger: "…"
    # {{note:stages}}
    stages: ${stages}
    covers: all
    # {{note:evacuationPolicy}}
    regardless-of-status: "…"
    consent: "…"
    non-refoulement-screening: "…"
    identity-documents: "…"
${extra}    consular-liaison: {{id:consulate}}
    # {{note:costs}}
    costs-covered-by: "…"
    family-unity: "…"
`;
}

/**
 * Whether the evacuation leaves the country, and if it does, exit permits
 * and transit agreements (EVAC012): all three the drafter's to answer.
 */
export function crossBorder(): string {
  return `    # {{note:crossBorderAnswer}}
    cross-border: "…"
    # {{note:crossBorder}}
    exit-permits: "…"
    transit-agreements: "…"
`;
}

/** The evacuation section's end: an assembly point (the template says where), a route to it, alert levels. */
export function evacuationEnd(placeNote: string): string {
  return `
    # {{note:${placeNote}}}
    # {{note:assembly}}
    assembly-point {{id:assemblyPoint}} "…" {
      location: "…"
      capacity: "…"
      accessible: "…"
    }
    route {{id:route}} {
      from: "…"
      to: {{id:assemblyPoint}}
      transport: "…"
      capacity: "…"
    }

    # {{note:alerts}}
    alert-level {{id:watch}} "{{text:watch}}" { order: 1  action: "…" }
    alert-level {{id:warning}} "{{text:warning}}" { order: 2  action: "…" }
    alert-level {{id:emergency}} "{{text:emergency}}" { order: 3  action: "…" }
  }
`;
}

/** A channel by the name the shared texts give it (`id.NAME`, `text.NAME`); the hotline is two-way by its nature. */
function channel(name: string, medium: string): string {
  return `    channel {{id:${name}}} "{{text:${name}}}" {
      medium: ${medium}
      languages: "…"
${medium === "hotline" ? "      two-way: yes\n" : ""}    }
`;
}

/** The communication section: the hotline for feedback, then the channels the template chose (name and medium). */
export function communication(channels: readonly [name: string, medium: string][], topics = "hazard, affected-areas, evacuation, assistance, contacts, eligibility, id-requirements"): string {
  return `
  # {{note:communication}}
  communication {
    lead: {{lead}}
    feedback: {{id:hotline}}
    trusted-messengers: {{id:community}}
    information-on: ${topics}
    # {{note:rumours}}
    rumour-tracking: "…"

    # {{note:channels}}
${channel("hotline", "hotline")}${channels.map(([name, medium]) => channel(name, medium)).join("")}  }
`;
}

/** A referral pathway for a need; life-saving ones ask whether they are open whatever a migrant's status (REF003). */
function pathway(id: string, need: string): string {
  const lifeSaving = ["health", "shelter", "food", "protection"].includes(need);
  return `    pathway ${id} "{{need:${need}}}" {
      need: ${need}
      provider: "…"
${lifeSaving ? '      regardless-of-status: "…"\n' : ""}    }
`;
}

/** The referral section: consent, the firewall, retention, and a pathway for each core need (and the template's own). */
export function referral(extra: readonly [id: string, need: string][] = []): string {
  const core: [string, string][] = [
    ["{{id:health}}", "health"],
    ["{{id:psychosocial}}", "psychosocial"],
    ["{{id:protection}}", "protection"],
    ["{{id:shelter}}", "shelter"],
    ["{{id:documentation}}", "documentation"],
  ];
  return `
  # {{note:referral}}
  referral {
    consent: "…"
    shares-with-immigration-enforcement: "…"
    data-retention: "…"

    # {{note:pathways}}
${[...core, ...extra].map(([id, need]) => pathway(id, need)).join("")}  }
`;
}

/** Coordination (its members, the template's stakeholders) and recovery; the plan's closing brace. */
export function coordinationAndRecovery(members: readonly string[], recoveryExtra = ""): string {
  return `
  # {{note:coordination}}
  coordination {
    mechanism: "…"
    members: ${members.join(", ")}
    meets: "…"
    exercises: "…"
  }

  # {{note:recovery}}
  recovery {
    return-support: "…"
${recoveryExtra}    lessons-learned: "…"
  }
}
`;
}
