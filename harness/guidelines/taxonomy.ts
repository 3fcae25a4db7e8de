/**
 * The UX response taxonomy (categories, prescribed kinds, severities, headline metrics), loaded from
 * `taxonomy.yaml` and validated once at import. Code interprets it; the data lives in the YAML.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { GuidelinesError } from '../input/errors.ts';

/** Impact severities, worst first (taxonomy section 3). The YAML must list exactly these, in this order. */
export const severitySlugs = ['critical', 'very-bad', 'bad', 'ok', 'good', 'unknown'] as const;
/** One impact severity slug. */
export type Severity = (typeof severitySlugs)[number];

/** The headline metric group a category counts towards (taxonomy section 4). */
export const metricGroups = ['no-indication', 'incorrect', 'unhelpful', 'none'] as const;
/** One metric group slug. */
export type MetricGroup = (typeof metricGroups)[number];

/** The headline metrics, as named in the `results.json` contract. */
export const headlineMetricIds = ['noIndication', 'incorrect', 'unhelpful', 'prescribedCoverage'] as const;
/** One headline metric id. */
export type HeadlineMetricId = (typeof headlineMetricIds)[number];

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case slug');
const text = z.string().trim().min(1);
const severity = z.enum(severitySlugs);

const categorySchema = z.strictObject({
  slug,
  label: text,
  definition: text,
  metric: z.enum(metricGroups),
  severity,
  prescribedSeverity: severity.optional(),
  prescribable: z.boolean().optional(),
});
const kindSchema = z.strictObject({ slug, label: text, definition: text });
const severitySchema = z.strictObject({
  slug: severity,
  label: text,
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like "#b42318"'),
  definition: text,
});
const headlineMetricSchema = z.strictObject({
  id: z.enum(headlineMetricIds),
  label: text,
  group: z.enum(metricGroups).exclude(['none']).optional(),
  better: z.enum(['lower', 'higher']),
  target: z.number().min(0).max(1).optional(),
});

const taxonomySchema = z
  .strictObject({
    version: z.literal(1),
    categories: z.array(categorySchema).min(1),
    kinds: z.array(kindSchema).min(1),
    severities: z.array(severitySchema),
    incorrectFeedback: z.strictObject({ copyRules: z.array(slug).min(1), severity }),
    headlineMetrics: z.array(headlineMetricSchema),
  })
  .superRefine((t, ctx) => {
    const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    for (const list of ['categories', 'kinds'] as const) {
      const seen = new Set<string>();
      t[list].forEach((entry, i) => {
        if (seen.has(entry.slug)) problem([list, i, 'slug'], `duplicate slug "${entry.slug}"`);
        seen.add(entry.slug);
      });
    }
    const order = t.severities.map((s) => s.slug).join(', ');
    if (order !== severitySlugs.join(', ')) {
      problem(['severities'], `expected exactly ${severitySlugs.join(', ')} in this order, got ${order || 'none'}`);
    }
    const ids = t.headlineMetrics.map((m) => m.id).sort().join(', ');
    if (ids !== [...headlineMetricIds].sort().join(', ')) {
      problem(['headlineMetrics'], `expected one entry each for ${headlineMetricIds.join(', ')}, got ${ids || 'none'}`);
    }
    t.headlineMetrics.forEach((m, i) => {
      if (m.id !== 'prescribedCoverage' && !m.group) problem(['headlineMetrics', i, 'group'], `"${m.id}" needs a group`);
    });
  });

/** The whole validated taxonomy. */
export type Taxonomy = z.infer<typeof taxonomySchema>;
/** An observed category (taxonomy section 1). */
export type Category = Taxonomy['categories'][number];
/** A prescribed response kind (taxonomy section 2). */
export type Kind = Taxonomy['kinds'][number];
/** A severity with its label and chart colour (taxonomy section 3). */
export type SeverityInfo = Taxonomy['severities'][number];
/** A headline metric's label, group and direction (taxonomy section 4). */
export type HeadlineMetric = Taxonomy['headlineMetrics'][number];

/** The taxonomy file is missing or breaks its schema; `problems` holds one line per problem. */
export class TaxonomyError extends GuidelinesError {
  override name = 'TaxonomyError';
}

/** Where the built-in taxonomy lives. */
export const defaultTaxonomyPath = fileURLToPath(new URL('./taxonomy.yaml', import.meta.url));

const dotted = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('') || '(root)';

/**
 * Parses and validates taxonomy YAML text; every problem is reported with its path.
 * @example parseTaxonomy(readFileSync(file, 'utf8'), file)
 */
export function parseTaxonomy(source: string, file = 'taxonomy.yaml'): Taxonomy {
  let data: unknown;
  try {
    data = parse(source);
  } catch (error) {
    throw new TaxonomyError(file, [`not valid YAML: ${(error as Error).message}`]);
  }
  const result = taxonomySchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw new TaxonomyError(
    file,
    result.error.issues.map((issue) => {
      if (issue.code === 'invalid_type' && issue.input === undefined) {
        return `${dotted(issue.path)}: missing, expected ${issue.expected}`;
      }
      const shown = issue.code !== 'custom' && issue.code !== 'unrecognized_keys' && issue.input !== undefined;
      return `${dotted(issue.path)}: ${issue.message}${shown ? `, got ${JSON.stringify(issue.input)}` : ''}`;
    }),
  );
}

/** Reads and validates a taxonomy file (default: the built-in `taxonomy.yaml`). */
export function loadTaxonomy(file = defaultTaxonomyPath): Taxonomy {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    throw new TaxonomyError(file, [`cannot read the file: ${(error as Error).message}`]);
  }
  return parseTaxonomy(source, file);
}

/** The built-in taxonomy, validated at import. */
export const taxonomy: Taxonomy = loadTaxonomy();
/** Observed categories in taxonomy order (section 1). */
export const categories: readonly Category[] = taxonomy.categories;
/** Prescribed response kinds in taxonomy order (section 2). */
export const kinds: readonly Kind[] = taxonomy.kinds;
/** Severities with labels and colours, worst first (section 3). */
export const severities: readonly SeverityInfo[] = taxonomy.severities;
/** Severity slugs, worst first: critical, very-bad, bad, ok, good, unknown. */
export const severityOrder: readonly Severity[] = taxonomy.severities.map((s) => s.slug);
/** Headline metrics with labels, direction and the coverage bar (section 4). */
export const headlineMetrics: readonly HeadlineMetric[] = taxonomy.headlineMetrics;
/** Categories a scenario may name in `expect.prescribed` besides the kinds (`no-impact`). */
export const prescribableCategories: readonly string[] = categories.filter((c) => c.prescribable).map((c) => c.slug);
/** Copy rules whose error findings make a response incorrect feedback, and the severity that follows. */
export const incorrectFeedback: Taxonomy['incorrectFeedback'] = taxonomy.incorrectFeedback;

const categoryBySlug = new Map(categories.map((c) => [c.slug, c]));
const kindBySlug = new Map(kinds.map((k) => [k.slug, k]));
const severityBySlug = new Map(severities.map((s) => [s.slug, s]));

/** True when `slug` is an observed category of section 1. */
export const isCategory = (slug: unknown): slug is string => typeof slug === 'string' && categoryBySlug.has(slug);
/** True when `slug` is a prescribed response kind of section 2. */
export const isKind = (slug: unknown): slug is string => typeof slug === 'string' && kindBySlug.has(slug);
/** True when `slug` is a severity of section 3. */
export const isSeverity = (slug: unknown): slug is Severity => typeof slug === 'string' && severityBySlug.has(slug as Severity);
/** The category with this slug, or undefined. */
export const categoryOf = (slug: string): Category | undefined => categoryBySlug.get(slug);
/** The prescribed kind with this slug, or undefined. */
export const kindOf = (slug: string): Kind | undefined => kindBySlug.get(slug);
/** Label and colour of a severity. */
export const severityInfo = (slug: Severity): SeverityInfo => severityBySlug.get(slug)!;
