import { createHash } from 'node:crypto';
import { type Adapter, type DatabaseSession, type DatabaseUser, Lucia, TimeSpan } from 'lucia';
import type { DB } from '../db';

// The only module that imports lucia. The rest of the app sees `SessionManager` below.

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

/** Lucia's adapter over Kysely, so sessions go through the same data layer as everything else. */
function kyselyAdapter(db: DB): Adapter {
	return {
		async getSessionAndUser(token): Promise<[DatabaseSession | null, DatabaseUser | null]> {
			const row = await db
				.selectFrom('session')
				.innerJoin('administrator', 'administrator.id', 'session.administrator_id')
				.innerJoin('company', 'company.id', 'administrator.company_id')
				.select([
					'session.administrator_id',
					'session.expires_at',
					'session.created_at',
					'session.ip',
					'session.user_agent',
					'administrator.company_id',
					'company.name as company_name',
					'administrator.name',
					'administrator.email',
					'administrator.language'
				])
				.where('session.id', '=', hashToken(token))
				.executeTakeFirst();
			if (!row) return [null, null];
			const { administrator_id, expires_at, created_at, ip, user_agent, ...admin } = row;
			return [
				{
					id: token,
					userId: administrator_id,
					expiresAt: new Date(expires_at),
					attributes: { created_at, ip, user_agent }
				},
				{ id: administrator_id, attributes: admin }
			];
		},
		async getUserSessions(administratorId) {
			const rows = await db
				.selectFrom('session')
				.selectAll()
				.where('administrator_id', '=', administratorId)
				.execute();
			return rows.map((r) => ({
				id: r.id,
				userId: r.administrator_id,
				expiresAt: new Date(r.expires_at),
				attributes: { created_at: r.created_at, ip: r.ip, user_agent: r.user_agent }
			}));
		},
		async setSession(session) {
			await db
				.insertInto('session')
				.values({
					id: hashToken(session.id),
					administrator_id: session.userId,
					expires_at: session.expiresAt.getTime(),
					...session.attributes
				})
				.execute();
		},
		async updateSessionExpiration(token, expiresAt) {
			await db
				.updateTable('session')
				.set({ expires_at: expiresAt.getTime() })
				.where('id', '=', hashToken(token))
				.execute();
		},
		async deleteSession(token) {
			await db.deleteFrom('session').where('id', '=', hashToken(token)).execute();
		},
		async deleteUserSessions(administratorId) {
			await db.deleteFrom('session').where('administrator_id', '=', administratorId).execute();
		},
		async deleteExpiredSessions() {
			await db.deleteFrom('session').where('expires_at', '<=', Date.now()).execute();
		}
	};
}

export interface SessionOptions {
	idleMinutes: number;
	absoluteHours: number;
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
	const adapter = kyselyAdapter(db);
	const lucia = new Lucia(adapter, {
		sessionExpiresIn: new TimeSpan(options.idleMinutes, 'm'),
		// A browser-session cookie: the server alone decides when a session ends.
		sessionCookie: { name: 'session', expires: false, attributes: { sameSite: 'lax' } },
		getSessionAttributes: (a) => a,
		getUserAttributes: (a) => a
	});

	return {
		cookieName: lucia.sessionCookieName,

		async create(administratorId: string, meta: { ip: string | null; userAgent: string | null }) {
			const session = await lucia.createSession(administratorId, {
				created_at: Date.now(),
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
