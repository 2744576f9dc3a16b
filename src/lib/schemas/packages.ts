import { z } from 'zod';

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
