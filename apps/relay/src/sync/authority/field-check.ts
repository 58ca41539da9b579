import * as z from 'zod/mini';

/**
 * Whether a value fits a declared field's schema, answered like `schema.safeParse(value).success` but
 * without building a parse result: the judge checks every field a client writes (each keystroke in a
 * step's text), and zod's parse (context, issues array, result object) was a fifth of the judge's time
 * under load. The check is compiled once per schema from zod's own definition (`_zod.def`), so the rule
 * stays declared once, in the schema. Only the shapes the declarations use are compiled: strings with
 * length and pattern checks, numbers and safe integers with bounds, booleans, enums, arrays, nullable,
 * defaults and unknown. Anything else (objects, transforms, checks of other kinds) is left to zod, whole.
 * `field-check.test.ts` holds both answers equal for every declared field and arbitrary values.
 */
export type FieldCheck = (value: unknown) => boolean;

interface Def {
  type: string;
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  entries?: Record<string, string | number>;
}

interface CheckDef {
  check: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  pattern?: RegExp;
  when?: unknown;
}

const compiled = new WeakMap<z.ZodMiniType, FieldCheck>();

/**
 * zod's own condition on a length check (run it only on a value that has a length), which zod sets on
 * every `minLength`/`maxLength`; read from a check made here, as zod does not export it. A compiled length
 * check runs after the base type (a string or an array) passed, so it holds there. Any other condition is
 * left to zod.
 */
const LENGTH_CHECK_CONDITION = (
  z.string().check(z.minLength(1)) as unknown as { _zod: { def: { checks: { _zod: { def: CheckDef } }[] } } }
)._zod.def.checks[0]?._zod.def.when;

/** The schema's check (compiled once, then cached). */
export function fieldCheck(schema: z.ZodMiniType): FieldCheck {
  let check = compiled.get(schema);
  if (!check) {
    check = compiledCheck(schema) ?? ((value) => schema.safeParse(value).success);
    compiled.set(schema, check);
  }
  return check;
}

/** Whether `fieldCheck` answers for the schema itself (true) or asks zod (false); for tests. */
export function isCompiled(schema: z.ZodMiniType): boolean {
  return compiledCheck(schema) !== null;
}

function defOf(schema: z.ZodMiniType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** A compiled check, or null when the schema has something only zod itself should judge. */
function compiledCheck(schema: z.ZodMiniType): FieldCheck | null {
  const def = defOf(schema);
  const checks = compileChecks(def.checks ?? []);
  if (!checks) return null;
  const base = compileType(def);
  if (!base) return null;
  if (checks.length === 0) return base;
  return (value) => {
    if (!base(value)) return false;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

function compileType(def: Def): FieldCheck | null {
  switch (def.type) {
    case 'unknown':
      return () => true;
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      if (def.format === 'safeint') return (value) => Number.isSafeInteger(value);
      if (def.format !== undefined) return null;
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (value) => (typeof value === 'string' || typeof value === 'number') && values.has(value);
    }
    case 'nullable': {
      const inner = def.innerType && compiledCheck(def.innerType);
      if (!inner) return null;
      return (value) => value === null || inner(value);
    }
    case 'default': {
      const inner = def.innerType && compiledCheck(def.innerType);
      if (!inner) return null;
      return (value) => value === undefined || inner(value);
    }
    case 'array': {
      const element = def.element && compiledCheck(def.element);
      if (!element) return null;
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let at = 0; at < value.length; at++) if (!element(value[at])) return false;
        return true;
      };
    }
    default:
      return null;
  }
}

/** `length` of a string or an array (the checks below follow the base type, which ran first). */
function lengthOf(value: unknown): number {
  return (value as { length: number }).length;
}

function compileChecks(checks: readonly { _zod: { def: CheckDef } }[]): FieldCheck[] | null {
  const compiledChecks: FieldCheck[] = [];
  for (const { _zod } of checks) {
    const def = _zod.def;
    const lengthCheck = def.check === 'min_length' || def.check === 'max_length';
    if (def.when !== undefined && !(lengthCheck && def.when === LENGTH_CHECK_CONDITION)) return null;
    switch (def.check) {
      case 'min_length': {
        const minimum = def.minimum ?? 0;
        compiledChecks.push((value) => lengthOf(value) >= minimum);
        break;
      }
      case 'max_length': {
        const maximum = def.maximum ?? Number.POSITIVE_INFINITY;
        compiledChecks.push((value) => lengthOf(value) <= maximum);
        break;
      }
      case 'greater_than': {
        const bound = def.value ?? Number.NEGATIVE_INFINITY;
        compiledChecks.push(
          def.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound,
        );
        break;
      }
      case 'less_than': {
        const bound = def.value ?? Number.POSITIVE_INFINITY;
        compiledChecks.push(
          def.inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound,
        );
        break;
      }
      case 'string_format': {
        const pattern = def.pattern;
        if (def.format !== 'regex' || !pattern) return null;
        compiledChecks.push((value) => {
          pattern.lastIndex = 0;
          return pattern.test(value as string);
        });
        break;
      }
      default:
        return null;
    }
  }
  return compiledChecks;
}
