import type { Rule } from "../../core/rule";
import { communicationAccessibleFormats } from "./communication-accessible-formats";
import { communicationAnonymous } from "./communication-anonymous";
import { communicationFirewallMessage } from "./communication-firewall-message";
import { communicationHardToReach } from "./communication-hard-to-reach";
import { communicationLanguageCoverage } from "./communication-language-coverage";
import { communicationMessageContent } from "./communication-message-content";
import { communicationRedundancy } from "./communication-redundancy";
import { communicationRumours } from "./communication-rumours";
import { communicationScript } from "./communication-script";
import { communicationTrustedMessengers } from "./communication-trusted-messengers";
import { communicationTwoWay } from "./communication-two-way";

/** The communication rules (G6, G9), in code order. */
export const communicationRules: readonly Rule[] = [
  communicationLanguageCoverage,
  communicationRedundancy,
  communicationTwoWay,
  communicationAnonymous,
  communicationTrustedMessengers,
  communicationMessageContent,
  communicationFirewallMessage,
  communicationHardToReach,
  communicationAccessibleFormats,
  communicationRumours,
  communicationScript,
];
