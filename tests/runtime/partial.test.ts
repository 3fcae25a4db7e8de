import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { qboRequests, samplePurchase } from '../../mocks/quickbooks/test-requests.ts';
import { faultsFromYaml, purchaseFault } from './yaml-faults.ts';

let mocks: MockRuntime;
let qbo: ReturnType<typeof qboRequests>;
beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['quickbooks'] });
  qbo = qboRequests(mocks.baseUrls.quickbooks!);
});
beforeEach(() => mocks.reset());
afterAll(() => mocks.close());

const INVOICE = 'POST /v3/company/{realmId}/invoice';
const PURCHASE = 'POST /v3/company/{realmId}/purchase';
const invoice = () => ({ CustomerRef: { value: '1' }, Line: [{ Amount: 10, DetailType: 'SalesItemLineDetail', SalesItemLineDetail: { ItemRef: { value: '1' } } }] });

describe('partial', () => {
  it('lets step 1 (a purchase) take effect, then fails step 2 (the invoice) in the dialect; reads in between pass', async () => {
    mocks.applyFaults(faultsFromYaml(`- endpoint: ${INVOICE}\n  kind: partial\n  params: { steps: ["${PURCHASE}", "${INVOICE}"], failAt: 2 }`));
    const invoiceFirst = await qbo.create('invoice', invoice());
    expect(invoiceFirst.status).not.toBe(503);
    expect((await qbo.create('purchase', samplePurchase())).status).toBe(200);
    expect((await qbo.query('select * from Vendor')).status).toBe(200);
    const failed = await qbo.create('invoice', invoice());
    expect(failed.status).toBe(503);
    expect((await failed.json()).Fault.type).toBe('SystemFault');
    expect((await qbo.create('invoice', invoice())).status).toBe(503);
    expect(mocks.journal().map((e) => [e.endpoint, e.fault?.kind ?? null, e.tookEffect])).toEqual([
      [INVOICE, null, expect.any(Boolean)],
      [PURCHASE, null, true],
      ['GET /v3/company/{realmId}/query', null, null],
      [INVOICE, 'partial', false],
      [INVOICE, 'partial', false],
    ]);
    expect(mocks.journal()[4]!.fault!.details).toEqual({ step: 2, attempt: 2 });
  });

  it('without steps, fails the k-th call to its endpoint failTimes times, then lets the retry through', async () => {
    mocks.applyFaults(purchaseFault('partial', '{ failAt: 2, failTimes: 1, failWith: validation, status: 400 }'));
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await qbo.create('purchase', samplePurchase())).status);
    expect(statuses).toEqual([200, 400, 200]);
    expect(mocks.journal().map((e) => e.tookEffect)).toEqual([true, false, true]);
  });

  it('refuses a fault that does not sit on the failing step, and an unknown step: when loaded, and in the engine when given in code', () => {
    const misplaced = `- endpoint: ${PURCHASE}\n  kind: partial\n  params: { steps: ["${PURCHASE}", "${INVOICE}"], failAt: 2 }`;
    expect(() => faultsFromYaml(misplaced)).toThrow(`faults[0].params: step 2 is "${INVOICE}" but the fault's endpoint is "${PURCHASE}"; put the fault on the step that fails`);
    const unknown = `- endpoint: ${INVOICE}\n  kind: partial\n  params: { steps: ["POST /v3/company/{realmId}/bill", "${INVOICE}"] }`;
    expect(() => faultsFromYaml(unknown)).toThrow('faults[0].params: steps: "POST /v3/company/{realmId}/bill" is not in the quickbooks catalogue');
    // The same checks guard faults written in code (mocks.applyFaults), which no loader saw.
    const [valid] = faultsFromYaml(`- endpoint: ${INVOICE}\n  kind: partial\n  params: { steps: ["${PURCHASE}", "${INVOICE}"], failAt: 2 }`);
    expect(() => mocks.applyFaults([{ ...valid!, endpoint: PURCHASE }])).toThrow(`faults[0].params (partial): step 2 is "${INVOICE}" but the fault's endpoint is "${PURCHASE}"; put the fault on the step that fails.`);
    const steps = ['POST /v3/company/{realmId}/bill', INVOICE];
    expect(() => mocks.applyFaults([{ ...valid!, params: { ...valid!.params, steps } }])).toThrow('steps: "POST /v3/company/{realmId}/bill" is not in the quickbooks catalogue');
  });
});
