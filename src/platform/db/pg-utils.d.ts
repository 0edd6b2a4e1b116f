// node-postgres's own parameter serialisation (Date, arrays, JSON, Buffer), untyped in @types/pg.
// Db.read on PGlite sends parameters as node-postgres does, so both engines bind the same text.
declare module 'pg/lib/utils.js' {
  const utils: { prepareValue(value: unknown): unknown };
  export default utils;
}
