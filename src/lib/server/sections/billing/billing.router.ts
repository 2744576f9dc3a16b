import { billUnlockSchema, periodSchema } from '$lib/schemas/billing';
import { actorOf } from '../../audit/audit';
import { protectedProcedure, router } from '../../trpc/init';
import { lockBill, requireUnlock, statementOf, statementsOf, unlockBill } from './billing.service';

/** Billing data: only within a current unlock of this session (else BILL_LOCKED). */
const unlockedProcedure = protectedProcedure.use(async ({ ctx, next }) => {
	const unlockedUntil = await requireUnlock(ctx.runtime, ctx.session);
	return next({ ctx: { ...ctx, unlockedUntil } });
});

export const billingRouter = router({
	/** The administrator's password again; opens the bill for BILL_UNLOCK_MINUTES. */
	unlock: protectedProcedure
		.input(billUnlockSchema)
		.mutation(({ ctx, input }) =>
			unlockBill(ctx.runtime, ctx.session, input.password, actorOf(ctx))
		),
	/** Closes the bill before its time. */
	lock: protectedProcedure.mutation(async ({ ctx }) => {
		await lockBill(ctx.runtime, ctx.session);
		return { ok: true as const };
	}),
	/** When the current unlock ends. */
	status: unlockedProcedure.query(({ ctx }) => ({
		unlockedUntil: ctx.unlockedUntil.toISOString()
	})),
	/** The periods, newest first: { period: 'YYYY-MM', total, currency, current }. */
	statements: unlockedProcedure.query(({ ctx }) => statementsOf(ctx.runtime, ctx.companyId)),
	/** One period's lines per package, subtotal, tax and total, in minor units. */
	statement: unlockedProcedure
		.input(periodSchema)
		.query(({ ctx, input }) => statementOf(ctx.runtime, ctx.companyId, input.period))
});
