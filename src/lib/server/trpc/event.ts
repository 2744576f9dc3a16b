import type { RequestEvent } from '@sveltejs/kit';
import { getRuntime } from '../app';
import type { Context } from './context';
import { createCaller } from './router';

/** The tRPC context of a SvelteKit request: the HTTP endpoint and server loads share it. */
export function contextFromEvent(event: RequestEvent): Context {
	return {
		runtime: getRuntime(),
		request: {
			origin: event.request.headers.get('origin'),
			portalOrigin: event.url.origin,
			ip: event.getClientAddress(),
			userAgent: event.request.headers.get('user-agent')
		},
		cookies: event.cookies,
		locale: event.locals.locale,
		session: event.locals.session
	};
}

/** Calls procedures from a load or action without HTTP. */
export const api = (event: RequestEvent) => createCaller(contextFromEvent(event));
