import { actorOf } from '../../audit/audit';
import { protectedProcedure, router } from '../../trpc/init';
import { exportAccount } from './export.service';
import { getProfile } from './profile.service';

export const profileRouter = router({
	/** Every section at once, for the signed-in administrator's company. */
	get: protectedProcedure.query(({ ctx }) => getProfile(ctx.runtime.db, ctx.companyId)),
	/** The whole company account as one document (secrets only as set dates, no bill); audited. */
	export: protectedProcedure.query(({ ctx }) =>
		exportAccount(ctx.runtime, ctx.companyId, actorOf(ctx))
	)
});
