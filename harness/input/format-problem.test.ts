import { describe, expect, it } from 'vitest';
import { ScenarioError } from './errors.ts';
import { formatPath, formatProblem } from './format-problem.ts';

const problem = { file: 'scenarios/qbo.yaml', line: 12, col: 7, path: 'faults[0].params.status', message: 'expected an integer from 500 to 599, got "fast"' };

describe('formatProblem', () => {
  it('prints file:line:col path: message', () => {
    expect(formatProblem(problem)).toBe('scenarios/qbo.yaml:12:7 faults[0].params.status: expected an integer from 500 to 599, got "fast"');
  });

  it('prints file:line:col: message for a problem of the whole file', () => {
    expect(formatProblem({ ...problem, line: 1, col: 1, path: '', message: 'the file is empty' })).toBe('scenarios/qbo.yaml:1:1: the file is empty');
  });

  it('leaves the position out when there is none', () => {
    expect(formatProblem({ ...problem, line: 0, col: 0, path: '', message: 'cannot read' })).toBe('scenarios/qbo.yaml: cannot read');
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    expect(formatPath([1, 'faults', 0, 'params', 'status'])).toBe('[1].faults[0].params.status');
  });
});

describe('ScenarioError', () => {
  it('carries the problems, lists them in its message and maps to exit code 2', () => {
    const error = new ScenarioError([problem]);
    expect(error.problems).toEqual([problem]);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(`brownout: invalid scenarios (1 problem):\n  ${formatProblem(problem)}`);
  });
});
