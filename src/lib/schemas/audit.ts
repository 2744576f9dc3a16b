import { z } from 'zod';
import { AUDIT_SECTIONS } from '$lib/audit-sections';

export { AUDIT_SECTIONS };

const day = z.string({ error: 'validation.day' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.day');

/** audit.list: filters (all optional) and the page. */
export const auditListSchema = z.object({
	section: z.enum(AUDIT_SECTIONS, { error: 'validation.invalid' }).optional(),
	actor: z.string({ error: 'validation.invalid' }).max(254, 'validation.tooLong').optional(),
	/** First day included (UTC). */
	from: day.optional(),
	/** Last day included (UTC). */
	to: day.optional(),
	/** The next page: entries older than this id. */
	before: z.number({ error: 'validation.invalid' }).int().min(1).optional(),
	limit: z.number({ error: 'validation.invalid' }).int().min(1).max(1000).default(50)
});

export type AuditList = z.output<typeof auditListSchema>;
