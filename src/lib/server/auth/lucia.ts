import { createHash } from 'node:crypto';
import { type Adapter, type DatabaseSession, type DatabaseUser, Lucia, TimeSpan } from 'lucia';
import type { DB } from '../db';
import type { SessionRow } from '../db/types';
import {
	deleteEndedSessions,
	deleteSession,
	deleteSessionsOf,
	findSessionWithAdministrator,
	insertSession,
	listSessions,
	setSessionExpiry
} from './session.repository';

// The only module that imports lucia. The rest of the app sees `SessionManager` below; the
// queries are in session.repository.ts.

interface SessionAttributes {
	created_at: number;
	ip: string | null;
	user_agent: string | null;
}
interface AdministratorAttributes {
	company_id: string;
	company_name: string;
	name: string;
	email: string;
	language: string;
}

declare module 'lucia' {
	interface Register {
		Lucia: Lucia<SessionAttributes, AdministratorAttributes>;
		DatabaseSessionAttributes: SessionAttributes;
		DatabaseUserAttributes: AdministratorAttributes;
	}
}

/** The database stores a token's SHA-256, so a copy of the database holds no usable session. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Lucia's adapter over the session repository, so sessions go through the same data layer. */
function kyselyAdapter(db: DB, absoluteMs: number): Adapter {
	const toSession = (r: SessionRow): DatabaseSession => ({
		id: r.id,
		userId: r.administrator_id,
		expiresAt: new Date(r.expires_at),
		attributes: { created_at: r.created_at, ip: r.ip, user_agent: r.user_agent }
	});
	return {
		async getSessionAndUser(token): Promise<[DatabaseSession | null, DatabaseUser | null]> {
			const row = await findSessionWithAdministrator(db, hashToken(token));
			if (!row) return [null, null];
			const { administrator_id, expires_at, created_at, ip, user_agent, ...admin } = row;
			// Lucia hands this id back to deleteSession: it must be the token, not its hash.
			const session = toSession({
				id: token,
				administrator_id,
				expires_at,
				created_at,
				ip,
				user_agent
			});
			return [session, { id: administrator_id, attributes: admin }];
		},
		getUserSessions: async (administratorId) =>
			(await listSessions(db, administratorId)).map(toSession),
		setSession: (session) =>
			insertSession(db, {
				id: hashToken(session.id),
				administrator_id: session.userId,
				expires_at: session.expiresAt.getTime(),
				...session.attributes
			}),
		updateSessionExpiration: (token, expiresAt) =>
			setSessionExpiry(db, hashToken(token), expiresAt.getTime()),
		deleteSession: (token) => deleteSession(db, hashToken(token)),
		deleteUserSessions: (administratorId) => deleteSessionsOf(db, administratorId),
		deleteExpiredSessions: () => {
			const now = Date.now();
			return deleteEndedSessions(db, { now, createdBefore: now - absoluteMs });
		}
	};
}

export interface SessionOptions {
	idleMinutes: number;
	absoluteHours: number;
	cookieName: string;
}

export interface ValidSession {
	token: string;
	createdAt: Date;
	expiresAt: Date;
	administrator: {
		id: string;
		companyId: string;
		companyName: string;
		name: string;
		email: string;
		language: string;
	};
}

export type SessionManager = ReturnType<typeof createSessionManager>;

export function createSessionManager(db: DB, options: SessionOptions) {
	const idleMs = options.idleMinutes * 60_000;
	const absoluteMs = options.absoluteHours * 3_600_000;
	const adapter = kyselyAdapter(db, absoluteMs);
	const lucia = new Lucia(adapter, {
		sessionExpiresIn: new TimeSpan(options.idleMinutes, 'm'),
		// A browser-session cookie: the server alone decides when a session ends.
		sessionCookie: { name: options.cookieName, expires: false, attributes: { sameSite: 'lax' } },
		getSessionAttributes: (a) => a,
		getUserAttributes: (a) => a
	});

	return {
		cookieName: lucia.sessionCookieName,

		async create(administratorId: string, meta: { ip: string | null; userAgent: string | null }) {
			// Sign-in is a good moment to forget this administrator's ended sessions.
			const now = Date.now();
			await deleteEndedSessions(db, { now, createdBefore: now - absoluteMs, administratorId });
			const session = await lucia.createSession(administratorId, {
				created_at: now,
				ip: meta.ip,
				user_agent: meta.userAgent?.slice(0, 400) ?? null
			});
			return session.id;
		},

		/**
		 * The session behind a cookie's token, or null once it has been idle for the idle timeout or
		 * has lived the absolute lifetime. Activity slides the idle deadline; to keep a read from
		 * writing on every request, the deadline moves when it has aged a minute or more.
		 */
		async validate(token: string): Promise<ValidSession | null> {
			const { session, user } = await lucia.validateSession(token);
			if (!session) return null;
			const now = Date.now();
			if (now - session.created_at >= absoluteMs) {
				await lucia.invalidateSession(token);
				return null;
			}
			let expiresAt = session.expiresAt;
			if (!session.fresh && expiresAt.getTime() - now < idleMs - 60_000) {
				expiresAt = new Date(now + idleMs);
				await adapter.updateSessionExpiration(token, expiresAt);
			}
			return {
				token,
				createdAt: new Date(session.created_at),
				expiresAt,
				administrator: {
					id: user.id,
					companyId: user.company_id,
					companyName: user.company_name,
					name: user.name,
					email: user.email,
					language: user.language
				}
			};
		},

		invalidate: (token: string) => lucia.invalidateSession(token),
		invalidateAll: (administratorId: string) => lucia.invalidateUserSessions(administratorId)
	};
}
