import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * A sub-account orders only with names the organization knows Lumen has for its customer
 * number (Settings): a name Lumen does not know would only come back as 1405, 20032 or 20063.
 */
export async function assertKnownCustomerServiceNames(organizationId: string, names: string[]): Promise<void> {
  if (names.length === 0) return;
  const { customerServiceNames: known } = await db().organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { customerServiceNames: true },
  });
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    const message = `Not among the organization's customer service names: ${unknown.join(", ")}. Add them under Settings first.`;
    throw new AppError("VALIDATION_FAILED", "Some fields need attention.", { fieldErrors: { customerServiceNames: [message] } });
  }
}
