// Prints the GraphQL schema the server builds to apps/api/schema.gql (sorted), without a database.
// Run through `npx nx run api:schema`; CI fails when the committed file differs from what this prints.
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { RESOLVERS } from '../app/resolvers';

async function emit(): Promise<void> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  const target = join(__dirname, '..', '..', 'schema.gql');
  const header =
    '# ------------------------------------------------------\n# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)\n# ------------------------------------------------------\n\n';
  writeFileSync(target, header + printSchema(lexicographicSortSchema(schema)) + '\n');
  await app.close();
  process.stdout.write(`Wrote ${target}\n`);
}

void emit();
