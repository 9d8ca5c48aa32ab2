import {
  ArrowRightLeft,
  Bell,
  BellRing,
  BookmarkPlus,
  CalendarDays,
  ChartColumn,
  ClipboardList,
  Hash,
  LayoutDashboard,
  Mail,
  PencilLine,
  PhoneOff,
  PlugZap,
  ScrollText,
  Settings,
  Store,
  Users,
  type LucideIcon,
} from "lucide-react";
import { roleAtLeast, type Role } from "@/lib/tenancy/roles";

export interface NavItem {
  /** Path below /[org]; "" is the dashboard. */
  segment: string;
  label: string;
  icon: LucideIcon;
  /** Sends orders to Lumen, so viewers don't see it. */
  writes?: boolean;
  /** Organization-wide, so reseller sub-account users don't see it. */
  staffOnly?: boolean;
  /** The least role that may open it, where that is above viewer. */
  minRole?: Role;
}

export interface NavGroup {
  label: string;
  items: NavItem[];
}

export const NAV_GROUPS: NavGroup[] = [
  { label: "Overview", items: [{ segment: "", label: "Dashboard", icon: LayoutDashboard }] },
  {
    label: "Place orders",
    items: [
      { segment: "reserve", label: "Reserve", icon: BookmarkPlus, writes: true },
      { segment: "install", label: "Install", icon: PlugZap, writes: true },
      { segment: "port-in", label: "Port in", icon: ArrowRightLeft, writes: true },
      { segment: "change", label: "Change", icon: PencilLine, writes: true },
      { segment: "disconnect", label: "Disconnect", icon: PhoneOff, writes: true },
    ],
  },
  {
    label: "Track",
    items: [
      { segment: "orders", label: "Orders", icon: ClipboardList },
      { segment: "ports/calendar", label: "FOC calendar", icon: CalendarDays },
      { segment: "numbers", label: "Numbers", icon: Hash },
      { segment: "notifications", label: "Notifications", icon: Bell },
      { segment: "reports/usage", label: "Usage report", icon: ChartColumn },
      { segment: "alerts", label: "Alerts", icon: BellRing },
    ],
  },
  {
    label: "Organization",
    items: [
      { segment: "settings", label: "Settings", icon: Settings, staffOnly: true },
      { segment: "people", label: "People", icon: Users, staffOnly: true },
      { segment: "sub-accounts", label: "Sub-accounts", icon: Store, staffOnly: true },
      { segment: "outbox", label: "Outbox", icon: Mail, staffOnly: true, minRole: "admin" },
      { segment: "audit", label: "Audit trail", icon: ScrollText, staffOnly: true, minRole: "admin" },
    ],
  },
];

/**
 * The navigation this user gets. Presentation only: every page and action checks the
 * role and sub-account again on the server.
 */
export function visibleNavGroups(role: Role, isSubAccountUser: boolean): NavGroup[] {
  const canWrite = roleAtLeast(role, "operator");
  return NAV_GROUPS.map((group) => ({
    ...group,
    items: group.items.filter(
      (item) =>
        (canWrite || !item.writes) && (!isSubAccountUser || !item.staffOnly) && (!item.minRole || roleAtLeast(role, item.minRole)),
    ),
  })).filter((group) => group.items.length > 0);
}

export function navHref(org: string, segment: string): string {
  return segment ? `/${org}/${segment}` : `/${org}`;
}
