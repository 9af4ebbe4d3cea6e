import { createTheme } from '@mantine/core';

/**
 * A sober, official look: the council's dark red for the brand, system fonts that carry every
 * Vietnamese diacritic (no web font to download), text large enough for long working days.
 */
export const theme = createTheme({
  primaryColor: 'council',
  primaryShade: 7,
  colors: {
    council: [
      '#fdeaea',
      '#f7d4d4',
      '#eda6a6',
      '#e27575',
      '#d94c4c',
      '#d43232',
      '#d22424',
      '#b01c1c',
      '#9d1618',
      '#890c12',
    ],
  },
  fontFamily: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '600' },
  defaultRadius: 'sm',
});
