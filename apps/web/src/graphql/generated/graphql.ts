/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ApplicationStatus =
  | 'APPLIED'
  | 'APPROVED'
  | 'DECLINED';

/** Antrag auf Mitgliedschaft: eine Gemeinde aus dem Verzeichnis (ags) oder eine andere Körperschaft (name, kind, state). */
export type ApplyForMembershipInput = {
  ags?: string | null | undefined;
  applicantEmail: string;
  applicantName: string;
  kind?: MunicipalityKind | null | undefined;
  locale?: Locale | null | undefined;
  motivation: string;
  name?: string | null | undefined;
  state?: string | null | undefined;
  website?: string | null | undefined;
};

export type CaseStudyFilterInput = {
  maturity?: Array<Maturity> | null | undefined;
  municipalitySlugs?: Array<string> | null | undefined;
  search?: string | null | undefined;
  /** Ohne Angabe: PUBLISHED */
  status?: Array<ContentStatus> | null | undefined;
  topicSlugs?: Array<string> | null | undefined;
};

export type ContentStatus =
  | 'ARCHIVED'
  | 'CANCELLED'
  | 'CHANGES_REQUESTED'
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'PUBLISHED'
  | 'REJECTED';

/** ON_SITE: vor Ort; ONLINE; HYBRID: vor Ort und online */
export type EventFormat =
  | 'HYBRID'
  | 'ONLINE'
  | 'ON_SITE';

/** Sprache für E-Mails: de (Standard) oder en */
export type Locale =
  | 'de'
  | 'en';

/** Reifegrad: Idee, Pilot, Ausrollen, im Betrieb, eingestellt */
export type Maturity =
  | 'DISCONTINUED'
  | 'IDEA'
  | 'OPERATIONAL'
  | 'PILOT'
  | 'ROLLOUT';

export type MunicipalityKind =
  | 'GEMEINDE'
  | 'LANDKREIS'
  | 'OTHER'
  | 'STADT'
  | 'VERBANDSGEMEINDE';

/** MEMBER: Mitglied; OFFICER: Digitalbeauftragte/r; COORDINATOR: Koordinierungsstelle */
export type Role =
  | 'COORDINATOR'
  | 'MEMBER'
  | 'OFFICER';

/** PUBLIC: öffentlich; NETWORK: nur für Mitglieder des Netzwerks */
export type Visibility =
  | 'NETWORK'
  | 'PUBLIC';

export type WebDirectoryQueryVariables = Exact<{
  search?: string | null | undefined;
  state?: string | null | undefined;
  first: number;
}>;


export type WebDirectoryQuery = { directory: { totalCount: number, edges: Array<{ node: { ags: string, name: string, state: string, member: { slug: string } | null } }> } };

export type WebApplyForMembershipMutationVariables = Exact<{
  input: ApplyForMembershipInput;
}>;


export type WebApplyForMembershipMutation = { applyForMembership: { id: string, municipalityName: string, status: ApplicationStatus } };

export type WebInvitationQueryVariables = Exact<{
  token: string;
}>;


export type WebInvitationQuery = { invitation: { email: string, role: Role, expiresAt: string, municipality: { name: string } | null } };

export type WebAcceptInvitationMutationVariables = Exact<{
  token: string;
  displayName: string;
  password: string;
  locale?: Locale | null | undefined;
}>;


export type WebAcceptInvitationMutation = { acceptInvitation: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, displayName: string, locale: Locale } } };

export type WebRequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type WebRequestPasswordResetMutation = { requestPasswordReset: boolean };

export type WebResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type WebResetPasswordMutation = { resetPassword: boolean };

export type WebUpdateLocaleMutationVariables = Exact<{
  locale: Locale;
}>;


export type WebUpdateLocaleMutation = { updatePreferences: { locale: Locale } };

export type WebChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type WebChangePasswordMutation = { changePassword: boolean };

export type WebLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type WebLoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string, locale: Locale } } };

export type WebLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type WebLogoutMutation = { logout: boolean };

export type WebCaseStudyListQueryVariables = Exact<{
  filter?: CaseStudyFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type WebCaseStudyListQuery = { caseStudies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, title: string, summary: string, maturity: Maturity, publishedAt: string | null, municipality: { name: string, slug: string }, topics: Array<{ slug: string, name: string, nameEn: string }> } }> }, topics: Array<{ slug: string, name: string, nameEn: string }>, municipalities: { edges: Array<{ node: { slug: string, name: string } }> } };

export type WebCaseStudyQueryVariables = Exact<{
  slug: string;
}>;


export type WebCaseStudyQuery = { caseStudy: { id: string, slug: string, title: string, summary: string, maturity: Maturity, status: ContentStatus, visibility: Visibility, publishedAt: string | null, updatedAt: string, revision: number, problemHtml: string, solutionHtml: string, resultsHtml: string, lessonsLearnedHtml: string, fundingProgramme: string | null, fundingUrl: string | null, partners: Array<string>, tags: Array<string>, costs: { oneOff: number | null, yearly: number | null }, links: Array<{ label: string, url: string }>, contact: { displayName: string, email: string | null } | null, municipality: { name: string, slug: string }, coOwners: Array<{ name: string, slug: string }>, reusedBy: Array<{ name: string, slug: string }>, topics: Array<{ slug: string, name: string, nameEn: string }> } };

export type WebHomeQueryVariables = Exact<{
  from: string;
}>;


export type WebHomeQuery = { caseStudies: { totalCount: number, edges: Array<{ node: { id: string, slug: string, title: string, summary: string, maturity: Maturity, publishedAt: string | null, municipality: { name: string } } }> }, events: { edges: Array<{ node: { id: string, title: string, startsAt: string, format: EventFormat, status: ContentStatus, organiser: { name: string } } }> }, topics: Array<{ slug: string, name: string, nameEn: string, description: string, descriptionEn: string }>, municipalities: { totalCount: number } };

export type WebViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type WebViewerQuery = { me: { id: string, displayName: string, email: string, role: Role, locale: Locale, unreadNotificationCount: number | null, municipality: { id: string, slug: string, name: string } | null } };

export type WebRefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type WebRefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, user: { id: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const WebDirectoryDocument = new TypedDocumentString(`
    query WebDirectory($search: String, $state: String, $first: Int!) {
  directory(search: $search, state: $state, first: $first) {
    totalCount
    edges {
      node {
        ags
        name
        state
        member {
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebDirectoryQuery, WebDirectoryQueryVariables>;
export const WebApplyForMembershipDocument = new TypedDocumentString(`
    mutation WebApplyForMembership($input: ApplyForMembershipInput!) {
  applyForMembership(input: $input) {
    id
    municipalityName
    status
  }
}
    `) as unknown as TypedDocumentString<WebApplyForMembershipMutation, WebApplyForMembershipMutationVariables>;
export const WebInvitationDocument = new TypedDocumentString(`
    query WebInvitation($token: String!) {
  invitation(token: $token) {
    email
    role
    expiresAt
    municipality {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebInvitationQuery, WebInvitationQueryVariables>;
export const WebAcceptInvitationDocument = new TypedDocumentString(`
    mutation WebAcceptInvitation($token: String!, $displayName: String!, $password: String!, $locale: Locale) {
  acceptInvitation(
    token: $token
    displayName: $displayName
    password: $password
    locale: $locale
  ) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      id
      displayName
      locale
    }
  }
}
    `) as unknown as TypedDocumentString<WebAcceptInvitationMutation, WebAcceptInvitationMutationVariables>;
export const WebRequestPasswordResetDocument = new TypedDocumentString(`
    mutation WebRequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<WebRequestPasswordResetMutation, WebRequestPasswordResetMutationVariables>;
export const WebResetPasswordDocument = new TypedDocumentString(`
    mutation WebResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password)
}
    `) as unknown as TypedDocumentString<WebResetPasswordMutation, WebResetPasswordMutationVariables>;
export const WebUpdateLocaleDocument = new TypedDocumentString(`
    mutation WebUpdateLocale($locale: Locale!) {
  updatePreferences(input: {locale: $locale}) {
    locale
  }
}
    `) as unknown as TypedDocumentString<WebUpdateLocaleMutation, WebUpdateLocaleMutationVariables>;
export const WebChangePasswordDocument = new TypedDocumentString(`
    mutation WebChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<WebChangePasswordMutation, WebChangePasswordMutationVariables>;
export const WebLoginDocument = new TypedDocumentString(`
    mutation WebLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      id
      locale
    }
  }
}
    `) as unknown as TypedDocumentString<WebLoginMutation, WebLoginMutationVariables>;
export const WebLogoutDocument = new TypedDocumentString(`
    mutation WebLogout {
  logout
}
    `) as unknown as TypedDocumentString<WebLogoutMutation, WebLogoutMutationVariables>;
export const WebCaseStudyListDocument = new TypedDocumentString(`
    query WebCaseStudyList($filter: CaseStudyFilterInput, $first: Int!, $after: String) {
  caseStudies(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        slug
        title
        summary
        maturity
        publishedAt
        municipality {
          name
          slug
        }
        topics {
          slug
          name
          nameEn
        }
      }
    }
  }
  topics {
    slug
    name
    nameEn
  }
  municipalities(first: 100) {
    edges {
      node {
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebCaseStudyListQuery, WebCaseStudyListQueryVariables>;
export const WebCaseStudyDocument = new TypedDocumentString(`
    query WebCaseStudy($slug: String!) {
  caseStudy(slug: $slug) {
    id
    slug
    title
    summary
    maturity
    status
    visibility
    publishedAt
    updatedAt
    revision
    problemHtml
    solutionHtml
    resultsHtml
    lessonsLearnedHtml
    costs {
      oneOff
      yearly
    }
    fundingProgramme
    fundingUrl
    partners
    tags
    links {
      label
      url
    }
    contact {
      displayName
      email
    }
    municipality {
      name
      slug
    }
    coOwners {
      name
      slug
    }
    reusedBy {
      name
      slug
    }
    topics {
      slug
      name
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<WebCaseStudyQuery, WebCaseStudyQueryVariables>;
export const WebHomeDocument = new TypedDocumentString(`
    query WebHome($from: DateTime!) {
  caseStudies(first: 6) {
    totalCount
    edges {
      node {
        id
        slug
        title
        summary
        maturity
        publishedAt
        municipality {
          name
        }
      }
    }
  }
  events(first: 4, filter: {from: $from}) {
    edges {
      node {
        id
        title
        startsAt
        format
        status
        organiser {
          name
        }
      }
    }
  }
  topics {
    slug
    name
    nameEn
    description
    descriptionEn
  }
  municipalities(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<WebHomeQuery, WebHomeQueryVariables>;
export const WebViewerDocument = new TypedDocumentString(`
    query WebViewer {
  me {
    id
    displayName
    email
    role
    locale
    unreadNotificationCount
    municipality {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<WebViewerQuery, WebViewerQueryVariables>;
export const WebRefreshSessionDocument = new TypedDocumentString(`
    mutation WebRefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<WebRefreshSessionMutation, WebRefreshSessionMutationVariables>;