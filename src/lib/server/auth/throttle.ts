/**
 * Sign-in throttling (ASVS 5.0 §6.1.1, §6.3.1), as pure rules over failure counts. It stops
 * guessing without giving a stranger a way to lock the real administrator out:
 * - one account from one address: after `perPair` failures in the window, that pair is refused
 *   until the oldest failure leaves the window, even with the right password;
 * - one account from everywhere: past `accountSlowdownAfter` failures, every attempt on it waits
 *   a little longer (never refused), so its owner can still sign in from their own address;
 * - one address across many accounts (`perAddress` distinct e-mails): that address is refused.
 */
export const LIMITS = {
	windowMs: 15 * 60_000,
	perPair: 5,
	perAddress: 20,
	accountSlowdownAfter: 50,
	delayStepMs: 200,
	maxDelayMs: 10_000
} as const;

export interface FailureCounts {
	pair: number;
	pairOldest: number | null;
	account: number;
	accountsFromIp: number;
	ipOldest: number | null;
}

export interface Verdict {
	/** Refuse without checking the password, for this long. */
	refuseForMs: number;
	/** Otherwise, wait this long before checking it. */
	delayMs: number;
}

export function judge(c: FailureCounts, now: number, limits = LIMITS): Verdict {
	const until = (oldest: number | null) => Math.max(1_000, (oldest ?? now) + limits.windowMs - now);
	if (c.pair >= limits.perPair) return { refuseForMs: until(c.pairOldest), delayMs: 0 };
	if (c.accountsFromIp >= limits.perAddress) return { refuseForMs: until(c.ipOldest), delayMs: 0 };
	const excess = c.account - limits.accountSlowdownAfter + 1;
	const delayMs = excess > 0 ? Math.min(limits.maxDelayMs, excess * limits.delayStepMs) : 0;
	return { refuseForMs: 0, delayMs };
}
