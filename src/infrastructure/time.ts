/**
 * Times as people in 宿州 read them. Files keep ISO timestamps; reference numbers, the command
 * line, the admin console, Feishu and exports show Beijing time (Asia/Shanghai, or TZ_DISPLAY).
 */
export function displayTimeZone(): string {
  return process.env.TZ_DISPLAY || 'Asia/Shanghai';
}

function parts(at: Date, timeZone: string): Record<string, string> {
  const formatted = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  return Object.fromEntries(formatted.map((part) => [part.type, part.value]));
}

/** `2026-11-27 00:30`, in the display time zone. */
export function displayTime(at: string | Date, timeZone = displayTimeZone()): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) return String(at);
  const { year, month, day, hour, minute } = parts(date, timeZone);
  return `${year}-${month}-${day} ${hour}:${minute}`;
}

/** `20261127`: the day in the display time zone (a need sent at 00:30 Beijing time belongs to that day). */
export function displayDate(at: Date, timeZone = displayTimeZone()): string {
  const { year, month, day } = parts(at, timeZone);
  return `${year}${month}${day}`;
}
