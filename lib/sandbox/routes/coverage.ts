import type { AddressCoverageResponse } from "@/lib/lumen/schemas/address-coverage";
import type { TnPortabilityResponse } from "@/lib/lumen/schemas/tn-portability";
import { expandTnEntry } from "@/lib/lumen/telephone-numbers";
import { ok, type HandlerFor } from "../http/voice-handler";

// GET /Voice/v1/Numbers/coverage — an address is covered when its city is one of the
// sandbox's open (or closed, but served) rate centers in that state.
export const checkAddressCoverage: HandlerFor<"checkAddressCoverage"> = ({ sb, query: input }) => {
  const rc = sb.catalog.rateCenter(input.state, input.city);
  const covered = rc !== undefined && rc.status !== "no-coverage" && (!input.productID || rc.products.includes(input.productID));
  const body: AddressCoverageResponse = covered
    ? { covered, rateCenter: rc.rateCenter, state: rc.state, static911: rc.static911 }
    : { covered: false };
  return ok(body);
};

/** Shown for a number the donating carrier will not release (sandbox wording, not Lumen's). */
const NOT_PORTABLE_REASON = "The donating carrier does not release this number (sandbox fixture).";
const ALREADY_ON_LUMEN_REASON = "The number is already on the Lumen network.";

// POST /Voice/v1/Numbers/coverage — can each number be ported in?
export const checkTnPortability: HandlerFor<"checkTnPortability"> = ({ sb, body: input }) => {
  const tns = [...new Set(input.tnList.flatMap((entry) => expandTnEntry(entry) ?? []))];
  const answer: TnPortabilityResponse = {
    results: tns.map((tn) => {
      const rc = sb.catalog.rateCenterOfTn(tn);
      const onLumen = sb.state.tns[tn] !== undefined && sb.state.tns[tn]!.status !== "disconnected";
      const portable = !onLumen && sb.catalog.isPortable(tn);
      return {
        telephoneNumber: tn,
        portable,
        ...(rc && { rateCenter: rc.rateCenter, state: rc.state }),
        ...(!portable && { reason: onLumen ? ALREADY_ON_LUMEN_REASON : NOT_PORTABLE_REASON }),
      };
    }),
  };
  return ok(answer);
};
