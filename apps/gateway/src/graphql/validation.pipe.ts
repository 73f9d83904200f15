import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate, ValidationError } from 'class-validator';
import { FieldProblem, InputError } from '@ikone/platform';
import { decodeMessage } from './validation-messages';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);

function flatten(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((m) => ({ path, ...decodeMessage(m) }));
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/**
 * Validates every @InputType/@ArgsType argument; failures become BAD_USER_INPUT listing each
 * field path (`input.email`) with a German and an English message.
 */
@Injectable()
export class GraphqlValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const type = metadata.metatype;
    if (!type || PRIMITIVES.has(type) || value === null || value === undefined || typeof value !== 'object') return value;
    // Only classes with validation rules are inputs; parents (@Parent) and models pass untouched.
    if (getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length === 0) return value;
    const instance = plainToInstance(type, value) as object;
    const errors = await validate(instance, { whitelist: true, forbidUnknownValues: false });
    if (errors.length > 0) {
      throw new InputError(flatten(errors, typeof metadata.data === 'string' ? metadata.data : ''));
    }
    return instance;
  }
}
