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
