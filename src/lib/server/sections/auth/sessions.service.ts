import { UAParser } from 'ua-parser-js';
import { hashToken, type ValidSession } from '../../auth/lucia';
import { type Actor, record } from '../../audit/audit';
import { deleteOtherSessions, listSessions } from '../../auth/session.repository';
import { type Runtime, SESSION_ABSOLUTE_HOURS } from '../../runtime';

export interface SessionView {
	current: boolean;
	startedAt: string;
	/** Within a minute: activity slides the idle deadline at most once a minute. */
	lastActiveAt: string;
	/** "Chrome 131 on Windows", or null when the browser did not say. */
	browser: string | null;
	ip: string | null;
}

function describeBrowser(userAgent: string | null): string | null {
	if (!userAgent) return null;
	const { browser, os } = new UAParser(userAgent).getResult();
	const name = [browser.name, browser.major].filter(Boolean).join(' ');
	if (!name) return userAgent.slice(0, 60);
	return os.name ? `${name} · ${os.name}` : name;
}

/** The administrator's sessions that have not ended, the current one first, then the newest. */
export async function activeSessions(
	{ db, config }: Runtime,
	session: ValidSession
): Promise<SessionView[]> {
	const now = Date.now();
	const idleMs = config.SESSION_IDLE_MINUTES * 60_000;
	const current = hashToken(session.token);
	const rows = await listSessions(db, session.administrator.id);
	return rows
		.filter((r) => r.expires_at > now && now - r.created_at < SESSION_ABSOLUTE_HOURS * 3_600_000)
		.sort(
			(a, b) => Number(b.id === current) - Number(a.id === current) || b.created_at - a.created_at
		)
		.map((r) => ({
			current: r.id === current,
			startedAt: new Date(r.created_at).toISOString(),
			lastActiveAt: new Date(Math.max(r.created_at, r.expires_at - idleMs)).toISOString(),
			browser: describeBrowser(r.user_agent),
			ip: r.ip
		}));
}

/** "Sign out everywhere else": every session of this administrator but this one ends. */
export async function endOtherSessions(
	{ db }: Runtime,
	session: ValidSession,
	actor: Actor | null = null
): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const ended = await deleteOtherSessions(
			trx,
			session.administrator.id,
			hashToken(session.token)
		);
		await record(trx, {
			companyId: session.administrator.companyId,
			actor,
			section: 'auth',
			action: 'sessionsRevoked',
			detail: { ended }
		});
		return ended;
	});
}
