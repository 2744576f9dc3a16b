import { loadTranslations } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// In the browser, the reader's language is fetched before anything renders in it (on the server
// every language is already there, so this resolves at once).
export const load: LayoutLoad = async ({ data }) => {
	await loadTranslations(data.locale);
	return data;
};
