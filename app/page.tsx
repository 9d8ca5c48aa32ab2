// / — sends each visitor where they belong: first-run setup, sign-in, or their organization
import { redirect } from "next/navigation";
import { isFirstRun } from "@/lib/auth/first-run";
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { NoOrganization } from "@/components/shell/no-organization";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  if (await isFirstRun()) redirect("/setup");
  const user = await getSessionUser();
  if (!user) redirect("/login");
  const first = await db().membership.findFirst({
    where: { userId: user.id },
    select: { organization: { select: { slug: true } } },
    orderBy: { organization: { name: "asc" } },
  });
  if (first) redirect(`/${first.organization.slug}`);
  return <NoOrganization email={user.email} />;
}
