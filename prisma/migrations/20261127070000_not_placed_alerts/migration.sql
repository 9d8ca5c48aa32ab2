-- An alert for an order that never reached Lumen: the stuck-order sweep found that Lumen
-- does not have an order whose answer was lost, so it was not placed and waits for someone
-- to place it again (lib/jobs/sweep-stuck-orders.ts).
ALTER TYPE "AlertKind" ADD VALUE 'not_placed';
