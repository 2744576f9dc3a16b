import type { OutboundGuard } from '../outbound/guard';
import { demoPbx } from './demo';
import type { PbxConnector } from './types';
import { createWazoConnector } from './wazo';

export type * from './types';

/** Connector names as phone_system.connector stores them. */
export type ConnectorName = 'demo' | 'wazo';

export type PbxConnectors = Record<ConnectorName, PbxConnector>;

export function createPbxConnectors(guard: OutboundGuard, ca?: string[]): PbxConnectors {
	return { demo: demoPbx, wazo: createWazoConnector(guard, ca) };
}
