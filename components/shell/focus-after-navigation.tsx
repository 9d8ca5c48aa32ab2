"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { focusPageHeading, pageHeading } from "./page-header";

// How long a page may take to show its heading after its path changed (a streamed page
// shows its loading state first).
const HEADING_WAIT_MS = 3000;

/**
 * After a move to another page, the control that led there is often gone with the old page
 * (a link in a list, a dialog's button that placed an order and opened it), and the focus
 * falls to the document's body: the next Tab starts again at the skip link. This puts it
 * on the new page's heading instead. A control that stays (the sidebar's links) keeps the
 * focus, and nothing moves on the first load.
 */
export function FocusAfterNavigation() {
  const pathname = usePathname();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const lost = () => document.activeElement === null || document.activeElement === document.body;
    if (!lost()) return;
    if (pageHeading()) {
      focusPageHeading();
      return;
    }
    const observer = new MutationObserver(() => {
      if (!pageHeading()) return;
      stop();
      if (lost()) focusPageHeading();
    });
    const timer = window.setTimeout(() => stop(), HEADING_WAIT_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(document.body, { childList: true, subtree: true });
    return stop;
  }, [pathname]);

  return null;
}
