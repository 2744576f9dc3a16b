import type { LoginInput } from '$lib/schemas/auth';
import { burnPasswordCheck, verifyPassword } from '../../auth/password';
import type { ValidSession } from '../../auth/lucia';
import { AppError } from '../../errors';
import type { Runtime } from '../../runtime';
import { findCredentials } from '../administrator/administrator.repository';
import { isLanguage } from '$lib/i18n';

/**
 * Checks the credentials and opens a new session, returning its token. An unknown e-mail and a
 * wrong password fail alike, in about the same time. Whatever session the browser held is
 * ended, so a sign-in always gets a new id (no session fixation).
 */
export async function signIn(
	{ db, sessions }: Runtime,
	input: Required<LoginInput>,
	meta: { ip: string | null; userAgent: string | null },
	previous: ValidSession | null
): Promise<string> {
	const account = await findCredentials(db, input.email);
	const valid = account
		? await verifyPassword(account.passwordHash, input.password)
		: await burnPasswordCheck(input.password);
	if (!account || !valid) throw new AppError('INVALID_CREDENTIALS');
	if (previous) await sessions.invalidate(previous.token);
	return sessions.create(account.id, meta);
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
