// POST /Voice/v1/Numbers/coverage — can these numbers be ported into Lumen? One result per TN.
import { z } from "zod";
import { assumed } from "./assumed";
import { tnListField } from "./fields/tn-list";

export const TnPortabilityRequestSchema = z
  .object({
    tnList: tnListField({ empty: 20015, invalid: 20217 }),
  })
  .meta(assumed("The guide names the check, not its body; a tnList like the order payloads."));

export const TnPortabilityResponseSchema = z
  .object({
    results: z.array(
      z.object({
        telephoneNumber: z.string().meta({ description: "10-digit TN." }),
        portable: z.boolean(),
        rateCenter: z.string().optional(),
        state: z.string().optional(),
        losingCarrier: z.string().optional(),
        reason: z.string().optional(),
      }),
    ),
  })
  .meta(assumed("One entry per telephone number asked about."));

export type TnPortabilityRequest = z.input<typeof TnPortabilityRequestSchema>;
export type ParsedTnPortabilityRequest = z.output<typeof TnPortabilityRequestSchema>;
export type TnPortabilityResponse = z.output<typeof TnPortabilityResponseSchema>;
