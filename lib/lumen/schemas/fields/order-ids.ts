// Order references: Lumen's voice order ID and the partner's own externalOrderID, which
// carries our order id so a timed-out POST can be reconciled before any retry.
import { z } from "zod";
import { codedString } from "./coded";

const VOICE_ORDER_ID_PATTERN = /^[A-Za-z0-9-]{1,40}$/;

const voiceOrderIdMeta = {
  description: "Lumen's voice order ID.",
  "x-assumed": true,
  "x-assumed-reason": "The guide shows no voice order ID; letters, digits and hyphens, at most 40.",
};

/** `code` is 20049 (invalid voice order ID) or 20064 on cancel orders. */
export const voiceOrderIdField = (code: 20049 | 20064) =>
  codedString({ missing: code, rules: [{ code, pattern: VOICE_ORDER_ID_PATTERN }], meta: voiceOrderIdMeta });

export const externalOrderIdField = () =>
  z
    .string()
    .min(1)
    .max(50)
    .meta({
      description: "The partner's own order reference, echoed back by Lumen.",
      "x-assumed": true,
      "x-assumed-reason": "The guide names externalOrderID without a length; at most 50 characters.",
    });
