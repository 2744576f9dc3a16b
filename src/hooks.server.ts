import { type Handle, type HandleServerError, redirect } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { createTRPCHandle } from 'trpc-sveltekit';
import { isLanguage, negotiateLanguage, translate } from '$lib/i18n';
import { getRuntime } from '$lib/server/app';
import { isTimeZone, TIME_ZONE_COOKIE } from '$lib/time-zone';
import { LANGUAGE_COOKIE, sessionCookieOptions } from '$lib/server/auth/cookie';
import { logError } from '$lib/server/log';
import { contextFromEvent } from '$lib/server/trpc/event';
import { appRouter } from '$lib/server/trpc/router';

/** How long the session has left: asked by the page, so it is not activity (no sliding). */
const SESSION_STATUS = '/session/status';

/** Pages anyone may open; everything else needs a session. */
const isPublic = (path: string) =>
	path === '/login' || path === '/language' || path === SESSION_STATUS || path.startsWith('/trpc/');

const authenticate: Handle = async ({ event, resolve }) => {
	if (event.url.pathname === '/healthz') return resolve(event);
	const { sessions, config } = getRuntime();
	const token = event.cookies.get(sessions.cookieName);
	const slide = event.url.pathname !== SESSION_STATUS;
	const session = token ? await sessions.validate(token, { slide }) : null;
	if (token && !session)
		event.cookies.delete(sessions.cookieName, sessionCookieOptions(event.url.origin));
	event.locals.session = session;

	// The signed-in administrator's language; before sign-in the one last chosen (cookie), else
	// the browser's; always one of the supported languages.
	const supported = config.SUPPORTED_LANGUAGES;
	const chosen = session?.administrator.language ?? event.cookies.get(LANGUAGE_COOKIE);
	event.locals.locale =
		isLanguage(chosen) && supported.includes(chosen)
			? chosen
			: negotiateLanguage(event.request.headers.get('accept-language'), supported);

	const zone = event.cookies.get(TIME_ZONE_COOKIE);
	event.locals.timeZone = isTimeZone(zone) ? zone : 'UTC';

	if (!session && !isPublic(event.url.pathname)) {
		const back = event.url.pathname + event.url.search;
		redirect(303, back === '/' ? '/login' : `/login?redirectTo=${encodeURIComponent(back)}`);
	}
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.locale)
	});
};

const trpc = createTRPCHandle({
	router: appRouter,
	url: '/trpc',
	createContext: contextFromEvent,
	onError({ error, path }) {
		// Expected refusals are the caller's business; only the unexpected is logged, without input.
		if (error.code === 'INTERNAL_SERVER_ERROR') logError(`trpc ${path}`, error.cause ?? error);
	}
});

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	// Billing data (the bill page, its CSV and data requests, the billing procedures, batched or
	// not) is never stored by a browser or a proxy.
	const path = event.url.pathname;
	if (
		path.startsWith('/profile/bill') ||
		(path.startsWith('/trpc/') && path.includes('billing.'))
	) {
		response.headers.set('Cache-Control', 'no-store');
	}
	return response;
};

export const handle = sequence(securityHeaders, authenticate, trpc);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) logError(`${event.request.method} ${event.url.pathname}`, error);
	const locale = event.locals.locale ?? 'en';
	return {
		message: translate(locale, status === 404 ? 'errors.PAGE_NOT_FOUND' : 'errors.INTERNAL')
	};
};
