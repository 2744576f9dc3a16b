import { auditListSchema } from '$lib/schemas/audit';
import { protectedProcedure, router } from '../../trpc/init';
import { auditOf } from './audit.service';

// Read-only: no procedure changes or removes an entry (the table refuses updates, too).
export const auditRouter = router({
	/** The company's trail, newest first, filtered by section, actor and days; paged by `before`. */
	list: protectedProcedure
		.input(auditListSchema)
		.query(({ ctx, input }) => auditOf(ctx.runtime, ctx.companyId, input))
});
