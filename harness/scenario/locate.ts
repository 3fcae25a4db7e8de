import { isMap, isScalar, type Document, type LineCounter, type Node } from 'yaml';

/** A 1-based line and column in a source file. */
export interface Position {
  line: number;
  col: number;
}

/**
 * Finds where a document path is written in the YAML source, so every problem points at the offending
 * node. A path that does not exist (a missing key) falls back to its nearest existing parent.
 */
export class YamlLocator {
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
