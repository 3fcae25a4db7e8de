import { authRevoked } from './auth-revoked.ts';
import { breakingChange } from './breaking-change.ts';
import { emptyResponse } from './empty-response.ts';
import { hang } from './hang.ts';
import { latency } from './latency.ts';
import { lostResponse } from './lost-response.ts';
import { maintenance } from './maintenance.ts';
import { malformedBody } from './malformed-body.ts';
import { outage } from './outage.ts';
import { partial } from './partial.ts';
import { rateLimit } from './rate-limit.ts';
import { reset } from './reset.ts';
import { slowBody } from './slow-body.ts';
import type { FaultKind } from './types.ts';

/** Every fault kind by name. Adding a kind: one new file, one line here. */
export const faultKinds: Record<string, FaultKind<any>> = {
  [outage.name]: outage,
  [hang.name]: hang,
  [latency.name]: latency,
  [maintenance.name]: maintenance,
  [rateLimit.name]: rateLimit,
  [slowBody.name]: slowBody,
  [reset.name]: reset,
  [emptyResponse.name]: emptyResponse,
  [malformedBody.name]: malformedBody,
  [authRevoked.name]: authRevoked,
  [breakingChange.name]: breakingChange,
  [partial.name]: partial,
  [lostResponse.name]: lostResponse,
};

/** The registered names, for "allowed" lists in error messages. */
export const faultKindNames = (): string[] => Object.keys(faultKinds).sort();
