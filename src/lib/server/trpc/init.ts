import { initTRPC } from '@trpc/server';
import { actorOf, record } from '../audit/audit';
import { allowCheck } from '../check-quota';
import { AppError } from '../errors';
import type { Context } from './context';
import { describeError, toTRPCError } from './errors';

const t = initTRPC.context<Context>().create({
	// No data transformer: the wire is plain JSON, so any HTTP client can call the API.
	errorFormatter({ shape, error, ctx }) {
		const { code, message, fieldErrors } = describeError(error, ctx?.locale ?? 'en');
		// Built field by field so that tRPC's `stack` never reaches a client, in any mode.
		return {
			code: shape.code,
			message,
			data: { code, httpStatus: shape.data.httpStatus, path: shape.data.path, fieldErrors }
		};
	}
});

export const router = t.router;

/** Gives expected failures (AppError) their transport code. */
const expectedErrors = t.middleware(async ({ next }) => {
	const result = await next();
	if (!result.ok && result.error.cause instanceof AppError) throw toTRPCError(result.error.cause);
	return result;
});

/** A mutation must come from the portal's own pages (or a client that says it does). */
const sameOrigin = t.middleware(({ ctx, type, next }) => {
	if (type === 'mutation' && ctx.request.origin !== ctx.request.portalOrigin) {
		throw new AppError('FORBIDDEN_ORIGIN');
	}
	return next();
});

export const publicProcedure = t.procedure.use(expectedErrors).use(sameOrigin);

/** Narrows the context to a signed-in administrator; the company comes from here, never input. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
	if (!ctx.session) throw new AppError('UNAUTHENTICATED');
	const { administrator } = ctx.session;
	return next({
		ctx: { ...ctx, session: ctx.session, administrator, companyId: administrator.companyId }
	});
});

export const createCallerFactory = t.createCallerFactory;

/** A procedure that reaches other hosts (a PBX, mail servers): each call counts against the company's checks. */
export const outboundProcedure = protectedProcedure.use(async ({ ctx, next, path }) => {
	await allowCheck(ctx.runtime.db, ctx.companyId);
	const result = await next();
	// The audit trail notes every check and its outcome (the steps stay with the caller).
	const data = result.ok
		? (result.data as { ok?: unknown; steps?: { step: string; ok: boolean }[] })
		: null;
	await record(ctx.runtime.db, {
		companyId: ctx.companyId,
		actor: actorOf(ctx),
		section: path.split('.')[0],
		action: 'checkRun',
		detail: {
			check: path,
			ok: result.ok && data?.ok !== false,
			failedStep: data?.steps?.find((s) => !s.ok)?.step ?? null
		}
	});
	return result;
});
