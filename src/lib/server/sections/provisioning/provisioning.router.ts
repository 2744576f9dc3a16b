import { provisioningUpdateSchema } from '$lib/schemas/provisioning';
import { actorOf } from '../../audit/audit';
import { outboundProcedure, protectedProcedure, router } from '../../trpc/init';
import { importPreview, runImport } from './import.service';
import { getProvisioning, saveProvisioning, testAccess } from './provisioning.service';

export const provisioningRouter = router({
	/** The stored access; the password only as the date it was set. */
	get: protectedProcedure.query(({ ctx }) => getProvisioning(ctx.runtime, ctx.companyId)),
	/** An absent password keeps the stored one. */
	update: protectedProcedure
		.input(provisioningUpdateSchema)
		.mutation(({ ctx, input }) =>
			saveProvisioning(ctx.runtime, ctx.companyId, input, actorOf(ctx))
		),
	/** Signs in to the PBX with the stored credentials: { ok, steps }. */
	test: outboundProcedure.mutation(({ ctx }) => testAccess(ctx.runtime, ctx.companyId, ctx.locale)),
	/** What an import would add, read from the PBX; nothing is written. */
	importPreview: outboundProcedure.mutation(({ ctx }) =>
		importPreview(ctx.runtime, ctx.companyId, ctx.locale)
	),
	/** Imports the PBX's users and numbers in one transaction; a second run adds nothing. */
	import: outboundProcedure.mutation(({ ctx }) =>
		runImport(ctx.runtime, ctx.companyId, ctx.locale, undefined, actorOf(ctx))
	)
});
