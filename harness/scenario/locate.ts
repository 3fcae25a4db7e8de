import { isMap, isScalar, type Document, type LineCounter, type Node } from 'yaml';

/** A 1-based line and column in a source file. */
export interface Position {
  line: number;
  col: number;
}

/**
 * Where a document path is written. Paths of a scenario built from several places (`extends`, a matrix
 * cell) are mapped by `source` to the place that holds the value, so problems still point into the file.
 */
export interface Locator {
  /** Where the value at `path` starts (or its nearest existing parent). */
  at(path: readonly PropertyKey[]): Position;
  /** Where the key of `path` is written, else where its value is. */
  keyAt(path: readonly PropertyKey[]): Position;
  /** The document path that holds the value of `path` (itself when the locator maps nothing). */
  source(path: readonly PropertyKey[]): PropertyKey[];
}

/**
 * Finds where a document path is written in the YAML source, so every problem points at the offending
 * node. A path that does not exist (a missing key) falls back to its nearest existing parent.
 */
export class YamlLocator implements Locator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** The node at `path`, or undefined (aliases and missing keys are not followed). */
  nodeAt(path: readonly PropertyKey[]): Node | undefined {
    if (path.length === 0) return (this.doc.contents as Node | null) ?? undefined;
    const node = this.doc.getIn(path as unknown[], true);
    return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
  }

  /** A plain document has no mapping: every path is its own source. */
  source(path: readonly PropertyKey[]): PropertyKey[] {
    return [...path];
  }

  /** Where the value at `path` starts, or its nearest existing parent; 1:1 for an empty document. */
  at(path: readonly PropertyKey[]): Position {
    for (let length = path.length; length >= 0; length--) {
      const range = this.nodeAt(path.slice(0, length))?.range;
      if (range) return this.position(range[0]);
    }
    return { line: 1, col: 1 };
  }

  /** Where the key of `path` is written (for unknown keys), else where its value is. */
  keyAt(path: readonly PropertyKey[]): Position {
    const parent = this.nodeAt(path.slice(0, -1));
    const key = path[path.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      const range = isScalar(pair?.key) ? pair.key.range : undefined;
      if (range) return this.position(range[0]);
    }
    return this.at(path);
  }

  /** Line and column of a source offset. */
  position(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, col };
  }
}

/** A locator whose paths are first mapped to the document paths that hold their values. */
export class MappedLocator implements Locator {
  constructor(
    private readonly inner: Locator,
    private readonly map: (path: readonly PropertyKey[]) => PropertyKey[],
  ) {}

  at(path: readonly PropertyKey[]): Position {
    return this.inner.at(this.source(path));
  }

  keyAt(path: readonly PropertyKey[]): Position {
    return this.inner.keyAt(this.source(path));
  }

  source(path: readonly PropertyKey[]): PropertyKey[] {
    return this.inner.source(this.map(path));
  }
}
