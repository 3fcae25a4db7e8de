/** The company's realm id (QuickBooks' company id) in `/v3/company/{realmId}/...`; the demo's default realm. */
export const REALM_ID = '4620816365213733390';

/** A QuickBooks Online entity as JSON: `Id` plus whatever its type carries. */
export type QboObject = { Id: string; [field: string]: unknown };

/** The entity types the mock stores and queries, by QuickBooks' own names. */
export const ENTITY_NAMES = ['Vendor', 'Account', 'Item', 'Customer', 'Purchase', 'Invoice'] as const;
/** One of `ENTITY_NAMES`. */
export type EntityName = (typeof ENTITY_NAMES)[number];

/** One company's mutable state: its entities, the next Id to give and the responses kept per `requestid`. */
export interface CompanyState {
  realmId: string;
  entities: Record<EntityName, QboObject[]>;
  /** Next Id for a created entity (QuickBooks Ids are numeric strings). */
  nextId: number;
  /** Next invoice DocNumber. */
  nextDocNumber: number;
  /** `requestid` -> the first successful response's status and JSON text, replayed on a repeat. */
  replays: Map<string, { status: number; text: string }>;
}

const USD = { value: 'USD', name: 'United States Dollar' };
const meta = (created: string, updated = created) => ({ CreateTime: created, LastUpdatedTime: updated });
const common = (id: string, created: string, updated?: string) => ({
  domain: 'QBO',
  sparse: false,
  Id: id,
  SyncToken: '0',
  MetaData: meta(created, updated),
});

type Address = [line1: string, city: string, state: string, postalCode: string];
const address = (id: string, [Line1, City, CountrySubDivisionCode, PostalCode]: Address) => ({ Id: id, Line1, City, CountrySubDivisionCode, PostalCode });

function vendor(id: string, name: string, email: string, phone: string, balance: number, addr: Address, extra: Record<string, unknown> = {}): QboObject {
  return {
    BillAddr: address(`${Number(id) + 100}`, addr),
    Balance: balance,
    Vendor1099: false,
    CurrencyRef: USD,
    ...common(id, '2025-03-12T10:07:56-07:00', '2025-09-17T11:13:46-07:00'),
    DisplayName: name,
    CompanyName: name,
    PrintOnCheckName: name,
    Active: true,
    PrimaryPhone: { FreeFormNumber: phone },
    PrimaryEmailAddr: { Address: email },
    ...extra,
  };
}

function account(id: string, name: string, type: string, subType: string, classification: string, balance = 0, extra: Record<string, unknown> = {}): QboObject {
  return {
    Name: name,
    SubAccount: false,
    FullyQualifiedName: name,
    Active: true,
    Classification: classification,
    AccountType: type,
    AccountSubType: subType,
    CurrentBalance: balance,
    CurrentBalanceWithSubAccounts: balance,
    CurrencyRef: USD,
    ...common(id, '2025-03-10T16:14:08-07:00'),
    ...extra,
  };
}

const ref = (value: string, name: string) => ({ value, name });

function item(id: string, name: string, type: string, unitPrice: number, income: [string, string], extra: Record<string, unknown> = {}): QboObject {
  return {
    Name: name,
    Description: extra.Description ?? name,
    Active: true,
    FullyQualifiedName: name,
    Taxable: false,
    UnitPrice: unitPrice,
    Type: type,
    IncomeAccountRef: ref(...income),
    PurchaseCost: 0,
    TrackQtyOnHand: false,
    ...common(id, '2025-03-14T09:02:44-07:00'),
    ...extra,
  };
}

function customer(id: string, name: string, given: string, family: string, email: string, balance: number, addr: Address): QboObject {
  return {
    Taxable: true,
    BillAddr: address(`${Number(id) + 200}`, addr),
    Job: false,
    BillWithParent: false,
    Balance: balance,
    BalanceWithJobs: balance,
    CurrencyRef: USD,
    PreferredDeliveryMethod: 'Email',
    IsProject: false,
    ...common(id, '2025-03-11T13:48:43-07:00', '2025-10-02T15:22:10-07:00'),
    GivenName: given,
    FamilyName: family,
    FullyQualifiedName: name,
    CompanyName: name,
    DisplayName: name,
    PrintOnCheckName: name,
    Active: true,
    PrimaryEmailAddr: { Address: email },
  };
}

function seed(): Record<EntityName, QboObject[]> {
  return {
    Vendor: [
      vendor('30', 'Books by Bessie', 'Books@Intuit.com', '(650) 555-7745', 0, ['15 Main St.', 'Palo Alto', 'CA', '94303'], { GivenName: 'Bessie', FamilyName: 'Williams', AcctNum: '1345' }),
      vendor('31', 'Brosnahan Insurance Agency', 'brosnahan.ins@example.com', '(650) 555-9912', 241.23, ['P.O. Box 5', 'Middlefield', 'CA', '94482'], { GivenName: 'Nick', FamilyName: 'Brosnahan', AcctNum: '7653412' }),
      vendor('32', 'Cal Telephone', 'billing@caltelephone.example.com', '(650) 555-1616', 0, ['10 Main St.', 'Palo Alto', 'CA', '94303']),
      vendor('33', "Chin's Gas and Oil", 'accounts@chinsgas.example.com', '(650) 555-2384', 0, ['48 Water St.', 'San Mateo', 'CA', '94401']),
      vendor('34', 'Cigna Health Care', 'employer.billing@cigna.example.com', '(520) 555-9878', 0, ['900 Cottage Ave.', 'Tucson', 'AZ', '85719']),
      vendor('35', 'Computers by Jenni', 'Msfixit@Intuit.com', '(650) 555-8721', 0, ['1515 Main St.', 'Middlefield', 'CA', '94303'], { GivenName: 'Jenni', FamilyName: 'Winslow' }),
      vendor('41', 'Hicks Hardware', 'orders@hickshardware.example.com', '(650) 555-0022', 250, ['42 Main St.', 'Middlefield', 'CA', '94303'], { GivenName: 'Geoff', FamilyName: 'Hicks', AcctNum: '556223' }),
      vendor('46', 'PG&E', 'utilities@pge.example.com', '(888) 555-9611', 86.44, ['4 Market St.', 'San Francisco', 'CA', '94105'], { AcctNum: '5795201-3' }),
      vendor('50', 'Tania\'s Nursery', 'plants@taniasnursery.example.com', '(650) 555-4499', 0, ['1111 Elm St.', 'Middlefield', 'CA', '94303'], { Active: false }),
    ],
    Account: [
      account('35', 'Checking', 'Bank', 'Checking', 'Asset', 1201, { AcctNum: '1010' }),
      account('36', 'Savings', 'Bank', 'Savings', 'Asset', 800, { AcctNum: '1020' }),
      account('41', 'Mastercard', 'Credit Card', 'CreditCard', 'Liability', 157.72),
      account('42', 'Visa', 'Credit Card', 'CreditCard', 'Liability', 0),
      account('7', 'Advertising', 'Expense', 'AdvertisingPromotional', 'Expense'),
      account('11', 'Insurance', 'Expense', 'Insurance', 'Expense'),
      account('13', 'Meals and Entertainment', 'Expense', 'EntertainmentMeals', 'Expense'),
      account('15', 'Office Expenses', 'Expense', 'OfficeGeneralAdministrativeExpenses', 'Expense'),
      account('17', 'Rent or Lease', 'Expense', 'RentOrLeaseOfBuildings', 'Expense'),
      account('24', 'Utilities', 'Expense', 'Utilities', 'Expense'),
      account('58', 'Travel', 'Expense', 'Travel', 'Expense'),
      account('60', 'Supplies', 'Expense', 'SuppliesMaterials', 'Expense', 0, { Active: false }),
      account('80', 'Cost of Goods Sold', 'Cost of Goods Sold', 'SuppliesMaterialsCogs', 'Expense'),
      account('81', 'Inventory Asset', 'Other Current Asset', 'Inventory', 'Asset', 596.25),
      account('45', 'Landscaping Services', 'Income', 'ServiceFeeIncome', 'Revenue'),
      account('79', 'Sales of Product Income', 'Income', 'SalesOfProductIncome', 'Revenue'),
    ],
    Item: [
      item('3', 'Concrete', 'Service', 0, ['45', 'Landscaping Services'], { Description: 'Concrete for fountain installation' }),
      item('5', 'Design', 'Service', 75, ['45', 'Landscaping Services'], { Description: 'Custom Design' }),
      item('6', 'Gardening', 'Service', 0, ['45', 'Landscaping Services'], { Description: 'Weekly Gardening Service' }),
      item('10', 'Pest Control', 'Service', 35, ['45', 'Landscaping Services'], { Description: 'Pest Control Services' }),
      item('11', 'Pump', 'Inventory', 15, ['79', 'Sales of Product Income'], {
        Description: 'Fountain Pump', PurchaseCost: 10, TrackQtyOnHand: true, QtyOnHand: 25, InvStartDate: '2025-03-14',
        ExpenseAccountRef: ref('80', 'Cost of Goods Sold'), AssetAccountRef: ref('81', 'Inventory Asset'),
      }),
      item('16', 'Sprinkler Heads', 'Inventory', 2, ['79', 'Sales of Product Income'], {
        Description: 'Sprinkler Heads', PurchaseCost: 0.75, TrackQtyOnHand: true, QtyOnHand: 25, InvStartDate: '2025-03-14',
        ExpenseAccountRef: ref('80', 'Cost of Goods Sold'), AssetAccountRef: ref('81', 'Inventory Asset'),
      }),
    ],
    Customer: [
      customer('1', "Amy's Bird Sanctuary", 'Amy', 'Lauterbach', 'Birds@Intuit.com', 239, ['4581 Finch St.', 'Bayshore', 'CA', '94326']),
      customer('2', "Bill's Windsurf Shop", 'Bill', 'Lucchini', 'Surf@Intuit.com', 0, ['12 Ocean Dr.', 'Half Moon Bay', 'CA', '94213']),
      customer('3', 'Cool Cars', 'Grace', 'Pariente', 'Cool_Cars@intuit.com', 0, ['65 Ocean Dr.', 'Half Moon Bay', 'CA', '94213']),
      customer('5', 'Dukes Basketball Camp', 'Peter', 'Dukes', 'Dukes_bball@intuit.com', 0, ['25 Court St.', 'Tucson', 'AZ', '85719']),
    ],
    Purchase: [
      {
        AccountRef: ref('42', 'Visa'), PaymentType: 'CreditCard', EntityRef: { ...ref('35', 'Computers by Jenni'), type: 'Vendor' }, Credit: false,
        TotalAmt: 34.5, CurrencyRef: USD, TxnDate: '2025-10-21', ...common('101', '2025-10-21T14:31:08-07:00'),
        Line: [{ Id: '1', Amount: 34.5, Description: 'Printer toner', DetailType: 'AccountBasedExpenseLineDetail', AccountBasedExpenseLineDetail: { AccountRef: ref('15', 'Office Expenses'), BillableStatus: 'NotBillable', TaxCodeRef: { value: 'NON' } } }],
      },
      {
        AccountRef: ref('35', 'Checking'), PaymentType: 'Check', EntityRef: { ...ref('46', 'PG&E'), type: 'Vendor' }, DocNumber: '1024',
        TotalAmt: 114.09, CurrencyRef: USD, TxnDate: '2025-11-03', ...common('102', '2025-11-03T09:12:51-08:00'),
        Line: [{ Id: '1', Amount: 114.09, DetailType: 'AccountBasedExpenseLineDetail', AccountBasedExpenseLineDetail: { AccountRef: ref('24', 'Utilities'), BillableStatus: 'NotBillable', TaxCodeRef: { value: 'NON' } } }],
      },
    ],
    Invoice: [
      {
        DocNumber: '1037', TxnDate: '2025-11-06', DueDate: '2025-12-06', CustomerRef: ref('1', "Amy's Bird Sanctuary"), CurrencyRef: USD,
        TotalAmt: 239, Balance: 239, EmailStatus: 'NotSet', PrintStatus: 'NeedToPrint', ...common('130', '2025-11-06T11:24:15-08:00'),
        Line: [
          { Id: '1', LineNum: 1, Amount: 239, Description: 'Weekly Gardening Service', DetailType: 'SalesItemLineDetail', SalesItemLineDetail: { ItemRef: ref('6', 'Gardening'), UnitPrice: 23.9, Qty: 10, TaxCodeRef: { value: 'NON' } } },
          { Amount: 239, DetailType: 'SubTotalLineDetail', SubTotalLineDetail: {} },
        ],
      },
    ],
  };
}

/** A fresh, independent copy of the seeded company: every runtime (and every reset) starts from this. */
export function createCompanyState(realmId = REALM_ID): CompanyState {
  return { realmId, entities: seed(), nextId: 150, nextDocNumber: 1038, replays: new Map() };
}
