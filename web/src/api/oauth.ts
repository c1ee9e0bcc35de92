import { request } from './client';
import type { RegisteredApp, Token } from './types';

export const SCOPES = 'read write follow';

export const registerApp = (redirectUri: string) =>
  request<RegisteredApp>('/api/v1/apps', {
    method: 'POST',
    token: null,
    body: { client_name: 'Murmur web', redirect_uris: redirectUri, scopes: SCOPES, website: window.location.origin },
  });

export const clientCredentialsToken = (app: RegisteredApp) =>
  request<Token>('/oauth/token', {
    method: 'POST',
    token: null,
    form: { grant_type: 'client_credentials', client_id: app.client_id, client_secret: app.client_secret, scope: SCOPES },
  });

export const passwordToken = (app: RegisteredApp, username: string, password: string) =>
  request<Token>('/oauth/token', {
    method: 'POST',
    token: null,
    form: {
      grant_type: 'password',
      client_id: app.client_id,
      client_secret: app.client_secret,
      username,
      password,
      scope: SCOPES,
    },
  });

export const authorizationCodeToken = (app: RegisteredApp, code: string, verifier: string) =>
  request<Token>('/oauth/token', {
    method: 'POST',
    token: null,
    form: {
      grant_type: 'authorization_code',
      client_id: app.client_id,
      client_secret: app.client_secret,
      redirect_uri: app.redirect_uri,
      code,
      code_verifier: verifier,
      scope: SCOPES,
    },
  });

export const revokeToken = (app: RegisteredApp, token: string) =>
  request<object>('/oauth/revoke', {
    method: 'POST',
    token: null,
    form: { client_id: app.client_id, client_secret: app.client_secret, token },
  });

export interface SignUp {
  username: string;
  email: string;
  password: string;
  agreement: boolean;
  locale: string;
}

export const signUp = (appToken: string, form: SignUp) =>
  request<Token>('/api/v1/accounts', { method: 'POST', token: appToken, body: form });
