import { graphql } from '../../../gql';

/** The operator's parts of the legal notice and the privacy page (null where not configured). */
export const LegalNoticeQuery = graphql(`
  query LegalNotice {
    legalNotice {
      publisher
      host
      contact
      publicUrl
      sessionDays
      openDataLicence
      openDataLicenceUrl
    }
  }
`);
