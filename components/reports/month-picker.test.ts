import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MonthPicker } from "./month-picker";

// The month picker moves by links in the address, so it works without script.

const render = (props: Partial<Parameters<typeof MonthPicker>[0]>) =>
  renderToStaticMarkup(createElement(MonthPicker, { basePath: "/acme/reports/usage", month: "2026-10", typed: "2026-10", currentMonth: "2026-11", ...props }));

describe("month picker", () => {
  it("links to the months before and after, and offers a labelled month field", () => {
    const html = render({});
    expect(html).toContain('href="/acme/reports/usage?month=2026-09"');
    expect(html).toContain("September 2026");
    expect(html).toContain('href="/acme/reports/usage?month=2026-11"');
    expect(html).toMatch(/<label for="usage-month"[^>]*>Month \(UTC\)<\/label>/);
    const input = /<input[^>]*>/.exec(html)![0];
    for (const attribute of ['id="usage-month"', 'name="month"', 'type="month"', 'value="2026-10"', 'max="2026-11"']) expect(input).toContain(attribute);
    expect(html).toContain('action="/acme/reports/usage"');
  });

  it("has no link past the current month", () => {
    const html = render({ month: "2026-11", typed: "2026-11" });
    expect(html).not.toContain("month=2026-12");
    expect(html).toContain("November 2026 is the current month.");
  });

  it("ties an error to the field and announces it", () => {
    const html = render({ month: null, typed: "2026-13", error: "Choose a month as YYYY-MM, for example 2026-10." });
    const input = /<input[^>]*>/.exec(html)![0];
    expect(input).toContain('aria-invalid="true"');
    expect(input).toContain('aria-describedby="usage-month-error"');
    expect(html).toMatch(/<p id="usage-month-error" role="alert"[^>]*>Choose a month as YYYY-MM/);
    expect(html).toContain('href="/acme/reports/usage?month=2026-10"');
  });
});
