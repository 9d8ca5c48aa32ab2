-- CreateIndex
CREATE INDEX "Order_organizationId_createdAt_status_type_idx" ON "Order"("organizationId", "createdAt", "status", "type");

-- CreateIndex
CREATE INDEX "Order_organizationId_subAccountId_createdAt_idx" ON "Order"("organizationId", "subAccountId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_organizationId_subAccountId_receivedAt_idx" ON "Notification"("organizationId", "subAccountId", "receivedAt");
