import type { Cookies } from '@sveltejs/kit';
import type { Language } from '$lib/schemas/common';
import type { ValidSession } from '../auth/lucia';
import type { Runtime } from '../runtime';

/** What a procedure knows of the request that called it. */
export interface RequestMeta {
	/** The request's Origin header, checked against portalOrigin for every mutation. */
	origin: string | null;
	portalOrigin: string;
	ip: string | null;
	userAgent: string | null;
}

export type CookieJar = Pick<Cookies, 'set' | 'delete'>;

export interface Context {
	runtime: Runtime;
	request: RequestMeta;
	cookies: CookieJar;
	locale: Language;
	session: ValidSession | null;
}
