import { userCreateSchema, userRemoveSchema } from '$lib/schemas/users';
import { actorOf } from '../../audit/audit';
import { protectedProcedure, router } from '../../trpc/init';
import { createUser, removeUser, usersOf } from './users.service';

export const usersRouter = router({
	/** The company's users with their packages, and its subscription keys used and unused. */
	list: protectedProcedure.query(({ ctx }) => usersOf(ctx.runtime.db, ctx.companyId)),
	create: protectedProcedure
		.input(userCreateSchema)
		.mutation(({ ctx, input }) => createUser(ctx.runtime.db, ctx.companyId, input, actorOf(ctx))),
	remove: protectedProcedure.input(userRemoveSchema).mutation(async ({ ctx, input }) => {
		await removeUser(ctx.runtime.db, ctx.companyId, input.id, actorOf(ctx));
		return { ok: true as const };
	})
});
