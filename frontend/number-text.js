/**
 * A number as a person types it anywhere in the playground, read by the same rule as the server's (ValueText):
 * ASCII digits, a '.' for decimals, an optional sign ('−' as shown in tables counts as '-') and exponent. Anything
 * else, '1,5' and '0x10' included, is no number: the caller says so instead of guessing.
 */
const NUMBER = /^[+\-\u2212]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function parseNumber(text) {
  const trimmed = String(text ?? '').trim();
  if (!NUMBER.test(trimmed)) return NaN;
  return Number(trimmed.replace('\u2212', '-'));
}
