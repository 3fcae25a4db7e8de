import type { ResolvedConfig } from './load-config.ts';

/** Environment variable the CLI sets to the variant a Playwright run drills. */
export const VARIANT_ENV = 'BROWNOUT_VARIANT';

/**
 * The variant a run drills: the one asked for, else the config's default (undefined when the config declares
 * no variants). Returns a sentence instead when the request cannot be met, naming what is allowed.
 * @example pickVariant(config, 'legacy') // 'legacy'
 */
export function pickVariant(config: Pick<ResolvedConfig, 'file' | 'variants' | 'defaultVariant'>, requested: string | undefined): { variant: string | undefined } | { problem: string } {
  if (requested === undefined || requested === '') return { variant: config.defaultVariant };
  if (config.variants.length === 0) {
    return { problem: `brownout: --variant ${requested}: ${config.file} declares no variants. Fix: drop --variant, or add variants: [${requested}, ...] to the config and use {{variant}} in product.start.` };
  }
  if (!config.variants.includes(requested)) {
    return { problem: `brownout: --variant ${requested}: unknown variant; ${config.file} declares ${config.variants.join(', ')}. Fix: pass one of those.` };
  }
  return { variant: requested };
}

/** `run.label` of a run: the one given, else the variant drilled, else the config's label, else "product". */
export function runLabel(config: Pick<ResolvedConfig, 'label'>, variant: string | undefined, given?: string): string {
  return given ?? variant ?? config.label ?? 'product';
}
