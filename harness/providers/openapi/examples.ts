import { sample } from 'openapi-sampler';

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A media type of a response (`content['application/json']`), as OpenAPI 3 declares it. */
export interface Media {
  type: string;
  schema?: Obj;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

/** The response's media to answer with: JSON first (`application/json`, then any `+json`), else the first. */
export function pickMedia(content: unknown): Media | null {
  if (!isObject(content)) return null;
  const types = Object.keys(content);
  const type = types.find((t) => /^application\/json\b/i.test(t)) ?? types.find((t) => /[/+]json\b/i.test(t)) ?? types[0];
  if (!type || !isObject(content[type])) return null;
  return { type, ...(content[type] as Omit<Media, 'type'>) };
}

/** Whether a body came from the document's own example or was sampled from its schema (and so is marked). */
export interface Example {
  body: unknown;
  sampled: boolean;
}

/**
 * A body for a media type: its `example`, its first `examples` value, its schema's `example`, else a sample
 * of its schema (openapi-sampler, readOnly fields kept, writeOnly ones skipped). Null when there is nothing to go on.
 */
export function exampleOf(media: Media | null, document: object): Example | null {
  if (!media) return null;
  if (media.example !== undefined) return { body: media.example, sampled: false };
  for (const entry of Object.values(media.examples ?? {})) if (isObject(entry) && entry.value !== undefined) return { body: entry.value, sampled: false };
  if (!media.schema) return null;
  if (media.schema.example !== undefined) return { body: media.schema.example, sampled: false };
  if (!/json/i.test(media.type) && media.schema.type !== 'string') return null;
  try {
    return { body: sample(media.schema as never, { skipWriteOnly: true, quiet: true, maxSampleDepth: 8 }, document), sampled: true };
  } catch {
    return null;
  }
}
