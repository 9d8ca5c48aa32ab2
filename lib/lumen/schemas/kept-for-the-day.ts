import type { RuleClock } from "./fields/request-date";

/**
 * Schemas with date rules depend on "now" only through its UTC calendar day (the rules
 * compare days, fields/request-date.ts), so a schema built for any moment of a day is the
 * schema of that whole day. Building one costs from half a millisecond to two, and every
 * order request needs one: `build` runs once per key and day, and its schema is kept.
 */
export function keptForTheDay<Key, Schema>(build: (key: Key, clock: RuleClock) => Schema): (key: Key, clock: RuleClock) => Schema {
  const built = new Map<Key, Schema>();
  let builtForDay = "";
  return (key, clock) => {
    const day = clock.now.toISOString().slice(0, 10);
    if (day !== builtForDay) {
      built.clear();
      builtForDay = day;
    }
    let schema = built.get(key);
    if (schema === undefined) {
      schema = build(key, clock);
      built.set(key, schema);
    }
    return schema;
  };
}
