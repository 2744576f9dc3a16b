import { createHash } from 'node:crypto';
import type { Adapter, DatabaseSession, DatabaseUser } from 'lucia';
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

/** The database stores a token's SHA-256, so a copy of the database holds no usable session. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Lucia's adapter over the session repository, so sessions go through the same data layer. */
export function kyselyAdapter(db: DB, absoluteMs: number): Adapter {
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
