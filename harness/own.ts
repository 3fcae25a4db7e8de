/**
 * Looks up a user-given name in a registry by own property only, so Object.prototype's names
 * (`constructor`, `__proto__`, `toString`) are unknown names instead of functions or the prototype itself.
 * @example ownValue(faultKinds, 'constructor') // undefined
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
