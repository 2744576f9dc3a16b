import { packagesUpdateSchema } from '$lib/schemas/packages';
import { actorOf } from '../../audit/audit';
import { protectedProcedure, router } from '../../trpc/init';
import { listPackages, savePackages } from './packages.service';

export const packagesRouter = router({
	/** The packages this company may offer, with Offer and Default; changes apply to new users. */
	list: protectedProcedure.query(({ ctx }) => listPackages(ctx.runtime.db, ctx.companyId)),
	update: protectedProcedure
		.input(packagesUpdateSchema)
		.mutation(({ ctx, input }) => savePackages(ctx.runtime.db, ctx.companyId, input, actorOf(ctx)))
});
