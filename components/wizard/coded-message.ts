/** "10007 · Order exceeds limit…": Lumen's code beside Lumen's words. */
export function codedMessage(code: number | null, message: string): string {
  return code === null ? message : `${code} · ${message}`;
}
