import {
  Anchor,
  Badge,
  Button,
  Container,
  createTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  Title,
} from '@mantine/core';

/**
 * One bright accent, sunny yellow, always carrying dark ink text (11:1). Everything else is warm
 * ink on warm paper. Yellow never colours text: on a light background it would be unreadable.
 */
const sun: MantineColorsTuple = [
  '#fff8e1',
  '#ffefbf',
  '#ffe394',
  '#ffd766',
  '#ffcb3d',
  '#fcbf1e',
  '#f0ad00',
  '#d49500',
  '#b07a00',
  '#8a5f00',
];

/** Warm greys, from paper to ink; ink[9] on white is 16:1, ink[6] on paper 6:1. */
const ink: MantineColorsTuple = [
  '#fbf6ee',
  '#f3ebdf',
  '#e6dccd',
  '#d2c5b2',
  '#a99b87',
  '#857764',
  '#675a49',
  '#4b4034',
  '#352c23',
  '#241c15',
];

const fontFamily =
  "'Nunito Variable', Nunito, ui-rounded, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export const theme = createTheme({
  primaryColor: 'sun',
  primaryShade: 4,
  autoContrast: true,
  luminanceThreshold: 0.4,
  colors: { sun, ink },
  black: ink[9],
  white: '#ffffff',
  fontFamily,
  fontSizes: { xs: '0.8125rem', sm: '0.9375rem', md: '1.0625rem', lg: '1.1875rem', xl: '1.375rem' },
  lineHeights: { md: '1.6' },
  headings: {
    fontFamily,
    fontWeight: '800',
    sizes: {
      h1: { fontSize: 'clamp(2rem, 1.4rem + 2.6vw, 3rem)', lineHeight: '1.1' },
      h2: { fontSize: '1.375rem', lineHeight: '1.25' },
    },
  },
  defaultRadius: 'md',
  radius: { md: '0.625rem', lg: '1rem' },
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    Anchor: Anchor.extend({ defaultProps: { c: 'ink.9', underline: 'always' } }),
    Badge: Badge.extend({ defaultProps: { tt: 'none', radius: 'xl' } }),
    Button: Button.extend({ defaultProps: { radius: 'xl' } }),
    Container: Container.extend({ defaultProps: { size: 'lg' } }),
    Title: Title.extend({ defaultProps: { c: 'ink.9' } }),
  },
});

/** Mantine's defaults would draw links and outlines in the accent; ours use ink. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {
    '--ouimake-ink': t.colors.ink[9],
    '--ouimake-ink-soft': t.colors.ink[6],
    '--ouimake-paper': t.colors.ink[0],
    '--ouimake-line': t.colors.ink[2],
    '--ouimake-sun': t.colors.sun[4],
  },
  light: {
    '--mantine-color-anchor': t.colors.ink[9],
    '--mantine-color-body': t.colors.ink[0],
    '--mantine-color-text': t.colors.ink[9],
    '--mantine-color-dimmed': t.colors.ink[6],
    // Mantine's red-6 errors are 3.3:1 on white; red-9 is 5.8:1 (WCAG AA for small text).
    '--mantine-color-error': t.colors.red[9],
  },
  dark: {},
});
