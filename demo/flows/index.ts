import type { Flow } from '../../harness/flows/types.ts';
import { quickbooksCreateExpense } from './quickbooks-create-expense.ts';

/** The demo product's user journeys, by the names scenarios use in `flow:`. */
export const demoFlows: Flow[] = [quickbooksCreateExpense];
