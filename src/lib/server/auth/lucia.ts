import { Lucia, type Session, TimeSpan, type User } from 'lucia';
import type { DB } from '../db';
import { kyselyAdapter } from './lucia-adapter';
import { deleteEndedSessions } from './session.repository';

export { hashToken } from './lucia-adapter';

// With lucia-adapter.ts, the only module that imports lucia. The rest of the app sees
// `SessionManager` below; the queries are in session.repository.ts.

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

export interface SessionOptions {
	idleMinutes: number;
	absoluteHours: number;
	cookieName: string;
}

export interface ValidSession {
	token: string;
	createdAt: Date;
	/** The idle deadline. */
	expiresAt: Date;
	/** When the session ends without further activity: the idle deadline or the absolute end. */
	endsAt: Date;
	administrator: {
		id: string;
		companyId: string;
		companyName: string;
		name: string;
		email: string;
		language: string;
	};
}

/** How long the session has left without activity, in ms. */
export const remainingMs = (session: ValidSession) =>
	Math.max(0, session.endsAt.getTime() - Date.now());

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

	/** What lucia.validateSession reads, without extending the session (Lucia does past half). */
	async function readWithoutSliding(
		token: string
	): Promise<{ session: Session; user: User } | { session: null; user: null }> {
		const [session, user] = await adapter.getSessionAndUser(token);
		if (!session || !user || session.expiresAt.getTime() <= Date.now())
			return { session: null, user: null };
		return {
			session: {
				...session.attributes,
				id: session.id,
				userId: session.userId,
				fresh: false,
				expiresAt: session.expiresAt
			},
			user: { ...user.attributes, id: user.id }
		};
	}

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
		 * writing on every request, the deadline moves when it has aged a minute or more. A check
		 * that is not activity (the page asking how long is left) passes `slide: false`.
		 */
		async validate(token: string, { slide = true } = {}): Promise<ValidSession | null> {
			const { session, user } = slide
				? await lucia.validateSession(token)
				: await readWithoutSliding(token);
			if (!session) return null;
			const now = Date.now();
			if (now - session.created_at >= absoluteMs) {
				await lucia.invalidateSession(token);
				return null;
			}
			let expiresAt = session.expiresAt;
			if (slide && !session.fresh && expiresAt.getTime() - now < idleMs - 60_000) {
				expiresAt = new Date(now + idleMs);
				await adapter.updateSessionExpiration(token, expiresAt);
			}
			return {
				token,
				createdAt: new Date(session.created_at),
				expiresAt,
				endsAt: new Date(Math.min(expiresAt.getTime(), session.created_at + absoluteMs)),
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
