-- A port that was cancelled, refused or failed never brought its numbers in. They were
-- recorded as disconnected, which showed them as taken out of service and counted them
-- among the numbers held. The value is used by the next migration, in its own transaction.
ALTER TYPE "TelephoneNumberStatus" ADD VALUE 'not_ported';
