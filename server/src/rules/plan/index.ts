import type { Rule } from "../../core/rule";
import { consulatePerNationality } from "./consulate-per-nationality";
import { coordinationAgreements } from "./coordination-agreements";
import { coordinationExercises } from "./coordination-exercises";
import { migrantsInScope } from "./migrants-in-scope";
import { planEssentials } from "./plan-essentials";
import { planReviewCurrent } from "./plan-review-current";
import { planSections } from "./plan-sections";
import { populationProfile } from "./population-profile";
import { recoveryPlan } from "./recovery-plan";
import { stakeholderContact } from "./stakeholder-contact";
import { wholeOfSociety } from "./whole-of-society";

/** The plan, population, stakeholder, coordination and recovery rules (PLAN, POP, STK, CORD, RECV), in code order. */
export const planRules: readonly Rule[] = [
  migrantsInScope,
  planEssentials,
  planReviewCurrent,
  planSections,
  populationProfile,
  stakeholderContact,
  wholeOfSociety,
  consulatePerNationality,
  coordinationAgreements,
  coordinationExercises,
  recoveryPlan,
];
