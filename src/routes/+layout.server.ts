import { remainingMs } from '$lib/server/auth/lucia';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const admin = locals.session?.administrator;
	return {
		locale: locals.locale,
		timeZone: locals.timeZone,
		me: admin ? { name: admin.name, companyName: admin.companyName } : null,
		// When to first ask how long the session has left (SessionTimer); it asks again then.
		sessionRemainingMs: locals.session ? remainingMs(locals.session) : null
	};
};
