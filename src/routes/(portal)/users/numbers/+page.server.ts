import { api } from '$lib/server/trpc/event';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	numbers: await api(event).phoneNumbers.list()
});
