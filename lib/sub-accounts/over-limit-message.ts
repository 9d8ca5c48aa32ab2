/** The sentence every refusal over the limit uses, so the order forms and the move say it alike. */
export function overLimitMessage(subAccountName: string, held: number, adding: number, maxNumbers: number): string {
  return (
    `${subAccountName} may hold at most ${maxNumbers} ${maxNumbers === 1 ? "number" : "numbers"} and holds ${held} now ` +
    `(reserved, on order, active or being reserved); ${adding} more would take it to ${held + adding}.`
  );
}
