/**
 * Request bodies as data: JSON parsed into null-prototype objects, so keys such as `__proto__`, `constructor`
 * or `toString` are plain keys of the data (never the prototype, never inherited functions) wherever a
 * stateful mock merges or looks up what a client sent.
 * @example parseJsonData('{"__proto__": {"x": 1}}') // an object whose own key "__proto__" holds { x: 1 }
 */
export function parseJsonData(text: string): any {
  return JSON.parse(text, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.assign(Object.create(null) as object, value) : value,
  );
}
