// Partial dates ("2017", "2017-12", "2017-12-02") as the API uses them, and the
// fractional years the timelines are drawn in. A partial date stands for its
// whole period, so a start is placed at the beginning of that period and an
// end at its close.

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** First month of the slider and of every time axis. */
export const AXIS_START = 2008;

const now = new Date();
/** This month, "YYYY-MM": the right end of every axis, and the date shown when
 * the dataset's latest date cannot be read. */
export const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
/** The right end of every axis, as a fractional year. */
export const AXIS_END = yearOf(thisMonth, 'end');

/** True for the three precisions the API accepts. */
export function isDate(s) {
  const m = DATE.exec(s ?? '');
  return !!m && (!m[2] || (+m[2] >= 1 && +m[2] <= 12)) && (!m[3] || (+m[3] >= 1 && +m[3] <= 31));
}

/** A date as a fractional year at the start, middle or end of its period. */
export function yearOf(s, where = 'start') {
  const [, y, mo, d] = DATE.exec(s);
  const f = { start: 0, mid: 0.5, end: 1 }[where];
  if (!mo) return +y + f;
  const days = new Date(+y, +mo, 0).getDate();
  const month = d ? (+d - 1 + f) / days : f;
  return +y + (+mo - 1 + month) / 12;
}

/** Months since January of AXIS_START: the slider's value for a date. */
export function monthIndex(s) {
  const [, y, mo] = DATE.exec(s);
  return (+y - AXIS_START) * 12 + (mo ? +mo - 1 : 0);
}

/** The "YYYY-MM" for a slider value. */
export function monthAt(i) {
  return `${AXIS_START + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** A day ("2018-10-01") shortened to its month or year when it is that
 * period's first (side 'earliest') or last (side 'latest') day, so a bound
 * reads as the documents give it: "not before 2015", not "2015-01-01". */
function short(day, side) {
  const [, y, mo, d] = DATE.exec(day);
  if (!mo || !d) return day;
  const first = side === 'earliest';
  const edge = first ? 1 : new Date(+y, +mo, 0).getDate();
  if (+d !== edge) return day;
  return (first ? +mo === 1 : +mo === 12) ? y : `${y}-${mo}`;
}

/** A date in words: the partial date when the sources give one, else what
 * its range of possible days says ("between 2018-10 and 2018-12", "not
 * before 2015", "not after 2021-12"), else the unknown text. */
export function moment(exact, range, unknown) {
  if (exact) return exact;
  const lo = range?.earliest && short(range.earliest, 'earliest');
  const hi = range?.latest && short(range.latest, 'latest');
  if (lo && hi) return `between ${lo} and ${hi}`;
  if (lo) return `not before ${lo}`;
  if (hi) return `not after ${hi}`;
  return unknown;
}

/** "2019-06 – open", "start unknown – 2018-12", "not before 2012 – 2017-12-02":
 * a validity period in words, from validFrom/validTo and, where those are null,
 * the bounds in startRange/endRange. */
export function period(from, to, startRange, endRange) {
  return `${moment(from, startRange, 'start unknown')} – ${moment(to, endRange, 'open')}`;
}

/** The later of two dates of any precision, compared by their last days; a
 * missing one loses. */
export function later(a, b) {
  if (!a || !b) return a ?? b;
  return yearOf(a, 'end') >= yearOf(b, 'end') ? a : b;
}
