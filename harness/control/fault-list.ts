import type { MockRuntime } from '../runtime/types.ts';
import type { FaultSpec } from '../scenario/types.ts';
import { ControlError } from './errors.ts';

/** A fault the control API applied, with the id that removes it. */
export interface ControlFault extends FaultSpec {
  id: string;
}

/**
 * The control API's faults: ids over the runtime's replace-all `applyFaults`. Every change re-applies the
 * whole list; the runtime validates it before swapping, so a refused change leaves the old list in place.
 */
export class FaultList {
  private faults: ControlFault[] = [];
  private nextId = 1;

  constructor(
    private readonly runtime: MockRuntime,
    /** Seed of the probability draws (re-applied on every change). */
    private readonly seed: number,
  ) {}

  /** Active faults, in the order the engine tries them. */
  list(): ControlFault[] {
    return [...this.faults];
  }

  /** One fault by id; throws `unknown-fault`. */
  get(id: string): ControlFault {
    const fault = this.faults.find((f) => f.id === id);
    if (!fault) throw new ControlError('unknown-fault', `no active fault with id "${id}"; active ids: ${this.faults.map((f) => f.id).join(', ') || '(none)'}. GET /faults lists them.`);
    return fault;
  }

  /** Adds faults after the active ones; returns them with their ids. */
  add(specs: FaultSpec[]): ControlFault[] {
    const added = specs.map((spec, i) => ({ id: `f${this.nextId + i}`, ...spec }));
    this.replace([...this.faults, ...added]);
    this.nextId += specs.length;
    return added;
  }

  /** Removes one fault by id; throws `unknown-fault`. */
  remove(id: string): void {
    this.get(id);
    this.replace(this.faults.filter((f) => f.id !== id));
  }

  /** Removes every fault. */
  clear(): void {
    this.runtime.resetFaults();
    this.faults = [];
  }

  private replace(next: ControlFault[]): void {
    try {
      this.runtime.applyFaults(next.map(({ id: _id, ...spec }) => spec), { seed: this.seed });
    } catch (error) {
      throw new ControlError('invalid-faults', `the mock runtime refused the faults: ${(error as Error).message.replace(/^brownout:\s*/, '')}`);
    }
    this.faults = next;
  }
}
