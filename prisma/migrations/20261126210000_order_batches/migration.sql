-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "batchKey" TEXT;

-- CreateIndex
CREATE INDEX "Order_organizationId_batchKey_idx" ON "Order"("organizationId", "batchKey");
