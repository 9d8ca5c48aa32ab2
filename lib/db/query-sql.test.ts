import { describe, expect, it } from "vitest";
import { Prisma } from "./generated/client";
import { querySql } from "./query-sql";

// The order engine's statements run through querySql: prepared under a name taken from
// their text, on the pool's connections, with node-postgres reading the rows.

describe("querySql", () => {
  it("runs statements of one shape with different values, and of different shapes, many at once", async () => {
    const shapes = (i: number) =>
      i % 2 ? Prisma.sql`SELECT ${`odd-${i}`}::text AS "value", ${[i, i + 1]}::int[] AS "numbers"` : Prisma.sql`SELECT ${`even-${i}`}::text AS "value"`;
    const rows = await Promise.all(Array.from({ length: 30 }, (_, i) => querySql<{ value: string; numbers?: number[] }>(shapes(i))));
    expect(rows.map(([row]) => row)).toEqual(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? { value: `odd-${i}`, numbers: [i, i + 1] } : { value: `even-${i}` })),
    );
  });

  // Prisma keeps DateTime as a timestamp without time zone, in UTC.
  it("reads a timestamp selected AT TIME ZONE 'UTC' as the instant stored", async () => {
    const [row] = await querySql<{ at: Date }>(Prisma.sql`SELECT ${"2026-11-27 06:30:00.123"}::timestamp(3) AT TIME ZONE 'UTC' AS "at"`);
    expect(row!.at.toISOString()).toBe("2026-11-27T06:30:00.123Z");
  });

  it("refuses a Date value, which node-postgres would send in local time", async () => {
    await expect(querySql(Prisma.sql`SELECT ${new Date()}::timestamp AS "at"`)).rejects.toThrow(/no Date values/);
  });
});
