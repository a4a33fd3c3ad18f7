/** HTTP API: app factory, listener, contract types and schemas. */
export { createServer, startServer, apiError, type ServerOptions, type ListenOptions, type SitrepServer, type RunningServer } from './server.js';
export { openApiDocument } from './openapi.js';
export * from './contract.js';
