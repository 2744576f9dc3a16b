import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default algorithm) with OWASP's minimum: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false; // a malformed stored hash verifies nothing
	}
}

// Verified against when the e-mail is unknown, so that an unknown e-mail costs the same time as a
// wrong password and the answer's timing does not tell which accounts exist.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<false> {
	dummyHash ??= hashPassword('not-a-real-password-only-for-timing');
	await verifyPassword(await dummyHash, password);
	return false;
}

// No look-alikes (0/O, 1/l/I), so a printed password can be typed back.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random password for a new administrator: 4 groups of 5, about 115 bits. */
export function generatePassword(): string {
	const groups = Array.from({ length: 4 }, () =>
		Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
	);
	return groups.join('-');
}
