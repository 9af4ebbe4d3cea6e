/** Today's date in Việt Nam (YYYY-MM-DD): what a form's date starts at, as the API counts days. */
export const todayInVietnam = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
