import { FlaskConical, Radio } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { PortalContext } from "@/lib/tenancy/portal-context";

type Environment = PortalContext["organization"]["environment"];

const ENVIRONMENTS = {
  sandbox: {
    label: "Sandbox",
    title: "Test environment: orders here do not touch real telephone numbers.",
    tone: "warning",
    Icon: FlaskConical,
  },
  production: {
    label: "Production",
    title: "Live environment: orders here change real telephone numbers.",
    tone: "success",
    Icon: Radio,
  },
} as const;

export function EnvironmentBadge({ environment }: { environment: Environment }) {
  const { label, title, tone, Icon } = ENVIRONMENTS[environment];
  return (
    <Badge tone={tone} title={title}>
      <Icon aria-hidden />
      {label}
    </Badge>
  );
}
