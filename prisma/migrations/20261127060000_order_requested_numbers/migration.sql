-- The numbers an order asked Lumen about, as ten digits, written when the order is placed.
-- An order links its numbers (OrderTelephoneNumber) only once Lumen takes it, since a link
-- sets the number's status; an order Lumen refused or never received links none, and was
-- then shown with no numbers and could not be found by them. The GIN index serves the
-- orders list's search by number ("requestedTns" @> ARRAY[tn]).
-- Nullable as Prisma describes a list, but every row has one: the default fills those there
-- are, and the portal writes one with every order.
ALTER TABLE "Order" ADD COLUMN "requestedTns" TEXT[] DEFAULT ARRAY[]::TEXT[];

CREATE INDEX "Order_requestedTns_idx" ON "Order" USING GIN ("requestedTns");
