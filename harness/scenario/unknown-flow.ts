import { didYouMean, listOrNone } from './suggest.ts';

/** The problem of a scenario whose `flow:` names no registered flow: the flows there are and the fix. */
export const unknownFlowMessage = (flow: string, names: readonly string[], registeredBy: string) =>
  `unknown flow "${flow}"; flows registered by ${registeredBy}: ${listOrNone(names)}${didYouMean(flow, names) || '.'} Fix: correct the scenario's flow:, or export a flow with that name (defineFlow) from a module listed in the config's flows:`;
