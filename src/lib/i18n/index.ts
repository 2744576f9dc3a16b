import i18n, { type Config } from 'sveltekit-i18n';
import { type Language } from '$lib/languages';

// Every translation file, bundled: src/lib/i18n/<locale>/<section>.json becomes the keys
// `<section>.*` of that locale. They are small, and having them all loaded up front means no
// request ever waits for (or races on) a lazy load.
const files = import.meta.glob<Record<string, unknown>>('./*/*.json', {
	eager: true,
	import: 'default'
});

export const translations: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [path, data] of Object.entries(files)) {
	const [, locale, section] = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
	(translations[locale] ??= {})[section] = data;
}

const config: Config = { translations, fallbackLocale: 'en', log: { level: 'error' } };

// sveltekit-i18n's `locale` store is one per process, shared by every request during SSR; it is
// never set here. Every translation names its locale explicitly through `l`.
const { l } = new i18n(config);

export type TranslationVars = Record<string, string | number | Date | null | undefined>;

export function translate(locale: Language, key: string, vars?: TranslationVars): string {
	return l.get(locale, key, vars);
}

export { isLanguage } from '$lib/languages';

/**
 * The best of `supported` for an Accept-Language header (q-values honoured, region ignored),
 * or the first supported language.
 */
export function negotiateLanguage(header: string | null, supported: readonly Language[]): Language {
	const ranked = (header ?? '')
		.split(',')
		.map((part) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1 };
		})
		.filter((r) => r.lang && Number.isFinite(r.q) && r.q > 0)
		.sort((a, b) => b.q - a.q);
	for (const { lang } of ranked) {
		const match = supported.find((s) => s === lang);
		if (match) return match;
	}
	return supported[0];
}
