import { integrationsList, quickbooksInstallApp } from './hub-connections.ts';
import { quickbooksCreateExpense, quickbooksSubmitExpense } from './quickbooks-create-expense.ts';
import { quickbooksExportInvoices, quickbooksOpenCustomer } from './quickbooks-records.ts';
import { quickbooksWorkflowAction, quickbooksWorkflowRun } from './quickbooks-workflow.ts';
import { slackAssociateChannel, slackOpenChannelForm } from './slack-associate-channel.ts';
import { salesforceImportContacts, salesforceRefreshContacts } from './salesforce-contacts.ts';
import { teamsLinkAccount } from './teams-link.ts';
import { sheetsOpenPicker, sheetsSync } from './sheets-sync.ts';
import type { DemoFlow } from './types.ts';
import { zoomOpenSettings, zoomSaveSettings } from './zoom-settings.ts';

/** The demo product's user journeys, by the names scenarios use in `flow:`, each with the context per endpoint it depends on. */
export const demoFlows: DemoFlow[] = [
  quickbooksCreateExpense,
  quickbooksSubmitExpense,
  quickbooksWorkflowAction,
  quickbooksWorkflowRun,
  quickbooksOpenCustomer,
  quickbooksExportInvoices,
  quickbooksInstallApp,
  integrationsList,
  slackOpenChannelForm,
  slackAssociateChannel,
  zoomOpenSettings,
  zoomSaveSettings,
  salesforceRefreshContacts,
  salesforceImportContacts,
  teamsLinkAccount,
  sheetsOpenPicker,
  sheetsSync,
];

export type { DemoFlow, FlowDependency } from './types.ts';
