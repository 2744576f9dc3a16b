import { redirect } from '@sveltejs/kit';
import { api } from '$lib/server/trpc/event';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it is a POST (the header's button); a GET only goes back.
export const load: PageServerLoad = () => redirect(303, '/profile');

export const actions = {
	default: async (event) => {
		await api(event).auth.logout();
		redirect(303, '/login?signedOut=1');
	}
} satisfies Actions;
