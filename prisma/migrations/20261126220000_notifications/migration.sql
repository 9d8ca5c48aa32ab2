-- CreateEnum
CREATE TYPE "NotificationSource" AS ENUM ('webhook', 'poll');

-- CreateEnum
CREATE TYPE "NotificationOutcome" AS ENUM ('applied', 'unmatched', 'unknown_code', 'malformed');

-- CreateEnum
CREATE TYPE "AlertKind" AS ENUM ('backorder_waiting', 'rejection', 'foc_scheduled');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "notificationPollSeconds" INTEGER NOT NULL DEFAULT 60,
ADD COLUMN     "notificationsPolledUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "focDate" TIMESTAMP(3),
ADD COLUMN     "approvalDeadline" TIMESTAMP(3),
ADD COLUMN     "availableQuantity" INTEGER,
ADD COLUMN     "lastNotificationAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "subAccountId" TEXT,
    "orderId" TEXT,
    "source" "NotificationSource" NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "rawBody" TEXT NOT NULL,
    "customerNumber" TEXT,
    "voiceOrderId" TEXT,
    "notificationCode" INTEGER,
    "notificationMessage" TEXT,
    "rateCenter" TEXT,
    "state" TEXT,
    "focDate" TIMESTAMP(3),
    "lumenCreatedAt" TIMESTAMP(3),
    "outcome" "NotificationOutcome" NOT NULL,
    "error" TEXT,
    "deliveries" INTEGER NOT NULL DEFAULT 1,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastReceivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlertSubscription" (
    "userId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "kind" "AlertKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertSubscription_pkey" PRIMARY KEY ("userId","organizationId","kind")
);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_webhookPrincipal_key" ON "Organization"("webhookPrincipal");

-- CreateIndex
CREATE INDEX "Order_organizationId_focDate_idx" ON "Order"("organizationId", "focDate");

-- CreateIndex
CREATE INDEX "Notification_organizationId_receivedAt_idx" ON "Notification"("organizationId", "receivedAt");

-- CreateIndex
CREATE INDEX "Notification_organizationId_notificationCode_idx" ON "Notification"("organizationId", "notificationCode");

-- CreateIndex
CREATE INDEX "Notification_organizationId_voiceOrderId_idx" ON "Notification"("organizationId", "voiceOrderId");

-- CreateIndex
CREATE INDEX "Notification_orderId_idx" ON "Notification"("orderId");

-- CreateIndex
CREATE INDEX "Notification_subAccountId_idx" ON "Notification"("subAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_organizationId_dedupeKey_key" ON "Notification"("organizationId", "dedupeKey");

-- CreateIndex
CREATE INDEX "AlertSubscription_organizationId_kind_idx" ON "AlertSubscription"("organizationId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMail_dedupeKey_key" ON "OutboxMail"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMail_organizationId_createdAt_idx" ON "OutboxMail"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMail_sentAt_idx" ON "OutboxMail"("sentAt");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_subAccountId_fkey" FOREIGN KEY ("subAccountId") REFERENCES "SubAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertSubscription" ADD CONSTRAINT "AlertSubscription_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertSubscription" ADD CONSTRAINT "AlertSubscription_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
