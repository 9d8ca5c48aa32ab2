"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { Button, type ButtonProps } from "@/components/ui/button";

export function SignOutButton(props: Omit<ButtonProps, "onClick" | "children">) {
  return (
    <Button {...props} onClick={() => void signOut({ callbackUrl: "/login" })}>
      <LogOut aria-hidden />
      Sign out
    </Button>
  );
}
