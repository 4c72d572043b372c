/** One stated value (meta content, attribute, JSON-LD string) to a date: machine formats first, then text. */
import { parseMachineDate } from './machine';
import { findTextDates, type NumericOrder } from './text-parse';
import type { DateParts } from './types';

export function parseValue(raw: string, order: NumericOrder): DateParts | null {
  const s = raw.trim();
  if (!s || s.length > 200) return null;
  return parseMachineDate(s) ?? findTextDates(s, { order })[0]?.date ?? null;
}
