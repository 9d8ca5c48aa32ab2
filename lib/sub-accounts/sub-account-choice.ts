// A sub-account as a form offers it for choosing. Whether it is suspended goes with it:
// its users cannot sign in until it is restored, which whoever chooses it should know.

export interface SubAccountChoice {
  id: string;
  name: string;
  suspended: boolean;
}

export function toSubAccountChoice(subAccount: { id: string; name: string; suspendedAt: Date | null }): SubAccountChoice {
  return { id: subAccount.id, name: subAccount.name, suspended: subAccount.suspendedAt !== null };
}

/** An option's words: "Desert Resale (suspended)". */
export function subAccountChoiceLabel(choice: SubAccountChoice): string {
  return choice.suspended ? `${choice.name} (suspended)` : choice.name;
}
