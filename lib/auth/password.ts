import bcrypt from "bcryptjs";

// bcrypt (pure JavaScript: nothing native to build). Cost 12 in use; tests lower it
// through BCRYPT_ROUNDS because every hash costs a quarter second at 12.
const ROUNDS = Number(process.env.BCRYPT_ROUNDS ?? 12);

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, ROUNDS);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the e-mail is unknown, so a wrong e-mail costs as much time
// as a wrong password and the answer's timing does not tell which one was wrong.
export const DUMMY_HASH = bcrypt.hashSync("not-a-real-password", ROUNDS);
