import { takeCheck } from './check-quota.repository';
import type { DB } from './db';
import { AppError } from './errors';

// Outbound checks (Test access, Test connection, detection, import) reach other hosts on the
// administrator's word: bounded per company, so that the portal cannot be used to scan a
// network. An administrator setting things up runs a handful; 30 in 10 minutes is plenty.
export const CHECKS_PER_WINDOW = 30;
export const CHECK_WINDOW_MINUTES = 10;

export async function allowCheck(db: DB, companyId: string, now = Date.now()): Promise<void> {
	const windowMs = CHECK_WINDOW_MINUTES * 60_000;
	const oldest = await takeCheck(db, companyId, {
		now,
		since: now - windowMs,
		limit: CHECKS_PER_WINDOW
	});
	if (oldest !== null) {
		const minutes = Math.max(1, Math.ceil((oldest + windowMs - now) / 60_000));
		throw new AppError('CHECKS_RATE_LIMITED', undefined, { minutes });
	}
}
