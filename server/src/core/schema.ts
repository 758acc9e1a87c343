/**
 * The plan schema (docs/spec/LANGUAGE.md, "Schema (v1)") as data: every block and
 * attribute, its value type, its allowed words and a paragraph of help.
 * Validation, completion, hover and the TextMate grammar's test all read this
 * one table, so they cannot disagree.
 */

/** Kinds of names a block can declare; references name one of them. */
export type DeclarationKind =
  | "stakeholder"
  | "population"
  | "channel"
  | "pathway"
  | "assembly-point"
  | "route"
  | "alert-level";

export type ValueType =
  /** `"…"` or `"""…"""`. */
  | { kind: "string" }
  | { kind: "number" }
  /** `YYYY-MM-DD`, a real calendar date. */
  | { kind: "date" }
  /** `yes` or `no`. */
  | { kind: "boolean" }
  /** One of a fixed set of words. */
  | { kind: "word"; words: readonly string[] }
  /** ISO 3166-1 alpha-2, upper case (`KG`). */
  | { kind: "country" }
  /** ISO 639 (639-1, 639-2 or 639-3), lower case (`ru`, `prs`). */
  | { kind: "language" }
  /** A declared name of the given kind; `all` too where allowed. */
  | { kind: "reference"; target: DeclarationKind; allowAll?: boolean }
  /** A duration (`90d`) or a quoted text. */
  | { kind: "duration-or-string" }
  /** A single free word (`bus`) or a quoted text. */
  | { kind: "word-or-string" };

export interface AttributeSpec {
  name: string;
  type: ValueType;
  /** Takes a comma-separated list rather than one value. */
  list: boolean;
  /** Marked `*` in the schema: the MICIC rules expect it. */
  expected?: boolean;
  doc: string;
}

export interface BlockSpec {
  kind: string;
  /** `required`: `kind id …`; `none`: the block takes no name. */
  id: "required" | "none";
  title: "required" | "optional" | "none";
  /** The kind of name the block declares, when it has an id. */
  declares?: DeclarationKind;
  /** Sections appear at most once in their parent. */
  once?: boolean;
  doc: string;
  attributes: AttributeSpec[];
  /** Kinds of blocks allowed inside. */
  blocks: string[];
}

export const HAZARDS = [
  "flood", "earthquake", "mudflow", "landslide", "storm", "drought", "wildfire",
  "heatwave", "epidemic", "conflict", "industrial",
] as const;

export const STAKEHOLDER_KINDS = [
  "government", "local-authority", "consulate", "international-organization", "civil-society",
  "faith-based", "diaspora", "private-sector", "employer", "recruiter", "media",
] as const;

export const MIGRATION_STATUSES = ["regular", "irregular", "mixed", "unknown"] as const;

export const VULNERABILITIES = [
  "children", "unaccompanied-children", "older-persons", "disabilities", "pregnant",
  "trafficking-victims", "detained", "undocumented", "domestic-workers",
  "limited-local-language", "asylum-seekers", "stateless",
] as const;

export const EVACUATION_STAGES = ["shelter-in-place", "relocate", "evacuate"] as const;

export const EMPLOYER_DUTIES = ["documents", "information", "shelter", "transport", "wages"] as const;

export const INFORMATION_TOPICS = [
  "hazard", "affected-areas", "evacuation", "assistance", "contacts", "eligibility",
  "id-requirements", "rights", "consular-services", "no-immigration-enforcement",
] as const;

export const MEDIA = [
  "sms", "cell-broadcast", "radio", "tv", "hotline", "social-media", "messaging-app",
  "loudspeaker", "community-meeting", "website", "printed", "door-to-door",
] as const;

export const ACCESSIBLE_FORMATS = ["audio", "braille", "easy-read", "sign-language", "pictograms"] as const;

export const NEEDS = [
  "health", "psychosocial", "protection", "child-protection", "family-tracing", "gbv",
  "trafficking", "asylum", "shelter", "food", "cash", "documentation", "legal", "return",
] as const;

export const BOOLEAN_WORDS = ["yes", "no"] as const;

const str = { kind: "string" } as const;
const num = { kind: "number" } as const;
const date = { kind: "date" } as const;
const bool = { kind: "boolean" } as const;
const country = { kind: "country" } as const;
const language = { kind: "language" } as const;
const words = (list: readonly string[]): ValueType => ({ kind: "word", words: list });
const ref = (target: DeclarationKind, allowAll = false): ValueType => ({ kind: "reference", target, allowAll });

function one(name: string, type: ValueType, doc: string, expected = false): AttributeSpec {
  return { name, type, list: false, expected, doc };
}
function many(name: string, type: ValueType, doc: string, expected = false): AttributeSpec {
  return { name, type, list: true, expected, doc };
}

const blockList: BlockSpec[] = [
  {
    kind: "plan",
    id: "none",
    title: "required",
    doc: "The contingency plan: which country and hazards it covers, who owns it, and how migrants are counted, moved to safety, told what is happening and referred for help. One plan per file.",
    attributes: [
      one("country", str, 'The country the plan covers, in words ("Uzbekistan").', true),
      one("area", str, "The province, city or district the plan covers, if not the whole country."),
      many("hazards", words(HAZARDS), "The hazards the plan prepares for. Each needs its own triggers and messages; list every one the area faces.", true),
      one("lead", ref("stakeholder"), "The stakeholder that owns the plan and answers for it: usually the national emergency agency.", true),
      one("version", str, 'The plan\'s version, as the ministry numbers it ("2.1").'),
      one("reviewed", date, "The date of the plan's last review (YYYY-MM-DD). Plans go stale: populations move and contacts change, so review at least every two years.", true),
    ],
    blocks: ["stakeholder", "population", "evacuation", "communication", "referral", "coordination", "recovery"],
  },
  {
    kind: "stakeholder",
    id: "required",
    title: "required",
    declares: "stakeholder",
    doc: "An agency, consulate, organisation, employer or community group with a part in the plan. Its id is how other parts of the plan refer to it.",
    attributes: [
      one("kind", words(STAKEHOLDER_KINDS), "What sort of stakeholder this is. The checker uses it to see that the whole of society is involved and that every nationality has its consulate.", true),
      one("country", country, "For a consulate: the country of origin it represents, as an ISO 3166-1 alpha-2 code (KG for Kyrgyzstan)."),
      one("contact", str, "A phone number, e-mail or office that answers in a crisis: the focal point other stakeholders call.", true),
      one("role", str, "What this stakeholder does in the plan, in a sentence."),
      many("languages", language, "Languages its staff can serve people in, as ISO 639 codes (ru, tg, prs)."),
    ],
    blocks: [],
  },
  {
    kind: "population",
    id: "required",
    title: "required",
    declares: "population",
    doc: "A group of migrants in the plan's area: who they are, how many, which languages they understand, and what makes them vulnerable in a crisis.",
    attributes: [
      one("size", num, "The best estimate of how many people the group counts. Evacuation capacity is checked against it.", true),
      many("nationalities", country, "Countries of origin, as ISO 3166-1 alpha-2 codes (KG, TJ). Each needs a consulate the evacuation works with.", true),
      many("languages", language, "Languages the group's members understand, as ISO 639 codes. Each must be used by a channel that reaches the group.", true),
      many("status", words(MIGRATION_STATUSES), "Migration statuses present in the group. Where some are irregular, the plan must say that help does not depend on status."),
      many("locations", str, "Where the group lives or works, in words."),
      many("vulnerabilities", words(VULNERABILITIES), "What puts members of the group at particular risk. Each calls for screening, priority or a referral pathway."),
      many("employers", ref("stakeholder"), "Employers or recruiters of the group: stakeholders with duties in an evacuation."),
    ],
    blocks: [],
  },
  {
    kind: "evacuation",
    id: "none",
    title: "none",
    once: true,
    doc: "How migrants are relocated or evacuated when needed (MICIC Guidelines 10 and 13): who decides, who is covered, what they need to board, and where they go.",
    attributes: [
      one("lead", ref("stakeholder"), "The stakeholder that runs evacuation."),
      one("trigger", str, "What sets evacuation off: a warning level, an order, a threshold."),
      many("stages", words(EVACUATION_STAGES), "The decision ladder, in order: evacuation is the last resort after sheltering in place and relocating nearby."),
      many("covers", ref("population", true), "The populations the evacuation applies to, or `all`."),
      one("regardless-of-status", bool, "`yes` when every migrant may be evacuated whatever their immigration status (MICIC Principle 1)."),
      one("consent", words(["informed", "not-sought"]), "`informed` when evacuation is voluntary and people are told what it means for them."),
      one("non-refoulement-screening", bool, "`yes` when people who would be at risk in their country of origin are identified and referred to asylum procedures, never sent back."),
      one("identity-documents", words(["required", "not-required", "alternatives"]), "What a person must show to board. `required` leaves behind everyone whose papers are lost or held by an employer."),
      many("document-replacement", ref("stakeholder"), "Who issues emergency travel or identity documents (usually consulates)."),
      many("consular-liaison", ref("stakeholder"), "The consulates the evacuation works with: one for every nationality in the plan."),
      one("cross-border", bool, "`yes` when the evacuation takes people out of the country."),
      one("exit-permits", words(["waived", "required", "not-applicable"]), "Whether exit visas, overstay fines and exit permits are waived for people leaving."),
      many("transit-agreements", ref("stakeholder"), "Transit states or organisations with whom passage was agreed in advance."),
      many("costs-covered-by", ref("stakeholder"), "Who pays fares and transport: costs and debts keep people from leaving."),
      many("employer-duties", words(EMPLOYER_DUTIES), "What employers must do for their workers in an evacuation: return documents, pass on information, shelter, transport, pay wages."),
      many("priority", words(VULNERABILITIES), "Who is moved first."),
      one("family-unity", bool, "`yes` when families of mixed nationality are kept together."),
      one("detention-release", str, "How migrants in immigration detention are protected and moved."),
    ],
    blocks: ["assembly-point", "route", "alert-level"],
  },
  {
    kind: "assembly-point",
    id: "required",
    title: "required",
    declares: "assembly-point",
    doc: "A place where people gather to be moved to safety or sheltered.",
    attributes: [
      one("location", str, "Where it is: an address or a landmark."),
      one("capacity", num, "How many people it holds. The capacities of all assembly points are compared with the populations covered."),
      one("accessible", bool, "`yes` when people with disabilities and older persons can reach and use it."),
    ],
    blocks: [],
  },
  {
    kind: "route",
    id: "required",
    title: "optional",
    declares: "route",
    doc: "An evacuation route from a place where migrants live or work to an assembly point.",
    attributes: [
      one("from", str, "Where the route starts."),
      one("to", ref("assembly-point"), "The assembly point it leads to."),
      one("transport", { kind: "word-or-string" }, "How people travel: a word (`bus`, `train`, `foot`) or a quoted text."),
      one("capacity", num, "How many people the route can move per trip or per day."),
    ],
    blocks: [],
  },
  {
    kind: "alert-level",
    id: "required",
    title: "required",
    declares: "alert-level",
    doc: "One step of the warning ladder: what it means and what happens at it.",
    attributes: [
      one("order", num, "The level's place on the ladder: 1 for the lowest."),
      one("action", str, "What is done at this level."),
    ],
    blocks: [],
  },
  {
    kind: "communication",
    id: "none",
    title: "none",
    once: true,
    doc: "How migrants are told about risks, warnings and help, and how they can answer (MICIC Guidelines 6 and 9).",
    attributes: [
      one("lead", ref("stakeholder"), "The stakeholder that runs crisis communication."),
      one("feedback", ref("channel"), "The channel where migrants' questions and reports come in. It must be two-way."),
      many("trusted-messengers", ref("stakeholder"), "Community voices who relay messages: diaspora groups, civil society, faith leaders, consulates."),
      many("information-on", words(INFORMATION_TOPICS), "What crisis messages cover."),
      one("rumour-tracking", bool, "`yes` when misinformation is watched for and answered."),
      one("pre-crisis-outreach", bool, "`yes` when migrants get preparedness information before any crisis."),
    ],
    blocks: ["channel"],
  },
  {
    kind: "channel",
    id: "required",
    title: "required",
    declares: "channel",
    doc: "One way of reaching people: a medium, the languages it uses, and who it reaches.",
    attributes: [
      one("medium", words(MEDIA), "How the channel reaches people."),
      many("languages", language, "Languages the channel's messages are given in, as ISO 639 codes."),
      many("reaches", ref("population"), "The populations the channel reaches; without it, the channel reaches everyone."),
      one("two-way", bool, "`yes` when people can answer or ask through it."),
      one("anonymous", bool, "`yes` when it can be used without giving one's identity or status."),
      one("hours", { kind: "word-or-string" }, 'When it works ("24/7", "08:00-20:00").'),
      many("accessible-formats", words(ACCESSIBLE_FORMATS), "Formats for people with disabilities or low literacy."),
    ],
    blocks: [],
  },
  {
    kind: "referral",
    id: "none",
    title: "none",
    once: true,
    doc: "How migrants are referred to the help they need, and how their personal data is protected on the way (MICIC Guidelines 11, 12 and 2).",
    attributes: [
      one("lead", ref("stakeholder"), "The stakeholder that runs referrals."),
      many("screening", words(VULNERABILITIES), "The vulnerabilities identified before referral."),
      one("consent", words(["required", "not-required"]), "Whether people consent before their personal data moves between stakeholders."),
      one("shares-with-immigration-enforcement", bool, "`no` when personal data from referral never reaches immigration enforcement: the firewall that lets people seek help safely."),
      one("data-retention", { kind: "duration-or-string" }, "How long personal data is kept (`90d`, or a text)."),
    ],
    blocks: ["pathway"],
  },
  {
    kind: "pathway",
    id: "required",
    title: "required",
    declares: "pathway",
    doc: "A referral pathway: one need, the stakeholder that meets it, and how to reach them.",
    attributes: [
      one("need", words(NEEDS), "The need this pathway meets."),
      one("provider", ref("stakeholder"), "The stakeholder that provides the help."),
      one("contact", str, "How to reach the provider for this pathway, if not its general contact."),
      many("languages", language, "Languages the service is given in."),
      many("serves", ref("population", true), "The populations the pathway is for, or `all`; without it, the pathway serves every population. Its languages are checked against theirs."),
      one("regardless-of-status", bool, "`yes` when the help is given whatever a person's immigration status."),
      one("hours", { kind: "word-or-string" }, "When the service is open."),
    ],
    blocks: [],
  },
  {
    kind: "coordination",
    id: "none",
    title: "none",
    once: true,
    doc: "How stakeholders coordinate, agreed before a crisis (MICIC Guideline 7).",
    attributes: [
      one("mechanism", str, "The coordination body or agreement."),
      many("members", ref("stakeholder"), "The stakeholders that take part."),
      one("meets", str, "How often, or when, it meets."),
      one("exercises", date, "The date of the last drill or exercise that included migrants."),
    ],
    blocks: [],
  },
  {
    kind: "recovery",
    id: "none",
    title: "none",
    once: true,
    doc: "What happens after the crisis: return, reintegration, lost wages, and lessons learned (MICIC Guidelines 14 and 8).",
    attributes: [
      many("return-support", ref("stakeholder"), "Who helps migrants return home or to where they lived."),
      one("reintegration", bool, "`yes` when returning migrants get reintegration support."),
      many("wage-recovery", ref("stakeholder"), "Who helps migrants recover unpaid wages and deposits."),
      one("lessons-learned", bool, "`yes` when the response is reviewed with migrants and the plan updated."),
    ],
    blocks: [],
  },
];

export const blockSpecs: ReadonlyMap<string, BlockSpec> = new Map(blockList.map((b) => [b.kind, b]));

const attributeIndex = new Map<string, Map<string, AttributeSpec>>(
  blockList.map((b) => [b.kind, new Map(b.attributes.map((a) => [a.name, a]))]),
);

export function blockSpec(kind: string): BlockSpec | undefined {
  return blockSpecs.get(kind);
}

export function attributeSpec(blockKind: string, name: string): AttributeSpec | undefined {
  return attributeIndex.get(blockKind)?.get(name);
}

/** Every word the schema knows: block kinds, attribute names and value words. */
export function schemaVocabulary(): { blocks: string[]; attributes: string[]; values: string[] } {
  const attributes = new Set<string>();
  const values = new Set<string>(BOOLEAN_WORDS);
  values.add("all");
  for (const b of blockList) {
    for (const a of b.attributes) {
      attributes.add(a.name);
      if (a.type.kind === "word") for (const w of a.type.words) values.add(w);
    }
  }
  return { blocks: blockList.map((b) => b.kind), attributes: [...attributes].sort(), values: [...values].sort() };
}

/** A short description of what a value type takes, for messages and hover. */
export function describeType(type: ValueType): string {
  switch (type.kind) {
    case "string":
      return 'a quoted text ("…")';
    case "number":
      return "a number";
    case "date":
      return "a date (YYYY-MM-DD)";
    case "boolean":
      return "yes or no";
    case "word":
      return type.words.length <= 4
        ? "one of " + type.words.join(", ")
        : "one of " + type.words.slice(0, -1).join(", ") + " or " + type.words[type.words.length - 1];
    case "country":
      return "a country code (ISO 3166-1 alpha-2, like KG)";
    case "language":
      return "a language code (ISO 639, like ru or prs)";
    case "reference":
      return `the id of a ${type.target}${type.allowAll ? ", or all" : ""}`;
    case "duration-or-string":
      return 'a duration (90d, 12h) or a quoted text';
    case "word-or-string":
      return 'a word or a quoted text';
  }
}
