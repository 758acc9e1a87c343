import type { Rule } from "../../core/rule";
import { evacuationAccessibility } from "./evacuation-accessibility";
import { evacuationAlertLevels } from "./evacuation-alert-levels";
import { evacuationCapacity } from "./evacuation-capacity";
import { evacuationConsent } from "./evacuation-consent";
import { evacuationCosts } from "./evacuation-costs";
import { evacuationCoversPopulations } from "./evacuation-covers-populations";
import { evacuationCrossBorder } from "./evacuation-cross-border";
import { evacuationDetention } from "./evacuation-detention";
import { evacuationEmployerDuties } from "./evacuation-employer-duties";
import { evacuationFamilyUnity } from "./evacuation-family-unity";
import { evacuationIdentityDocuments } from "./evacuation-identity-documents";
import { evacuationLastResort } from "./evacuation-last-resort";
import { evacuationNonRefoulement } from "./evacuation-non-refoulement";
import { evacuationRegardlessOfStatus } from "./evacuation-regardless-of-status";
import { evacuationRoutes } from "./evacuation-routes";

/** The evacuation rules (G10, G13), in code order. */
export const evacuationRules: readonly Rule[] = [
  evacuationRegardlessOfStatus, // EVAC001
  evacuationCoversPopulations, // EVAC002
  evacuationIdentityDocuments, // EVAC003
  evacuationConsent, // EVAC004
  evacuationNonRefoulement, // EVAC005
  evacuationCapacity, // EVAC006
  evacuationRoutes, // EVAC007
  evacuationAccessibility, // EVAC008
  evacuationDetention, // EVAC009
  evacuationFamilyUnity, // EVAC010
  evacuationLastResort, // EVAC011
  evacuationCrossBorder, // EVAC012
  evacuationEmployerDuties, // EVAC013
  evacuationCosts, // EVAC014
  evacuationAlertLevels, // EVAC015
];
