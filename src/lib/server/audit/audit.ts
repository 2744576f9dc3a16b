import { hashToken } from '../auth/lucia';
import type { DB } from '../db';
import type { Context } from '../trpc/context';
import { insertEvent, purgeBefore } from './audit.repository';

// The audit trail: who changed what, when and from where. `record` is called inside the
// transaction of the change it describes, so a change and its entry exist together or not at
// all. Secrets are never written: their fields say only "changed".

export interface Actor {
	administratorId: string | null;
	email: string | null;
	/** The session's id (a hash of its token). */
	sessionId: string | null;
	ip: string | null;
	userAgent: string | null;
}

export interface Change {
	field: string;
	from: string | number | boolean | null;
	to: string | number | boolean | null;
}

export const SECRET_CHANGED = 'changed';

export function actorOf(ctx: Pick<Context, 'session' | 'request'>): Actor {
	return {
		administratorId: ctx.session?.administrator.id ?? null,
		email: ctx.session?.administrator.email ?? null,
		sessionId: ctx.session ? hashToken(ctx.session.token) : null,
		ip: ctx.request.ip,
		userAgent: ctx.request.userAgent
	};
}

const plain = (v: unknown): Change['to'] =>
	v === undefined || v === null
		? null
		: typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
			? v
			: JSON.stringify(v);

/**
 * The fields of `after` whose value differs in `before`; a secret field (present in `after`
 * when it was typed) is recorded as changed, never with its value.
 */
export function changes(before: object | null, after: object, secrets: string[] = []): Change[] {
	const old = (before ?? {}) as Record<string, unknown>;
	const list: Change[] = [];
	for (const [field, value] of Object.entries(after)) {
		if (secrets.includes(field)) {
			if (value) list.push({ field, from: SECRET_CHANGED, to: SECRET_CHANGED });
			continue;
		}
		const from = plain(old[field]);
		const to = plain(value);
		if (from !== to) list.push({ field, from, to });
	}
	return list;
}

/** A removal: every field of `before` to nothing. */
export const removal = (before: object): Change[] =>
	changes(before, Object.fromEntries(Object.keys(before).map((k) => [k, null])));

export async function record(
	db: DB,
	event: {
		companyId: string;
		actor: Actor | null;
		section: string;
		action: string;
		changes?: Change[];
		detail?: Record<string, string | number | boolean | null>;
	}
): Promise<void> {
	const a = event.actor;
	await insertEvent(db, {
		company_id: event.companyId,
		at: new Date().toISOString(),
		actor_id: a?.administratorId ?? null,
		actor: a?.email ?? null,
		session: a?.sessionId ? a.sessionId.slice(0, 12) : null,
		ip: a?.ip ?? null,
		user_agent: a?.userAgent?.slice(0, 300) ?? null,
		section: event.section,
		action: event.action,
		changes: JSON.stringify(event.changes ?? []),
		detail: event.detail ? JSON.stringify(event.detail) : null
	});
}

/** Forgets entries older than the retention (AUDIT_RETENTION_DAYS). */
export async function purgeAudit(db: DB, retentionDays: number, now = Date.now()): Promise<void> {
	await purgeBefore(db, new Date(now - retentionDays * 86_400_000).toISOString());
}
