/**
 * Where to go after signing in: a path on this site only, so a crafted link cannot send a
 * freshly signed-in administrator to another site ("//evil.example", "/\evil.example").
 */
export function safeRedirectTarget(target: string | null | undefined): string {
	if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) {
		return '/profile';
	}
	return target;
}
