import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { parseDocument } from 'yaml';
import { ProviderSourceError } from '../source-error.ts';


/** An OpenAPI 3 document with every internal and local `$ref` replaced (circular ones left as `$ref`). */
export type OpenApiDocument = Record<string, unknown> & { openapi: string; paths: Record<string, Record<string, unknown>> };

// Documents are read whole; 200 MB is well above the largest public ones (GitHub's dereferenced: 73 MB).
const MAX_BYTES = 200 * 1024 * 1024;

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** Parses JSON (fast path) or YAML text, with a file:line:col error naming the syntax problem. */
function parseText(file: string, text: string): unknown {
  if (/^\s*[{[]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      const message = (error as Error).message;
      const at = /position (\d+)/.exec(message);
      const where = at ? `${file}:${lineCol(text, Number(at[1]))}` : file;
      throw new ProviderSourceError(`${where} is not valid JSON: ${message}. Fix the syntax there (a linter such as \`npx @redocly/cli lint\` shows every problem).`);
    }
  }
  const doc = parseDocument(text, { prettyErrors: false });
  const [first] = doc.errors;
  if (first) {
    const [line, col] = first.linePos?.[0] ? [first.linePos[0].line, first.linePos[0].col] : [0, 0];
    throw new ProviderSourceError(`${file}:${line}:${col} is not valid YAML: ${first.message.split('\n')[0]}. Fix the syntax there.`);
  }
  return doc.toJS({ maxAliasCount: 1000 }) as unknown;
}

/**
 * Reads an OpenAPI 3.0/3.1 document (JSON or YAML) and dereferences its `$ref`s with swagger-parser; remote
 * references are not fetched. Throws a ProviderSourceError naming the file, line or JSON pointer, and the fix.
 */
export async function readOpenApi(path: string): Promise<OpenApiDocument> {
  const file = resolve(path);
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new ProviderSourceError(`cannot read the OpenAPI document ${path}: no such file. Give the path of a .json or .yaml OpenAPI 3 document.`);
  }
  if (size > MAX_BYTES) throw new ProviderSourceError(`${path} is ${Math.round(size / 1048576)} MB, above the ${MAX_BYTES / 1048576} MB brownout reads; split the document or use its non-dereferenced form.`);
  const raw = parseText(path, readFileSync(file, 'utf8'));
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new ProviderSourceError(`${path}#/ is not an OpenAPI document (expected an object with openapi, info and paths).`);
  const doc = raw as Record<string, unknown>;
  if (typeof doc.swagger === 'string') {
    throw new ProviderSourceError(`${path}#/swagger: Swagger ${doc.swagger} is not supported, only OpenAPI 3.0 and 3.1. Convert it first (e.g. \`npx swagger2openapi ${path} -o openapi.json\`).`);
  }
  if (typeof doc.openapi !== 'string' || !/^3\.[01]\./.test(doc.openapi)) {
    throw new ProviderSourceError(`${path}#/openapi: expected "3.0.x" or "3.1.x", got ${JSON.stringify(doc.openapi ?? null)}. brownout reads OpenAPI 3 documents.`);
  }
  if (doc.paths === null || typeof doc.paths !== 'object' || Array.isArray(doc.paths)) {
    throw new ProviderSourceError(`${path}#/paths: expected an object of path templates, got ${JSON.stringify(doc.paths ?? null)}. A provider needs at least one operation.`);
  }
  try {
    return (await SwaggerParser.dereference(file, doc as never, { resolve: { http: false }, dereference: { circular: 'ignore' } } as never)) as unknown as OpenApiDocument;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!;
    throw new ProviderSourceError(`${path}: cannot resolve a $ref: ${message}. Fix the reference (a JSON pointer like #/components/schemas/Name into this document, or a local file); remote references are not fetched.`);
  }
}
