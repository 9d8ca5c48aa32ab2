-- CreateIndex
CREATE INDEX "Order_organizationId_completedAt_idx" ON "Order"("organizationId", "completedAt");
