import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

/**
 * A dark teal chosen for contrast: the filled shade (7) has 7.6:1 against white text, the light
 * variant (shade 9 on shade 1) 10:1, links (shade 7 on white) 7.6:1. All pass WCAG AA and AAA.
 */
const habeas: MantineColorsTuple = [
  '#e7f5f3',
  '#cce9e5',
  '#9dd3cc',
  '#69bbb1',
  '#3fa398',
  '#258a80',
  '#19736b',
  '#125e58',
  '#0c4a45',
  '#073632',
];

export const theme = createTheme({
  primaryColor: 'habeas',
  primaryShade: { light: 7, dark: 5 },
  colors: { habeas },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
});

/**
 * Mantine's default "dimmed" (gray 6, 3.3:1) and placeholder (gray 5, 2.1:1) greys fail WCAG AA on
 * white; #5c636a has 6.1:1. Pages should still not rely on dimmed text for anything important.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-placeholder': '#5c636a',
  },
  dark: {},
});
