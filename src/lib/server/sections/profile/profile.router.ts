import { protectedProcedure, router } from '../../trpc/init';
import { getProfile } from './profile.service';

export const profileRouter = router({
	/** Every section at once, for the signed-in administrator's company. */
	get: protectedProcedure.query(({ ctx }) => getProfile(ctx.runtime.db, ctx.companyId))
});
