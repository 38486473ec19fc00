/**
 * The time left in a window (the 24-hour cancel window), in the words the dashboard and the
 * cancel dialog show: "23 h 12 min left", "4 min 10 s left" in the last hour's final minutes.
 */
export function timeLeftText(deadline: Date | string, now: Date): string {
  const end = typeof deadline === 'string' ? Date.parse(deadline) : deadline.getTime();
  const ms = end - now.getTime();
  if (!Number.isFinite(ms) || ms <= 0) return 'window closed';
  const totalSeconds = Math.floor(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return `${hours} h ${minutes} min left`;
  if (minutes >= 10) return `${minutes} min left`;
  if (minutes > 0) return `${minutes} min ${seconds} s left`;
  return `${seconds} s left`;
}

/** Under an hour left: the UI shows it as urgent. */
export function isUrgent(deadline: Date | string, now: Date): boolean {
  const end = typeof deadline === 'string' ? Date.parse(deadline) : deadline.getTime();
  return end - now.getTime() < 60 * 60_000;
}
