import { isLanguage } from '$lib/i18n';
import type { LoginData } from '$lib/schemas/auth';
import { checkPassword } from '../../auth/credentials';
import { hashToken, type ValidSession } from '../../auth/lucia';
import { record } from '../../audit/audit';
import type { Runtime } from '../../runtime';

/**
 * Checks the credentials (throttled, see auth/throttle.ts) and opens a new session, returning
 * its token and the administrator's language. Whatever session the browser held is ended, so a sign-in always gets a new id (no
 * session fixation).
 */
export async function signIn(
	runtime: Runtime,
	input: LoginData,
	meta: { ip: string | null; userAgent: string | null },
	previous: ValidSession | null
): Promise<{ token: string; language: string }> {
	const actor = {
		administratorId: null,
		email: input.email.toLowerCase(),
		sessionId: null,
		...meta
	};
	const administrator = await checkPassword(runtime, { ...input, ip: meta.ip }, undefined, {
		purpose: 'signIn',
		actor
	});
	if (previous) await runtime.sessions.invalidate(previous.token);
	const token = await runtime.sessions.create(administrator.id, meta);
	await record(runtime.db, {
		companyId: administrator.companyId,
		actor: { ...actor, administratorId: administrator.id, sessionId: hashToken(token) },
		section: 'auth',
		action: 'signIn'
	});
	return { token, language: administrator.language };
}

export interface Me {
	administrator: { id: string; name: string; email: string; language: string };
	company: { id: string; name: string };
	session: { createdAt: string; expiresAt: string };
}

export function describeSession(session: ValidSession): Me {
	const { administrator: a } = session;
	return {
		administrator: {
			id: a.id,
			name: a.name,
			email: a.email,
			language: isLanguage(a.language) ? a.language : 'en'
		},
		company: { id: a.companyId, name: a.companyName },
		session: {
			createdAt: session.createdAt.toISOString(),
			expiresAt: session.expiresAt.toISOString()
		}
	};
}
