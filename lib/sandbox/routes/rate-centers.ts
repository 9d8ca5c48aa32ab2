import type { RateCenterUtilizationResponse } from "@/lib/lumen/schemas/rate-center-utilization";
import type { RateCentersResponse } from "@/lib/lumen/schemas/rate-centers";
import { utilizationOf } from "../inventory/utilization";
import { ok, type HandlerFor } from "../http/voice-handler";
import { paginate } from "./paging";

// GET /Voice/v1/Numbers/rateCenters — the rate centers offering a product, by state.
export const listRateCenters: HandlerFor<"listRateCenters"> = ({ sb, query }) => {
  const matching = sb.catalog.seed.rateCenters.filter(
    (rc) => rc.products.includes(query.productID) && (!query.state || rc.state === query.state),
  );
  const page = paginate(matching, query.pageNumber, query.pageSize);
  const body: RateCentersResponse = {
    pageNumber: page.pageNumber,
    pageSize: page.pageSize,
    totalCount: page.totalCount,
    rateCenters: page.items.map((rc) => ({
      rateCenter: rc.rateCenter,
      state: rc.state,
      static911: rc.static911,
      // Only a closed rate center refuses orders outright (1302); missing coverage (1303)
      // is Lumen's coverage question, not the order window, so it lists as open.
      status: rc.status === "closed" ? "closed" : "open",
    })),
  };
  return ok(body);
};

// POST /Voice/v1/Numbers/rateCenters/utilization — the counts behind the 75 % rule.
export const checkRateCenterUtilization: HandlerFor<"checkRateCenterUtilization"> = ({ sb, customer, body }) => {
  const answer: RateCenterUtilizationResponse = {
    utilization: body.rateCenters.map(({ rateCenter, state }) => {
      const usage = sb.index.usage(customer.customerNumber, state, rateCenter);
      const { percent, canOrderMore } = utilizationOf(usage);
      return {
        rateCenter,
        state,
        reservedCount: usage.reserved,
        activeCount: usage.active,
        utilizationPercent: percent,
        canOrderMore,
      };
    }),
  };
  return ok(answer);
};
