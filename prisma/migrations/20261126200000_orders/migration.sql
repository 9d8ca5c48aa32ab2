-- CreateEnum
CREATE TYPE "OrderType" AS ENUM ('reserve', 'install', 'port', 'supplement', 'change', 'disconnect', 'cancel', 'approval');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('submitting', 'unconfirmed', 'accepted', 'in_progress', 'awaiting_approval', 'completed', 'rejected', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "OrderEventKind" AS ENUM ('submitted', 'accepted', 'rejected', 'failed', 'reconciled', 'retried', 'status_changed', 'notification');

-- CreateEnum
CREATE TYPE "TelephoneNumberStatus" AS ENUM ('reserved', 'pending', 'active', 'disconnected');

-- CreateTable
CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "subAccountId" TEXT,
    "type" "OrderType" NOT NULL,
    "productId" TEXT,
    "status" "OrderStatus" NOT NULL DEFAULT 'submitting',
    "idempotencyKey" TEXT NOT NULL,
    "externalOrderId" TEXT NOT NULL,
    "voiceOrderId" TEXT,
    "parentOrderId" TEXT,
    "request" JSONB NOT NULL,
    "response" JSONB,
    "lumenCode" INTEGER,
    "lumenMessage" TEXT,
    "statusReason" TEXT,
    "submittedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderEvent" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "kind" "OrderEventKind" NOT NULL,
    "status" "OrderStatus",
    "lumenCode" INTEGER,
    "message" TEXT NOT NULL,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TelephoneNumber" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "subAccountId" TEXT,
    "tn" TEXT NOT NULL,
    "status" "TelephoneNumberStatus" NOT NULL,
    "productId" TEXT,
    "rateCenter" TEXT,
    "state" TEXT,
    "subscriberSummary" TEXT,
    "customerServiceName" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TelephoneNumber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderTelephoneNumber" (
    "orderId" TEXT NOT NULL,
    "telephoneNumberId" TEXT NOT NULL,

    CONSTRAINT "OrderTelephoneNumber_pkey" PRIMARY KEY ("orderId","telephoneNumberId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Order_externalOrderId_key" ON "Order"("externalOrderId");

-- CreateIndex
CREATE INDEX "Order_organizationId_createdAt_idx" ON "Order"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Order_organizationId_status_idx" ON "Order"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Order_organizationId_type_idx" ON "Order"("organizationId", "type");

-- CreateIndex
CREATE INDEX "Order_voiceOrderId_idx" ON "Order"("voiceOrderId");

-- CreateIndex
CREATE INDEX "Order_subAccountId_idx" ON "Order"("subAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Order_organizationId_idempotencyKey_key" ON "Order"("organizationId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "OrderEvent_orderId_createdAt_idx" ON "OrderEvent"("orderId", "createdAt");

-- CreateIndex
CREATE INDEX "TelephoneNumber_organizationId_status_idx" ON "TelephoneNumber"("organizationId", "status");

-- CreateIndex
CREATE INDEX "TelephoneNumber_subAccountId_idx" ON "TelephoneNumber"("subAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "TelephoneNumber_organizationId_tn_key" ON "TelephoneNumber"("organizationId", "tn");

-- CreateIndex
CREATE INDEX "OrderTelephoneNumber_telephoneNumberId_idx" ON "OrderTelephoneNumber"("telephoneNumberId");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_subAccountId_fkey" FOREIGN KEY ("subAccountId") REFERENCES "SubAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_parentOrderId_fkey" FOREIGN KEY ("parentOrderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderEvent" ADD CONSTRAINT "OrderEvent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TelephoneNumber" ADD CONSTRAINT "TelephoneNumber_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TelephoneNumber" ADD CONSTRAINT "TelephoneNumber_subAccountId_fkey" FOREIGN KEY ("subAccountId") REFERENCES "SubAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderTelephoneNumber" ADD CONSTRAINT "OrderTelephoneNumber_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderTelephoneNumber" ADD CONSTRAINT "OrderTelephoneNumber_telephoneNumberId_fkey" FOREIGN KEY ("telephoneNumberId") REFERENCES "TelephoneNumber"("id") ON DELETE CASCADE ON UPDATE CASCADE;
