import seed from './seed.json' with { type: 'json' };

/** The sObject types the mock stores. */
export const SOBJECT_TYPES = ['Contact', 'Account'] as const;
/** One of `SOBJECT_TYPES`. */
export type SObjectType = (typeof SOBJECT_TYPES)[number];
/** A stored record: field name -> value (`Id` always set). */
export type SfRecord = { Id: string; [field: string]: unknown };

/** One org's mutable state: records, the next id counter, open query cursors and the daily API usage. */
export interface OrgState {
  records: Record<SObjectType, SfRecord[]>;
  /** Next id counter per key prefix (ids are 18 characters). */
  nextId: number;
  /** Query locator -> the remaining result of a query (records left to page through). */
  cursors: Map<string, { type: SObjectType; rows: Record<string, unknown>[]; batch: number; total: number }>;
  nextCursor: number;
  /** API requests counted today, reported in `Sforce-Limit-Info` (requests). */
  apiUsage: number;
}

/** The org's user id, as owner and creator of every record. */
export const USER_ID = '005Hs00000A1bXzIAJ';
const PREFIX: Record<SObjectType, string> = { Contact: '003', Account: '001' };
const CHECKSUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** Salesforce's 18-character id: the 15-character id plus its case-checksum suffix. */
export function toId18(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) if (/[A-Z]/.test(id15[chunk * 5 + i]!)) bits |= 1 << i;
    suffix += CHECKSUM[bits];
  }
  return id15 + suffix;
}

/** A new id of the given type (prefix 003 Contact, 001 Account), unique in this org. */
export function newId(state: OrgState, type: SObjectType): string {
  return toId18(`${PREFIX[type]}Hs0000${String(state.nextId++).padStart(6, '0')}`);
}

/** Salesforce's datetime format: `2025-10-14T09:21:07.000+0000`. */
export function sfDateTime(date = new Date()): string {
  return date.toISOString().replace('Z', '+0000');
}

function system(id: string, created: string): SfRecord {
  return { Id: id, IsDeleted: false, OwnerId: USER_ID, CreatedDate: created, CreatedById: USER_ID, LastModifiedDate: created, LastModifiedById: USER_ID, SystemModstamp: created };
}

/** Fills a Contact's formula field `Name` from its parts. */
export function withContactName(record: SfRecord): SfRecord {
  record.Name = [record.Salutation, record.FirstName, record.LastName].filter(Boolean).join(' ');
  return record;
}

/** Every writable field of a type set to null, so records carry the full shape Salesforce returns. */
export function emptyFields(type: SObjectType): Record<string, null> {
  return Object.fromEntries(seed.fields[type].writable.map((field) => [field, null]));
}

/** A fresh, independent copy of the seeded org (10 accounts, 250 contacts): every runtime and reset starts here. */
export function createOrgState(): OrgState {
  const state: OrgState = { records: { Contact: [], Account: [] }, nextId: 1, cursors: new Map(), nextCursor: 1, apiUsage: seed.versions.apiUsageAtStart };
  const created = (day: number) => sfDateTime(new Date(Date.UTC(2025, 8, 1 + (day % 60), 9, day % 60, 7)));
  seed.accounts.forEach((account, index) => {
    state.records.Account.push({ ...system(newId(state, 'Account'), created(index)), ...emptyFields('Account'), ...account });
  });
  const accountIds = state.records.Account.map((account) => account.Id);
  const contact = (index: number, fields: Record<string, unknown>, account: number) => {
    state.records.Contact.push(withContactName({ ...system(newId(state, 'Contact'), created(index)), ...emptyFields('Contact'), ...fields, AccountId: accountIds[account] ?? null }));
  };
  seed.namedContacts.forEach(({ account, ...fields }, index) => contact(index, fields, account));
  const { count, firstNames, lastNames, titles, leadSources } = seed.generated;
  for (let i = 0; i < count; i++) {
    const first = firstNames[i % firstNames.length]!;
    const last = lastNames[Math.floor(i / firstNames.length) % lastNames.length]!;
    const account = i % seed.accounts.length;
    const domain = String(seed.accounts[account]!.Website).replace(/^(https?:\/\/)?(www\.)?/, '');
    contact(seed.namedContacts.length + i, {
      FirstName: first,
      LastName: last,
      Title: titles[i % titles.length],
      Email: `${first}.${last}${i >= firstNames.length * lastNames.length ? i : ''}@${domain}`.toLowerCase(),
      Phone: `(555) 01${String(i).padStart(2, '0').slice(-2)}-${String(1000 + i).slice(-4)}`,
      LeadSource: leadSources[i % leadSources.length],
    }, account);
  }
  return state;
}

/** Writable, required and read-only fields of a type (from seed.json). */
export const FIELDS = seed.fields;
/** The API versions served and the daily request limit (from seed.json). */
export const LIMITS = seed.versions;
