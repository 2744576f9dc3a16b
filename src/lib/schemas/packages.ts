import { z } from 'zod';
import { lineOfText } from './common';

const packageId = z.string({ error: 'validation.invalid' }).min(1).max(64);

/** packages.update: the whole Offer/Default table, saved together or not at all. */
export const packagesUpdateSchema = z.object({
	items: z
		.array(
			z
				.object({ packageId, offered: z.boolean(), isDefault: z.boolean() })
				.refine((i) => i.offered || !i.isDefault, {
					path: ['isDefault'],
					message: 'validation.defaultNeedsOffer',
					params: { code: 'DEFAULT_NOT_OFFERED' }
				})
		)
		.max(500)
		.refine((items) => new Set(items.map((i) => i.packageId)).size === items.length, {
			message: 'validation.invalid'
		})
		.refine((items) => !items.some((i) => i.offered) || items.some((i) => i.isDefault), {
			message: 'validation.defaultRequired',
			params: { code: 'DEFAULT_REQUIRED' }
		})
});

export type PackagesUpdate = z.output<typeof packagesUpdateSchema>;

/** A package an operator adds to the catalogue (`npm run company -- packages add`). */
export const catalogueEntrySchema = z.object({
	id: z.string().regex(/^[a-z0-9-]{1,64}$/, 'validation.packageId'),
	name: lineOfText(60),
	baseRate: z.number().int().min(0),
	includedMinutes: z.number().int().min(0).max(1_000_000),
	minuteRate: z.number().int().min(0),
	currency: z
		.string()
		.refine((c) => Intl.supportedValuesOf('currency').includes(c), 'validation.currency')
});
