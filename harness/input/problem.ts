/** One thing wrong with an input file (a scenario, a config), located for a human. */
export interface Problem {
  file: string;
  line: number;
  col: number;
  /** Dotted path inside the document, e.g. `faults[0].params.status`. */
  path: string;
  message: string;
}
