import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { Errors } from '../errors/domain.exception';

/** Far deeper than any request DTO nests (three levels: body → skills → item). */
export const INPUT_MAX_DEPTH = 16;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Runs before the ValidationPipe on every body, query and path parameter, and refuses with a 400
 * what class-validator cannot be trusted with or PostgreSQL cannot store:
 * - a body that is not a JSON object: every body is a DTO, and a string, an array or `null`
 *   would otherwise pass a DTO without required fields (the empty body of a command, say);
 * - nesting deeper than INPUT_MAX_DEPTH, which exhausts the stack of class-transformer and of
 *   the ValidationPipe before any rule is checked;
 * - a NUL character, which PostgreSQL refuses in text and jsonb, and half of a surrogate pair,
 *   which is not text at all (validator's isEmail throws on it; PostgreSQL would keep U+FFFD).
 */
@Injectable()
export class InputShapePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    if (metadata.type === 'body' && metadata.data === undefined && value !== undefined && !isPlainObject(value)) {
      throw Errors.validation({ body: ['The request body must be a JSON object.'] });
    }
    const problem = findProblem(value, metadata.data ?? '');
    if (problem) throw Errors.validation({ [problem.field || metadata.type]: [problem.message] });
    return value;
  }
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode text';
  return undefined;
}

/** The first field with a problem, walking without recursion (the input may be deep). */
function findProblem(root: unknown, rootField: string): { field: string; message: string } | undefined {
  // `top`: the field at the first level, which is where too deep a value is reported.
  const stack: Array<{ value: unknown; field: string; top: string; depth: number }> = [{ value: root, field: rootField, top: rootField, depth: 0 }];
  while (stack.length) {
    const { value, field, top, depth } = stack.pop() as (typeof stack)[number];
    if (typeof value === 'string') {
      const message = textProblem(value);
      if (message) return { field, message: `${field || 'The input'} ${message}` };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= INPUT_MAX_DEPTH) return { field: top, message: `${top || 'The input'} is nested more than ${INPUT_MAX_DEPTH} levels deep` };
    for (const [key, child] of Object.entries(value)) {
      const message = textProblem(key);
      if (message) return { field, message: `a field name ${message}` };
      const childField = field ? `${field}.${key}` : key;
      stack.push({ value: child, field: childField, top: depth === 0 ? childField : top, depth: depth + 1 });
    }
  }
  return undefined;
}
