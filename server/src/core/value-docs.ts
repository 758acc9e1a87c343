/**
 * What each allowed value of an attribute means, in plain words: the
 * schema (schema.ts) says which words an attribute takes, this table says
 * what each of them is. Completion shows a value's gist beside it and its
 * sentence as its documentation; hover shows the sentence on the value.
 *
 * One entry per attribute (`block.attribute`) that takes a fixed set of
 * words, `yes`/`no`, or `all`; attributes that take the same list share its
 * table. A test (test/unit/value-docs.test.ts) fails when the schema gains a
 * value without a description here, or when this table describes a value
 * the schema no longer has.
 */
import type {
  ACCESSIBLE_FORMATS,
  EMPLOYER_DUTIES,
  EVACUATION_STAGES,
  HAZARDS,
  INFORMATION_TOPICS,
  MEDIA,
  MIGRATION_STATUSES,
  NEEDS,
  STAKEHOLDER_KINDS,
  VULNERABILITIES,
} from "./schema";

export interface ValueDoc {
  /** A few words, shown beside the value in completion: at most 60 characters. */
  gist: string;
  /** One sentence: what the value means for the people the plan is for. */
  doc: string;
}

/** The longest a gist may be, so that an editor never cuts it off. */
export const MAX_GIST_LENGTH = 60;

type Docs<W extends string> = Readonly<Record<W, ValueDoc>>;

const v = (gist: string, doc: string): ValueDoc => ({ gist, doc });

const HAZARD_DOCS: Docs<(typeof HAZARDS)[number]> = {
  flood: v("Water over land that is usually dry", "Water covering land that is usually dry, from rivers, heavy rain, snowmelt or a burst dam."),
  earthquake: v("Ground shaking that can bring buildings down", "Sudden shaking of the ground that can bring buildings down and cut roads, power and phone networks without warning."),
  mudflow: v("Mud and rock rushing down a valley", "A fast flow of mud, water and rock down a valley or slope, often after heavy rain or snowmelt."),
  landslide: v("Earth or rock sliding down a slope", "A mass of earth or rock sliding down a slope, burying the homes and roads below it."),
  storm: v("High winds with heavy rain, snow or hail", "High winds with heavy rain, snow or hail, from a thunderstorm to a cyclone."),
  drought: v("A long time with too little water", "A long time with too little water, which slowly destroys crops, jobs and incomes."),
  wildfire: v("An uncontrolled fire in forest or grassland", "An uncontrolled fire in forest, bush or grassland that can spread faster than people can leave."),
  heatwave: v("Several days of dangerous heat", "Several days of dangerous heat, deadliest for outdoor workers, older people and people in crowded housing."),
  epidemic: v("A disease spreading quickly", "A disease spreading quickly, with closures and limits on movement that can leave migrants without work or a way home."),
  conflict: v("Armed violence or civil unrest", "Armed violence or civil unrest that puts people in danger and can close borders and roads."),
  industrial: v("A chemical leak, explosion or fire at a plant", "An accident at a factory, mine, pipeline or power plant: a chemical leak, an explosion or a fire."),
};

const STAKEHOLDER_KIND_DOCS: Docs<(typeof STAKEHOLDER_KINDS)[number]> = {
  government: v("A ministry or national agency", "A ministry or national agency, such as the emergency, interior, labour or foreign ministry."),
  "local-authority": v("A province, city or district administration", "The administration of a province, city or district, with its own emergency staff and local knowledge."),
  consulate: v("An embassy or consulate of a country of origin", "An embassy or consulate of a country migrants come from, which helps its nationals with documents, information and return."),
  "international-organization": v("IOM, UNHCR, UNICEF or another international body", "An international organization such as IOM, UNHCR or UNICEF, which brings expertise and resources for migrants in a crisis."),
  "civil-society": v("An NGO, association or volunteer group", "A non-governmental organization, association, trade union or volunteer group, such as a national Red Cross or Red Crescent society."),
  "faith-based": v("A religious community or charity", "A mosque, church or other religious community or charity, often trusted by migrants and able to shelter them."),
  diaspora: v("A community group of migrants themselves", "An association of people from the same country of origin, who know where their members are and are trusted messengers."),
  "private-sector": v("A business that helps in the response", "A business that helps in the response, such as a mobile network, a transport company, a bank or a landlord."),
  employer: v("A business that employs migrants", "A business that employs migrants and has duties towards them in a crisis: documents, information, shelter, transport and wages."),
  recruiter: v("A recruitment or placement agency", "An agency that recruits migrants and places them in jobs, and often knows where they live and how to reach them."),
  media: v("Radio, TV, newspapers or online news", "A radio or TV station, newspaper or online news outlet that carries warnings, including media in migrants' own languages."),
};

const STATUS_DOCS: Docs<(typeof MIGRATION_STATUSES)[number]> = {
  regular: v("Everyone has a valid permit to stay", "Everyone in the group has a valid right to stay and, where needed, to work."),
  irregular: v("People stay or work without a valid permit", "Members of the group stay or work without a valid permit, so they may fear contact with the authorities in a crisis."),
  mixed: v("Some have a valid permit, some do not", "The group includes both people with a valid permit and people without one."),
  unknown: v("Nobody knows the group's statuses", "Nobody knows the statuses in the group, so the plan must work for people without a valid permit too."),
};

const VULNERABILITY_DOCS: Docs<(typeof VULNERABILITIES)[number]> = {
  children: v("Children with their families", "Children under 18 with their families, who need information they understand and protection from harm."),
  "unaccompanied-children": v("Children without a parent or carer", "Children under 18 with no parent or usual carer with them, who need protection and help to find their family."),
  "older-persons": v("Older people", "Older people, who may move slowly, need medicines or care, and be left behind in an evacuation."),
  disabilities: v("People with disabilities", "People with physical, sensory, intellectual or mental disabilities, who need warnings, transport and shelter they can use."),
  pregnant: v("Pregnant women", "Pregnant women, who need health care and a safe, unhurried way out."),
  "trafficking-victims": v("Victims of human trafficking", "People trafficked for work or exploitation, who may be controlled by others and need protection and specialised help."),
  detained: v("People in immigration detention", "People held in immigration detention, who cannot leave by themselves and must be moved or released to safety."),
  undocumented: v("People without identity papers", "People whose passport or papers are lost, expired or held by an employer, who may be stopped from boarding or crossing a border."),
  "domestic-workers": v("Domestic workers living with their employer", "Domestic workers living in their employer's home, often isolated and out of reach of public warnings."),
  "limited-local-language": v("People who speak little of the local language", "People who understand little or none of the local language and miss warnings given only in it."),
  "asylum-seekers": v("People seeking asylum, and refugees", "People who have asked for asylum or fled persecution, who must never be sent back to danger."),
  stateless: v("People no country recognises as its nationals", "People no country recognises as its nationals, whom no consulate can help or give papers to."),
};

const STAGE_DOCS: Docs<(typeof EVACUATION_STAGES)[number]> = {
  "shelter-in-place": v("Stay indoors where you are", "People stay where they are, indoors and protected, until the danger passes."),
  relocate: v("Move to a safer place nearby", "People move for a time to a safer place nearby, in the same country."),
  evacuate: v("Leave the area or the country: the last resort", "People are taken out of the affected area or out of the country, the last resort when staying or moving nearby is not safe."),
};

const EMPLOYER_DUTY_DOCS: Docs<(typeof EMPLOYER_DUTIES)[number]> = {
  documents: v("Give back workers' passports and papers", "Employers give back the passports, permits and contracts they hold, so workers can leave and prove who they are."),
  information: v("Pass warnings on to workers", "Employers pass warnings and evacuation instructions on to their workers, in languages they understand."),
  shelter: v("Keep workers in safe shelter", "Employers keep the workers they house in safe shelter, or move them to it."),
  transport: v("Take workers to safety", "Employers provide or pay for their workers' transport to safety."),
  wages: v("Pay wages owed before people leave", "Employers pay the wages they owe and return deposits, so workers do not stay in danger waiting for their money."),
};

const TOPIC_DOCS: Docs<(typeof INFORMATION_TOPICS)[number]> = {
  hazard: v("What the danger is", "What is happening or coming, and how dangerous it is."),
  "affected-areas": v("Which places are in danger", "Which areas are in danger or cut off, and which are safe."),
  evacuation: v("Whether to stay or go, and where to go", "Whether to stay, move or leave, by which route, and where the assembly points are."),
  assistance: v("What help there is and where", "What help there is, such as shelter, food, health care or cash, and where to get it."),
  contacts: v("Whom to call or where to go", "Phone numbers and places to go for help, including hotlines and consulates."),
  eligibility: v("Who can get help: migrants too", "Who may get help and be evacuated, saying plainly that migrants are included."),
  "id-requirements": v("What papers are needed, and what if none", "What documents people need to get help or to board, and what to do without them."),
  rights: v("What migrants are entitled to", "What migrants are entitled to in the crisis, as workers and as people."),
  "consular-services": v("How consulates can help", "How consulates can help: emergency travel documents, information, evacuation or return home."),
  "no-immigration-enforcement": v("Asking for help is safe whatever one's status", "That asking for help will not lead to arrest, detention or deportation, so people without papers come forward."),
};

const MEDIUM_DOCS: Docs<(typeof MEDIA)[number]> = {
  sms: v("Text messages to phone numbers on a list", "Text messages sent to the phone numbers on a list, reaching only people whose numbers are known."),
  "cell-broadcast": v("An alert on every phone in the area", "An alert the mobile networks send to every phone in an area, with no subscription, sign-up or local SIM card needed, so it also reaches people who have just arrived."),
  radio: v("Radio broadcasts", "Radio broadcasts, which still reach people on battery sets when power and the internet are down."),
  tv: v("Television news and announcements", "Television news and announcements, reaching people who have a set and power at home."),
  hotline: v("A phone number people can call", "A phone number people can call to ask questions or report problems, best free of charge and in their languages."),
  "social-media": v("Posts on public social networks", "Posts on public social network pages, which spread quickly but can also spread rumours."),
  "messaging-app": v("WhatsApp, Telegram, IMO or similar chat apps", "Messages in chat apps such as WhatsApp, Telegram or IMO, often through the community groups migrants already use."),
  loudspeaker: v("Announcements from loudspeakers or vehicles", "Spoken announcements from public loudspeakers, sirens or vehicles, heard by everyone nearby, phone or not."),
  "community-meeting": v("Meetings with the community in person", "Meetings in person with a community, where people can ask questions and leaders pass the message on."),
  website: v("An official web page", "An official web page with the full details, for people online and for others to link to."),
  printed: v("Leaflets, posters and notices", "Leaflets, posters and notices put up where migrants live, work and shop."),
  "door-to-door": v("Visits to homes and workplaces in person", "Staff or volunteers visit homes, dormitories and workplaces in person, reaching people no other channel reaches."),
};

const FORMAT_DOCS: Docs<(typeof ACCESSIBLE_FORMATS)[number]> = {
  audio: v("Spoken versions of written messages", "Spoken versions of written messages, for people who cannot see or read them."),
  braille: v("Braille, for blind readers", "Messages in braille, for people who are blind."),
  "easy-read": v("Short, simple sentences with pictures", "Short sentences in simple words with pictures, for people with learning disabilities or little schooling."),
  "sign-language": v("Sign-language interpretation", "Messages interpreted into sign language, for people who are deaf."),
  pictograms: v("Pictures that need no reading", "Symbols and pictures that carry the message without words, whatever one's language or schooling."),
};

const NEED_DOCS: Docs<(typeof NEEDS)[number]> = {
  health: v("Medical care", "Medical care for the injured and the sick, including emergency and maternity care."),
  psychosocial: v("Mental health and emotional support", "Support for people distressed or traumatised by the crisis."),
  protection: v("Safety from violence, abuse and exploitation", "Help for people at risk of violence, abuse or exploitation."),
  "child-protection": v("Care and protection for children", "Care and protection for children, above all those alone or separated from their families."),
  "family-tracing": v("Finding and reuniting separated families", "Finding family members who were separated and bringing them back together."),
  gbv: v("Help after gender-based violence", "Health care, safety and counselling for survivors of gender-based violence, including sexual violence."),
  trafficking: v("Help for victims of human trafficking", "Identification, safety and specialised help for victims of human trafficking."),
  asylum: v("Access to asylum procedures", "Access to asylum procedures for people who fear returning home."),
  shelter: v("A safe place to stay", "A safe place to stay during and after the crisis."),
  food: v("Food and drinking water", "Food and safe drinking water."),
  cash: v("Money or vouchers for basic needs", "Cash or vouchers, so that people can buy what they need."),
  documentation: v("Replacing lost or held identity papers", "Replacing lost or held passports and identity papers, usually through consulates."),
  legal: v("Legal advice and representation", "Legal advice and representation, for example about residence, work or unpaid wages."),
  return: v("Help to go home safely", "Help to return safely to the country of origin, for people who choose to."),
};

/** `yes` and `no` for one boolean attribute. */
const yesNo = (yes: ValueDoc, no: ValueDoc): Docs<"yes" | "no"> => ({ yes, no });

/** The descriptions by attribute, as `block.attribute`. */
export const VALUE_DOCS: Readonly<Record<string, Readonly<Record<string, ValueDoc>>>> = {
  "plan.hazards": HAZARD_DOCS,
  "stakeholder.kind": STAKEHOLDER_KIND_DOCS,
  "population.status": STATUS_DOCS,
  "population.vulnerabilities": VULNERABILITY_DOCS,
  "evacuation.stages": STAGE_DOCS,
  "evacuation.covers": { all: v("Every population in the plan", "The evacuation applies to every population declared in the plan.") },
  "evacuation.regardless-of-status": yesNo(
    v("Anyone may be evacuated, whatever their status", "Every migrant may be evacuated whatever their immigration status."),
    v("Immigration status can keep people behind", "Some people may be refused evacuation because of their immigration status."),
  ),
  "evacuation.consent": {
    informed: v("People agree, told what it means for them", "People choose to go, told beforehand where, for how long and what it means for their stay and work."),
    "not-sought": v("People are moved without being asked", "People are moved without being asked or told what it means for them."),
  },
  "evacuation.non-refoulement-screening": yesNo(
    v("People at risk at home are never sent back", "People who would be in danger in their country of origin are identified and referred to asylum procedures, never sent back."),
    v("No check before people are sent home", "Nobody checks whether people would be in danger if they were sent back."),
  ),
  "evacuation.identity-documents": {
    required: v("Only people with valid papers may board", "Only people who show valid identity papers may board, so those whose papers are lost or held are left behind."),
    "not-required": v("Anyone may board, papers or not", "Anyone may board, whether or not they have papers."),
    alternatives: v("Other proof accepted; missing papers replaced", "Other proof of identity is accepted and missing papers are replaced, for example by consulates."),
  },
  "evacuation.cross-border": yesNo(
    v("People are taken out of the country", "The evacuation takes people out of the country."),
    v("People are moved within the country", "The evacuation moves people within the country only."),
  ),
  "evacuation.exit-permits": {
    waived: v("Exit visas, permits and fines are waived", "Exit visas, exit permits and overstay fines are waived, so that nobody is held back at the border."),
    required: v("Exit visas or permits are still needed", "People must still get exit visas or permits, or pay fines, before they may leave."),
    "not-applicable": v("The country asks for no exit permit", "The country asks for no exit visa or permit."),
  },
  "evacuation.employer-duties": EMPLOYER_DUTY_DOCS,
  "evacuation.priority": VULNERABILITY_DOCS,
  "evacuation.family-unity": yesNo(
    v("Families stay together", "Families whose members hold different nationalities are evacuated together."),
    v("Families may be split by nationality", "Family members may be separated because they hold different nationalities."),
  ),
  "assembly-point.accessible": yesNo(
    v("Usable by people with disabilities and older people", "People with disabilities and older people can reach it and use it."),
    v("Hard to reach or use for some people", "Some people with disabilities or older people cannot reach it or use it."),
  ),
  "communication.information-on": TOPIC_DOCS,
  "communication.rumour-tracking": yesNo(
    v("Rumours are watched for and answered", "False rumours and misinformation are watched for and answered."),
    v("Rumours go unanswered", "Nobody watches for false rumours or answers them."),
  ),
  "communication.pre-crisis-outreach": yesNo(
    v("Migrants are prepared before any crisis", "Migrants get preparedness information before any crisis: the risks, the warnings and where to go."),
    v("Information only once a crisis starts", "Migrants are told about risks and help only once a crisis has started."),
  ),
  "channel.medium": MEDIUM_DOCS,
  "channel.two-way": yesNo(
    v("People can ask and answer through it", "People can ask questions and report problems through the channel, not only receive messages."),
    v("Messages go one way only", "People can only receive messages through the channel."),
  ),
  "channel.anonymous": yesNo(
    v("Usable without giving one's name or status", "People can use the channel without giving their name or immigration status."),
    v("People must say who they are", "People must give their name or status to use the channel."),
  ),
  "channel.accessible-formats": FORMAT_DOCS,
  "referral.screening": VULNERABILITY_DOCS,
  "referral.consent": {
    required: v("Data moves only with the person's consent", "Personal data moves between stakeholders only after the person agrees."),
    "not-required": v("Data moves without asking the person", "Personal data moves between stakeholders without asking the person first."),
  },
  "referral.shares-with-immigration-enforcement": yesNo(
    v("Referral data can reach immigration enforcement", "Personal data from referrals can reach immigration enforcement, which keeps people without papers from asking for help."),
    v("Referral data never reaches immigration enforcement", "Personal data from referrals never reaches immigration enforcement, so people can ask for help safely."),
  ),
  "pathway.need": NEED_DOCS,
  "pathway.serves": { all: v("Every population in the plan", "The pathway serves every population declared in the plan.") },
  "pathway.regardless-of-status": yesNo(
    v("Help whatever a person's status", "The help is given whatever a person's immigration status."),
    v("Immigration status can keep people from help", "Some people may be refused help because of their immigration status."),
  ),
  "recovery.reintegration": yesNo(
    v("Returnees get help to settle back in", "Migrants who return home get help to settle back in, find work and recover."),
    v("No help to settle back in", "Migrants who return home get no help to settle back in."),
  ),
  "recovery.lessons-learned": yesNo(
    v("The response is reviewed with migrants", "The response is reviewed with migrants afterwards and the plan is updated."),
    v("No review with migrants", "The response is not reviewed with migrants afterwards."),
  ),
};

/** What a value of an attribute means; undefined for a value the attribute does not take. */
export function valueDoc(blockKind: string, attribute: string, value: string): ValueDoc | undefined {
  const key = `${blockKind}.${attribute}`;
  if (!Object.hasOwn(VALUE_DOCS, key)) return undefined;
  const table = VALUE_DOCS[key];
  return Object.hasOwn(table, value) ? table[value] : undefined;
}
