import type { Rule } from "../../core/rule";
import { referralConsent } from "./referral-consent";
import { referralCoreNeeds } from "./referral-core-needs";
import { referralDataRetention } from "./referral-data-retention";
import { referralFirewall } from "./referral-firewall";
import { referralFocalPoint } from "./referral-focal-point";
import { referralLanguages } from "./referral-languages";
import { referralRegardlessOfStatus } from "./referral-regardless-of-status";
import { referralScreening } from "./referral-screening";
import { referralVulnerableNeeds } from "./referral-vulnerable-needs";

/** The referral rules (G11, G12, G2), in code order. */
export const referralRules: readonly Rule[] = [
  referralCoreNeeds,
  referralFocalPoint,
  referralRegardlessOfStatus,
  referralFirewall,
  referralConsent,
  referralVulnerableNeeds,
  referralScreening,
  referralDataRetention,
  referralLanguages,
];
