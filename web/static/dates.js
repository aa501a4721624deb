// Partial dates ("2017", "2017-12", "2017-12-02") as the API uses them, and the
// fractional years the timelines are drawn in. A partial date stands for its
// whole period, so a start is placed at the beginning of that period and an
// end at its close.

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** First year of the slider and of every time axis; setSpan moves it to the
 * loaded dataset's span (a live binding, so importers see the new value). */
export let AXIS_START = new Date().getFullYear() - 10;

const now = new Date();
/** This month, "YYYY-MM": the right end of every axis, and the date shown when
 * the dataset's latest date cannot be read. */
export const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
/** The right end of every axis, as a fractional year. */
export let AXIS_END = yearOf(thisMonth, 'end');

/** Fits every axis to a dataset whose dates run from first to last (partial
 * dates): a year's margin before the first, the axis ends with last's year. */
export function setSpan(first, last) {
  AXIS_START = Math.floor(yearOf(first, 'start')) - 1;
  AXIS_END = Math.max(AXIS_START + 2, Math.ceil(yearOf(last, 'end')));
}

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

/** A day ("2018-10-01") as the month ("2018-10") or, with years, the year
 * ("2018") that it is the first (side 'earliest') or last (side 'latest')
 * day of; else the day itself. */
function short(day, side, years) {
  const [, y, mo, d] = DATE.exec(day);
  if (!mo || !d) return day;
  const first = side === 'earliest';
  if (+d !== (first ? 1 : new Date(+y, +mo, 0).getDate())) return day;
  return years && (first ? +mo === 1 : +mo === 12) ? y : `${y}-${mo}`;
}

/** A date in words, from its range of possible days when both ends are known
 * (the narrowest partial date it is exactly, else "between 2019-03 and
 * 2019-04"), else its partial date, else a one-sided bound ("not before
 * 2015", "not after 2021-12"), else the unknown text. */
export function moment(exact, range, unknown) {
  const lo = range?.earliest, hi = range?.latest;
  if (lo && hi) {
    if (lo === hi) return lo;
    const [ly, hy] = [short(lo, 'earliest', true), short(hi, 'latest', true)];
    if (ly === hy || (ly.length === 4 && hy.length === 4)) return ly === hy ? ly : `between ${ly} and ${hy}`;
    const [lm, hm] = [short(lo, 'earliest', false), short(hi, 'latest', false)];
    return lm === hm ? lm : `between ${lm} and ${hm}`;
  }
  if (exact) return exact;
  if (lo) return `not before ${short(lo, 'earliest', true)}`;
  if (hi) return `not after ${short(hi, 'latest', true)}`;
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
