// "December 2026" for an ISO date, in a given language ("décembre 2026" in French): how a group card
// and the CLI say when the knowledge base's facts were checked ("as of December 2026").

/** The month and year of `isoDate` (YYYY-MM-DD) in `locale`; the date itself if it is not one. */
export function monthYear(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  // UTC: a date has no time zone, and the reader's must not move it to the month before.
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
