/**
 * The session cookie's attributes: HttpOnly, SameSite=Lax, and Secure whenever the portal is
 * served over https (set explicitly: browsers drop a Secure cookie sent over plain http).
 */
export function sessionCookieOptions(portalOrigin: string) {
	return {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: portalOrigin.startsWith('https:')
	} as const;
}

/** The language chosen before or at sign-in, so the sign-in page speaks it after sign-out too. */
export const LANGUAGE_COOKIE = 'lang';

export function languageCookieOptions(portalOrigin: string) {
	return { ...sessionCookieOptions(portalOrigin), maxAge: 365 * 24 * 3600 } as const;
}
