import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify from 'fastify';

const app = Fastify();
await app.register(fastifyStatic, { root: resolve(import.meta.dirname, '../../web/dist') });
const address = await app.listen({
  port: Number(process.env.PORT ?? 1234),
  host: process.env.HOST ?? '127.0.0.1',
});
console.log(`Journeyboard listening on ${address}`);
