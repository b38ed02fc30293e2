/**
 * Fastify's JSON Schema compilers (Ajv validators, fast-json-stringify serializers) with one cache per process:
 * the API's route table is the same on every server built here, and compiling it took most of a server's build
 * time, paid again by every server the test suite starts. The key is the schema's JSON and the compiler options,
 * so a different schema or option never gets another's function.
 */
import ValidatorSelector from '@fastify/ajv-compiler';
import SerializerSelector from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

type Factories = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;
type Factory = (externalSchemas: unknown, options: unknown) => (route: { schema: unknown; httpPart?: string; httpStatus?: string; contentType?: string }) => unknown;

const compiled = new Map<string, unknown>();

function cached(base: Factory, kind: string): Factory {
  return (externalSchemas, options) => {
    const build = base(externalSchemas, options);
    const context = JSON.stringify([kind, externalSchemas, options]);
    return (route) => {
      const key = `${context}\u0000${route.httpPart ?? ''}\u0000${JSON.stringify(route.schema)}`;
      let fn = compiled.get(key);
      if (!fn) compiled.set(key, (fn = build(route)));
      return fn;
    };
  };
}

/** The compilers to give `Fastify({ schemaController: { compilersFactory } })`. */
export const processWideCompilers: Factories = {
  buildValidator: cached(ValidatorSelector() as unknown as Factory, 'validator') as Factories['buildValidator'],
  buildSerializer: cached(SerializerSelector() as unknown as Factory, 'serializer') as Factories['buildSerializer'],
};
