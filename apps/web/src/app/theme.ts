import { createTheme, type CSSVariablesResolver } from '@mantine/core';

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
  components: {
    // Vietnamese in capitals stacks diacritics and reads slowly: badges keep the text's case.
    Badge: { defaultProps: { tt: 'none' } },
  },
});

/**
 * Mantine's dimmed grey (3.3:1 on white) and error red (3.6:1) are below WCAG AA's 4.5:1 for
 * text; darker shades keep secondary text quiet and field errors red, and both readable.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolved.colors.gray[7],
    '--mantine-color-error': resolved.colors.red[9],
  },
  dark: {},
});
