-- Numbers recorded as disconnected only because their port did not go through: a port
-- ended without completing touched them, and no other order that decides a number's
-- status (reserve, install, disconnect, a completed port) ever did.
UPDATE "TelephoneNumber" t SET "status" = 'not_ported', "updatedAt" = now()
WHERE t."status" = 'disconnected'
  AND EXISTS (
    SELECT 1 FROM "OrderTelephoneNumber" otn JOIN "Order" o ON o."id" = otn."orderId"
    WHERE otn."telephoneNumberId" = t."id" AND o."type" = 'port' AND o."status" IN ('rejected', 'cancelled', 'failed'))
  AND NOT EXISTS (
    SELECT 1 FROM "OrderTelephoneNumber" otn JOIN "Order" o ON o."id" = otn."orderId"
    WHERE otn."telephoneNumberId" = t."id"
      AND (o."type" IN ('reserve', 'install', 'disconnect') OR (o."type" = 'port' AND o."status" = 'completed')));
