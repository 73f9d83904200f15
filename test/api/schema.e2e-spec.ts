import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { projectRoot } from '@ikone/platform';
import { startTestGateway, TestGateway } from '../support/gateway';

/**
 * The committed schema.graphql is the API contract: this test fails when the code's schema
 * differs. After an intended change run `npm run schema:update` and commit the file.
 */
describe('schema.graphql', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(() => gw.close());

  it('matches the schema the code builds', () => {
    const file = join(projectRoot(), 'schema.graphql');
    const actual = `${printSchema(lexicographicSortSchema(gw.app.get(GraphQLSchemaHost).schema))}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(file, actual);
    const committed = readFileSync(file, 'utf8');
    expect(actual).toBe(committed);
  });
});
