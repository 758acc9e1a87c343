/**
 * The MICIC Guidelines (2016) and the principles the rules cite, in plain
 * words, for hover help and reports. Summaries are ours (docs/spec/RULES.md, "The
 * guidelines the rules cite").
 */
export const GUIDELINES: Readonly<Record<string, string>> = {
  P1: "Principle 1: first, save lives. Aid is never denied because of immigration status.",
  P2: "Principle 2: migrants have human rights whatever their status.",
  P3: "Principle 3: states bear the primary responsibility for protecting migrants on their territory.",
  P4: "Principle 4: the private sector, international organisations and civil society play a significant role.",
  G1: "Guideline 1: track information on crises and their impact on migrants.",
  G2: "Guideline 2: collect and share information on migrants, subject to privacy and safety.",
  G3: "Guideline 3: empower migrants to help themselves.",
  G4: "Guideline 4: incorporate migrants in prevention, preparedness and response systems.",
  G5: "Guideline 5: involve migrants in contingency planning and integrate their needs and capacities.",
  G6: "Guideline 6: communicate effectively with migrants.",
  G7: "Guideline 7: establish coordination agreements in advance.",
  G8: "Guideline 8: build capacity and learn lessons.",
  G9: "Guideline 9: communicate widely, effectively and often on evolving crises and how to get help.",
  G10: "Guideline 10: facilitate migrants' ability to move to safety.",
  G11: "Guideline 11: provide humanitarian assistance without discrimination.",
  G12: "Guideline 12: establish clear referral procedures among stakeholders.",
  G13: "Guideline 13: relocate and evacuate migrants when needed.",
  G14: "Guideline 14: address immediate needs and help rebuild lives.",
  G15: "Guideline 15: support host communities.",
};

/** The 15 guidelines, in order, as codes (G1 … G15). */
export const GUIDELINE_CODES: readonly string[] = Array.from({ length: 15 }, (_, i) => `G${i + 1}`);
