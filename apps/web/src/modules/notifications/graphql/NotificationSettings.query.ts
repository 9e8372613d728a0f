import { graphql } from '../../../gql';

/** The settings page: a channel per topic, and the language and time zone of the emails. */
export const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
    me {
      id
      email
      emailVerified
      language
      timezone
    }
    notificationPreferences {
      topic
      channel
    }
  }
`);

export const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($topic: NotificationTopic!, $channel: NotificationChannel!) {
    setNotificationPreference(topic: $topic, channel: $channel) {
      topic
      channel
    }
  }
`);

export const UpdateEmailSettingsMutation = graphql(`
  mutation UpdateEmailSettings($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      language
      timezone
    }
  }
`);
