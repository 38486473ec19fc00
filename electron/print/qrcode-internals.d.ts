// qrcode's internal tables (CommonJS, untyped); qr-codewords.ts states the parts it reads.
declare module 'qrcode/lib/core/error-correction-code.js' {
  const mod: unknown;
  export default mod;
}
declare module 'qrcode/lib/core/error-correction-level.js' {
  const mod: unknown;
  export default mod;
}
declare module 'qrcode/lib/core/utils.js' {
  const mod: unknown;
  export default mod;
}
