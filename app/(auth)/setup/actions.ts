"use server";
// Server action behind /setup — creates the first owner and organization
import { headers } from "next/headers";
import { clientAddress } from "@/lib/auth/client-address";
import type { ActionResult, SetupInput } from "@/lib/auth/schemas";
import { toErrorBody } from "@/lib/errors/to-error-body";
import { createFirstOwner } from "@/lib/organizations/create-first-owner";

export async function setupAction(input: SetupInput): Promise<ActionResult<{ orgSlug: string }>> {
  try {
    const { orgSlug } = await createFirstOwner(input, clientAddress(await headers()));
    return { ok: true, data: { orgSlug } };
  } catch (error) {
    const { body } = toErrorBody(error);
    return { ok: false, ...body.error };
  }
}
