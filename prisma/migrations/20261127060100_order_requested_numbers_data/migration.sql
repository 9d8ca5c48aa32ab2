-- Orders placed before: the numbers of their request's tnList, by the rule the portal
-- applies (telephoneNumbersOf): a ten-digit or +1 number, as text or a JSON number, or a
-- range of them, expanded.
UPDATE "Order" o SET "requestedTns" = ARRAY(
  SELECT DISTINCT n.tn FROM (
    SELECT right(e #>> '{}', 10) AS tn
    FROM jsonb_array_elements(o."request" -> 'tnList') e
    WHERE jsonb_typeof(e) IN ('string', 'number') AND (e #>> '{}') ~ '^(\+?1)?[2-9][0-9]{2}[2-9][0-9]{6}$'
    UNION ALL
    SELECT s::text
    FROM jsonb_array_elements(o."request" -> 'tnList') e,
      generate_series(right(e ->> 'startTN', 10)::bigint, right(e ->> 'endTN', 10)::bigint) s
    WHERE jsonb_typeof(e) = 'object'
      AND (e ->> 'startTN') ~ '^(\+?1)?[2-9][0-9]{2}[2-9][0-9]{6}$'
      AND (e ->> 'endTN') ~ '^(\+?1)?[2-9][0-9]{2}[2-9][0-9]{6}$'
  ) n ORDER BY n.tn)
WHERE jsonb_typeof(o."request" -> 'tnList') = 'array';
