-- AlterEnum
ALTER TYPE "OrderType" ADD VALUE 'port_now';

-- CreateEnum
CREATE TYPE "NoteVisibility" AS ENUM ('staff', 'shared');

-- CreateTable
CREATE TABLE "TelephoneNumberNote" (
    "id" TEXT NOT NULL,
    "telephoneNumberId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "visibility" "NoteVisibility" NOT NULL DEFAULT 'staff',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TelephoneNumberNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TelephoneNumberNote_telephoneNumberId_createdAt_idx" ON "TelephoneNumberNote"("telephoneNumberId", "createdAt");

-- AddForeignKey
ALTER TABLE "TelephoneNumberNote" ADD CONSTRAINT "TelephoneNumberNote_telephoneNumberId_fkey" FOREIGN KEY ("telephoneNumberId") REFERENCES "TelephoneNumber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TelephoneNumberNote" ADD CONSTRAINT "TelephoneNumberNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
