/// <reference types="vite/client" />
declare module 'world-atlas/*.json' {
  const topology: unknown;
  export default topology;
}
