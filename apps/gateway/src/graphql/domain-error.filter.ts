import { Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@ikone/platform';

/**
 * Hands expected errors straight to GraphQL's formatter. Without it Nest logs every refused
 * request (e.g. a FORBIDDEN from a guard) as if it were a crash.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
