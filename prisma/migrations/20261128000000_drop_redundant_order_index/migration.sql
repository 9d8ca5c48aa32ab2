-- "Order_organizationId_createdAt_status_type_idx" starts with the same two columns, so it
-- serves every query this one served (an organization's orders by time, either way), and
-- each order written or changed no longer pays for a second copy of that key.
DROP INDEX "Order_organizationId_createdAt_idx";
