import { graphql } from '../../../gql';

/** The themes a challenge can be tagged with, in the interface language. */
export const ThemeChoicesQuery = graphql(`
  query ThemeChoices {
    themes {
      slug
      label
    }
  }
`);
