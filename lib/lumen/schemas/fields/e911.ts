// E911 option: ELS only (20040 both when missing on ELS and when sent on LI). Lumen's
// static 911, or customer provided (CP911), which a geo-independent line (its address
// outside its numbers' rate center) requires.
import type { z } from "zod";
import { addLumenIssue } from "../../lumen-rule";
import { codedEnum } from "./coded";
import { ENHANCED_LOCAL_SERVICE, LOCAL_INBOUND } from "./product-id";

export const E911_OPTIONS = ["STATIC911", "CP911"] as const;

export const e911OptionField = () =>
  codedEnum(E911_OPTIONS, 20040, {
    "x-assumed": true,
    "x-assumed-reason": "The guide speaks of static 911 and customer provided (CP911) without wire values.",
  });

/** LI takes no E911 option; ELS requires one when `required` (installs and ports). */
export function checkE911ForProduct(
  payload: z.core.ParsePayload,
  productId: unknown,
  e911Option: unknown,
  { required, path }: { required: boolean; path: (string | number)[] },
) {
  if (productId === LOCAL_INBOUND && e911Option !== undefined) addLumenIssue(payload, 20040, path);
  if (productId === ENHANCED_LOCAL_SERVICE && required && e911Option === undefined) addLumenIssue(payload, 20040, path);
}
